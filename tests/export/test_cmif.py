"""CMIF: every letter and telegram with sender, addressee and date, valid TEI."""

from __future__ import annotations


from lxml import etree, html

from edition.diagnostics import Reporter
from edition.export.cmif import cmif, correspondence
from edition.registers import Registers
from tests.conftest import build_sources, page
from tests.helpers import with_line_break

from .conftest import MEMO, TEL, TEI_NS

BASE = "https://example.org/mikoyan-1962/"


def _x(tree, path):
    return tree.xpath(path, namespaces=TEI_NS)


def test_cmif_is_valid_tei_all(site, validator):
    tree = etree.parse(str(site / "downloads/cmif.xml"))
    assert validator.tei_all.validate(tree), "\n".join(str(e) for e in validator.tei_all.error_log)


def test_cmif_lists_the_telegram(site):
    tree = etree.parse(str(site / "downloads/cmif.xml"))
    descs = _x(tree, "//t:profileDesc/t:correspDesc")
    assert len(descs) == 1  # the memorandum is a conversation, not correspondence
    desc = descs[0]
    assert desc.get("ref") == f"{BASE}documents/{TEL}.html"
    assert desc.get("source") == "#edition"
    assert _x(tree, "//t:sourceDesc/t:bibl[@type='online']/@xml:id") == ["edition"]
    sent = desc.find("t:correspAction[@type='sent']", TEI_NS)
    assert _x(sent, "t:persName/text()") == ["Anastas Ivanovich Mikoyan"]
    assert _x(sent, "t:persName/@ref") == [f"{BASE}persons/mikoyan-anastas.html"]
    assert _x(sent, "t:date/@when") == ["1962-11-19"]
    received = desc.find("t:correspAction[@type='received']", TEI_NS)
    assert _x(received, "t:orgName/@ref") == [f"{BASE}organizations/cc-cpsu.html"]
    assert _x(received, "t:orgName/text()") == [
        "Central Committee of the Communist Party of the Soviet Union"]
    assert _x(tree, "//t:publicationStmt/t:idno[@type='url']/text()") == [
        f"{BASE}downloads/cmif.xml"]
    assert _x(tree, "//t:licence/@target") == ["https://creativecommons.org/licenses/by/4.0/"]
    note = _x(tree, "string(//t:notesStmt/t:note)")
    assert "2 of the persons, organizations and places" in note and "website" in note


def test_cmif_prefers_an_authority_uri_over_the_register_page(tmp_path, published,
                                                              seed_settings, validator):
    # A made-up identifier in a test fixture only: the seed registers carry none.
    (tmp_path / "persons.xml").write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>P'
        '</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p>'
        '</sourceDesc></fileDesc></teiHeader><text><body><listPerson>'
        '<person xml:id="mikoyan-anastas"><persName>Anastas Mikoyan</persName>'
        '<idno type="wikidata">https://www.wikidata.org/entity/Q0</idno>'
        '<idno type="viaf">https://viaf.org/viaf/0</idno></person>'
        '</listPerson></body></text></TEI>', encoding="utf-8")
    reporter = Reporter()
    registers = Registers.load(tmp_path, reporter)
    assert {d.code for d in reporter.diagnostics} == {"register-missing"}  # places, orgs
    tree = cmif([(TEL, correspondence(dict(published)[TEL]))], registers, seed_settings)
    assert _x(tree, "//t:correspAction[@type='sent']/t:persName/@ref") == [
        "https://viaf.org/viaf/0"]
    # cc-cpsu is not in this register: the name stays, without a @ref
    assert _x(tree, "//t:correspAction[@type='received']/t:orgName/@ref") == []
    assert validator.tei_all.validate(tree), validator.tei_all.error_log


def test_cmif_without_correspondence_is_still_valid(published, registers, seed_settings,
                                                    validator):
    assert correspondence(dict(published)[MEMO]) is None  # so a build passes no letter of it
    tree = cmif([], registers, seed_settings)
    assert _x(tree, "//t:correspDesc") == []
    assert "(0 items)" in _x(tree, "string(//t:titleStmt/t:title)")
    assert validator.tei_all.validate(tree), validator.tei_all.error_log


def test_a_correspondent_in_no_register_keeps_the_printed_name(tmp_path, validator):
    """A letter from someone no register holds: CMIF names him (no @ref), the page says From."""
    out = build_sources(tmp_path, {"smith.txt": page(
        "Dear Comrade Dorticos:\n\nWe received your letter.\n\nSincerely,\n\nJohn Smith",
        title="Letter from John Smith to Osvaldo Dorticos")})
    tree = etree.parse(str(out / "downloads/cmif.xml"))
    assert _x(tree, "//t:correspAction[@type='sent']/t:persName[not(@ref)]/text()") == [
        "John Smith"]
    assert _x(tree, "//t:correspAction[@type='received']/t:persName/text()") == [
        "Osvaldo Dorticós"]
    assert validator.tei_all.validate(tree), validator.tei_all.error_log
    page_tree = html.fromstring((out / "documents/smith.html").read_bytes())
    assert page_tree.xpath("string(//dt[.='From']/following-sibling::dd[1])") == "John Smith"
    assert page_tree.xpath("//dt[.='To']/following-sibling::dd[1]/a/text()") == [
        "Osvaldo Dorticós"]


def test_a_correspondent_broken_across_lines_is_named_as_the_source_reads(published, registers,
                                                                         seed_settings):
    """`Anastas<lb/>Ivanovich Mikoyan` is 'Anastas Ivanovich Mikoyan' in cmif.xml, as on the
    page (`breaks.spaced_text`), not 'AnastasIvanovich Mikoyan'."""
    sender = "//t:correspAction[@type='sent']/t:persName"
    tei, read = with_line_break(dict(published)[TEL], sender)
    assert etree.tostring(_x(tei, sender)[0]).count(b"<lb/>") == 1
    tree = cmif([(TEL, correspondence(tei))], registers, seed_settings)
    assert _x(tree, f"{sender}/text()") == [read] == ["Anastas Ivanovich Mikoyan"]


def test_a_letter_s_closing_dateline_is_where_and_when_cmif_says_it_was_sent(tmp_path, validator):
    """Review 11 M16: the letter closing `Moscow, October 26, 1962`, the archive's date line the
    27th, was sent on the 27th from nowhere. CMIF gives the place and the day of the dateline;
    the page names the sender only, not the place, as From."""
    out = build_sources(tmp_path, {"moscow.txt": page(
        "Dear Mr. President:\n\nI have received your letter.\n\nRespectfully,\n\nN. Khrushchev"
        "\n\nMoscow, October 26, 1962", date="October 27, 1962",
        title="Letter from Chairman Khrushchev to President Kennedy")})
    tree = etree.parse(str(out / "downloads/cmif.xml"))
    sent = "//t:correspAction[@type='sent']"
    assert _x(tree, f"{sent}/t:placeName/@ref") == [f"{BASE}places/moscow.html"]
    assert _x(tree, f"{sent}/t:date/@when") == ["1962-10-26"]
    assert _x(tree, f"{sent}/t:persName/text()") == ["Nikita Sergeyevich Khrushchev"]
    assert validator.tei_all.validate(tree), validator.tei_all.error_log
    page_tree = html.fromstring((out / "documents/moscow.html").read_bytes())
    assert page_tree.xpath("string(//dt[.='From']/following-sibling::dd[1])") \
        == "Nikita Sergeyevich Khrushchev"
