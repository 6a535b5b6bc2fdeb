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
