"""Dates as the pages and citations write them, and the reader's date of access to fill in.

Chicago's long form, MLA's, the calendar day; the date of access is a placeholder the page's
script fills in with the reader's today (`cite`).
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Sequence
from functools import lru_cache

from markupsafe import Markup

from ..date_patterns import MONTH_NAMES, PART_DAYS


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
    1962'; 'October 31–November 2, 1962'; 'December 28, 1962–January 3, 1963'; months,
    'October–November 1962'; without `last` (a document of one day), `long_date`."""
    return "–".join(long_span_parts(first, last))


def long_span_parts(first: str, last: str = "") -> tuple[str, ...]:
    """`long_span` in its parts, the first date's and the last's, each written once where both
    share it: ('October 22', '28, 1962'), ('October', 'November 1962'); one part for one day,
    or for the days of a part of a month ('late October 1962': `part_of_month`)."""
    if part := part_of_month(first, last):
        year, month, _ = date_parts(first)
        return (f"{part}{'-' if part == 'mid' else ' '}{MONTH_NAMES[month - 1]} {year}",)
    spanned = _spanned(first, last)
    if spanned is None:
        return (long_date(first),) if not last or _same(first, last) \
            else (long_date(first), long_date(last))
    (year, month, *day), (_, last_month, *last_day) = spanned
    if not day:
        return MONTH_NAMES[month - 1], long_date(last)
    if month != last_month:
        return f"{MONTH_NAMES[month - 1]} {day[0]}", long_date(last)
    return f"{MONTH_NAMES[month - 1]} {day[0]}", f"{last_day[0]}, {year}"


def mla_span(first: str, last: str = "") -> str:
    """The days `first` to `last` (MLA): '1962-10-22', '1962-10-28' -> '22–28 Oct. 1962';
    '31 Oct.–2 Nov. 1962'; '28 Dec. 1962–3 Jan. 1963'; months, 'Oct.–Nov. 1962'; without
    `last`, `mla_date`."""
    if part := part_of_month(first, last):
        year, month, _ = date_parts(first)
        return f"{part}{'-' if part == 'mid' else ' '}{MLA_MONTHS[month - 1]} {year}"
    spanned = _spanned(first, last)
    if spanned is None:
        return mla_date(first) if not last or _same(first, last) \
            else f"{mla_date(first)}–{mla_date(last)}"
    (_, month, *day), (_, last_month, *_) = spanned
    if not day:
        return f"{MLA_MONTHS[month - 1]}–{mla_date(last)}"
    if month != last_month:
        return f"{day[0]} {MLA_MONTHS[month - 1]}–{mla_date(last)}"
    return f"{day[0]}–{mla_date(last)}"


@lru_cache(maxsize=1 << 14)
def span_times(first: str, last: str = "") -> Markup:
    """The days `first` to `last` as the pages show them, one `time` a date, its `datetime` that
    date (HTML's holds no span): `<time datetime="1962-10-22">October 22</time>–<time
    datetime="1962-10-28">28, 1962</time>`; one for a document of one day. Kept (a `Markup` is
    immutable): the home page's list, the type pages' and the chronology show every document's
    dates, 30,000 spans at 10,000 documents, of which most are the same day's."""
    parts = long_span_parts(first, last)
    isos = (first[:len("1962-10")],) if part_of_month(first, last) else (first, last)
    return Markup("–").join(Markup('<time datetime="{}">{}</time>').format(iso, text)
                            for iso, text in zip(isos, parts))


INFERRED_MARK = Markup(' <span class="inferred">(inferred)</span>')
"""After a date whose days the encoder inferred, as the chronology marks a date of the text."""


DAYS_INFERRED_MARK = Markup(' <span class="inferred">(days {}–{} inferred)</span>')
"""After a part of a month the source gives (`late October 1962`), the days the encoder gives
it: the source's words are shown, only the days are inferred."""


def shown_dates(first: str, last: str = "", inferred: bool = False) -> Markup:
    """`span_times`, followed by `INFERRED_MARK` where the date is an inference (`[October 27,
    1962]`, `c. 28 October 1962`), or by the days inferred where the source gives a part of a
    month (`late October 1962 (days 21–31 inferred)`: the encoder's 21st to 31st)."""
    if inferred and part_of_month(first, last):
        mark = DAYS_INFERRED_MARK.format(date_parts(first)[2], date_parts(last)[2])
    else:
        mark = INFERRED_MARK if inferred else Markup("")
    return span_times(first, last) + mark


def part_of_month(first: str, last: str) -> str:
    """'early', 'mid' or 'late' where the days `first` to `last` are those that part of one month
    names (`date_patterns.PART_DAYS`: '1962-10-21' to '1962-10-31' is late October), else ''."""
    parts, last_parts = date_parts(first), date_parts(last) if last else []
    if len(parts) != 3 or len(last_parts) != 3 or parts[:2] != last_parts[:2]:
        return ""
    month_end = monthrange(parts[0], parts[1])[1]
    return next((part for part, (start, end) in PART_DAYS.items()
                 if parts[2] == start and last_parts[2] == min(end, month_end)), "")


def _spanned(first: str, last: str) -> tuple[list[int], list[int]] | None:
    """The parts of `first` and `last` where they are two days or two months of one year, whose
    year the span writes once; None for one date, dates of other years or of unlike precision
    (written in full, each)."""
    parts, last_parts = date_parts(first), date_parts(last) if last else []
    if len(parts) not in (2, 3) or len(last_parts) != len(parts) or parts[0] != last_parts[0] \
            or parts == last_parts:
        return None
    return parts, last_parts


def _same(first: str, last: str) -> bool:
    return date_parts(first) == date_parts(last)


def iso_span(first: str, last: str = "", mark: str = "") -> str:
    """The days `first` to `last` as an ISO 8601 interval, '1962-10-22/1962-10-28' (BibLaTeX's
    date range); without `last`, `first`; `mark` after each date (`~`, approximate)."""
    return f"{first}{mark}/{last}{mark}" if last else first + mark


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
