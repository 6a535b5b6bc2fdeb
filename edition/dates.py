"""Find date expressions in English archival text and normalise them to ISO 8601 (stdlib only)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from .date_mentions import (
    DateContext, DateMention, blocked_before, column_gap, context_of, core_end, day_in_year,
    day_mention, explicit_day, impossible_mention, make_date, match_before, month_iso,
    month_number, part_of_month, span_mention, with_weekday, year_before_if_past,
)
from .date_calendars import double_dated, old_style
from .date_clocks import CLOCK_TIME, record_time
from .date_day_first import day_first, days_before
from .date_hungarian import HUNGARIAN_RULES
from .date_month_days import day_of_named_month, diary_day_head, year_first_line
from .date_months import is_foreign_month
from .date_openings import (Openings, after_ordinal_number, any_openings, at_months,
                            at_numbers, at_weekdays, with_words)
from .date_patterns import (
    BETWEEN_BEFORE, DATE_TIME_GROUP, DAY_FIRST, DAY_OF_NAMED_MONTH, DIARY_DAY_HEAD, MONTH_CUED,
    MONTH_DAY_RANGE, MONTH_FIRST, MONTH_OF_BEFORE, MONTH_YEAR, NUMERIC_DATE, NOUN_AFTER,
    ORDINAL_DAY, RELATIVE_DAY, RELATIVE_DAYS, RELATIVE_DAY_WORDS, RELATIVE_YEAR, ROMAN_DATE,
    ROMAN_MONTHS, SPACE_RUN, WEEKDAY, WORDED_SPAN_END, YEAR, YEAR_FIRST_LINE,
)
from .date_spanish import SPANISH_RULES
from .date_spans import days_spanned, first_days_year, night_after, roman_span
from .date_times import timestamps
from .date_weekdays import month_cued, named_weekday, ordinal_day
from .date_years import bare_year, body_named, full_year, written_year


# --- one handler per pattern: a match -> the mentions it makes (none: not a date) ------------
def _numeric_date(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """Day first (`5.6.1962` is 5 June, `02.11.62` 2 November 1962), unless only month first
    names a day: `5.13.1962` and `10/28/62` are (`month_first`). A slashed date that names a
    day both ways (`5/6/1962`) has none, and both its `readings`: it is as likely American,
    month first, as not. None after `section`, `paragraph`, `no.` and the like (`Section
    3.4.12`), nor with a two-digit year far from the document date's (`2.1.15` in 1962)."""
    if m["iy"]:
        return explicit_day(ctx, m.start(), m.end(), int(m["x"] + m["iy"]), int(m["im"]),
                             int(m["id"]))
    year = full_year(m["y"], ctx)
    if year is None or blocked_before(ctx, m.start()):
        return None
    day = int(m["x"] + m["d"])
    month = int(m["mo"])
    if month > 12 and (found := make_date(year, day, month)):
        return replace(ctx.mention(m.start(), m.end(), found.isoformat()), month_first=True)
    if m["sep"] == "/" and day != month and day <= 12 and month <= 12:
        readings = (date(year, month, day).isoformat(), date(year, day, month).isoformat())
        return replace(ctx.mention(m.start(), m.end()), readings=readings)
    return explicit_day(ctx, m.start(), m.end(), year, month, day)


def _roman_date(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """`19.XI.62`; `1.XI.1962, 23:40`, with its dateline time; `12.XI.`, whose year is inferred
    as that of `12 November` is; `10-12.XI.62`, days 10 to 12. None after `section`, `no.`,
    `Nr.` and the like (`telegram no. 12.XI.62`), as a numeric date; one without a year none
    with no such month (`3.XIV`); one with a two-digit year far from the document date's none."""
    if blocked_before(ctx, m.start()):
        return None
    month, first, end = ROMAN_MONTHS.get(m["mo"], 0), int(m["x"] + m["d"]), core_end(m)
    if not m["d2"] and not m["time"] and (span := roman_span(m, ctx, month, first, end)):
        return span
    if m["y"]:
        if (year := full_year(m["y"], ctx)) is None:
            return None
        if not m["d2"] and m["time"] and (day := make_date(year, month, first)):
            return day_mention(ctx, m, m.start(), day, False)   # `1.XI.1962, 23:40`
        if not m["d2"]:
            return explicit_day(ctx, m.start(), end, year, month, first)
        return span_mention(ctx, m.start(), end, make_date(year, month, first),
                             make_date(year, month, int(m["d2"])), False)
    if not month:
        return None
    day, _ = day_in_year(ctx, None, month, first)
    if day is None:
        return impossible_mention(ctx, m.start(), end, None, month, first)
    if not m["d2"]:
        return ctx.mention(m.start(), end, day.isoformat(), inferred=True)
    return span_mention(ctx, m.start(), end, day, make_date(day.year, month, int(m["d2"])), True)


def _month_first(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """`November 5(, 1962)`, `noviembre 20 de 1962` (a month of another language month first
    only so, as Spanish America writes it); a number above 31 without a year after it is no day (`NOV 62` in a
    telegram's date-time group, `Nov 40 addressees`), nor one after a month a day stands before
    (`By 5 Nov 12 to 15 ships`: 5 November, and a count), nor one a column gap parts from it
    (`October        29`: a table's row), `November 32, 1962` an impossible one."""
    if is_foreign_month(m["m"]) and not m["de"]:   # `novembre 5`: read day first only
        return None
    start, weekday = with_weekday(ctx, m.start())
    month, number, year = month_number(m["m"]), int(m["d"]), written_year(m, ctx)
    if m["ey"] and year is None:   # `'15` in a record of 1962
        return None
    if not year and (number > 31 or days_before(ctx, m.start())
                     or column_gap(ctx.text, m.end("m"), m.start("d"), m.end("d"))):
        return None
    if body := body_named(ctx, start, m.end()):
        return body
    day, inferred = day_in_year(ctx, year, month, number, weekday)
    if day is None:
        return impossible_mention(ctx, start, m.end(), year and int(year), month, number)
    if inferred and not weekday:
        day = year_before_if_past(ctx, day, start, m.end())
    return day_mention(ctx, m, start, day, inferred)


def _month_day_range(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """`January 22–27`, `January 30–February 2, 1970`; `Oct. 26 and 27, 1962` and `November 5
    or 6.` (days joined by a word: a year or a punctuation mark after them, not `November 5
    and 12 of them`; across months after `between`: `Between October 28 and November 2, 1962`),
    the days between included. `October 28 and December 18, 1969` is two
    dates, not the weeks between; `Oct 62 and 29` (a year, as in `28 Oct 62 and 29 Oct 62`)
    no span; a night, `October 27/28` (`_month_first_night`)."""
    if int(m["d1"]) > 31:
        return None
    if m["night"]:
        return _month_first_night(m, ctx)
    between = m["w"] and m["w"].lower() == "and" and match_before(ctx, m.start(), BETWEEN_BEFORE)
    if m["w"] and not between and (m["m2"] and m["w"].lower() != "to" or not m["y"]
                                   and not WORDED_SPAN_END.match(ctx.text, m.end())):
        return None
    month, second_month = month_number(m["m"]), month_number(m["m2"] or m["m"])
    first_year = first_days_year(m["y"] and int(m["y"]), month, second_month)
    first, inferred = day_in_year(ctx, first_year and str(first_year), month, int(m["d1"]))
    last = make_date(first.year + (second_month < month), second_month, int(m["d2"])) \
        if first else None   # `between December 28 and January 2`: the next year's
    return span_mention(ctx, m.start(), m.end(), first, last, inferred)


def _month_first_night(m: re.Match[str], ctx: DateContext) -> DateMention:
    """The night `October 27/28` or `October 31/November 1` (`December 31/January 1, 1963`: the
    year the second day's), the span of both days, as `27/28 October`; a date in both calendars,
    its Gregorian day (`October 15/28, 1962`: `date_calendars.double_dated`); none if the second
    day does not follow the first (`October 3/12`, which is then no date at all)."""
    month, second_month = month_number(m["m"]), month_number(m["m2"] or m["m"])
    first_year = first_days_year(m["y"] and int(m["y"]), month, second_month)
    first, inferred = day_in_year(ctx, first_year and str(first_year), month, int(m["d1"]))
    last = night_after(first, second_month, int(m["d2"])) if first else None
    if first and last is None and (double := double_dated(first, second_month, int(m["d2"]))):
        return ctx.mention(m.start(), m.end(), double.isoformat(), inferred=inferred)
    return span_mention(ctx, m.start(), m.end(), first, last, inferred)


def _date_time_group(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """A telegram's date-time group: `041600Z NOV 62` is 4 November 1962, 16:00 GMT
    (`1962-11-04T16:00:00+00:00`); none with a two-digit year far from the document date's."""
    if (year := full_year(m["y"], ctx)) is None:
        return None
    month, number = month_number(m["m"]), int(m["x"] + m["d"])
    if (day := make_date(year, month, number)) is None:
        return impossible_mention(ctx, m.start(), m.end(), year, month, number)
    return ctx.mention(m.start(), m.end(), timestamps(ctx.text, m, day)[0])


def _month_year(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """`November 1967`, `January–April 1970`, `January 1969–October 1970`; a part of a month,
    its days: `Late October 1962` the 21st to the 31st (`PART_DAYS`)."""
    if m["y1"] and not m["m2"]:
        return None
    last = (int(m["y"]), month_number(m["m2"] or m["m"]))
    if not m["m2"] and (part := part_of_month(ctx, m.start(), m.end(), *last)):
        return part
    if not m["m2"]:
        return ctx.mention(m.start(), m.end(), month_iso(*last))
    first = (int(m["y1"] or m["y"]), month_number(m["m"]))
    if last < first:
        return ctx.mention(m.start(), m.end())
    return ctx.mention(m.start(), m.end(), "", month_iso(*first), month_iso(*last))


def _relative_year(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """"last year", "this year", "July of last year" (not "the last year": twelve months)."""
    found = match_before(ctx, m.start(), MONTH_OF_BEFORE)
    if found is None or ctx.year is None:
        return None
    year = ctx.year + {"last": -1, "this": 0, "next": 1}[found["rel"].lower()]
    value = month_iso(year, month_number(found["m"])) if found["m"] else f"{year:04d}"
    return ctx.mention(found.start(), m.end(), value, inferred=True)


def _relative_day(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    if ctx.doc is None or ctx.text[max(0, m.start() - 1):m.start()].isalnum():  # not "xtoday"
        return None
    words = SPACE_RUN.sub(" ", m.group().lower())
    noun_after = NOUN_AFTER.get(words)   # `por la mañana`: the morning
    if noun_after is not None and noun_after.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None
    day = ctx.doc + timedelta(days=RELATIVE_DAYS[words])
    return ctx.mention(m.start(), m.end(), day.isoformat(), inferred=True)


RULES = ((NUMERIC_DATE, _numeric_date, at_numbers), (ROMAN_DATE, _roman_date, at_numbers),
         (DATE_TIME_GROUP, _date_time_group, at_numbers),
         (DAY_OF_NAMED_MONTH, day_of_named_month, at_numbers),
         (DIARY_DAY_HEAD, diary_day_head, at_numbers),
         (YEAR_FIRST_LINE, year_first_line, at_numbers), (CLOCK_TIME, record_time, at_numbers),
         (MONTH_FIRST, _month_first, at_months),
         (MONTH_DAY_RANGE, _month_day_range, at_months), (DAY_FIRST, day_first, at_months),
         (ORDINAL_DAY, ordinal_day, after_ordinal_number),
         (MONTH_YEAR, _month_year, at_months), (MONTH_CUED, month_cued, at_months),
         (RELATIVE_YEAR, _relative_year, with_words("year")), (YEAR, bare_year, at_numbers),
         (RELATIVE_DAY, _relative_day, with_words(*RELATIVE_DAY_WORDS)),
         (WEEKDAY, named_weekday, at_weekdays)) + SPANISH_RULES + HUNGARIAN_RULES
"""(pattern, handler, where the pattern can match), in the order their mentions are weighed."""


# --- public API -----------------------------------------------------------------------------
def find_dates(text: str, document_date: str | None, before: str = "", after: str = "",
               impossible: bool = False, past_before: bool = True) -> list[DateMention]:
    """Every resolved date expression in `text`, non-overlapping, sorted by offset; with
    `impossible`, also those that name no real day (`31 February 1962`, unresolved).

    Relative expressions ("tomorrow", "on Monday", "the 6th", "6 November") are resolved against
    `document_date` ("1962-11-05"; a bare "1599" serves for years) and marked inferred. Longer
    expressions win over those they contain; one that cannot be resolved (February 30, or
    "6 November" with no document date) is left out but still blocks its span.

    `before` and `after` are the text around `text` when it is one piece of a sentence (a text
    node between inline elements): the rules see them, no mention reaches into them. So
    "Since the 20th" is no date when "[Party] Congress" follows, as it is none in one piece;
    a mention that would run on into `after` ("November 5 [1962]") is read from `text` alone."""
    if not before and not after:
        return _find_dates(text, document_date, impossible=impossible, past_before=past_before)
    if not any_openings(text):   # a mention inside `text` begins or needs a word there
        return []
    start, end = len(before), len(before) + len(text)
    mentions = _find_dates(before + text + after, document_date,
                           lambda d: start <= d.start < end, impossible, past_before)
    found = [replace(d, start=d.start - start, end=d.end - start) for d in mentions if d.end <= end]
    cut = {d.start - start for d in mentions if d.end > end}
    if cut:
        found += [d for d in _find_dates(text, document_date, impossible=impossible,
                                         past_before=past_before) if d.start in cut]
    return sorted(found, key=lambda d: d.start)


def _find_dates(text: str, document_date: str | None,
                inside: Callable[[DateMention], bool] | None = None,
                impossible: bool = False, past_before: bool = True) -> list[DateMention]:
    """`find_dates` of `text`, keeping only the mentions `inside` accepts (before weighing)."""
    return [d for d in old_style(text, weighed_mentions(text, document_date, inside, past_before))
            if d.resolved or impossible and d.impossible]


def weighed_mentions(text: str, document_date: str | None,
                     inside: Callable[[DateMention], bool] | None = None,
                     past_before: bool = True) -> list[DateMention]:
    """Every date expression of `text`, resolved or not (`impossible` says when it names no
    real day), the longest winning where they overlap."""
    openings = Openings(text)
    if not openings.any():
        return []
    ctx = context_of(text, document_date, past_before)
    found = [d for pattern, handler, where in RULES for m in where(pattern, openings)
             if (d := handler(m, ctx))]
    if inside is not None:
        found = [d for d in found if inside(d)]
    if len(found) < 2:
        return found   # nothing to weigh
    taken = bytearray(len(text))
    chosen = []
    for mention in sorted(found, key=lambda d: (d.start - d.end, d.start)):  # longest first
        if taken.find(1, mention.start, mention.end) == -1:
            taken[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
            chosen.append(mention)
    return sorted(chosen, key=lambda d: d.start)


@lru_cache(maxsize=64)
def parse_mention(text: str) -> DateMention | None:
    """The date of a date line or title: its most precise explicit date (the first if tied),
    two days written in full a dash or `to` apart the span they name (`December 31, 1962 -
    January 2, 1963`). Kept for the texts asked last: a document's date field is asked some six
    times (the header, the reading of its days, its checks), each a search with every date
    rule."""
    mentions = [m for m in find_dates(text, None) if not m.inferred]
    if span := days_spanned(text, mentions):
        return span
    return max(mentions, key=lambda m: (len(m.when or m.not_before), -m.start), default=None)


def parse_date(text: str) -> str | None:
    """ISO 8601 value of a date line ("November 5, 1962", "19.XI.62"); a range gives its start."""
    mention = parse_mention(text)
    return (mention.when or mention.not_before) if mention else None
