"""Where in a text each date rule can begin a match: the scans that spare the rules a search of
the whole text."""

from __future__ import annotations

import re
from typing import Iterable

from .date_patterns import (
    CALENDAR_WORD, FOREIGN_MONTH_AFTER_DAY, FOREIGN_MONTH_BEFORE_DASH,
    FOREIGN_MONTH_BEFORE_DAY_YEAR, FOREIGN_MONTH_BEFORE_YEAR, NUMBER, ORDINAL_SUFFIX,
    RELATIVE_DAY_WORDS, SPANISH_CUES, SPANISH_DAY_WORDS, WEEKDAYS,
)
from .date_months import SPANISH_MONTHS

# Searching the whole text with every pattern would cost more than the rest of the encoder, so
# two fast scans find where matches can begin -- the first digit of a number, a month or weekday
# name -- and a rule is tried only there; the others run only when a word they need is present.
ASCII_NUMBER = re.compile("|".join(f"{digit}[0-9]*" for digit in "0123456789"))
"""`NUMBER` for an ASCII text: opening with literal characters, it lets `re` skip to digits."""
_WORDS_NEEDED = ("year", *RELATIVE_DAY_WORDS, *SPANISH_CUES, *SPANISH_DAY_WORDS, *SPANISH_MONTHS)
"""Words a rule needs in a text (in any case) before it searches it; see `with_words`."""


class Openings:
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
        if foreign := _foreign_months(text, self.number_starts, self.number_ends):
            self.months = sorted(set(self.months) | foreign)
        lowered = text.lower()
        self.words = {word for word in _WORDS_NEEDED if word in lowered}

    def any(self) -> bool:
        return bool(self.number_starts or self.months or self.weekdays or self.words)


def any_openings(text: str) -> bool:
    """`Openings(text).any()`, answered without listing every opening (a month of the other
    languages is listed only after a number, which answers first)."""
    if next(iter(_numbers(text)), None) is not None or CALENDAR_WORD.search(text):
        return True
    lowered = text.lower()
    return any(word in lowered for word in _WORDS_NEEDED)


def _numbers(text: str) -> Iterable[re.Match[str]]:
    if not text.isascii():
        return NUMBER.finditer(text)
    if any(digit in text for digit in "0123456789"):   # much faster than any search with `re`
        return ASCII_NUMBER.finditer(text)
    return ()


def _foreign_months(text: str, starts: list[int], ends: list[int]) -> set[int]:
    """Where a month of the other languages begins after a number, before a year's, or before a
    day and `de` and a year's."""
    found = set()
    for start, end in zip(starts, ends):
        if after := FOREIGN_MONTH_AFTER_DAY.match(text, end):
            found.add(after.start("m"))
        if end - start == 4 and (before := FOREIGN_MONTH_BEFORE_YEAR.search(
                text, max(0, start - 60), start)):
            found.add(before.start("m"))
            if first := FOREIGN_MONTH_BEFORE_DASH.search(text, max(0, before.start() - 40),
                                                          before.start()):
                found.add(first.start("m"))
        if end - start == 4 and (before := FOREIGN_MONTH_BEFORE_DAY_YEAR.search(
                text, max(0, start - 40), start)):
            found.add(before.start("m"))
    return found


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


def at_numbers(pattern: re.Pattern[str], found: Openings) -> list[re.Match[str]]:
    return _matches_at(pattern, found.text, found.number_starts)


def at_months(pattern: re.Pattern[str], found: Openings) -> list[re.Match[str]]:
    return _matches_at(pattern, found.text, found.months)


def at_weekdays(pattern: re.Pattern[str], found: Openings) -> list[re.Match[str]]:
    return _matches_at(pattern, found.text, found.weekdays)


def after_ordinal_number(pattern: re.Pattern[str], found: Openings) -> Iterable[re.Match[str]]:
    """ "the 6th": only where a number ends in st, nd, rd or th."""
    if any(ORDINAL_SUFFIX.match(found.text, end) for end in found.number_ends):
        return pattern.finditer(found.text)
    return ()


def with_words(*words: str):
    """Search with the pattern only when the text has one of `words` (in any case)."""
    needed = frozenset(words)
    assert needed <= set(_WORDS_NEEDED)

    def search(pattern: re.Pattern[str], found: Openings) -> Iterable[re.Match[str]]:
        if not needed.isdisjoint(found.words):
            return pattern.finditer(found.text)
        return ()
    return search
