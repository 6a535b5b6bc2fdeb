"""The XML namespaces the edition reads and writes, spelled once: TEI's and XML's own."""

from functools import lru_cache

from lxml import etree

TEI_NS = "http://www.tei-c.org/ns/1.0"
T = f"{{{TEI_NS}}}"
"""`T + "p"`: a TEI element's name as lxml gives it, '{http://www.tei-c.org/ns/1.0}p'."""
NS = {"t": TEI_NS}
"""The prefix `t:` of TEI elements in XPath and ElementPath expressions."""
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_ID, XML_LANG, XML_BASE = (f"{{{XML_NS}}}{name}" for name in ("id", "lang", "base"))
"""`xml:id`, `xml:lang`, `xml:base` as lxml names them."""


@lru_cache(maxsize=256)
def tei_xpath(path: str) -> etree.XPath:
    """`path` compiled once, with the `t:` prefix: `tei_xpath(path)(element)` is
    `element.xpath(path, namespaces=NS)`, without compiling the path again for every document
    (a build asks each document the same few dozen paths)."""
    return etree.XPath(path, namespaces=NS)
