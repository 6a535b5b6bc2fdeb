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
WRAPPER = f"{{{DTS_NS}}}wrapper"
PLACE = "\ue000"
"""Where the line goes in its passage's shell: a private-use character, which no shell's text
or attributes are expected to hold (`Shell.frame` checks)."""
TEI_DECLARED = f' xmlns="{TEI_NS}"'.encode()


def write_documents(resource: Resource, layout: Layout, writer: SiteWriter) -> None:
    """The whole TEI, then each line in its own TEI file (`xml:base` keeps pointers resolving)."""
    writer.write_bytes(layout.document(resource.id), with_base(resource.tei, resource.tei_url))
    for ref, data in passages(resource):
        writer.write_bytes(layout.document(resource.id, ref), data)


def with_base(tei: etree._Element, url: str) -> bytes:
    """`tei` serialized as it stands with `xml:base` set to `url`: set on the tree only while it
    is written, not on a copy of the whole document; not indented again, as the published tree
    is indented already (`workers.store_encoded`)."""
    before = tei.get(XML_BASE)
    tei.set(XML_BASE, url)
    try:
        return serialize(tei, indent=False)
    finally:
        if before is None:
            del tei.attrib[XML_BASE]
        else:
            tei.set(XML_BASE, before)


def passages(resource: Resource) -> Iterator[tuple[str, bytes]]:
    """(ref, TEI) of each line's passage: `<TEI><text><body><div><sp><speaker/>
    <dts:wrapper><p n="5">…</p></dts:wrapper>…`.

    The ancestors of the line are kept as empty shells (with their attributes, and a turn's
    `speaker`) around the `dts:wrapper`, which holds the cited line and nothing else. The
    shell of a parent is serialized once, around a place holder (`Shell`), and each of its
    lines is put into those bytes as it is written where it stands (`line_bytes`): no line
    is copied, and no shell serialized again for each line."""
    shell = Shell(resource)
    frames: dict[etree._Element, tuple[bytes, bytes] | None] = {}
    for line in resource.lines:
        parent = line.element.getparent()
        if parent not in frames:
            frames[parent] = shell.frame(parent)
        around = frames[parent]
        written = line_bytes(line.element) if around is not None else None
        if written is None:
            yield line.ref, copied_passage(resource, line.element)
        else:
            yield line.ref, around[0] + written + around[1]


class Shell:
    """The copies of the ancestors of a document's lines, from its root down to one parent of
    lines at a time: the branch of the last parent asked for is kept, so the next parent's
    shell copies only the ancestors the two do not share (the turn, not the body and div)."""

    def __init__(self, resource: Resource) -> None:
        self.branch, self.copies = [resource.tei], [_top_shell(resource)]
        self.wrapper: etree._Element | None = None

    def frame(self, parent: etree._Element) -> tuple[bytes, bytes] | None:
        """The bytes of the passage of a line of `parent` before and after the line; None
        where the place holder cannot be told from the shell's own text."""
        chain = [*reversed(list(parent.iterancestors())), parent]
        kept = 1
        while kept < min(len(chain), len(self.branch)) and chain[kept] is self.branch[kept]:
            kept += 1
        if self.wrapper is not None:
            self.copies[-1].remove(self.wrapper)
        if kept < len(self.branch):
            self.copies[kept - 1].remove(self.copies[kept])
            del self.branch[kept:], self.copies[kept:]
        for ancestor in chain[kept:]:
            self.branch.append(ancestor)
            self.copies.append(_shell_copy(self.copies[-1], ancestor))
        self.wrapper = etree.SubElement(self.copies[-1], WRAPPER, nsmap={"dts": DTS_NS})
        indent_structure(self.copies[0])  # never inside the wrapper
        self.wrapper.text = PLACE
        head, place, tail = serialize(self.copies[0], indent=False).partition(PLACE.encode())
        self.wrapper.text = None
        return (head, tail) if place and PLACE.encode() not in tail else None


def _top_shell(resource: Resource) -> etree._Element:
    """An empty copy of the document's `TEI` element, its `xml:base` the document's URL."""
    top = etree.Element(resource.tei.tag, attrib=dict(resource.tei.attrib), nsmap={None: TEI_NS})
    top.set(XML_BASE, resource.tei_url)
    return top


def _shell_copy(parent: etree._Element, ancestor: etree._Element) -> etree._Element:
    """An empty copy of `ancestor` in `parent`, with copies of the speaker labels it holds."""
    copied = etree.SubElement(parent, ancestor.tag, attrib=dict(ancestor.attrib))
    for speaker in ancestor.iterchildren(T + "speaker"):
        copied.append(detached(speaker))
    return copied


def line_bytes(element: etree._Element) -> bytes | None:
    """The line as its passage holds it: serialized where it stands, less the TEI namespace
    its ancestors declare, which lxml writes on a subtree's top element; None where the bytes
    declare any other namespace (a copy of the line would declare only those it uses)."""
    written = etree.tostring(element, encoding="UTF-8", with_tail=False)
    top = written.find(b" ", 0, written.find(b">"))
    if top < 0 or not written.startswith(TEI_DECLARED, top) or written.count(b"xmlns") != 1:
        return None
    return written[:top] + written[top + len(TEI_DECLARED):]


def copied_passage(resource: Resource, element: etree._Element) -> bytes:
    """The passage of the line `element` made from copies: its ancestors' shells, itself."""
    tei = parent = _top_shell(resource)
    for ancestor in reversed(list(element.iterancestors())[:-1]):
        parent = _shell_copy(parent, ancestor)
    wrapper = etree.SubElement(parent, WRAPPER, nsmap={"dts": DTS_NS})
    indent_structure(tei)  # never inside the wrapper
    wrapper.append(detached(element))
    return serialize(tei, indent=False)


def detached(element: etree._Element) -> etree._Element:
    """A copy of `element` without the text that follows it."""
    duplicate = copy.deepcopy(element)
    duplicate.tail = None
    return duplicate
