"""The document page on paper: a turn runs on from page to page, each line number stands
beside the first line of its text, and the text speaks of no button that paper has not."""

from __future__ import annotations

import re

import pytest

from .conftest import MEMO, TELEGRAM

NUMBER_OFFSETS_JS = """() => [...document.querySelectorAll(".line")].map(line => {
  const number = document.createRange();
  number.selectNodeContents(line.querySelector(":scope > .ln").lastChild);
  const text = line.querySelector(":scope > :not(.ln):not(details)");
  const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
  let node = walker.nextNode();
  while (node && !node.data.trim()) { node = walker.nextNode(); }
  const first = document.createRange(), at = node.data.search(/\\S/);
  first.setStart(node, at);
  first.setEnd(node, at + 1);
  return [line.id, number.getBoundingClientRect().bottom - first.getBoundingClientRect().bottom];
})"""
"""Each line's id and how far below its text's first character the bottom of its number is."""


def pdf_pages(page) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", page.pdf(format="A4")))


@pytest.mark.parametrize("doc_id", [MEMO, TELEGRAM])
def test_every_line_number_prints_beside_the_first_line_of_its_text(page, base_url, doc_id):
    page.goto(f"{base_url}documents/{doc_id}.html")
    page.emulate_media(media="print")
    offsets = page.evaluate(NUMBER_OFFSETS_JS)
    assert len(offsets) > 10
    below = [(n, round(px)) for n, px in offsets if abs(px) > 3]
    assert not below, f"line numbers not on the first line of their text: {below[:5]}"


def test_a_turn_runs_on_to_the_next_page(page, base_url):
    """Kept whole, a long turn went to the next page and left the one before half empty (the
    memorandum took 21 pages): turns break as paragraphs do, and the memorandum prints on
    fewer pages than with every turn kept whole."""
    page.goto(f"{base_url}documents/{MEMO}.html")
    page.emulate_media(media="print")
    breaks = page.locator(".sp").evaluate_all(
        "turns => [...new Set(turns.map(t => getComputedStyle(t).breakInside))]")
    assert breaks == ["auto"]
    pages = pdf_pages(page)
    page.add_style_tag(content="@media print { .sp { break-inside: avoid; } }")
    assert pages < pdf_pages(page)


@pytest.mark.parametrize("media, shown, hidden", [
    ("screen", "every line has a “Cite” button beside it", "in the margin"),
    ("print", "with its number in the margin, for example line 1: add #L1 to the page’s "
              "address below to point at it; a range", "“Cite” button"),
])
def test_the_citation_advice_speaks_of_what_the_medium_has(page, base_url, media, shown,
                                                            hidden):
    page.goto(f"{base_url}documents/{MEMO}.html")
    page.emulate_media(media=media)
    advice = page.locator("#cite > p").first.inner_text()
    assert shown in advice and hidden not in advice, advice
