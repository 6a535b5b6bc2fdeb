"""A date's time with its zone named after it (review round 12, L2): `27.X.1962, 16:00 Moscow
time` is `@when` with the zone's offset of that day, not a time of no zone."""

from __future__ import annotations

import pytest

from tests.conftest import body_xml, page


@pytest.mark.parametrize("body, when", [
    ("Sent 27.X.1962, 16:00 Moscow time.", "1962-10-27T16:00:00+03:00"),
    ("Sent 28.X.1962, 16:00 Havana time.", "1962-10-28T16:00:00-05:00"),
    # Washington kept summer time until 28 October 1962
    ("Sent October 27, 1962, 10:00 Washington time.", "1962-10-27T10:00:00-04:00"),
    ("Sent November 5, 1962, 10:00 Washington time.", "1962-11-05T10:00:00-05:00"),
    ("Sent October 27, 1962, 10:00 EDT.", "1962-10-27T10:00:00-04:00"),
    ("Sent October 29, 1962, 10:00 EST.", "1962-10-29T10:00:00-05:00"),
    ("Sent November 1, 1962, 14:00 GMT.", "1962-11-01T14:00:00+00:00"),
    # no zone named, or one whose place the text does not say: no offset
    ("Sent 27.X.1962, 16:00 local time.", "1962-10-27T16:00:00"),
    ("Sent 27.X.1962, 16:00, as agreed.", "1962-10-27T16:00:00"),
], ids=["Moscow", "Havana", "Washington in summer time", "Washington in winter", "EDT", "EST",
        "GMT", "local time", "none"])
def test_a_time_with_its_named_zone_has_its_offset(body, when, valid_tei):
    tei = valid_tei(page(body, date="November 6, 1962", title="Report of Pliyev to Malinovsky"))
    assert f'<date when="{when}">' in body_xml(tei)
