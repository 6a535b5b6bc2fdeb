"""A weekday said with a day of the month (`Tuesday, the 9th`) in narration: the nearest month
within two of the document date's where the day falls on that weekday, none on a tie (source
snippet -> the TEI of the body)."""

from __future__ import annotations

import pytest

from tests.conftest import INFERRED, body_xml, encode_text, page



@pytest.mark.parametrize("document_date, source, expected", [
    # 9 October 1962 was a Tuesday, 9 September, November and December were not
    ("December 3, 1962", "We talked. Tuesday, the 9th.",
     f'We talked. <date when="1962-10-09" {INFERRED}>Tuesday, the 9th</date>.'),
    # February 1962 has 28 days: Monday the 5th of February and of March are two weeks
    # either side of Monday 19 February; the text does not say which
    ("February 19, 1962", "We talked. Monday, the 5th.", "We talked. Monday, the 5th."),
], ids=["two months before", "a tie between months"])
def test_a_weekday_and_a_day_name_the_nearest_month_that_has_them(
        valid_tei, document_date, source, expected):
    tei = valid_tei(page(source, date=document_date))
    assert body_xml(tei) == (f'<div type="document" subtype="memorandum"><p n="1" xml:id="L1">'
                             f'{expected}</p></div>')


def test_a_weekday_and_a_day_no_month_around_has_stay_text_with_a_warning(registers):
    """Two months before the document date's is as far as a day of the month is looked for:
    9 October 1962, the Tuesday, is three before January 1963 (session 20: said, not silent)."""
    tei, reporter = encode_text(page("We talked. Tuesday, the 9th.", date="January 3, 1963"),
                                registers)
    assert body_xml(tei).endswith('<p n="1" xml:id="L1">We talked. Tuesday, the 9th.</p></div>')
    assert [str(d) for d in reporter.diagnostics] == [
        "x.txt:5:12: warning: Tuesday, the 9th (no month around 3 January 1963 has it on a "
        "Tuesday) is not a date; left as plain text [date-invalid]"]
