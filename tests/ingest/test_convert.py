"""Foreign TEI snippets -> our TEI body, side by side; unknown elements; the words check."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from edition.diagnostics import Reporter, Severity
from edition.ingest.words import check_foreign_words
from tests.conftest import TEI, body_xml
from tests.ingest.helpers import converted_body, foreign, ingest_text

DATA = Path(__file__).resolve().parent / "data"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DRAMA = """<profileDesc><particDesc><listPerson>
<person xml:id="K1"><persName>King of France</persName></person>
</listPerson></particDesc></profileDesc>"""

CASES = [
    ("paragraphs and whitespace",
     "<div><p>One\n   two <hi rend='italic'>three</hi>.</p></div>",
     '<div type="document" subtype="letter"><p n="1" xml:id="L1">One two <hi rend="italic">three'
     '</hi>.</p></div>'),
    ("head, dateline and salutation go to the opener",
     "<div><head>1. Letter</head><dateline><placeName>Moscow</placeName>, <date when='1970-01-31'>"
     "January 31, 1970.</date></dateline><p>Dear Mr. President:</p><p>Text.</p></div>",
     '<div type="document" subtype="letter"><head n="1" xml:id="L1">1. Letter</head><opener>'
     '<dateline n="2" xml:id="L2"><placeName>Moscow</placeName>, <docDate when="1970-01-31">January 31,'
     ' 1970.</docDate></dateline><salute n="3" xml:id="L3">Dear Mr. President:</salute></opener>'
     '<p n="4" xml:id="L4">Text.</p></div>'),
    ("footnotes stay where they are, as inline editorial notes with their printed number; a "
     "reference without a volume to resolve it keeps its words",
     "<div><p>Said so.<note n='2' xml:id='fn2'>\n  See <ref target='#d1'>Document 1</ref>.</note> "
     "Then.</p></div>",
     '<div type="document" subtype="letter"><p n="1" xml:id="L1">Said so.<note type="editorial" '
     'place="inline" resp="#ed" n="2">See Document 1.</note> Then.</p></div>'),
    ("lists: the label opens its item's paragraph, nested lists are paragraphs too",
     "<div><list><head>SUBJECT</head><label>1.</label><item>First <list><item>inner</item></list>"
     "</item><label>2.</label><item><p>Second</p><p>more</p></item></list></div>",
     '<div type="document" subtype="letter"><p n="1" xml:id="L1">SUBJECT</p><p n="2" xml:id="L2">'
     '1. First</p><p n="3" xml:id="L3">inner</p><p n="4" xml:id="L4">2. Second</p><p n="5" '
     'xml:id="L5">more</p></div>'),
    ("closer and signature",
     "<div><p>Text.</p><closer><signed><persName><hi rend='strong'>A. Kosygin</hi></persName>"
     "</signed></closer></div>",
     '<div type="document" subtype="letter"><p n="1" xml:id="L1">Text.</p><closer><signed n="2" '
     'xml:id="L2"><persName><hi rend="strong">A. Kosygin</hi></persName></signed></closer></div>'),
    ("a postscript before the signature keeps the source's order",
     "<div><p>Text.</p><postscript><p>P.S. Regards.</p></postscript><closer><signed>A. Kosygin"
     "</signed></closer></div>",
     '<div type="document" subtype="letter"><p n="1" xml:id="L1">Text.</p><postscript><p n="2" '
     'xml:id="L2">P.S. Regards.</p></postscript><closer><signed n="3" xml:id="L3">A. Kosygin'
     '</signed></closer></div>'),
    ("brackets of the foreign text become our editorial markup, also around elements",
     "<div><p>A [omission in the source text] and [<hi rend='italic'>1 line not declassified</hi>]"
     " and [<persName>Beam</persName>'s] view.</p></div>",
     '<div type="document" subtype="letter"><p n="1" xml:id="L1">A <gap reason="omission"><desc>'
     'omission in the source text</desc></gap> and <gap reason="omission"><desc>1 line not '
     'declassified</desc></gap> and <supplied reason="clarification" resp="#ed"><persName>Beam'
     "</persName>'s</supplied> view.</p></div>"),
    ("a gap between speeches, a block note, a page break",
     "<div><p>A<pb n='3'/> b</p><gap reason='editorial'><desc>SAMPLING</desc></gap>"
     "<note>House adjourned.</note></div>",
     '<div type="document" subtype="letter"><p n="1" xml:id="L1">A b</p><p n="2" xml:id="L2">'
     '<gap reason="omission"><desc>SAMPLING</desc></gap></p><note type="editorial" resp="#ed" '
     'target="#L2" n="3" xml:id="L3">House adjourned.</note></div>'),
]


@pytest.mark.parametrize("name, body, expected", CASES, ids=[c[0] for c in CASES])
def test_conversion(name, body, expected, tmp_path, validator):
    assert converted_body(foreign(body), tmp_path, validator) == expected


def test_verse_speeches_and_stage_directions(tmp_path, validator):
    body = ("<div type='scene'><head>Scene 2</head><stage type='entrance'>Enter the King.</stage>"
            "<sp who='#K1'><speaker>KING </speaker><l>Where is my lord? </l><l>Not here. "
            "<stage type='business'>He sits.</stage></l></sp>"
            "<sp who='#K1'><speaker>KING</speaker><stage type='delivery'>, aside</stage>"
            "<p><lb/>So be it.</p></sp></div>")
    encoded, reporter = ingest_text(foreign(body, "King John, Act 1, Scene 1", DRAMA), tmp_path)
    assert body_xml(encoded.tei) == (
        '<div type="document" subtype="drama"><head n="1" xml:id="L1">Scene 2</head>'
        '<stage type="business" n="2" xml:id="L2">Enter the King.</stage>'
        '<sp who="persons.xml#prov-k1-3d30b2"><speaker>KING</speaker><p n="3" xml:id="L3">'
        'Where is my lord? <lb/>Not here. <stage type="delivery">He sits.</stage></p></sp>'
        '<sp who="persons.xml#prov-k1-3d30b2"><speaker>KING</speaker><stage type="delivery" '
        'n="4" xml:id="L4">, aside</stage><p n="5" xml:id="L5">So be it.</p></sp></div>')
    assert encoded.document.participants == ["persons.xml#prov-k1-3d30b2"]
    infos = [d for d in reporter.diagnostics if d.code == "foreign-person-provisional"]
    assert [d.severity for d in infos] == [Severity.INFO]
    assert validator.validate(encoded.tei, "x", lambda ref: True) == []



def test_the_header_keeps_the_authors_and_the_licence_address(tmp_path, validator):
    text = foreign("<div><p>Text.</p></div>").replace(
        "</title></titleStmt>", "</title><author>A. Writer</author><author xml:lang='de'>"
        "B. Schreiber</author><author/></titleStmt>").replace(
        "<licence>CC0</licence>", "<licence target='https://example.org/cc0 #local'>CC0</licence>"
        "<licence>http://example.org/by/4.0/</licence>")
    tei = ingest_text(text, tmp_path)[0].tei
    authors = tei.findall(".//t:titleStmt/t:author", TEI)
    assert [(a.text, a.get(XML_LANG)) for a in authors] == [("A. Writer", None),
                                                           ("B. Schreiber", "de")]
    assert tei.find(".//t:licence", TEI).get("target") == \
        "https://example.org/cc0 http://example.org/by/4.0/"
    assert validator.validate(tei, "x", lambda ref: True) == []

@pytest.mark.parametrize("printed, read, path, expected", [
    ("<title>Letter From A to B</title>", "<title>Letter<lb/>From A to B</title>",
     "t:fileDesc/t:titleStmt/t:title", "Letter From A to B"),
    ("<title>Letter From A to B</title>", "<title>Let<lb break='no'/>ter From A to B</title>",
     "t:fileDesc/t:titleStmt/t:title", "Letter From A to B"),
    ("</title></titleStmt>", "</title><author>A.<lb/>Writer</author></titleStmt>",
     "t:fileDesc/t:titleStmt/t:author", "A. Writer"),
    ("<licence>CC0</licence>", "<licence>CC0<lb/>Public domain</licence>",
     "t:fileDesc/t:publicationStmt/t:availability/t:licence", "CC0 Public domain"),
    ("A test source,", "<title>A test<lb/>source</title>",
     "t:fileDesc/t:sourceDesc/t:bibl/t:note", "A test source; 1970"),
    ("<body>", "<body><head>Letter<note type='source'>Source: a box. Top<lb/>Secret.</note></head>",
     "t:profileDesc/t:textClass/t:keywords[@scheme='#classification']", "Top Secret"),
])
def test_the_header_reads_a_line_break_as_a_space(printed, read, path, expected, tmp_path):
    """A title, author, licence or source of the foreign header broken across lines reads as
    the page and our other readers read it (`breaks.spaced_text`), not 'LetterFrom'."""
    text = foreign("<div><p>Text.</p></div>").replace(printed, read, 1)
    assert read in text
    header = ingest_text(text, tmp_path)[0].tei.find("t:teiHeader", TEI)
    assert " ".join(header.xpath(f"string({path})", namespaces=TEI).split()) == expected


@pytest.mark.parametrize("bibl, expected", [
    ("Printed in <title>Zbornik</title>, vol. 2, <date when='1970-01-31'>1970</date>",
     "Printed in Zbornik, vol. 2, 1970"),
    ("A test<lb/>source, <date when='1970-01-31'>1970</date>", "A test source, 1970"),
    ("<title>A volume</title>\n<idno type='volume-id'>v12</idno>", "A volume; v12"),
], ids=["words between its children", "a line break", "children only: one piece each"])
def test_the_source_description_keeps_every_word(bibl, expected, tmp_path):
    """A `bibl` that runs as text is read whole; one of elements is read a piece a child."""
    text = foreign("<div><p>Text.</p></div>").replace(
        "<bibl>A test source, <date when=\"1970-01-31\">1970</date></bibl>", f"<bibl>{bibl}</bibl>")
    assert f"<bibl>{bibl}</bibl>" in text
    header = ingest_text(text, tmp_path)[0].tei.find("t:teiHeader", TEI)
    assert header.xpath("string(t:fileDesc/t:sourceDesc/t:bibl/t:note)", namespaces=TEI) == \
        expected


def test_utterances_are_turns_named_from_their_id(tmp_path):
    body = ("<div><u who='#StephenKinnock'><seg>One.</seg><seg>Two.</seg></u>"
            "<note>House adjourned.</note></div>")
    encoded, _ = ingest_text(foreign(body, "Minutes of the House"), tmp_path)
    sp = encoded.tei.find(".//t:sp", TEI)
    assert sp.get("who") == "persons.xml#prov-stephen-kinnock-ae4fbb"
    assert sp.findtext("t:speaker", namespaces=TEI) == "Stephen Kinnock"
    assert [p.text for p in sp.findall("t:p", TEI)] == ["One.", "Two."]
    assert encoded.tei.find(".//t:body/t:div", TEI).get("subtype") == "minutes"


def test_unknown_elements_degrade_to_text_with_a_warning(tmp_path, validator):
    body = ("<div><p>A <frob>strange</frob> word.</p><table><row><cell>x</cell><cell>y</cell>"
            "</row></table><widget><p>Inside.</p></widget><blob>Loose text</blob></div>")
    encoded, reporter = ingest_text(foreign(body), tmp_path)
    warnings = sorted(str(d) for d in reporter.diagnostics if d.severity == Severity.WARNING)
    assert [w.split(": ", 2)[-1] for w in warnings] == [
        "unknown element <blob> shown as plain text [foreign-element-unknown]",
        "unknown element <frob> shown as plain text [foreign-element-unknown]",
        "unknown element <widget> shown as plain text [foreign-element-unknown]"]
    assert body_xml(encoded.tei) == (
        '<div type="document" subtype="letter"><p n="1" xml:id="L1">A strange word.</p>'
        '<p n="2" xml:id="L2">x y</p><p n="3" xml:id="L3">Inside.</p><p n="4" xml:id="L4">'
        'Loose text</p></div>')
    assert not reporter.failed()
    assert validator.validate(encoded.tei, "x", lambda ref: True) == []


def test_the_words_check_reports_a_lost_word(tmp_path):
    text = foreign("<div><p>Every word counts here.</p></div>")
    encoded, _ = ingest_text(text, tmp_path)
    p = encoded.tei.find(".//t:body//t:p", TEI)
    p.text = p.text.replace("counts ", "")
    reporter = Reporter()
    root = etree.fromstring(text.encode("utf-8"))
    assert check_foreign_words(root, encoded.tei, "x.xml", reporter) == ["counts"]
    assert [d.code for d in reporter.diagnostics] == ["words-lost"]


def test_frus_transcript_turns_from_the_fixture(tmp_path, validator):
    """FRUS d122 (copied, public domain): paragraphs opening with `K:` / `R:` are turns."""
    data = (DATA / "frus1969-76v12-d122.xml").read_bytes()
    encoded, reporter = ingest_text(data, tmp_path, "frus1969-76v12-d122.xml")
    assert not reporter.failed()
    tei = encoded.tei
    turns = tei.findall(".//t:body/t:div/t:sp", TEI)
    assert [sp.findtext("t:speaker", namespaces=TEI) for sp in turns] == ["K", "R"] * 4
    assert {sp.get("who") for sp in turns} == {"persons.xml#prov-p-kha1-723ef9",
                                               "persons.xml#prov-p-rwp1-7d07a8"}
    assert tei.find(".//t:body/t:div", TEI).get("subtype") == "transcript"
    assert turns[0].findtext("t:p", namespaces=TEI).startswith("I'm sorry to take you away")
    assert len(tei.findall(".//t:body//t:note[@type='editorial']", TEI)) == 5
    source = tei.findtext(".//t:sourceDesc/t:bibl/t:note[@type='source']", namespaces=TEI)
    assert source.startswith("Source: Library of Congress, Manuscript Division")
    # the call's time is its date's (session 25)
    assert tei.find(".//t:sourceDesc/t:bibl/t:date", TEI).get("when") == "1970-01-31T21:20:00"
    assert tei.findtext(".//t:publicationStmt/t:idno[@type='record']", namespaces=TEI) == \
        "frus1969-76v12-d122"
    assert validator.validate(encoded.tei, "x", lambda ref: True) == []


def test_parlamint_incidents_and_corrections(tmp_path, validator):
    body = ("<div><u who='#A'><seg>Yes <kinesic type='applause'><desc>Applause</desc></kinesic>"
            " indeed, <choice><sic>teh</sic><corr>the</corr></choice> end.</seg>"
            "<vocal type='interruption'><desc>Hon. Members: Hear, hear!</desc></vocal></u>"
            "<incident><desc>Division bell</desc></incident></div>")
    encoded, reporter = ingest_text(foreign(body, "Minutes"), tmp_path)
    assert not [d for d in reporter.diagnostics if d.severity >= Severity.WARNING]
    assert body_xml(encoded.tei) == (
        '<div type="document" subtype="minutes"><sp who="persons.xml#prov-a-b4a519"><speaker>A</speaker>'
        '<p n="1" xml:id="L1">Yes <stage type="delivery">Applause</stage> indeed, teh <supplied '
        'reason="clarification" resp="#ed">the</supplied> end.</p><stage type="business" n="2" '
        'xml:id="L2">Hon. Members: Hear, hear!</stage></sp><stage type="business" n="3" '
        'xml:id="L3">Division bell</stage></div>')
    assert validator.validate(encoded.tei, "x", lambda ref: True) == []


def test_every_behaviour_of_the_tables_is_implemented():
    from edition.ingest.behaviours import BEHAVIOURS, BLOCKS
    from edition.ingest.convert import Converter
    from edition.ingest.phrases import PHRASES, Phrases
    assert set(BLOCKS.values()) <= set(BEHAVIOURS)
    assert all(hasattr(Converter, f"b_{b}") for b in set(BLOCKS.values()) | {"phrase"})
    assert all(hasattr(Phrases, f"p_{b}") for b in set(PHRASES.values()))


def test_the_same_file_gives_the_same_bytes(tmp_path):
    from edition.tei import serialize
    data = (DATA / "frus1969-76v12-d122.xml").read_bytes()
    first, _ = ingest_text(data, tmp_path, "frus1969-76v12-d122.xml")
    second, _ = ingest_text(data, tmp_path, "frus1969-76v12-d122.xml")
    assert serialize(first.tei) == serialize(second.tei)


def test_a_doc_date_keeps_its_date(tmp_path):
    body = "<div><opener><docDate when='1970-02-04'>4 Feb. 1970</docDate></opener><p>x</p></div>"
    encoded, _ = ingest_text(foreign(body), tmp_path)
    assert body_xml(encoded.tei).startswith(
        '<div type="document" subtype="letter"><opener><dateline n="1" xml:id="L1"><docDate '
        'when="1970-02-04">4 Feb. 1970</docDate></dateline></opener>')


@pytest.mark.parametrize("body, expected", [
    ("<div><head>Only a heading</head></div>",
     '<div type="document" subtype="letter"><p n="1" xml:id="L1"><hi rend="head">Only a heading'
     '</hi></p></div>'),
    ("<div><p>Text.</p><closer><signed>A.</signed></closer><p>More.</p><p/></div>",
     '<div type="document" subtype="letter"><p n="1" xml:id="L1">Text.</p><p n="2" xml:id="L2">'
     'A.</p><p n="3" xml:id="L3">More.</p></div>'),
    ("<div><p>Text.</p><closer><signed>A.</signed></closer><postscript><note>Added later."
     "</note></postscript></div>",
     '<div type="document" subtype="letter"><p n="1" xml:id="L1">Text.</p><closer><signed n="2" '
     'xml:id="L2">A.</signed></closer><note type="editorial" resp="#ed" target="#L2" n="3" '
     'xml:id="L3">Added later.</note></div>'),
    ("<div><p>Text.</p><postscript><p>P.S. One.</p><note>On one.</note><p>Two.</p></postscript>"
     "</div>",
     '<div type="document" subtype="letter"><p n="1" xml:id="L1">Text.</p><postscript><p n="2" '
     'xml:id="L2">P.S. One.</p><note type="editorial" resp="#ed" target="#L2" n="3" xml:id="L3">'
     'On one.</note><p n="4" xml:id="L4">Two.</p></postscript></div>'),
    ("<div><p>Text.</p><postscript/><closer><signed>A.</signed></closer></div>",
     '<div type="document" subtype="letter"><p n="1" xml:id="L1">Text.</p><closer><signed n="2" '
     'xml:id="L2">A.</signed></closer></div>'),
    ("<div><p>Text.</p><postscript><p>P.S. Regards.</p></postscript><p>More.</p></div>",
     '<div type="document" subtype="letter"><p n="1" xml:id="L1">Text.</p><p n="2" xml:id="L2">'
     'P.S. Regards.</p><p n="3" xml:id="L3">More.</p></div>'),
], ids=["only-a-heading", "closer-before-text", "postscript-of-a-note", "note-in-a-postscript",
        "empty-postscript",
        "postscript-before-text"])
def test_shapes_our_schema_cannot_hold_are_reshaped(body, expected, tmp_path, validator):
    encoded, reporter = ingest_text(foreign(body), tmp_path)
    assert body_xml(encoded.tei) == expected
    assert validator.validate(encoded.tei, "x", lambda ref: True) == []
    assert not reporter.failed()


@pytest.mark.parametrize("body, said", [
    ("<div><p>Text.</p><closer><signed>A.</signed></closer>\n<p>More.</p></div>",
     "foreign.xml:4: info: a closer followed by more text is published as paragraphs "
     "[foreign-ending-early]"),
    ("<div><p>Text.</p>\n<postscript><p>P.S. Regards.</p></postscript><p>More.</p></div>",
     "foreign.xml:5: info: a postscript followed by more text is published as paragraphs "
     "[foreign-ending-early]"),
], ids=["closer", "postscript"])
def test_an_ending_followed_by_text_says_it_became_paragraphs(body, said, tmp_path):
    _, reporter = ingest_text(foreign(body), tmp_path)
    assert [str(d).replace(str(tmp_path) + "/", "") for d in reporter.diagnostics
            if d.code == "foreign-ending-early"] == [said]


def test_an_ending_at_the_end_says_nothing(tmp_path):
    body = "<div><p>Text.</p><postscript><p>P.S. One.</p></postscript><closer><signed>A.</signed>" \
           "</closer></div>"
    _, reporter = ingest_text(foreign(body), tmp_path)
    assert [d for d in reporter.diagnostics if d.code == "foreign-ending-early"] == []
