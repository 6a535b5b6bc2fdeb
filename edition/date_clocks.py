"""A record's times of the clock (`11:10 a.m.` heading a call, `The meeting rose at 7.25 p.m.`)
-> the document day's ISO 8601 timestamp."""

from __future__ import annotations

import re

from .date_mentions import DateContext, DateMention
from .date_times import clock

CLOCK_TIME = re.compile(r"(?P<h>\d{1,2})(?:(?P<sep>[.:])(?P<m>\d{2}))?"
                        r"(?:\s*(?P<ap>[ap])\.\s?m\.|(?<=\d\d:\d\d))", re.IGNORECASE)
"""`10:35 a.m.`, `7.25 p.m.`, `7 p.m.`, `16:00` (a colon and minutes without a.m. or p.m.)."""
HEADING_AFTER = re.compile(r"\s*(?:$|[A-Z])")
"""After a time heading its paragraph: nothing, or a sentence (`10:50 a.m. The President ...`)."""
COURSE_BEFORE = re.compile(
    r"\b(?:meeting|sitting|session|conversation|talks?|discussion|call|interview)\s+"
    r"(?:(?:was\s+)?(?:rose|adjourned|ended|began|closed|concluded|resumed|suspended|"
    r"called\s+to\s+order|broke\s+up))\s+at\s+$", re.IGNORECASE)
"""The record's course of the meeting before its time: `The meeting rose at `, `The conversation
ended at `, `The meeting was called to order at `."""


def record_time(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """A time of the clock on the document's day, where the record states it: heading a
    paragraph (`11:10 a.m.`, alone or over a sentence), or the meeting's course (`The meeting
    rose at 7.25 p.m.`: `COURSE_BEFORE`); None elsewhere (`It came at 9:15`, `Call me back at
    11:10`), for a document dated by no day, or for a number that is no time (`5.25` without
    a.m. or p.m. in a sentence, `25:10`)."""
    if ctx.doc is None or not (m["ap"] or m["sep"] == ":"):
        return None
    heading = not ctx.text[:m.start()].strip() and HEADING_AFTER.match(ctx.text, m.end())
    course = COURSE_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start())
    time = clock(m["h"], m["m"], m["ap"]) if heading or course else None
    if time is None:
        return None
    when = f"{ctx.doc.isoformat()}T{time[0]:02d}:{time[1]:02d}:00"
    return ctx.mention(m.start(), m.end(), when, inferred=True)
