"""What a reader sees on the document pages, the lists, the search's data and the citations
(the reader's review of the site, session 20): XPath on the built pages, and the citations
formatted from the records."""

from __future__ import annotations

import copy
import dataclasses
import json
import types
from pathlib import Path

import bibtexparser
import pytest
from lxml import etree

from edition.collect import collect_site
from edition.records import Publication
from edition.render import cite, cite_parts
from edition.render.document import _translator
from edition.render.pages import Pages, environment
from edition.write import SiteWriter
from tests.conftest import DEV_CORPUS, seeds_with
from tests.helpers import run

from .conftest import MEMO, TEL, parse

D125 = "frus1969-76v12-d125"
UNNAMED = '''        <person xml:id="nobody-named">
          <persName type="main"><forename>Nemo</forename> <surname>Nobody</surname></persName>
        </person>
'''


@pytest.fixture(scope="module")
def review_site(tmp_path_factory) -> Path:
    """The seeds with FRUS d125 (an English original) and a register person no document names."""
    folder = tmp_path_factory.mktemp("reader")
    seeds = seeds_with(folder, DEV_CORPUS / "frus" / f"{D125}.txt")
    persons = seeds / "persons.xml"
    text = persons.read_text(encoding="utf-8")
    persons.write_text(text.replace("<person ", UNNAMED.lstrip() + "        <person ", 1),
                       encoding="utf-8")
    run(seeds, folder / "site")
    return folder / "site"


@pytest.fixture(scope="module")
def edition(corpus):
    return corpus.settings.edition, corpus.settings.build_date


@pytest.fixture(scope="module")
def model(corpus, documents):
    return collect_site(documents, corpus.registers)


def test_only_the_text_and_its_notes_are_searched_not_the_list_of_names(site):
    """'Havana' found the Spanish acta through its list 'Named in this document' (La Habana):
    a hit without a line, and every other hit a second result of that list."""
    for doc_id in (MEMO, TEL):
        page = parse(site / f"documents/{doc_id}.html")
        named = page.xpath("//section[@class='named']")
        assert named and not named[0].xpath("ancestor-or-self::*[@data-pagefind-body]")
        headings = page.xpath("//*[@data-pagefind-body]//*[self::h2 or self::h3][@id]"
                              "[not(ancestor-or-self::*[@data-pagefind-ignore])]/@id")
        assert set(headings) <= {"notes-heading"}, headings
        people = page.xpath("//meta[@data-pagefind-filter='person[content]']/@content")
        assert "Anastas Ivanovich Mikoyan" in people


def test_the_register_names_of_what_a_page_links_are_searched_hidden_light_and_last(site):
    """'Anastas Ivanovich Mikoyan' found nothing where the texts print 'A.I. Mikoyan': the
    register's names of the entries a page links (its list 'Named in this document') are in its
    indexed text, hidden, at a tenth of the text's weight, after every line (so that a hit in
    them is no line's, and a quoted phrase the text prints finds its line first: rv2 F8)."""
    for doc_id in (MEMO, TEL):
        page = parse(site / f"documents/{doc_id}.html")
        listed = page.xpath("//section[@class='named']//li/a/text()")
        names = page.xpath("//*[@data-pagefind-body]/p[@id='register-names']")
        assert len(names) == 1 and "hidden" in names[0].attrib
        assert float(names[0].get("data-pagefind-weight")) <= 0.1
        assert names[0].text.split("; ") == listed and "Anastas Ivanovich Mikoyan" in listed
        assert page.xpath("//*[@data-pagefind-body]/*[last()]") == names


def test_a_search_result_shows_the_date_of_its_document(site):
    page = parse(site / f"documents/{MEMO}.html")
    assert page.xpath("//meta[@data-pagefind-meta='date[content]']/@content") == [
        "November 5, 1962"]


def test_the_type_is_one_term_on_the_page_in_the_lists_and_in_the_search_filter(site):
    page = parse(site / f"documents/{MEMO}.html")
    kicker = page.xpath("string(//p[@class='kicker'])").split(" · ")[0]
    search_type = page.xpath("//meta[@data-pagefind-filter='type[content]']/@content")
    assert kicker == "Memorandum of conversation" and search_type == ["memorandum of conversation"]
    home = parse(site / "index.html")
    listed = home.xpath(f"//ol[@class='document-list']/li[.//a[contains(@href, '{MEMO}')]]"
                        "/p[@class='document-date']")[0].text_content()
    assert listed.split(" · ")[1] == "memorandum of conversation"


def test_the_home_page_leads_to_a_page_for_each_type_without_javascript(site):
    home = parse(site / "index.html")
    links = dict(zip(home.xpath("//nav[@class='document-types']//a/text()"),
                     home.xpath("//nav[@class='document-types']//a/@href")))
    assert links == {"Memorandum of conversation": "types/memorandum-of-conversation.html",
                     "Telegram": "types/telegram.html"}
    page = parse(site / "types/telegram.html")
    assert page.xpath("//ol[@class='document-list']/li//h3/a/@href") == [
        f"../documents/{TEL}.html"]
    assert page.xpath("//nav[@class='document-types']//a[@aria-current='page']/text()") == [
        "Telegram"]


def test_a_chronology_link_gives_the_date_of_its_document(site):
    month = parse(site / "chronology/1962-11.html")
    link = month.xpath(f"//ul[@class='date-mentions']/li/a[contains(@href, '{MEMO}')]")[0]
    assert " ".join(link.text_content().split()).startswith(
        "Memorandum of Conversation, A.I. Mikoyan with Osvaldo Dorticos, Ernesto Guevara, and "
        "Carlos Rafael Rodriguez (November 5, 1962), line ")


def test_a_translator_in_the_register_links_to_the_person_page(site):
    page = parse(site / f"documents/{MEMO}.html")
    row = page.xpath("//dl[@class='metadata']/dt[.='Translator']/following-sibling::dd[1]")[0]
    assert row.xpath("a/@href") == ["../persons/doctoroff-mark.html"]
    assert row.text_content() == "Mark H. Doctoroff"


def test_an_english_original_has_no_translator_row(review_site):
    page = parse(review_site / f"documents/{D125}.html")
    assert page.xpath("//dl[@class='metadata']/dt/text()")
    assert not page.xpath("//dl[@class='metadata']/dt[.='Translator']")
    assert "not stated" not in page.xpath("string(//dl[@class='metadata'])").replace(
        "Archive and source", "")


def test_the_notes_list_names_the_editorial_notes_of_the_text_in_their_place(site):
    """The memorandum's editorial notes 1-3 stand in the text, its one footnote is 4: the list
    read '4.' alone."""
    page = parse(site / f"documents/{MEMO}.html")
    items = page.xpath("//ol[@class='footnotes']/li")
    assert [li.get("value") for li in items] == ["1", "2", "3", "4"]
    first = items[0]
    assert " ".join(first.text_content().split()) == (
        "Editorial note 1, in the text after line 23")
    assert first.xpath("a/@href") == ["#L24"] and first.get("data-pagefind-ignore") == ""
    assert page.xpath("//div[@id='L24']//p[@class='note-label']/a[1]/text()") == [
        "Editorial note 1"]
    assert items[3].get("id") == "note-4"


def test_a_register_entry_no_document_names_has_no_page_and_no_row(review_site):
    index = parse(review_site / "persons/index.html")
    names = index.xpath("//table[@class='register']/tbody/tr/th/a/text()")
    assert "Nemo Nobody" not in names and "Anastas Ivanovich Mikoyan" in names
    assert "its TEI also holds 1 entry that no document names" in index.xpath("string(//main/p)")
    assert not (review_site / "persons/nobody-named.html").exists()
    assert (review_site / "persons/mikoyan-anastas.html").exists()
    assert 'xml:id="nobody-named"' in (review_site / "tei/persons.xml").read_text("utf-8")


def test_a_line_citation_gives_the_archive_translator_and_printed_edition(model, edition):
    """The document's own citation gives them (`cite._provenance`); the line's gave none."""
    doc = dataclasses.replace(
        model.by_id[TEL], archive="Archive of the President, Moscow.", translator="Jane Roe",
        published_in=Publication("Foreign Relations of the United States, 1961–1963", "XI",
                                 "Cuban Missile Crisis and Aftermath", "174"))
    line = str(cite.line_citation(doc, *edition, "4"))
    assert (", line 4, translated by Jane Roe, Archive of the President, Moscow, published in "
            "<i>Foreign Relations of the United States, 1961–1963</i>, vol. XI, "
            "<i>Cuban Missile Crisis and Aftermath</i>, doc. 174, in ") in line
    chicago = str(cite.chicago(doc, *edition))
    assert "Translated by Jane Roe. Archive of the President, Moscow. Published in" in chicago


def test_the_page_holds_the_citation_of_a_range_for_its_script(site):
    page = parse(site / f"documents/{MEMO}.html")
    template = page.xpath("//section[@id='cite']/template[@id='range-citation']")[0]
    words = " ".join(template.text_content().split())
    assert ", lines , Russian Foreign Ministry archives" in words
    assert template.xpath(".//span/@data-range") == ["lines", "fragment"]
    assert words.endswith(f"{MEMO}.html# .") or words.endswith(f"{MEMO}.html#.")


def test_bibtex_and_csl_note_the_participants_a_generic_title_leaves_out(model, edition):
    """Neither BibTeX nor CSL has a field for a conversation's participants: their free-form
    `note` opens with them, as Chicago names them after the title; a title naming one adds none."""
    memo = model.by_id[MEMO]
    generic = dataclasses.replace(memo, title="Memorandum of Conversation",
                                  participants=("mikoyan-anastas", "dorticos-osvaldo"))

    def notes(doc):
        forms = cite.citations(doc, *edition, cite_parts.party_names(doc, model))
        entry = bibtexparser.parse_string(str(forms.bibtex)).entries[0]
        return entry.fields_dict["note"].value, json.loads(str(forms.csl_script))[0]["note"]

    named = notes(memo)
    assert not [note for note in named if "Participants" in note]
    assert notes(generic) == tuple("Participants: Anastas Ivanovich Mikoyan and Osvaldo "
                                   f"Dorticós. {note}" for note in named)


@pytest.mark.parametrize("title, names", [
    # review 8 (S6): "Participants: BALL and BUNDY" after a title naming them in other letters
    ("Transcript of Telephone Conversation between McGeorge Bundy and George Ball", ()),
    ("Memorandum on the ball and the bundy", ("BALL", "BUNDY")),   # no names: lower case
])
def test_a_title_names_a_participant_in_any_case_it_capitalises(model, title, names):
    doc = dataclasses.replace(model.by_id[MEMO], title=title, participants=("a", "b"))
    site = types.SimpleNamespace(name_of={"a": "BALL", "b": "BUNDY"}.get)
    assert cite_parts.party_names(doc, site) == names


def test_a_citation_names_the_participants_a_generic_title_leaves_out(model, edition):
    """'"Memorandum of Conversation." October 29, 1962.' told two memoranda of one title apart
    by nothing; a title that names a participant needs no list."""
    memo = model.by_id[MEMO]
    assert cite_parts.party_names(memo, model) == ()
    generic = dataclasses.replace(memo, title="Memorandum of Conversation",
                                  participants=("mikoyan-anastas", "dorticos-osvaldo"))
    parties = cite_parts.party_names(generic, model)
    assert parties == ("Anastas Ivanovich Mikoyan", "Osvaldo Dorticós")
    assert ("“Memorandum of Conversation.” Participants: Anastas Ivanovich Mikoyan and Osvaldo "
            "Dorticós. November 5, 1962.") in str(cite.chicago(generic, *edition, parties))
    assert "Participants: Anastas Ivanovich Mikoyan and Osvaldo Dorticós. 5 Nov. 1962." in str(
        cite.mla(generic, *edition, parties))
    many = parties + ("Ernesto Guevara", "Fidel Castro")
    assert "Participants: Anastas Ivanovich Mikoyan et al. 5 Nov. 1962." in str(
        cite.mla(generic, *edition, many))
    assert "(participants: Anastas Ivanovich Mikoyan et al.), November 5, 1962, line 3, " in str(
        cite.line_citation(generic, *edition, "3", many))
    assert str(cite.line_citation(generic, *edition, "3", parties)).startswith(
        "“Memorandum of Conversation” (participants: Anastas Ivanovich Mikoyan and Osvaldo "
        "Dorticós), November 5, 1962, line 3, ")


def test_the_translator_is_linked_whatever_the_order_of_his_statement(model, corpus, documents,
                                                                     tmp_path):
    """The translator's entry is read where his tie is (`ties.TRANSLATOR_REF`), not from the
    statement's second child: with the name before `resp`, he is still linked."""
    root = copy.deepcopy(dict(documents)[MEMO])
    statement = root.xpath("//t:respStmt[@xml:id='translator']",
                           namespaces={"t": "http://www.tei-c.org/ns/1.0"})[0]
    statement.append(statement[0])   # <persName …/><resp>translation</resp>
    writer = SiteWriter(tmp_path / "site")
    pages = Pages(environment(), model, corpus.settings, writer)
    assert _translator(pages, f"documents/{MEMO}.html", root, model.by_id[MEMO]) == [
        dict(name="Mark H. Doctoroff", href="../persons/doctoroff-mark.html", provisional=False)]
    writer.abandon()


@pytest.mark.parametrize("language, source, row", [
    ("es", "Archivo del Consejo de Estado, La Habana.", []),   # review 8 (S8): the Spanish letter
    ("en", "An archive. Translated from the Russian.",
     [dict(name="not stated", href="", provisional=False)]),
    ("en", "An archive.", []),
])
def test_not_stated_is_said_of_a_translation_only(language, source, row, model, corpus,
                                                  documents, tmp_path):
    """An original in its own language has no translator: the Spanish letter read "Translator
    not stated"; a translation whose translator its statement does not name does."""
    root = copy.deepcopy(dict(documents)[TEL])
    for statement in root.xpath("//t:respStmt[@xml:id='translator']",
                                namespaces={"t": "http://www.tei-c.org/ns/1.0"}):
        statement.getparent().remove(statement)
    doc = dataclasses.replace(model.by_id[TEL], language=language, source=source, translator="")
    writer = SiteWriter(tmp_path / "site")
    assert _translator(Pages(environment(), model, corpus.settings, writer),
                       f"documents/{TEL}.html", root, doc) == row
    writer.abandon()


def test_a_translation_note_kept_in_the_header_says_the_translator_is_not_stated(
        model, corpus, documents, tmp_path):
    """`Translated from Chinese` above the text is the header's (`note type="field"
    n="Translation"`, review round 9): the page says the text is translated, its translator
    not stated, though the source statement does not say so."""
    t = "http://www.tei-c.org/ns/1.0"
    root = copy.deepcopy(dict(documents)[TEL])
    for statement in root.xpath("//t:respStmt[@xml:id='translator']", namespaces={"t": t}):
        statement.getparent().remove(statement)
    bibl = root.xpath("//t:sourceDesc/t:bibl", namespaces={"t": t})[0]
    etree.SubElement(bibl, f"{{{t}}}note", type="field", n="Translation").text = \
        "Translated from Chinese"
    doc = dataclasses.replace(model.by_id[TEL], source="An archive.", translator="")
    writer = SiteWriter(tmp_path / "site")
    assert _translator(Pages(environment(), model, corpus.settings, writer),
                       f"documents/{TEL}.html", root, doc) == [
        dict(name="not stated", href="", provisional=False)]
    writer.abandon()


def test_the_names_of_a_document_are_in_the_order_of_the_register_index(site):
    """The list 'Named in this document' put persons by forename ('Anastas ...' before 'Ernesto
    Guevara', 'U Thant' before 'Vasily ... Kuznetsov'), the register's index by surname."""
    index = [a.text_content() for a in parse(site / "persons" / "index.html").xpath(
        "//table//tbody//a")]
    named = parse(site / "documents" / f"{MEMO}.html").xpath(
        "//section[h2[@id='named-heading']]//ul[1]//a/text()")
    assert len(named) > 2 and named == [name for name in index if name in named]
