"""Citation by line: the one place that numbers the citable blocks of a document body.

Numbers run 1, 2, 3 ... over the numbered blocks in document order and ids are `L{n}`, so both
are a pure function of the source text: rebuilding never moves a citation.
"""

from __future__ import annotations

import re

from lxml import etree

from ..breaks import PB
from ..namespaces import NS, XML_NS
from .xml import sub

UNIT = "line"
MATCH = "//body//*[@n][not(@place='inline' or self::pb)]"
"""The citable lines: numbered elements of the body; an inline note is part of a line, and its
@n is the number its source printed (FRUS footnote 3 keeps n="3"), not a line number; a page
break's @n is the number of the printed page that begins there (`[Page 345]`)."""


def line_id(number: int) -> str:
    """The xml:id (and HTML anchor) of line `number`: `L12`."""
    return f"L{number}"


_LINE_POINTER = re.compile(r"#L(\d+)")


def target_line(element: etree._Element) -> str:
    """The number of the line `element`'s @target points at (`#` + `line_id`): a block note's
    line, the paragraph an item reference names; '' for none or another pointer.

    <note target="#L4"> -> '4'; <ref target="#fn3"> -> ''"""
    found = _LINE_POINTER.fullmatch(element.get("target") or "")
    return found.group(1) if found else ""


class LineCounter:
    """Hands out line numbers in document order and remembers the last annotatable block."""

    def __init__(self) -> None:
        self.number = 0
        self.last_annotatable = 0

    def number_block(self, element: etree._Element, annotatable: bool = True) -> int:
        self.number += 1
        element.set("n", str(self.number))
        element.set(f"{{{XML_NS}}}id", line_id(self.number))
        if annotatable:
            self.last_annotatable = self.number
        return self.number


def add_refs_decl(encoding_desc: etree._Element) -> etree._Element:
    """Declare the scheme: each element of the body with `@n` is a citable line."""
    refs = sub(encoding_desc, "refsDecl")
    sub(refs, "citeStructure", (("unit", UNIT), ("match", MATCH), ("use", "@n")))
    return refs


_CITABLE = etree.XPath(MATCH.replace("//body//*", "//t:body//*").replace("self::", "self::t:"),
                      namespaces=NS)


def line_number(element: etree._Element) -> str | None:
    """The @n of an element of the body that is a citable line (`MATCH`), else None."""
    n = element.get("n")
    return None if n is None or element.get("place") == "inline" or element.tag == PB else n


def citable_lines(tei: etree._Element) -> list[tuple[str, etree._Element]]:
    """(n, element) of every citable line of one TEI document (`MATCH`), in document order."""
    return [(element.get("n"), element) for element in _CITABLE(tei)]
