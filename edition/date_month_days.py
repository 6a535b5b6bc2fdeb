"""Days named against the document's month (`the 4th inst.`, `the 27th ult.`, `28th. Sunday.`),
and a date line written year first (`1962, October 27`)."""

from __future__ import annotations

import re

from .date_mentions import (DateContext, DateMention, blocked_before, explicit_day,
                            impossible_mention, make_date, match_before, month_from, month_number,
                            opens_text)
from .date_patterns import MONTH_OF_DOCUMENT, THE_BEFORE, WEEKDAYS


def day_of_named_month(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """`the 4th inst.` (`instant`: of the document's month), `the 27th ult.` (`ultimo`: of the
    month before it), `the 2nd prox.` (`proximo`: of the month after it), inferred from the
    document date; none after `no.` and the like, unresolved without a document month."""
    found = match_before(ctx, m.start(), THE_BEFORE)
    start = found.start() if found else m.start()
    if blocked_before(ctx, start) or (number := int(m["x"] + m["d"])) == 0:
        return None
    if ctx.year is None or ctx.month is None:
        return ctx.mention(start, m.end(), inferred=True)
    shift = MONTH_OF_DOCUMENT[m["rel"].rstrip(".").lower()]
    year, month = month_from(ctx.year, ctx.month, shift)
    day = make_date(year, month, number)
    if day is None:
        return impossible_mention(ctx, start, m.end(), year, month, number)
    return ctx.mention(start, m.end(), day.isoformat(), inferred=True)


def diary_day_head(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """A diary entry's head, `28th. Sunday.` opening its paragraph: that day of the document's
    month when it is that weekday (28 October 1962 in a diary of October 1962), else none."""
    if ctx.year is None or ctx.month is None or not opens_text(ctx, m.start()):
        return None
    day = make_date(ctx.year, ctx.month, int(m["x"] + m["d"]))
    if day is None or day.weekday() != WEEKDAYS[m["wd"].lower()]:
        return None
    return ctx.mention(m.start(), m.end(), day.isoformat(), inferred=True)


def year_first_line(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """A date line written year first, `1962, October 27`, the whole text: that day."""
    if not opens_text(ctx, m.start()):
        return None
    return explicit_day(ctx, m.start(), m.end("d"), int(m["y"]), month_number(m["m"]),
                        int(m["d"]))
