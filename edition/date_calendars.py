"""Days of the Julian calendar (Old Style): `25 December O.S.` is the Gregorian 7 January."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .date_mentions import DateMention

JULIAN = "julian"
"""The `xml:id` of the header's `calendar` of the Julian calendar, which `date/@calendar`
points to (`#julian`)."""
OLD_STYLE_AFTER = re.compile(r"[ \t]*(?:O\.[ \t]?S\.(?![ \t]*[A-ZА-Я][a-zа-я])"
                             r"|\(O\.[ \t]?S\.?\)|[Oo]ld [Ss]tyle(?!\w)"
                             r"|\((?:[Oo]ld [Ss]tyle|Julian(?: calendar)?)\))")
"""The words after a day that say it is a day of the Julian calendar: `25 December O.S.`,
`25 December (O.S.)`, `December 25 Old Style`, `25 December (Julian)`; not a person's initials
before the surname (`On 5 November O. S. Petrov arrived`)."""
OLD_STYLE_BEFORE = re.compile(r"(?:\bO\.[ \t]?S\.|\b[Oo]ld [Ss]tyle)[:,]?[ \t]+$")
"""The words before a day that say so: `(O.S. October 21)`, `Old Style 21 October`."""
OLD_STYLE_NOTE = re.compile(r"\([ \t]*(?:O\.[ \t]?S\.|[Oo]ld [Ss]tyle)[:,]?[ \t][^()]*\)"
                            r"|\([^()]*[ \t](?:O\.[ \t]?S\.|[Oo]ld [Ss]tyle)\)")
"""A date line's note of its day in the Julian calendar: `November 3, 1962 (O.S. October 21)`,
`(Old Style: October 21)`, `(21 October O.S.)`."""
CALENDARS_APART = (12, 13)
"""The days between a Julian day and its Gregorian in the 19th century and from 1900 to 2100:
the days of a date written in both calendars (`15/28 October 1962`)."""
DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)(.*)")
"""A day as `@when` writes it, and what follows it (a time)."""


def gregorian_day(year: int, month: int, day: int) -> date:
    """The Gregorian (proleptic) day of the Julian calendar's `day` of `month` of `year`, by
    its Julian Day Number: 13 days later from 1 March 1900 (Julian) to 2100, 12 in the century
    before."""
    shift = (14 - month) // 12
    years, months = year + 4800 - shift, month + 12 * shift - 3
    number = day + (153 * months + 2) // 5 + 365 * years + years // 4 - 32083
    return date.fromordinal(number - 1721425)   # 1 January of the year 1: day 1721426


def old_style(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """`mentions` of `text`, those of a day that the words after it (`OLD_STYLE_AFTER`) or
    right before it (`OLD_STYLE_BEFORE`) say is of the Julian calendar given their Gregorian
    day and `calendar` (a span of days both its ends); a month or a year left as read."""
    return [_julian(mention) if _marked(text, mention) else mention for mention in mentions]


def _marked(text: str, mention: DateMention) -> bool:
    """Whether `mention`'s day is said to be of the Julian calendar, by day precision."""
    return any(DAY.fullmatch(value) for value in (mention.when, mention.not_before)) and bool(
        OLD_STYLE_AFTER.match(text, mention.end)
        or OLD_STYLE_BEFORE.search(text, max(0, mention.start - 12), mention.start))


def _julian(mention: DateMention) -> DateMention:
    """`mention` of a Julian day, its values the Gregorian days."""
    return replace(mention, when=_gregorian(mention.when),
                   not_before=_gregorian(mention.not_before),
                   not_after=_gregorian(mention.not_after), calendar=JULIAN)


def _gregorian(value: str) -> str:
    """An ISO value of a Julian day (and time) as the Gregorian day's; "" stays ""."""
    if not (found := DAY.fullmatch(value)):
        return value
    year, month, day = map(int, found.groups()[:3])
    return gregorian_day(year, month, day).isoformat() + found[4]


def double_dated(first: date, month: int, day: int) -> date | None:
    """The Gregorian day of a date written in both calendars, the Julian day first (`October
    15/28, 1962`: 28 October 1962): `day` of `month` where it is the Gregorian day of `first`
    read as a Julian day, else None (`October 3/12`, no such date)."""
    gregorian = gregorian_day(first.year, first.month, first.day)
    return gregorian if (gregorian.month, gregorian.day) == (month, day) else None
