"""edition.sch run fast but unchanged: the same failed asserts, the same previous blocks.

`Validator` compiles the Schematron with `SCHEMATRON_PARAMS` (contexts found by key, no
fired-rule report); its diagnostics must be those of a Schematron compiled with the defaults.
The numbering rule compares each numbered block of the body with the nearest numbered element
before it (`preceding::*[@n][1][ancestor::tei:body]`); a cheaper expression that walks preceding
siblings instead of the whole preceding axis must select the very same element in every tree
(random trees unlike ours, and the messages: tests/test_validate_numbering.py).
"""

from __future__ import annotations

import copy
import random

from lxml import etree, isoschematron

from edition.diagnostics import Location
from edition.tei.citation import citable_lines
from edition.validate import HAS_BRACKET, PROJECT_SCH, Validator
from tests.helpers import MEMORANDUM, REFERENCE, SCH, TELEGRAM, previous_in_schema, shuffled

NS = {"tei": "http://www.tei-c.org/ns/1.0"}


def numbering_context() -> str:
    rules = [rule for rule in etree.parse(str(PROJECT_SCH)).iter(f"{SCH}rule")
             if any(let.get("name") == "previous" for let in rule.iter(f"{SCH}let"))]
    assert len(rules) == 1, "edition.sch has one numbering rule"
    return rules[0].get("context")


def test_the_numbering_rule_checks_the_lines_the_citation_scheme_declares():
    """edition.sch numbers what `refsDecl/citeStructure/@match` (`MATCH`) cites, in any tree."""
    checked = etree.XPath(f"//{numbering_context()}", namespaces=NS)
    samples = [etree.parse(str(path)).getroot() for path in (MEMORANDUM, TELEGRAM)]
    rng = random.Random(1964)
    for root in samples + [shuffled(rng, rng.choice(samples), edits=8) for _ in range(100)]:
        assert checked(root) == [element for _, element in citable_lines(root)]


def previous_blocks(root: etree._Element, expression: etree.XPath) -> list[list[etree._Element]]:
    return [expression(element) for _, element in citable_lines(root)]


def schematron_diagnostics(validator: Validator, root: etree._Element) -> list[str]:
    known = {"no-brackets": bool(HAS_BRACKET(root))}   # as `Validator.validate` tells it
    return [str(d) for d in validator._schematron(root, Location("x.txt"), known)]


class DefaultSchematron(isoschematron.Schematron):
    """lxml's Schematron, called as the validator calls its own: every pattern is run."""

    def validate(self, root: etree._Element, known: object = None) -> bool:
        return super().validate(root)


def test_the_fast_schematron_reports_what_the_default_one_does(validator):
    default = copy.copy(validator)
    default.schematron = DefaultSchematron(etree.parse(str(PROJECT_SCH)), store_report=True)
    samples = [etree.parse(str(path)).getroot() for path in (MEMORANDUM, TELEGRAM)]
    rng = random.Random(1963)
    failing = 0
    for root in samples + [shuffled(rng, rng.choice(samples), edits=8) for _ in range(300)]:
        expected = schematron_diagnostics(default, root)
        assert schematron_diagnostics(validator, root) == expected
        failing += bool(expected)
    assert failing > 150


def test_the_numbering_rule_finds_the_same_previous_block_as_the_preceding_axis():
    ours = etree.XPath(previous_in_schema(), namespaces=NS)
    reference = etree.XPath(REFERENCE, namespaces=NS)
    samples = [etree.parse(str(path)).getroot() for path in (MEMORANDUM, TELEGRAM)]
    rng = random.Random(1962)
    trees = samples + [shuffled(rng, rng.choice(samples)) for _ in range(400)]
    compared = 0
    for root in trees:
        expected = previous_blocks(root, reference)
        assert previous_blocks(root, ours) == expected
        compared += sum(1 for found in expected if found)
    assert compared > 1000
