"""Years: the year two digits write (`02.11.62`, `28 Oct 62`), and a four-digit number that is
a year (`in 1958`) or not (`no. 1856`, `1400 GMT`)."""

from __future__ import annotations

import re

from .date_mentions import (DateContext, DateMention, blocked_before, day_in_year, match_before,
                            opens_text)
from .date_patterns import (AT_WORD, CAPITALS_WORD_BEFORE, CLOCK_BEFORE, CLOCK_ZONE_AFTER,
                            ENTRY_TIME_AFTER, PARAGRAPH_NUMBER_AFTER, TWO_DIGIT_YEARS_AROUND,
                            SECOND_NUMBER_AFTER, UNIT_AFTER,
                            YEAR_WORDS_IN_CAPITALS)

POST_CITED_BEFORE = re.compile(r"(?:(?P<paren>\()|\b(?:[Ss]ee|[Cc]f\.)[ \t]+(?:also[ \t]+)?)"
                               r"[A-Z][a-z]+[ \t]+$")
"""A post's name before a number a sentence cites it by: after an opening parenthesis the number
closes (`(Moscow 1143)`) or after a cross-reference's word (`See also Moscow 1143.`, `cf. Moscow
1143`), as `MOSCOW 1143` in a cable's capitals (`(Moscow, 1962)` is a place and a year)."""
BODY_NAMED_AFTER = re.compile(
    r"[ \t]+(?:Revolutionary[ \t]+)?(?:Club|Committee|Society|Group|Association|League|Movement"
    r"|Foundation|Directorate|Brigade)\b")
"""The word after a number that makes it a body's name (`the 1900 Club`, `the 1922 Committee`):
a club or a committee is named by its number, as an act or a crisis is dated by its year (`the
1962 Act`, `the 1961 Berlin crisis` are years); a movement, a directorate or a brigade by its day
(`the 26th of July Movement`, `the 13th of March (Revolutionary) Directorate`). The year,
day-first and month-first rules all ask `body_named`."""
BODY_NAMED_BEFORE = re.compile(
    r"\b(?:Movimiento|Directorio(?:[ \t]+Revolucionario)?)[ \t]+(?:del?[ \t]+)?$")
"""The Spanish name of a body before the day it is named by: `Movimiento 26 de Julio`,
`Directorio Revolucionario 13 de Marzo`, in Spanish or in an English sentence."""


SERIES_BEFORE = re.compile(r"(?:\bFRUS|\bForeign[ \t]+Relations(?:[ \t]+of[ \t]+the[ \t]+United"
                           r"[ \t]+States)?(?<!on[ \t]Foreign[ \t]Relations)),?[ \t]*$")
"""A documentary series whose volume is named by the years it covers, right before them: `FRUS
1961-1963`, `Foreign Relations of the United States, 1961–1963`, `Foreign Relations, 1961–1963`
(the volume's title: no date the document mentions, as `vol. 1962` is none); not `the Committee
on Foreign Relations, 1962`, nor `FRUS: in 1961-1963 the Soviet Union`."""

TIME_BEFORE = re.compile(r"\b(?:on|since|by|until|till|from|after|in)[ \t]+$", re.IGNORECASE)
"""A preposition of time right before a day or a year (no `the` between): it dates what follows,
whatever name comes after it (`On 17 April Brigade 2506 landed`, `On 22 October Committee
members met`), where a body's name takes `the` (`the 13th of March Directorate`)."""


def body_named(ctx: DateContext, start: int, end: int) -> DateMention | None:
    """A mention of no date over `start`-`end` when the words after it name a body
    (`BODY_NAMED_AFTER`: `the 1900 Club`, `the July 26 Movement`, `the 26th of July Movement`)
    or those before it (`BODY_NAMED_BEFORE`: `Movimiento 26 de Julio`), whichever rule reads the
    number or the date: it keeps the other rules off its words. After a preposition of time
    (`TIME_BEFORE`) the words after it name no body."""
    named = BODY_NAMED_AFTER.match(ctx.text, end) and not match_before(ctx, start, TIME_BEFORE) \
        or match_before(ctx, start, BODY_NAMED_BEFORE)
    return ctx.mention(start, end) if named else None


def full_year(digits: str, ctx: DateContext) -> int | None:
    """The year a numeric date writes: `62` is the year so ending nearest the document date's
    (1962 in a record of 1962, 2017 in a debate of 2017), 19xx where there is none; None if
    that is more than TWO_DIGIT_YEARS_AROUND years from it (`15` in a record of 1962)."""
    if len(digits) != 2:
        return int(digits)
    if ctx.year is None:
        return 1900 + int(digits)
    same_century = ctx.year - ctx.year % 100 + int(digits)
    year = min((same_century - 100, same_century, same_century + 100),
               key=lambda year: abs(year - ctx.year))
    return year if abs(year - ctx.year) <= TWO_DIGIT_YEARS_AROUND else None


def written_year(m: re.Match[str], ctx: DateContext) -> str | None:
    """The year a date's match `m` writes in full (`y`: `1962`) or with its century elided
    (`ey`: `'62`, read as a numeric date's two digits, `full_year`), as digits; None without
    one, or with an elided one far from the document date's."""
    if m["ey"]:
        year = full_year(m["ey"], ctx)
        return str(year) if year is not None else None
    return m["y"]


SHORT_YEARS_BACK = 10
"""How many years before the document date two digits after a month's abbreviation may write."""
COUNT_GOES_ON = re.compile(r"\s*(?:or\s+(?:more|so|less|fewer)\b|(?:to|or)\s+\d|[-–]\d|\+)")
"""What makes two digits a count: `60 or more`, `12 to 15`, `42-45`, `40+`."""


def short_year(ctx: DateContext, m: re.Match[str], month: int, day: int,
                weekday: str | None) -> int | None:
    """The year two digits after a month's abbreviation write (`28 Oct 62`), or None when they
    count what follows the date: a year is one of the `SHORT_YEARS_BACK` years up to the document
    date's (`our note of 5 Dec 60`), or the year the day and month alone are read in (`15 Jan 63`
    in a telegram of 20 December 1962), unless a count goes on after the digits (`28 Oct 60 or
    more missiles`); `3 Nov 42 were aboard` in a record of 1962 is a count. With no document
    date, as a numeric date's."""
    year = full_year(m["yy"], ctx)
    if ctx.year is None or year is None:
        return year
    if COUNT_GOES_ON.match(ctx.text, m.end("yy")):
        return None
    alone, _ = day_in_year(ctx, None, month, day, weekday)
    near = ctx.year - SHORT_YEARS_BACK <= year <= ctx.year
    return year if near or alone and year == alone.year else None


def bare_year(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """"1918", "1969–1976", "1969-70"; not "no. 1856", "Deptel 1255", "at 1400", "1000 meters",
    a clock time before its zone ("1400 GMT", "by 1800 local"), a telegram's number after its
    post in a cable's capitals (`MOSCOW 1121`, `WASHDC 1143`) or in parentheses (`(Moscow
    1143)`), a body's named by a number (`the 1900 Club`), nor the number that labels its
    paragraph: `1712. Eyes only…` is a telegram's number, `1032 -- Report…` the time of a
    chronology's entry, whatever year they could be. A year in a name is that year (`the 1961
    Berlin crisis`, `the 1962 Act`, `The 1812 Overture`): a rule that took it out of the names
    took it out of the first two. Nor are the years that name a series' volume (`FRUS
    1961-1963`: `SERIES_BEFORE`)."""
    if blocked_before(ctx, m.start(), AT_WORD) or _counted(ctx, m.end()) \
            or _clock_time(ctx, m) or _telegram_of_a_post(ctx, m.start()) \
            or SERIES_BEFORE.search(ctx.text, max(0, m.start() - 50), m.start()):
        return None
    if body := body_named(ctx, m.start(), m.end()):
        return body
    if not m["y2"] and _labels_its_paragraph(ctx, m):
        return None
    if not m["y2"]:
        return ctx.mention(m.start(), m.end(), m["y"])
    first = int(m["y"])
    last = int(m["y2"]) if len(m["y2"]) == 4 else first // 100 * 100 + int(m["y2"])
    return ctx.mention(m.start(), m.end(), "", f"{first:04d}", f"{last:04d}") if last > first else None


def _counted(ctx: DateContext, end: int) -> bool:
    """Whether a unit or things counted follow the number ending at `end` (`1000 meters`, `1962
    crates`), straight or after a second number it pairs with (`between 2000 and 2300 hours`:
    the unit counts both)."""
    second = SECOND_NUMBER_AFTER.match(ctx.text, end)
    return bool(UNIT_AFTER.match(ctx.text, end)
                or second and UNIT_AFTER.match(ctx.text, second.end()))


def _clock_time(ctx: DateContext, m: re.Match[str]) -> bool:
    """Whether the number `m` is a clock time before its zone (`1400 GMT`, `1400–1600 GMT`):
    hours and minutes a clock shows, no time right before it (`Aug 29 00:00:00 2013 GMT` writes
    a year)."""
    return _clock_shaped(m["y"]) \
        and bool(CLOCK_ZONE_AFTER.match(ctx.text, m.end())) \
        and not match_before(ctx, m.start(), CLOCK_BEFORE, 12)


def _labels_its_paragraph(ctx: DateContext, m: re.Match[str]) -> bool:
    """Whether the number `m` opens the text as its label: a period and words after it (`1712.
    Eyes…`), or hours and minutes a clock shows and a dash or colon after them (`1032 --
    Report…`, `1400: U Thant…`: a chronology's entry, as `October 24 --` heads another)."""
    if not opens_text(ctx, m.start()):
        return False
    return bool(PARAGRAPH_NUMBER_AFTER.match(ctx.text, m.end())) \
        or _clock_shaped(m["y"]) and bool(ENTRY_TIME_AFTER.match(ctx.text, m.end()))


def _telegram_of_a_post(ctx: DateContext, start: int) -> bool:
    """Whether the number at `start` is a post's or office's telegram: after a word that names no
    time (`YEAR_WORDS_IN_CAPITALS`) in a line written in capitals (`REF: A) MOSCOW 1121`, `TO
    SECSTATE WASHDC 1143`, `MOSCOW 1143. SECRET.`; not `SINCE 1958`, nor a heading's `CUBA 1962`,
    a name and a number alone on their line), or after a post's name a sentence cites it by
    (`POST_CITED_BEFORE`: `(Moscow 1143)`, `See also Moscow 1143`)."""
    cited = POST_CITED_BEFORE.search(ctx.text, max(0, start - 40), start)
    if cited and (not cited["paren"] or ctx.text.startswith(")", start + 4)):
        return True
    window = ctx.text[max(0, start - 40):start]
    line = window.rpartition("\n")[2]
    if any(char.islower() for char in line):   # asked first: the search is slow on prose
        return False
    found = CAPITALS_WORD_BEFORE.search(line)
    if found is None or found["word"] in YEAR_WORDS_IN_CAPITALS:
        return False
    opens_line = not found["routing"] and ("\n" in window or start <= 40)
    return not (opens_line and not ctx.text[start + 4:].partition("\n")[0].strip())


def _clock_shaped(digits: str) -> bool:
    """Whether four digits are hours and minutes a clock shows (`1032`, `2359`; not `1962`)."""
    return int(digits[:2]) < 24 and int(digits[2:]) < 60
