"""Letters Pagefind keeps as letters of their own are folded as it folds accents, in Chromium:
"Gomulka", the usual English spelling, finds a text printing "Gomułka" (review round 12, M4),
and the excerpt still prints "Gomułka" (`edition/search_fold.py`, `search_fold.js`).

A hand-made site of two document pages, lines of the round-12 Polish embassy report, is indexed
by `build_search_index` and searched on its search page.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from edition import search
from edition.search import build_search_index

from .helpers import search as type_search, served


def where(link: str) -> str:
    """A result's page and line: '/documents/polish.html?highlight=x#L1' -> 'polish.html#L1'."""
    parts = urlsplit(link)
    return f"{parts.path.rsplit('/', 1)[-1]}#{parts.fragment}"

LINES = {
    "polish": ("He asked whether Comrade Gomułka shared the view of N. S. Khrushchev.",
               "Ambassador Kiryłło flew to Łódź and Wrocław; the Straße was closed."),
    "czech": ("President Novotný received the Ambassador.", "Nothing else was said."),
}

TITLES = {"polish": "Report of Ambassador Kiryłło", "czech": "Diary of Vladimír Pavlíček"}


def page_html(name: str, lines: tuple[str, ...]) -> str:
    body = "".join(f'<p id="L{n}">{line}</p>' for n, line in enumerate(lines, start=1))
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{name}</title>'
            f'<meta data-pagefind-meta="title[content]" content="{TITLES[name]}">'
            f'<meta data-pagefind-sort="date[content]" content="1962-11-02"></head><body>'
            f'<main data-pagefind-body><h1>Report</h1>{body}</main></body></html>')


@pytest.fixture(scope="module")
def fold_url(tmp_path_factory):
    site = tmp_path_factory.mktemp("search-fold") / "site"
    (site / "documents").mkdir(parents=True)
    for name, lines in LINES.items():
        (site / "documents" / f"{name}.html").write_text(page_html(name, lines), "utf-8")
    (site / "search.html").write_text(
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Search</title>'
        f'{search.SEARCH_HEAD_HTML}</head><body><main><div id="search"></div></main>'
        f'{search.SEARCH_SCRIPT_HTML}</body></html>', "utf-8")
    build_search_index(site)
    with served(site, "fold-server") as url:
        yield url


def results(page) -> list[tuple[str, str, str]]:
    """(link, excerpt, title) of each result, once there is one."""
    page.wait_for_selector("#search .pagefind-ui__result-link")
    return page.eval_on_selector_all(
        "#search .pagefind-ui__result",
        "items => items.map(r => { const a = r.querySelector('.pagefind-ui__result-link');"
        " return [a.getAttribute('href'),"
        " r.querySelector('.pagefind-ui__result-excerpt').textContent, a.textContent]; })")


@pytest.mark.parametrize("term, line, printed", [
    ("Gomulka", 1, "Gomułka"), ("Gomułka", 1, "Gomułka"), ("Kiryllo", 2, "Kiryłło"),
    ("Lodz", 2, "Łódź"), ("Łódź", 2, "Łódź"), ("Wroclaw", 2, "Wrocław"),
    ("Strasse", 2, "Straße"), ("Straße", 2, "Straße")])
def test_a_folded_letter_is_found_by_its_plain_letters(page, fold_url, term, line, printed):
    type_search(page, fold_url, term)
    found = results(page)
    assert [where(link) for link, _, _ in found] == [f"polish.html#L{line}"]
    _, excerpt, title = found[0]
    assert printed in excerpt
    assert not any(0x300 <= ord(c) < 0x370 for c in excerpt), excerpt
    assert title == TITLES["polish"]


def test_accents_are_folded_as_before(page, fold_url):
    type_search(page, fold_url, "Novotny")
    assert [where(link) for link, _, _ in results(page)] == ["czech.html#L1"]
