"""A date that names no real day is reported where it stands, and the structure its shape gives
stays (a date line stays the date line, a dateline a dateline, without @when)."""

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
], ids=["opener dateline", "closer dateline", "running text"])
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
    assert tei.find(".//t:publicationStmt/t:date", TEI).attrib == {"type": "uploaded"}
