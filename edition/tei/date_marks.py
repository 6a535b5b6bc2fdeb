"""The editors' marks on a date field -> its words and attributes: `[October 27, 1962] [?]`."""

from __future__ import annotations

import re

from ..inline import ED
from ..model import Inline, Node, Text

UNCERTAIN_MARK = re.compile(r"\s*\[\?\]")
APPROXIMATE = re.compile(r"(?<![\w.])(?:ca?\.|circa\b|approx(?:\.|imate(?:ly)?\b))", re.IGNORECASE)
BRACKETED = re.compile(r"\[([^\[\]]*)\]")
SUPPLIED = (("reason", "clarification"),) + ED   # as `inline` marks the editors' words


def editors_date_marks(text: str) -> tuple[tuple[Node, ...], tuple[tuple[str, str], ...]]:
    """The date field's words, and what the editors' brackets on it say as attributes, as no
    bracket may stay literal: the whole date in brackets, `[October 27, 1962]` (an undated paper
    the archive dated), `evidence="external" resp="#ed"`; `October 27, 1962 [?]` `cert="low"
    resp="#ed"`; `ca.`, `circa`, `approximate` in it `cert="medium"` (not the `C.` of `D.C.`);
    a bracket on a part of it, `October 27, 1962 [Saturday]`, that part's `supplied`."""
    marks: dict[str, str] = {}
    if UNCERTAIN_MARK.search(text):
        text, marks["cert"], marks["resp"] = UNCERTAIN_MARK.sub("", text).strip(), "low", "#ed"
    if (whole := BRACKETED.fullmatch(text)) is not None:
        text, marks["evidence"], marks["resp"] = whole.group(1), "external", "#ed"
    if APPROXIMATE.search(text):
        marks.setdefault("cert", "medium")
    nodes: list[Node] = []
    for piece, supplied in _bracketed_pieces(text.strip()):
        nodes.append(Inline("supplied", SUPPLIED, (Text(piece),)) if supplied else Text(piece))
    return tuple(nodes), tuple(marks.items())


STRAY_IN_WORD = re.compile(r"(?<=\w)[\[\]](?=\w)")
"""A stray bracket between two letters of a date field (`N[ovember 5, 1962`): a header's `date`
holds no bracket (edition.sch), and the lost-word check reads it as parting two words."""


def _bracketed_pieces(text: str) -> list[tuple[str, bool]]:
    """`text` cut into its words and the editors' bracketed ones (True), a stray bracket
    dropped (`[1962`), or a space for it inside a word, which it parts as the source's words
    are read (`N[ovember` -> `N ovember`: `STRAY_IN_WORD`)."""
    pieces, at = [], 0
    for found in BRACKETED.finditer(text):
        pieces += [(text[at:found.start()], False), (found.group(1), True)]
        at = found.end()
    pieces.append((text[at:], False))
    bare = [(STRAY_IN_WORD.sub(" ", piece).replace("[", "").replace("]", ""), supplied)
            for piece, supplied in pieces]
    return [(piece, supplied) for piece, supplied in bare if piece]
