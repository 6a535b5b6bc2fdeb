"""FRUS footnotes keep their printed numbers; cross-references keep a target that resolves."""

from __future__ import annotations

import pytest
from lxml import etree

from edition.collect import collect_document
from edition.ingest.refs import Links, volume_of
from edition.weblinks import WEB_ADDRESS
from tests.conftest import TEI
from tests.ingest.helpers import converted_body, foreign, ingest_text

VOLUME = '<idno type="volume-id">frus1969-76v12</idno>'
HISTORY = "https://history.state.gov/historicaldocuments/frus1969-76v12"
DIV = '<div type="document" subtype="letter">'


def frus(body: str) -> str:
    """A foreign document whose header names its FRUS volume, as the dev corpus files do."""
    return foreign(body).replace("1970</date></bibl>", f"1970</date>{VOLUME}</bibl>")


CASES = [
    ("the source's note numbers survive the source note's move to the header",
     "<div><head>121. Letter<note n='1' type='source'>Source: a box. Secret.</note></head>"
     "<p>Peace.<note n='2' xml:id='d121fn2'>Nixon underlined it.</note> War."
     "<note n='3' xml:id='d121fn3'>And this.</note></p></div>",
     f'{DIV}<head n="1" xml:id="L1">121. Letter</head><p n="2" xml:id="L2">Peace.<note '
     'type="editorial" place="inline" resp="#ed" n="2">Nixon underlined it.</note> War.<note '
     'type="editorial" place="inline" resp="#ed" n="3">And this.</note></p></div>'),
    ("a document of the same volume: its public URL",
     "<div><p>Sent.<note n='2'><ref target='#d121'>Document 121</ref>.</note></p></div>",
     f'{DIV}<p n="1" xml:id="L1">Sent.<note type="editorial" place="inline" resp="#ed" n="2">'
     f'<ref target="{HISTORY}/d121">Document 121</ref>.</note></p></div>'),
    ("a footnote of another document: the note's fragment on its public URL",
     "<div><p>See <ref target='#d109fn3'>footnote 3 to <hi rend='italic'>Document</hi> 109"
     "</ref>.</p></div>",
     f'{DIV}<p n="1" xml:id="L1">See <ref target="{HISTORY}/d109#fn3">footnote 3 to <hi '
     'rend="italic">Document</hi> 109</ref>.</p></div>'),
    ("a web address is kept; a target nobody can resolve leaves the words",
     "<div><p><ref target='https://example.org/a'>There</ref> and <ref target='#t_NSC1'>NSC"
     "</ref> and <ref>nowhere</ref>.</p></div>",
     f'{DIV}<p n="1" xml:id="L1"><ref target="https://example.org/a">There</ref> and NSC and '
     'nowhere.</p></div>'),
    ("a target in another scheme, or not a clean web address, leaves the words: no script link",
     "<div><p><ref target='javascript:alert(1)'>A</ref> <ref target='data:text/html,x'>B</ref> "
     "<ref target='mailto:x@example.org'>C</ref> <ref target='HTTPS://example.org'>D</ref> "
     "<ref target='https://example.org/a b'>E</ref> <ref target='#d0'>F</ref></p></div>",
     f'{DIV}<p n="1" xml:id="L1">A B C D E F</p></div>'),
    ("a note in the words of a list item, or of a paragraph around a list, is in its line",
     "<div><p>The key points (Tab A)<note n='2' xml:id='d123fn2'>Printed as Document 121.</note>"
     " are: <list><label>1.</label><item>The USSR is studying it with U.S.<note n='3'>Brackets in"
     " the source text.</note> diplomatic action.</item><item>Beam, January 23, 1970<note n='4'>"
     "Nixon met with Beam.</note>\n</item></list></p></div>",
     f'{DIV}<p n="1" xml:id="L1">The key points (Tab A)<note type="editorial" place="inline" '
     'resp="#ed" n="2">Printed as Document 121.</note> are:</p><p n="2" xml:id="L2">1. The USSR '
     'is studying it with U.S.<note type="editorial" place="inline" resp="#ed" n="3">Brackets in '
     'the source text.</note> diplomatic action.</p><p n="3" xml:id="L3">Beam, January 23, 1970'
     '<note type="editorial" place="inline" resp="#ed" n="4">Nixon met with Beam.</note></p></div>'),
    ("a numbered note between blocks is a footnote of the block before it; an unnumbered one a "
     "block note",
     "<div><p>Peace.</p><note>Not numbered.</note><note n='4'>After a block note.</note>"
     "<p>War.</p><note n='5'>Nixon wrote it.</note><closer><signed>Kissinger</signed>"
     "<note n='6'>Unsigned.</note></closer></div>",
     f'{DIV}<p n="1" xml:id="L1">Peace.<note type="editorial" place="inline" resp="#ed" n="4">'
     'After a block note.</note></p><note type="editorial" resp="#ed" target="#L1" n="2" '
     'xml:id="L2">Not numbered.</note><p n="3" xml:id="L3">War.<note type="editorial" '
     'place="inline" resp="#ed" n="5">Nixon wrote it.</note></p><closer><signed n="4" '
     'xml:id="L4">Kissinger<note type="editorial" place="inline" resp="#ed" n="6">Unsigned.'
     '</note></signed></closer></div>'),
    ("a numbered note with no text before it in its zone is the footnote of the next block "
     "there: first in a div, before the first paragraph of a turn, the first line of a closer "
     "or postscript; an unnumbered one stays a block note",
     "<div><note n='2'>First.</note><note>Not numbered.</note><p>Peace.</p>"
     "<sp who='#K'><speaker>Kissinger</speaker><note n='3'>On the speaker.</note><p>War.</p></sp>"
     "<postscript><note n='4'>On the postscript.</note><p>P.S. More.</p></postscript>"
     "<closer><note n='5'>On the signature.</note><signed>Kissinger</signed></closer></div>",
     '<div type="document" subtype="drama"><note type="editorial" resp="#ed" n="1" xml:id="L1">'
     'Not numbered.</note><p n="2" xml:id="L2"><note type="editorial" place="inline" resp="#ed" '
     'n="2">First.</note>Peace.</p><sp who="persons.xml#prov-k-5a9d34"><speaker>Kissinger'
     '</speaker><p n="3" xml:id="L3"><note type="editorial" place="inline" resp="#ed" n="3">On '
     'the speaker.</note>War.</p></sp><postscript><p n="4" xml:id="L4"><note type="editorial" '
     'place="inline" resp="#ed" n="4">On the postscript.</note>P.S. More.</p></postscript>'
     '<closer><signed n="5" xml:id="L5"><note type="editorial" place="inline" resp="#ed" n="5">'
     'On the signature.</note>Kissinger</signed></closer></div>'),
    ("a numbered note after the heading is its footnote",
     "<div><head>121. Letter</head><note n='2'>On the title.</note><p>Peace.</p></div>",
     f'{DIV}<head n="1" xml:id="L1">121. Letter<note type="editorial" place="inline" resp="#ed" '
     'n="2">On the title.</note></head><p n="2" xml:id="L2">Peace.</p></div>'),
]


@pytest.mark.parametrize("name, body, expected", CASES, ids=[c[0] for c in CASES])
def test_notes_and_references(name, body, expected, tmp_path, validator):
    assert converted_body(frus(body), tmp_path, validator) == expected


def test_a_numbered_note_is_not_a_citable_line(tmp_path, registers):
    encoded, _ = ingest_text(frus(CASES[0][1]), tmp_path)
    part, _ = collect_document("foreign", encoded.tei, registers)
    assert part.record.lines == ("1", "2")


@pytest.mark.parametrize("root_id, header, volume", [
    ("", f"<teiHeader><fileDesc><sourceDesc><bibl>{VOLUME}</bibl></sourceDesc></fileDesc>"
     "</teiHeader>", "frus1969-76v12"),           # the idno alone
    ("frus1964-68v10", f"<teiHeader><fileDesc><sourceDesc><bibl>{VOLUME}</bibl></sourceDesc>"
     "</fileDesc></teiHeader>", "frus1969-76v12"),  # the idno before the root's id
    ("frus1969-76v12", "", "frus1969-76v12"),      # a whole volume: the id of its root
    ("frus1969-76v12-d5", "<teiHeader/>", "frus1969-76v12"),  # a document cut out of one
])
def test_the_volume_comes_from_the_idno_or_the_root(root_id, header, volume):
    given = f' xml:id="{root_id}"' if root_id else ""
    root = etree.fromstring(f'<TEI xmlns="{TEI["t"]}"{given}>{header}</TEI>')
    assert volume_of(root) == volume


def test_a_file_of_another_edition_has_no_volume():
    root = etree.fromstring(f'<TEI xmlns="{TEI["t"]}" xml:id="ParlaMint-GB_2020"/>')
    assert volume_of(root) == "" and Links(volume_of(root)).target("#d121") is None


@pytest.mark.parametrize("target", [
    "https://example.org/a", "http://example.org", "https://example.org/a?b=c&d=%20#frag",
    f"{HISTORY}/d109#fn3", "javascript:alert(1)", "data:text/html,x", "HTTPS://example.org",
    "https://example.org/a b", 'https://example.org/"x', "https://example.org/a{b}",
    "https://example.org/a^b|c", "https://example.org/a[b]", "https://example.org/%zz",
    "https://example.org/a#b#c", "https://", "https://example.org/a\\b",
    "https://example.org/a\u00a0b", "https://example.org/a\u3000b",   # XML's white space is ASCII
])
def test_the_project_schema_and_the_code_take_the_same_web_addresses(target, tmp_path,
                                                                      validator):
    """The schema takes exactly the addresses `WEB_ADDRESS` takes: the ingest keeps a target
    only if the pattern takes it, so what it keeps is valid. (The target is set after the
    ingest, so that the schema is asked about each address as written.)"""
    encoded, _ = ingest_text(frus(CASES[3][1]), tmp_path)
    encoded.tei.find(".//t:body//t:ref", TEI).set("target", target)
    assert validator.project_rng.validate(encoded.tei) is bool(WEB_ADDRESS.fullmatch(target))


def test_the_source_note_keeps_its_printed_number_in_the_header(tmp_path):
    encoded, _ = ingest_text(frus(CASES[0][1]), tmp_path)
    note = encoded.tei.find("t:teiHeader//t:sourceDesc/t:bibl/t:note[@type='source']", TEI)
    assert note.get("n") == "1" and note.xpath("string()").startswith("Source: a box.")


@pytest.mark.parametrize("note, number", [
    ("<note n=' 1 ' type='source'>", "1"),                     # as printed, white space dropped
    ("<note type='source'>", "1"),                             # the first note of the text
    ("<note xml:id='d121fn1' type='source'>", "1"),
    ("<note type='source' n=''>", "1"),
])
def test_the_source_note_has_a_number_when_the_source_prints_none(note, number, tmp_path):
    """FRUS's source note is footnote 1: without `@n` it keeps the number its place among the
    text's notes gives it, as the page counts notes printed without a number."""
    body = CASES[0][1].replace("<note n='1' type='source'>", note)
    encoded, _ = ingest_text(frus(body), tmp_path)
    note = encoded.tei.find("t:teiHeader//t:sourceDesc/t:bibl/t:note[@type='source']", TEI)
    assert note.get("n") == number


def test_a_source_note_after_other_notes_is_numbered_after_them(tmp_path):
    body = ("<div><p>Peace.<note>An unnumbered note.</note></p><p>War.<note type='source'>"
            "Source: a box.</note></p></div>")
    encoded, _ = ingest_text(frus(body), tmp_path)
    assert encoded.tei.find("t:teiHeader//t:note[@type='source']", TEI).get("n") == "2"


def test_a_numbered_note_with_no_text_before_it_is_read_once(tmp_path):
    """The note is converted once, whether it ends up a footnote or a block note: a problem in
    its text is reported once."""
    body = "<div><note n='2'>An [unbalanced bracket.</note><p>Peace.</p></div>"
    _, reporter = ingest_text(frus(body), tmp_path)
    assert [d.code for d in reporter.diagnostics if d.code == "foreign-bracket"] == \
        ["foreign-bracket"]
