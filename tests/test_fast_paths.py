"""The build's fast paths (collecting, validating, publishing) give what the obvious way gives.

Each was made faster without changing a byte of the site (docs/performance.md, session 21);
these cases hold it to the slow, obvious definition it replaces.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path
from urllib.parse import urljoin

import pytest
from lxml import etree

from edition import dts_documents
from edition.breaks import _spaced, spaced_text
from edition.collect import word_count
from edition.config import Settings
from edition.diagnostics import Reporter
from edition.dts import UNSPOKEN, Layout, attribution, describe_resource
from edition.dts_documents import copied_passage, passages, with_base
from edition.export.bundle import member_bytes
from edition.namespaces import T, XML_BASE, XML_ID
from edition.pipeline import collect_corpus
from edition.tei import serialize
from edition.tei.citation import MATCH
from edition.tei.xml import SAFE_PARSER
from tests.conftest import SEEDS
from tests.site.helpers import XML_CHARACTERS


def obvious_word_count(text: str) -> int:
    return sum(1 for token in text.split() if any(char.isalnum() for char in token))


def test_a_word_is_a_token_holding_a_letter_or_a_digit_for_every_character():
    texts = [f"{c} x{c}y {c}{c} -{c}- {c}_" for c in XML_CHARACTERS]
    wrong = [text for text in texts if word_count(text) != obvious_word_count(text)]
    assert wrong == []


def test_a_word_count_skips_dashes_quotes_and_underscores_standing_alone():
    assert word_count("“ -- : _ __ ½ a_b 1962.") == 3


@pytest.mark.parametrize("base", [None, "https://example.org/old/"])
def test_the_whole_document_of_dts_is_written_with_its_base_and_the_tree_left_as_it_was(base):
    data = (SEEDS / "persons.xml").read_bytes()
    tei = etree.fromstring(serialize(etree.fromstring(data)), SAFE_PARSER)  # as published
    if base is not None:
        tei.set(XML_BASE, base)
    before = etree.tostring(tei)
    copied = copy.deepcopy(tei)
    copied.set(XML_BASE, "https://example.org/tei/x.xml")
    assert with_base(tei, "https://example.org/tei/x.xml") == serialize(copied)
    assert etree.tostring(tei) == before


def test_the_whole_document_of_dts_is_written_as_it_stands_not_indented_again():
    tei = etree.fromstring(serialize(etree.fromstring((SEEDS / "persons.xml").read_bytes())))
    tei[0].tail = "  "   # as no indentation would write it: kept, the published bytes' own
    copied = copy.deepcopy(tei)
    copied.set(XML_BASE, "https://example.org/tei/x.xml")
    assert with_base(tei, "https://example.org/tei/x.xml") == serialize(copied, indent=False)


@pytest.mark.parametrize("xml", [
    "<p>a<!--no-->b<?pi no?>c<hi>d<!--x-->e</hi>f<x:y xmlns:x='u'>g</x:y>h</p>",
    "<p><![CDATA[c<d]]> &#233;&#13;\n\t&#160;x <hi>y</hi></p>",
    "<p>a<lb/>b<lb break='no'/>c</p>"])
def test_the_text_of_an_element_is_its_texts_joined(xml):
    element = etree.fromstring(f"<r>{xml}tail</r>")[0]
    assert spaced_text(element) == " ".join(_spaced(element).split())


def test_the_text_of_an_element_is_its_texts_joined_for_every_character():
    element = etree.Element("p")
    etree.SubElement(element, "hi").text = XML_CHARACTERS
    element.text, element[0].tail = XML_CHARACTERS, XML_CHARACTERS
    assert spaced_text(element) == " ".join("".join(element.itertext()).split())


def test_an_entity_reference_is_read_as_itertext_reads_it():
    parser = etree.XMLParser(resolve_entities=False)
    element = etree.fromstring('<!DOCTYPE r [<!ENTITY e "X">]><r><p>a &e; b</p></r>', parser)[0]
    assert spaced_text(element) == "a &e; b"


NESTED = """<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><encodingDesc><refsDecl>
<citeStructure unit="line" match="{MATCH}" use="@n"/></refsDecl></encodingDesc></teiHeader><text><body>
<div type="document"><head n="1" xml:id="L1">A <hi>head</hi></head>
<sp who="persons.xml#a"><speaker>A \ue000 B:</speaker><p n="2" xml:id="L2">one</p>
<p n="3" xml:id="L3">two<note place="inline" n="1">a note</note></p></sp>
<p n="4" xml:id="L4">after the turn <x:y xmlns:x="urn:x">other</x:y></p>
<sp who="persons.xml#b"><speaker>B:</speaker><p n="5" xml:id="L5">&amp; &lt;three&gt;\r</p></sp>
<div type="part"><p n="6" xml:id="L6" rend="a&quot;b">four</p>
<sp><speaker>C:</speaker><p n="7" xml:id="L7">five</p></sp></div>
<p n="8" xml:id="L8">six</p></div></body></text></TEI>""".replace("{MATCH}", MATCH)


def published_resources(documents):
    """The seeds and a document whose lines stand at every depth, in and after turns, one of
    them holding another namespace and one turn's label the place holder, as published; and
    that document with its root declaring a namespace no line uses."""
    unused = NESTED.replace("<TEI ", '<TEI xmlns:z="urn:z" ', 1)
    trees = [tei for _, tei in documents] + [etree.fromstring(NESTED), etree.fromstring(unused)]
    for tei in trees:
        data = serialize(copy.deepcopy(tei))
        yield describe_resource("d", etree.fromstring(data, SAFE_PARSER),
                                Layout("https://example.org/"))


def test_each_line_is_credited_to_the_pointers_of_its_resp_else_of_its_turn(documents):
    """The creators made once a document for each @resp and @who value are each line's own."""
    checked = 0
    for resource in published_resources(documents):
        made: dict = {}
        for line in resource.lines:
            turn = next(line.element.iterancestors(T + "sp"), None)
            spoken = turn is not None and line.element.tag not in UNSPOKEN
            pointers = line.element.get("resp") or (turn.get("who") or "" if spoken else "")
            creators, _ = attribution(line.element, resource.tei_url, made)
            assert creators == [urljoin(resource.tei_url, ref) for ref in pointers.split()]
            checked += bool(creators)
    assert checked > 50


def test_each_passage_is_the_one_made_from_copies_of_its_line_and_ancestors(documents,
                                                                           monkeypatch):
    copied: list[str] = []
    monkeypatch.setattr(dts_documents, "copied_passage", lambda resource, element: (
        copied.append(element.get(XML_ID)) or copied_passage(resource, element)))
    taken = []
    for resource in published_resources(documents):
        fast = list(passages(resource))
        assert resource.lines
        assert [ref for ref, _ in fast] == [line.ref for line in resource.lines]
        assert fast == [(line.ref, copied_passage(resource, line.element))
                        for line in resource.lines]
        taken.append(copied[:])
        copied.clear()
    # copied only where the bytes cannot be put together: a label holding the place holder,
    # a line in another namespace, a root declaring one no line uses
    seeds = [[] for _ in documents]
    assert taken == [*seeds, ["L2", "L3", "L4"], [f"L{n}" for n in range(1, 9)]]


def test_a_corpus_member_made_in_place_is_the_one_made_from_a_copy(documents):
    for doc_id, tei in documents:
        data = serialize(copy.deepcopy(tei))
        registered = {"mikoyan-anastas"}
        copied = member_bytes(doc_id, etree.fromstring(data, SAFE_PARSER), registered)
        assert member_bytes(doc_id, etree.fromstring(data, SAFE_PARSER), registered,
                            copied=False) == copied


def test_the_seeds_folder_is_listed_once_for_the_sources_and_those_passed_over(monkeypatch,
                                                                                tmp_path):
    listed: list[Path] = []
    scandir = os.scandir

    def listing(path="."):
        listed.append(Path(path).resolve())
        return scandir(path)
    monkeypatch.setattr(os, "scandir", listing)
    collect_corpus(Settings(seeds=SEEDS, out=tmp_path / "site"), Reporter())
    assert listed.count(SEEDS.resolve()) == 1
