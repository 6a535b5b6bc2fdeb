"""An entry named only in a document's header (its translator, a correspondent, the source
note) has that document on its page, with the role, apart from the mentions in the text."""

from __future__ import annotations

import pytest
from lxml import etree

from edition.records import Tie
from edition.ties import header_ties
from tests.conftest import TEI

from .conftest import MEMO, TEL, parse

DOCTOROFF = '<persName ref="persons.xml#doctoroff-mark">Mark H. Doctoroff</persName>'
NSA = '<orgName ref="organizations.xml#national-security-archive">NSA</orgName>'


def ties(header: str, registers) -> tuple[Tie, ...]:
    root = etree.fromstring(f'<teiHeader xmlns="{TEI["t"]}">{header}</teiHeader>')
    return header_ties("d", root, registers)


@pytest.mark.parametrize("header, expected", [
    (f'<fileDesc><titleStmt><respStmt xml:id="translator"><resp>translation</resp>{DOCTOROFF}'
     f'</respStmt></titleStmt><sourceDesc><bibl><note type="source">copy by {NSA}; translation'
     f' by {DOCTOROFF}.</note></bibl></sourceDesc></fileDesc>',
     [("doctoroff-mark", ("translator", "source-note")),
      ("national-security-archive", ("source-note",))]),
    ('<profileDesc><correspDesc><correspAction type="sent"><persName ref="persons.xml#mikoyan-'
     'anastas">A. Mikoyan</persName></correspAction><correspAction type="received"><orgName '
     'ref="organizations.xml#cc-cpsu">CC</orgName></correspAction></correspDesc><particDesc>'
     '<listPerson><person sameAs="persons.xml#mikoyan-anastas"/></listPerson></particDesc>'
     '</profileDesc>',
     [("mikoyan-anastas", ("sender", "participant")), ("cc-cpsu", ("recipient",))]),
    (f'<fileDesc><sourceDesc><bibl><note type="field" n="Original Archive">{NSA}</note></bibl>'
     f'</sourceDesc></fileDesc><profileDesc><abstract><p>{DOCTOROFF}</p></abstract></profileDesc>',
     [("national-security-archive", ("archive-field",)), ("doctoroff-mark", ("header",))]),
    ('<fileDesc><sourceDesc><bibl><note type="source"><persName ref="persons.xml#nobody">X'
     '</persName> and <persName>Y</persName></note></bibl></sourceDesc></fileDesc>', []),
], ids=["translator-and-source-note", "correspondents-and-participant", "elsewhere", "unknown"])
def test_the_header_gives_each_entry_its_roles(registers, header, expected):
    assert [(tie.entry_id, tie.roles) for tie in ties(header, registers)] == expected


def test_a_translator_named_only_in_the_header_has_the_document_on_his_page(site):
    page = parse(site / "persons/doctoroff-mark.html")
    section = page.xpath("//section[h2=\"Named in the documents' descriptions\"]")[0]
    [item] = section.xpath("ul/li")
    assert item.xpath("a/@href") == [f"../documents/{MEMO}.html"]
    assert item.text_content().endswith("): translator; named in the source note")
    said = "string(//dt[.='{}']/following-sibling::dd[1])"
    assert page.xpath(said.format("Mentions in the text")) == "0 in 0 documents"
    assert page.xpath(said.format("Named in the description of")) == "1 document"
    assert page.xpath("//section[h2='Mentions']/p/text()") == [
        "Not mentioned in the text of the documents."]


def test_the_index_counts_the_documents_of_the_text_and_of_the_description(site):
    index = parse(site / "persons/index.html")
    assert index.xpath("//table/thead//th/text()")[-3:] == [
        "Mentions in the text", "Turns", "Documents (text or description)"]
    row = index.xpath("//tr[th/a[@href='doctoroff-mark.html']]")[0]
    assert [td.text for td in row.xpath("td[@class='num']")] == ["0", "0", "1"]


def test_a_recipient_is_listed_with_its_role(site):
    page = parse(site / "organizations/cc-cpsu.html")
    items = page.xpath("//section[h2=\"Named in the documents' descriptions\"]/ul/li")
    assert [(li.xpath("string(a/@href)"), li.text_content().rpartition(": ")[2])
            for li in items] == [(f"../documents/{TEL}.html", "recipient")]
