"""A search result leads to the line of its hits, says which, and the page shows the hit there.

A phrase leads to the line holding its words together, loose words to the first line holding
all of them; the lines expected are read from the built page (XPath), not written down.
"""

from __future__ import annotations

from pathlib import Path

from lxml import html

from .conftest import MEMO
from .helpers import IN_VIEWPORT_JS, SCROLL_SETTLED_JS, document_url, search

LOWER = "translate(normalize-space(.), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"


def lines_holding(site_dir: Path, *texts: str) -> list[str]:
    """The ids of the numbered lines of the memorandum whose text holds every one of `texts`."""
    page = html.parse(str(site_dir / "documents" / f"{MEMO}.html"))
    holds = " and ".join(f"contains({LOWER}, '{text}')" for text in texts)
    return page.xpath(f"//div[@data-pagefind-body]//*[starts-with(@id, 'L')][{holds}]/@id")


def memo_result(page, base_url: str, term: str):
    """The link and excerpt of the memorandum's result for `term`."""
    search(page, base_url, term)
    result = page.locator("#search .pagefind-ui__result-inner").filter(
        has=page.locator(f":scope > .pagefind-ui__result-title a[href*='{MEMO}']")).first
    result.wait_for()
    return (result.locator(":scope > .pagefind-ui__result-title a"),
            result.locator(":scope > .pagefind-ui__result-excerpt"))


def hit_in_view(page, line: str, word: str) -> bool:
    """Whether, once the opened page has stopped scrolling, the hit `word` of `line` is in view."""
    page.locator("mark.pagefind-highlight").first.wait_for()   # on the opened page: then
    page.wait_for_load_state("load")                           # its load, which scrolls
    page.evaluate(SCROLL_SETTLED_JS)
    hit = page.locator(f"#{line} mark.pagefind-highlight", has_text=word).first
    return hit.evaluate(IN_VIEWPORT_JS)


def assert_result_leads_to(page, base_url: str, term: str, line: str, word: str) -> None:
    """The memorandum's result for `term` links `line`, its excerpt names it, and opening it
    shows the hit `word` there."""
    link, excerpt = memo_result(page, base_url, term)
    assert link.get_attribute("href").endswith(f"#{line}")
    assert excerpt.inner_text().startswith(f"Line {line[1:]}:"), excerpt.inner_text()
    link.click()
    assert hit_in_view(page, line, word), f"the hit of {term} in {line} is off-screen"


def turn_ends(site_dir: Path) -> list[tuple[str, str, str]]:
    """(id, last two words, the next turn's label) of each last line of a turn of the memorandum
    that another turn follows, where those two words, letters only (the sentence's period
    apart), are in that line alone."""
    page = html.parse(str(site_dir / "documents" / f"{MEMO}.html"))
    found = []
    for turn in page.xpath("//section[@class='sp'][following-sibling::*[1][@class='sp']]"):
        line = turn.xpath("div[@class='line'][last()]")[0]
        words = [word.rstrip(".,;:!?") for word in line.xpath("string(p)").split()[-2:]]
        if len(words) == 2 and all(w.isalpha() for w in words) \
                and lines_holding(site_dir, " ".join(words).lower()) == [line.get("id")]:
            label = turn.xpath("string(following-sibling::section[1]/h3)")
            found.append((line.get("id"), " ".join(words), " ".join(label.split())))
    return found


def test_an_excerpt_ends_with_its_line_not_in_the_next_speaker_label(page, base_url, site_dir):
    """Review 8 (S9): "Because the Turks— BUNDY.": the excerpt ran on into the label of the
    next turn, which stands between two lines."""
    line, words, label = turn_ends(site_dir)[0]
    link, excerpt = memo_result(page, base_url, f'"{words}"')
    assert link.get_attribute("href").endswith(f"#{line}")
    assert words in excerpt.inner_text() and label not in excerpt.inner_text(), \
        excerpt.inner_text()


def test_a_phrase_leads_to_the_line_of_the_phrase(page, base_url, site_dir):
    phrase_line = lines_holding(site_dir, "coordinated declaration")[0]
    assert lines_holding(site_dir, "declaration")[0] != phrase_line, "pick another phrase"
    assert_result_leads_to(page, base_url, '"coordinated declaration"', phrase_line, "coordinated")


def test_loose_words_lead_to_the_first_line_holding_all_of_them(page, base_url, site_dir):
    both = lines_holding(site_dir, "lechuga", "thant")[0]
    assert lines_holding(site_dir, "thant")[0] != both, "pick other words"
    assert_result_leads_to(page, base_url, "Lechuga Thant", both, "Thant")


def test_a_page_opened_with_the_words_of_a_phrase_shows_them_together(page, base_url, site_dir):
    """Without a line in the address, the words next to each other come before a line that
    holds them apart, and before a lone one."""
    phrase_line = lines_holding(site_dir, "important point")[0]
    assert lines_holding(site_dir, "important", "point")[0] != phrase_line, "pick another phrase"
    page.goto(document_url(base_url, MEMO) + "?highlight=important&highlight=point")
    assert hit_in_view(page, phrase_line, "important"), "the page did not go to the phrase"


def test_what_only_a_screen_reader_hears_is_not_searched(page, base_url, site_dir):
    """The explanations a screen reader hears beside the text ("tomorrow (November 6, 1962,
    inferred by the encoder)") are no words of the document: searching them finds nothing, and
    no excerpt shows them."""
    assert lines_holding(site_dir, "inferred by the encoder"), "pick a word of the explanations"
    memo_result(page, base_url, '"the protocol"')   # phrases are searched, and found
    search(page, base_url, '"inferred by the encoder"')
    message = page.locator("#search .pagefind-ui__message")
    message.wait_for()
    page.wait_for_function("() => /results? for/i.test("
                           "document.querySelector('#search .pagefind-ui__message').textContent)")
    assert message.inner_text().lower().startswith("no results"), message.inner_text()
