"""The behaviour table covers every TEI element the edition writes or its schema allows."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from edition.render.behaviours import TABLE, UnmappedElement, rule_for
from edition.render.html import Context, render_fragment

from .conftest import ROOT

RNG = "{http://relaxng.org/ns/structure/1.0}"


def element_names(path: Path) -> set[str]:
    return {etree.QName(e).localname for e in etree.parse(str(path)).iter()
            if isinstance(e.tag, str)}


def test_every_element_of_the_published_tei_is_mapped(site):
    names = set().union(*(element_names(p) for p in sorted((site / "tei").glob("*.xml"))))
    assert {"sp", "supplied", "persName", "listPerson"} <= names
    assert sorted(names - TABLE.keys()) == []


def test_every_element_of_the_schema_is_mapped():
    rng = ROOT / "schemas" / "edition.rng"   # part of the project: never skipped
    names = {e.get("name") for e in etree.parse(str(rng)).iter(f"{RNG}element") if e.get("name")}
    assert {"TEI", "sp", "supplied"} <= names
    assert sorted(names - TABLE.keys()) == []


def test_predicates_choose_the_rule():
    assert rule_for("stage", {"type": "business"}).behaviour == "block"
    assert rule_for("stage", {"type": "delivery"}).behaviour == "inline"
    assert rule_for("note", {"type": "gloss", "place": "inline"}).behaviour == "gloss"
    assert rule_for("note", {"type": "editorial", "place": "inline"}).behaviour == "footnote"
    assert rule_for("note", {"type": "editorial"}).behaviour == "note"


def test_an_unmapped_element_raises(site):
    element = etree.fromstring('<p xmlns="http://www.tei-c.org/ns/1.0">a <madeUp>b</madeUp></p>')
    with pytest.raises(UnmappedElement, match="madeUp"):
        rule_for("madeUp", {})
    with pytest.raises(UnmappedElement):
        render_fragment([element], Context("index.html", None, None, ""))
