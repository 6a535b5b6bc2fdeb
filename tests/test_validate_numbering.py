"""edition.sch's numbering rule on any tree: the block before each is the preceding axis's.

The rule's `previous` finds the nearest numbered element before a block through ancestors and
preceding siblings instead of the whole preceding axis; foreign TEI is validated too, so it must
select what `preceding::*[@n][1][ancestor::tei:body]` selects in trees unlike ours (numbered
elements nested, at any depth, outside the body, in several bodies) and the report must be the
same, byte for byte, messages included.
"""

from __future__ import annotations

import copy
import random

import pytest
from lxml import etree

from edition.diagnostics import Location
from edition.schematron import CompiledSchematron
from edition.validate import PROJECT_SCH, SCHEMATRON_PARAMS
from tests.helpers import REFERENCE, SCH, previous_in_schema

NS = {"tei": "http://www.tei-c.org/ns/1.0"}
TEI = NS["tei"]
OTHER = "urn:example:other"
NAMES = (f"{{{TEI}}}text", f"{{{TEI}}}front", f"{{{TEI}}}body", f"{{{TEI}}}back", f"{{{TEI}}}div",
         f"{{{TEI}}}p", f"{{{TEI}}}seg", f"{{{TEI}}}lb", f"{{{TEI}}}pb", f"{{{TEI}}}group",
         f"{{{OTHER}}}item")
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def random_tree(rng: random.Random) -> etree._Element:
    """A TEI root over random elements, some numbered (n 1-4, 'x' or ''), some with xml:id."""
    root = etree.Element(f"{{{TEI}}}TEI")
    etree.SubElement(root, f"{{{TEI}}}teiHeader")
    grow(rng, root, depth=0)
    for element in root.iter(etree.Element):
        if element is not root and rng.random() < 0.35:
            n = rng.choice(["1", "2", "3", "4", "x", ""])
            element.set("n", n)
            if rng.random() < 0.8:
                element.set(XML_ID, f"L{n}")
        if rng.random() < 0.03:
            element.set(f"{{{OTHER}}}n", "1")
    return root


def grow(rng: random.Random, parent: etree._Element, depth: int) -> None:
    for _ in range(rng.randint(0 if depth else 1, 4 if depth < 4 else 0)):
        name = rng.choice(NAMES[:5] if depth < 2 else NAMES)
        grow(rng, etree.SubElement(parent, name), depth + 1)


def numbering_schema(previous: str) -> CompiledSchematron:
    """edition.sch, compiled as the validator does, with `previous` set to `previous`."""
    tree = etree.parse(str(PROJECT_SCH))
    for let in tree.iter(f"{SCH}let"):
        if let.get("name") == "previous":
            let.set("value", previous)
    return CompiledSchematron(tree, SCHEMATRON_PARAMS)


@pytest.fixture(scope="module")
def schemas() -> tuple[CompiledSchematron, CompiledSchematron]:
    """(edition.sch as it is, edition.sch with the reference expression)."""
    return CompiledSchematron(etree.parse(str(PROJECT_SCH)), SCHEMATRON_PARAMS), \
        numbering_schema(REFERENCE)


def report(schema: CompiledSchematron, root: etree._Element) -> bytes:
    schema.validate(root)
    return etree.tostring(schema.validation_report)


def failed_numbering(schema: CompiledSchematron, root: etree._Element) -> list[str]:
    schema.validate(root)
    svrl = "{http://purl.oclc.org/dsdl/svrl}"
    return [" ".join(failed.findtext(f"{svrl}text").split())
            for failed in schema.validation_report.iter(f"{svrl}failed-assert")
            if "Block numbers" in failed.findtext(f"{svrl}text")]


def test_previous_is_the_preceding_axis_block_in_random_trees():
    ours = etree.XPath(previous_in_schema(), namespaces=NS)
    reference = etree.XPath(REFERENCE, namespaces=NS)
    nearest = etree.XPath("preceding::*[@n][1]")
    rng = random.Random(1961)
    seen = {"sibling": 0, "nested in a sibling": 0, "higher up": 0, "outside a body": 0,
            "numbered ancestor": 0, "none": 0}
    for _ in range(600):
        root = random_tree(rng)
        for element in root.iter(etree.Element):
            expected = reference(element)
            assert ours(element) == expected, etree.tostring(root).decode()
            if expected:
                found = expected[0]
                if found.getparent() is element.getparent():
                    seen["sibling"] += 1
                elif any(found in sibling.iterdescendants()
                         for sibling in element.itersiblings(preceding=True)):
                    seen["nested in a sibling"] += 1
                else:
                    seen["higher up"] += 1
            elif nearest(element):
                seen["outside a body"] += 1
            else:
                seen["none"] += 1
            if any(a.get("n") is not None for a in element.iterancestors()) and expected:
                seen["numbered ancestor"] += 1
    assert min(seen.values()) > 200, seen


def test_the_report_is_the_reference_ones_byte_for_byte(schemas):
    ours, reference = schemas
    rng = random.Random(1960)
    failing = 0
    for _ in range(300):
        root = random_tree(rng)
        expected = report(reference, root)
        assert report(ours, root) == expected
        failing += b"Block numbers" in expected
    assert failing > 100


def body(xml: str) -> etree._Element:
    """A TEI document around `xml` (xml:ids may repeat, as in a document with duplicate blocks)."""
    return etree.fromstring(f'<TEI xmlns="{TEI}" xmlns:o="{OTHER}"><teiHeader/>{xml}</TEI>',
                            etree.XMLParser(collect_ids=False))


CASES = {
    "in order at several depths": (
        '<text><body><div><head n="1" xml:id="L1"/><p n="2" xml:id="L2"><seg/></p>'
        '<sp><speaker/><p n="3" xml:id="L3"/></sp><sp><speaker/><stage/><p n="4" xml:id="L4"/>'
        '</sp><o:item><o:item n="5" xml:id="L5"/></o:item><p n="6" xml:id="L6"/></div></body>'
        '</text>', []),
    "first block not 1": (
        '<text><body><p n="2" xml:id="L2"/><p n="3" xml:id="L3"/></body></text>',
        ['Block numbers must run 1, 2, 3 ... in document order: n="2" follows n="".']),
    "a gap": (
        '<text><body><p n="1" xml:id="L1"/><sp><speaker/><p n="3" xml:id="L3"/></sp></body></text>',
        ['Block numbers must run 1, 2, 3 ... in document order: n="3" follows n="1".']),
    "a duplicate": (
        '<text><body><p n="1" xml:id="L1"/><p n="1" xml:id="L1"/><p n="2" xml:id="L2"/></body>'
        '</text>',
        ['Block numbers must run 1, 2, 3 ... in document order: n="1" follows n="1".']),
    "nested: an ancestor does not precede, a sibling's last descendant does": (
        '<text><body><p n="1" xml:id="L1"><seg n="2" xml:id="L2"><seg n="3" xml:id="L3"/></seg>'
        '</p><p n="4" xml:id="L4"/><p n="4" xml:id="L4"/></body></text>',
        ['Block numbers must run 1, 2, 3 ... in document order: n="2" follows n="".',
         'Block numbers must run 1, 2, 3 ... in document order: n="3" follows n="".',
         'Block numbers must run 1, 2, 3 ... in document order: n="4" follows n="4".']),
    "an inline note's @n is its number in the source, not a block's": (
        '<text><body><p n="1" xml:id="L1">Said.<note place="inline" n="3"/></p>'
        '<p n="2" xml:id="L2"/></body></text>', []),
    "numbered outside the body": (
        '<text><front><p n="7" xml:id="L7"/></front><body><p n="1" xml:id="L1"/></body>'
        '<back><p n="2" xml:id="L2"/></back></text>', []),
    "a second body counts on": (
        '<text><group><text><body><p n="1" xml:id="L1"/></body></text><text><front/>'
        '<body><p n="2" xml:id="L2"/></body></text></group></text>', []),
    "a second body after a numbered back": (
        '<text><group><text><body><p n="1" xml:id="L1"/></body><back><p n="5"/></back></text>'
        '<text><body><p n="2" xml:id="L2"/></body></text></group></text>',
        ['Block numbers must run 1, 2, 3 ... in document order: n="2" follows n="".']),
}


@pytest.mark.parametrize("name", list(CASES))
def test_edge_cases_give_the_reference_messages(schemas, name):
    ours, reference = schemas
    xml, messages = CASES[name]
    root = body(xml)
    assert failed_numbering(ours, root) == messages
    assert report(ours, root) == report(reference, root)


def test_a_wrong_previous_would_be_caught(schemas):
    """The comparison can fail: the immediately preceding sibling is not the block before."""
    sibling = numbering_schema("preceding-sibling::*[1][ancestor::tei:body]")
    root = body(CASES["in order at several depths"][0])
    assert report(sibling, copy.deepcopy(root)) != report(schemas[1], root)


def test_the_validator_reports_the_reference_messages(validator, schemas):
    root = body(CASES["a duplicate"][0])
    reference = copy.copy(validator)
    reference.schematron = schemas[1]
    expected = [str(d) for d in reference._schematron(root, Location("x.txt"))]
    assert [str(d) for d in validator._schematron(root, Location("x.txt"))] == expected
    assert any("n=\"1\" follows n=\"1\"" in message for message in expected)
