"""Parentheses in a speaker's turn: stage directions (`(To Alekseev):`), a transcript's `(inaudible)`."""

from __future__ import annotations

import re

from .gap_markers import gap_element, gap_reason
from .model import Inline, Node, Text

_CUE = r"(?P<cue>[Tt]o|[Aa]side|[Aa]ddressing|[Tt]urning to)\b[^()\[\]]*"
_STAGE = rf"{_CUE}|[A-Z][^()\[\]]*[.!?]"
STAGE_PAREN = re.compile(rf"\((?P<body>{_STAGE})\)(?P<colon>:?)")
TURN_PAREN = re.compile(rf"\((?P<body>{_STAGE}|[a-z][^()\[\]]*)\)(?P<colon>:?)")
"""`STAGE_PAREN` and, in a transcript's turn, a parenthesis in lowercase: `(inaudible)`."""
UNHEARD = frozenset({"inaudible", "illegible"})
"""Gap reasons of a transcript's parenthesis: `(inaudible)`, `(unintelligible)`."""
NOT_STAGE_WORDS = frozenset("""
ibid id etc cf viz op cit loc no nos vol vols art arts ch chap sec para p pp ed eds doc docs tel
fig app encl incl approx cont dept govt gen col lt capt adm mr mrs ms dr jr sr st co corp inc ltd
jan feb mar apr jun jul aug sep sept oct nov dec
""".split())
"""Words that end a capitalised parenthetical with an abbreviation's period, not a sentence's:
`(Ibid.)`, `(See Vol.)` stay text."""


def split_parentheses(text: str, transcript: bool = False) -> list[Node]:
    """Split parenthetical stage directions `(To Alekseev):`, `(Laughter.)` out of a turn's text
    and, in a `transcript`, what could not be heard or read, `(inaudible)` (a gap printed in
    parentheses); `(U.N.)`, `(No. 5.)` stay text."""
    nodes: list[Node] = []
    position = 0
    for match in (TURN_PAREN if transcript else STAGE_PAREN).finditer(text):
        body, unheard = match.group("body"), ""
        if transcript and body[0].islower() and not match.group("cue"):
            unheard = gap_reason(body)
            if unheard not in UNHEARD:
                continue
        elif not match.group("cue") and not reads_as_stage(body):
            continue
        nodes.append(Text(text[position:match.start()]))
        if unheard:
            nodes += [gap_element(body, unheard, ("rend", "parentheses")), Text(match["colon"])]
        else:
            nodes.append(Inline("stage", (("type", "delivery"),),
                                (Text(body + match.group("colon")),)))
        position = match.end()
    nodes.append(Text(text[position:]))
    return nodes


def reads_as_stage(body: str) -> bool:
    """`Laughter.`, `LAUGHTER.`, `He sits.`, `Hear, hear!`: a sentence, its last word a word of
    two letters or more, not an abbreviation: not `U.N.`, `No. 5.`, `Ibid.` (`NOT_STAGE_WORDS`),
    `(USA.)` (three capitals or fewer)."""
    if body.endswith(("!", "?")):
        return True
    words = body[:-1].split()
    last = words[-1] if words else ""
    return len(last) >= 2 and last.isalpha() and not (last.isupper() and len(last) <= 3) \
        and last.lower() not in NOT_STAGE_WORDS
