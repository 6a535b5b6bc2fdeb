"""The tei_all subset against all of tei_all: same verdicts on our documents, same diagnostics.

`validator.tei_all` (all of tei_all, ~9 s to compile once per session) is the reference.
"""

from __future__ import annotations

import copy
import random
from pathlib import Path

import pytest
from lxml import etree

from edition.config import Settings
from edition.diagnostics import Location, Reporter
from edition.pipeline import encode_source
from edition.registers import Registers
from edition.schema_prune import element_names
from edition.tei import serialize
from edition.tei.xml import SAFE_PARSER
from edition.validate import PROJECT_RNG, Validator
from tests.conftest import DEV_CORPUS, SEEDS
from tests.helpers import BROKEN, MEMORANDUM, TELEGRAM, known_ref

T = "{http://www.tei-c.org/ns/1.0}"
NS = {"t": "http://www.tei-c.org/ns/1.0"}
DEV = DEV_CORPUS
WHERE = Location("seeds/x.txt")


def tei_all_diagnostics(validator: Validator, root: etree._Element) -> list[str]:
    """What validation said about tei_all before the subset: all of tei_all's errors."""
    found = Validator._relaxng(validator.tei_all, root, WHERE, "tei_all", "schema-tei-all")
    return [str(d) for d in found]


def reported(validator: Validator, root: etree._Element) -> list[str]:
    return [str(d) for d in validator.validate(root, "seeds/x.txt", known_ref)
            if d.code == "schema-tei-all"]


def sample(path: Path = MEMORANDUM) -> etree._Element:
    root = copy.deepcopy(etree.parse(str(path)).getroot())
    for number, element in enumerate(root.iter(etree.Element), 1):
        element.sourceline = 1000 + number
    return root


@pytest.fixture(scope="module")
def published() -> dict[str, etree._Element]:
    """Every document of the seeds and of the dev corpus (its texts and its TEI) as published."""
    texts, foreign = sorted(DEV.glob("*/*.txt")), sorted(DEV.glob("*/*.xml"))
    assert texts and len(foreign) == 19, f"the dev corpus is expected under {DEV}"
    sources = sorted(SEEDS.glob("*.txt")) + texts + foreign
    registers = Registers.load(SEEDS, Reporter())
    settings = Settings(provisional_speakers=True)
    out = {}
    for path in sources:
        encoded = encode_source(path, registers, settings, Reporter())
        assert encoded is not None, path
        out[f"{path.parent.name}/{path.name}"] = etree.fromstring(serialize(encoded.tei),
                                                                  SAFE_PARSER)
    return out


def test_the_subset_accepts_every_published_document_as_tei_all_does(published, validator):
    rejected = {name for name, root in published.items() if not validator.tei_subset.validate(root)}
    refused = {name for name, root in published.items() if not validator.tei_all.validate(root)}
    assert rejected == refused == set()


def test_published_documents_hold_only_project_elements(published):
    project = element_names(etree.parse(str(PROJECT_RNG)).getroot())
    for name, root in published.items():
        names = {(etree.QName(e).namespace, etree.QName(e).localname)
                 for e in root.iter(etree.Element)}
        assert names <= project, (name, names - project)


def test_a_tei_element_outside_the_project_is_refused_by_the_subset_only(validator):
    root = sample()
    p = root.xpath("//t:p[@n='3']", namespaces=NS)[0]
    etree.SubElement(p, f"{T}emph").text = "x"           # TEI allows emph in p; we do not
    assert validator.tei_all.validate(root)
    assert not validator.tei_subset.validate(root)
    codes = {d.code for d in validator.validate(root, "seeds/x.txt", known_ref)}
    assert codes == {"schema-project"}                   # tei_all's verdict is kept: valid


def bad_attribute_value(root):
    root.xpath("//t:note[@cert]", namespaces=NS)[0].set("cert", "sure")   # high, medium, low


def misplaced_element(root):
    root.xpath("//t:sp/t:speaker", namespaces=NS)[0].append(etree.Element(f"{T}stage"))


def undeclared_attribute(root):
    root.xpath("//t:p[@n='3']", namespaces=NS)[0].set("colour", "red")


def bad_date(root):
    root.xpath("//t:p//t:date[@when]", namespaces=NS)[0].set("when", "1962-13-45")


def foreign_and_misplaced(root):
    stage = root.xpath("//t:div/t:stage", namespaces=NS)[0]
    stage.append(etree.Element(f"{T}emph"))
    stage.append(etree.Element(f"{T}body"))             # body is nowhere allowed inside stage


@pytest.mark.parametrize("breaker", [bad_attribute_value, misplaced_element,
                                     undeclared_attribute, bad_date, foreign_and_misplaced])
def test_what_tei_all_refuses_the_subset_refuses_with_tei_alls_messages(breaker, validator):
    root = sample()
    breaker(root)
    assert not validator.tei_all.validate(root)
    assert not validator.tei_subset.validate(root)
    expected = tei_all_diagnostics(validator, root)
    assert expected and reported(validator, root) == expected


@pytest.mark.parametrize("name, breaker, codes", BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_variants_have_the_diagnostics_of_all_of_tei_all(name, breaker, codes, validator):
    root = sample()
    breaker(root)
    assert reported(validator, root) == tei_all_diagnostics(validator, root)


ATTRIBUTES = ("n", "type", "when", "who", "ref", "reason", "resp", "place", "cert", "subtype")
VALUES = ("x", "1", "1962-13-01", "#ed", "persons.xml#x", "clarification", "", "memorandum")


def mutant(rng: random.Random, names: list[str]) -> etree._Element:
    """A sample with one to three random edits: attributes, elements added, renamed, moved."""
    root = sample(rng.choice([MEMORANDUM, TELEGRAM]))
    for _ in range(rng.randint(1, 3)):
        elements = list(root.iter(etree.Element))
        element, edit = rng.choice(elements[1:]), rng.randrange(5)
        if edit == 0 and element.attrib:
            del element.attrib[rng.choice(sorted(element.attrib))]
        elif edit == 1:
            element.set(rng.choice(ATTRIBUTES), rng.choice(VALUES))
        elif edit == 2:
            element.insert(rng.randint(0, len(element)), etree.Element(f"{T}{rng.choice(names)}"))
        elif edit == 3:
            element.tag = f"{T}{rng.choice(names)}"
        else:
            rng.choice(elements[1:]).addnext(copy.deepcopy(element)) \
                if element.getparent() is not None else None
    return root


def test_random_edits_of_project_elements_get_tei_alls_verdict_and_messages(validator):
    names = sorted(local for _, local in validator.project_elements)
    rng = random.Random(1962)
    seen = {True: 0, False: 0}
    for _ in range(120):
        root = mutant(rng, names)
        valid = bool(validator.tei_all.validate(root))
        seen[valid] += 1
        assert bool(validator.tei_subset.validate(root)) == valid
        assert reported(validator, root) == tei_all_diagnostics(validator, root)
    assert seen[True] > 10 and seen[False] > 10, seen


def test_random_edits_with_other_tei_elements_are_never_accepted_wrongly(validator):
    tei_all = etree.parse(str(validator.tei_all_path))
    names = sorted({e.get("name") for e in tei_all.iter("{*}element")
                    if e.get("name") and ":" not in e.get("name")})
    rng = random.Random(1963)
    for _ in range(150):
        root = mutant(rng, names)
        if validator.tei_subset.validate(root):
            assert validator.tei_all.validate(root)


def test_extra_elements_get_tei_alls_messages_too(validator):
    root = sample()
    p = root.xpath("//t:p[@n='3']", namespaces=NS)[0]
    etree.SubElement(p, f"{T}emph").set("when", "x")     # emph is TEI, @when is not on emph
    assert reported(validator, root) == tei_all_diagnostics(validator, root) != []
