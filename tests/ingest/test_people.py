"""Foreign person ids -> provisional persons: one per id and where it is defined."""

from __future__ import annotations

import pytest
from lxml import etree

from edition.diagnostics import Reporter
from edition.ingest.people import source_scope
from edition.ingest.refs import volume_of
from edition.registers import Registers
from tests.conftest import SEEDS, TEI
from tests.ingest.helpers import HEADER, foreign, ingest_text

SPEECH = "<div><sp who='#p_1'><speaker>{label}</speaker><p>We agree.</p></sp></div>"


def with_source(bibl: str, publication: str = "") -> str:
    """A foreign document: `bibl` in its `sourceDesc/bibl`, `publication` in publicationStmt."""
    header = HEADER.format(title="Minutes", profile="").replace(
        "<bibl>A test source, ", f"<bibl>{bibl} ").replace(
        "<publicationStmt>", f"<publicationStmt>{publication}")
    return (f'<TEI xmlns="http://www.tei-c.org/ns/1.0">{header}<text><body>'
            f'{SPEECH.format(label="A")}</body></text></TEI>')


@pytest.mark.parametrize("bibl, publication, scope", [
    ("<idno type='volume-id'>frus1969-76v12</idno>", "", "frus1969-76v12"),
    ("<idno type='repository'>dracor-org/shakedracor</idno><idno type='path'>tei/henry-v.xml"
     "</idno>", "<idno>x</idno>", "dracor-org/shakedracor/tei/henry-v.xml"),
    ("<idno type='path'>tei/henry-v.xml</idno>", "<idno type='URI'>http://hdl.handle.net/1/2"
     "</idno>", "http://hdl.handle.net/1/2"),
    ("Printed somewhere", "", "doc-7"),
], ids=["FRUS volume", "file cut from", "publication", "the document"])
def test_the_scope_of_foreign_ids(bibl, publication, scope):
    root = etree.fromstring(with_source(bibl, publication).encode())
    assert source_scope(root, "doc-7", volume_of(root)) == scope


def speaker(text: str, name: str, tmp_path, registers: Registers) -> str:
    encoded, _ = ingest_text(text, tmp_path, name, registers)
    return encoded.tei.find(".//t:sp", TEI).get("who")


def test_one_id_of_one_edition_is_one_person_two_editions_two(tmp_path):
    registers = Registers.load(SEEDS, Reporter())
    volume = "<idno type='volume-id'>frus1969-76v12</idno>"
    first = speaker(with_source(volume).replace(">A<", ">Nixon<"), "a.xml", tmp_path, registers)
    second = speaker(with_source(volume).replace(">A<", ">Richard Nixon<"), "b.xml", tmp_path,
                     registers)
    other = speaker(with_source("<idno type='volume-id'>frus1969-76v13</idno>"), "c.xml",
                    tmp_path, registers)
    alone = speaker(foreign(SPEECH.format(label="Nixon")), "d.xml", tmp_path, registers)
    assert first == second and len({first, other, alone}) == 3
    entry = registers.get(first)
    assert entry.source == "frus1969-76v12#p_1" and set(entry.variants) == {"Nixon",
                                                                         "Richard Nixon"}
    assert registers.get(alone).source == "d#p_1"


def test_an_initial_standing_for_a_heading_person_is_that_person(tmp_path):
    """FRUS d122: `<gloss target="#t_K1">K</gloss>:` opens Kissinger's turns, who is
    `#p_KHA1` in the heading: the turns and the name are one person, not `#t_K1`."""
    body = ("<div><head>Conversation Between <persName corresp='#p_RWP1'>Rogers</persName> and "
            "<persName corresp='#p_KHA1'>Kissinger</persName></head>"
            "<p><gloss target='#t_K1'>K</gloss>: Hello.</p><p><gloss target='#t_K1'>K</gloss>: "
            "Bye.</p></div>")
    encoded, _ = ingest_text(foreign(body, "Transcript of Telephone Conversation"), tmp_path)
    heading = encoded.tei.find(".//t:head/t:persName[2]", TEI).get("ref")
    assert {sp.get("who") for sp in encoded.tei.iterfind(".//t:sp", TEI)} == {heading}


def test_a_heading_of_the_header_names_no_heading_person(tmp_path):
    """Only the text's headings say whom an initial stands for; one in the teiHeader, of a
    person the text never prints, had sent the lookup round in a circle (RecursionError)."""
    profile = ("<profileDesc><abstract><list><head><persName corresp='#p_KHA1'>Kissinger"
               "</persName></head></list></abstract></profileDesc>")
    body = ("<div><p><gloss target='#t_K1'>K</gloss>: Hello.</p><p><gloss target='#t_K1'>K"
            "</gloss>: Bye.</p></div>")
    encoded, reporter = ingest_text(foreign(body, profile=profile), tmp_path)
    assert not reporter.failed()
    assert len({sp.get("who") for sp in encoded.tei.iterfind(".//t:sp", TEI)}) == 1


@pytest.mark.parametrize("body, path, expected", [
    ("<div><sp who='#p_1'><speaker>Kis<lb break='no'/>singer</speaker><p>We agree.</p></sp>"
     "</div>", "//t:sp/t:speaker", "Kissinger"),
    ("<div><sp who='#p_1'><speaker><hi>K</hi>ing</speaker><p>We agree.</p></sp></div>",
     "//t:sp/t:speaker", "King"),
    ("<div><p><gloss target='#t_K1'>Kis<lb break='no'/>singer</gloss>: Yes.</p><p><gloss "
     "target='#t_K1'>Kis<lb break='no'/>singer</gloss>: No.</p></div>", "//t:sp[1]/t:speaker",
     "Kissinger"),
    ("<div><p>Word <gap reason='illegible'><desc>il<hi>legible</hi></desc></gap> more.</p></div>",
     "//t:gap/t:desc", "illegible"),
], ids=["speaker, word across a line end", "speaker, word across a phrase", "transcript label",
        "gap description"])
def test_a_label_is_read_as_the_page_reads_it(body, path, expected, tmp_path):
    """A speaker label or gap description keeps a word across a line end (`break="no"`) or
    across phrase markup whole (`breaks.spaced_text`), not 'Kis singer'."""
    encoded, _ = ingest_text(foreign(body), tmp_path)
    assert encoded.tei.xpath(f"string({path})", namespaces=TEI) == expected


@pytest.mark.parametrize("body, header, expected", [
    ("<div><sp who='#p_1'><speaker>N</speaker><p><persName corresp='#p_1'>Richard<lb/>Nixon"
     "</persName> agreed.</p></sp></div>", "", "Richard Nixon"),
    ("<div><sp who='#p_1'><speaker>N</speaker><p>Yes.</p></sp></div>",
     "<profileDesc><particDesc><listPerson><person xml:id='p_1'><persName>Anna<lb/>Smith"
     "</persName></person></listPerson></particDesc></profileDesc>", "Anna Smith"),
    ("<div><head>Letter From <name type='from' corresp='#p_1'>Ko<hi>sygin</hi></name></head>"
     "<p>Text.</p></div>", "", "Kosygin"),
], ids=["printed in the text", "listed in the header", "sender in the heading"])
def test_a_persons_name_is_read_as_the_page_reads_it(body, header, expected, tmp_path):
    """The name a provisional person gets from the foreign TEI reads a line break as a space
    and a word across phrase markup as one (`breaks.spaced_text`): not 'RichardNixon'."""
    registers = Registers.load(SEEDS, Reporter())
    text = foreign(body).replace("</teiHeader>", f"{header}</teiHeader>")
    encoded, _ = ingest_text(text, tmp_path, registers=registers)
    ref = encoded.tei.xpath("string((//t:sp/@who | //t:correspAction[@type='sent']/*/@ref)[1])",
                            namespaces=TEI)
    assert registers.get(ref).name == expected
