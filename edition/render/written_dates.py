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
