"""Dateline times (`0117Z`, `10:21–11:02 a.m.`) -> ISO 8601 timestamps, with their zone's offset."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .date_patterns import EASTERN_PLACE


def us_eastern_offset(day: date, before_1967: bool = False) -> str | None:
    """UTC offset of US Eastern time on `day` under the federal rules from 1967 on, else None;
    `before_1967`, also as Washington and New York kept it from 1955 to 1966 (summer time from
    the last Sunday of April to the last of October: EDT until 28 October 1962)."""
    rules = {2007: ((3, 8), (11, 1)), 1987: ((4, 1), (10, 25)), 1967: ((4, 24), (10, 25))}
    if before_1967:
        rules[1955] = ((4, 24), (10, 25))
    found = next((r for y, r in rules.items() if day.year >= y), None)
    if found is None:
        return None
    start, end = (date(day.year, *md) for md in found)  # each rule: the first Sunday from then
    start, end = (d + timedelta(days=6 - d.weekday()) for d in (start, end))
    start = {1974: date(1974, 1, 6), 1975: date(1975, 2, 23)}.get(day.year, start)
    return "-04:00" if start <= day < end else "-05:00"


NAMED_ZONE = re.compile(r"[ \t]+(?:(?P<place>Moscow|Washington|New York|Havana)[ \t]+time"
                        r"|(?P<abbr>GMT|UTC|Z|EST|EDT))\b")
"""A time's zone named right after it: `16:00 Moscow time`, `10:00 Washington time`, `10:00
EDT`, `14:00 GMT` (not `local time`, whose place the text may not say)."""
FIXED_OFFSETS = {"GMT": "+00:00", "UTC": "+00:00", "Z": "+00:00", "EST": "-05:00",
                 "EDT": "-04:00"}
"""The offsets a zone's abbreviation names whatever the day."""


def named_zone_offset(text: str, end: int, day: date) -> str | None:
    """The UTC offset on `day` of the zone named right after a time ending at `end`
    (`NAMED_ZONE`), None where none is named or its offset that year is not known here: Moscow
    +03:00 (1930-1980, no summer time), Havana -05:00 (1946-1964, none either), Washington and
    New York by `us_eastern_offset`."""
    if not (named := NAMED_ZONE.match(text, end)):
        return None
    if named["abbr"]:
        return FIXED_OFFSETS[named["abbr"]]
    if named["place"] == "Moscow":
        return "+03:00" if 1930 <= day.year <= 1980 else None
    if named["place"] == "Havana":
        return "-05:00" if 1946 <= day.year <= 1964 else None
    return us_eastern_offset(day, before_1967=True)


def clock(hour: str, minute: str | None, meridiem: str | None) -> tuple[int, int] | None:
    """(hour, minute) of a time of the clock, `10`, `35`, `a` -> (10, 35); None for no time."""
    h = int(hour)
    if meridiem:  # 12 a.m. is 00, 12 p.m. is 12; "13 p.m." is no time
        h = h % 12 + (12 if meridiem.lower() == "p" else 0) if 1 <= h <= 12 else 99
    return (h, int(minute or 0)) if h < 24 else None


def timestamps(text: str, m: re.Match[str], day: date) -> tuple[str, str] | None:
    """(start, end) ISO timestamps of a dateline time like "0117Z", "10:21–11:02 a.m." or
    "4:30–6 p.m." (a.m. or p.m. after a range is said of both its ends: 16:30 to 18:00); None
    for a bare hour without a.m. or p.m. (`November 5, 12`), which is no time."""
    if m["zh"]:
        return (f"{day.isoformat()}T{m['zh']}:{m['zm']}:00+00:00",) * 2
    if not m["ap"] and (m["m1"] is None or (m["h2"] and m["m2"] is None)):
        return None
    first = clock(m["h1"], m["m1"], m["ap"])
    last = clock(m["h2"], m["m2"], m["ap"]) if m["h2"] else first
    if first is None or last is None:
        return None
    if first > last and first[0] >= 12:  # 11:30–1:15 p.m.
        first = (first[0] - 12, first[1])
    eastern = EASTERN_PLACE.search(text[max(0, m.start() - 40):m.start()])
    zone = named_zone_offset(text, m.end(), day) \
        or (us_eastern_offset(day) if eastern else None) or ""
    return tuple(f"{day.isoformat()}T{h:02d}:{mi:02d}:00{zone}" for h, mi in (first, last))
