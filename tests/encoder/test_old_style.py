"""Days named in the Julian calendar (Old Style, review round 12, M1): `@when` gives their
Gregorian day, `@calendar` points to the Julian calendar the header declares; a date line with
an Old Style note or written in both calendars dates the document by its Gregorian day."""

from __future__ import annotations

import pytest

from edition.date_calendars import gregorian_day
from tests.conftest import TEI, body_xml, page

JULIAN = '<date calendar="#julian" when="{}"{}>{}</date>'
INFERRED = ' cert="medium" evidence="conjecture" resp="#encoder"'


@pytest.mark.parametrize("body, fragment", [
    ("The feast (25 December O.S., i.e. 7 January N.S.) was kept.",
     JULIAN.format("1963-01-07", INFERRED, "25 December") + " O.S., i.e."),
    ("Christmas fell on 25 December (O.S.) there.",
     JULIAN.format("1963-01-07", INFERRED, "25 December") + " (O.S.) there."),
    ("They kept December 25 Old Style.",
     JULIAN.format("1963-01-07", INFERRED, "December 25") + " Old Style."),
    ("The letter (O.S. December 20) came.",
     "(O.S. " + JULIAN.format("1963-01-02", INFERRED, "December 20") + ") came."),
    ("The feast of 25 December 1962 (Julian) was kept.",
     JULIAN.format("1963-01-07", "", "25 December 1962") + " (Julian)"),
    # 12 days until the Julian 29 February 1900, 13 from 1 March
    ("Born on 24 February 1900 O.S. in Tiflis.",
     JULIAN.format("1900-03-08", "", "24 February 1900")),
    ("Born on 1 March 1900 O.S. in Tiflis.",
     JULIAN.format("1900-03-14", "", "1 March 1900")),
    # not the initials of a person after a date; no note, no calendar
    ("On 25 December O. S. Petrov arrived.",
     '<date when="1962-12-25"' + INFERRED + '>25 December</date> O. S. Petrov'),
    ("On 25 December the old styles of dress were seen.",
     '<date when="1962-12-25"' + INFERRED + '>25 December</date> the old styles'),
], ids=["O.S.", "(O.S.)", "Old Style", "O.S. before", "(Julian)", "12 days in 1900",
        "13 days from March 1900", "initials O. S.", "old styles"])
def test_a_day_of_the_julian_calendar_is_given_its_gregorian_day(body, fragment, valid_tei):
    tei = valid_tei(page(body, date="January 2, 1963", title="Diary of the Ambassador"))
    assert fragment in body_xml(tei)
    declared = tei.xpath("//t:profileDesc/t:calendarDesc/t:calendar/@xml:id", namespaces=TEI)
    assert declared == (["julian"] if "#julian" in fragment else [])


@pytest.mark.parametrize("year, month, day, gregorian", [
    (1962, 12, 25, "1963-01-07"), (1962, 10, 21, "1962-11-03"), (1900, 2, 28, "1900-03-12"),
    (1900, 3, 1, "1900-03-14"), (1800, 3, 1, "1800-03-13"), (1582, 10, 5, "1582-10-15"),
])
def test_the_gregorian_day_of_a_julian_day(year, month, day, gregorian):
    assert gregorian_day(year, month, day).isoformat() == gregorian


@pytest.mark.parametrize("date_line, when", [
    ("November 3, 1962 (O.S. October 21)", "1962-11-03"),
    ("November 3, 1962 (Old Style: October 21)", "1962-11-03"),
    ("October 15/28, 1962", "1962-10-28"),
    ("December 25/January 7, 1963", "1963-01-07"),
    ("15/28 October 1962", "1962-10-28"),
    ("31 December/13 January 1963", "1963-01-13"),
])
def test_a_date_line_in_both_calendars_dates_the_document(date_line, when, valid_tei):
    tei = valid_tei(page("We met.", date=date_line, title="Report of the Embassy"))
    assert tei.xpath("string(//t:sourceDesc/t:bibl/t:date/@when)", namespaces=TEI) == when
    assert tei.findtext(".//t:titleStmt/t:title", namespaces=TEI) == "Report of the Embassy"


def test_a_double_date_in_the_text_is_its_gregorian_day(valid_tei):
    tei = valid_tei(page("The note of October 15/28, 1962 and the night of October 3/12 came. "
                         "The notes of 31 October/13 November 1962 and 3/15 October 1962 too."))
    xml = body_xml(tei)
    assert '<date when="1962-10-28">October 15/28, 1962</date>' in xml
    assert "October 3/12 came" in xml
    assert '<date when="1962-11-13">31 October/13 November 1962</date>' in xml
    assert '3/15 <date when="1962-10">October 1962</date>' in xml
