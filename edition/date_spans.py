"""Spans written as two dates: `31.XII.1962-2.I.1963`, `December 31, 1962 - January 2, 1963`."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .date_mentions import DateContext, DateMention, make_date, span_mention
from .date_patterns import ROMAN_MONTHS
from .date_years import full_year

SPAN_DAYS = 92
"""The most days such a span holds: `6 November - 23 October 1962` is no span of a year."""
SPAN_JOIN = re.compile(r"[ \t]*[–—-][ \t]*|[ \t]+(?:to|through|until)[ \t]+")
"""What stands between the two days of a span written in full: a dash, `to`."""
ROMAN_SPAN_END = re.compile(r"[ \t]*[–—-][ \t]*(?P<d>\d{1,2})\.(?P<mo>[IVX]{1,4})\."
                            r"(?P<y>\d{4}|\d{2})(?!\w|[./]\d)")
"""The last day of a span of Roman dates after the first's dash (`-2.I.1963`), with its year."""


def within_span(first: date | None, last: date | None) -> bool:
    """Whether `first` to `last` is a span of days: `last` later, by at most `SPAN_DAYS`."""
    return first is not None and last is not None and 0 < (last - first).days <= SPAN_DAYS


def first_days_year(year: int | None, month: int, second_month: int) -> int | None:
    """The year of a span's first day, in `month`, where `year` is written after its second
    day, in `second_month`: the year before when the span crosses New Year's night (`31
    December/1 January 1963` begins in 1962)."""
    return year - 1 if year and second_month < month else year


def night_after(first: date, month: int, day: int) -> date | None:
    """The night's second day, `day` of `month`, if it is the day after `first` (`31 October/1
    November`, `31 December/1 January 1963`), else None (`30 October/1 November`)."""
    following = first + timedelta(days=1)
    return following if (following.month, following.day) == (month, day) else None


def roman_span(m: re.Match[str], ctx: DateContext, month: int, first: int,
                end: int) -> DateMention | None:
    """`31.XII.1962-2.I.1963`, `28.X-2.XI.1962`: the span of days from `m`'s to the Roman date
    with its year after a dash (`ROMAN_SPAN_END`), the first's year, where it prints none, the
    second's (the year before where its month is later); None where no such date follows or the
    span is no span of at most `SPAN_DAYS`."""
    found = ROMAN_SPAN_END.match(ctx.text, end)
    last_month = ROMAN_MONTHS.get(found["mo"], 0) if found else 0
    if not last_month or not month or (year := full_year(found["y"], ctx)) is None:
        return None
    last = make_date(year, last_month, int(found["d"]))
    first_year = full_year(m["y"], ctx) if m["y"] else first_days_year(year, month, last_month)
    start = make_date(first_year, month, first) if first_year else None
    if not within_span(start, last):
        return None
    return span_mention(ctx, m.start(), found.end(), start, last, False)


def days_spanned(text: str, mentions: list[DateMention]) -> DateMention | None:
    """The span of two days each written with its year, the first before the second by at most
    `SPAN_DAYS`, with only a dash or `to` between them (`31 December 1962 - 2 January 1963`,
    `October 30, 1962 to November 2, 1962`)."""
    for first, last in zip(mentions, mentions[1:]):
        if len(first.when) == len(last.when) == len("1962-10-30") \
                and SPAN_JOIN.fullmatch(text, first.end, last.start) \
                and within_span(date.fromisoformat(first.when), date.fromisoformat(last.when)):
            return DateMention(first.start, last.end, text[first.start:last.end],
                               not_before=first.when, not_after=last.when)
    return None
