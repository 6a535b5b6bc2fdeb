"""The DTS Document endpoint as static files: each document's whole TEI and each cited line's
passage in a `dts:wrapper` (`dts` writes the other endpoints)."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import TYPE_CHECKING

from lxml import etree

from .namespaces import T, TEI_NS, XML_BASE
from .tei import indent_structure, serialize
from .write import SiteWriter

if TYPE_CHECKING:
    from .dts import Layout, Resource

DTS_NS = "https://w3id.org/api/dts#"


def write_documents(resource: Resource, layout: Layout, writer: SiteWriter) -> None:
    """The whole TEI, then each line in its own TEI file (`xml:base` keeps pointers resolving)."""
    writer.write_bytes(layout.document(resource.id), with_base(resource.tei, resource.tei_url))
    for ref, data in passages(resource):
        writer.write_bytes(layout.document(resource.id, ref), data)


def with_base(tei: etree._Element, url: str) -> bytes:
    """`tei` serialized with `xml:base` set to `url`: set on the tree only while it is written,
    not on a copy of the whole document (as published, the tree is indented already)."""
    before = tei.get(XML_BASE)
    tei.set(XML_BASE, url)
    try:
        return serialize(tei)
    finally:
        if before is None:
            del tei.attrib[XML_BASE]
        else:
            tei.set(XML_BASE, before)


def passages(resource: Resource) -> Iterator[tuple[str, bytes]]:
    """(ref, TEI) of each line's passage: `<TEI><text><body><div><sp><speaker/>
    <dts:wrapper><p n="5">…</p></dts:wrapper>…`.

    The ancestors of the line are kept as empty shells (with their attributes, and a turn's
    `speaker`) around the `dts:wrapper`, which holds the cited line and nothing else. Lines of
    one parent share its shell: the line is put into the wrapper, serialized and taken out.
    """
    wrappers: dict[etree._Element, etree._Element] = {}
    for line in resource.lines:
        parent = line.element.getparent()
        wrapper = wrappers.get(parent)
        if wrapper is None:
            wrapper = wrappers[parent] = shell(resource, line.element)
            indent_structure(wrapper.getroottree().getroot())  # once; never inside the wrapper
        wrapper.append(detached(line.element))
        yield line.ref, serialize(wrapper.getroottree().getroot(), indent=False)
        del wrapper[0]


def shell(resource: Resource, element: etree._Element) -> etree._Element:
    """The empty `dts:wrapper` inside copies of the ancestors of `element` (see `passages`)."""
    tei = etree.Element(resource.tei.tag, attrib=dict(resource.tei.attrib), nsmap={None: TEI_NS})
    tei.set(XML_BASE, resource.tei_url)
    parent = tei
    for ancestor in reversed(list(element.iterancestors())[:-1]):
        parent = etree.SubElement(parent, ancestor.tag, attrib=dict(ancestor.attrib))
        for speaker in ancestor.iterchildren(T + "speaker"):
            parent.append(detached(speaker))
    return etree.SubElement(parent, f"{{{DTS_NS}}}wrapper", nsmap={"dts": DTS_NS})


def detached(element: etree._Element) -> etree._Element:
    """A copy of `element` without the text that follows it."""
    duplicate = copy.deepcopy(element)
    duplicate.tail = None
    return duplicate
