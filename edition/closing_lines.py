"""A document's closing lines: where they begin, and how they group into closers and postscripts."""

from __future__ import annotations

from .model import Block, BodyPart, Closer, Paragraph, Postscript
from .paragraphs import (CLOSER_ROLES, ED_NOTE_PARAGRAPH, NOT_CLOSING, ClosingRoles,
                         opens_postscript)
from .speakers import match_label

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


POSTSCRIPT_ROLES = ("postscript", "annex")
"""Roles of a paragraph that opens a postscript: a `P.S.`, and what goes with the letter (`cc:`)."""


class ClosingZones:
    """The closing lines gathered into closers and postscripts in the order of the source, and
    put into `parts` (the document's) as each is complete.

        Sincerely, / A. Mikoyan / [Ed. note: ...] / P.S. Regards. / A.M.
        -> Closer(salute, signed), note, Postscript(p), Closer(signed)
    """

    def __init__(self, parts: list[BodyPart]) -> None:
        self.parts = parts
        self.closer: list[Block] = []
        self.postscript: list[Block] = []   # the open postscript; a closer line closes it
        self.closed = False   # a note cut a closer: a closing remark after it is a postscript
        self.after_postscript = ""   # plain paragraphs after a postscript belong to it: its kind

    def zone_of(self, role: str) -> str:
        """Where a paragraph of closing `role` goes: "postscript", "text" (a closing remark
        before any closer line: a paragraph of the text) or "closer". A `P.S.` after `cc:` (or
        `cc:` after a `P.S.`) closes the open postscript first."""
        if role in POSTSCRIPT_ROLES and role != self.after_postscript:
            self._flush_postscript()
        role = role or self.after_postscript
        if role == "remark" and not (self.closer or self.closed or self.after_postscript):
            return "text"
        if role in POSTSCRIPT_ROLES or role == "remark":
            self.after_postscript = (self.after_postscript or "postscript") if role == "remark" \
                else role
            return "postscript"
        return "closer"

    def add_note(self, note: Block) -> None:
        """A note follows the closer, or stands in the postscript, that it comes after."""
        self.closed = self.closed or bool(self.closer)
        self._flush_closer()
        (self.postscript or self.parts).append(note)

    def add_to_postscript(self, block: Block) -> None:
        self._flush_closer()
        self.postscript.append(block)

    def add_to_closer(self, blocks: list[Block]) -> None:
        self._flush_postscript()
        self.closer.extend(blocks)

    def finish(self) -> None:
        """The closer and postscript still open into the parts."""
        self._flush_closer()
        self._flush_postscript()

    def _flush_closer(self) -> None:
        if self.closer:
            self.parts.append(Closer(tuple(self.closer)))
            self.closer.clear()

    def _flush_postscript(self) -> None:
        if self.postscript:
            self.parts.append(Postscript(tuple(self.postscript)))
            self.postscript.clear()
