"""A weekday, a day of the month or a month named alone, seen from the document date: the day
or month its cue or its sentence's tense says, or none.

    (1970-01-31, a Saturday) he asked for an answer by Monday.   -> 1970-02-02   ("by": ahead)
    (1962-11-19, a Monday)   Sunday night ... I was at his palace -> 1962-11-18   (past tense)
    (1970-01-31)             He said, “Tuesday?”                  -> no date: the quotation does
                                                                     not say past or future
    (1962-11-03)             the order came on the 28th.          -> 1962-10-28   (past tense)
    (1962-11-20, a Tuesday)  than I was on Tuesday last.          -> 1962-11-13   (cue after it)
    (1962-11-27, a Tuesday)  Next meeting: Friday.                -> 1962-11-30   (a cue before
                                                                     it in its sentence)
    (1962-11-03)             He arrived on Saturday.              -> 1962-11-03   (narration: no
                                                                     tense word, no quotation)
    (1962-11-03)             Indeed the order is on the 28th.     -> no date      (the present)
    (1962-11-03)             He had left before the 20th; they    -> 1962-10-20   (its clause's
                             will return.                                          tense: past)
    (1962-11-28)             He said the bombers would go by the  -> 1962-11-20   (the future
                             20th.                                                 seen from the
                                                                                   past: nearest)
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from .date_mentions import (DateContext, DateMention, make_date, match_before, month_from,
                            month_iso, month_number, part_of_month, span_mention,
                            with_weekday)
from .date_patterns import (CLAUSE_CUES, DAY_SAID_BEFORE, DETERMINERS, FUTURE_CUES,
                            MONTH_CUE_BEFORE, MONTH_NAMES, PAPER_AFTER,
                            PAPER_OF_BEFORE, PAPER_TO_COME_BEFORE, PAST_CUES, RECURRING_BEFORE,
                            WEEKDAY_CUE_AFTER, WEEKDAY_CUE_BEFORE, WEEKDAY_SAID_AFTER, WEEKDAYS)
from .date_tenses import (FUTURE_IN_PAST, FUTURE_TENSE, NARRATED_AFTER, PAST_TENSE,
                          PRESENT_PLAN_BEFORE, SENTENCE_CUES, UNTOLD_TENSE)

SENTENCE = 150
"""How far back and ahead of a weekday its sentence is read for a tense."""
BREAK_BEFORE = re.compile(r".*(?:[.!?][”\"’)\]]*\s|[\n“”\"])", re.DOTALL)
"""Up to the last sentence end or quotation mark before a weekday (greedy: the last one)."""
BREAK_AFTER = re.compile(r"[.!?\n“”\"]")
"""The first sentence end or quotation mark after a weekday."""
SENTENCE_END = re.compile(r"[.!?\n]")


def weekday_direction(cue: str, text: str, start: int, end: int) -> str | None:
    """How to read the weekday at `text[start:end]` after the word `cue` ("" if none): "past",
    "future" or "this" by its cue, but a cue that counts from the time its clause tells (by,
    before, until ...) in the past tense "default" ("He had left before the 20th"), in the
    future seen from the past "nearest" ("the bombers would go by the 20th"); else by its
    clause's tense (`clause_tense`): where it has none, by a cue further back in its sentence
    (`Next meeting: Friday.` ahead, `Last session: Monday.` before); a future one (will, until
    ...) "future", a past one (was, came ...) "default", the latest such weekday on or before
    the document date, the future seen from the past (would) "nearest", the one nearest the
    document date; none, with a verb in the present right before `on` ("We meet on Wednesday":
    `PRESENT_PLAN_BEFORE`) "future", in plain narration ("He arrived on Sunday") "narration",
    read as "default". None where the present or a verb looking ahead tells it (is, asked to
    ...), or no tense word in a quotation or a question ("He said, “Tuesday?”"): the text does
    not tell past from future."""
    if cue in PAST_CUES:
        return "past"
    if cue == "this":
        return "this"
    before, after = _sentence_around(text, start, end)
    tense = clause_tense(before[:len(before.rstrip()) - len(cue)], after)
    if cue in FUTURE_CUES:
        return tense if cue in CLAUSE_CUES and tense in ("default", "nearest") else "future"
    if tense is None and (cued := SENTENCE_CUES.findall(before)):
        return "past" if cued[-1].lower() in PAST_CUES else "future"
    if tense is None and PRESENT_PLAN_BEFORE.search(before) and not NARRATED_AFTER.search(after):
        return "future"   # `We meet on Wednesday`: the present of a plan
    if tense is None:
        tense = "untold" if _quoted_or_asked(text, start, end) else "narration"
    return None if tense == "untold" else tense


_TENSES = (("future", FUTURE_TENSE), ("default", PAST_TENSE), ("nearest", FUTURE_IN_PAST),
           ("untold", UNTOLD_TENSE))
CLAUSE_BREAK = re.compile(r"[,;:—–]|\b(?:and|but|or|while|whereas|although|though|because|that"
                          r"|which|who|whom)\b")
"""Where a clause of a sentence ends: its punctuation and the words that join another to it."""


def clause_tense(before: str, after: str) -> str | None:
    """The tense ("future", "default" for the past, "nearest" for the future seen from the past,
    "untold") of the words of a sentence
    `before` and `after` a date: the tense word nearest before it in its own clause, else the
    nearest after it there, else the nearest in the sentence; None if it has none. The clause's
    own verb wins over another clause's: "He had left on the 20th; he will return" is past."""
    breaks_before = list(CLAUSE_BREAK.finditer(before))
    own_before = before[breaks_before[-1].end():] if breaks_before else before
    break_after = CLAUSE_BREAK.search(after)
    own_after = after[:break_after.start()] if break_after else after
    for words_before, words_after in ((own_before, ""), ("", own_after), (before, after)):
        marks = [(len(words_before) - word.end(), tense) for tense, pattern in _TENSES
                 for word in pattern.finditer(words_before)]
        marks += [(word.start(), tense) for tense, pattern in _TENSES
                  for word in pattern.finditer(words_after)]
        if marks:
            return min(marks)[1]
    return None


def _dates_a_paper(ctx: DateContext, m: re.Match[str]) -> bool:
    """Whether the weekday `m` dates a paper, written on or before the document date whatever
    the tense of the sentence (`We will answer the letter of Friday`, `Friday's letter`), unless
    the future sends or writes that very paper (`We will send Monday's letter`)."""
    return bool(match_before(ctx, m.start(), PAPER_OF_BEFORE)
                or PAPER_AFTER.match(ctx.text, m.end())) \
        and match_before(ctx, m.start(), PAPER_TO_COME_BEFORE, 80) is None


def _quoted_or_asked(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` stands in a quotation its line opens before it and has not
    closed (“...” or "...") or in a sentence that ends with a question mark."""
    before = text[text.rfind("\n", 0, start) + 1:start]
    if before.rfind("“") > before.rfind("”") or before.count('"') % 2:
        return True
    found = SENTENCE_END.search(text, end, end + SENTENCE)
    return found is not None and found.group() == "?"


def _sentence_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The words of the sentence (or quotation) before and after `text[start:end]`."""
    before = text[max(0, start - SENTENCE):start]
    if (found := BREAK_BEFORE.match(before)) is not None:
        before = before[found.end():]
    after = text[end:end + SENTENCE]
    if (found := BREAK_AFTER.search(after)) is not None:
        after = after[:found.start()]
    return before, after


def resolve_weekday(doc: date, weekday: int, direction: str) -> date:
    """The weekday (0 = Monday) seen from `doc`: "past" and "future" exclude `doc` itself,
    "this" is on or after it, "default" and "narration" on or before it, "nearest" the one
    nearest it, `doc` itself included (the one before and the one after it are never as near:
    their days from it add up to seven)."""
    back, ahead = (doc.weekday() - weekday) % 7, (weekday - doc.weekday()) % 7
    if direction == "nearest":
        return doc + timedelta(days=ahead) if ahead < back else doc - timedelta(days=back)
    if direction == "past":
        return doc - timedelta(days=back or 7)
    if direction == "future":
        return doc + timedelta(days=ahead or 7)
    return doc + timedelta(days=ahead) if direction == "this" else doc - timedelta(days=back)


MONTHS_AROUND = 2
"""How many months before and after the document date's a day of the month is looked for in."""


def month_day(doc: date, first: int, last: int, direction: str | None,
              weekday: int | None = None) -> tuple[date, date] | None:
    """The days `first` to `last` ("the 28th", "the 5th and the 9th") of the month near `doc`
    that `direction` (`weekday_direction`) names: "future" the first span ending after `doc`,
    "this" on or after it; "default" the latest span beginning on or before `doc`, "past"
    before it; "narration" (no tense word) as "default"; "nearest" the span beginning nearest
    `doc`. A `weekday` said with the day ("Tuesday, the 6th") keeps the months
    where it falls on it, and without a direction or in narration names the nearest one. None
    where nothing says which month, or two are as near: the text does not tell past from
    future."""
    if direction == "narration" and weekday is None:
        direction = "default"
    spans = [span for offset in range(-MONTHS_AROUND, MONTHS_AROUND + 1)
             if (span := _span_in_month(doc, offset, first, last))
             and (weekday is None or span[0].weekday() == weekday)]
    if direction in ("future", "this"):
        return min((s for s in spans if s[1] > doc or (direction == "this" and s[1] == doc)),
                   default=None)
    if direction in ("default", "past"):
        return max((s for s in spans if s[0] < doc or (direction == "default" and s[0] == doc)),
                   default=None)
    return _nearest(spans, doc) if weekday is not None or direction == "nearest" else None


def on_no_weekday(doc: date, first: int, last: int, weekday: int) -> bool:
    """Whether none of the months `month_day` looks in has day `first` on `weekday` (the 31st
    falls on a Tuesday in none of the months around November 1962)."""
    return not any(span[0].weekday() == weekday
                   for offset in range(-MONTHS_AROUND, MONTHS_AROUND + 1)
                   if (span := _span_in_month(doc, offset, first, last)))


def _nearest(spans: list[tuple[date, date]], doc: date) -> tuple[date, date] | None:
    """The span of `spans` whose first day is nearest `doc`, None on a tie."""
    def distance(span: tuple[date, date]) -> int:
        return abs((span[0] - doc).days)
    nearest = sorted(spans, key=distance)
    if not nearest or len(nearest) > 1 and distance(nearest[0]) == distance(nearest[1]):
        return None
    return nearest[0]


def _span_in_month(doc: date, offset: int, first: int, last: int) -> tuple[date, date] | None:
    """Days `first` to `last` of the month `offset` months from `doc`'s, if it has them."""
    year, month = month_from(doc.year, doc.month, offset)
    span = make_date(year, month, first), make_date(year, month, last)
    return span if span[0] and span[1] and span[0] <= span[1] else None


# --- the handlers of `dates.RULES`: a match -> its mention -----------------------------------
def ordinal_day(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """ "the 6th", "the 7th or 8th": that day of the month near the document date that its cue
    or its sentence's tense names, as a weekday's (`month_day`); none where neither says. A
    weekday said with it (`Tuesday, the 20th`) or said to be it (`the 20th was a Tuesday`, `the
    20th, a Tuesday`) names the nearest month where the day is that weekday, the
    tense aside; where none is, the mention is unread and says so (`impossible`)."""
    start, weekday = with_weekday(ctx, m.start())
    if ctx.doc is None:
        return ctx.mention(start, m.end())
    said = None if weekday or m["d2"] else WEEKDAY_SAID_AFTER.match(ctx.text, m.end())
    found = match_before(ctx, start, WEEKDAY_CUE_BEFORE)
    direction = None if said else \
        weekday_direction(found["cue"].lower() if found else "", ctx.text, start, m.end())
    weekday = said["wd"] if said else weekday
    first, last = int(m["d1"]), int(m["d2"] or m["d1"])
    span = month_day(ctx.doc, first, last, direction, WEEKDAYS[weekday.lower()] if weekday else None)
    if span is None and weekday and on_no_weekday(ctx.doc, first, last, WEEKDAYS[weekday.lower()]):
        return replace(ctx.mention(start, m.end(), inferred=True),
                       impossible=f"{ctx.text[start:m.end()]} (no month around {ctx.doc.day} "
                                  f"{MONTH_NAMES[ctx.doc.month - 1]} {ctx.doc.year} has it on a "
                                  f"{weekday.capitalize()})")
    if span is None:
        return ctx.mention(start, m.end(), inferred=True)
    if not m["d2"]:
        return ctx.mention(start, m.end(), span[0].isoformat(), inferred=True)
    return span_mention(ctx, start, m.end(), *span, True)


def named_weekday(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """`on Monday`, `last Tuesday`, `Friday next`: the day its cue or its sentence's tense names
    (`weekday_direction`); a weekday that recurs (`Every Friday`, `RECURRING_BEFORE`) is none,
    and unread. In a document dated by a span of days the weekday that falls in it once is
    that day (`On Sunday ...` in a record of 27-28 October 1962: the 28th), one that falls in
    it twice none; `last` and `next` name another week's. In the future tense that holds in a
    span of two days only: a week's summary (22-28 October) is written after its days, and its
    `will be held on Tuesday` is the first Tuesday after them."""
    if ctx.doc is None:
        return None
    if match_before(ctx, m.start(), RECURRING_BEFORE):
        return ctx.mention(m.start(), m.end())
    if said := match_before(ctx, m.start(), DAY_SAID_BEFORE):   # `the 20th was a Tuesday`
        day = int(said["d"])
        span = month_day(ctx.doc, day, day, None, WEEKDAYS[m["wd"].lower()])
        return ctx.mention(m.start(), m.end(), span[0].isoformat() if span else "", inferred=True)
    found = match_before(ctx, m.start(), WEEKDAY_CUE_BEFORE)
    start, end = (found.start() if found and found["cue"].lower() in DETERMINERS else m.start(),
                  m.end())
    if (found is None or found["cue"].lower() == "on") \
            and (after := WEEKDAY_CUE_AFTER.match(ctx.text, m.end())) is not None:
        found, end = after, after.end()   # `(on) Tuesday last`: the cue after it, as `last Tuesday`
    cue = found["cue"].lower() if found else ""
    direction = "default" if _dates_a_paper(ctx, m) and cue not in OTHER_WEEK_CUES \
        else weekday_direction(cue, ctx.text, m.start(), m.end())
    if direction is None:
        return ctx.mention(start, end, inferred=True)
    weekday = WEEKDAYS[m["wd"].lower()]
    if ctx.last and cue not in OTHER_WEEK_CUES and not _ahead_of_a_long_span(ctx, direction) \
            and (inside := _days_in_span(ctx.doc, ctx.last, weekday)):
        value = inside[0].isoformat() if len(inside) == 1 else ""   # twice in it: no day
        return ctx.mention(start, end, value, inferred=True)
    day = resolve_weekday(ctx.last if ctx.last and direction == "future" else ctx.doc, weekday,
                          direction)
    if _counted_back_over_a_long_span(ctx, direction) \
            and resolve_weekday(ctx.last, weekday, direction) != day:
        return ctx.mention(start, end, inferred=True)   # `last Sunday` in 20-31 October: no day
    return ctx.mention(start, end, day.isoformat(), inferred=True)


LONG_SPAN = 3
"""How many days a span holds from which its future tense looks past its last day."""


def _ahead_of_a_long_span(ctx: DateContext, direction: str) -> bool:
    """Whether a weekday in the future tense stands in a document dated by a span of three days
    or more (`Weekly Summary`, `October 22-28, 1962`): it counts from the span's last day."""
    return direction == "future" and (ctx.last - ctx.doc).days + 1 >= LONG_SPAN


def _counted_back_over_a_long_span(ctx: DateContext, direction: str) -> bool:
    """Whether a weekday not in the future stands in a document dated by a span of three days
    or more: counted from the span's first day and from its last it may be two days (`last
    Sunday` in 20-31 October 1962, the 14th or the 28th), and then no day is meant, as no day is
    by `yesterday` there (`days_told`)."""
    return bool(ctx.last) and direction != "future" and (ctx.last - ctx.doc).days + 1 >= LONG_SPAN


OTHER_WEEK_CUES = frozenset({"last", "past", "previous", "next", "coming"})
"""The cues that name a weekday of another week than the days of a document dated by a span
(`last Sunday`, `next Saturday` in a record of Saturday and Sunday 27-28 October 1962)."""


def _days_in_span(first: date, last: date, weekday: int) -> list[date]:
    """The days from `first` to `last` that fall on `weekday` (0 = Monday)."""
    day = first + timedelta(days=(weekday - first.weekday()) % 7)
    return [day + timedelta(days=7 * week) for week in range((last - day).days // 7 + 1)] \
        if day <= last else []


UNDIRECTED_MONTH_CUES = frozenset({"in", "during", "early", "late", "mid"})
"""The cues before a bare month that say neither before nor after the document's (`in January`):
its clause's tense says (`month_cued`)."""
MONTHS_AHEAD = {"last": 0, "past": 0, "since": 1, "default": 1}
"""How a bare month is read back from the document's: below how many months after it the latest
such month lies, by its cue or its clause's tense (`default`, the past: the document's month at
most); three for any other (`in January` in narration)."""


def month_cued(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """A bare month after a cue word: the latest such month at most two months after the document
    date ("last": before it, "since": up to it, "next": the first one after it); after a cue of
    no direction (`in`, `during`, `early` ...) in a clause whose tense says one (`_month_reading`),
    in a clause in the past at most the document's month (`In January the ships were sent`, in
    November 1962: January 1962), in the future the first on or after it (`will go in March`:
    March 1963), in the future seen from the past the nearest (`said that in January they would
    go`: January 1963)."""
    found = match_before(ctx, m.start(), MONTH_CUE_BEFORE)
    if found is None or ctx.year is None:
        return None
    cue, month = found["cue"].lower(), month_number(m["m"])
    here = ctx.year * 12 + (ctx.month or month) - 1
    options = [y * 12 + month - 1 for y in (ctx.year - 1, ctx.year, ctx.year + 1)]
    reading = _month_reading(cue, ctx, m)
    if reading in ("next", "future"):   # the first after the document's month, or from it on
        best = min(o for o in options if o > here or reading == "future" and o == here)
    elif reading == "nearest":
        best = min(options, key=lambda o: abs(o - here))
    else:
        best = max(o for o in options if o < here + MONTHS_AHEAD.get(reading, 3))
    if part := part_of_month(ctx, m.start(), m.end(), best // 12, best % 12 + 1, True):
        return part   # `by late October`: its days, as `late October 1962`'s
    start = found.start() if cue in DETERMINERS else m.start()
    return ctx.mention(start, m.end(), month_iso(best // 12, best % 12 + 1), inferred=True)


def _month_reading(cue: str, ctx: DateContext, m: re.Match[str]) -> str:
    """How the bare month of `m` after `cue` is read: by its cue, or after one of no direction
    (`UNDIRECTED_MONTH_CUES`) by its clause's tense where it has one (`weekday_direction`:
    `default` the past, `future`, `nearest` the future seen from the past)."""
    if cue not in UNDIRECTED_MONTH_CUES or not ctx.month:
        return cue
    return weekday_direction("", ctx.text, m.start(), m.end()) or cue
