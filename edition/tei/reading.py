"""TEI elements read back as plain text the way the source printed them, brackets and all."""

from __future__ import annotations

from lxml import etree

BRACKETED = {"supplied", "gap", "note", "foreign"}
"""Elements an editorial bracket of the source became (`[Excerpt]`, `[name not declassified]`,
`[obeskurazheni]`): read inside brackets again."""


def bracketed_text(element: etree._Element | None) -> str:
    """All text of `element`, whitespace normalized, each editorial element in brackets again
    and an uncertain reading followed by `[?]`: a title is shown and cited as printed."""
    if element is None:
        return ""
    return " ".join(_read(element, top=True).split())


def _read(element: etree._Element, top: bool = False) -> str:
    name = etree.QName(element).localname if isinstance(element.tag, str) else ""
    inner = (element.text or "") + "".join(_read(child) + (child.tail or "") for child in element)
    if top or not name:
        return inner
    if name in BRACKETED:
        return f"[{inner}]"
    if name == "unclear":
        return f"{inner} [?]"
    return inner
