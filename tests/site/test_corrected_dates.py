"""The chronology lists the date the editors give in a correction, marked inferred as the text's
other inferred dates, and not the date they correct (review round 12, L3: U Thant's `letter of
15 November [sic; 10 November]` was listed under 15 November, a day the letter is not of)."""

from __future__ import annotations

import pytest

from tests.conftest import build_sources, page

from .conftest import parse

SOURCE = page("A.I. MIKOYAN. I have your letter of 15 November [sic; 10 November] on the "
              "bombers.\n\nO. DORTICOS. We wrote again on 16 November.")


@pytest.fixture(scope="module")
def month(tmp_path_factory):
    built = build_sources(tmp_path_factory.mktemp("corrected"), {"memo.txt": SOURCE})
    return parse(built / "chronology/1962-11.html")


def test_the_correction_is_listed_inferred(month):
    [item] = month.xpath("//h2[@id='d1962-11-10']/following-sibling::ul[1]/li")
    assert item.xpath("string(.)").endswith(": “10 November” (inferred)")
    assert item.xpath("a/@href") == ["../documents/memo.html#L1"]


def test_the_date_it_corrects_is_not_listed(month):
    assert not month.xpath("//h2[@id='d1962-11-15']")
    assert month.xpath("//h2[@id='d1962-11-16']")
