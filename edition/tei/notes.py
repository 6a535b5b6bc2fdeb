"""How a document's notes are numbered: which notes, the labels shown, the ids of note and marker.

Read from the TEI alone, below the site model and the renderer: a document's page shows these
labels, and the mentions in context of a register entry (`collect`) cite a note by them.

The notes numbered are the block and inline notes of the text (`text/body`), not a gloss (read
in its line, in brackets), the source statement (shown in the metadata) nor any note of the
header: `NOTE_KINDS`. They are counted 1, 2, 3 ... in
document order (block and inline notes alike). When the source printed numbers for its notes
(`@n` on an inline note, FRUS footnote 3: n="3"), those notes show their printed number, so that
"note 3" of the document is the note the printed volume numbers 3, with the id `fn3`, the
fragment history.state.gov gives the same note; the edition's own notes in such a document are
lettered a, b, c ..., so that no label is shown twice. Markers keep the count
(`noteref-{count}`), and a note without a printed number keeps `note-{count}`:

    <note place="inline" n="3">     -> label "3", id "fn3", marker "noteref-1" (1st note)
    <note place="inline">           -> label "a", id "note-2", marker "noteref-2" (2nd note)

In a document without printed numbers every label is the count, as the plain-text encoder's
notes always were.

The source statement in the header keeps its number (FRUS footnote 1: `n="1"`, the page's
source statement `fn1`; a foreign source note without `@n` was numbered by its place among the
text's notes, `ingest.header.source_note_number`). That number is taken: the count goes on past
it, as a page counts the source statement among its notes in its place, and a note of the text
printed with it is a repeat, lettered. A FRUS document whose notes have no printed number but
its source note's:

    <note type="source" n="1"> (header)  -> the source statement, "fn1"
    <note place="inline">                 -> label "2", id "note-1", marker "noteref-1"
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from itertools import count

from lxml import etree

from ..footnotes import printed_anchor

NOTE_KINDS: tuple[tuple[str, tuple[str, str] | None], ...] = (
    ("gloss", ("type", "gloss")),
    ("original", ("type", "original")),
    ("footnote", ("place", "inline")),
    ("source", ("type", "source")),
    ("block", None),
)
"""The kinds of `<note>`, each with its predicate (attribute, value), tried in order: an editor's
gloss, a note of the original record (`[Interpreter's note: ...]`, read in its line like a
gloss, not numbered), an inline note, the source statement (in the header), an editorial note
in a block of its own. The behaviour table shows each kind by a rule of its own
(`render.behaviours`), so that the page and the indices number the same notes."""
NUMBERED = ("footnote", "block")
"""The kinds of note that are numbered."""
PRINTED = re.compile(r"[1-9][0-9]{0,5}")
"""A printed note number the page can show: a list item's `value` is an integer."""
SIGNED = re.compile(r"[*†‡§]+|[a-z]")
"""A printed sign or letter of a note the source calls by one (`edition.footnotes`): `*`, `a`
for `(a)`; shown as printed, a letter as a lettered list item, a sign as itself (`signed`)."""


@dataclass(frozen=True)
class NoteMark:
    """One note on the page: its place in the count, the label shown and its id.

    `value` is the list item's number (the printed number, the count, or the letter's place in
    the alphabet when `lettered`); `block` says that the note is a block of its own (one that
    names a line in `@target` annotates that line), not an inline note; `signed` that its label
    is a sign the source printed (`*`), which no list item's number shows."""

    number: int
    label: str
    anchor: str
    value: int
    lettered: bool = False
    block: bool = False
    signed: bool = False

    @property
    def marker(self) -> str:
        """The id of the note's marker in the text (what the note links back to)."""
        return f"noteref-{self.number}"


def letters(value: int) -> str:
    """1 -> 'a', 26 -> 'z', 27 -> 'aa': the labels of CSS `lower-alpha`."""
    label = ""
    while value:
        value, rest = divmod(value - 1, 26)
        label = chr(ord("a") + rest) + label
    return label


def mark_notes(notes: Sequence[tuple[etree._Element, str]],
               taken: Collection[str] = ()) -> dict[etree._Element, NoteMark]:
    """The mark of each note numbered, given with its kind (`NUMBERED`), in document order;
    `taken` the numbers the page shows elsewhere, the source statement's (see the module's
    docstring)."""
    printed, shown = {}, set(taken)
    for note, kind in notes:
        n = note.get("n") or ""
        if kind == "footnote" and (PRINTED.fullmatch(n) or SIGNED.fullmatch(n)) \
                and n not in shown:
            printed[note] = n
            shown.add(n)
    counted = (value for value in count(1) if str(value) not in taken)
    marks, own = {}, 0
    for number, (note, kind) in enumerate(notes, 1):
        block = kind == "block"
        if note in printed:
            marks[note] = _printed_mark(number, printed[note], block)
        elif printed:
            own += 1
            while letters(own) in shown:   # a letter the source printed, `(a)`
                own += 1
            marks[note] = NoteMark(number, letters(own), f"note-{number}", own, True, block)
        else:
            value = next(counted)
            marks[note] = NoteMark(number, str(value), f"note-{number}", value, block=block)
    return marks


def _printed_mark(number: int, n: str, block: bool) -> NoteMark:
    """The mark of a note the source printed as `n`: a number, `3`; a letter, `a`, lettered
    as the list's letters count (1 for `a`); a sign, `*`, shown as printed (`signed`)."""
    if PRINTED.fullmatch(n):
        return NoteMark(number, n, printed_anchor(n), int(n), block=block)
    if n.isalpha():
        return NoteMark(number, n, printed_anchor(n), ord(n) - ord("a") + 1, True, block)
    return NoteMark(number, n, printed_anchor(n), 0, block=block, signed=True)


def note_kind(attributes) -> str:
    """The kind of a note with `attributes` (`NOTE_KINDS`): the first whose predicate holds."""
    return next(kind for kind, when in NOTE_KINDS
                if when is None or attributes.get(when[0]) == when[1])


def page_notes(root: etree._Element) -> dict[etree._Element, NoteMark]:
    """The mark of each note of a document's text (`text/body`, what its page shows) that is
    numbered (`NUMBERED`), in document order: what its page shows and what the mentions in
    context of a register entry cite. A note of the header (a field of the archive's Document
    Information, `note type="field"`) is none of them."""
    kinds = ((note, note_kind(note.attrib)) for body in root.iterfind("{*}text/{*}body")
             for note in body.iter("{*}note"))
    return mark_notes([(note, kind) for note, kind in kinds if kind in NUMBERED],
                      _source_numbers(root))


def _source_numbers(root: etree._Element) -> set[str]:
    """The numbers of the source statements of a document's header (FRUS footnote 1: {"1"})."""
    return {note.get("n") for note in root.iterfind("{*}teiHeader//{*}note")
            if note_kind(note.attrib) == "source" and PRINTED.fullmatch(note.get("n") or "")}
