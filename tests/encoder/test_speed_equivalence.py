"""The encoder's fast paths give exactly what the plain algorithms they replace give.

Each test puts a fast path beside the straightforward version it replaced (kept here as the
reference) and compares them on tricky and on generated text. No timings: see tests/benchmarks.
The date reader's fast paths: `test_speed_equivalence_dates.py`.
"""

from __future__ import annotations

import re
from collections import Counter
from types import SimpleNamespace

import pytest
from hypothesis import example, given, strategies as st
from lxml import etree

from edition import surname_bearers
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

from tests.encoder.test_speed_equivalence_dates import _generated

TEI_NS = "http://www.tei-c.org/ns/1.0"


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
