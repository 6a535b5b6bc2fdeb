"""HTML as text, escaped exactly as lxml.html writes it: text, attribute values, start and end tags.

The walker (`render.html`) writes a page as a list of strings instead of building a tree; every
text and attribute value goes through `text` or `attribute`, which give exactly what
`lxml.html.tostring` gives (tests/site/test_render_speed.py checks every character against it).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree, html

VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "source", "track", "wbr"})
URI_ATTRIBUTES = frozenset({"href", "src", "action", "name"})
"""Attributes libxml2 writes %-escaped (`name` only on <a>; here on any tag, to be safe)."""
_PLAIN = re.compile(r'[\r"&<>]')
_PLAIN_URI = re.compile(r'[^!#-%\'-;=?-~]')
"""A value without these characters is written as it is (an URI: printable ASCII, no space)."""


def text(value: str) -> str:
    """Text content as lxml.html writes it: `&`, `<`, `>` and a carriage return escaped."""
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return value.replace("\r", "&#13;") if "\r" in value else value


def attribute(name: str, value: str, tag: str = "span") -> str:
    """` name="value"` as lxml.html writes it on a `tag`; lxml itself writes the unusual ones."""
    if (_PLAIN_URI if name in URI_ATTRIBUTES else _PLAIN).search(value) is None:
        return f' {name}="{value}"'
    return _lxml_attribute(tag, name, value)


@lru_cache(maxsize=1024)
def _lxml_attribute(tag: str, name: str, value: str) -> str:
    written = html.tostring(etree.Element(tag, {name: value}), encoding="unicode", method="html")
    return written[len(tag) + 1:written.index(">")]


def start(tag: str, css: str = "", *attributes: tuple[str, str]) -> str:
    """The start tag `<tag a="…" class="css">`: attributes in the given order, then the class."""
    written = "".join([attribute(name, value, tag) for name, value in attributes])
    return f"<{tag}{written}{attribute('class', css) if css else ''}>"


cached_start = lru_cache(maxsize=4096)(start)
"""`start` of the tags that recur on every page (a rule's element, line numbers, links)."""


def classed(css: str, *attributes: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    """`attributes` after the class (when there is one): for elements whose class is set first."""
    return (("class", css),) + attributes if css else attributes


def end(tag: str) -> str:
    return "" if tag in VOID else f"</{tag}>"


def hidden(value: str) -> str:
    """Text for screen readers only: not indexed for search either, so that a result's excerpt
    reads as the page does ("tomorrow", not "tomorrow (November 6, 1962, inferred ...)")."""
    return f'<span class="visually-hidden" data-pagefind-ignore="">{text(value)}</span>'
