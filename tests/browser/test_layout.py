"""The document page on a phone (375 px wide) and on paper (print media).

Phone: the page never scrolls sideways (`scrollWidth <= innerWidth`; wide tables and code scroll
inside their own box), the text is at least 16 px, its column at least 280 px wide, and line
numbers do not overlap the text. Print: navigation, the per-line "Cite" widgets, the
BibTeX/CSL-JSON blocks and the previous/next links are hidden; the title, the metadata, every
numbered line with its number, the editorial notes and the Chicago citation are printed.
"""

from __future__ import annotations

import pytest

from .conftest import MEMO, TELEGRAM

PHONE = {"width": 375, "height": 812}
PAGES = ["index.html", "persons/index.html", "persons/mikoyan-anastas.html", "places/index.html",
         "organizations/index.html", "chronology.html", "chronology/1962-11.html", "search.html",
         "about.html",
         "how-to-cite.html", "downloads.html", f"xml/{MEMO}.html"]

TEXT_METRICS_JS = """() => [...document.querySelectorAll(".line")].map(line => {
  const text = line.querySelector(":scope > p, :scope > .note-block, :scope > *:not(.ln):not(details)");
  const number = line.querySelector(":scope > .ln");
  const t = text.getBoundingClientRect(), n = number.getBoundingClientRect();
  return [line.id, parseFloat(getComputedStyle(text).fontSize), t.width,
          n.right <= t.left + 1 || n.bottom <= t.top + 1, t.right <= window.innerWidth + 1];
})"""


@pytest.fixture
def phone(browser, requests_seen):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True,
                                  device_scale_factor=2)
    context.set_default_timeout(10_000)
    try:
        yield context.new_page()
    finally:
        context.close()


def scroll_width(page) -> tuple[int, int]:
    return page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")


@pytest.mark.parametrize("doc_id", [MEMO, TELEGRAM])
def test_document_on_a_phone_has_no_sideways_scrolling_and_readable_text(phone, base_url, doc_id):
    phone.goto(f"{base_url}documents/{doc_id}.html")
    width, viewport = scroll_width(phone)
    assert viewport == 375 and width <= viewport, f"{doc_id} is {width} px wide on a 375 px phone"
    lines = phone.evaluate(TEXT_METRICS_JS)
    assert len(lines) > 10
    small = [(n, size) for n, size, *_ in lines if size < 16]
    narrow = [(n, round(w)) for n, _, w, *_ in lines if w < 280]
    overlapping = [n for n, _, _, apart, _ in lines if not apart]
    cut = [n for n, *_, inside in lines if not inside]
    assert not small, f"text smaller than 16 px: {small[:5]}"
    assert not narrow, f"text column narrower than 280 px: {narrow[:5]}"
    assert not overlapping, f"line numbers overlap the text of {overlapping[:5]}"
    assert not cut, f"text runs past the right edge in {cut[:5]}"


def test_every_page_type_fits_a_phone(phone, base_url):
    wide = []
    for path in PAGES:
        phone.goto(base_url + path)
        width, viewport = scroll_width(phone)
        if width > viewport:
            wide.append(f"{path}: {width} px")
    assert not wide, f"pages that scroll sideways at 375 px: {wide}"


def test_print_shows_text_and_notes_without_navigation_or_widgets(page, base_url):
    page.goto(f"{base_url}documents/{MEMO}.html")
    page.emulate_media(media="print")
    hidden = {"navigation": ".site-header nav", "skip link": ".skip-link",
              "line citation widgets": ".cite-line", "previous/next": ".prev-next",
              "download links": ".document-links", "BibTeX and CSL-JSON": ".citation-data"}
    for what, selector in hidden.items():
        shown = page.locator(selector).evaluate_all(
            "els => els.filter(el => el.checkVisibility()).length")
        assert page.locator(selector).count() and shown == 0, f"{what} ({selector}) is printed"
    for what, selector in {"title": "h1", "metadata": ".metadata", "text": ".text-section",
                           "Chicago citation": "#cite .citation"}.items():
        assert page.locator(selector).first.is_visible(), f"the {what} is not printed"
    lines = page.evaluate("""() => [...document.querySelectorAll(".line")].map(line =>
        [line.id, line.checkVisibility(), line.querySelector(".ln").checkVisibility(),
         line.innerText.trim().length])""")
    assert len(lines) == 103, f"{len(lines)} lines on the page"
    missing = [n for n, visible, number, size in lines if not (visible and number and size > 3)]
    assert not missing, f"lines not printed with their number and text: {missing[:10]}"
    notes = page.locator(".note-block")
    assert notes.count() == 3 and all(notes.nth(i).is_visible() for i in range(3))
    footnotes = page.locator(".notes li")
    assert all(footnotes.nth(i).is_visible() for i in range(footnotes.count()))
    explanation = page.locator(".supplied").first.evaluate(
        "el => { el.focus(); return getComputedStyle(el, '::after').content; }")
    assert explanation in ("none", "normal"), "a focus tooltip would be printed over the text"


def test_explanations_of_brackets_stay_on_a_phone_screen(page, base_url):
    """Focusing `[UN]` near the right edge shows its explanation inside the screen, and the
    page does not scroll sideways while it shows (a narrow window: the mobile emulation of
    `phone` lets the page scale down instead of scrolling)."""
    page.set_viewport_size(PHONE)
    page.goto(f"{base_url}documents/{MEMO}.html")
    marks = page.locator(".supplied, .gap, .gloss, .unclear-mark, time[data-explain]")
    assert marks.count() > 3
    outside = []
    for index in range(marks.count()):
        marks.nth(index).focus()
        width, viewport = scroll_width(page)
        if width > viewport:
            outside.append(f"{marks.nth(index).inner_text()!r}: {width} px")
    assert not outside, f"explanations that widen the 375 px page: {outside[:5]}"


def test_a_tap_on_an_inferred_date_shows_its_explanation_on_a_phone(phone, base_url):
    """A phone has no hover (a `title` tooltip never showed there): a tap focuses the date and
    shows its explanation, in a box at the foot of the screen. (Chromium's touch emulation
    also leaves :hover on the tapped date, so this does not tell the :focus rule from the
    :hover one; the keyboard test in test_keyboard.py does.)"""
    phone.goto(f"{base_url}documents/{MEMO}.html")
    date = phone.locator("time.conjecture").first
    after = "el => getComputedStyle(el, '::after')"
    assert date.evaluate(f"el => ({after})(el).content") in ("none", "normal")
    date.tap()
    assert date.evaluate("el => el === document.activeElement"), "a tap does not focus the date"
    shown = date.evaluate(f"el => {{ const s = ({after})(el); return [s.content, s.position]; }}")
    assert shown == [f'"{date.get_attribute("data-explain")}"', "fixed"]


def test_the_speakers_chart_keeps_readable_labels_on_a_phone(page, base_url):
    """The chart is drawn 700 units wide with 13-unit labels: scaled to a 375 px window they
    were 7 px high. It keeps at least 11 px and scrolls in its own box, not the page."""
    page.set_viewport_size(PHONE)
    page.goto(f"{base_url}documents/{MEMO}.html")
    scale = page.evaluate("""() => {
      const svg = document.querySelector(".speakers svg.chart");
      return svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    }""")
    assert 13 * scale >= 11, f"chart labels {13 * scale:.1f} px high"
    width, viewport = scroll_width(page)
    assert width <= viewport, f"the page is {width} px wide"


@pytest.mark.parametrize("width", [PHONE["width"], 1280])
def test_the_who_speaks_with_whom_grid_keeps_its_drawn_size(page, base_url, width):
    """Scaled to the column, the grid of 47 speakers had labels 4 px high: it keeps the size it
    is drawn at (13-unit labels at 13 px) and scrolls in its own box, not the page."""
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{base_url}analytics.html")
    scale = page.evaluate("""() => {
      const svg = document.querySelector("svg.matrix");
      return svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    }""")
    assert abs(scale - 1) < 0.01, f"the grid is drawn at {scale:.2f} of its size"
    page_width, viewport = scroll_width(page)
    assert page_width <= viewport, f"the page is {page_width} px wide"


GRID_ROWS_JS = """() => {
  const box = document.querySelector("svg.matrix").closest(".chart-scroll");
  const column = box.closest("section").getBoundingClientRect();
  box.scrollIntoView({block: "start"});
  box.scrollLeft = box.scrollWidth;   // to the grid's last column
  const shown = box.getBoundingClientRect();
  const labels = [...box.querySelectorAll("svg text[text-anchor='end']")].map(label => {
    const r = label.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return [label.textContent, r.left >= shown.left - 1 && r.right <= shown.right + 1,
            top !== null && label.contains(top) || top === label];
  });
  return [box.scrollLeft, Math.round(shown.width), Math.round(column.width), labels];
}"""


def test_the_grid_keeps_its_row_labels_in_view_when_it_scrolls_on_a_phone(phone, base_url):
    """At 375 px the grid scrolls in its box, which spans the text column: scrolled to its last
    column, every row is still named, its label in the box and not under a cell."""
    phone.goto(f"{base_url}analytics.html")
    scrolled, box, column, labels = phone.evaluate(GRID_ROWS_JS)
    assert scrolled > 0 and len(labels) == 5, (scrolled, labels)
    assert box >= column - 1, f"the grid's box is {box} px of a {column} px column"
    assert [name for name, inside, _ in labels if not inside] == [], "row labels out of view"
    assert [name for name, _, on_top in labels if not on_top] == [], "row labels under cells"
