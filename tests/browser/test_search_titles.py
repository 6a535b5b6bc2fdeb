"""A word a document holds in its title alone is found, in Chromium, over an index in parts.

A document page's title is Pagefind's `title` metadata, outside the searched text, and Pagefind
finds a word in it. Where the earliest result of a part held a searched word in its title alone,
the whole part was once taken for Pagefind's stand-ins for a word it lacks (its results hold a
shorter word, see `search_parts.js`) and left out: "Note Havana" found nothing though a news
conference says "NOTE:" and "Havana" (review round 11, S10; likewise for a word in a speaker's
label alone). A hand-made site of six pages in two parts of three, titles outside
`data-pagefind-body` as on the edition's pages.
"""

from __future__ import annotations

import re

import pytest

from edition import search
from edition.search import build_search_index

from .helpers import served

PART = 3
PAGES = (  # (date, title, text), in date order
    ("1962-10-22", "Radio and Television Address on Cuba", "The missiles on the island of Cuba."),
    ("1962-10-30", "Note from U Thant to Chairman Khrushchev", "I arrive in Havana tomorrow."),
    ("1962-11-20", "News Conference",
     '<h3 class="speaker">QUESTION</h3><p>NOTE: the President spoke of Havana and of Cuba.</p>'),
    ("1962-11-21", "Note on the Quarantine", "The ships turned back from Cuba."),
    ("1962-11-22", "Letter on the Missiles", "Havana is quiet."),
    ("1962-11-23", "Telegram from Moscow", "The ships sailed for Havana and Cuba."),
)
MESSAGE = "#search .pagefind-ui__message"


def document_page(date: str, title: str, text: str) -> str:
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta data-pagefind-meta="title[content]" content="{title}">'
            f'<meta data-pagefind-filter="type[content]" content="{title.split()[0].lower()}">'
            f'<meta data-pagefind-sort="date[content]" content="{date}"></head><body>'
            f'<h1>{title}</h1><main data-pagefind-body><div id="L1">{text}</div></main>'
            f'</body></html>')


@pytest.fixture(scope="module")
def titles_url(tmp_path_factory):
    site = tmp_path_factory.mktemp("search-titles")
    (site / "documents").mkdir()
    for number, page in enumerate(PAGES):
        (site / "documents" / f"d{number}.html").write_text(document_page(*page))
    (site / "search.html").write_text(
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Search</title>'
        f'{search.SEARCH_HEAD_HTML}</head><body><main><div id="search"></div></main>'
        f'{search.SEARCH_SCRIPT_HTML}</body></html>')
    build_search_index(site, size=PART)
    with served(site, "titles-server") as url:
        yield url


def holding(*words: str) -> list[str]:
    """The pages whose title or text holds each word (a word beginning with it), in date order."""
    return [f"d{number}" for number, (_, title, text) in enumerate(PAGES)
            if all(re.search(rf"\b{word}", f"{title} {text}", re.IGNORECASE) for word in words)]


def found(page, url: str, term: str) -> tuple[str, list[str]]:
    """The search page's message for `term` and the pages of its results, in order."""
    page.goto(url + "search.html")
    page.locator("#search input").first.fill(term)
    page.wait_for_function(f"() => /results? for/i.test("
                           f"document.querySelector('{MESSAGE}')?.textContent ?? '')")
    count = re.match(r"\d+", page.locator(MESSAGE).inner_text().strip())
    page.wait_for_function("([n]) => document.querySelectorAll("
                           "'#search .pagefind-ui__result-link').length >= n",
                           arg=[int(count[0]) if count else 0])
    links = page.eval_on_selector_all("#search .pagefind-ui__result-link",
                                      "links => links.map(a => a.getAttribute('href'))")
    return (page.locator(MESSAGE).inner_text().strip(),
            [re.search(r"(d\d)\.html", link)[1] for link in links])


@pytest.mark.parametrize("term, words", [
    ("Note Havana", ("note", "havana")),      # the earliest, d1, says "Note" in its title alone
    ("Address Cuba", ("address", "cuba")),    # the address, by its title
    ("notes havana", ("note", "havana")),     # a title's word found by its stem
    ("Question Havana", ("question", "havana")),  # a speaker's label: d2's "QUESTION"
])
def test_a_word_in_the_earliest_title_or_label_alone_is_found(page, titles_url, term, words):
    wanted = holding(*words)
    _, _, text = PAGES[int(wanted[0][1:])]
    prose = re.sub(r"<h3.*?</h3>", "", text)
    assert not re.search(rf"\b{words[0]}", prose, re.I), "the earliest is to hold it in no prose"
    plural = "s" if len(wanted) > 1 else ""
    assert found(page, titles_url, term) == (f"{len(wanted)} result{plural} for {term}", wanted)


def test_a_title_word_standing_in_for_a_word_the_edition_lacks_finds_nothing(page, titles_url):
    """"Notebook" no page holds: Pagefind answers with "Note", in the second part in the
    title of its earliest page alone (d3); that is a stand-in all the same."""
    assert not holding("notebook") and holding("note")
    assert found(page, titles_url, "Notebook") == ("No results for Notebook", [])


def test_a_filter_leaving_a_page_found_by_its_title_keeps_the_part(page, titles_url):
    """With the type "note" chosen, the one result is d1, which says "Note" in its title alone:
    its part's result and counts stay."""
    page.goto(titles_url + "search.html")
    counts = page.evaluate("""async () => {
      const pagefind = await import("./pagefind/pagefind.js");
      const found = await pagefind.search("Note Havana", {filters: {type: "note"}});
      const counted = Object.entries(found.totalFilters.type).filter(([, count]) => count);
      return [found.results.length, Object.fromEntries(counted)];
    }""")
    assert counts == [1, {"note": 1, "news": 1}], counts
