"""Page and line breaks of the printed source (TEI `pb`, `lb`), as written and read back."""

from __future__ import annotations

from lxml import etree

from .namespaces import T

LB, PB = (T + name for name in ("lb", "pb"))
PAGE_LABEL = "Page"
"""The label of `[Page 345]`, which `pb` leaves unsaid: `inline` writes a page break's label as
printed (`pb/@rend`) only when it is another (`[p. 12]`); `tei.reading` prints it back."""


def spaced_text(element: etree._Element) -> str:
    """All text of `element`, whitespace normalized and a line break read as the source reads
    it (`line_break_text`): "CONVERSATION<lb/>A.I. Mikoyan" is "CONVERSATION A.I. Mikoyan"."""
    if next(element.iter(LB, etree.Entity), None) is None:   # most lines: the text as it is
        return " ".join(_text(element).split())
    if next(element.iter(LB), None) is None:
        return " ".join("".join(element.itertext()).split())   # with an entity's `&name;`
    return " ".join(_spaced(element).split())


def _text(element: etree._Element) -> str:
    """`"".join(element.itertext())` of an element that holds no entity reference (libxml2
    writes what it stands for instead), in one call, three times as fast: every text and tail
    inside it, no comment's."""
    return etree.tostring(element, method="text", encoding=str, with_tail=False)


def _spaced(element: etree._Element) -> str:
    own = element.text or "" if isinstance(element.tag, str) else ""
    return own + "".join((line_break_text(child) if child.tag == LB else _spaced(child))
                         + (child.tail or "") for child in element)


def line_break_text(lb: etree._Element) -> str:
    """A line break between words reads as a space; one inside a word (`break="no"`) as nothing."""
    return "" if lb.get("break") == "no" else " "
