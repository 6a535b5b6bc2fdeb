"""A word divided at a line end (`lb break="no"`): whether the source transcribes its hyphen."""

from __future__ import annotations

from lxml import etree

HYPHENS = ("-", "\u2010", "\u00ac")
"""A word divided at a line end whose hyphen the source transcribes: -, hyphen, ¬ (not a soft
hyphen, which a browser shows only where it breaks the line itself)."""


def kept_hyphen(lb: etree._Element) -> bool:
    """Whether the text just before the break ends in a hyphen the source transcribes."""
    return _text_before(lb).endswith(HYPHENS)


def _text_before(element: etree._Element) -> str:
    """The text just before `element` in its line (the nearest numbered block or note holding
    it, else the fragment): in <hi>Wort-</hi> too, not in a note of the line. Walks back from
    `element` only as far as that text, not over the whole document before it."""
    node = element
    while True:
        for before in node.itersiblings(preceding=True):
            text = before.tail or _last_text(before)
            if text:
                return text
        node = node.getparent()
        if node is None:
            return ""
        if node.text or _is_line(node):
            return node.text or ""


def _is_line(element: etree._Element) -> bool:
    """A numbered block or a note: what `_text_before` looks no further back than."""
    return element.get("n") is not None or etree.QName(element).localname == "note"


def _last_text(element: etree._Element) -> str:
    """The last text inside `element` (not its tail), none inside a note."""
    if not isinstance(element.tag, str) or etree.QName(element).localname == "note":
        return ""
    for child in reversed(element):
        text = child.tail or _last_text(child)
        if text:
            return text
    return element.text or ""
