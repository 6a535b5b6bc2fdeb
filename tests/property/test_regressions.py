"""The bugs the property tests found, each as source -> expected, so they stay fixed."""

from __future__ import annotations

import pytest

from edition.diagnostics import Reporter
from edition.source import decode_source
from tests.conftest import body_xml, encode_text, page


def codes(reporter) -> list[str]:
    return [d.code for d in reporter.diagnostics]


def test_a_free_standing_question_mark_is_an_uncertain_reading_as_the_schema_says(registers,
                                                                                   validator):
    tei, reporter = encode_text(page("A.I. MIKOYAN. Yes.\n\n[Ed. note: Cuba ... [?] x]"), registers)
    assert '<unclear reason="uncertain-reading" resp="#ed">...</unclear>' in body_xml(tei)
    known = lambda ref: registers.get(ref) is not None  # noqa: E731
    assert validator.validate(tei, "x.txt", known) == [] and codes(reporter) == []


def test_a_bracket_inside_a_word_loses_no_word(registers):
    tei, reporter = encode_text(page("A.I. MIKOYAN. Yes.\n\n[Ed. note: r[ana x] y]"), registers)
    assert "words-lost" not in codes(reporter), [str(d) for d in reporter.diagnostics]


def test_noncharacters_xml_cannot_hold_are_refused_not_a_traceback(registers):
    tei, reporter = encode_text(page("A.I. MIKOYAN. A \uffff."), registers)
    assert tei is None
    assert [str(d) for d in reporter.diagnostics] == [
        "x.txt:5:17: error: character U+FFFF is not allowed in text [source-control-char]"]


def test_a_document_without_text_after_its_heading_is_an_error_with_a_line(registers):
    tei, reporter = encode_text(page("Top Secret"), registers)
    assert tei is None
    assert [str(d) for d in reporter.diagnostics] == [
        "x.txt:3: error: no document text after the heading (date, title, security marking) "
        "[body-empty]"]


def test_schema_errors_about_the_document_div_point_at_its_first_line(registers, validator):
    tei, _ = encode_text(page("[Ed. note: only a note]"), registers)
    known = lambda ref: registers.get(ref) is not None  # noqa: E731
    found = validator.validate(tei, "x.txt", known)
    assert found and all(d.location.line == 5 for d in found if "body/div)" in d.message)


def test_lines_before_the_first_label_of_the_information_block_are_kept_with_a_warning(
        registers, validator):
    text = page("A.I. MIKOYAN. Yes.").replace("\nSource\n", "\nRource\n")
    tei, reporter = encode_text(text, registers)
    assert [str(d) for d in reporter.diagnostics] == [
        "x.txt:9: warning: 'Rource' is not a label of the Document Information block (did you "
        "mean 'source'?); what comes before the first label is kept in the header under "
        "'Document Information' [info-unlabelled]"]
    field = tei.find('.//{*}sourceDesc/{*}bibl/{*}note[@n="Document Information"]')
    assert "".join(field.itertext()) == "Rource An archive."
    known = lambda ref: registers.get(ref) is not None  # noqa: E731
    assert validator.validate(tei, "x.txt", known) == []


def test_a_byte_order_mark_put_before_a_page_is_a_whole_file_error_of_its_own_code():
    """The mutated seed that found it: UTF-8 text after a UTF-16 byte-order mark. The file as a
    whole seems to be something else, so the error names no line, and its code says so."""
    reporter = Reporter()
    assert decode_source(b"\xfe\xff" + page("A.I. MIKOYAN. Yes.").encode(), "x.txt", reporter) is None
    assert codes(reporter) == ["source-format"]
    assert reporter.diagnostics[0].location.line == 0


def test_a_word_right_after_an_uncertain_reading_mark_keeps_its_space(registers):
    """`the [?]missiles` (the long run, session 19): the mark took `the` and the space before it,
    and `missiles` ran into it, a lost word."""
    tei, reporter = encode_text(page("A.I. MIKOYAN. the [?]missiles and \"bitter\" [sic]word"),
                                registers)
    assert codes(reporter) == [], [str(d) for d in reporter.diagnostics]
    assert ('<unclear reason="uncertain-reading" resp="#ed">the</unclear> missiles and '
            '"<sic rend="mark-after(&quot;)">bitter</sic>" word') in body_xml(tei)


@pytest.mark.parametrize("date", ["1918", "October 1962"])
def test_a_weekday_date_in_a_document_dated_by_month_or_year_is_no_traceback(registers, date):
    text = page("A.I. MIKOYAN. We met on Monday November 5, 1962.", date=date,
                title="Telegram from Mikoyan")
    tei, reporter = encode_text(text, registers)
    assert '<date when="1962-11-05">Monday November 5, 1962</date>' in body_xml(tei)
