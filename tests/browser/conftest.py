"""Browser tests of the built site: Playwright driving Debian's Chromium (/usr/bin/chromium).

The site is built once per session with `python build.py --out <tmp>/site` and served from a
thread by `edition.serve` on a free port of 127.0.0.1. One browser is started per session;
every test gets a fresh context. Playwright's own browser downloads are never used: install the
browser with `.ci/install-browser.sh` and the Python packages with `pip install -e '.[test]'`.

`EDITION_BROWSER_SITE=/path/to/site pytest tests/browser` tests an already built folder instead.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import build_py

from .helpers import served

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
MEMO = "1962-11-05-memcon-mikoyan-dorticos"
TELEGRAM = "1962-11-19-telegram-mikoyan-cc-cpsu"
LOCAL_HOSTS = {"127.0.0.1"}


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory) -> Path:
    """The built site: built once per session (about 20 s), or the one named by the environment."""
    given = os.environ.get("EDITION_BROWSER_SITE")
    if given:
        return Path(given).resolve()
    out = tmp_path_factory.mktemp("browser") / "site"
    result = build_py("--out", str(out))
    assert result.returncode == 0, (
        f"`python build.py --out {out}` failed (exit {result.returncode}):\n"
        f"{result.stdout}\n{result.stderr}")
    return out


@pytest.fixture(scope="session")
def base_url(site_dir: Path):
    """http://127.0.0.1:PORT/ serving the site, from a thread of this process."""
    with served(site_dir, "site-server") as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    assert CHROMIUM.exists(), f"{CHROMIUM} is missing: run `bash .ci/install-browser.sh`"
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


class Requests:
    """Every URL the pages of one context asked for."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def record(self, request) -> None:
        self.urls.append(request.url)

    def external(self) -> list[str]:
        """URLs that would leave this machine: any network scheme to a host but 127.0.0.1."""
        found = []
        for url in self.urls:
            parts = urlsplit(url)
            if parts.scheme in ("data", "blob", "about"):
                continue
            if parts.hostname not in LOCAL_HOSTS:
                found.append(url)
        return found


@pytest.fixture
def requests_seen() -> Requests:
    return Requests()


def _context(browser, requests_seen: Requests, **options):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, **options)
    context.set_default_timeout(10_000)
    context.on("request", requests_seen.record)
    return context


@pytest.fixture
def page(browser, requests_seen):
    context = _context(browser, requests_seen)
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture
def page_without_js(browser, requests_seen):
    context = _context(browser, requests_seen, java_script_enabled=False)
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture(scope="session")
def axe_script() -> Path:
    """axe-core's axe.min.js, as shipped by the PyPI package axe-playwright-python."""
    import axe_playwright_python
    path = Path(axe_playwright_python.__file__).with_name("axe.min.js")
    assert path.is_file(), f"axe-playwright-python ships no axe.min.js at {path}"
    return path
