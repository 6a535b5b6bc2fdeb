"""Years: the year two digits write (`02.11.62`, `28 Oct 62`), and a four-digit number that is
a year (`in 1958`) or not (`no. 1856`, `1400 GMT`)."""

from __future__ import annotations

import re

from .date_mentions import (DateContext, DateMention, blocked_before, day_in_year, match_before,
                            opens_text)
from .date_patterns import (AT_WORD, CLOCK_BEFORE, CLOCK_ZONE_AFTER, PARAGRAPH_NUMBER_AFTER,
                            TWO_DIGIT_YEARS_AROUND, UNIT_AFTER)


def full_year(digits: str, ctx: DateContext) -> int | None:
    """The year a numeric date writes: `62` is the year so ending nearest the document date's
    (1962 in a record of 1962, 2017 in a debate of 2017), 19xx where there is none; None if
    that is more than TWO_DIGIT_YEARS_AROUND years from it (`15` in a record of 1962)."""
    if len(digits) != 2:
        return int(digits)
    if ctx.year is None:
        return 1900 + int(digits)
    same_century = ctx.year - ctx.year % 100 + int(digits)
    year = min((same_century - 100, same_century, same_century + 100),
               key=lambda year: abs(year - ctx.year))
    return year if abs(year - ctx.year) <= TWO_DIGIT_YEARS_AROUND else None


SHORT_YEARS_BACK = 10
"""How many years before the document date two digits after a month's abbreviation may write."""
COUNT_GOES_ON = re.compile(r"\s*(?:or\s+(?:more|so|less|fewer)\b|(?:to|or)\s+\d|[-–]\d|\+)")
"""What makes two digits a count: `60 or more`, `12 to 15`, `42-45`, `40+`."""


def short_year(ctx: DateContext, m: re.Match[str], month: int, day: int,
                weekday: str | None) -> int | None:
    """The year two digits after a month's abbreviation write (`28 Oct 62`), or None when they
    count what follows the date: a year is one of the `SHORT_YEARS_BACK` years up to the document
    date's (`our note of 5 Dec 60`), or the year the day and month alone are read in (`15 Jan 63`
    in a telegram of 20 December 1962), unless a count goes on after the digits (`28 Oct 60 or
    more missiles`); `3 Nov 42 were aboard` in a record of 1962 is a count. With no document
    date, as a numeric date's."""
    year = full_year(m["yy"], ctx)
    if ctx.year is None or year is None:
        return year
    if COUNT_GOES_ON.match(ctx.text, m.end("yy")):
        return None
    alone, _ = day_in_year(ctx, None, month, day, weekday)
    near = ctx.year - SHORT_YEARS_BACK <= year <= ctx.year
    return year if near or alone and year == alone.year else None


def bare_year(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """"1918", "1969–1976", "1969-70"; not "no. 1856", "Deptel 1255", "at 1400", "1000 meters",
    a clock time before its zone ("1400 GMT", "by 1800 local"), nor the number that opens a
    paragraph, a period and words after it: `1712. Eyes only…` is a telegram's number, whatever
    year it could be. A year in a name is that year (`the 1961 Berlin crisis`, `the 1962 Act`,
    `The 1812 Overture`): a rule that took it out of the names took it out of the first two."""
    if blocked_before(ctx, m.start(), AT_WORD) or UNIT_AFTER.match(ctx.text, m.end()) \
            or _clock_time(ctx, m):
        return None
    if not m["y2"] and _numbers_its_paragraph(ctx, m):
        return None
    if not m["y2"]:
        return ctx.mention(m.start(), m.end(), m["y"])
    first = int(m["y"])
    last = int(m["y2"]) if len(m["y2"]) == 4 else first // 100 * 100 + int(m["y2"])
    return ctx.mention(m.start(), m.end(), "", f"{first:04d}", f"{last:04d}") if last > first else None


def _clock_time(ctx: DateContext, m: re.Match[str]) -> bool:
    """Whether the number `m` is a clock time before its zone (`1400 GMT`, `1400–1600 GMT`):
    hours and minutes a clock shows, no time right before it (`Aug 29 00:00:00 2013 GMT` writes
    a year)."""
    hours, minutes = int(m["y"][:2]), int(m["y"][2:])
    return hours < 24 and minutes < 60 \
        and bool(CLOCK_ZONE_AFTER.match(ctx.text, m.end())) \
        and not match_before(ctx, m.start(), CLOCK_BEFORE, 12)


def _numbers_its_paragraph(ctx: DateContext, m: re.Match[str]) -> bool:
    """Whether the number `m` opens the text and a period and words follow it: `1712. Eyes…`."""
    return opens_text(ctx, m.start()) and bool(PARAGRAPH_NUMBER_AFTER.match(ctx.text, m.end()))
