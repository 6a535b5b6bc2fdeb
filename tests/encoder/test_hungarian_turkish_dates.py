"""Hungarian and Turkish dates (review round 13, S11): `1962. október 28.`, the year first, the
day with its period or suffix (`28-án`), and `28 Ekim 1962`, as the document's date line and in
its text."""

from __future__ import annotations

import pytest

from tests.conftest import INFERRED, TEI, body_xml, encode_text, page


@pytest.mark.parametrize("body, fragment", [
    ("Havanna, 1962. november 1.\n\nA jelentés következik.",
     '</placeName>, <date when="1962-11-01">1962. november 1.</date></dateline>'),
    ("1962. október 28-án Hruscsov írt.", '<date when="1962-10-28">1962. október 28-án</date> '),
    ("Október 31-én Rodríguez fogadott.", f'<date when="1962-10-31" {INFERRED}>Október '
     '31-én</date> '),
    ("Az október 28-i levél.", f'<date when="1962-10-28" {INFERRED}>október 28-i</date> levél'),
    ("Ankara, 27 Ekim 1962. Görüştük.", '<date when="1962-10-27">27 Ekim 1962</date>'),
    ("5 KASIM 1962 ve 3 Şubat 1963.", '<date when="1962-11-05">5 KASIM 1962</date> ve '
     '<date when="1963-02-03">3 Şubat 1963</date>'),
    # a month's name English writes too is English's without a year before it or a suffix
    ("We met on November 5. Then we left.", f'<date when="1962-11-05" {INFERRED}>November '
     '5</date>. Then'),
    ("It was 1962. November 5. was cold.", f'<date when="1962-11-05" {INFERRED}>November '
     '5</date>. was'),
], ids=["Hungarian dateline", "year first, a suffix", "no year, a suffix", "of the day",
        "Turkish", "Turkish in capitals and with its letters", "English November 5.",
        "English after a year"])
def test_a_hungarian_or_turkish_date_is_read(body, fragment, registers):
    tei, reporter = encode_text(page(body, date="November 5, 1962", title="Report"), registers)
    assert fragment in body_xml(tei), [str(d) for d in reporter.diagnostics]


@pytest.mark.parametrize("date_line, when", [
    ("1962. október 28.", "1962-10-28"), ("28 Ekim 1962", "1962-10-28"),
])
def test_a_hungarian_or_turkish_date_line_dates_the_document(date_line, when, registers):
    """The date line `1962. október 28.` became the title, the title a text line."""
    tei, reporter = encode_text(page("Kádár elvtárs jelentése.", date=date_line,
                                     title="Jelentés a havannai nagykövetségről"), registers)
    title = tei.find(".//t:titleStmt/t:title", TEI)
    date = tei.find(".//t:sourceDesc/t:bibl/t:date", TEI)
    assert title.text == "Jelentés a havannai nagykövetségről"
    assert date is not None and date.get("when") == when, [str(d) for d in reporter.diagnostics]
