"""TEI elements read back as plain text the way the source printed them, brackets and all."""

from __future__ import annotations

from lxml import etree

LB = "{http://www.tei-c.org/ns/1.0}lb"
BRACKETED = {"supplied", "gap", "note", "foreign"}
"""Elements an editorial bracket of the source became (`[Excerpt]`, `[name not declassified]`,
`[obeskurazheni]`): read inside brackets again."""


def bracketed_text(element: etree._Element | None) -> str:
    """All text of `element`, whitespace normalized, each editorial element in brackets again
    and an uncertain reading followed by `[?]`: a title is shown and cited as printed."""
    if element is None:
        return ""
    return " ".join(_read(element, top=True).split())


def spaced_text(element: etree._Element) -> str:
    """All text of `element`, whitespace normalized and a line break read as the source reads
    it (`line_break_text`): "CONVERSATION<lb/>A.I. Mikoyan" is "CONVERSATION A.I. Mikoyan"."""
    if next(element.iter(LB), None) is None:     # most lines: the text as it is
        return " ".join("".join(element.itertext()).split())
    return " ".join(_spaced(element).split())


def _spaced(element: etree._Element) -> str:
    own = element.text or "" if isinstance(element.tag, str) else ""
    return own + "".join((line_break_text(child) if child.tag == LB else _spaced(child))
                         + (child.tail or "") for child in element)


def line_break_text(lb: etree._Element) -> str:
    """A line break between words reads as a space; one inside a word (`break="no"`) as nothing."""
    return "" if lb.get("break") == "no" else " "


def _read(element: etree._Element, top: bool = False) -> str:
    if not isinstance(element.tag, str):
        return ""       # a comment or processing instruction: not text
    name = etree.QName(element).localname
    if name == "lb":
        return line_break_text(element)
    inner = (element.text or "") + "".join(_read(child) + (child.tail or "") for child in element)
    if top:
        return inner
    if name in BRACKETED:
        return f"[{inner}]"
    if name == "unclear":
        return f"{inner} [?]"
    return inner
