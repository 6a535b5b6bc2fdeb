"""Dates written day first: `5 November 1962`, `the 7th or 8th of November`, a night, a span."""

from __future__ import annotations

import re
from datetime import date

from .date_mentions import (
    DateContext, DateMention, blocked_before, core_end, day_in_year, day_mention, day_number,
    impossible_mention, make_date, match_before, month_number, opens_text, span_mention,
    with_weekday, year_before_if_past,
)
from .date_months import is_foreign_month
from .date_patterns import DAY_BEFORE, MONTHS
from .date_calendars import CALENDARS_APART, double_dated
from .date_spans import first_days_year, night_after, within_span
from .date_years import body_named, short_year, written_year

SPAN_START_BEFORE = re.compile(
    r"(?<![\w.,:/])(?P<d>\d{1,2})\.?[ \t]+(?P<m>[^\W\d_]+\.?)[ \t]*[–—-][ \t]*$")
"""The first day of a span of days across months, day first, before the last (`23 October - `
in `23 October - 6 November 1962`)."""
BETWEEN_DAY_BEFORE = re.compile(r"(?i:\bbetween)[ \t]+(?P<d>\d{1,2})\.?[ \t]+(?P<m>[^\W\d_]+\.?)"
                                r"[ \t]+(?i:and)[ \t]+$")
"""The first day of a span after `between`, day first, before the last (`Between 28 October and `
in `Between 28 October and 2 November 1962`)."""


def days_before(ctx: DateContext, start: int) -> re.Match[str] | None:
    """`_read_days_before` the month's name at `start`, read once for each name: the rules of
    both orders ask, `dates._month_first` and `day_first` (`DateContext.days_before`)."""
    if start not in ctx.days_before:
        ctx.days_before[start] = _read_days_before(ctx, start)
    return ctx.days_before[start]


def _read_days_before(ctx: DateContext, start: int) -> re.Match[str] | None:
    """The day or days before the month's name at `start`: `5 `, `the 7th or 8th of `, `27/28 `
    (a night of two days, or a day in both calendars: `15/28 `), `den 5. `; `29 ` in `62 and 29 `
    (62 a year before); none for `3/12 `, whose days are neither, nor for a spelled day without
    `of` (`fifth November`)."""
    days = match_before(ctx, start, DAY_BEFORE, 60)
    if days and days["d2"] and day_number(days["d1"]) > 31:
        days = DAY_BEFORE.match(ctx.text, days.start("d2"), start)
    if days is None or days["night"] \
            and int(days["night"]) - day_number(days["d1"]) not in (1, *CALENDARS_APART):
        return None
    spelled = any(d and not d[0].isdigit() for d in (days["d1"], days["d2"]))
    return None if spelled and not days["of"] else days


def day_first(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """`5 November 1962`, `the 7th or 8th of November`, `28 Oct 62`, the night `27/28 October`
    or `31 October/1 November` (the two days, `notBefore`, `notAfter`; none if the second day
    does not follow the first); `den 5. November 1962`, `le 3 novembre`, `19 ноября 1962 г.`."""
    if (days := _days_of(ctx, m)) is None:
        return None
    start, weekday = with_weekday(ctx, days.start())
    if blocked_before(ctx, start):
        return None
    if body := body_named(ctx, start, m.end()):
        return body
    month, number = month_number(m["m"]), day_number(days["d1"])
    # a year after a night's second month is that day's (`31 December/1 January 1963`)
    dated = (month_number(m["nm"]), int(m["nd"]), None) if m["nm"] else (month, number, weekday)
    written = written_year(m, ctx)
    if m["ey"] and written is None:   # `'15` in a record of 1962
        return None
    year = short_year(ctx, m, *dated) if m["yy"] else written and int(written)
    first_year = first_days_year(year, month, dated[0])
    first, inferred = day_in_year(ctx, first_year and str(first_year), month, number, weekday)
    if days["night"] and int(days["night"]) != number + 1:   # `15/28 October 1962`
        double = double_dated(first, month, int(days["night"])) if first else None
        return day_mention(ctx, m, start, double, inferred) if double else None
    if m["nd"] and first and not (days["d2"] or days["night"]) \
            and (double := double_dated(first, *dated[:2])):   # `31 December/13 January 1963`
        return day_mention(ctx, m, start, double, inferred)
    if first and inferred and not weekday and not m["nm"] and not (days["d2"] or days["night"]):
        first = year_before_if_past(ctx, first, start, m.end())
    return _days_mention(ctx, m, days, start, year, first, inferred)


def _days_mention(ctx: DateContext, m: re.Match[str], days: re.Match[str], start: int,
                  year: int | None, first: date | None, inferred: bool) -> DateMention:
    """The mention `day_first` makes of `m` and the `days` before it, from `start`, its first
    day `first` (None: no real day) of `year` as written: one day, a span of days (`the 7th or
    8th of`, a night, `23 October - 6 November`) or one naming no real day."""
    month = month_number(m["m"])
    counted = m["yy"] and year is None   # "on 28 Oct 60 or more missiles": the date ends at Oct
    months_end = m.end("nm") if m["nm"] else m.end("m")
    end = months_end if counted else m.end()
    second = days["d2"] or days["night"]
    if m["nd"]:   # the night of 31 October/1 November
        last = night_after(first, month_number(m["nm"]), int(m["nd"])) \
            if first and not second else None
    elif second:
        last = make_date(first.year, month, day_number(second)) if first else None
    elif first is None:
        return impossible_mention(ctx, start, end, year, month, day_number(days["d1"]))
    elif not counted and (span := _span_from_before(ctx, start, first)):
        return span_mention(ctx, span[0], core_end(m), span[1], first, inferred)
    else:
        return ctx.mention(start, end, first.isoformat(), inferred=True) if counted \
            else day_mention(ctx, m, start, first, inferred)
    return span_mention(ctx, start, months_end if counted else core_end(m), first, last, inferred)


def _span_from_before(ctx: DateContext, start: int, last: date) -> tuple[int, date] | None:
    """Where a span of days across months begins and its first day, when a day and a month's
    name and a dash stand right before the day at `start` (`23 October - 6 November 1962`: 23
    October 1962, of the year before where its month is later, `28 December - 3 January 1963`),
    or `between`, a day, a month's name and `and` (`Between 28 October and 2 November 1962`);
    None when they do not, or the day they name is no day before `last`."""
    found = match_before(ctx, start, SPAN_START_BEFORE, 24) \
        or match_before(ctx, start, BETWEEN_DAY_BEFORE, 40)
    if not found or not (found["m"][0].isupper() or is_foreign_month(found["m"])) \
            or found["m"].rstrip(".").lower() not in MONTHS:
        return None
    month = month_number(found["m"])
    first = make_date(first_days_year(last.year, month, last.month), month, int(found["d"]))
    return (found.start("d"), first) if within_span(first, last) else None


def _days_of(ctx: DateContext, m: re.Match[str]) -> re.Match[str] | None:
    """The days before the month of `m` (`days_before`), but not a number with a period that
    opens the text before a month without a year, the paragraph's (`3. November was cold`; `5.
    November 1962`, `am 14. November` are days), nor a day spelled in English before a month
    of another language (`fifth of novembre`)."""
    days = days_before(ctx, m.start())
    if days is None or days["d1"].endswith(".") and not m["y"] \
            and opens_text(ctx, days.start("d1")):
        return None
    spelled = not days["d1"][0].isdigit() or days["d2"] and not days["d2"][0].isdigit()
    return None if spelled and is_foreign_month(m["m"]) else days
