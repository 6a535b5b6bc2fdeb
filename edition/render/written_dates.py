"""Dates as the pages and citations write them, and the reader's date of access to fill in.

Chicago's long form, MLA's, the calendar day; the date of access is a placeholder the page's
script fills in with the reader's today (`cite`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from markupsafe import Markup

from ..date_patterns import MONTH_NAMES


MLA_MONTHS = "Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec.".split()
ACCESS_PLACEHOLDERS = {"chicago": "Month Day, Year", "mla": "Day Mon. Year", "iso": "YYYY-MM-DD"}
"""What the reader's date of access reads before the script fills it in, by how it is written."""


def calendar_date(iso: str) -> str:
    """The calendar date of a W3C date: '1962-11-05T10:21:00-05:00' -> '1962-11-05'; '1962-11'
    and '1962' as they are. Its first ten characters: a slice, as the chronology takes the day
    of every date of the corpus on every build."""
    return iso[:10]


def date_parts(iso: str) -> list[int]:
    return [int(p) for p in calendar_date(iso).split("-") if p.isdigit()]


@lru_cache(maxsize=1 << 14)
def long_date(iso: str) -> str:
    """'1962-11-05' -> 'November 5, 1962' (Chicago); partial dates as far as they go."""
    return _written(iso, MONTH_NAMES, day_first=False)


def mla_date(iso: str) -> str:
    """'1962-11-05' -> '5 Nov. 1962'."""
    return _written(iso, MLA_MONTHS, day_first=True)


def long_span(first: str, last: str = "") -> str:
    """The days `first` to `last` (Chicago): '1962-10-22', '1962-10-28' -> 'October 22–28,
    1962'; 'October 31–November 2, 1962'; 'December 28, 1962–January 3, 1963'; without `last`
    (a document of one day), `long_date`."""
    if not last or len(date_parts(first)) < 3 or len(date_parts(last)) < 3:
        return long_date(first)
    (year, month, day), (last_year, last_month, last_day) = date_parts(first), date_parts(last)
    if year != last_year:
        return f"{long_date(first)}–{long_date(last)}"
    if month != last_month:
        return f"{MONTH_NAMES[month - 1]} {day}–{MONTH_NAMES[last_month - 1]} {last_day}, {year}"
    return f"{MONTH_NAMES[month - 1]} {day}–{last_day}, {year}"


def mla_span(first: str, last: str = "") -> str:
    """The days `first` to `last` (MLA): '1962-10-22', '1962-10-28' -> '22–28 Oct. 1962';
    '31 Oct.–2 Nov. 1962'; '28 Dec. 1962–3 Jan. 1963'; without `last`, `mla_date`."""
    if not last or len(date_parts(first)) < 3 or len(date_parts(last)) < 3:
        return mla_date(first)
    (year, month, day), (last_year, last_month, last_day) = date_parts(first), date_parts(last)
    if year != last_year:
        return f"{mla_date(first)}–{mla_date(last)}"
    if month != last_month:
        return f"{day} {MLA_MONTHS[month - 1]}–{mla_date(last)}"
    return f"{day}–{mla_date(last)}"


def iso_span(first: str, last: str = "") -> str:
    """The days `first` to `last` as an ISO 8601 interval, '1962-10-22/1962-10-28' (BibLaTeX's
    date range); without `last`, `first`."""
    return f"{first}/{last}" if last else first


def _written(iso: str, months: Sequence[str], day_first: bool) -> str:
    """The date `iso` with the names of `months`, its day before the month or after it; a
    partial date as far as it goes, none 'n.d.'."""
    parts = date_parts(iso)
    if len(parts) == 3:
        month = months[parts[1] - 1]
        return f"{parts[2]} {month} {parts[0]}" if day_first else f"{month} {parts[2]}, {parts[0]}"
    if len(parts) == 2:
        return f"{months[parts[1] - 1]} {parts[0]}"
    return str(parts[0]) if parts else "n.d."


def access_date(style: str) -> Markup:
    """The reader's date of access, written as `style` writes dates (chicago, mla, iso): a
    placeholder that the page's script fills in with the reader's today."""
    return Markup('<var class="access-date" data-style="{}">{}</var>').format(
        style, ACCESS_PLACEHOLDERS[style])
