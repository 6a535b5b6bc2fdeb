"""Web addresses in `ref/@target`: one definition for the ingest, the validator, the collector
and the renderer."""

from __future__ import annotations

import pytest
from lxml import etree

from edition.render.urls import reference
from edition.weblinks import WEB_ADDRESS, edition_document, frus_address
from tests.conftest import ROOT

D109 = "https://history.state.gov/historicaldocuments/frus1969-76v12/d109"


@pytest.mark.parametrize("target, is_address", [
    ("https://example.org/a?b=c#d", True), ("http://example.org", True),
    ("javascript:alert(1)", False), ("HTTPS://example.org", False), ("ftp://example.org", False),
    ("https://example.org/a b", False), ('https://example.org/"x', False), ("https://", False),
])
def test_a_web_address_is_an_http_url_without_unsafe_characters(target, is_address):
    assert bool(WEB_ADDRESS.fullmatch(target)) is is_address


@pytest.mark.parametrize("target, held", [
    (D109, ("frus1969-76v12-d109", "")), (D109 + "#fn3", ("frus1969-76v12-d109", "#fn3")),
    (D109 + "#fn0", None), (D109 + "/x", None), ("https://example.org/d109", None),
])
def test_a_frus_address_names_the_document_an_edition_gives_its_id(target, held):
    assert edition_document(target) == held


def test_the_ingest_writes_what_the_renderer_reads():
    assert edition_document(frus_address("frus1969-76v12", "d109", "fn3")) == \
        ("frus1969-76v12-d109", "#fn3")


@pytest.mark.parametrize("page, target, link", [
    ("documents/x.html", D109 + "#fn3", "frus1969-76v12-d109.html#fn3"),      # held
    ("persons/p.html", D109, "../documents/frus1969-76v12-d109.html"),
    ("documents/x.html", D109.replace("d109", "d98"), D109.replace("d109", "d98")),  # not held
    ("documents/x.html", "javascript:alert(1)", ""),
])
def test_a_reference_links_the_editions_page_or_the_address(page, target, link):
    assert reference(page, target, {"frus1969-76v12-d109"}) == link


def test_the_project_schema_states_the_same_web_address():
    """edition.rng cannot import Python: its web address pattern is this module's, written again."""
    rng = etree.parse(str(ROOT / "schemas" / "edition.rng"))
    patterns = rng.xpath("//r:define[@name='data.webAddress']//r:param[@name='pattern']/text()",
                         namespaces={"r": "http://relaxng.org/ns/structure/1.0"})
    assert patterns == [WEB_ADDRESS.pattern]
