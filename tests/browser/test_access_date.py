"""The reader's date of access in the citations: filled in by lines.js with the reader's today
as each form writes dates; without JavaScript the placeholder stays (tests/site checks it)."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from .conftest import TELEGRAM, _context


UTC = dt.timezone.utc


@pytest.fixture
def page(browser, requests_seen):
    """A reader in Los Angeles: late in their evening it is already tomorrow in UTC, the time
    zone of the machines the tests run on, so a date read in UTC is caught."""
    context = _context(browser, requests_seen, timezone_id="America/Los_Angeles")
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.mark.parametrize("now, chicago, mla, iso", [
    (dt.datetime(2031, 3, 4, 17, 30, tzinfo=UTC), "March 4, 2031", "4 Mar. 2031", "2031-03-04"),
    (dt.datetime(2030, 9, 18, 6, 50, tzinfo=UTC),   # 23:50 on the 17th in Los Angeles
     "September 17, 2030", "17 Sept. 2030", "2030-09-17"),
])
def test_the_script_fills_in_the_readers_today(page, base_url, now, chicago, mla, iso):
    page.clock.set_fixed_time(now)
    page.goto(f"{base_url}documents/{TELEGRAM}.html")
    cite = page.locator("#cite")
    assert page.locator("var.access-date").count() == 0
    forms = {h.inner_text(): h.locator("xpath=following-sibling::*[1]").inner_text()
             for h in cite.locator("h3").all()}
    assert f"Accessed {chicago}. https://" in forms["Chicago"]
    assert forms["MLA"].endswith(f". Accessed {mla}.")
    assert re.search(r"urldate = \{(.*)\}", forms["BibTeX"])[1] == iso
    assert json.loads(forms["CSL-JSON"])[0]["accessed"] == {"raw": iso}
    line = page.locator("#L3 details.cite-line > p").text_content()
    assert f", accessed {chicago}, https://" in line
