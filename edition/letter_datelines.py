"""Where and when a letter or a telegram says it was sent: its own dateline's place and day."""

from __future__ import annotations

from .doc_types import CORRESPONDENCE
from .model import Block, Closer, Document, Inline

DAY = len("1962-10-26")


def sent_dateline(document: Document) -> tuple[str, str]:
    """(day, place ref) of the dateline a letter or a telegram of one document prints as its
    own, the opener's first that names a day, else its closer's (`Moscow, October 26, 1962`
    under Khrushchev's signature: `1962-10-26`, `places.xml#moscow`), the place '' where that
    dateline links none; ('', '') where it prints none, or the file holds several documents
    (each part's own: `export.letter_parts`)."""
    if document.doc_type not in CORRESPONDENCE or document.divisions:
        return "", ""
    closers = [part for part in document.parts if isinstance(part, Closer)]
    blocks = document.opener + (list(closers[-1].blocks) if closers else [])
    for block in blocks:
        if block.kind == "dateline" and (day := _day(block)):
            return day, _place(block)
    return "", ""


def _day(block: Block) -> str:
    """The day the dateline's first date of a day names (`1962-10-26`, its time left), or ''."""
    dates = [node for node in _inlines(block.content) if node.tag == "date"]
    when = dict(dates[0].attrs).get("when", "") if dates else ""
    return when[:DAY] if len(when) >= DAY else ""


def _place(block: Block) -> str:
    """The register place the dateline's first place name links, or ''."""
    return next((dict(node.attrs).get("ref", "") for node in _inlines(block.content)
                 if node.tag == "placeName"), "")


def _inlines(nodes: tuple) -> list[Inline]:
    """Every inline element among `nodes` and within them, in document order."""
    found: list[Inline] = []
    for node in nodes:
        if isinstance(node, Inline):
            found.append(node)
            found.extend(_inlines(node.children))
    return found
