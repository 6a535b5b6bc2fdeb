"""Dates that name no real day (`31.II.62`) or are read month first (`5.13.1962`): found where
the text shapes a date, reported there.

    November 31, 1962          (the date line)  -> error: 31 November 1962 is not a date
    Evening 31 February 1962   (a dateline)     -> error, and the dateline stays one, without @when
    on 30 February 1962 we ... (running text)   -> warning: the words may not be meant as a date
    on 5.13.1962 we ...        (anywhere)       -> warning: read month first, as 13 May 1962
"""

from __future__ import annotations

from .dates import DateMention, parse_mention, weighed_mentions
from .date_patterns import MONTH_NAMES
from .diagnostics import Location, Reporter
from .inline import Locator
from .model import Field, RawDocument

CODE = "date-invalid"
MONTH_FIRST_CODE = "date-month-first"


def find_written_dates(text: str) -> list[DateMention]:
    """`find_dates` of `text` (no document date) and the dates naming no real day (`31.II.62`,
    `impossible` set): what a line shaped as a date holds (a date line, `19.XI.62 A. Mikoyan`)."""
    return [d for d in weighed_mentions(text, None)
            if d.resolved or (d.impossible and not d.inferred)]


def impossible_dates(text: str) -> list[DateMention]:
    """The explicit dates in `text` that name no real day (`31 February 1962`, `2011-13-45`)."""
    return [d for d in weighed_mentions(text, None) if d.impossible]


def names_a_date(text: str) -> bool:
    """Whether `text` holds an explicit date, be it one that names no real day (`31.II.62`)."""
    return any(not d.inferred for d in find_written_dates(text))   # one pass of the grammar


def document_date(raw: RawDocument, reporter: Reporter) -> str:
    """The ISO date of the document's date field; "" with a warning when there is none, with an
    error when it names no real day. The upload date is checked the same way, and a warning
    says when digits there are not read as a date (`11/5/2011`, day and month either way)."""
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
    if not found and not report_field(raw.path, meta.date, reporter):
        reporter.warning(Location(raw.path, meta.date.line or 1), "no document date found; "
                         "dates in the text stay unresolved", "date-missing")
    return found


def field_date(path: str, field: Field, reporter: Reporter) -> str:
    """The ISO value of the date of a metadata field (`parse_date`), "" if none; one read month
    first is reported (a warning)."""
    mention = parse_mention(field.value)
    if mention is None:
        return ""
    if mention.month_first:
        reporter.warning(_field_location(path, field, mention), month_first_message(mention),
                         MONTH_FIRST_CODE)
    return mention.when or mention.not_before


def report_field(path: str, field: Field, reporter: Reporter) -> bool:
    """Report a date naming no real day in a metadata field (an error); whether there was one."""
    wrong = impossible_dates(field.value)
    for mention in wrong:
        reporter.error(_field_location(path, field, mention),
                       f"{mention.impossible} is not a date", CODE)
    return bool(wrong)


def _field_location(path: str, field: Field, mention: DateMention) -> Location:
    return Location(path, field.line or 1, field.column + mention.start if field.column else 0)


def month_first_message(mention: DateMention) -> str:
    """`5.13.1962 has no month 13: read month first, as 13 May 1962`."""
    year, month, day = (int(part) for part in mention.when[:10].split("-"))
    return (f"{mention.text} has no month {day}: read month first, as "
            f"{day} {MONTH_NAMES[month - 1]} {year}")


def report_text(text: str, found: list[DateMention], where: Locator, reporter: Reporter,
                dateline: bool) -> None:
    """Report the dates that resolving a block's `text` `found` (where each is first in
    `text`) to report: one read month first, a warning; one naming no real day, an error in a
    dateline, which is a date by its place, a warning elsewhere, where the words may not be
    meant as a date."""
    for mention in found:
        at = where.at(max(text.find(mention.text), 0))
        if mention.month_first:
            reporter.warning(at, month_first_message(mention), MONTH_FIRST_CODE)
        elif dateline:
            reporter.error(at, f"{mention.impossible} is not a date", CODE)
        else:
            reporter.warning(at, f"{mention.impossible} is not a date; left as plain text", CODE)
