"""The day a paper of a given date gives what the text quotes or reports of it."""

from __future__ import annotations

import re
from dataclasses import replace

from .date_patterns import MONTH_NAMES, PAPER_WORDS
from .dates import DateMention, find_dates

PAPER_OF = re.compile(rf"(?=[{''.join(sorted({word[0] for word in PAPER_WORDS}))}])"
                      rf"\b(?:{'|'.join(PAPER_WORDS)})s?\s+of\s+", re.IGNORECASE)
"""A paper named by its date: `your letter of October 27`, `the cable of 24 October` (led by a
lookahead of the words' first letters, so that `re` passes over other places at once)."""
SAYS = re.compile(
    r"(?P<between>[^.,;!?:\"“”]{0,60}?)\b(?:said|says|wrote|writes|reported|reports|stated"
    r"|states|declared|declares|announced|announces)\b(?P<how>\s*:?\s*[\"“]|\s+that\b)?")
"""After the paper's date, in its clause (no comma between: `In reply to your message of October
27, I said that ...` is the writer's word): the verb that gives its words, then its quotation
(`Khrushchev said: "...`) or its reported clause (`said that ...`)."""
DATE_WORDS = re.compile(rf"(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\b|(?:{'|'.join(MONTH_NAMES)})\b")
"""A date after the paper's `of`, read or not (`of the 28th`, `of October`)."""
INTRODUCES = re.compile(r"\s*:\s*$")
"""The verb ends its paragraph with a colon: its quotation is the paragraphs after it."""
CLOSING = re.compile(r"[\"”]")
SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def _papers_of(text: str) -> list[re.Match[str]]:
    """`PAPER_OF` in `text`, searched only where a paper's word stands in it (the search, case
    folded, tries every place of a text; an `or` of `in` tests, faster here than `any` over
    `PAPER_WORDS`)."""
    lowered = text.lower()
    if " of" not in lowered or not ("letter" in lowered or "message" in lowered
                                    or "cable" in lowered or "telegram" in lowered
                                    or "note" in lowered or "reply" in lowered
                                    or "communication" in lowered):
        return []
    return list(PAPER_OF.finditer(text))


def _paper_says(paper: re.Match[str], found: list[DateMention], text: str
                ) -> tuple[re.Match[str] | None, str]:
    """The verb that gives the words of the paper `PAPER_OF` found (`SAYS`: None where its date
    is followed by none), and the paper's day (`1962-10-26`; '' where its date names no day read:
    `of October 26`, `of the 28th`)."""
    dated = next((m for m in found if paper.end() <= m.start <= paper.end() + len("the ")), None)
    words = DATE_WORDS.match(text, paper.end())
    says = SAYS.match(text, dated.end if dated else words.end()) if dated or words else None
    day = dated.when[:10] if dated and len(dated.when) >= len("1962-10-26") else ""
    return says, day


def recounted(found: list[DateMention], text: str, before: str = "", after: str = "",
              past_before: bool = True) -> tuple[list[DateMention], list[tuple[int, int]]]:
    """`found`, the dates of `text` read against the document's day, with those inside the
    words a dated paper is quoted or reported as saying (`In his letter of October 26
    Khrushchev said: "Yesterday ..."`, `Your message of October 22 said that ... on Wednesday`)
    read against the paper's day instead; where the paper is dated by no day (`your letter of
    October`, `of the 28th` unread), its words' inferred dates are left out: no wrong day is
    asserted. Also the stretches so read, (start, end): their days are the paper's, none the
    text itself tells of."""
    spans = governed(found, text)
    for start, end, day in spans:
        inside = [m for m in found if start <= m.start and m.end <= end]
        if not inside:
            continue
        kept = [m for m in found if m not in inside]
        if day:
            again = find_dates(text[start:end], day, before + text[:start],
                               text[end:] + after, impossible=True, past_before=past_before)
            kept += [replace(m, start=m.start + start, end=m.end + start) for m in again]
        else:
            kept += [m for m in inside if not m.inferred]
        found = sorted(kept, key=lambda m: m.start)
    return found, [(start, end) for start, end, _ in spans]


def governed(found: list[DateMention], text: str) -> list[tuple[int, int, str]]:
    """(start, end, day) of each stretch of `text` a paper of a date gives the words of: from
    the verb to the quotation's close or the reported clause's sentence end; `day` the paper's
    (`1962-10-26`), '' where its date names no day."""
    spans = []
    for paper in _papers_of(text):
        says, day = _paper_says(paper, found, text)
        if says is None or not says["how"]:
            continue
        start = says.end()
        close = CLOSING if says["how"].strip() != "that" else SENTENCE_END
        end = close.search(text, start)
        spans.append((start, end.start() if end else len(text), day))
    return spans


def introduced_day(text: str, document_day: str) -> str | None:
    """The day of the paper a paragraph ends by introducing the words of (`In his letter of
    October 26 Khrushchev said:`, its quotation the paragraphs after it): `1962-10-26`; '' where
    its date names no day that is read; None where the paragraph introduces no paper's words."""
    papers = _papers_of(text)
    found = find_dates(text, document_day or None) if papers else []
    for paper in papers:
        says, day = _paper_says(paper, found, text)
        if says is not None and not says["how"] and INTRODUCES.match(text, says.end()):
            return day
    return None
