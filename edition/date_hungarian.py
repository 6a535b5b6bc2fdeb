"""Hungarian dates, the year first and the day's period or suffix: `1962. október 28.`."""

from __future__ import annotations

import re

from .date_mentions import (DateContext, DateMention, blocked_before, day_in_year,
                            explicit_day, impossible_mention, match_before)
from .date_months import ENGLISH_MONTHS, HUNGARIAN_MONTHS
from .date_openings import at_numbers
from .name_regex import trie_regex

_MONTHS = trie_regex(sorted({case(form) for form in HUNGARIAN_MONTHS
                             for case in (str.lower, str.capitalize, str.upper)}))
DAY_SUFFIX = r"(?:jétől|étől|ától|jén|ján|án|én|ig|tól|től|je|ja|i|a|e)"
"""What Hungarian adds to a day's number after a hyphen: `28-án` (on the 28th), `1-jén`, `28-i`
(of the 28th), `28-ig` (until), `28-tól` (from)."""
HUNGARIAN_DAY = re.compile(
    rf"(?P<x>\d)(?<![\w./-]\d)(?P<d>\d?)(?:\.(?!\d)|-(?P<suffix>{DAY_SUFFIX})\b)")
"""A day's number and its period or suffix (`28.`, `28-án`), where a Hungarian month's name
stands before it (`MONTH_BEFORE`)."""
MONTH_BEFORE = re.compile(
    rf"(?:(?<![\w.,:/-])(?P<y>1\d{{3}}|20\d\d)\.[ \t]+)?(?-i:\b(?P<m>{_MONTHS}))[ \t]+$")
"""A Hungarian month's name before the day, the year with its period before it or none:
`1962. október `, `Október `."""


def hungarian_date(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """`1962. október 28.`, `1962. október 28-án`, `1962. november 1.` (that day), `Október
    31-én`, `október 28.` (its year the document's, as `28 October` is); a month's name English
    also writes (`november`, `december`) only in small letters after a year or before a suffix,
    where no English reads it (`November 5.`, `1962. November 5.` are English's)."""
    before = match_before(ctx, m.start(), MONTH_BEFORE, 24)
    if before is None or blocked_before(ctx, before.start()):
        return None
    month, day = HUNGARIAN_MONTHS[before["m"].lower()], int(m["x"] + m["d"])
    if before["m"].lower() in ENGLISH_MONTHS and not (
            before["m"].islower() and (before["y"] or m["suffix"])):
        return None
    if before["y"]:
        return explicit_day(ctx, before.start(), m.end(), int(before["y"]), month, day)
    found, inferred = day_in_year(ctx, None, month, day)
    if found is None:
        return impossible_mention(ctx, before.start(), m.end(), None, month, day)
    return ctx.mention(before.start(), m.end(), found.isoformat(), inferred=inferred)


HUNGARIAN_RULES = ((HUNGARIAN_DAY, hungarian_date, at_numbers),)
"""The rule of `dates.RULES` for Hungarian dates, where a number opens it."""
