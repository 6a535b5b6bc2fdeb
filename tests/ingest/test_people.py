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
