"""Forms of dates in telegrams and diaries (review of session 18): a clock time is no year, a
date-time group, `inst.` and `ult.`, the night of two days, a diary's day head."""

from __future__ import annotations

import pytest

from tests.conftest import body_xml, encode_text, page


@pytest.mark.parametrize("body, fragment", [
    ("A. Quarantine became effective 1400 GMT today.",
     'effective 1400 GMT <date when="1962-10-24" cert="medium" evidence="conjecture" '
     'resp="#encoder">today</date>.</p>'),
    ("2. Next report by 1800 local, on the same line.",
     '<p n="1" xml:id="L1">2. Next report by 1800 local, on the same line.</p>'),
    ("Ships turned back from 2100 Moscow time until 1900 UTC.",
     'from 2100 <placeName ref="places.xml#moscow">Moscow</placeName> time until 1900 UTC.</p>'),
    ("We learnt that by 1800 local elections had been held in every county of England.",
     'that by <date when="1800">1800</date> local elections had been held'),
    ("The watch ran from 1400–1600 GMT without a break.",
     '<p n="1" xml:id="L1">The watch ran from 1400–1600 GMT without a break.</p>'),
    ("The certificate is valid until Aug 28 23:59:59 2042 GMT, says the file.",
     '23:59:59 <date when="2042">2042</date> GMT'),
], ids=["effective 1400 GMT", "by 1800 local", "Moscow time and UTC", "local elections: a year",
        "a span of clock times", "a timestamp's year"])
def test_a_clock_time_before_its_zone_is_no_year(body, fragment, registers):
    tei, reporter = encode_text(page(body, date="October 24, 1962"), registers)
    assert [str(d) for d in reporter.sorted()] == []
    assert fragment in body_xml(tei)


@pytest.mark.parametrize("body, fragment", [
    ("CONFIDENTIAL\n\nDTG 041600Z NOV 62\n\n1183. Ref: Deptel 1021.",
     'DTG <date when="1962-11-04T16:00:00+00:00">041600Z NOV 62</date>'),
    ("2. Next report by 1800 local, on 28 Oct 62. Gromyko saw me.",
     'on <date when="1962-10-28">28 Oct 62</date>.'),
    ("Sent 271530Z OCT 1962 from Moscow, with copies to 5 Nov 40 addressees.",
     'Sent <date when="1962-10-27T15:30:00+00:00">271530Z OCT 1962</date> from'),
    ("On 5 Nov 40 aircraft left; on 6 October 62 more.",
     '<date when="1962-11-05" cert="medium" evidence="conjecture" resp="#encoder">5 Nov</date> 40'
     ' aircraft left; on <date when="1962-10-06" cert="medium" evidence="conjecture" '
     'resp="#encoder">6 October</date> 62 more.'),
    ("Reports of 28 Oct 62 and 29 Oct 62 were sent.",
     'of <date when="1962-10-28">28 Oct 62</date> and <date when="1962-10-29">29 Oct 62</date> w'),
], ids=["a date-time group", "a two-digit year after Oct", "a DTG with four digits",
        "a number of aircraft, a full month name", "two dates with short years"])
def test_a_telegram_s_date_time_group_and_short_year_are_read(body, fragment, registers):
    tei, reporter = encode_text(page(body, date="November 4, 1962"), registers)
    assert [str(d) for d in reporter.sorted() if "date" in d.code] == []
    assert fragment in body_xml(tei)
