"""Small builders for TEI elements with lxml: namespaced tags, attributes, text and source lines."""

from __future__ import annotations

from typing import Iterable

from lxml import etree

from ..model import Inline, Node, Text
from ..namespaces import TEI_NS, XML_NS

EDITION_LANGUAGE = "en"
"""The language of our own words (header, encoder's notes, the pages' own text); a text in
another language says so on its `text` element."""
NSMAP = {None: TEI_NS}
DECLARED_LANGUAGE = etree.XPath("string(ancestor-or-self::*[@xml:lang][1]/@xml:lang)")
"""The xml:lang an element is in: its own, else its nearest ancestor's; '' when none says."""
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
"""For TEI we read back (published files, cache entries): no entities, no network, no DTD."""


def foreign_tag(tag: str) -> str:
    """`tag`, or '' when it is the edition's own language, which needs no saying."""
    return "" if tag == EDITION_LANGUAGE else tag


def lang_attributes(tag: str) -> tuple[tuple[str, str], ...]:
    """`xml:lang` for a block or value in language `tag`; nothing for ''."""
    return (("xml:lang", tag),) if tag else ()


def qname(tag: str) -> str:
    """`xml:lang` -> `{xml-ns}lang`; `p` -> `{tei-ns}p`."""
    if tag.startswith("xml:"):
        return f"{{{XML_NS}}}{tag[4:]}"
    return f"{{{TEI_NS}}}{tag}"


def root(tag: str) -> etree._Element:
    return etree.Element(qname(tag), nsmap=NSMAP)


def sub(parent: etree._Element, tag: str, attrs: Iterable[tuple[str, str]] = (),
        text: str | None = None, line: int = 0) -> etree._Element:
    """Append a child element; `line` is the source line the element came from."""
    element = etree.SubElement(parent, qname(tag))
    for name, value in attrs:
        element.set(qname(name) if name.startswith("xml:") else name, value)
    if text:
        element.text = text
    if line:
        element.sourceline = line
    return element


def element(parent: etree._Element, tag: str, text: str = "", **attributes: str) -> etree._Element:
    """`sub` for attributes given as keywords: `element(p, "idno", "x", type="url")`."""
    return sub(parent, tag, attributes.items(), text or None)


def add_text(parent: etree._Element, last: etree._Element | None, text: str) -> None:
    """Append text after `last`, the last child of `parent` (as its text when None)."""
    if not text:
        return
    if last is not None:
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def add_nodes(parent: etree._Element, nodes: Iterable[Node], line: int) -> None:
    """Append inline model nodes as TEI content of `parent`."""
    last = next(reversed(parent), None)   # found once, then kept (lxml's len(parent) is O(n))
    for node in nodes:
        if isinstance(node, Text):
            add_text(parent, last, node.text)
        else:
            last = add_inline(parent, node, line)


def add_inline(parent: etree._Element, node: Inline, line: int) -> etree._Element:
    element = sub(parent, node.tag, node.attrs, line=line)
    add_nodes(element, node.children, line)
    return element
