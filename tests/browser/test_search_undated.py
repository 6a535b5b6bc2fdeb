"""The search finds a document without a date, after the dated ones.

Pagefind, asked to sort by a key, leaves out every page that has none (CloudCannon/pagefind#259):
an undated document was indexed and never found. The site here is the seeds' with one telegram
more, whose title and text give no date.
"""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import build_py

from .conftest import ROOT
from .helpers import result_documents, search, served

UNDATED = "undated-telegram"
SOURCE = """Telegram from Mikoyan to the CC CPSU

CC CPSU.

The harbour pilots of Mariel asked Mikoyan about the zebu cattle.

A. MIKOYAN

[Source: Archive of the President of the Russian Federation.]
"""
RESULT_IDS_JS = """() => [...document.querySelectorAll("#search .pagefind-ui__result-link")]
    .map(a => (a.getAttribute("href").match(/documents\\/([^/?#]+)\\.html/) || [])[1])"""


@pytest.fixture(scope="module")
def undated_site(tmp_path_factory):
    seeds = tmp_path_factory.mktemp("undated") / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    (seeds / f"{UNDATED}.txt").write_text(SOURCE, encoding="utf-8")
    out = seeds.parent / "site"
    result = build_py("--seeds", str(seeds), "--out", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "[date-missing]" in result.stdout + result.stderr
    with served(out, "undated-server") as url:
        yield url


def test_a_word_only_the_undated_document_holds_finds_it(page, undated_site):
    search(page, undated_site, "zebu")
    assert result_documents(page, {UNDATED}) == {UNDATED}


def test_the_undated_document_comes_after_the_dated_ones(page, undated_site):
    search(page, undated_site, "Mikoyan")
    found = result_documents(page, {UNDATED, "1962-11-05-memcon-mikoyan-dorticos",
                                    "1962-11-19-telegram-mikoyan-cc-cpsu"})
    assert len(found) == 3
    assert page.evaluate(RESULT_IDS_JS)[-1] == UNDATED
