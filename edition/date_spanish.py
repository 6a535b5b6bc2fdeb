"""Spanish days and months counted from the document date: `el pasado lunes`, `en enero`."""

from __future__ import annotations

import re

from .date_mentions import DateContext, DateMention, month_iso
from .date_months import SPANISH_MONTHS
from .date_openings import with_words
from .date_patterns import SPANISH_CUES, SPANISH_DAY_WORDS, WEEKDAYS
from .date_weekdays import month_day, resolve_weekday
from .line_words import sentence_at

SPANISH_WEEKDAYS = {"lunes": "monday", "martes": "tuesday", "miércoles": "wednesday",
                    "miercoles": "wednesday", "jueves": "thursday", "viernes": "friday",
                    "sábado": "saturday", "sabado": "saturday", "domingo": "sunday"}
_WEEKDAY = "|".join(SPANISH_WEEKDAYS)
_CUE = r"(?:pasado|próximo|proximo)"
SPANISH_WEEKDAY_CUED = re.compile(
    rf"(?-i:\b[Ee]l[ \t]+(?:(?P<cue>{_CUE})[ \t]+(?P<wd>{_WEEKDAY})"
    rf"|(?P<wd2>{_WEEKDAY})[ \t]+(?P<cue2>{_CUE}|que[ \t]+viene)))\b")
"""A weekday after `el` and a cue, before or after it: `el pasado lunes`, `el próximo martes`,
`el lunes pasado`, `el martes que viene`; none without a cue (`el lunes`, told by a tense)."""
SPANISH_MONTH_CUED = re.compile(
    rf"(?-i:\b[Ee]n[ \t]+(?P<m>{'|'.join(SPANISH_MONTHS)}))\b"
    r"(?![ \t]*,?[ \t]*(?:de[ \t]+|del[ \t]+)?\d)")
"""A month after `en`, without its year: `En enero la OEA expulsó a Cuba` (`en enero de 1959`
is the year's, read by the rules of dates with a year)."""
SPANISH_PAPERS = ("carta", "mensaje", "cable", "telegrama", "nota", "respuesta", "comunicación")
SPANISH_DAY = re.compile(
    rf"(?-i:\b(?P<paper>(?:{'|'.join(SPANISH_PAPERS)})[ \t]+)?(?:[Ee]l|[Dd]el|[Aa]l)[ \t]+"
    rf"(?P<day>d[ií]a[ \t]+(?P<d>[12]\d|3[01]|0?[1-9])))\b"
    rf"(?![ \t]*(?:,[ \t]*)?(?:de[ \t]+(?:{'|'.join(SPANISH_MONTHS)})\b|[./-]\d))")
"""A day of the month named alone: `el día 5`, `del día 28`, `al día 3`; a paper's day after its
word (`su carta del día 28`). `el día 26 de octubre` is the date's (the rules of dates)."""
SPANISH_PAST = re.compile(r"(?-i:\b\w+(?:[^\W\d]ó|aron|ieron)\b|\b(?:fue|fueron|hubo|había"
                          r"|habían|estuvo)\b)")
"""A verb in the preterite (`expulsó`, `llegaron`, `fue`) or the pluperfect's `había`."""
SPANISH_FUTURE = re.compile(r"(?-i:\b\w+(?:rá|rán|ré|remos)\b|\bva(?:n|mos)?[ \t]+a\b)")
"""A verb in the future (`se reunirá`, `iremos`) or `va a`, `van a`."""
SENTENCE_EDGE = re.compile(r"[.!?\n]")


def spanish_weekday(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """`el pasado lunes` the Monday before the document date, `el próximo martes` the Tuesday
    after it (`resolve_weekday`); the mention holds the cue, as `last Monday` does."""
    if ctx.doc is None:
        return None
    cue, weekday = (m["cue"], m["wd"]) if m["wd"] else (m["cue2"], m["wd2"])
    direction = "past" if cue == "pasado" else "future"
    day = resolve_weekday(ctx.doc, WEEKDAYS[SPANISH_WEEKDAYS[weekday]], direction)
    start = m.start("cue") if m["wd"] else m.start("wd2")
    return ctx.mention(start, m.end(), day.isoformat(), inferred=True)


def spanish_month(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """A month after `en`: in a sentence with a verb in the past the latest on or before the
    document's month (`En enero la OEA expulsó a Cuba`, in November 1962: January 1962), with
    one in the future the first on or after it, else the latest at most two months after it,
    as `in January` is read."""
    if ctx.year is None:
        return None
    here = ctx.year * 12 + (ctx.month or 1) - 1
    month = SPANISH_MONTHS[m["m"]]
    options = [y * 12 + month - 1 for y in (ctx.year - 1, ctx.year, ctx.year + 1)]
    sentence = sentence_at(ctx.text, m.start(), m.end(), SENTENCE_EDGE)
    if SPANISH_FUTURE.search(sentence):
        best = min(o for o in options if o >= here)
    else:
        best = max(o for o in options if o <= here + (0 if SPANISH_PAST.search(sentence) else 2))
    return ctx.mention(m.start("m"), m.end(), month_iso(best // 12, best % 12 + 1), inferred=True)


def spanish_day(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """`el día 5`: that day in the months around the document date that its sentence's tense
    names, as `the 5th` is read (`month_day`): with a verb in the past the latest before the
    document date, in the future the first after it, a paper's day (`su carta del día 28`) the
    latest on or before it; none where the sentence tells neither."""
    if ctx.doc is None:
        return None
    sentence = sentence_at(ctx.text, m.start(), m.end(), SENTENCE_EDGE)
    direction = ("default" if m["paper"] else "future" if SPANISH_FUTURE.search(sentence)
                 else "past" if SPANISH_PAST.search(sentence) else None)
    span = month_day(ctx.doc, int(m["d"]), int(m["d"]), direction) if direction else None
    if span is None:
        return None
    return ctx.mention(m.start("day"), m.end("day"), span[0].isoformat(), inferred=True)


SPANISH_RULES = ((SPANISH_WEEKDAY_CUED, spanish_weekday, with_words(*SPANISH_CUES)),
                 (SPANISH_MONTH_CUED, spanish_month, with_words(*SPANISH_MONTHS)),
                 (SPANISH_DAY, spanish_day, with_words(*SPANISH_DAY_WORDS)))
"""The rules of `dates.RULES` for Spanish, each searched where the text has a word it needs."""
