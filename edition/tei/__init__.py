"""Document model -> TEI P5: the header (`header`), the body (`body`), line numbering (`citation`).

And TEI read back: as printed (`reading`), its notes numbered as pages show them (`notes`).
"""

from __future__ import annotations

from lxml import etree

from ..config import EditionInfo
from ..model import Document
from ..namespaces import XML_LANG
from ..registers import Registers
from .body import encode_body
from .header import declare_calendars, encode_header
from .xml import EDITION_LANGUAGE, qname, root


def encode_document(document: Document, registers: Registers, edition: EditionInfo) -> etree._Element:
    """The TEI document for `document`; every element knows its source line (`sourceline`)."""
    tei = root("TEI")
    tei.set(XML_LANG, EDITION_LANGUAGE)
    encode_header(tei, document, registers, edition)
    encode_body(tei, document)
    declare_calendars(tei)   # where a date of the body is named in the Julian calendar
    if document.language != EDITION_LANGUAGE:
        tei.find(qname("text")).set(XML_LANG, document.language)
    return tei


ELEMENT_ONLY = frozenset(qname(tag) for tag in """
TEI teiHeader fileDesc titleStmt editionStmt respStmt publicationStmt availability licence sourceDesc bibl
encodingDesc editorialDecl refsDecl classDecl taxonomy profileDesc abstract correspDesc correspAction langUsage
textClass keywords particDesc listPerson calendarDesc calendar text body div sp opener address
closer postscript
""".split())
"""Containers whose whitespace may be changed for indentation; mixed content is never touched."""


def indent_structure(element: etree._Element, level: int = 0) -> None:
    """Indent element-only containers by two spaces a level, leaving all running text as it is."""
    if element.tag not in ELEMENT_ONLY or not len(element) or (element.text or "").strip():
        return
    inner = "\n" + "  " * (level + 1)
    element.text = inner
    for child in element:
        if (child.tail or "").strip():
            return
        child.tail = inner
        indent_structure(child, level + 1)
    element[-1].tail = "\n" + "  " * level


def serialize(tei: etree._Element, indent: bool = True) -> bytes:
    """Deterministic, indented UTF-8 serialization with an XML declaration (`indent` False: the
    tree is indented already)."""
    if indent:
        indent_structure(tei)
    return etree.tostring(tei, xml_declaration=True, encoding="UTF-8") + b"\n"
