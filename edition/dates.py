"""Find date expressions in English archival text and normalise them to ISO 8601 (stdlib only)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterable

_MONTH_NAMES = "january february march april may june july august september october november december"
MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES.split(), 1)}
MONTHS.update(jan=1, feb=2, mar=3, apr=4, jun=6, jul=7, aug=8, sep=9, sept=9, oct=10, nov=11, dec=12)
WEEKDAYS = {d: n for n, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
ROMAN_MONTHS = {r: n for n, r in enumerate("I II III IV V VI VII VIII IX X XI XII".split(), 1)}
_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_TEENS = "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
ORDINAL_WORDS = {w: n for n, w in enumerate(_UNITS, 1)} | {w: n for n, w in enumerate(_TEENS.split(), 10)}
ORDINAL_WORDS |= {f"twenty-{w}": 20 + n for n, w in enumerate(_UNITS, 1)}
ORDINAL_WORDS |= {"twentieth": 20, "thirtieth": 30, "thirty-first": 31}
RELATIVE_DAYS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
                 "tomorrow": 1, "yesterday": -1, "last night": -1, "last evening": -1,
                 "the day before yesterday": -2, "the day after tomorrow": 2}
PAST_CUES = {"last", "past", "previous", "since"}
FUTURE_CUES = {"next", "coming", "by", "before", "until", "till", "for"}
"""Weekday rule: after a PAST_CUE, the latest such weekday strictly before the document date;
after a FUTURE_CUE, or with will/shall/'ll/going to/until earlier in the same sentence, the first
one strictly after it; after "this", the first one on or after it; otherwise ("on Monday",
"Sunday night") the latest one on or before it, the document date itself included."""
DETERMINERS = {"last", "past", "previous", "next", "coming", "this"}  # kept in "last Monday"
FORWARD_DAYS = 90  # "December 23" in a memo of 1970-01-23 is 1969-12-23; "February 16" is 1970-02-16
US_EASTERN_PLACES = ("Washington", "New York")  # a dateline time after these: US Eastern offset

# --- patterns -------------------------------------------------------------------------------
# Month and weekday names must be capitalised ("May", "MAY", never "may"), so those parts are
# case-sensitive literal alternations that `re` can skip to quickly; cue words and "the" before
# them are looked up backwards by the handlers (*_BEFORE), which keeps every scan linear and fast.
def _capitalised_words(words: list[str]) -> str:
    return "|".join([w.capitalize() for w in words] + [w.upper() for w in words])


_ABBREVIATIONS = "jan feb mar apr jun jul aug sep oct nov dec".split()
_MONTHS_CS = _capitalised_words(_MONTH_NAMES.split() + ["sept"] + _ABBREVIATIONS)
_WEEKDAYS_CS = _capitalised_words(list(WEEKDAYS))
_ORD = r"(?:st|nd|rd|th)\b"
_ORD_WORDS = "|".join(w.replace("-", r"[-\s]") for w in sorted(ORDINAL_WORDS, key=len, reverse=True))
_TIME = (r"(?P<tsep>,\s*(?:at\s+)?(?P<time>(?P<zh>[01]\d|2[0-3])(?P<zm>[0-5]\d)\s?Z\b"
         r"|(?P<h1>\d{1,2}):(?P<m1>[0-5]\d)(?:\s*[–-]\s*(?P<h2>\d{1,2}):(?P<m2>[0-5]\d))?"
         r"(?:\s*(?P<ap>[ap])\.?\s?m\b\.?)?))?")
_DAY_END = r"(?![\w:]|[.,]\d)"
_ABBREVIATION_DOT = (  # "Jan." and "Sept.", never "May."
    rf"(?:(?:(?<=\b(?:{_capitalised_words(_ABBREVIATIONS)}))|(?<=\b(?:Sept|SEPT)))\.)?")


def _month(group: str) -> str:
    return rf"(?-i:\b(?P<{group}>(?:{_MONTHS_CS})\b{_ABBREVIATION_DOT}))"


def _year(group: str) -> str:
    return rf"(?P<{group}>1\d{{3}}|20\d{{2}})(?!\w)"


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


NUMERIC_DATE = _compile(  # 1962-11-05, 19.XI.62, 19.11.1962 (the first digit is checked backwards)
    r"(?P<x>\d)(?<![\w.-]\d)(?:(?P<iy>\d{3})-(?P<im>\d{2})-(?P<id>\d{2})(?!\w|-\d)"
    r"|(?P<d>\d?)\.(?P<mo>\d{1,2}|(?-i:[IVX]{1,4}))\.(?P<y>\d{4}|\d{2})(?!\w|\.\d))")
MONTH_FIRST = _compile(  # November 5(, 1962)(, 0117Z), after an optional "Monday, "
    rf"{_month('m')}\s+(?P<d>\d{{1,2}})(?:{_ORD})?{_DAY_END}(?:,?\s+{_year('y')})?{_TIME}")
MONTH_DAY_RANGE = _compile(  # January 22–27, January 30–February 2, 1970
    rf"{_month('m')}\s+(?P<d1>\d{{1,2}})\s*[–—-]\s*(?:{_month('m2')}\s+)?(?P<d2>\d{{1,2}}){_DAY_END}"
    rf"(?:,?\s+{_year('y')})?")
DAY_FIRST = _compile(rf"{_month('m')}(?:,?\s+{_year('y')})?{_TIME}")  # after DAY_BEFORE: "5 ", "the 7th of "
ORDINAL_DAY = _compile(  # the 6th. / the 7th or 8th, -- never "the 10th article"
    rf"(?-i:the|The|THE)\s+(?P<d1>\d{{1,2}}){_ORD}(?:\s+(?:or|and|to)\s+(?:the\s+)?(?P<d2>\d{{1,2}}){_ORD})?"
    r"(?=[ \t]*(?:[.,;:!?)\]\"”—\n]|$))(?![ \t]*,[ \t]*\d)")
MONTH_YEAR = _compile(  # November 1967, November, 1967, January 1969–October 1970, January–April 1970
    rf"{_month('m')}(?:,?\s+{_year('y1')})?(?:\s*[–—-]\s*{_month('m2')})?,?\s+{_year('y')}")
MONTH_CUED = _compile(  # December, after a cue: "Last December", "in early January"
    rf"(?-i:\b(?P<m>{_capitalised_words(_MONTH_NAMES.split())}))\b(?!\s*,?\s*\d)")
RELATIVE_YEAR = _compile(r"(?-i:year|Year|YEAR)\b")  # after "last ", "July of this "
YEAR = _compile(  # 1918, 1969–1976, 1969-70 (the first digit is checked backwards)
    r"(?P<y>(?:1\d|20)(?<![\w$£€#.,:/–—-]\d\d)\d\d)"
    r"(?:\s*(?:[–—]|-(?=\d))\s*(?P<y2>1\d{3}|20\d{2}|\d{2}))?(?![\w%]|[.,:/]\d|\s*[–—-]\s*\d)")
_RELATIVE_DAYS = sorted(RELATIVE_DAYS, key=len, reverse=True)
_RELATIVE_DAYS_CS = "|".join(_RELATIVE_DAYS) + "|" + _capitalised_words(_RELATIVE_DAYS)
RELATIVE_DAY = _compile("(?-i:" + _RELATIVE_DAYS_CS.replace(" ", r"\s+") + r")\b")
WEEKDAY = _compile(  # (on, last, next ...) Monday (night)
    rf"(?-i:(?P<wd>{_WEEKDAYS_CS}))\b(?:\s+(?:night|morning|afternoon|evening|[AP]M\b|[ap]\.m\.))?")
_DAY = rf"(?:(?<![\w.,:/])\d{{1,2}}(?:{_ORD})?|\b(?:{_ORD_WORDS}))"
DAY_BEFORE = _compile(rf"(?:\bthe\s+)?(?P<d1>{_DAY})(?:\s*(?:[–—-]|\bor\b|\band\b|\bto\b)\s*(?:the\s+)?"
                      rf"(?P<d2>{_DAY}))?\s+(?P<of>of\s+)?$")
WEEKDAY_BEFORE = _compile(rf"(?-i:(?P<wd>{_WEEKDAYS_CS}))\b,?\s+$")
MONTH_OF_BEFORE = _compile(rf"(?:{_month('m')}\s+of\s+)?(?<!the\s)\b(?P<rel>last|this|next)\s+$")
MONTH_CUE_BEFORE = _compile(r"\b(?P<cue>in|early|late|mid|last|next|since|until|till|during|by|through)"
                            r"(?:\s+|-)(?:(?:early|late|mid)(?:\s+|-))?$")
_WEEKDAY_CUES = "|".join(sorted(PAST_CUES | FUTURE_CUES | DETERMINERS | {"on"}))
WEEKDAY_CUE_BEFORE = _compile(rf"\b(?P<cue>{_WEEKDAY_CUES})\s+$")
BLOCKING_WORD = _compile(
    r"(?:\b(?:no|nos|number|vol|volume|article|art|arts|box|p|pp|page|pages|document|doc|telegram"
    r"|tel|cable|file|folder|item|para|paragraph|section|chapter|room|flight|code|ext)\.?|#)\s*$")
WORD_RUN = re.compile(r"\w+")
AT_WORD = _compile(r"\bat\s*$")
UNIT_AFTER = _compile(
    r"\s*(?:meters|metres|m|feet|ft|foot|km|kilometers|kilometres|miles|tons|tonnes|kg|people"
    r"|persons|men|troops|soldiers|planes|aircraft|ships|missiles|hours|hrs|minutes|dollars|rubles"
    r"|roubles|pesos|pounds|copies|pages|words|units|percent|per\s+cent)\b")
FUTURE_TENSE = _compile(r"\b(?:will|shall|going\s+to|until|till)\b|['’]ll\b")
EASTERN_PLACE = re.compile(rf"\b(?:{'|'.join(US_EASTERN_PLACES)})(?:,?\s*D\.\s?C\.)?,?\s*$")


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

    @property
    def resolved(self) -> bool:
        return bool(self.when or self.not_before or self.not_after)


@dataclass(frozen=True)
class _Context:
    text: str
    doc: date | None   # the full document date, needed by relative expressions
    year: int | None   # its year, also known when only "1599" or "1962-11" is given
    month: int | None

    def mention(self, start: int, end: int, when: str = "", not_before: str = "",
                not_after: str = "", inferred: bool = False) -> DateMention:
        return DateMention(start, end, self.text[start:end], when, not_before, not_after, inferred)


def _context(text: str, document_date: str | None) -> _Context:
    return _Context(text, *_document_day(document_date or ""))


@lru_cache(maxsize=256)
def _document_day(document_date: str) -> tuple[date | None, int | None, int | None]:
    """(full date, year, month) of a document date: "1962-11-05", "1962-11" or "1599"."""
    found = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", document_date)
    if not found:
        return None, None, None
    year, month, day = (int(g) if g else None for g in found.groups())
    return _make(year, month, day) if month and day else None, year, month


# --- small helpers --------------------------------------------------------------------------
def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _before(ctx: _Context, start: int, pattern: re.Pattern[str], width: int = 40) -> re.Match[str] | None:
    """`pattern` (anchored with $) matched in the `width` characters right before `start`."""
    return pattern.search(ctx.text, max(0, start - width), start)


def _before_at_words(ctx: _Context, start: int, pattern: re.Pattern[str],
                     width: int = 40) -> re.Match[str] | None:
    """`_before` for a pattern whose matches begin where a word does: tried only there, which
    is several times faster than a search trying every position."""
    for word in WORD_RUN.finditer(ctx.text, max(0, start - width), start):
        if (found := pattern.match(ctx.text, word.start(), start)) is not None:
            return found
    return None


def _with_weekday(ctx: _Context, start: int) -> tuple[int, str | None]:
    """`start` moved back over a weekday written before it ("Monday, "), and that weekday."""
    found = _before(ctx, start, WEEKDAY_BEFORE)
    return (found.start(), found["wd"]) if found else (start, None)


def _month_number(token: str) -> int:
    return MONTHS[token.rstrip(".").lower()]


def _day_number(token: str) -> int:
    word = re.sub(r"\s+", "-", token.lower())
    return ORDINAL_WORDS.get(word) or int(re.match(r"\d+", word).group())


def _month_iso(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _blocked_before(ctx: _Context, start: int, also: re.Pattern[str] | None = None) -> bool:
    before = ctx.text[max(0, start - 16):start]
    return bool(BLOCKING_WORD.search(before) or (also and also.search(before)))


def _day_in_year(ctx: _Context, year: str | None, month: int, day: int,
                 weekday: str | None = None) -> tuple[date | None, bool]:
    """The date and whether its year was inferred: the explicit year, else the latest one at most
    FORWARD_DAYS after the document date (one with the stated weekday if there is one)."""
    if year:
        return _make(int(year), month, day), False
    if ctx.doc is None:
        return (_make(ctx.year, month, day) if ctx.year else None), True
    limit = ctx.doc + timedelta(days=FORWARD_DAYS)
    options = [d for y in range(ctx.doc.year - 1, ctx.doc.year + 2)
               if (d := _make(y, month, day)) and d <= limit]
    if weekday:
        options = [d for d in options if d.weekday() == WEEKDAYS[weekday.lower()]] or options
    return max(options, default=None), True


def us_eastern_offset(day: date) -> str | None:
    """UTC offset of US Eastern time on `day` under the federal rules from 1967 on, else None."""
    rules = {2007: ((3, 8), (11, 1)), 1987: ((4, 1), (10, 25)), 1967: ((4, 24), (10, 25))}
    found = next((r for y, r in rules.items() if day.year >= y), None)
    if found is None:
        return None
    start, end = (date(day.year, *md) for md in found)  # each rule: the first Sunday from then
    start, end = (d + timedelta(days=6 - d.weekday()) for d in (start, end))
    start = {1974: date(1974, 1, 6), 1975: date(1975, 2, 23)}.get(day.year, start)
    return "-04:00" if start <= day < end else "-05:00"


def _clock(hour: str, minute: str, meridiem: str | None) -> tuple[int, int] | None:
    h = int(hour)
    if meridiem:  # 12 a.m. is 00, 12 p.m. is 12; "13 p.m." is no time
        h = h % 12 + (12 if meridiem.lower() == "p" else 0) if 1 <= h <= 12 else 99
    return (h, int(minute)) if h < 24 else None


def _timestamps(ctx: _Context, m: re.Match[str], day: date) -> tuple[str, str] | None:
    """(start, end) ISO timestamps of a dateline time like "0117Z" or "10:21–11:02 a.m."."""
    if m["zh"]:
        return (f"{day.isoformat()}T{m['zh']}:{m['zm']}:00+00:00",) * 2
    first = _clock(m["h1"], m["m1"], m["ap"])
    last = _clock(m["h2"] or m["h1"], m["m2"] or m["m1"], m["ap"])
    if first is None or last is None:
        return None
    if first > last and first[0] >= 12:  # 11:30–1:15 p.m.
        first = (first[0] - 12, first[1])
    eastern = EASTERN_PLACE.search(ctx.text[max(0, m.start() - 40):m.start()])
    zone = (us_eastern_offset(day) if eastern else None) or ""
    return tuple(f"{day.isoformat()}T{h:02d}:{mi:02d}:00{zone}" for h, mi in (first, last))


def _core_end(m: re.Match[str]) -> int:
    """End of a match without its dateline time."""
    return m.start("tsep") if m["tsep"] is not None else m.end()


def _day_mention(ctx: _Context, m: re.Match[str], start: int, day: date | None,
                 inferred: bool) -> DateMention:
    """A day-precise mention from `start` to the end of `m`, with its dateline time if any."""
    if day is None:
        return ctx.mention(start, m.end())
    if m["time"] and (stamps := _timestamps(ctx, m, day)):
        if stamps[0] == stamps[1]:
            return ctx.mention(start, m.end(), stamps[0], inferred=inferred)
        return ctx.mention(start, m.end(), "", *stamps, inferred)
    return ctx.mention(start, _core_end(m), day.isoformat(), inferred=inferred)


def _span_mention(ctx: _Context, start: int, end: int, first: date | None, last: date | None,
                  inferred: bool) -> DateMention:
    if first is None or last is None or last < first:
        return ctx.mention(start, end)
    return ctx.mention(start, end, "", first.isoformat(), last.isoformat(), inferred)


# --- one handler per pattern: a match -> the mentions it makes (none: not a date) ------------
def _numeric_date(m: re.Match[str], ctx: _Context) -> DateMention | None:
    if m["iy"]:
        day = _make(int(m["x"] + m["iy"]), int(m["im"]), int(m["id"]))
        return ctx.mention(m.start(), m.end(), day.isoformat() if day else "")
    roman = m["mo"][0] in "IVX"
    if len(m["y"]) == 2 and not roman:
        return None
    year = int(m["y"]) + (1900 if len(m["y"]) == 2 else 0)  # a two-digit year is 19xx
    day = _make(year, ROMAN_MONTHS.get(m["mo"], 0) if roman else int(m["mo"]), int(m["x"] + m["d"]))
    return ctx.mention(m.start(), m.end(), day.isoformat() if day else "")


def _month_first(m: re.Match[str], ctx: _Context) -> DateMention | None:
    start, weekday = _with_weekday(ctx, m.start())
    day, inferred = _day_in_year(ctx, m["y"], _month_number(m["m"]), int(m["d"]), weekday)
    return _day_mention(ctx, m, start, day, inferred)


def _month_day_range(m: re.Match[str], ctx: _Context) -> DateMention | None:
    first, inferred = _day_in_year(ctx, m["y"], _month_number(m["m"]), int(m["d1"]))
    last = _make(first.year, _month_number(m["m2"] or m["m"]), int(m["d2"])) if first else None
    return _span_mention(ctx, m.start(), m.end(), first, last, inferred)


def _day_first(m: re.Match[str], ctx: _Context) -> DateMention | None:
    days = _before_at_words(ctx, m.start(), DAY_BEFORE, 60)
    spelled = any(d and not d[0].isdigit() for d in (days["d1"], days["d2"])) if days else False
    if days is None or (spelled and not days["of"]):
        return None
    start, weekday = _with_weekday(ctx, days.start())
    if _blocked_before(ctx, start):
        return None
    month = _month_number(m["m"])
    first, inferred = _day_in_year(ctx, m["y"], month, _day_number(days["d1"]), weekday)
    if not days["d2"]:
        return _day_mention(ctx, m, start, first, inferred)
    last = _make(first.year, month, _day_number(days["d2"])) if first else None
    return _span_mention(ctx, start, _core_end(m), first, last, inferred)


def _ordinal_day(m: re.Match[str], ctx: _Context) -> DateMention | None:
    """ "the 6th": month and year of the document date."""
    start = _with_weekday(ctx, m.start())[0]
    if ctx.doc is None:
        return ctx.mention(start, m.end())
    first = _make(ctx.doc.year, ctx.doc.month, int(m["d1"]))
    if not m["d2"]:
        return ctx.mention(start, m.end(), first.isoformat() if first else "", inferred=True)
    last = _make(ctx.doc.year, ctx.doc.month, int(m["d2"]))
    return _span_mention(ctx, start, m.end(), first, last, True)


def _month_year(m: re.Match[str], ctx: _Context) -> DateMention | None:
    if m["y1"] and not m["m2"]:
        return None
    last = (int(m["y"]), _month_number(m["m2"] or m["m"]))
    if not m["m2"]:
        return ctx.mention(m.start(), m.end(), _month_iso(*last))
    first = (int(m["y1"] or m["y"]), _month_number(m["m"]))
    if last < first:
        return ctx.mention(m.start(), m.end())
    return ctx.mention(m.start(), m.end(), "", _month_iso(*first), _month_iso(*last))


def _month_cued(m: re.Match[str], ctx: _Context) -> DateMention | None:
    """A bare month after a cue word: the latest such month at most two months after the document
    date ("last": before it, "since": up to it, "next": the first one after it)."""
    found = _before(ctx, m.start(), MONTH_CUE_BEFORE)
    if found is None or ctx.year is None:
        return None
    cue, month = found["cue"].lower(), _month_number(m["m"])
    here = ctx.year * 12 + (ctx.month or month) - 1
    options = [y * 12 + month - 1 for y in (ctx.year - 1, ctx.year, ctx.year + 1)]
    if cue == "next":
        best = min(o for o in options if o > here)
    else:
        best = max(o for o in options if o < here + {"last": 0, "since": 1}.get(cue, 3))
    start = found.start() if cue in DETERMINERS else m.start()
    return ctx.mention(start, m.end(), _month_iso(best // 12, best % 12 + 1), inferred=True)


def _relative_year(m: re.Match[str], ctx: _Context) -> DateMention | None:
    """"last year", "this year", "July of last year" (not "the last year": twelve months)."""
    found = _before(ctx, m.start(), MONTH_OF_BEFORE)
    if found is None or ctx.year is None:
        return None
    year = ctx.year + {"last": -1, "this": 0, "next": 1}[found["rel"].lower()]
    value = _month_iso(year, _month_number(found["m"])) if found["m"] else f"{year:04d}"
    return ctx.mention(found.start(), m.end(), value, inferred=True)


def _bare_year(m: re.Match[str], ctx: _Context) -> DateMention | None:
    """"1918", "1969–1976", "1969-70"; not "no. 1856", "at 1400", "1000 meters"."""
    if _blocked_before(ctx, m.start(), AT_WORD) or UNIT_AFTER.match(ctx.text, m.end()):
        return None
    if not m["y2"]:
        return ctx.mention(m.start(), m.end(), m["y"])
    first = int(m["y"])
    last = int(m["y2"]) if len(m["y2"]) == 4 else first // 100 * 100 + int(m["y2"])
    return ctx.mention(m.start(), m.end(), "", f"{first:04d}", f"{last:04d}") if last > first else None


def _relative_day(m: re.Match[str], ctx: _Context) -> DateMention | None:
    if ctx.doc is None or ctx.text[max(0, m.start() - 1):m.start()].isalnum():  # not "xtoday"
        return None
    day = ctx.doc + timedelta(days=RELATIVE_DAYS[re.sub(r"\s+", " ", m.group().lower())])
    return ctx.mention(m.start(), m.end(), day.isoformat(), inferred=True)


def _weekday_direction(cue: str, ctx: _Context, start: int) -> str:
    if cue in PAST_CUES | FUTURE_CUES | {"this"}:
        return "past" if cue in PAST_CUES else "future" if cue in FUTURE_CUES else "this"
    sentence = re.split(r"[.!?]\s|\n", ctx.text[max(0, start - 150):start])[-1]
    return "future" if FUTURE_TENSE.search(sentence) else "default"


def resolve_weekday(doc: date, weekday: int, direction: str) -> date:
    """The weekday (0 = Monday) seen from `doc`: "past" and "future" exclude `doc` itself,
    "this" is on or after it, "default" on or before it."""
    back, ahead = (doc.weekday() - weekday) % 7, (weekday - doc.weekday()) % 7
    if direction == "past":
        return doc - timedelta(days=back or 7)
    if direction == "future":
        return doc + timedelta(days=ahead or 7)
    return doc + timedelta(days=ahead) if direction == "this" else doc - timedelta(days=back)


def _weekday(m: re.Match[str], ctx: _Context) -> DateMention | None:
    if ctx.doc is None:
        return None
    found = _before(ctx, m.start(), WEEKDAY_CUE_BEFORE)
    cue = found["cue"].lower() if found else ""
    day = resolve_weekday(ctx.doc, WEEKDAYS[m["wd"].lower()], _weekday_direction(cue, ctx, m.start()))
    start = found.start() if cue in DETERMINERS else m.start()
    return ctx.mention(start, m.end(), day.isoformat(), inferred=True)


# --- where each rule can match ---------------------------------------------------------------
# Searching the whole text with every pattern would cost more than the rest of the encoder, so
# two fast scans find where matches can begin -- the first digit of a number, a month or weekday
# name -- and a rule is tried only there; the others run only when a word they need is present.
NUMBER = re.compile(r"\d+")
ASCII_NUMBER = re.compile("|".join(f"{digit}[0-9]*" for digit in "0123456789"))
"""`NUMBER` for an ASCII text: opening with literal characters, it lets `re` skip to digits."""
CALENDAR_WORD = re.compile(rf"(?:{_MONTHS_CS}|{_WEEKDAYS_CS})\b")  # opens with letters: fast
ORDINAL_SUFFIX = _compile(_ORD)
_RELATIVE_DAY_WORDS = sorted({phrase.split()[-1] for phrase in RELATIVE_DAYS})
_WORDS_NEEDED = ("year", *_RELATIVE_DAY_WORDS)
"""Words a rule needs in a text (in any case) before it searches it; see `_with_words`."""


class _Openings:
    """Where in one text a match of each rule can begin: every position where one does is listed.

    A number pattern begins with the first digit of a run of digits (its lookbehind refuses a
    word character before it). A month pattern begins at a word boundary with a month name, a
    weekday pattern with a weekday name before a word boundary: a name found by the scan (all
    letters, a word boundary after it) cannot hide another, as no name ends with another."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.number_starts: list[int] = []
        self.number_ends: list[int] = []
        for number in _numbers(text):
            self.number_starts.append(number.start())
            self.number_ends.append(number.end())
        self.months: list[int] = []
        self.weekdays: list[int] = []
        for name in CALENDAR_WORD.finditer(text):
            found = self.weekdays if name.group().lower() in WEEKDAYS else self.months
            found.append(name.start())
        lowered = text.lower()
        self.words = {word for word in _WORDS_NEEDED if word in lowered}

    def any(self) -> bool:
        return bool(self.number_starts or self.months or self.weekdays or self.words)


def _numbers(text: str) -> Iterable[re.Match[str]]:
    if not text.isascii():
        return NUMBER.finditer(text)
    if any(digit in text for digit in "0123456789"):   # much faster than any search with `re`
        return ASCII_NUMBER.finditer(text)
    return ()


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """`pattern.finditer(text)`, given every position where a match can begin (`starts`,
    ascending) and a pattern that never matches the empty string: `pattern.match(text, start)`
    sees the text before `start` (lookbehinds, `\\b`), as a search reaching `start` does."""
    found: list[re.Match[str]] = []
    end = 0
    for start in starts:
        if start >= end and (match := pattern.match(text, start)) is not None:
            found.append(match)
            end = match.end()
    return found


def _at_numbers(pattern: re.Pattern[str], found: _Openings) -> list[re.Match[str]]:
    return _matches_at(pattern, found.text, found.number_starts)


def _at_months(pattern: re.Pattern[str], found: _Openings) -> list[re.Match[str]]:
    return _matches_at(pattern, found.text, found.months)


def _at_weekdays(pattern: re.Pattern[str], found: _Openings) -> list[re.Match[str]]:
    return _matches_at(pattern, found.text, found.weekdays)


def _after_ordinal_number(pattern: re.Pattern[str], found: _Openings) -> Iterable[re.Match[str]]:
    """ "the 6th": only where a number ends in st, nd, rd or th."""
    if any(ORDINAL_SUFFIX.match(found.text, end) for end in found.number_ends):
        return pattern.finditer(found.text)
    return ()


def _with_words(*words: str):
    """Search with the pattern only when the text has one of `words` (in any case)."""
    needed = frozenset(words)
    assert needed <= set(_WORDS_NEEDED)

    def search(pattern: re.Pattern[str], found: _Openings) -> Iterable[re.Match[str]]:
        if not needed.isdisjoint(found.words):
            return pattern.finditer(found.text)
        return ()
    return search


RULES = ((NUMERIC_DATE, _numeric_date, _at_numbers), (MONTH_FIRST, _month_first, _at_months),
         (MONTH_DAY_RANGE, _month_day_range, _at_months), (DAY_FIRST, _day_first, _at_months),
         (ORDINAL_DAY, _ordinal_day, _after_ordinal_number),
         (MONTH_YEAR, _month_year, _at_months), (MONTH_CUED, _month_cued, _at_months),
         (RELATIVE_YEAR, _relative_year, _with_words("year")), (YEAR, _bare_year, _at_numbers),
         (RELATIVE_DAY, _relative_day, _with_words(*_RELATIVE_DAY_WORDS)),
         (WEEKDAY, _weekday, _at_weekdays))
"""(pattern, handler, where the pattern can match), in the order their mentions are weighed."""


# --- public API -----------------------------------------------------------------------------
def find_dates(text: str, document_date: str | None) -> list[DateMention]:
    """Every resolved date expression in `text`, non-overlapping, sorted by offset.

    Relative expressions ("tomorrow", "on Monday", "the 6th", "6 November") are resolved against
    `document_date` ("1962-11-05"; a bare "1599" serves for years) and marked inferred. Longer
    expressions win over those they contain; one that cannot be resolved (February 30, or
    "6 November" with no document date) is left out but still blocks its span."""
    openings = _Openings(text)
    if not openings.any():
        return []
    ctx = _context(text, document_date)
    found = [d for pattern, handler, where in RULES for m in where(pattern, openings)
             if (d := handler(m, ctx))]
    if len(found) < 2:
        return [d for d in found if d.resolved]   # nothing to weigh
    taken = bytearray(len(text))
    chosen = []
    for mention in sorted(found, key=lambda d: (d.start - d.end, d.start)):  # longest first
        if taken.find(1, mention.start, mention.end) == -1:
            taken[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
            chosen.append(mention)
    return sorted((d for d in chosen if d.resolved), key=lambda d: d.start)


def parse_mention(text: str) -> DateMention | None:
    """The date of a date line or title: its most precise explicit date (the first if tied)."""
    mentions = [m for m in find_dates(text, None) if not m.inferred]
    return max(mentions, key=lambda m: (len(m.when or m.not_before), -m.start), default=None)


def parse_date(text: str) -> str | None:
    """ISO 8601 value of a date line ("November 5, 1962", "19.XI.62"); a range gives its start."""
    mention = parse_mention(text)
    return (mention.when or mention.not_before) if mention else None
