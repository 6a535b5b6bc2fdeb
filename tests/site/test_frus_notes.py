"""FRUS pages: footnotes show the number the volume printed; cross-references are links."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from edition.render.html import render_fragment, render_text
from edition.tei.notes import letters, page_notes
from tests.conftest import (DEV_CORPUS, build_sources, document_context, page, seeds_with,
                            tei_document)
from tests.ingest.conftest import published_page
from tests.helpers import run

from .conftest import broken_links, parse
from .helpers import check_html, errors_by_file

FRUS = DEV_CORPUS / "frus"
HISTORY = "https://history.state.gov/historicaldocuments/frus1969-76v12"
NOTEREFS = "//a[@class='noteref']"


@pytest.fixture(scope="module")
def frus_site(tmp_path_factory) -> Path:
    """The seeds with FRUS d121 and d126 (d126's notes point at d121, d98 and d109)."""
    folder = tmp_path_factory.mktemp("frus")
    seeds = seeds_with(folder, *sorted(FRUS.glob("*-d12[16].xml")))
    run(seeds, folder / "site")
    return folder / "site"


def document(site: Path, number: int):
    return parse(site / "documents" / f"frus1969-76v12-d{number}.html")


LETTER = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="frus1969-76v12-d121"><teiHeader><fileDesc>
<titleStmt><title>121. Letter From Kosygin to President Nixon</title></titleStmt>
<publicationStmt><availability><licence>Public domain.</licence></availability>
</publicationStmt><sourceDesc><bibl><title>Foreign Relations of the United States, 1969–1976,
Volume XII, Soviet Union, January 1969–October 1970</title>
<idno type="volume-id">frus1969-76v12</idno></bibl></sourceDesc></fileDesc></teiHeader>
<text><body><div type="document" xml:id="d121" n="121" subtype="historical-document">
<head>121. Letter From Chairman of the Council of Ministers of the Soviet Union Kosygin to
President Nixon<note {source}type="source">Source: National Archives, Nixon Presidential
Materials, NSC Files, Box 340, Subject Files, Dobrynin/Kissinger. No classification
marking.</note></head>
<dateline>Moscow, <date when="1970-01-31">January 31, 1970.</date></dateline>
{body}</div></body></text></TEI>
"""
"""A FRUS document (d121 of the volume, shortened; public domain) as the volume marks it up,
its source note's number attributes in `{source}` (`n="1" `), its paragraphs in `{body}`."""
PARAGRAPHS = """<p>The Arab countries are not so far<note n="2" xml:id="d121fn2">Nixon
underlined "not so far."</note> striking back at Israel.</p>"""


def test_footnotes_show_the_printed_numbers(frus_site):
    page = document(frus_site, 121)      # footnote 1 is the source note, in the header
    assert page.xpath(f"{NOTEREFS}/sup/text()") == [str(n) for n in range(2, 10)]
    assert page.xpath(f"{NOTEREFS}/@href") == [f"#fn{n}" for n in range(2, 10)]
    items = page.xpath("//ol[@class='footnotes']/li")
    assert [(li.get("id"), li.get("value")) for li in items] == \
        [(f"fn{n}", str(n)) for n in range(2, 10)]
    ids = page.xpath("//@id")
    assert len(ids) == len(set(ids))


def test_footnote_1_the_source_note_is_the_source_statement(frus_site):
    """FRUS prints the source note as footnote 1; it moves into the header, and the page's
    source statement takes its id, so that a reference to `d121#fn1` lands there."""
    page = document(frus_site, 121)
    statement = page.xpath("//dd[@id='fn1']")
    assert len(statement) == 1 and statement[0].getprevious().text == "Archive and source"
    assert "Source:" in statement[0].text_content()


@pytest.mark.parametrize("source", ['n="1" xml:id="d121fn1" ', 'xml:id="d121fn1" ', ""],
                         ids=["numbered", "without n", "without n or id"])
def test_the_source_statement_is_footnote_1_whether_or_not_the_source_numbers_it(source,
                                                                                 tmp_path):
    """A source note without `@n` is still footnote 1, the first note of its document: a
    reference to `d121#fn1` lands on the source statement, beside the printed footnote 2."""
    page = published_page(tmp_path, "frus1969-76v12-d121",
                          LETTER.format(source=source, body=PARAGRAPHS))
    statement = page.xpath("//dd[@id='fn1']")
    assert len(statement) == 1 and statement[0].getprevious().text == "Archive and source"
    assert page.xpath("//ol[@class='footnotes']/li/@id") == ["fn2"]


@pytest.mark.parametrize("source", ['n="1" ', ""], ids=["numbered", "without n"])
def test_beside_the_source_statement_unnumbered_notes_are_counted_on(source, tmp_path):
    """The source statement is footnote 1 (`fn1`); when no note of the text has a printed
    number, the text's notes are counted on from it, 2, 3, not a second note 1."""
    body = "<p>Peace.<note>Unnumbered.</note> War.<note>Also unnumbered.</note></p>"
    page = published_page(tmp_path, "frus1969-76v12-d121", LETTER.format(source=source, body=body))
    assert len(page.xpath("//dd[@id='fn1']")) == 1
    assert page.xpath(f"{NOTEREFS}/sup/text()") == ["2", "3"]
    assert [(li.get("id"), li.get("value"), li.get("class")) for li in
            page.xpath("//ol[@class='footnotes']/li")] == [("note-1", "2", None),
                                                           ("note-2", "3", None)]
    assert page.xpath(f"{NOTEREFS}/@href") == ["#note-1", "#note-2"]


def test_a_note_printed_with_the_source_statements_number_is_a_repeat(tmp_path):
    """A note of the text printed as 1 beside the source statement, footnote 1, is lettered,
    as any printed number that repeats: the statement keeps `fn1`, no label is shown twice."""
    body = '<p>Peace.<note n="1">One again.</note> War.<note n="2">Two.</note></p>'
    page = published_page(tmp_path, "frus1969-76v12-d121", LETTER.format(source='n="1" ',
                                                                          body=body))
    assert len(page.xpath("//dd[@id='fn1']")) == 1
    assert page.xpath(f"{NOTEREFS}/sup/text()") == ["a", "2"]
    assert page.xpath(f"{NOTEREFS}/@href") == ["#note-1", "#fn2"]


def test_notes_in_a_list_or_between_paragraphs_show_their_printed_numbers(tmp_path):
    """FRUS d120's notes 2 and 3 stand in list items, and a note may stand between paragraphs:
    each is the footnote its volume printed, not a block note lettered a, b."""
    body = PARAGRAPHS + """<note n="3" xml:id="d121fn3">Between paragraphs.</note>
<list><label>1.</label><item>Kirillin may visit.<note n="4" xml:id="d121fn4">Soviet Deputy
Chairman Vladimir Alekseyevich Kirillin.</note></item></list><p>Sincerely.</p>"""
    page = published_page(tmp_path, "frus1969-76v12-d121",
                          LETTER.format(source='n="1" ', body=body))
    assert page.xpath(f"{NOTEREFS}/sup/text()") == ["2", "3", "4"]
    assert [(li.get("id"), li.get("value")) for li in
            page.xpath("//ol[@class='footnotes']/li")] == [("fn2", "2"), ("fn3", "3"),
                                                           ("fn4", "4")]
    assert page.xpath("//*[contains(@class, 'note-block')]") == []


def test_a_reference_links_the_editions_page_or_the_public_one(frus_site):
    page = document(frus_site, 126)
    links = {a.text_content(): a.get("href") for a in page.xpath("//a[@class='ref']")}
    assert links == {
        "Document 121": "frus1969-76v12-d121.html",          # in the edition
        "Document 98": f"{HISTORY}/d98",                      # not in it
        "Documents 81": f"{HISTORY}/d81", "87": f"{HISTORY}/d87",
        "footnote 4, Document 2": f"{HISTORY}/d2#fn4",
        "footnote 1 to Document 91": f"{HISTORY}/d91#fn1",
        "footnote 3 to Document 109": f"{HISTORY}/d109#fn3"}


def test_the_pages_are_valid_and_their_links_resolve(frus_site, tmp_path):
    assert [link for link in broken_links(frus_site) if "frus" in link] == []
    pages = [frus_site / "documents" / f"frus1969-76v12-d{n}.html" for n in (121, 126)]
    assert errors_by_file(check_html(pages), frus_site) == {}


NOTES = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><div><p n="1" xml:id="L1">A.
<note type="editorial" place="inline" resp="#ed" n="3">Printed 3.</note> B.
<note type="editorial" place="inline" resp="#encoder">Ours.</note> C.
<note type="editorial" place="inline" resp="#ed" n="3">Printed 3 again.</note> D.
<note type="editorial" place="inline" resp="#ed" n="3a">Not a number.</note></p></div></body>
</text></TEI>"""


def test_beside_printed_numbers_the_editions_own_notes_are_lettered():
    """No label is shown twice: a repeated or non-numeric @n, and our own notes, are lettered;
    ids and markers keep the count."""
    assert [(m.label, m.anchor, m.marker, m.value, m.lettered)
            for m in page_notes(etree.fromstring(NOTES)).values()] == [
        ("3", "fn3", "noteref-1", 3, False), ("a", "note-2", "noteref-2", 1, True),
        ("b", "note-3", "noteref-3", 2, True), ("c", "note-4", "noteref-4", 3, True)]


def test_a_note_printed_with_a_sign_or_letter_shows_it_and_no_letter_twice():
    """`*` and `(a)` (`edition.footnotes`: n="*", n="a") are shown as printed, the sign's id
    named; the edition's own note beside them is lettered past the source's `a` (session 20,
    h13)."""
    root = etree.fromstring(NOTES.replace('n="3a"', 'n="*"').replace(
        '<note type="editorial" place="inline" resp="#ed" n="3">Printed 3 again',
        '<note type="editorial" place="inline" resp="#ed" n="a">Printed a'))
    assert [(m.label, m.anchor, m.value, m.lettered, m.signed)
            for m in page_notes(root).values()] == [
        ("3", "fn3", 3, False, False), ("b", "note-2", 2, True, False),
        ("a", "fna", 1, True, False), ("*", "fn-star", 0, False, True)]


def test_without_printed_numbers_notes_are_counted():
    root = etree.fromstring(NOTES.replace(' n="3"', "").replace(' n="3a"', ""))
    assert [(m.label, m.anchor, m.lettered) for m in page_notes(root).values()] == [
        (str(k), f"note-{k}", False) for k in range(1, 5)]


@pytest.mark.parametrize("value, label", [(1, "a"), (26, "z"), (27, "aa"), (53, "ba")])
def test_letters_follow_css_lower_alpha(value, label):
    assert letters(value) == label


def test_a_lettered_note_is_a_lettered_list_item():
    root = etree.fromstring(NOTES)
    text, footnotes = render_text(root, document_context())
    items = etree.fromstring(str(footnotes)).xpath("//li")
    assert [(li.get("id"), li.get("value"), li.get("class")) for li in items] == [
        ("fn3", "3", None), ("note-2", "1", "lettered"), ("note-3", "2", "lettered"),
        ("note-4", "3", "lettered")]
    assert etree.fromstring(f"<div>{text}</div>").xpath("//a[@class='noteref']/sup/text()") == \
        ["3", "a", "b", "c"]


def test_the_page_of_a_plain_text_document_counts_its_notes(site):
    """Block notes (markers link their line) and inline notes share one count, as before."""
    page = parse(site / "documents" / "1962-11-05-memcon-mikoyan-dorticos.html")
    labels = page.xpath(f"{NOTEREFS}/sup/text()")
    assert labels == [str(n) for n in range(1, len(labels) + 1)] and len(labels) > 2
    inline = page.xpath(f"{NOTEREFS}[starts-with(@href, '#note-')]")
    assert inline and all(a.get("href") == f"#note-{a.findtext('sup')}" for a in inline)


def test_a_rebuild_links_a_reference_to_a_document_added_or_removed(tmp_path):
    """Whether d126's "Document 121" links the edition's page depends on the corpus, not on
    d126's own text or its neighbours (d124, of the days between them, stays its previous):
    adding or removing d121 renders d126 again, as a full build would."""
    d121, d124, d126 = (FRUS / f"frus1969-76v12-d{n}.xml" for n in (121, 124, 126))
    seeds = seeds_with(tmp_path, d124, d126)
    site = tmp_path / "site"

    def link_to_121():
        page = document(site, 126)
        return page.xpath("string(//a[@class='ref'][. = 'Document 121']/@href)")

    run(seeds, site)
    assert link_to_121() == f"{HISTORY}/d121"
    (seeds / d121.name).write_bytes(d121.read_bytes())
    run(seeds, site)
    assert link_to_121() == "frus1969-76v12-d121.html"
    (seeds / d121.name).unlink()
    run(seeds, site)
    assert link_to_121() == f"{HISTORY}/d121"


@pytest.mark.parametrize("tei, links", [
    ('<ref target="{d121}">Document 121 on <persName ref="persons.xml#castro-fidel">Fidel'
     '</persName></ref>', [("frus1969-76v12-d121.html", "Document 121 on Fidel")]),
    ('<persName ref="persons.xml#castro-fidel">Fidel of <ref target="{d121}">Document 121</ref>'
     '</persName>', [("../persons/castro-fidel.html", "Fidel of Document 121")]),
    ('<ref target="{d121}">Document 121</ref> and <persName ref="persons.xml#castro-fidel">Fidel'
     '</persName>', [("frus1969-76v12-d121.html", "Document 121"),
                     ("../persons/castro-fidel.html", "Fidel")]),
])
def test_a_link_inside_a_link_is_its_words(tei, links, registers):
    """HTML forbids an <a> in an <a>: a name inside a reference (or the reverse) is not linked
    again, and its words stay."""
    p = etree.fromstring(f'<p xmlns="http://www.tei-c.org/ns/1.0">'
                         f'{tei.format(d121=HISTORY + "/d121")}</p>')
    context = document_context(registers, ("castro-fidel",), ("frus1969-76v12-d121",))
    page = etree.fromstring(str(render_fragment([p], context)))
    assert [(a.get("href"), "".join(a.itertext())) for a in page.iter("a")] == links


def test_in_a_link_a_note_marker_follows_it_and_nothing_takes_the_focus(registers):
    """A marker in a reference would be an <a> in an <a>: it is written after the link. An
    explained bracket or date in a name would take the focus inside a link: it does not."""
    body = ('<p n="1" xml:id="L1"><ref target="{d121}">Document <note place="inline" n="2">'
            'Printed.</note>121</ref> and <persName ref="persons.xml#castro-fidel">'
            '<supplied reason="clarification">Fidel</supplied> on <date notBefore="1962-11-07">'
            'the 7th</date></persName>.</p>').format(d121=HISTORY + "/d121")
    context = document_context(registers, ("castro-fidel",), ("frus1969-76v12-d121",))
    text, _ = render_text(tei_document(body), context)
    page = etree.fromstring(str(text))
    assert page.xpath("//a//a") == [] and page.xpath("//a//*[@tabindex]") == []
    assert [a.get("class") for a in page.iter("a") if a.get("class") != "ln"] == \
        ["ref", "noteref", "name name-person"]
    assert "".join(page.xpath("//a[@class='ref']//text()")) == "Document 121"
    assert page.xpath("//a[@class='name name-person']//*/@data-explain")   # still explained


def test_a_name_in_a_linked_speaker_label_is_not_a_link_again(registers):
    root = tei_document(
        '<sp who="persons.xml#castro-fidel"><speaker><persName ref="persons.xml#castro-fidel">'
        'FIDEL</persName>:</speaker><p n="1" xml:id="L1">Yes.</p></sp>')
    text, _ = render_text(root, document_context(registers, ("castro-fidel",)))
    page = etree.fromstring(str(text))
    assert page.xpath("//a//a") == []
    assert page.xpath("string(//h3//a)") == "FIDEL:"


def test_a_person_named_in_a_footnote_is_listed_as_in_that_note(frus_site):
    """Nixon is named in notes 5 and 7 of d126, both in line 9, whose own words do not name
    him; Rogers and Gromyko in line 9, around the marker of its note 6, and in that note."""
    d126 = "../documents/frus1969-76v12-d126.html"
    pages = {p.name: parse(p) for p in sorted((frus_site / "persons").glob("*.html"))}
    [nixon] = [page for page in pages.values()
               if page.xpath(f"//a[@class='kwic-line'][@href='{d126}#fn5']")]
    rows = nixon.xpath(f"//li[a[starts-with(@href, '{d126}#')]]")
    assert [row.xpath("string(a)") for row in rows] == [
        "line 1", "note 5, at line 9", "note 5, at line 9", "note 7, at line 9",
        "note 7, at line 9", "line 15"]
    assert rows[1].xpath("string(span)").startswith("The text of Nixon's address")
    in_note_6 = [entry for entry in pages.values()      # Rogers and Gromyko
                 if entry.xpath(f"//a[@class='kwic-line'][@href='{d126}#fn6']")]
    assert len(in_note_6) == 2
    for entry in in_note_6:
        assert entry.xpath(f"//li[a[@href='{d126}#L9']]/span[contains(., "
                          "'Secretary Rogers, [note 6] and our')]")


def test_a_field_of_the_document_information_is_no_note_of_the_page(tmp_path):
    """An archive field the header keeps as `note type="field"` (Original Archive) is not
    counted among the text's notes: the first note of the text is note 1."""
    body = ("A.I. MIKOYAN. We agree.\n\n[Ed. note: The meeting ended.]\n\n"
            "O. DORTICOS. Thank you [the leaders of the revolution in Cuba--ed.].")
    text = page(body).replace("Record ID", "Original Archive\n\nArchive of Foreign Policy"
                              "\n\nRecord ID")
    out = build_sources(tmp_path, {"x.txt": text})
    assert 'type="field" n="Original Archive"' in (out / "tei/x.xml").read_text("utf-8")
    labels = parse(out / "documents/x.html").xpath(f"{NOTEREFS}/sup/text()")
    assert labels == ["1", "2"]
