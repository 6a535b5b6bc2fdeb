"""The date a quoted document's own date line gives the paragraphs of the quotation after it."""

from __future__ import annotations

import re

from .dates import find_dates
from .model import Paragraph

OPENING_MARKS = ('"', "“")
PLACE_BEFORE = re.compile(r"(?:[A-Z][^\W\d_]*(?:[ \t]+[A-Z][^\W\d_]*){0,3},[ \t]*)?$")
"""What may stand before the date of a date line: a place and its comma (`Ankara, `)."""
TIME_AFTER = re.compile(r"(?:,[ \t]*[\d:.–-]+[ \t]*(?:[ap]\.?[ \t]?m\.?)?)?\W*$", re.IGNORECASE)
"""What may follow it: its time (`, 6 p.m.`) and punctuation."""


def quoted_dates(paras: list[Paragraph]) -> dict[int, str]:
    """First line of each paragraph of a quotation across paragraphs (one that opens with a
    quotation mark it does not close, up to the one that closes it) after the quoted document's
    own date line (`"SECRET` / `Ankara, November 14, 1962, 6 p.m.` / ... / `Hare"`) -> the day
    that line gives: the quoted telegram's `this afternoon` is its day, not the covering
    memorandum's. None before such a line, nor outside a quotation."""
    found: dict[int, str] = {}
    inside, day = False, ""
    for para in paras:
        text = para.text.strip()
        if not inside:
            inside, day = _opens_a_quotation(text), ""
            continue
        if day:
            found[para.line] = day
        elif (line_day := _date_line(text)):
            day = line_day
        inside = _opens_a_quotation(text) or not _unbalanced(text)
    return found


def _opens_a_quotation(text: str) -> bool:
    """Whether a paragraph opens a quotation it does not close (`"SECRET`), as each paragraph of
    a quotation across paragraphs may (English style: only the last closes)."""
    return text.startswith(OPENING_MARKS) and _unbalanced(text)


def _unbalanced(text: str) -> bool:
    """Whether a paragraph's quotation marks leave one open or close one opened before it."""
    return text.count('"') % 2 == 1 or text.count("“") != text.count("”")


def _date_line(text: str) -> str:
    """The day a paragraph that is a date line gives (`Ankara, November 14, 1962, 6 p.m.` ->
    `1962-11-14`): one date with its year, a place at most before it and its time after it;
    '' for any other paragraph."""
    dates = find_dates(text, None)
    if len(dates) != 1 or dates[0].inferred or len(dates[0].when) < 10:
        return ""
    date = dates[0]
    if not PLACE_BEFORE.fullmatch(text[:date.start]) or not TIME_AFTER.fullmatch(text[date.end:]):
        return ""
    return date.when[:10]
