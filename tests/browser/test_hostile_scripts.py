"""No script of a source ever runs: every page of a site built from hostile seeds, in Chromium.

The seeds are those of tests/test_hostile.py (`<script>`, `onerror=`, `javascript:` ... in the
text, the title and an editorial note). The injected code would set `window.__pwned` or open an
alert; on every page, and after a search for the payload, neither may happen.
"""

from __future__ import annotations

import pytest

from tests.conftest import build_py
from tests.helpers import HOSTILE_DOC, hostile_seeds

from .helpers import search, served


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile-browser")
    out = root / "site"
    result = build_py("--seeds", str(hostile_seeds(root / "seeds")), "--out", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    with served(out, "hostile-server") as url:
        yield url, sorted(str(p.relative_to(out)) for p in out.rglob("*.html"))


def visit(page, url: str, dialogs: list[str]) -> None:
    page.goto(url)
    page.wait_for_load_state("load")
    page.wait_for_timeout(100)   # let deferred scripts and onerror handlers run
    assert_nothing_ran(page, dialogs)


def assert_nothing_ran(page, dialogs: list[str]) -> None:
    """No injected script ran on `page`: `window.__pwned` is unset and no dialog opened."""
    pwned = page.evaluate("() => typeof window.__pwned")
    assert pwned == "undefined", f"{page.url}: an injected script ran (window.__pwned is set)"
    assert dialogs == [], f"{page.url}: an injected script opened a dialog: {dialogs}"


def test_no_injected_script_runs_on_any_page(page, hostile_url):
    base, pages = hostile_url
    assert f"documents/{HOSTILE_DOC}.html" in pages and len(pages) > 10
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for relative in pages:
        visit(page, base + relative, dialogs)
    page.goto(f"{base}documents/{HOSTILE_DOC}.html")
    assert "<script>window.__pwned = 1; alert(1)</script>" in page.locator("main").inner_text()


def test_a_search_for_the_payload_runs_nothing(page, hostile_url):
    base, _ = hostile_url
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    search(page, base, "pwned")
    page.wait_for_selector("#search .pagefind-ui__result-link")   # the payload's page is found
    page.wait_for_timeout(500)
    assert_nothing_ran(page, dialogs)


def test_the_injected_probe_would_be_seen(page, hostile_url):
    """The check is real: a page that does run the payload is caught by it (the same
    `assert_nothing_ran` every page and the search pass)."""
    base, _ = hostile_url
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(base + "index.html")
    page.evaluate("() => { window.__pwned = 1; alert('x'); }")
    with pytest.raises(AssertionError, match="injected script ran"):
        assert_nothing_ran(page, dialogs)
