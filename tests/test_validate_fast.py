"""The validator's fast paths give exactly what the plain versions they replace give.

The Schematron without the skeleton's idle walks writes the same SVRL report, byte for byte, as
lxml's `isoschematron.Schematron`.
"""

from __future__ import annotations

import copy
import random

import pytest
from lxml import etree, isoschematron

from edition import validate
from edition.schematron import CompiledSchematron, UnknownSkeleton, without_idle_walks
from edition.validate import HAS_BRACKET, PROJECT_SCH, SCHEMATRON_PARAMS
from tests.helpers import MEMORANDUM, TELEGRAM, shuffled


def samples() -> list[etree._Element]:
    return [etree.parse(str(path)).getroot() for path in (MEMORANDUM, TELEGRAM)]


def test_the_schematron_report_is_the_same_without_the_idle_walks():
    schema = etree.parse(str(PROJECT_SCH))
    reference = isoschematron.Schematron(schema, store_report=True,
                                         compile_params=SCHEMATRON_PARAMS)
    ours = CompiledSchematron(schema, SCHEMATRON_PARAMS)
    rng = random.Random(1964)
    failing = 0
    for root in samples() + [shuffled(rng, rng.choice(samples()), edits=8) for _ in range(150)]:
        valid = reference.validate(root)
        assert ours.validate(root) == valid
        assert (etree.tostring(ours.validation_report)
                == etree.tostring(reference.validation_report))
        failing += not valid
    assert failing > 50


def test_the_idle_walks_are_gone_and_nothing_else():
    skeleton = isoschematron.Schematron(etree.parse(str(PROJECT_SCH)), store_xslt=True,
                                        compile_params=SCHEMATRON_PARAMS).validator_xslt
    walks = "//svrl:active-pattern/xsl:apply-templates[not(@select) and not(@mode)]"
    ns = {"svrl": "http://purl.oclc.org/dsdl/svrl", "xsl": "http://www.w3.org/1999/XSL/Transform"}
    before, after = skeleton, without_idle_walks(skeleton)
    assert len(before.xpath(walks, namespaces=ns)) == len(before.xpath("//svrl:active-pattern",
                                                                       namespaces=ns)) > 0
    assert after.xpath(walks, namespaces=ns) == []
    assert len(list(after.iter())) == len(list(before.iter())) - len(
        before.xpath(walks, namespaces=ns))


def test_a_default_mode_template_that_writes_is_refused_and_run_as_compiled(monkeypatch):
    skeleton = isoschematron.Schematron(etree.parse(str(PROJECT_SCH)), store_xslt=True,
                                        compile_params=SCHEMATRON_PARAMS).validator_xslt
    xslt = copy.deepcopy(skeleton)
    template = xslt.xpath("//xsl:template[@match='text()' and not(@mode)]",
                          namespaces={"xsl": "http://www.w3.org/1999/XSL/Transform"})[0]
    template.text = "written"
    with pytest.raises(UnknownSkeleton):
        without_idle_walks(xslt)
    monkeypatch.setattr(isoschematron.Schematron, "validator_xslt", property(lambda self: xslt))
    compiled = CompiledSchematron(etree.parse(str(PROJECT_SCH)), SCHEMATRON_PARAMS)
    assert compiled.validator_xslt is xslt


def failed_asserts(schematron: CompiledSchematron, root: etree._Element) -> list[bytes]:
    schematron.validate(root)
    return [etree.tostring(failed) for failed in schematron.validation_report.iter(
        "{http://purl.oclc.org/dsdl/svrl}failed-assert")]


def with_bracket(root: etree._Element, text: str) -> etree._Element:
    root = copy.deepcopy(root)
    line = root.find(".//{*}body//{*}p")
    line.text = (line.text or "") + text
    return root


def test_a_document_without_brackets_fails_the_asserts_it_fails_with_the_bracket_pattern():
    """Left out where no text holds a bracket, the pattern `no-brackets` changes no verdict."""
    schema = etree.parse(str(PROJECT_SCH))
    full = CompiledSchematron(schema, SCHEMATRON_PARAMS)
    lean = CompiledSchematron(schema, SCHEMATRON_PARAMS, {"no-brackets": HAS_BRACKET})
    rng = random.Random(1965)
    roots = samples() + [shuffled(rng, rng.choice(samples()), edits=8) for _ in range(100)]
    roots += [with_bracket(rng.choice(roots), text) for text in ("a [word", "one] more", "[]")]
    for root in roots:
        assert failed_asserts(lean, root) == failed_asserts(full, root)
        assert has_pattern(lean, "no-brackets") == bool(HAS_BRACKET(root))
        assert has_pattern(full, "no-brackets")
    assert all(any(b"square bracket" in failed for failed in failed_asserts(lean, root))
               for root in roots[-3:])
    assert sum(not HAS_BRACKET(root) for root in roots) > 50


def has_pattern(schematron: CompiledSchematron, ident: str) -> bool:
    """Whether the report of the last document validated names the pattern `ident` as run."""
    return any(pattern.get("id") == ident for pattern in schematron.validation_report.iter(
        "{http://purl.oclc.org/dsdl/svrl}active-pattern"))


def test_a_pattern_left_out_that_the_schema_does_not_hold_is_refused():
    with pytest.raises(ValueError, match="no-such-pattern"):
        CompiledSchematron(etree.parse(str(PROJECT_SCH)), SCHEMATRON_PARAMS,
                           {"no-brackets": HAS_BRACKET, "no-such-pattern": HAS_BRACKET})


@pytest.mark.parametrize("text", ["", "a [word"])
def test_a_document_is_searched_for_brackets_once(validator, monkeypatch, text):
    """The Schematron and `check_brackets` are both told whether a text holds a bracket."""
    searched = []

    def has_bracket(root):
        searched.append(root)
        return HAS_BRACKET(root)
    monkeypatch.setattr(validate, "HAS_BRACKET", has_bracket)
    monkeypatch.setattr(validator, "schematron", CompiledSchematron(
        etree.parse(str(PROJECT_SCH)), SCHEMATRON_PARAMS, {"no-brackets": has_bracket}))
    root = with_bracket(samples()[0], text)
    found = validator.validate(root, "x.xml", lambda ref: True)
    assert len(searched) == 1
    assert [d.code for d in found].count("literal-bracket") == (text != "")
    assert any(d.code == "schematron" for d in found) == (text != "")
