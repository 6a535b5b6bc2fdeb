"""The fixed pieces of a document page around its text: a citable line's start and its Cite box,
a note's marker, a link to a licence; made once each and the same on every page."""

from __future__ import annotations

from functools import lru_cache

from ..namespaces import XML_ID
from ..tei.notes import NoteMark
from . import urls
from .markup import hidden, start, text


def note_marker(mark: NoteMark, href: str, *attributes: tuple[str, str],
                first: bool = True) -> str:
    """The marker of a note in the text: its label, linked to the note, said in full aloud; the
    note links back to the `first` (a footnote called twice has a later one, without the id)."""
    own = (("id", mark.marker),) if first else ()
    return (start("a", "noteref", *own, ("href", href), *attributes)
            + f"<sup>{mark.label}</sup>{hidden(f' (editorial note {mark.label})')}</a>")


@lru_cache(maxsize=8192)
def line_start(n: str) -> str:
    """The start of citable line `n` (its wrapper and its number): the same on every page."""
    return (start("div", "line", ("id", f"L{n}"))
            + start("a", "ln", ("href", urls.line(n)), ("data-pagefind-ignore", ""))
            + hidden("Line ") + text(n) + "</a>")


def label_start(turn) -> str:
    """The start of a speaker label's words, `<span id="who-L12">`, named after the first
    numbered line of its `turn` (an `sp`): the search's excerpt of the line before ends there,
    and a hit in the label leads to that line (`search_lines.js`); a bare span where the turn
    has no numbered line. Not on the heading: Pagefind makes a heading with an id a section."""
    line = next((child.get(XML_ID) for child in turn if child.get(XML_ID)), None)
    return start("span", "", ("id", f"who-{line}")) if line else "<span>"


@lru_cache(maxsize=8192)
def cite_start(n: str) -> str:
    """The 'Cite' box of line `n` up to its citation, which follows in a <p>."""
    return (start("details", "cite-line", ("data-pagefind-ignore", ""))
            + f"<summary>Cite{hidden(f' line {n}')}</summary><p>")


def licence_link(address: str) -> str:
    """The start of a link to a licence's web address."""
    return start("a", "", ("rel", "license"), ("href", address))
