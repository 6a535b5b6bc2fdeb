"""ISO Schematron compiled to XSLT as lxml does it, less the skeleton's idle tree walks.

lxml's ISO skeleton (XSLT 1) writes, for every pattern, `<svrl:active-pattern>` holding a bare
`<xsl:apply-templates/>`: a walk of the whole document in the default mode, where the only
template (`match="text()"`) writes nothing and the built-in rules write only text, which that
template swallows. Each walk adds nothing to the report and costs as much as the pattern's own
rules; they are taken out, so the report is the same, byte for byte (see
tests/test_validate_fast.py), for a fraction of the time. An XSLT whose default mode could
write something (another skeleton) is run as lxml compiled it.
"""

from __future__ import annotations

from typing import Callable, Mapping

from lxml import etree, isoschematron

from .schema_prune import remove_keeping_tail

XSL = "{http://www.w3.org/1999/XSL/Transform}"
SVRL = "{http://purl.oclc.org/dsdl/svrl}"
SCH = "{http://purl.oclc.org/dsdl/schematron}"


class CompiledSchematron:
    """`isoschematron.Schematron(schema, store_report=True, compile_params=params)` as far as
    the validator uses it: `validate(root)` is False when an assert failed, and
    `validation_report` holds the SVRL report of the last document validated.

    `optional` maps the id of a pattern to a test of a document (an XPath) that is false
    only where none of the pattern's asserts can fail: such a document is validated by the
    schema without that pattern, which reports the same failed asserts. An id naming no
    pattern of the schema is refused (ValueError): the lean schema would never be used."""

    def __init__(self, schema: etree._ElementTree, compile_params: dict[str, str],
                 optional: dict[str, Callable[[etree._Element], object]] | None = None) -> None:
        self.validator_xslt = _validator_xslt(schema, compile_params)
        self._transform = etree.XSLT(self.validator_xslt)
        unknown = [pattern for pattern in optional or {} if _pattern(schema, pattern) is None]
        if unknown:
            raise ValueError(f"the Schematron has no pattern of id {', '.join(unknown)}")
        self._needs = dict(optional or {})
        self._lean = etree.XSLT(_validator_xslt(_without_patterns(schema, optional or {}),
                                                compile_params)) if self._needs else None
        self.validation_report: etree._XSLTResultTree | None = None

    def validate(self, root: etree._Element, known: Mapping[str, bool] | None = None) -> bool:
        """`known`: the tests of `optional` already run on `root`, by pattern id (not run
        again); a test not in it is run here."""
        known = known or {}
        lean = self._lean is not None and not any(
            known[pattern] if pattern in known else needs(root)
            for pattern, needs in self._needs.items())
        self.validation_report = (self._lean if lean else self._transform)(root)
        return next(self.validation_report.iter(f"{SVRL}failed-assert"), None) is None


def _validator_xslt(schema: etree._ElementTree, params: dict[str, str]) -> etree._ElementTree:
    skeleton = isoschematron.Schematron(schema, store_xslt=True, compile_params=params)
    try:
        return without_idle_walks(skeleton.validator_xslt)
    except UnknownSkeleton:
        return skeleton.validator_xslt


def _pattern(schema: etree._ElementTree, ident: str) -> etree._Element | None:
    return next((p for p in schema.iter(f"{SCH}pattern") if p.get("id") == ident), None)


def _without_patterns(schema: etree._ElementTree, idents) -> etree._ElementTree:
    """A copy of `schema` without the patterns of these ids."""
    lean = etree.ElementTree(etree.fromstring(etree.tostring(schema)))
    for ident in idents:
        pattern = _pattern(lean, ident)
        pattern.getparent().remove(pattern)
    return lean


class UnknownSkeleton(Exception):
    """The skeleton's XSLT is not as this module knows it: taking walks out might change it."""


def without_idle_walks(xslt: etree._ElementTree) -> etree._ElementTree:
    """A copy of the skeleton's XSLT without the default-mode walks under `svrl:active-pattern`.

    Refused (UnknownSkeleton) when the default mode has a template besides the skeleton's
    `text()` one, since then a walk could write something."""
    xslt = etree.ElementTree(etree.fromstring(etree.tostring(xslt)))
    if any(xslt.iter(f"{XSL}import", f"{XSL}include")):
        raise UnknownSkeleton("the Schematron XSLT imports templates")
    for template in xslt.iter(f"{XSL}template"):
        if template.get("mode") is None and (
                template.get("match") not in ("/", "text()")
                or template.get("match") == "text()" and (len(template) or template.text)):
            raise UnknownSkeleton(
                f"the Schematron XSLT writes in the default mode ({template.get('match')!r})")
    for pattern in xslt.iter(f"{SVRL}active-pattern"):
        for walk in pattern.findall(f"{XSL}apply-templates"):
            if walk.get("select") is None and walk.get("mode") is None and not len(walk):
                remove_keeping_tail(walk)
    return xslt
