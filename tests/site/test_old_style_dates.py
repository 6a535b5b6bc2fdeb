"""A day the text names in the Julian calendar (review round 12, M1: `25 December O.S.` in a
diary of January 1963) is listed by the chronology on its Gregorian day, 7 January 1963, not on
25 December 1962, and its page tells the reader which day it was."""

from __future__ import annotations

import pytest

from tests.conftest import build_sources, page

from .conftest import parse

DIARY = page("The Orthodox Christmas (25 December O.S.) will be marked at the Embassy.",
             date="January 2, 1963", title="Diary of the Czechoslovak Ambassador")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_sources(tmp_path_factory.mktemp("oldstyle"), {"diary.txt": DIARY})


def test_the_chronology_lists_the_old_style_day_on_its_gregorian_day(built):
    january = parse(built / "chronology/1963-01.html")
    listed = january.xpath("//li[a[contains(@href, 'diary.html#L1')]]")
    assert any("25 December" in li.xpath("string(.)") for li in listed)
    assert not (built / "chronology/1962-12.html").exists() or not parse(
        built / "chronology/1962-12.html").xpath("//a[contains(@href, 'diary.html#L1')]")


def test_the_page_tells_the_gregorian_day_of_an_old_style_date(built):
    [shown] = parse(built / "documents/diary.html").xpath("//time[starts-with(., '25 December')]")
    assert shown.get("datetime") == "1963-01-07"
    assert shown.get("data-explain") == ("January 7, 1963 in the Gregorian calendar (the text's "
                                         "day is Old Style), inferred by the encoder")
