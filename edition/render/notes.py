"""How a page numbers its notes: the number a reader sees, and the ids of a note and its marker.

Notes are counted 1, 2, 3 ... in document order (block and inline notes alike). An inline note
whose source printed a number (`@n`, FRUS footnote 3: n="3") shows that number instead, so a
reader who cites "note 3" of the document means the note the printed volume numbers 3, and its
id is `fn3`, the fragment history.state.gov gives the same note; every other note keeps its
place in the count, and the ids `note-{count}` and `noteref-{count}`:

    <note place="inline" n="3">     -> label "3", id "fn3", marker "noteref-2" (2nd note)
    <note place="inline">           -> label "4", id "note-4", marker "noteref-4" (4th note)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

PRINTED = re.compile(r"[1-9][0-9]{0,5}")
"""A printed note number the page can show: a list item's `value` is an integer."""


@dataclass(frozen=True)
class NoteMark:
    """One note on the page: its number in the count, the number shown and its id."""

    number: int
    label: str
    anchor: str

    @property
    def marker(self) -> str:
        """The id of the note's marker in the text (what the note links back to)."""
        return f"noteref-{self.number}"


def printed_anchor(n: str) -> str:
    """The id of the note printed with number `n`: `fn3` (as on history.state.gov)."""
    return f"fn{n}"


def mark_note(note: etree._Element, number: int, taken: set[str]) -> NoteMark:
    """The mark of the `number`th note: its printed @n when it has one not used before."""
    printed = note.get("n") or ""
    if note.get("place") == "inline" and PRINTED.fullmatch(printed) \
            and printed_anchor(printed) not in taken:
        taken.add(printed_anchor(printed))
        return NoteMark(number, printed, printed_anchor(printed))
    return NoteMark(number, str(number), f"note-{number}")
