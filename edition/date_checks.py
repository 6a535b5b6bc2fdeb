"""Dates that name no real day (`31.II.62`), are read month first (`5.13.1962`) or can be read
either way (`11/5/62`): found where the text shapes a date, reported there.

    November 31, 1962          (the date line)  -> error: 31 November 1962 is not a date
    Evening 31 February 1962   (a dateline)     -> error, and the dateline stays one, without @when
    on 30 February 1962 we ... (running text)   -> warning: the words may not be meant as a date
    on 5.13.1962 we ...        (anywhere)       -> warning: read month first, as 13 May 1962
    11/5/62                    (the date line)  -> warning: 11 May or 5 November 1962; the date
                                                   line stays one, without @when
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from .dates import DateMention, parse_mention, weighed_mentions
from .date_patterns import MONTH_NAMES, PART_DAYS, WEEKDAYS
from .diagnostics import Location, Reporter
from .inline import Locator
from .model import Field, RawDocument

CODE = "date-invalid"
MONTH_FIRST_CODE = "date-month-first"
AMBIGUOUS_CODE = "date-ambiguous"
WEEKDAY_CODE = "date-weekday"
_WEEKDAY_NAMES = "|".join(w.capitalize() for w in WEEKDAYS)
WEEKDAY_OPENING = re.compile(rf"({_WEEKDAY_NAMES})\b,?\s")
"""The weekday a date opens with (`Saturday, 4 November 1962`: the date rules read it)."""
WEEKDAY_AFTER = re.compile(
    rf"\.[ \t]+({_WEEKDAY_NAMES})\.|[ \t]+\(({_WEEKDAY_NAMES})\)")
"""The weekday told right after a date, a sentence of its own or in parentheses: a diary entry's
head, `4 November. Saturday.`, `on 4 November (Saturday)`; not `4 November. Saturday we left`."""
WEEKDAY_AFTER_OPENING = re.compile(r"\.?[ \t]*\(?[A-Za-z]*")
"""What may open a `WEEKDAY_AFTER` that the text after it completes (`. Satur`, ` (`)."""


def find_written_dates(text: str) -> list[DateMention]:
    """`find_dates` of `text` (no document date), the dates naming no real day (`31.II.62`,
    `impossible` set) and those read either way (`11/5/62`, `readings` set): what a line shaped
    as a date holds (a date line, `19.XI.62 A. Mikoyan`)."""
    return [d for d in weighed_mentions(text, None)
            if d.resolved or d.readings or (d.impossible and not d.inferred)]


def impossible_dates(text: str) -> list[DateMention]:
    """The explicit dates in `text` that name no real day (`31 February 1962`, `2011-13-45`)."""
    return [d for d in weighed_mentions(text, None) if d.impossible]


def names_a_date(text: str) -> bool:
    """Whether `text` holds an explicit date, be it one that names no real day (`31.II.62`)."""
    return any(not d.inferred for d in find_written_dates(text))   # one pass of the grammar


DATELINE_WORDS = 10
"""The most words of a dateline."""
DATELINE_SMALL_WORDS = frozenset("""the of at on in a.m. p.m. am pm hours hrs noon midnight
morning afternoon evening night local time via by hand pouch received sent dispatched delivered
de del la las los da das do dos em le
h heures à midi minuit a horas hora às
""".split())
"""The words in lowercase a dateline may hold besides its date and place (`Moscow, the Kremlin,
5 November 1962, 11 a.m.`, `11:00 local time`, `3 p.m. (delivered by hand)`), also with a period
after them (`Havana, 1.XI.1962, 23:40 hrs.`), and the small words of a place's name and before
its date in Spanish, Portuguese and French (`Rio de Janeiro, em 30 de outubro de 1962`,
`Santiago de Cuba`, `Paris, le 30 octobre 1962`), and their words of the clock (`Washington, le
28 octobre 1962, 14 h 30`, `à 14 heures`, `a las 10 horas`, `às 10 horas`)."""
WORD = re.compile(r"[^\W\d_][\w.'’-]*")
PLACE_AFTER = re.compile(
    r",[ \t]+at[ \t]+the[ \t]+[A-Z][\w'’.-]*(?:[ \t]+(?:of|the|[A-Z][\w'’.-]*)){0,5}\.?$")
"""The building a dateline ends with, `at the` and words in capitals: `, at the Department of
State`, `, at the Kremlin` (`is_dateline` does not count its words)."""


def is_dateline(text: str, mentions: list[DateMention] | None = None) -> bool:
    """`Havana, 14 November 1962`, `Washington, November 16, 1962, 11 a.m.`: an explicit date in
    at most `DATELINE_WORDS` words, the others a place, a time or little words; not a sentence
    naming a date (`By 5 Nov 62 to 15 ships had been loaded.`, `Castro refused on 5 November
    1962.`: a word of a sentence, no place, time or little word). The building named after it is
    not counted (`Washington, 30 November 1962, 1 p.m., at the Department of State`). The
    `mentions` are the text's `find_written_dates` where the caller has them."""
    place = PLACE_AFTER.search(text)
    if len((text[:place.start()] if place else text).split()) > DATELINE_WORDS:
        return False
    mentions = find_written_dates(text) if mentions is None else mentions
    dates = [mention for mention in mentions if not mention.inferred]
    if not dates:
        return False
    rest = text[:dates[0].start] + " " + text[dates[-1].end:]
    sentence = [w for w in WORD.findall(rest) if w[0].islower() and w not in DATELINE_SMALL_WORDS
                and w.removesuffix(".") not in DATELINE_SMALL_WORDS]   # `23:40 hrs.`
    return not sentence


def dated_by_years(text: str) -> bool:
    """Whether `text` is a dateline (`is_dateline`) whose dates are years alone: `MOSCOW 1962`,
    `Havana, 1962`; not `Havana, November 20, 1962`."""
    return is_dateline(text) and all(
        len(d.when or d.not_before) == 4 for d in find_written_dates(text) if not d.inferred)


COUNTED_FROM_IT = "dates in the text that count from it (tomorrow, on Monday, 7 November)"
"""What a document without a date leaves unread: a date of the text that names its day and year
(`6 November 1962`) is read all the same."""
DOCUMENT_UNDATED = f"the document is left without a date, and {COUNTED_FROM_IT} unresolved"


def document_date(raw: RawDocument, reporter: Reporter) -> tuple[str, bool]:
    """The ISO date of the document's date field, a day: a time printed after it stays in the
    field's words (`October 27, 1962, 10:42 a.m.` -> 1962-10-27); "" with a warning when it
    can be read either way (`11/5/62`), with an error when it names no real day; and whether
    the field names no date at all, nothing reported (the opener's dateline may date the
    document then, `warn_undated` where it does not). The upload date is checked the same way,
    and a warning says when its digits are not read as a date."""
    meta = raw.metadata
    uploaded = meta.uploaded
    if uploaded.value and not field_date(raw.path, uploaded, reporter) \
            and not report_field(raw.path, uploaded, reporter) \
            and any(c.isdigit() for c in uploaded.value):
        reporter.warning(Location(raw.path, uploaded.line or 1, uploaded.column),
                         f"the upload date '{uploaded.value}' is not read as a date (write "
                         "it 2011-11-20 or November 20, 2011); kept as printed, without @when",
                         "date-unread")
    found = field_date(raw.path, meta.date, reporter)
    unread = not found and not report_field(raw.path, meta.date, reporter, DOCUMENT_UNDATED)
    return found[:len("1962-10-27")], unread


def warn_undated(raw: RawDocument, reporter: Reporter) -> None:
    """Warn that the document has no date: neither its date field nor its dateline names one."""
    meta = raw.metadata
    reporter.warning(Location(raw.path, meta.date.line or 1, meta.date.column or 1),
                     f"no document date found; {COUNTED_FROM_IT} stay unresolved", "date-missing")


class DaySpan(NamedTuple):
    """The days a date field names from one to another (`spanned_days`)."""

    first: str
    last: str
    part_of_month: bool
    """Whether they are a part of a month (`Late October 1962`, `mid-November 1962`:
    `date_patterns.PART_DAYS`), days none of which the text is known to be written on."""


def spanned_days(field: Field) -> DaySpan | None:
    """The first and last day of a date field that names a span of days (`26-27 October 1962`,
    a title's dates: a document of two days; `Late October 1962`), else None (`November 5,
    1962`, `1961-1962`), read once."""
    mention = parse_mention(field.value)
    if mention is None or not spans_days(mention):
        return None
    part = mention.text.split()[0].split("-")[0].lower() in PART_DAYS
    return DaySpan(mention.not_before, mention.not_after, part)


def spans_days(mention: DateMention) -> bool:
    """Whether a date names a span from one day to another (`26-27 October 1962`), not of
    months or years (`January-November 1962`, `1961-1962`)."""
    return len(mention.not_before) == len(mention.not_after) == len("1962-10-26")


def field_date(path: str, field: Field, reporter: Reporter) -> str:
    """The ISO value of the date of a metadata field (`parse_date`), "" if none; one read month
    first, or whose weekday is another day's, is reported (a warning)."""
    mention = parse_mention(field.value)
    if mention is None:
        return ""
    if mention.month_first:
        reporter.warning(_field_location(path, field, mention), month_first_message(mention),
                         MONTH_FIRST_CODE)
    if written := contradicted_weekday(mention, field.value, mention.end):
        reporter.warning(_field_location(path, field, mention), weekday_message(mention, written),
                         WEEKDAY_CODE)
    return mention.when or mention.not_before


def report_field(path: str, field: Field, reporter: Reporter,
                 undated: str = "left without a date") -> bool:
    """Report a date naming no real day in a metadata field (an error) or one read either way
    (a warning, saying what is `undated`); whether there was one."""
    found = weighed_mentions(field.value, None)
    for mention in found:
        if mention.impossible:
            reporter.error(_field_location(path, field, mention),
                           f"{mention.impossible} is not a date", CODE)
        elif mention.readings:
            reporter.warning(_field_location(path, field, mention),
                             ambiguous_message(mention, undated), AMBIGUOUS_CODE)
    return any(mention.impossible or mention.readings for mention in found)


def _field_location(path: str, field: Field, mention: DateMention) -> Location:
    return Location(path, field.line or 1, field.column + mention.start if field.column else 0)


def month_first_message(mention: DateMention) -> str:
    """`5.13.1962 has no month 13: read month first, as 13 May 1962`."""
    day = int(mention.when[8:10])
    return f"{mention.text} has no month {day}: read month first, as {_day_words(mention.when[:10])}"


def ambiguous_message(mention: DateMention, undated: str) -> str:
    """`11/5/62 is 11 May 1962 day first, 5 November 1962 month first: left without a date
    (write 1962-05-11 or 1962-11-05)`."""
    first, second = (_day_words(iso) for iso in mention.readings)
    return (f"{mention.text} is {first} day first, {second} month first: {undated} "
            f"(write {' or '.join(mention.readings)})")


def _day_words(iso: str) -> str:
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{day} {MONTH_NAMES[month - 1]} {year}"


def contradicted_weekday(mention: DateMention, text: str, at: int, after: str = "") -> str:
    """The weekday written with a date of one day that the day is not (`Saturday, 4 November
    1962`, `4 November. Saturday.`: 4 November 1962 was a Sunday), from the date's own words or
    those of `text` from `at` on, the date's end, and `after` it (the text that goes on after
    `text`); '' when none is written or it is the day's."""
    if len(mention.when) < 10:
        return ""
    told = WEEKDAY_OPENING.match(mention.text) or _weekday_after(text, at, after)
    name = next((group for group in told.groups() if group), "") if told else ""
    actual = date.fromisoformat(mention.when[:10]).weekday()
    return name if name and WEEKDAYS[name.lower()] != actual else ""


def _weekday_after(text: str, at: int, after: str) -> re.Match[str] | None:
    """`WEEKDAY_AFTER` at `at` in `text`, read on into `after` only where `text` ends inside
    what may open one (`4 November (Satur` before `day)`): the rest of the text is not copied
    for every date."""
    if after and WEEKDAY_AFTER_OPENING.fullmatch(text, at):
        return WEEKDAY_AFTER.match(text[at:] + after)
    return WEEKDAY_AFTER.match(text, at)


def weekday_message(mention: DateMention, written: str) -> str:
    """`4 November 1962 was a Sunday, not a Saturday as written: the date is kept`."""
    day = date.fromisoformat(mention.when[:10])
    return (f"{_day_words(mention.when[:10])} was a {day.strftime('%A')}, not a {written} as "
            "written: the date is kept as read, the weekday as printed")


def _mention_start(text: str, mention: DateMention, written: str, cursor: int) -> int:
    """Where in `text`, from `cursor`, the date `mention` stands: its first place there, or,
    when a weekday not its day is `written` with it, the first place followed by that weekday
    (`4 November. Sunday. The note of 4 November (Saturday)`: the second); else its first."""
    start = text.find(mention.text, cursor)
    while written and start >= 0 \
            and contradicted_weekday(mention, text, start + len(mention.text)) != written:
        start = text.find(mention.text, start + 1)
    if start < 0:
        start = text.find(mention.text, cursor)
    return max(start if start >= 0 else text.find(mention.text), 0)


def report_text(text: str, found: list[tuple[DateMention, str]], where: Locator,
                reporter: Reporter, dateline: bool) -> None:
    """Report the dates that resolving a block's `text` `found` to report, each with the
    weekday written with it that is another day's ('' for none), in their order in `text`:
    such a weekday, a warning; a date read month first, a warning; one naming no real day, an
    error in a dateline, which is a date by its place, a warning elsewhere, where the words may
    not be meant as a date."""
    cursor = 0
    for mention, written in found:
        start = _mention_start(text, mention, written, cursor)
        cursor = start + len(mention.text)
        at = where.at(start)
        if written:
            reporter.warning(at, weekday_message(mention, written), WEEKDAY_CODE)
        elif mention.month_first:
            reporter.warning(at, month_first_message(mention), MONTH_FIRST_CODE)
        elif not mention.impossible:
            continue
        elif dateline:
            reporter.error(at, f"{mention.impossible} is not a date", CODE)
        else:
            reporter.warning(at, f"{mention.impossible} is not a date; left as plain text", CODE)
