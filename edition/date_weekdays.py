"""A weekday name seen from the document date: the day its cue or its sentence's tense says, or none.

    (1970-01-31, a Saturday) he asked for an answer by Monday.   -> 1970-02-02   ("by": ahead)
    (1962-11-19, a Monday)   Sunday night ... I was at his palace -> 1962-11-18   (past tense)
    (1970-01-31)             He said, “Tuesday?”                  -> no date: the quotation does
                                                                     not say past or future
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .date_patterns import FUTURE_CUES, FUTURE_TENSE, PAST_CUES, PAST_TENSE

SENTENCE = 150
"""How far back and ahead of a weekday its sentence is read for a tense."""
BREAK_BEFORE = re.compile(r".*(?:[.!?][”\"’)\]]*\s|[\n“”\"])", re.DOTALL)
"""Up to the last sentence end or quotation mark before a weekday (greedy: the last one)."""
BREAK_AFTER = re.compile(r"[.!?\n“”\"]")
"""The first sentence end or quotation mark after a weekday."""


def weekday_direction(cue: str, text: str, start: int, end: int) -> str | None:
    """How to read the weekday at `text[start:end]` after the word `cue` ("" if none): "past",
    "future" or "this" by its cue; else by the tense word nearest it in its sentence (a
    quotation is a sentence of its own): a future one (will, until ...) "future", a past one
    (was, came ...) "default", the latest such weekday on or before the document date. None
    when neither says: the text does not tell past from future."""
    if cue in PAST_CUES:
        return "past"
    if cue in FUTURE_CUES:
        return "future"
    if cue == "this":
        return "this"
    before, after = _sentence_around(text, start, end)
    marks = [(len(before) - word.end(), tense) for tense, pattern in _TENSES
             for word in pattern.finditer(before)]
    marks += [(word.start(), tense) for tense, pattern in _TENSES for word in pattern.finditer(after)]
    return min(marks, default=(0, None))[1]


_TENSES = (("future", FUTURE_TENSE), ("default", PAST_TENSE))


def _sentence_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The words of the sentence (or quotation) before and after `text[start:end]`."""
    before = text[max(0, start - SENTENCE):start]
    if (found := BREAK_BEFORE.match(before)) is not None:
        before = before[found.end():]
    after = text[end:end + SENTENCE]
    if (found := BREAK_AFTER.search(after)) is not None:
        after = after[:found.start()]
    return before, after


def resolve_weekday(doc: date, weekday: int, direction: str) -> date:
    """The weekday (0 = Monday) seen from `doc`: "past" and "future" exclude `doc` itself,
    "this" is on or after it, "default" on or before it."""
    back, ahead = (doc.weekday() - weekday) % 7, (weekday - doc.weekday()) % 7
    if direction == "past":
        return doc - timedelta(days=back or 7)
    if direction == "future":
        return doc + timedelta(days=ahead or 7)
    return doc + timedelta(days=ahead) if direction == "this" else doc - timedelta(days=back)
