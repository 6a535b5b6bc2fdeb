"""Authority identifiers in the registers: read, linked on the entry pages, exported as JSON-LD."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree, html

from edition.collect import collect_site
from edition.diagnostics import Reporter
from edition.export.linked_data import registers_jsonld_bytes
from edition.registers import Registers
from edition.render.indices import write_entry
from edition.render.pages import Pages, environment
from edition.write import SiteWriter
from tests.conftest import seeds_with
from tests.helpers import run

BASE = "https://example.org/mikoyan-1962/"
# Made-up identifiers, for this fixture only: the seed registers carry none.
WIKIDATA, VIAF, GEONAMES = ("https://www.wikidata.org/entity/Q0", "https://viaf.org/viaf/0",
                            "https://www.geonames.org/0")
HEADER = ('<teiHeader><fileDesc><titleStmt><title>R</title></titleStmt><publicationStmt><p>x</p>'
          '</publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>')
FIXTURE = {
    "persons.xml": '<listPerson><person xml:id="test-person"><persName type="main">Test Person'
                   '</persName><persName type="variant">T. Person</persName>'
                   f'<idno type="wikidata">{WIKIDATA}</idno><idno type="viaf">{VIAF}</idno>'
                   '<idno type="viaf">not a URI</idno><idno type="isni">https://isni.org/0</idno>'
                   '<birth when="1900"/></person>'
                   '<person xml:id="plain-person"><persName>Plain Person</persName></person>'
                   '</listPerson>',
    "places.xml": '<listPlace><place xml:id="test-place"><placeName>Test Place</placeName>'
                  f'<idno type="geonames">{GEONAMES}</idno></place></listPlace>',
    "organizations.xml": '<listOrg><org xml:id="test-org"><orgName>Test Org</orgName>'
                         '</org></listOrg>',
}


@pytest.fixture()
def folder(tmp_path) -> Path:
    for name, listing in FIXTURE.items():
        (tmp_path / name).write_text(f'<TEI xmlns="http://www.tei-c.org/ns/1.0">{HEADER}<text>'
                                     f'<body>{listing}</body></text></TEI>', encoding="utf-8")
    return tmp_path


@pytest.fixture()
def fixture_registers(folder) -> Registers:
    reporter = Reporter()
    loaded = Registers.load(folder, reporter)
    assert reporter.diagnostics == []
    return loaded


def test_fixture_registers_are_valid_tei(folder, validator):
    for name in FIXTURE:
        tree = etree.parse(str(folder / name))
        assert validator.tei_all.validate(tree), validator.tei_all.error_log


def test_authorities_are_read_in_order_and_only_as_uris(fixture_registers):
    assert fixture_registers.get("test-person").authorities == (("wikidata", WIKIDATA),
                                                                ("viaf", VIAF))
    assert fixture_registers.get("test-place").authorities == (("geonames", GEONAMES),)
    assert fixture_registers.get("plain-person").authorities == ()


def test_seed_registers_invent_no_identifier(registers):
    assert all(entry.authorities == () for entry in registers.entries())


def test_jsonld_has_schema_org_types_ids_and_same_as(fixture_registers, seed_settings):
    named = {entry.id for entry in fixture_registers.entries()}
    data = json.loads(registers_jsonld_bytes(fixture_registers, named, seed_settings))
    assert data["@context"] == "https://schema.org/"
    nodes = {node["@id"]: node for node in data["@graph"]}
    person = nodes[f"{BASE}persons/test-person.html"]
    assert person["@type"] == "Person" and person["name"] == "Test Person"
    assert person["sameAs"] == [WIKIDATA, VIAF]
    assert person["alternateName"] == ["T. Person"] and person["birthDate"] == "1900"
    assert person["identifier"] == f"{BASE}tei/persons.xml#test-person"
    assert "sameAs" not in nodes[f"{BASE}persons/plain-person.html"]
    assert nodes[f"{BASE}places/test-place.html"]["@type"] == "Place"
    assert nodes[f"{BASE}places/test-place.html"]["sameAs"] == [GEONAMES]
    assert nodes[f"{BASE}organizations/test-org.html"]["@type"] == "Organization"
    assert len(nodes) == 4


def test_an_entry_no_document_names_is_identified_by_its_tei_uri(fixture_registers,
                                                                 seed_settings):
    """It has no page: its @id is the entry in the published TEI register."""
    data = json.loads(registers_jsonld_bytes(fixture_registers, {"test-person"}, seed_settings))
    assert [node["@id"] for node in data["@graph"]] == [
        f"{BASE}persons/test-person.html", f"{BASE}tei/persons.xml#plain-person",
        f"{BASE}tei/places.xml#test-place", f"{BASE}tei/organizations.xml#test-org"]
    assert all(node["identifier"] == f"{BASE}tei/{tei}" for node, tei in zip(
        data["@graph"], ["persons.xml#test-person", "persons.xml#plain-person",
                         "places.xml#test-place", "organizations.xml#test-org"]))


def test_every_page_the_published_jsonld_names_exists(tmp_path):
    """The seeds with a person no document names (he has no page): every @id of the JSON-LD
    that is a page's URL is a page of the site, his is his TEI URI."""
    seeds, out = seeds_with(tmp_path), tmp_path / "site"
    persons = seeds / "persons.xml"
    persons.write_text(persons.read_text("utf-8").replace("</listPerson>", (
        '<person xml:id="unnamed-tester"><persName>Quentin Unnamedtester</persName></person>'
        "</listPerson>"), 1), encoding="utf-8")
    run(seeds, out)
    graph = json.loads((out / "downloads/registers.jsonld").read_text("utf-8"))["@graph"]
    ids = [node["@id"].removeprefix(BASE) for node in graph]
    assert "tei/persons.xml#unnamed-tester" in ids
    pages = [path for path in ids if not path.startswith("tei/")]
    assert len(pages) > 50 and all(path.endswith(".html") for path in pages)
    assert [path for path in pages if not (out / path).is_file()] == []
    unnamed = [path for path in ids if path.startswith("tei/")]   # his, and the seeds' Beijing
    folders = {"persons.xml": "persons", "places.xml": "places",
               "organizations.xml": "organizations"}
    assert [path for path in unnamed if (out / "{}/{}.html".format(
        folders[path[4:].split("#")[0]], path.split("#")[1])).exists()] == []


def test_published_jsonld_covers_every_entry(site, registers):
    data = json.loads((site / "downloads/registers.jsonld").read_text("utf-8"))
    assert len(data["@graph"]) == len(registers.entries())
    assert not any("sameAs" in node for node in data["@graph"])


def test_entry_page_links_the_authority_files(fixture_registers, seed_settings, tmp_path):
    writer = SiteWriter(tmp_path / "site")
    pages = Pages(environment(), collect_site([], fixture_registers), seed_settings, writer)
    write_entry(pages, fixture_registers.get("test-person"))
    write_entry(pages, fixture_registers.get("plain-person"))
    page = html.fromstring((writer.stage / "persons/test-person.html").read_bytes())
    links = page.xpath("//dt[.='Authority files']/following-sibling::dd[1]//a")
    assert [(a.text, a.get("href"), a.get("rel")) for a in links] == [
        ("Wikidata", WIKIDATA, "external"), ("VIAF", VIAF, "external")]
    plain = html.fromstring((writer.stage / "persons/plain-person.html").read_bytes())
    assert not plain.xpath("//dt[.='Authority files']")
    writer.abandon()


def test_a_person_has_one_identifier_in_the_dts_and_the_linked_data(site):
    """The DTS names a document's creator by the TEI register's URI; the JSON-LD node of that
    person carries the same URI, so the two can be joined."""
    dts = json.loads((site / "dts/collection/1962-11-19-telegram-mikoyan-cc-cpsu.json").read_text())
    creators = dts["dublinCore"]["creator"]
    graph = json.loads((site / "downloads/registers.jsonld").read_text("utf-8"))["@graph"]
    assert creators and set(creators) <= {node["identifier"] for node in graph}
