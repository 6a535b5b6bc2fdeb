"""The language of a foreign document -> our TEI, its page, its citations and its DTS resource.

A plain-text source is English unless it is the original its Language field names (see
`edition.languages`); a foreign TEI keeps the language its header gives.
"""

from __future__ import annotations

import json
import re

import pytest
from lxml import html

from edition.dts import Layout, describe_resource
from tests.conftest import TEI, encode_text, page
from tests.ingest.conftest import ingest_all, publish, published_page
from tests.ingest.helpers import HEADER, ingest_text

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
GERMAN_USAGE = ('<profileDesc><langUsage><language ident="de">Deutsch</language>'
                '<language ident="en">Englisch</language></langUsage></profileDesc>')


def foreign_in(attributes: str, profile: str = "", text_attributes: str = "",
               paragraph: str = "Guten Tag.") -> str:
    """A foreign TEI document with `attributes` on its root and `text_attributes` on `text`."""
    header = HEADER.format(title="Brief von A an B", profile=profile)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"'
            f'{attributes}>{header}<text{text_attributes}><body><div><p>{paragraph}</p></div>'
            '</body></text></TEI>\n')


@pytest.mark.parametrize("attributes, profile, text_attributes, expected", [
    (' xml:lang="de"', GERMAN_USAGE, "", ("de", "de", "Deutsch")),
    ("", "", ' xml:lang="fr"', ("fr", "fr", "French")),
    (' xml:lang="en"', "", ' xml:lang="de"', ("de", "de", "German")),
    (' xml:lang="de"', "", ' xml:lang="en"', (None, "en", "English")),
    ("", GERMAN_USAGE, "", ("de", "de", "Deutsch")),
    (' xml:lang="sl-Latn"', "", "", ("sl-Latn", "sl-Latn", "Slovenian")),
    (' xml:lang="ota"', "", "", ("ota", "ota", "ota")),
    (' xml:lang="English"', "", "", (None, "en", "English")),
    ("", "", "", (None, "en", "English")),
], ids=["root-and-usage", "text", "text-over-root", "english-text-of-a-german-root",
        "usage-only", "subtags", "unnamed", "not-a-tag", "none"])
def test_the_language_of_the_text_is_kept(attributes, profile, text_attributes, expected,
                                          tmp_path, validator):
    """On `text` (the root, and with it the header, stays English) and in `langUsage`."""
    encoded, _ = ingest_text(foreign_in(attributes, profile, text_attributes), tmp_path)
    language = encoded.tei.find(".//t:langUsage/t:language", TEI)
    text = encoded.tei.find("t:text", TEI)
    assert (text.get(XML_LANG), language.get("ident"), language.text) == expected
    assert encoded.tei.get(XML_LANG) == "en"
    assert validator.validate(encoded.tei, "x", lambda ref: True) == []


def declared(element) -> str:
    """The language an element is declared in: its own xml:lang or its nearest ancestor's."""
    return element.xpath("string(ancestor-or-self::*[@xml:lang][1]/@xml:lang)")


def test_the_header_and_the_encoders_notes_of_a_german_text_are_english(tmp_path, validator):
    """The edition's own wording is English; the German words it copies or quotes are German."""
    paragraph = "Das <subst><del>alte</del><add>neue</add></subst> Haus."
    encoded, _ = ingest_text(foreign_in(' xml:lang="de"', paragraph=paragraph), tmp_path)
    tei = encoded.tei
    encoder = tei.xpath("//t:respStmt[@xml:id='encoder']/t:name", namespaces=TEI)[0]
    note = tei.find(".//t:body//t:note", TEI)
    quoted = note.find("t:foreign", TEI)
    titles = tei.xpath("t:teiHeader/t:fileDesc/*[not(self::t:editionStmt)]//t:title",   # the edition's is ours
                       namespaces=TEI)
    source = tei.find(".//t:sourceDesc/t:bibl/t:note[@type='source']", TEI)
    assert [declared(e) for e in (encoder, tei.find(".//t:body//t:p", TEI), note, quoted,
                                  *titles, source)] == ["en", "de", "en", "de", "de", "de", "de"]
    assert ("".join(note.itertext()), quoted.text) == ("Deleted: alte", "alte")
    assert [t.text for t in titles] == ["Brief von A an B"] * 2
    assert validator.validate(tei, "x", lambda ref: True) == []


def test_an_english_text_quotes_its_readings_without_markup(tmp_path):
    paragraph = "The <subst><del>old</del><add>new</add></subst> house."
    encoded, _ = ingest_text(foreign_in("", paragraph=paragraph), tmp_path)
    note = encoded.tei.find(".//t:body//t:note", TEI)
    assert (len(note), note.text, encoded.tei.find(".//t:title", TEI).get(XML_LANG)) == \
        (0, "Deleted: old", None)


SLOVENIAN_HEADER = """<teiHeader><fileDesc><titleStmt>
<title type="main" xml:lang="sl">Slovenski parlamentarni korpus ParlaMint-SI, 5. redna seja</title>
<title type="main" xml:lang="en">Slovenian parliamentary corpus ParlaMint-SI, Regular Session 5</title>
<title type="sub" xml:lang="sl">Zapisi sej Državnega zbora, 5. redna seja (6. 3. 2015)</title>
<title type="sub" xml:lang="en">Minutes of the National Assembly, Regular Session 5</title>
</titleStmt><publicationStmt><availability><licence>CC-BY 4.0</licence>
<p xml:lang="en">This work is licensed under CC-BY.</p>
<p xml:lang="sl">To delo je ponujeno pod CC-BY.</p></availability></publicationStmt>
<sourceDesc><bibl><title xml:lang="en">Minutes of the National Assembly</title>
<title xml:lang="sl">Zapisi sej Državnega zbora</title></bibl></sourceDesc></fileDesc>
<profileDesc><settingDesc><setting><date when="2015-03-06">6. 3. 2015</date></setting>
</settingDesc></profileDesc></teiHeader>"""
"""A ParlaMint-SI header as the publisher writes it (shortened): every text in Slovenian and
English, each declared."""


def test_a_slovenian_header_keeps_the_language_of_each_text_it_gives(tmp_path, validator):
    text = (f'<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="sl">{SLOVENIAN_HEADER}<text>'
            '<body><div><u who="#A"><seg>Hvala lepa.</seg></u></div></body></text></TEI>')
    tei = ingest_text(text, tmp_path)[0].tei
    header = tei.find("t:teiHeader", TEI)
    copied = [(e.xpath("local-name()"), " ".join(e.xpath("string()").split()), declared(e))
              for e in header.xpath(".//t:titleStmt/t:title | .//t:bibl/* | .//t:bibl/t:note/*"
                                    " | .//t:licence/t:p", namespaces=TEI)]
    assert copied == [
        ("title", "Zapisi sej Državnega zbora, 5. redna seja (6. 3. 2015)", "sl"),
        ("p", "CC-BY 4.0", "sl"),
        ("p", "This work is licensed under CC-BY.", "en"),
        ("p", "To delo je ponujeno pod CC-BY.", "sl"),
        ("title", "Zapisi sej Državnega zbora, 5. redna seja (6. 3. 2015)", "sl"),
        ("date", "6. 3. 2015", "sl"),
        ("note", "Minutes of the National Assembly; Zapisi sej Državnega zbora", "sl"),
        ("foreign", "Minutes of the National Assembly", "en")]
    assert header.xpath("string(.//t:respStmt[@xml:id='encoder']/t:resp/@xml:lang)",
                        namespaces=TEI) == ""      # the encoder's own words: English, inherited
    assert validator.validate(tei, "x", lambda ref: True) == []


def test_a_plain_text_source_stays_english(registers):
    """Its archive's Language field names the original's language, not that of the text."""
    text = page("A short memorandum.").replace("Record ID", "Language\n\nRussian\n\nRecord ID")
    tei, _ = encode_text(text, registers)
    assert tei.get(XML_LANG) == "en"
    assert tei.find(".//t:langUsage/t:language", TEI).get("ident") == "en"


def test_a_german_document_is_published_as_german(tmp_path):
    path = tmp_path / "brief.xml"
    paragraph = "Das <subst><del>alte</del><add>neue</add></subst> Haus."
    path.write_text(foreign_in(' xml:lang="de"', GERMAN_USAGE, paragraph=paragraph),
                    encoding="utf-8")
    ingested = ingest_all([path], tmp_path / "site")
    site = publish(ingested)
    tree = html.fromstring((site / "documents" / "brief.html").read_bytes())
    assert tree.get("lang") == "en"                  # the page's own words are English
    assert tree.xpath("//h1/@lang") == ["de"]
    assert tree.xpath("//section[@class='text-section']/@lang") == ["de"]
    assert tree.xpath("//section[@class='notes']/@lang") == ["de"]
    assert tree.xpath("//ol[@class='footnotes']/li/@lang") == ["en"]   # the encoder's note
    assert tree.xpath("//ol[@class='footnotes']/li//*[@lang]/@lang") == ["de"]   # 'alte' in it
    assert tree.xpath("//dt[.='Archive and source']/following-sibling::dd[1]/@lang") == ["de"]
    assert tree.xpath("//section/h2/@lang") == ["en", "en"]            # 'Text', 'Notes'
    metas = {m.get("name"): m.get("content") for m in tree.xpath("//meta[@name]")}
    assert (metas["citation_language"], metas["DC.language"]) == ("de", "de")
    csl = tree.xpath("//script[@type='application/vnd.citationstyles.csl+json']")[0].text
    assert json.loads(csl)[0]["language"] == "de"
    resource = describe_resource("brief", ingested.documents["brief"].tei,
                                 Layout.of(ingested.settings))
    assert resource.lang == "de" and resource.dublin_core["language"] == ["de"]


def test_the_title_in_the_texts_language_is_chosen_whatever_comes_first(tmp_path):
    """ParlaMint lists its titles in either order: the English twins first must not win."""
    english_first = SLOVENIAN_HEADER
    for kind in ("main", "sub"):
        sl, en = (re.search(f'<title type="{kind}" xml:lang="{lang}">.*?</title>\\n',
                            SLOVENIAN_HEADER)[0] for lang in ("sl", "en"))
        english_first = english_first.replace(sl + en, en + sl)
    assert english_first != SLOVENIAN_HEADER
    text = (f'<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="sl">{english_first}<text>'
            '<body><div><u who="#A"><seg>Hvala lepa.</seg></u></div></body></text></TEI>')
    title = ingest_text(text, tmp_path)[0].tei.find(".//t:titleStmt/t:title", TEI)
    assert (title.text, declared(title)) == \
        ("Zapisi sej Državnega zbora, 5. redna seja (6. 3. 2015)", "sl")


def test_an_english_title_of_a_german_text_is_headed_in_english(tmp_path):
    """The heading says the title's language, not the text's: here the header is English."""
    tree = published_page(tmp_path, "brief",
                          foreign_in(' xml:lang="en"', text_attributes=' xml:lang="de"'))
    assert tree.xpath("//h1/@lang") == []
    assert tree.xpath("//section[@class='text-section']/@lang") == ["de"]
