"""A date that names no real day is reported where it stands, and the structure its shape gives
stays (a date line stays the date line, a dateline a dateline, without @when); a numeric date
only month first names a day is read so, with a warning where it stands; one both ways names
a day stays the date line, without @when, with a warning there."""

from __future__ import annotations

import pytest

from tests.conftest import TEI, body_xml, encode_text, page

TELEGRAM = ("Mikoyan Telegram to the CC CPSU {date}\n\nCC CPSU.\n\nWe met Dorticos.\n\n{closer}\n\n"
            "[Source: Personal Archive of Sergo Mikoyan]\n")
MIKOYAN = '<persName ref="persons.xml#mikoyan-anastas">A. Mikoyan</persName>'


@pytest.mark.parametrize("text, diagnostic, fragment", [
    (page("Evening 31 February 1962\n\nWe met."),
     "x.txt:5:9: error: 31 February 1962 is not a date [date-invalid]",
     '<opener><dateline n="1" xml:id="L1">Evening 31 February 1962</dateline></opener>'),
    (TELEGRAM.format(date="November 19, 1962", closer="31.II.62 A. Mikoyan"),
     "x.txt:7:1: error: 31 February 1962 is not a date [date-invalid]",
     f'<closer><dateline n="3" xml:id="L3">31.II.62</dateline><signed n="4" xml:id="L4">{MIKOYAN}'
     '</signed></closer>'),
    (page("We met.\n\nWe met again on 30 February 1962 at noon."),
     "x.txt:7:17: warning: 30 February 1962 is not a date; left as plain text [date-invalid]",
     '<p n="2" xml:id="L2">We met again on 30 February 1962 at noon.</p>'),
    (page("Evening 32.13.1962\n\nWe met."),
     "x.txt:5:9: error: 32.13.1962 (no such month) is not a date [date-invalid]",
     '<opener><dateline n="1" xml:id="L1">Evening 32.13.1962</dateline></opener>'),
], ids=["opener dateline", "closer dateline", "running text", "no month either way"])
def test_a_date_naming_no_day_keeps_its_place_and_is_reported(text, diagnostic, fragment,
                                                              registers):
    tei, reporter = encode_text(text, registers)
    assert [str(d) for d in reporter.sorted()] == [diagnostic]
    assert fragment in body_xml(tei)


@pytest.mark.parametrize("text, diagnostic, date", [
    (page("We met.", date="November 31, 1962"),
     "x.txt:1:1: error: 31 November 1962 is not a date [date-invalid]", "November 31, 1962"),
    (TELEGRAM.format(date="November 31, 1962", closer="A. Mikoyan"),
     "x.txt:1:33: error: 31 November 1962 is not a date [date-invalid]", "November 31, 1962"),
], ids=["the date line", "a telegram's title"])
def test_a_document_date_naming_no_day_is_an_error_and_the_title_stays(text, diagnostic, date,
                                                                       registers):
    tei, reporter = encode_text(text, registers)
    assert [str(d) for d in reporter.sorted()] == [diagnostic]
    bibl = tei.find(".//t:sourceDesc/t:bibl", TEI)
    assert bibl.findtext("t:title", namespaces=TEI).startswith(("Memorandum", "Mikoyan"))
    assert bibl.find("t:date", TEI).attrib == {} and bibl.findtext("t:date", namespaces=TEI) == date


def test_an_upload_date_naming_no_day_is_an_error(registers):
    text = page("We met.").replace("Record ID", "Original Uploaded Date\n\n2011-13-45\n\nRecord ID")
    tei, reporter = encode_text(text, registers)
    assert [str(d) for d in reporter.sorted()] == [
        "x.txt:15:1: error: 2011-13-45 (no such month) is not a date [date-invalid]"]
    assert tei.find(".//t:publicationStmt/t:date[@type='uploaded']", TEI).attrib == {"type": "uploaded"}


MONTH_FIRST = "has no month 13: read month first, as 13 May 1962 [date-month-first]"


@pytest.mark.parametrize("text, diagnostic, fragment", [
    (page("We met.\n\nWe met again on 5.13.1962 at noon."),
     f"x.txt:7:17: warning: 5.13.1962 {MONTH_FIRST}",
     '<p n="2" xml:id="L2">We met again on <date when="1962-05-13">5.13.1962</date> at noon.</p>'),
    (page("Evening 5/13/1962\n\nWe met."),
     f"x.txt:5:9: warning: 5/13/1962 {MONTH_FIRST}",
     '<dateline n="1" xml:id="L1">Evening <date when="1962-05-13">5/13/1962</date></dateline>'),
    (TELEGRAM.format(date="November 19, 1962", closer="5.13.1962 A. Mikoyan"),
     f"x.txt:7:1: warning: 5.13.1962 {MONTH_FIRST}",
     f'<closer><dateline n="3" xml:id="L3"><date when="1962-05-13">5.13.1962</date></dateline>'
     f'<signed n="4" xml:id="L4">{MIKOYAN}</signed></closer>'),
], ids=["running text", "opener dateline", "closer dateline"])
def test_a_date_only_month_first_names_is_read_so_with_a_warning(text, diagnostic, fragment,
                                                                 registers):
    tei, reporter = encode_text(text, registers)
    assert [str(d) for d in reporter.sorted()] == [diagnostic]
    assert fragment in body_xml(tei)


@pytest.mark.parametrize("text, diagnostic", [
    (page("We met.", date="5/13/1962"), f"x.txt:1:1: warning: 5/13/1962 {MONTH_FIRST}"),
    (TELEGRAM.format(date="5.13.1962", closer="A. Mikoyan"),
     f"x.txt:1:33: warning: 5.13.1962 {MONTH_FIRST}"),
], ids=["the date line", "a telegram's title"])
def test_a_document_date_only_month_first_names_is_its_date_with_a_warning(text, diagnostic,
                                                                           registers):
    tei, reporter = encode_text(text, registers)
    assert [str(d) for d in reporter.sorted()] == [diagnostic]
    assert tei.find(".//t:sourceDesc/t:bibl/t:date", TEI).get("when") == "1962-05-13"


def test_an_ambiguous_numeric_date_keeps_its_reading_without_a_warning(registers):
    """Day first with dots, as before; slashed, no date: an American writes month first."""
    tei, reporter = encode_text(page("We met.\n\nWe met on 5.6.1962, not on 5/6/1962."),
                                registers)
    assert [str(d) for d in reporter.sorted()] == []
    assert '<date when="1962-06-05">5.6.1962</date>, not on 5/6/1962.' in body_xml(tei)


AMBIGUOUS = ("11/5/62 is 11 May 1962 day first, 5 November 1962 month first: the document is left "
             "without a date, and dates in the text that count from it (tomorrow, on Monday, "
             "7 November) unresolved (write 1962-05-11 or 1962-11-05) [date-ambiguous]")


def test_a_date_line_read_either_way_is_the_date_line_without_when(registers):
    """The review's case: `11/5/62` on the first line was taken for the title, and the title line
    for the body, with only 'x.txt:1: warning: no document date found'."""
    text = ("11/5/62\n\nNote of a conversation with Comrade Mikoyan\n\nWe met.\n\n"
            "Document Information\n\nSource\n\nAn archive.\n")
    tei, reporter = encode_text(text, registers)
    assert [str(d) for d in reporter.sorted()] == [f"x.txt:1:1: warning: {AMBIGUOUS}"]
    bibl = tei.find(".//t:sourceDesc/t:bibl", TEI)
    assert bibl.findtext("t:title", namespaces=TEI) == "Note of a conversation with Comrade Mikoyan"
    assert bibl.find("t:date", TEI).attrib == {} and bibl.findtext("t:date", namespaces=TEI) == "11/5/62"
    assert body_xml(tei).endswith('<p n="1" xml:id="L1">We met.</p></div>')


def test_a_dateline_read_either_way_stays_a_dateline(registers):
    tei, reporter = encode_text(page("Havana, 11/8/62\n\nWe met."), registers)
    assert [str(d) for d in reporter.sorted()] == []
    assert '<opener><dateline n="1" xml:id="L1"><placeName ref="places.xml#havana">Havana' \
           '</placeName>, 11/8/62</dateline></opener>' in body_xml(tei)


def test_a_missing_document_date_is_reported_at_a_line_and_column(registers):
    """The review: 'date-missing message has no column'. Without a date line the first line is
    the title; the date is missing there."""
    _, reporter = encode_text(page("We met.", date="Memorandum of Conversation"), registers)
    assert [str(d) for d in reporter.sorted()] == [
        "x.txt:1:1: warning: no document date found; dates in the text that count from it "
        "(tomorrow, on Monday, 7 November) stay unresolved [date-missing]"]


def test_a_telegram_title_ending_in_a_date_read_either_way_keeps_it_as_its_date(registers):
    tei, reporter = encode_text(TELEGRAM.format(date="11/5/62", closer="A. Mikoyan"), registers)
    assert [str(d) for d in reporter.sorted()] == [f"x.txt:1:33: warning: {AMBIGUOUS}"]
    bibl = tei.find(".//t:sourceDesc/t:bibl", TEI)
    assert bibl.findtext("t:title", namespaces=TEI) == "Mikoyan Telegram to the CC CPSU"
    assert bibl.find("t:date", TEI).attrib == {} and bibl.findtext("t:date", namespaces=TEI) == "11/5/62"
