"""The date reader's fast paths give exactly what the plain algorithms they replace give.

Each test puts a fast path of the date search beside the straightforward version it replaced
(kept here as the reference) and compares them on tricky and on generated text. No timings: see
tests/benchmarks. The other fast paths of the encoder: `test_speed_equivalence.py`.
"""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import example, given, strategies as st

from edition import date_mentions, date_openings, date_papers, date_patterns, dates, paragraphs

TRICKY = [
    "On 5 November 1962 and the 7th or 8th of November, 19.XI.62, 1962-11-05.",
    "Monday, November 5, 1962, 0117Z; XMonday; Mayday; MAY 1962; may 1962; Sept. 3",
    "the 1ſt of May; the 2ST; ٣ November 1962; ١٩٦٢; １９６２ and 1969–70, 1969-1976",
    "no. 1856, at 1400, 1000 meters; Washington, D.C., 10:21–11:02 a.m., November 19, 1962",
    "today xtoday Today TODAY tonight last night this  morning the day before yesterday",
    "last year, this Year, July of last year; the last year; lastyear; YEAR",
    "January 22–27, January 30–February 2, 1970; January 1969–October 1970; since early January",
    "MarchMay 12January Sunday night SUNDAY Sundays yesterday’s 5 of November",
    "the twenty-first of March; the twenty first and the 3rd of May; fifth of June 1962",
    "05.11.1962, 0.XI.62 and 09.09.1909", "", "5", "May", "\u00a0November\u00a05,\u00a01962",
    "5\nNovember\n1962", "X" * 50 + " 5 May",
    "Bonn, den 5. November 1962; le 1er novembre; 19 ноября 1962 г.; в ноябре 1962 года",
    "5 de noviembre de 1962, janvier–avril 1962, Oktober 1961–März 1962, 31 octobre/1 novembre",
    "the fifth of novembre; 3. November was cold; 5. Okt. 1962; novembre, 1962; xnovembre 1962",
]
PIECES = ["January", "Jan.", "Sept.", "MAY", "May", "may", "Mayday", "5", "05", "12th", "1ſt",
          "the", "The", "1962", "1969–70", "19.XI.62", "1962-11-05", "٣", "１９", "Monday",
          "MONDAY", "Sunday night", "today", "xtoday", "last night", "this morning", "tomorrow",
          "year", "Year", "last", "next", "this", "in", "early", "of", "on", ",", ".", " ", "\u00a0",
          "-", "–", "[", "]", "no.", "at", "1400", "meters", "0117Z", "10:21 a.m.", "Washington",
          "twenty-first", "fifth", "Mikoyan", "Castro", "Guevara", "’s", "'", "\"", "(", "\n",
          "novembre", "Oktober", "ноября", "Okt.", "mars", "5.", "1er", "le", "den", "de", "г.", "/"]


def _generated(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) + rng.choice(("", " ", " ", ", "))
                    for _ in range(rng.randint(1, 20))) for _ in range(count)]


# ------------------------------------------------------------------------------ dates

def reference_find_dates(text: str, document_date: str | None) -> list[dates.DateMention]:
    """`find_dates` as it was: every pattern searched over the whole text."""
    ctx = date_mentions.context_of(text, document_date)
    found = [d for pattern, handler, _ in dates.RULES for m in pattern.finditer(text)
             if (d := handler(m, ctx))]
    taken = bytearray(len(text))
    chosen = []
    for mention in sorted(found, key=lambda d: (d.start - d.end, d.start)):
        if taken.find(1, mention.start, mention.end) == -1:
            taken[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
            chosen.append(mention)
    return sorted((d for d in chosen if d.resolved), key=lambda d: d.start)


@pytest.mark.parametrize("document_date", [None, "1962-11-05", "1599", "1970-01"])
def test_find_dates_tries_patterns_only_where_they_can_match(document_date):
    for text in TRICKY + _generated(3000):
        expected = reference_find_dates(text, document_date)
        assert dates.find_dates(text, document_date) == expected, text


@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_find_dates_equals_the_plain_search_on_any_mix(text):
    assert dates.find_dates(text, "1962-11-05") == reference_find_dates(text, "1962-11-05")


@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
@example("novembre 1962")
def test_any_openings_is_whether_openings_are_listed(text):
    for case in [text] + TRICKY:
        assert date_openings.any_openings(case) == date_openings.Openings(case).any(), case


BLOCKING_TEXTS = ["Deptel 1255 of 5 November 1962", "Embtels 1834 and 1835, 1962", "see # 1962",
                  "Section 3.4.12", "NO. 1856", "no 1856", "ARTS 12 May 1962", "P. 1962",
                  "Secto 12, 14 or 1962", "xno 1962", "Telegram, 1962", "Tel. 1962", "urtel 1962",
                  "mytel 12 and 1962", "Ext 1962", "vol.\n1962", "number is 1962",
                  "numbers were 3, 1958 and 1959", "Nos. 12 or 1962"]


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern of `date_patterns._compile_searched` without the lookahead that leads it."""
    return re.compile(re.sub(r"^\(\?=\[[^\]]*\]\)", "", pattern.pattern), pattern.flags)


@pytest.mark.parametrize("name", ["DAY_BEFORE", "BLOCKING_WORD", "FOREIGN_MONTH_BEFORE_YEAR",
                                  "FOREIGN_MONTH_BEFORE_DASH", "FOREIGN_MONTH_BEFORE_DAY_YEAR"])
def test_a_pattern_led_by_its_openings_is_found_as_without_them(name):
    fast = getattr(date_patterns, name)
    plain = _plain(fast)
    assert plain.pattern != fast.pattern
    for text in TRICKY + BLOCKING_TEXTS + _generated(2000, seed=3):
        ctx = date_mentions.context_of(text, None)
        for word in re.finditer(r"\w+", text):
            at = word.start()
            found = date_mentions.match_before(ctx, at, fast, 60)
            expected = date_mentions.match_before(ctx, at, plain, 60)
            assert (found and found.span()) == (expected and expected.span()), (text, at)


def test_no_calendar_name_ends_with_another():
    """The scan for month and weekday names could hide a name that ends another one."""
    names = date_patterns.CALENDAR_WORD.pattern[3:-3].split("|")
    assert len(names) > 40
    for name in names:
        assert not [other for other in names if other != name and name.endswith(other)], name


def test_matches_at_is_finditer_given_every_start():
    pattern = re.compile(r"(?<!\w)ab+")
    text = "ab abb xab ab"
    starts = range(len(text))
    assert [m.span() for m in date_openings._matches_at(pattern, text, starts)] == \
        [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in date_openings._matches_at(pattern, text, [3, 11])] \
        == [(3, 6), (11, 13)]


# ------------------------------------------------------------------------------ dashes

DASH_TEXTS = ["-and", " -and", "x -and", "x-and", "\n-as", "a\n-as", "\t-é", "--and", "- and",
              "-And", "-1", "-_", "x\u00a0-and", "x\u2028-and", "", "-", "a -", "-ß"]


RELATIVE_PIECES = sorted({word for form in date_patterns._RELATIVE_DAYS_CS.split("|")
                          for word in form.split()}) + [" ", "  ", "\n", "x", "-", "'s"]


@given(st.lists(st.sampled_from(RELATIVE_PIECES), max_size=8).map("".join))
@example("gestern morgen; Gestern  abend; the day before yesterday's; THE DAY AFTER")
def test_the_relative_days_as_a_trie_match_as_their_alternation(text):
    """`date_patterns.RELATIVE_DAY` finds what the alternation of its forms found."""
    forms = date_patterns._RELATIVE_DAYS_CS.replace(" ", r"\s+")
    alternation = re.compile(rf"(?-i:{forms})\b", re.IGNORECASE)
    assert [m.span() for m in date_patterns.RELATIVE_DAY.finditer(text)] == \
        [m.span() for m in alternation.finditer(text)]


@given(st.lists(st.sampled_from(["-", " ", "\n", "a", "A", "é", "1", "x", "\u00a0", "_"]),
                max_size=12).map("".join))
@example("a -b")
def test_a_dash_before_a_word_is_searched_as_in_every_place(text):
    for case in [text] + DASH_TEXTS:
        assert bool(paragraphs.DASH_BEFORE_WORD_SEARCHED.search(case)) \
            == bool(paragraphs.DASH_BEFORE_WORD.search(case)), case


@given(st.lists(st.sampled_from(["Letter", "LETTERS", "message", "Note", "cable", "x", "s", " ",
                                 "of", "OF", "\n", "-", "telegram", "reply", "communication",
                                 "_", "ſ"]), max_size=16).map("".join))
@example("your letter of October 27; his Notes of 5 May; xcable of; cables  of\nTELEGRAM of ")
def test_a_paper_of_a_date_is_found_as_by_the_search_at_every_place(text):
    """`date_papers.PAPER_OF` is led by a lookahead of its words' first letters."""
    plain = re.compile(rf"\b(?:{'|'.join(date_papers.PAPER_WORDS)})s?\s+of\s+", re.IGNORECASE)
    assert [m.span() for m in date_papers.PAPER_OF.finditer(text)] == \
        [m.span() for m in plain.finditer(text)]
