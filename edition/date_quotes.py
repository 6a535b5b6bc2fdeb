"""The date a quoted document's own date line gives the paragraphs of the quotation after it."""

from __future__ import annotations

from .date_checks import is_dateline
from .dates import find_dates
from .model import Paragraph

OPENING_MARKS = ('"', "“")


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
    """The day a paragraph that is a date line gives (`Ankara, November 14, 1962, 6 p.m.`,
    `Moscow, 14 November 1962, 1800 hours` -> `1962-11-14`): a date line as the opener reads
    one (`date_checks.is_dateline`) with one date of a day and its year; '' for any other."""
    if not is_dateline(text):
        return ""
    dates = find_dates(text, None)
    if len(dates) != 1 or dates[0].inferred or len(dates[0].when) < 10:
        return ""
    return dates[0].when[:10]
