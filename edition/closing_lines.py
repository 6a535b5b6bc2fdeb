"""Where a document's closing lines begin: its closer, postscript and the notes among them."""

from __future__ import annotations

from .model import Paragraph
from .paragraphs import CLOSER_ROLES, ED_NOTE_PARAGRAPH, ClosingRoles, opens_postscript
from .speakers import match_label

NOT_CLOSING = frozenset({"turn", "narrative", "stage", "note", "summary"})
"""Roles an editor may give a paragraph that keep it out of the closing lines."""
ENDING_ROLES = CLOSER_ROLES - {"salute"} | {"postscript", "annex"}
"""Roles of a last closing line, after which the archive's layout prints its summary: a closer's
but its salutation, a postscript, the enclosures."""


def closing_start(paras: list[Paragraph], roles: ClosingRoles, trusted: frozenset[str]) -> int:
    """Where the closing lines begin: the closer and postscript paragraphs at the end, with the
    editorial notes among and after them (notes before them stay with the body); `trusted`: the
    labels the document's turns make sure of.

    A document is never all closer (`Sincerely,` alone): its first paragraph stays text.
    A postscript opened by `P.S.` takes the plain paragraphs after it.
    """
    start = index = postscript_mark(paras, roles, trusted)
    while index > 1:
        role = roles[index - 1]
        if role and role not in NOT_CLOSING:
            start = index - 1
        elif not is_note(paras[index - 1], role):
            break
        index -= 1
    return start


def closes(paras: list[Paragraph], roles: ClosingRoles, trusted: frozenset[str]) -> bool:
    """Whether `paras` (the first of those `roles` reads) end with closing lines (a signature,
    the date after it, a postscript, all of a `P.S.`), after which the archive's layout prints
    its summary."""
    return roles[len(paras) - 1] in ENDING_ROLES \
        or postscript_mark(paras, roles, trusted) < len(paras)


def postscript_mark(paras: list[Paragraph], roles: ClosingRoles, trusted: frozenset[str]) -> int:
    """The last paragraph opening with `P.S.` when only plain paragraphs (no turn, no role set by
    the editor) follow it, else the end: the paragraphs from it on close the text."""
    marked = [i for i in range(1, len(paras)) if opens_postscript(paras[i].text)]
    if not marked:   # nearly every document: no label is read
        return len(paras)
    for index in range(marked[-1], len(paras)):
        label = match_label(paras[index].text, trusted)
        if roles.given[index] or (label and label.kind == "turn"):
            return len(paras)
    return marked[-1]


def is_note(para: Paragraph, role: str) -> bool:
    """`[Ed. note: ...]`, or a paragraph the editor made a note."""
    return role == "note" or (not role and bool(ED_NOTE_PARAGRAPH.match(para.text)))
