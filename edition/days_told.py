"""Which days counted from a document's own its text reads: the week before it that the text
tells of, and the words of a day left unread."""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import date_patterns
from .dates import DateMention

_DAYS = ("today", "tomorrow", "yesterday")
RELATIVE_DAYS = frozenset(_DAYS) | frozenset(
    word for word, english in date_patterns.FOREIGN_RELATIVE_DAYS.items() if english in _DAYS)
"""`today`, `tomorrow` and `yesterday`, in German, Polish and Spanish too (`heute`, `jutro`,
`ayer`; not `anoche`, last night)."""
DAYS_COUNTED = frozenset(date_patterns.RELATIVE_DAYS)
SPANISH_DAYS = frozenset(date_patterns.SPANISH_RELATIVE_DAYS)
"""The Spanish words of `DAYS_COUNTED`, read in a Spanish text only."""
"""Every word of a day counted from the document date (`this morning`, `the day after tomorrow`)."""

WEEK_BEFORE = 7
"""How many days before the document's a day the text tells of makes its `today` that day's."""
ON_BEFORE = re.compile(r"\b[Oo]n\s+$")


def tells_of_a_day(mention: DateMention, before: str) -> bool:
    """Whether `mention`, after the words `before` it, names a day the text goes on to tell of:
    a weekday (`Sunday night, ... I was at his palace`, `On Saturday`) or a date after `on` (`On
    18 November we met`); not a date a thing is known by (`the decision of 28 October`)."""
    return bool(date_patterns.WEEKDAY.search(mention.text)) or bool(ON_BEFORE.search(before))


def in_week_before(when: str, day: str) -> bool:
    """Whether the day `when` (`1962-11-18`, with its time or not; not a month) is one of the
    `WEEK_BEFORE` days before `day`, the document's (none where the document is dated by its
    month or year alone)."""
    if len(when) < len("1962-11-18") or len(day or "") < len("1962-11-18"):
        return False
    told, own = date.fromisoformat(when[:10]), date.fromisoformat(day[:10])
    return own - timedelta(days=WEEK_BEFORE) <= told < own


def unread_days(written_on_its_day: bool, spans_days: bool, language: str) -> frozenset[str]:
    """The words counted from a document's day (`this morning`, `tonight`, `yesterday`) that are
    not read as dates: all where the document is dated by a span of days (`26-27 October
    1962`), its day unknown; today, tomorrow and yesterday where it is not `written_on_its_day`
    (a record written on the day it tells of, or a letter or a telegram:
    `doc_types.DayCounting.written_that_day`); the Spanish ones in a text of another `language`
    (`Hoy`, the newspaper); none else."""
    if spans_days:
        return DAYS_COUNTED
    foreign = SPANISH_DAYS if language != "es" else frozenset()
    return foreign | (frozenset() if written_on_its_day else RELATIVE_DAYS)
