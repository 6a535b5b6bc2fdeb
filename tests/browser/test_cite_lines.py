"""Citing a line from its "Cite" box: the Copy button that lines.js adds, with and without the
Clipboard API; and the box without JavaScript (the citation shown, no dead button)."""

from __future__ import annotations

import pytest

from .conftest import MEMO

CITATION = "#L40 details.cite-line > p"


def open_cite_box(page, base_url: str) -> str:
    """The citation text of line 40, its "Cite" box opened."""
    page.goto(f"{base_url}documents/{MEMO}.html#L40")
    page.locator("#L40 details.cite-line > summary").click()
    citation = page.locator(CITATION).inner_text()
    assert ", line 40, " in citation and citation.endswith(f"{MEMO}.html#L40.")
    return citation


def test_copy_puts_the_citation_of_the_line_on_the_clipboard(page, base_url):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url[:-1])
    citation = open_cite_box(page, base_url)
    button = page.get_by_role("button", name="Copy the citation of line 40")
    status = page.locator("#L40 [role='status']")
    assert status.inner_text() == ""
    button.click()
    page.wait_for_function("el => el.textContent === 'Copied'", arg=status.element_handle())
    assert status.is_visible()
    assert page.evaluate("() => navigator.clipboard.readText()") == citation


@pytest.mark.parametrize("copies, told", [
    ("true", "Copied"), ("false", "Selected: press Ctrl+C (⌘C on a Mac) to copy")])
def test_copy_without_the_clipboard_api_selects_the_citation(copies, told, page, base_url):
    """An old browser or a page not served securely: the citation is selected (and copied by
    execCommand where that still works), and the reader is told which."""
    page.add_init_script("Object.defineProperty(navigator, 'clipboard', {value: undefined});"
                         f"document.execCommand = () => {copies};")
    citation = open_cite_box(page, base_url)
    page.get_by_role("button", name="Copy the citation of line 40").click()
    status = page.locator("#L40 [role='status']")
    page.wait_for_function("el => el.textContent !== ''", arg=status.element_handle())
    assert status.inner_text() == told
    assert page.evaluate("() => window.getSelection().toString()").strip() == citation


def test_without_javascript_the_citation_is_shown_and_no_button_is(page_without_js, base_url):
    page = page_without_js
    open_cite_box(page, base_url)
    assert page.locator(CITATION).is_visible()
    assert page.locator("#L40 button").count() == 0


def test_a_range_in_the_address_gets_the_citation_of_its_lines(page, base_url):
    """`#L40-L42` highlights the lines and gives the first a "Cite lines 40–42" box: the line's
    citation with the range, its address, today's date of access and a Copy button; another
    address takes it away."""
    page.goto(f"{base_url}documents/{MEMO}.html#L40-L42")
    box = page.locator("#L40 details.cite-range")
    assert box.get_attribute("open") is not None
    assert box.locator("summary").inner_text() == "Cite lines 40–42"
    citation = box.locator("p").inner_text()
    line = page.locator("#L40 details.cite-line:not(.cite-range) > p").text_content()
    assert ", lines 40–42, " in citation and citation.endswith(f"{MEMO}.html#L40-L42.")
    assert citation.split(", lines 40–42, ")[0] == line.split(", line 40, ")[0]
    assert "Month Day, Year" not in citation and "accessed " in citation
    assert page.get_by_role("button", name="Copy the citation of lines 40–42").count() == 1
    assert page.locator(".line.hl").count() == 3
    page.evaluate("() => { window.location.hash = '#L41-L43'; }")
    page.wait_for_selector("#L41 details.cite-range")
    assert page.locator("details.cite-range").count() == 1
