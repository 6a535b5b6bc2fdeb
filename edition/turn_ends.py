"""What ends an open speaker turn besides the next label: a paragraph in the record's own voice.

A turn takes the plain paragraphs after its label (a speech of several paragraphs). These are
not the speaker's words, and stand as narrative after the turn:
    "II. Resolution." after "I. On the situation ..." (before the turn)   -> the record's numbering
    "3. Kuznetsov asked ..." after "2. McCloy said ..." (before the turn) -> the same
    "Interviewer’s comment: The source ...", "Note: ...", "Comment: ..."  -> a remark headed so
    "Comrade Mikoyan said that ..." (Mikoyan speaks in the document)     -> told of, in the past,
                                        right after the label's paragraph (further on, the
                                        speaker may be telling of him: `Castro agreed with me`)
    "Kosygin: I support." reported as a label not read (`speaker_refs`)  -> not the speaker's
The speaker's own list (`KHRUSHCHEV: We propose:` / `1. ...` / `2. ...`) stays in the turn: its
numbering begins inside it.
"""

from __future__ import annotations

import re

from .speaker_refs import SpeakerLookup
from .speakers import (ENUMERATOR, HONOURED, INITIALS, LOWER, NAME, ROMAN, TITLE_STOPWORDS, UPPER,
                       LabelMatch, roman_value)

REMARK = re.compile(rf"^(?:[{UPPER}][{LOWER}]+[’']s\s+)?"
                    r"(?:[Cc]omments?|[Nn]otes?|[Rr]emarks?)\s*:")
"""`Comment:`, `Interviewer’s comment:`, `Translator's note:`: the record's remark, headed so."""
REPORTED = re.compile(rf"^(?P<name>(?:{HONOURED}|Comrade\s+|Com\.\s+)?(?:{INITIALS}\s*)?{NAME}"
                      rf"(?:\s+{NAME}){{0,2}})\s+(?:said|told|spoke|wrote|[{LOWER}]+ed)\b")
"""`Comrade Mikoyan said that`, `Castro replied`: a person told of in the third person, in the
past tense (`Mikoyan knows` may be a speaker's words)."""
NOT_NAMES = TITLE_STOPWORDS | frozenset("Our Their His Her My Your Its We They He She".split())
"""Words that open a sentence's subject but no person's name: `The Soviets`, `Our Embassy`."""


def ends_turn(lookup: SpeakerLookup, line: int, turn_line: int, label: LabelMatch | None) -> bool:
    """Whether the paragraph on `line` (no label of a turn) ends the turn opened on `turn_line`."""
    if label is not None and label.kind == "unread":
        return True
    text = lookup.text_at(line)
    name = reported_name(text)
    first = name is not None and lookup.position(line) == lookup.position(turn_line) + 1
    return bool(REMARK.match(text)
                or (first and lookup.speaker_named(name) is not None)
                or _numbered_before(lookup, line, turn_line))


def reported_name(text: str) -> str | None:
    """The person `text` opens telling of in the past tense (`REPORTED`): `Comrade Mikoyan said
    that` -> "Comrade Mikoyan"; `The Soviets agreed`, `Our Embassy reported` -> None."""
    reported = REPORTED.match(text)
    if reported is None or set(reported.group("name").split()) & NOT_NAMES:
        return None
    return reported.group("name")


def _numbered_before(lookup: SpeakerLookup, line: int, turn_line: int) -> bool:
    """Whether the paragraph on `line` is numbered (`3.`, `II.`, `B.`) after the number before it
    (`2.`, `I.`, `A.`), and the nearest paragraph with that number stands before `turn_line`."""
    wanted = {(kind, value - 1) for kind, value in _readings(lookup.text_at(line)) if value > 1}
    if not wanted:
        return False
    earlier = [(other, text) for other, text in zip(lookup.lines, lookup.texts) if other < line]
    for other, text in reversed(earlier):
        if _readings(text) & wanted:
            return other < turn_line
    return False


def _readings(text: str) -> set[tuple[str, int]]:
    """What the number opening `text` counts: `3.` -> {("number", 3)}, `II.` -> {("roman", 2)},
    `B.` -> {("letter", 2)}, `I.` -> {("roman", 1), ("letter", 9)}; none -> set()."""
    found = ENUMERATOR.match(text)
    if found is None:
        return set()
    mark = found.group("mark")
    if mark.isdigit():
        return {("number", int(mark))}
    readings = {("letter", ord(mark) - ord("A") + 1)} if len(mark) == 1 else set()
    if ROMAN.match(mark):
        readings.add(("roman", roman_value(mark)))
    return readings

