"""A date mention, the text it is read in, and the helpers each date rule makes mentions with."""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from .date_patterns import (BLOCKING_WORD, FORWARD_DAYS, MONTHS, MONTH_NAMES, NUMBER,
                            ORDINAL_WORDS, PART_DAYS, SPACE_RUN, WEEKDAY_BEFORE, WEEKDAYS,
                            ZONED_CLOCK_BEFORE)
from .date_tenses import PAST_VERB_BEFORE
from .date_times import timestamps


COLUMN_GAP = re.compile(r"\t| {3}")
"""A tab or three spaces: the least gap between a table's columns (`October        29
318`, a row of ships by month)."""
THIRD_COLUMN = re.compile(r"(?:\t| {3})[ \t]*\S")
"""Another column's gap and its first character, right after a number."""
GAP = re.compile(r"(?<=\S)[ \t]+(?=\S)")
"""The space between two words."""


@dataclass(frozen=True)
class DateMention:
    """One date expression: offsets into the searched text and its ISO 8601 value(s)."""

    start: int
    end: int
    text: str
    when: str = ""
    not_before: str = ""
    not_after: str = ""
    inferred: bool = False
    impossible: str = ""
    """The day named when there is no such day (`31 November 1962`): the mention is unresolved."""
    month_first: bool = False
    """A numeric date read month first, as only that reading names a day (`5.13.1962`)."""
    readings: tuple[str, ...] = ()
    """The days a slashed date names read day first and month first, when both are days
    (`11/5/62`: 1962-05-11 and 1962-11-05): a date by its shape, unresolved."""
    by_convention: bool = False
    """Days the encoder gives a part of a month by its convention (`PART_DAYS`: `early September
    1962` the 1st to the 10th), not the source's words: a conjecture (`part_of_month`)."""
    calendar: str = ""
    """The calendar the text names the day in, where not the Gregorian: `julian` (`25 December
    O.S.`, `date_calendars`), its values the Gregorian day's."""

    @property
    def resolved(self) -> bool:
        return bool(self.when or self.not_before or self.not_after)


@dataclass(frozen=True)
class DateContext:
    """The text a date rule reads and the document date it reads it against."""

    text: str
    doc: date | None   # the full document date, needed by relative expressions
    year: int | None   # its year, also known when only "1599" or "1962-11" is given
    month: int | None
    last: date | None = None
    """The last day of the document's span of days (`27-28 October 1962`: `doc` the 27th), or
    None for a document of one day."""
    past_before: bool = True
    """A day and month in a clause in the past tense is on or before the document date
    (`year_before_if_past`); not in an editor's note, which tells of what came after the
    document too (`Kissinger forwarded the memorandum on February 3`)."""
    days_before: dict[int, re.Match[str] | None] = field(default_factory=dict, compare=False,
                                                         repr=False)
    """The days read before each month's name (`date_day_first.days_before`), which two rules
    read, `MONTH_FIRST` and `DAY_FIRST`: read once for both."""

    def mention(self, start: int, end: int, when: str = "", not_before: str = "",
                not_after: str = "", inferred: bool = False) -> DateMention:
        return DateMention(start, end, self.text[start:end], when, not_before, not_after, inferred)


def context_of(text: str, document_date: str | None, past_before: bool = True) -> DateContext:
    """`text` read against `document_date` ("1962-11-05", "1962-11", "1599", a span of days
    "1962-10-27/1962-10-28" or none)."""
    return DateContext(text, *_document_day(document_date or ""), past_before=past_before)


@lru_cache(maxsize=256)
def _document_day(document_date: str) -> tuple[date | None, int | None, int | None, date | None]:
    """(full date, year, month, last day) of a document date: "1962-11-05", "1962-11", "1599";
    a span of days "1962-10-27/1962-10-28" is its first day and its last."""
    found = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:/(\d{4})-(\d{2})-(\d{2}))?",
                     document_date)
    if not found:
        return None, None, None, None
    year, month, day, *last = (int(g) if g else None for g in found.groups())
    first = make_date(year, month, day) if month and day else None
    return first, year, month, make_date(*last) if first and last[0] else None


# --- small helpers --------------------------------------------------------------------------
def make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_from(year: int, month: int, offset: int) -> tuple[int, int]:
    """(year, month) `offset` months from `month` of `year`: (1962, 12, 1) -> (1963, 1)."""
    years, index = divmod(year * 12 + month - 1 + offset, 12)
    return years, index + 1


PART_OF_MONTH_BEFORE = re.compile(r"(?<![\w-])(?P<part>(?i:early|mid|late))(?:[ \t]+|-)$")
"""The part of a month before its name: `Late October 1962`, `mid-November 1962`, `late October`."""


PART_OR_PART_BEFORE = re.compile(
    r"(?<![\w-])(?P<part>(?i:early|mid|late))(?:[ \t]+|-)(?P<m>[^\W\d_]+)[ \t]+(?:or|to|and)"
    r"[ \t]+$")
"""A part of another month and a word joining it before a part of a month: `Late October or `
in `Late October or early November 1962`."""


def part_of_month(ctx: DateContext, start: int, end: int, year: int, month: int,
                  inferred: bool = False) -> DateMention | None:
    """The days of the part of the month `year`-`month` whose name `start` opens, where a part
    stands before it (`Late October 1962` the 21st to the 31st, `PART_DAYS`), by the encoder's
    convention (`by_convention`), from a part of the month before it joined by `or`, `to`,
    `and` (`Late October or early November 1962`: the 21st of October to the 10th of
    November); None where no part stands before it."""
    part = match_before(ctx, start, PART_OF_MONTH_BEFORE, 8)
    if part is None:
        return None
    first_day, last_day = PART_DAYS[part["part"].lower()]
    month_end = min(last_day, monthrange(year, month)[1])
    begin, first = part.start(), f"{month_iso(year, month)}-{first_day:02d}"
    if earlier := _earlier_part(ctx, begin, year, month):
        begin, first = earlier
    return replace(ctx.mention(begin, end, "", first, f"{month_iso(year, month)}-{month_end:02d}",
                               inferred), by_convention=True)


def _earlier_part(ctx: DateContext, start: int, year: int, month: int) -> tuple[int, str] | None:
    """Where a part of the month before `month` begins, joined to the part at `start`, and its
    first day (`Late October or `; `late December or early January 1963` of the year before)."""
    found = match_before(ctx, start, PART_OR_PART_BEFORE, 24)
    if found is None or found["m"].lower() not in MONTHS or not found["m"][0].isupper():
        return None
    if month_number(found["m"]) != (month - 2) % 12 + 1:
        return None
    first_year = year - (month == 1)
    day = PART_DAYS[found["part"].lower()][0]
    return found.start(), f"{month_iso(first_year, month_number(found['m']))}-{day:02d}"


def match_before(ctx: DateContext, start: int, pattern: re.Pattern[str],
                 width: int = 40) -> re.Match[str] | None:
    """`pattern` (anchored with $) matched in the `width` characters right before `start`."""
    return pattern.search(ctx.text, max(0, start - width), start)


def opens_text(ctx: DateContext, start: int) -> bool:
    """Whether only white space stands before `start` in the text (a paragraph's head)."""
    return _LEADING_SPACE.match(ctx.text).end() == start


_LEADING_SPACE = re.compile(r"\s*")


def with_weekday(ctx: DateContext, start: int) -> tuple[int, str | None]:
    """`start` moved back over a weekday written before it ("Monday, "), and that weekday."""
    found = match_before(ctx, start, WEEKDAY_BEFORE)
    return (found.start(), found["wd"]) if found else (start, None)


def month_number(token: str) -> int:
    return MONTHS[token.rstrip(".").lower()]


def day_number(token: str) -> int:
    word = SPACE_RUN.sub("-", token.lower())
    return ORDINAL_WORDS.get(word) or int(NUMBER.match(word).group())


def month_iso(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def blocked_before(ctx: DateContext, start: int, also: re.Pattern[str] | None = None) -> bool:
    before = ctx.text[max(0, start - 40):start]
    return bool(BLOCKING_WORD.search(before) or (also and also.search(before)))


def day_in_year(ctx: DateContext, year: str | None, month: int, day: int,
                 weekday: str | None = None) -> tuple[date | None, bool]:
    """The date and whether its year was inferred: the explicit year, else the latest one at most
    FORWARD_DAYS after the document date (one with the stated weekday if there is one)."""
    if year:
        return make_date(int(year), month, day), False
    if ctx.doc is None:
        return (make_date(ctx.year, month, day) if ctx.year else None), True
    limit = ctx.doc + timedelta(days=FORWARD_DAYS)
    options = [d for y in range(ctx.doc.year - 1, ctx.doc.year + 2)
               if (d := make_date(y, month, day)) and d <= limit]
    if weekday:
        options = [d for d in options if d.weekday() == WEEKDAYS[weekday.lower()]] or options
    return max(options, default=None), True


def core_end(m: re.Match[str]) -> int:
    """End of a match without its dateline time."""
    return m.start("tsep") if m["tsep"] is not None else m.end()


def day_mention(ctx: DateContext, m: re.Match[str], start: int, day: date | None,
                 inferred: bool) -> DateMention:
    """A day-precise mention from `start` to the end of `m`, with its dateline time if any, or
    from a time in GMT right before it (`2000Z 20 NOV 62`, `1404 GMT 28 Oct 62`: `@when` the
    time of that day, `1962-10-28T14:04:00+00:00`)."""
    if day is None:
        return ctx.mention(start, m.end())
    if not m["time"] and (clock := match_before(ctx, start, ZONED_CLOCK_BEFORE, 12)):
        return ctx.mention(clock.start(), core_end(m), timestamps(ctx.text, clock, day)[0],
                           inferred=inferred)   # `1404 GMT 28 Oct 62`
    if m["time"] and (stamps := timestamps(ctx.text, m, day)):
        if stamps[0] == stamps[1]:
            return ctx.mention(start, m.end(), stamps[0], inferred=inferred)
        return ctx.mention(start, m.end(), "", *stamps, inferred)
    return ctx.mention(start, core_end(m), day.isoformat(), inferred=inferred)


def impossible_mention(ctx: DateContext, start: int, end: int, year: int | None, month: int,
                day: int) -> DateMention:
    """An unresolved mention; `impossible` names the day (`31 November 1962`) when no year has it
    (none with `year` given; 2000, a leap year, when not: then it is `inferred`, as a date whose
    year would be)."""
    mention = ctx.mention(start, end, inferred=year is None)
    if make_date(year or 2000, month, day):
        return mention
    named = f"{day} {MONTH_NAMES[month - 1]} {year or ''}".rstrip() if 1 <= month <= 12 \
        else f"{mention.text} (no such month)"
    return replace(mention, impossible=named)


def explicit_day(ctx: DateContext, start: int, end: int, year: int, month: int,
                  day: int) -> DateMention:
    found = make_date(year, month, day)
    return ctx.mention(start, end, found.isoformat()) if found \
        else impossible_mention(ctx, start, end, year, month, day)


def span_mention(ctx: DateContext, start: int, end: int, first: date | None, last: date | None,
                  inferred: bool) -> DateMention:
    if first is None or last is None or last < first:
        return ctx.mention(start, end)
    return ctx.mention(start, end, "", first.isoformat(), last.isoformat(), inferred)


def column_gap(text: str, start: int, end: int, after: int) -> bool:
    """Whether the gap `text[start:end]`, between a month and a number ending at `after`, parts
    a table's columns (`October        29          318`): a tab, or three spaces or more where
    another such gap and a word follow the number (a third column), or where the gap is twice
    as wide as the text's usual space between words or more; not the wider space of justified
    typescript (`begin  on  December   15.`, two spaces between most words)."""
    gap = text[start:end]
    if "\t" in gap or not COLUMN_GAP.search(gap):
        return "\t" in gap
    if THIRD_COLUMN.match(text, after):
        return True
    widths = sorted(len(found.group()) for found in GAP.finditer(text)
                    if found.start() != start)
    return not widths or len(gap) >= 2 * widths[(len(widths) - 1) // 2]


A_MONTH = timedelta(days=31)


def year_before_if_past(ctx: DateContext, day: date, start: int, end: int) -> date:
    """A day whose year was inferred ahead of the document date (the window of `day_in_year`)
    a year earlier where a verb in the past governs it (`PAST_VERB_BEFORE`): `The embargo was
    imposed on February 7.` in a record of November 12, 1962 is 1962-02-07, `The talks will
    resume on January 10.` stays 1963-01-10, and so do `The meeting on January 10.`, which
    tells no tense, `He said it was important that they meet on January 10` and `Thompson
    briefed Rusk on the plans for 20 February`, whose verbs do not govern the date."""
    if not ctx.past_before or ctx.doc is None or day <= (ctx.last or ctx.doc) + A_MONTH:
        return day   # a day just after the document's: a record of its days, or misdated
    if match_before(ctx, start, PAST_VERB_BEFORE, 60) is None:
        return day
    return make_date(day.year - 1, day.month, day.day) or day
