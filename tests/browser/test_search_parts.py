"""The search over an index in parts, in Chromium: one result list in date order, summed filters.

A hand-made site of 24 document pages is indexed in parts of 5 pages (`build_search_index`)
and served from a subfolder. Each page names the searched word a different number of times,
so that results sorted by score (Pagefind's own `mergeIndex`) would come in another order.
"""

from __future__ import annotations

import re

import pytest

from edition import search
from edition.search import build_search_index

from .helpers import served

PAGES = 24
PART = 5
TYPES = ("memorandum", "telegram", "letter", "minutes")
RESULTS_A_PAGE = 10
"""`pageSize` of the search page's script."""


def document_page(number: int) -> str:
    """Every page says "missiles"; the even ones also "Cuba" and name Castro, the odd Kennedy;
    the first alone says "Cubanization", after an item mark "(b)"."""
    lines = "".join(f'<p id="L{n}">{"missiles " * ((number * 7 + n) % 5 + 1)}line {n} of '
                    f'{number}{" Cuba" if number % 2 == 0 else ""}</p>' for n in range(1, 4))
    lines += '<p id="L4">(b) Cubanization</p>' if number == 0 else ""
    person = "Castro" if number % 2 == 0 else "Kennedy"
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>D{number}</title>'
            f'<meta data-pagefind-meta="title[content]" content="Document {number}">'
            f'<meta data-pagefind-filter="type[content]" content="{TYPES[number % 4]}">'
            f'<meta data-pagefind-filter="person[content]" content="{person}">'
            f'<meta data-pagefind-sort="date[content]" content="1962-{number // 12 + 10}-'
            f'{number % 12 + 1:02d}"></head><body><main data-pagefind-body>'
            f'<h1>Document {number}</h1>{lines}</main></body></html>')


@pytest.fixture(scope="module")
def parts_url(tmp_path_factory):
    root = tmp_path_factory.mktemp("search-parts")
    site = root / "edition"
    (site / "documents").mkdir(parents=True)
    for number in range(PAGES):
        (site / "documents" / f"d{number:02d}.html").write_text(document_page(number))
    (site / "search.html").write_text(
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Search</title>'
        f'{search.SEARCH_HEAD_HTML}</head><body><main><div id="search"></div></main>'
        f'{search.SEARCH_SCRIPT_HTML}</body></html>')
    build_search_index(site, size=PART)
    with served(root, "parts-server") as url:
        yield site, f"{url}edition/"


def shown(page) -> list[str]:
    return page.eval_on_selector_all(
        "#search .pagefind-ui__result-link",
        "links => links.map(a => a.getAttribute('href'))")


def message(page, pattern: str) -> str:
    page.wait_for_function(
        "([p]) => { const m = document.querySelector('#search .pagefind-ui__message');"
        " return m && new RegExp(p).test(m.textContent.trim()); }", arg=[pattern])
    return page.locator("#search .pagefind-ui__message").inner_text().strip()


def load_all(page, count: int) -> list[str]:
    """The links of all `count` results, shown `RESULTS_A_PAGE` at a time ("Load more")."""
    wanted = min(count, RESULTS_A_PAGE)
    while True:
        page.wait_for_function("([n]) => document.querySelectorAll("
                               "'#search .pagefind-ui__result-link').length >= n", arg=[wanted])
        if wanted == count:
            return shown(page)
        page.locator("#search .pagefind-ui__button").click()
        wanted = min(count, wanted + RESULTS_A_PAGE)


def test_the_index_has_one_bundle_a_part(parts_url):
    site, _ = parts_url
    listing = (site / "pagefind" / "parts.json").read_text()
    assert listing == '{"parts": ["000", "001", "002", "003", "004"]}'
    for name in ("pagefind.js", "pagefind-ui.js", "pagefind-ui.css", "pagefind-highlight.js"):
        assert (site / "pagefind" / name).is_file(), name
    assert not list((site / "pagefind" / "parts").glob("*/pagefind-ui.js"))


def test_results_of_all_parts_come_in_date_order(page, parts_url):
    _, url = parts_url
    page.goto(url + "search.html")
    page.locator("#search input").first.fill("missiles")
    assert message(page, r"^\d+ results? for missiles$") == f"{PAGES} results for missiles"
    links = load_all(page, PAGES)
    numbers = [int(re.search(r"d(\d+)\.html", link)[1]) for link in links]
    assert numbers == list(range(PAGES)), f"results out of date order: {numbers}"
    assert all(link.startswith("/edition/documents/") and "highlight=missiles" in link
               for link in links), links[:3]


def test_filter_counts_are_summed_over_the_parts(page, parts_url):
    _, url = parts_url
    page.goto(url + "search.html")
    page.locator("#search input").first.fill("missiles")
    message(page, r"^\d+ results? for missiles$")
    telegram = page.locator("#search .pagefind-ui__filter-panel").get_by_role(
        "checkbox", name=re.compile(r"^\s*telegram\b", re.IGNORECASE))
    try:  # the counts are shown as the parts answer
        page.wait_for_function(
            "([n]) => [...document.querySelectorAll('#search .pagefind-ui__filter-panel label')]"
            ".some(l => l.textContent.trim() === `telegram (${n})`)", arg=[PAGES // 4])
    except Exception:  # the assertion tells what was shown instead
        pass
    labels = page.locator("#search .pagefind-ui__filter-panel label").all_inner_texts()
    assert f"telegram ({PAGES // 4})" in [label.strip() for label in labels], labels
    telegram.check()
    message(page, rf"^{PAGES // 4} results for missiles$")   # waits for it, else fails
    numbers = [int(re.search(r"d(\d+)\.html", link)[1]) for link in load_all(page, PAGES // 4)]
    assert numbers == [n for n in range(PAGES) if TYPES[n % 4] == "telegram"]


def test_a_word_one_part_holds_is_not_stood_in_for_by_the_others(page, parts_url):
    """The parts without "Cubanization" would answer with their "Cuba" (Pagefind shortens a term
    no word begins with to the longest beginning that is a word): their results and counts are
    left out."""
    _, url = parts_url
    page.goto(url + "search.html")
    page.locator("#search input").first.fill("Cubanization")
    assert message(page, r"^\d+ results? for Cubanization$") == "1 result for Cubanization"
    assert [re.search(r"d(\d+)\.html", link)[1] for link in load_all(page, 1)] == ["00"]
    labels = page.locator("#search .pagefind-ui__filter-panel label").all_inner_texts()
    assert f"{TYPES[0]} (1)" in [label.strip() for label in labels], labels


def test_a_word_no_part_holds_finds_nothing(page, parts_url):
    """Not the item mark "(b)", which Pagefind takes for "Blumenkohl" (review round 9)."""
    _, url = parts_url
    page.goto(url + "search.html")
    page.locator("#search input").first.fill("Blumenkohl")
    assert message(page, r"results? for Blumenkohl$") == "No results for Blumenkohl"


def test_a_part_a_filter_leaves_no_result_is_judged_without_it(page, parts_url):
    """With "telegram" chosen no page holds "Cubanization" (the first is a memorandum): the
    counts beside the other types still count only the page that holds it."""
    _, url = parts_url
    page.goto(url + "search.html")
    counts = page.evaluate("""async () => {
      const pagefind = await import("./pagefind/pagefind.js");
      const found = await pagefind.search("Cubanization", {filters: {type: "telegram"}});
      const counted = Object.entries(found.totalFilters.type).filter(([, count]) => count);
      return [found.results.length, Object.fromEntries(counted)];
    }""")
    assert counts == [0, {TYPES[0]: 1}], counts


def test_only_the_type_filter_is_open_and_no_person_without_results_is_listed(page, parts_url):
    """A long list of persons (a hundred in a corpus of twenty documents) would push the results
    screens down on a phone: it starts closed, and lists only persons in the results."""
    _, url = parts_url
    page.goto(url + "search.html")
    page.locator("#search input").first.fill("cuba")
    message(page, rf"^{PAGES // 2} results for cuba$")
    page.wait_for_function("() => document.querySelectorAll("
                           "'#search .pagefind-ui__filter-panel details').length >= 2")
    opened = page.eval_on_selector_all(
        "#search .pagefind-ui__filter-panel details",
        "blocks => blocks.map(b => [b.querySelector('summary').textContent.trim(), b.open])")
    assert dict(opened) == {"Type": True, "Person": False}, opened
    people = page.locator("#search .pagefind-ui__filter-panel details:not([open]) label")
    assert [label.strip() for label in people.all_text_contents()] == [f"Castro ({PAGES // 2})"]


def test_a_part_asks_for_its_first_results_data_together(page, parts_url):
    """Whether a part holds the terms is judged by the words of its first three results: their
    fragments are fetched at once, not each after the one before it has come."""
    _, url = parts_url
    events: list[tuple[str, str]] = []
    fragment = re.compile(r"/parts/(\d+)/fragment/")
    page.on("request", lambda request: events.append(("asked", request.url)))
    page.on("requestfinished", lambda request: events.append(("came", request.url)))
    page.goto(url + "search.html")
    page.locator("#search input").first.fill("missiles")
    message(page, r"^\d+ results? for missiles$")
    first = [(what, link) for what, link in events
             if (found := fragment.search(link)) and found[1] == "000"]
    asked_before_one_came = next(n for n, (what, _) in enumerate(first) if what == "came")
    assert asked_before_one_came == 3, first
