"""The search page tells a word found by its stem from one Pagefind stands in for a longer word
the edition lacks, by the stemmer Pagefind uses (`edition/search_stem.js`), in Chromium.

The stemmer's answers are checked against Pagefind's own: a page of every word of the seeds'
and the review rounds' sources is indexed, and the index, which holds the stems, says which
stem each word's place has.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from edition.pagefind_canon import _read
from edition.search import BUNDLE_DIR, STEM_FILE, build_search_index

from .conftest import ROOT
from .helpers import served

SNOWBALL_CASES = """skis skies dying lying tying idly gently ugly early only singly sky news howe
atlas cosmos bias andes inning innings outing evening evenings proceed proceeding succeeded
exceeds added egg eggs hopping hoped hoping ties cries sayyid youth generously communism arsenal
universal organization emergency lateral international interest paste pasted pasta
generalization hopefulness fluently controlling agreed feed bleed"""

FORMS = {"missile": "missile", "missiles": "missiles", "negotiations": "negotiations",
         "negotiating": "negotiating", "tikhmenev": "V. Tikhmenev", "be": "Be."}
"""Pages of a small site, each with one word (or a name)."""


def page_html(title: str, body: str) -> str:
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta data-pagefind-sort="date[content]" content="1962-11-01"></head><body>'
            f'<main data-pagefind-body><p id="L1">{body}</p></main></body></html>')


def source_words() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(ROOT.glob("seeds/*.txt"))]
    texts += [path.read_text(encoding="utf-8")
              for path in sorted(ROOT.glob("tests/data/*/*.txt"))]
    return sorted(set(re.findall(r"[a-z]+", " ".join(texts + [SNOWBALL_CASES]).lower())))


def stems_by_place(bundle: Path) -> dict[int, set[str]]:
    """Place of a word on the only page -> the stems Pagefind indexed there."""
    found: dict[int, set[str]] = {}
    for chunk in sorted(bundle.glob("parts/*/index/*.pf_index")):
        for stem, pages, _ in _read(chunk)[0]:
            for _, places, _ in pages:
                at = 0
                for value in places:  # places go up by steps; a negative value is a weight
                    if value >= 0:
                        at += value
                        found.setdefault(at, set()).add(stem)
    return found


@pytest.fixture(scope="module")
def small_site(tmp_path_factory):
    """(site folder, URL) of a site of the pages of `FORMS`."""
    site = tmp_path_factory.mktemp("stems") / "site"
    (site / "documents").mkdir(parents=True)
    for name, body in FORMS.items():
        (site / "documents" / f"{name}.html").write_text(page_html(name, body))
    (site / "blank.html").write_text('<!doctype html><html lang="en"><title>x</title></html>')
    build_search_index(site)
    with served(site, "stem-server") as url:
        yield site, url


def found_pages(page, url: str, term: str) -> set[str]:
    page.goto(url + "blank.html")
    urls = page.evaluate("""async ([term]) => {
      const pagefind = await import("./pagefind/pagefind.js");
      const found = await pagefind.search(term);
      return Promise.all(found.results.map(async (result) => (await result.data()).url));
    }""", [term])
    return {re.search(r"documents/([^/.]+)\.html", each)[1] for each in urls}


def test_the_stemmer_stems_as_pagefind(page, tmp_path):
    words = source_words()
    assert len(words) > 2000
    site = tmp_path / "site"
    (site / "documents").mkdir(parents=True)
    (site / "documents" / "words.html").write_text(page_html("words", " ".join(words)))
    (site / "blank.html").write_text('<!doctype html><html lang="en"><title>x</title></html>')
    build_search_index(site)
    indexed = stems_by_place(site / BUNDLE_DIR)
    with served(site, "stem-words-server") as url:
        page.goto(url + "blank.html")
        stems = page.evaluate(f"""async ([words]) => {{
          const {{stem}} = await import("./{BUNDLE_DIR}/{STEM_FILE}");
          return words.map(stem);
        }}""", [words])
    differ = [(word, mine, sorted(indexed.get(at, ())))
              for at, (word, mine) in enumerate(zip(words, stems))
              if mine not in indexed.get(at, ())]
    assert not differ, f"{len(differ)} of {len(words)} words stem otherwise: {differ[:20]}"


@pytest.mark.parametrize("term, wanted", [
    ("missiles", {"missile", "missiles"}),
    ("missile", {"missile", "missiles"}),
    ("negotiating", {"negotiations", "negotiating"}),
    ("negotiations", {"negotiations", "negotiating"}),
    ("Tikhmen", {"tikhmenev"}),         # a name typed in part
    ("Tikhmenevv", set()),              # one letter more than the name: Pagefind's stand-in
    ("Tikhmenevich", set()),
    ("Beobachtung", set()),
])
def test_a_stem_finds_its_forms_and_a_longer_word_nothing(page, small_site, term, wanted):
    _, url = small_site
    assert found_pages(page, url, term) == wanted
