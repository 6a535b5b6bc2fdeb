"""How a page numbers its notes: the label a reader sees, and the ids of a note and its marker.

Notes are counted 1, 2, 3 ... in document order (block and inline notes alike). When the source
printed numbers for its notes (`@n` on an inline note, FRUS footnote 3: n="3"), those notes show
their printed number, so that "note 3" of the document is the note the printed volume numbers 3,
with the id `fn3`, the fragment history.state.gov gives the same note; the edition's own notes
in such a document are lettered a, b, c ..., so that no label is shown twice. Markers keep the
count (`noteref-{count}`), and a note without a printed number keeps `note-{count}`:

    <note place="inline" n="3">     -> label "3", id "fn3", marker "noteref-1" (1st note)
    <note place="inline">           -> label "a", id "note-2", marker "noteref-2" (2nd note)

In a document without printed numbers every label is the count, as the plain-text encoder's
notes always were.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree

from .behaviours import rule_for

NUMBERED = ("note", "footnote")
"""The behaviours of the notes a page numbers: block notes and inline notes, not a gloss (read
in its line, in brackets) nor the source statement (shown in the metadata)."""
PRINTED = re.compile(r"[1-9][0-9]{0,5}")
"""A printed note number the page can show: a list item's `value` is an integer."""


@dataclass(frozen=True)
class NoteMark:
    """One note on the page: its place in the count, the label shown and its id.

    `value` is the list item's number (the printed number, the count, or the letter's place in
    the alphabet when `lettered`)."""

    number: int
    label: str
    anchor: str
    value: int
    lettered: bool = False

    @property
    def marker(self) -> str:
        """The id of the note's marker in the text (what the note links back to)."""
        return f"noteref-{self.number}"


def printed_anchor(n: str) -> str:
    """The id of the note printed with number `n`: `fn3` (as on history.state.gov)."""
    return f"fn{n}"


def letters(value: int) -> str:
    """1 -> 'a', 26 -> 'z', 27 -> 'aa': the labels of CSS `lower-alpha`."""
    label = ""
    while value:
        value, rest = divmod(value - 1, 26)
        label = chr(ord("a") + rest) + label
    return label


def mark_notes(notes: Sequence[etree._Element]) -> dict[etree._Element, NoteMark]:
    """The mark of each note, in document order (see the module's docstring)."""
    printed, taken = {}, set()
    for note in notes:
        n = note.get("n") or ""
        if note.get("place") == "inline" and PRINTED.fullmatch(n) and n not in taken:
            printed[note] = n
            taken.add(n)
    marks, own = {}, 0
    for number, note in enumerate(notes, 1):
        if note in printed:
            n = printed[note]
            marks[note] = NoteMark(number, n, printed_anchor(n), int(n))
        elif printed:
            own += 1
            marks[note] = NoteMark(number, letters(own), f"note-{number}", own, lettered=True)
        else:
            marks[note] = NoteMark(number, str(number), f"note-{number}", number)
    return marks


def page_notes(root: etree._Element) -> dict[etree._Element, NoteMark]:
    """The mark of each note a document's page numbers (`NUMBERED`), in document order: what
    the page shows and what the mentions in context of a register entry cite."""
    return mark_notes([note for note in root.iter("{*}note")
                       if rule_for("note", note.attrib).behaviour in NUMBERED])
