"""The encoder's fast paths give exactly what the plain algorithms they replace give.

Each test puts a fast path beside the straightforward version it replaced (kept here as the
reference) and compares them on tricky and on generated text. No timings: see tests/benchmarks.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from types import SimpleNamespace

import pytest
from hypothesis import example, given, strategies as st
from lxml import etree

from edition import (date_mentions, date_openings, date_papers, date_patterns, dates, paragraphs,
                     surname_bearers)
from edition.alphabets import LOWER, UPPER
from edition.checks import (CONVENTION_MARKERS, JOINED, _all_words_kept, flat_text, lost_words,
                            text_of, words)
from edition.diagnostics import Reporter
from edition.doubt_marks import DOUBT_MARK, doubt_mark
from edition.embedded_names import _opening_words
from edition.inline import Bracket, Locator, split_brackets
from edition.languages import QUOTATION, _holds_quotation_marks
from edition.model import Field, Metadata, RawDocument
from edition.name_regex import trie_regex
from edition.outline_numbers import SENTENCE_END, is_section_heading
from edition.person_names import WordsInLowerCase
from edition.record_notes import INTERPRETERS_LINE, interpreters
from edition.register_files import PersonKey
from edition.resolve import CAPITALIZED_RUN
from edition.source import (CONTROL_CHARS, FORBIDDEN, FORM_FEED_AT_LINE_START, SourceText,
                            decode_source)
from edition.name_forms import given_agree, tokens
from edition.surname_bearers import (MONOGRAMS, NAMED_BEFORE, _by_monogram, _named_before,
                                     _whole_word)

TEI_NS = "http://www.tei-c.org/ns/1.0"
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


def test_a_paragraph_without_a_quotation_mark_quotes_nothing():
    """`languages.quoted_language` passes over a paragraph without `_holds_quotation_marks`:
    no character is put in lower case as a quotation mark, nor a mark as another character."""
    marks = {"„", "“", '"', "«"}
    assert {alternative[0] for alternative in QUOTATION.pattern.split("|")} == marks
    for code in range(0x110000):
        char = chr(code)
        assert (char in marks) == any(mark in char.lower() for mark in marks), hex(code)
        assert _holds_quotation_marks(char) == (char in marks)


@given(st.lists(st.sampled_from(["„", "“", "”", '"', "«", "»", "a", "İ", " ", "x y"]),
                max_size=12).map("".join))
def test_the_quotations_of_a_paragraph_are_found_only_with_a_mark(text):
    if not _holds_quotation_marks(text):
        assert QUOTATION.findall(text.lower()) == []


# ------------------------------------------------------------------------------ source lines

def test_a_printable_line_holds_no_forbidden_character():
    """`source.decode_source` searches only the lines that are not printable."""
    every = "".join(map(chr, range(0x110000)))
    forbidden = FORBIDDEN.findall(every)
    assert len(forbidden) == len(CONTROL_CHARS)
    assert not [char for char in forbidden if char.isprintable()]


@given(st.lists(st.sampled_from(["\f", "\n", "\r", "\r\n", "a", " "]), min_size=1,
                max_size=12).map("".join))
@example("a\n\f\fb\fc\r\f")
def test_form_feeds_are_dropped_as_by_the_search_of_every_text(text):
    """`decode_source` substitutes `FORM_FEED_AT_LINE_START` only in a text holding a form feed."""
    source = decode_source(text.encode(), "x.txt", Reporter())
    plain = FORM_FEED_AT_LINE_START.sub(r"\1", text.replace("\r\n", "\n").replace("\r", "\n"))
    expected = tuple(plain.replace("\f", " ").split("\n")) if text.strip() else None
    assert (source.lines if source else None) == expected


@given(st.lists(st.sampled_from(["a", "B.", " ", "  ", "\n", "\u00a0", "\t"]), max_size=40)
       .map("".join))
@example("one two three four five six seven eight")
@example(" one two three four five six seven eight nine ")
def test_a_section_heading_counts_its_words_as_a_whole_split_does(text):
    assert is_section_heading(text) == \
        (len(text.split()) <= 8 and not text.rstrip().endswith(SENTENCE_END))


# ------------------------------------------------------------------------------ names

NAMED_PIECES = ["Robert", "R.", "F.", "U.S.", "robert", "x", "(", " ", "  ", "\n", "\u00a0", " " * 90]


@given(st.lists(st.sampled_from(NAMED_PIECES), max_size=12).map("".join))
@example("Robert" + " " * 90 + "F. ")   # the match starts more than 80 characters back
@example("a blow to the U.S. ")
def test_a_forename_before_a_surname_is_searched_for_as_in_the_whole_text(text):
    """`surname_bearers._named_before` searches the few words before a surname."""
    whole = re.compile(rf"{NAMED_BEFORE}$")
    for end in range(len(text) + 1):
        found, expected = _named_before(text, end), whole.search(text[:end])
        assert (found and (found.span(), found["given"])) == \
            (expected and (expected.span(), expected["given"]))


@given(st.lists(st.sampled_from(["Kennedy", "KennedyKennedy", "Ken", "nedy", "x", "_", "1", " ",
                                 "-", "'", ".", "é", "Kennedy's", "(Kennedy"]), max_size=10)
       .map("".join), st.sampled_from(["Kennedy", "Ken", "K", "(Kennedy", "-Ken", "Kennedy's"]))
@example("xKennedy Kennedy_ _Kennedy (Kennedy) KennedyKennedy éKennedy", "Kennedy")
@example("x(Kennedy (Kennedy", "(Kennedy")   # a word opening with no word character
def test_a_surname_is_a_whole_word_as_with_a_leading_boundary(text, word):
    """`surname_bearers._whole_word` puts the boundary before a word after its first letter."""
    plain = re.compile(rf"\b{re.escape(word)}\b")
    assert [m.span() for m in _whole_word(word).finditer(text)] == \
        [m.span() for m in plain.finditer(text)]


NAME_PIECES = ["Raúl", "Roa", "García", " ", "  ", "R.", "-", ""]


@given(st.lists(st.lists(st.sampled_from(NAME_PIECES), max_size=5).map("".join), min_size=1,
                max_size=4),
       st.lists(st.sampled_from(NAME_PIECES), max_size=4).map("".join))
@example(["Raúl Roa García", "Raúl Roa", "Roa"], "Raúl Roa")
@example(["Raúl  Roa"], "Raúl ")   # a form ending with a space, before a second one
def test_a_form_opening_a_fuller_name_is_found_as_by_testing_each_name(names, form):
    """`embedded_names._opening_words` lists the words opening an entry's names once."""
    name, *variants = names
    assert (form + " " in _opening_words(name, tuple(variants))) \
        == any(each.startswith(form + " ") for each in names)


def reference_by_monogram(surname: str, key: PersonKey, texts: tuple[str, ...]) -> str:
    """`surname_bearers._by_monogram` as it was: every text searched for every monogram."""
    return next((monogram for monogram, (forename, bearer) in MONOGRAMS.items()
                 if bearer == surname and not given_agree(tokens(forename), key.given)
                 and any(re.search(rf"\b{monogram}\b", text) for text in texts)), "")


@given(st.lists(st.lists(st.sampled_from(["RFK", "JFK", "EMK", "LBJ", "R", "FK", "x", "_", "-",
                                          " ", "Kennedy", "rfk"]), max_size=8).map("".join),
                max_size=4))
@example(["an RFK's aide", "xRFK"])
@example(["RFKx", "EMK_", "-EMK"])
def test_a_monogram_is_searched_for_only_in_the_texts_holding_it(texts):
    """`_by_monogram` tests each text with `in` before searching it for the whole word."""
    for key in (PersonKey(("John", "F"), frozenset({"Kennedy"})),
                PersonKey(("Lyndon", "B"), frozenset({"Johnson"}))):
        for surname in ("Kennedy", "Johnson"):
            assert _by_monogram(surname, key, tuple(texts)) == \
                reference_by_monogram(surname, key, tuple(texts))


@given(st.lists(st.sampled_from(["Rusk", "RUSK", "Why", "?", ":", " ", "\n", "?:", "x", ".",
                                 "(?)", "[?]", "(", "]"]), max_size=10).map("".join))
@example("Rusk?: What does McCone say?")
def test_a_doubt_mark_is_looked_for_only_before_a_colon(text):
    """`doubt_marks.doubt_mark` tries `DOUBT_MARK` only where `?:`, `?):` or `?]:` stands."""
    found, expected = doubt_mark(text), DOUBT_MARK.match(text)
    assert (found and found.span("mark")) == (expected and expected.span("mark"))


@given(st.lists(st.lists(st.sampled_from(["Interpreter", "Interpreters", "interpreter", "s", ":",
                                          " ", "\t", "\n", "Sukhodrev", "Mr. Akalovsky", ","]),
                         max_size=8).map("".join), max_size=4))
@example(["Interpreters: V.M. Sukhodrev (Soviet side), Mr. Akalovsky", "Interpreter: Mr. Krebs"])
def test_the_interpreters_are_read_from_the_lines_naming_them_as_from_every_line(texts):
    """`record_notes.interpreters` searches only the lines that hold `Interpreter`."""
    every = frozenset(word for text in texts for line in INTERPRETERS_LINE.finditer(text)
                      for word in re.findall(r"[A-Z][\w’'-]+", line["names"]))
    assert interpreters(texts) == every


def test_register_names_are_whole_words_as_with_a_leading_lookbehind():
    forms = ["Cuba", "Cuban", "Castro", "Fidel Castro", "UN", "U Thant", "CC CPSU", "Dorticós",
             "O", "’s", "_x"]
    fast = re.compile(trie_regex(forms, r"(?<!\w.)") + r"(?!\w)")
    plain = re.compile(r"(?<!\w)" + trie_regex(forms) + r"(?!\w)")
    texts = ["Cuban Cuba XCuba Cuba_ _Cuba UN’s U Thant UNU O Fidel Castro’s ’s x’s _x",
             "Cuba", "O", "", "CC CPSU CC CPSUX ODorticós Dorticós"] + _generated(2000, seed=5)
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


LOWER_CASE_TEXTS = ["during the visit", "De-cember", "don't", "o’clock", "a1 b_c", "résumé é",
                    "mark\nMark", "Mark", "x-y", "-during-", "'during'", "during.", "dur ing",
                    "dURING", "ab abc abcd", "ÉTÉ été", "_"]
LOWER_CASE_WORDS = ["during", "cember", "de", "don", "t", "o", "clock", "a", "b", "c", "r",
                    "sum", "mark", "x", "y", "dur", "ing", "ab", "abc", "abcd", "t", "été",
                    "Mark", "", "d", "re", "sumé"]


@given(st.lists(st.sampled_from(LOWER_CASE_TEXTS + [" ", "\n", "-", "’", "é", "1"]),
                max_size=10))
@example(LOWER_CASE_TEXTS)
def test_words_in_lower_case_asked_one_by_one_are_those_a_findall_lists(texts):
    listed = frozenset(word for text in texts
                       for word in re.findall(r"(?<![\w'’-])[a-z]+(?![\w'’-])", text))
    asked = WordsInLowerCase(texts)
    for word in LOWER_CASE_WORDS + sorted(listed):
        assert (word in asked) == (word in listed), (texts, word)


def test_capitalized_runs_as_with_leading_lookbehinds():
    word = f"[{UPPER}][{LOWER}’']+[{UPPER}{LOWER}’']*"
    plain = re.compile(rf"(?<![.!?:\"“] )(?<!^)\b({word}(?:\s+{word})*)")
    texts = ["The Foo Bar. Baz Qux: Quux “Corge” said X’Yz O’Neil 1Abc _Abc", "Abc", " Abc",
             ". Abc", "a. Abc Def", "Foo’Bar", "Über Łódź, UdSSR és Ünal. Žižka", "xÄbc Äbc"] \
        + _generated(2000, seed=9)
    for text in texts:
        assert [(m.span(), m.group(1)) for m in CAPITALIZED_RUN.finditer(text)] == \
            [(m.span(), m.group(1)) for m in plain.finditer(text)], text


# ------------------------------------------------------------------------------ brackets

def reference_split_brackets(text: str, reporter: Reporter) -> list:
    where = Locator("x.txt", 1)
    pieces: list = []
    depth, start, run_start = 0, 0, 0
    for index, char in enumerate(text):
        if char == "[":
            if depth == 0:
                if index > run_start:
                    pieces.append((text[run_start:index], run_start))
                start = index
            depth += 1
        elif char == "]":
            if depth == 0:
                reporter.error(where.at(index), "']' without a matching '['", "bracket-unbalanced")
                pieces.append((text[run_start:index], run_start))
                run_start = index + 1
                continue
            depth -= 1
            if depth == 0:
                pieces.append((Bracket(text[start + 1:index]), start))
                run_start = index + 1
    if depth:
        reporter.error(where.at(start), f"'[' is never closed: {text[start:start + 40]!r}",
                       "bracket-unclosed")
        pieces.append((text[start + 1:], start + 1))
    elif run_start < len(text):
        pieces.append((text[run_start:], run_start))
    return pieces


@given(st.text(alphabet="ab []?", max_size=40))
def test_split_brackets_visits_only_the_brackets(text):
    fast, plain = Reporter(), Reporter()
    assert split_brackets(text, Locator("x.txt", 1), fast) == reference_split_brackets(text, plain)
    assert [str(d) for d in fast.diagnostics] == [str(d) for d in plain.diagnostics]


# ------------------------------------------------------------------------------ lost words

def test_flat_text_by_xslt_is_the_walked_text():
    root = etree.fromstring(
        f'<TEI xmlns="{TEI_NS}" xmlns:o="urn:other"> a <p>x<persName>Mik</persName>oyan<!--c-->'
        f'ct <?pi q?>pt<hi>h</hi>  </p>tail<p/> <div><p>in<date>d</date><o:x>o</o:x></p>ptail'
        f'</div>dt<unclear/>é&#x1F600;\u00a0</TEI>')
    for element in root.iter():
        if isinstance(element.tag, str):
            assert flat_text(element) == text_of(element, lambda e: e.tag not in JOINED)


def reference_source_words(source: SourceText) -> Counter:
    plain = re.compile(r"\[\s*(?:ed(?:itor)?(?:'s|’s)?\.?\s*note|note)\s*:|\[\s*sic\b|"
                       r"\[\s*(?:page|p\.)\s*(?:\d+[a-z]?|[ivxlcdm]+)\s*\]|"
                       r"\[\s*[1-9]\d{0,2}\s*\]|"   # a footnote's marker, [2]: the note's @n
                       r"(?:--|—|–|-)\s*ed\.?\s*\]", re.IGNORECASE)
    return Counter(w for line in source.lines for w in words(plain.sub(" ", line)))


SOURCE_PIECES = ["a", "B", "é", "1", "_", "'", "’", " ", "\u00a0", "\t", "[", "]", "-", "—", "ed",
                 "Ed.", "note", ":", ".", "x--", "\u2028", "sic", "Page", "p.", "iv"]
TEI_PIECES = ["a", "B", "é", "1", "_", "'", "’", " ", "ed", "note", "[", "\u00a0", "x"]


@given(st.lists(st.lists(st.sampled_from(SOURCE_PIECES), max_size=12).map("".join), max_size=5),
       st.lists(st.sampled_from(TEI_PIECES), max_size=30).map("".join))
@example(["[1]"], "")   # a footnote's marker is no word (drawn once: the reference counted it)
def test_the_token_comparison_agrees_with_counting_every_word(lines, tei_text):
    source = SourceText("x.txt", tuple(lines))
    missing = reference_source_words(source) - Counter(words(tei_text))
    assert _all_words_kept(source, tei_text, Counter()) == (not missing)


@given(st.lists(st.lists(st.sampled_from(SOURCE_PIECES), max_size=12).map("".join), max_size=5),
       st.lists(st.sampled_from(TEI_PIECES), max_size=30).map("".join),
       st.lists(st.sampled_from(["a", "B", "aB", "a'a", "1", "é"]), max_size=4).map(Counter))
@example(["a'a, a'a,"], "a'a x", Counter())   # a word that is no token alone, counted once
@example(["B B a"], "B a, a", Counter(["B"]))   # a word the chrome holds
def test_the_tokens_held_as_words_agree_with_counting_every_word(lines, tei_text, dropped):
    """`_all_words_kept` looks up the TEI's surplus of a token that is a word as it is."""
    source = SourceText("x.txt", tuple(lines))
    missing = reference_source_words(source) - Counter(words(tei_text)) - dropped
    assert _all_words_kept(source, tei_text, dropped) == (not missing)


def test_lost_words_still_names_every_missing_word():
    source = SourceText("x.txt", ("Mikoyan’s plan [Ed. note: none]", "", "was ready--ed.] late"))
    raw = RawDocument("x", "x.txt", "archive-page", Metadata(title=Field("t", 1)), (),
                      (Field("late", 3),))
    tei = etree.fromstring(f'<TEI xmlns="{TEI_NS}"><p>Mikoyan’s <hi>plan</hi> none</p></TEI>')
    assert lost_words(source, raw, tei) == [(3, "was"), (3, "ready")]
    tei = etree.fromstring(f'<TEI xmlns="{TEI_NS}"><p>Mikoyan’s plan none was ready</p></TEI>')
    assert lost_words(source, raw, tei) == []


def test_convention_markers_are_found_within_lines_only():
    assert CONVENTION_MARKERS.sub(" ", "x [Ed. note: y--ed.] z") == "x   y  z"
    assert CONVENTION_MARKERS.sub(" ", "x [\nnote: y") == "x [\nnote: y"


@pytest.mark.parametrize("texts, named", [
    (("Meeting with RFK",), "RFK"), (("RFKS",), ""), (("JFK said",), ""), (("EMK",), "EMK")])
def test_a_monogram_is_searched_for_by_a_pattern_made_once(monkeypatch, texts, named):
    """`surname_bearers._by_monogram` made a pattern of each monogram at every turn it asked
    about: it searches with those `MONOGRAM_WORDS` made when the module is read."""
    def no_new_pattern(*args, **kwargs):
        raise AssertionError("a pattern made while reading a turn")
    monkeypatch.setattr(surname_bearers, "re", SimpleNamespace(
        search=no_new_pattern, compile=no_new_pattern, match=no_new_pattern))
    jfk = PersonKey(("JOHN", "F"), frozenset({"KENNEDY"}))
    assert surname_bearers._by_monogram("Kennedy", jfk, texts) == named
