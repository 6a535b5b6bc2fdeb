"""The published site as a reader's browser shows it: line links, search, accessibility, no-JS.

URL scheme (relative to the site root): `documents/<id>.html` with one element `id="L{n}"` per
numbered line whose text names its citation ("line 40"), `search.html` with Pagefind's UI in
`<div id="search">`, `persons/index.html`, `persons/<id>.html`, `chronology.html`, `about.html`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from .conftest import MEMO, TELEGRAM
from .helpers import (IN_VIEWPORT_JS, SCROLL_SETTLED_JS, document_url, format_violations,
                      result_documents, search)

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
TEI = {"t": "http://www.tei-c.org/ns/1.0"}

# For every numbered line (id="L{n}"), the computed properties a highlight can change.
LINE_STYLES_JS = """() => {
  const props = ["background-color", "background-image", "outline-style", "outline-color",
                 "box-shadow", "border-left-color", "border-left-width", "color", "font-weight"];
  const out = {};
  for (const el of document.querySelectorAll("[id^='L']")) {
    if (!/^L[0-9]+$/.test(el.id)) continue;
    const style = getComputedStyle(el);
    out[el.id] = props.map(p => style.getPropertyValue(p)).join("|");
  }
  return out;
}"""


def line_styles(page) -> dict[str, str]:
    return page.evaluate(LINE_STYLES_JS)


def changed_lines(page, baseline: dict[str, str], expected: set[str]) -> set[str]:
    """The lines whose style differs from `baseline`, once they settle on `expected` (or 5 s)."""
    try:
        page.wait_for_function(
            """([js, baseline, expected]) => {
                 const now = eval(js)();
                 const changed = Object.keys(now).filter(id => now[id] !== baseline[id]).sort();
                 return JSON.stringify(changed) === JSON.stringify(expected);
               }""",
            arg=[LINE_STYLES_JS, baseline, sorted(expected)], timeout=5_000)
    except Exception:  # the assertion below tells what was found instead
        pass
    now = line_styles(page)
    return {line for line, style in now.items() if style != baseline.get(line)}


def test_target_line_is_highlighted_and_cites_itself(page, base_url):
    page.goto(document_url(base_url, MEMO))
    baseline = line_styles(page)
    assert "L40" in baseline and "L41" in baseline, "the memorandum has no lines L40, L41"
    page.goto(document_url(base_url, MEMO) + "#L40")
    line = page.locator("#L40")
    assert line.is_visible()
    assert line.evaluate(IN_VIEWPORT_JS), "the page did not scroll to #L40"
    changed = changed_lines(page, baseline, {"L40"})
    assert changed == {"L40"}, f"#L40 should restyle exactly line 40 (:target); restyled: {changed}"
    citation = " ".join((line.text_content() or "").split())
    assert re.search(r"\bline 40\b", citation, re.IGNORECASE), (
        f"the citation text of #L40 does not name 'line 40': {citation!r}")


def test_a_linked_first_line_of_a_turn_lands_with_its_speaker_in_view(page, base_url):
    page.goto(document_url(base_url, MEMO) + "#L41")
    top = page.evaluate("""() => {
      const line = document.getElementById("L41");
      const speaker = line.previousElementSibling;
      return speaker && speaker.matches("h3.speaker") ? speaker.getBoundingClientRect().top : null;
    }""")
    assert top is not None, "L41 is not the first line of a turn any more: pick another line"
    assert top >= 0, f"the speaker of #L41 is {-top:.0f} px above the window"


def test_line_range_highlights_every_line_of_it(page, base_url):
    page.goto(document_url(base_url, MEMO))
    baseline = line_styles(page)
    page.goto("about:blank")
    page.goto(document_url(base_url, MEMO) + "#L12-L15")
    expected = {"L12", "L13", "L14", "L15"}
    changed = changed_lines(page, baseline, expected)
    assert changed == expected, f"#L12-L15 should highlight lines 12 to 15; restyled: {changed}"
    assert page.locator("#L12").evaluate(IN_VIEWPORT_JS), "the page did not scroll to line 12"


def test_search_finds_both_documents(page, base_url):
    search(page, base_url, "Guevara")
    page.wait_for_selector("#search .pagefind-ui__result-link")
    found = result_documents(page, {MEMO, TELEGRAM})
    assert {MEMO, TELEGRAM} <= found, f"search for 'Guevara' found {sorted(found)}"
    link = page.locator("#search .pagefind-ui__result-link").first.get_attribute("href")
    assert "highlight=guevara" in link.lower(), f"result links do not carry ?highlight=: {link}"


def test_search_filter_by_type_leaves_the_telegram(page, base_url):
    search(page, base_url, "Guevara")
    page.wait_for_selector("#search .pagefind-ui__result-link")
    result_documents(page, {MEMO, TELEGRAM})
    telegram = page.locator("#search .pagefind-ui__filter-panel").get_by_role(
        "checkbox", name=re.compile(r"^\s*telegram\b", re.IGNORECASE))
    telegram.check()
    found = result_documents(page, {TELEGRAM})
    assert found == {TELEGRAM}, f"with type = telegram the results are {sorted(found)}"


def test_search_highlights_the_term_on_the_document(page, base_url):
    page.goto(document_url(base_url, TELEGRAM) + "?highlight=Guevara")
    marks = page.locator("mark.pagefind-highlight")
    marks.first.wait_for()
    assert "guevara" in marks.first.inner_text().lower()


def test_a_search_result_lands_on_the_first_hit_in_the_text(page, base_url):
    """The result links to the top of the text (`#text-heading`); the first hit of the word
    there, line 58 of a long memorandum, must come into view without scrolling."""
    page.goto(document_url(base_url, MEMO) + "?highlight=lechuga#text-heading")
    page.locator("mark.pagefind-highlight").first.wait_for()
    page.wait_for_load_state("load")
    page.evaluate(SCROLL_SETTLED_JS)   # the browser's own scroll to #text-heading, then ours
    hit = page.locator("#L58 mark.pagefind-highlight").first
    assert hit.evaluate(IN_VIEWPORT_JS), "the page stayed at the top of the text"


def axe_violations(page, axe_script: Path) -> list[dict]:
    page.add_script_tag(path=str(axe_script))
    result = page.evaluate("tags => axe.run(document, {runOnly: tags})", WCAG_TAGS)
    return result["violations"]


def first_person_page(page, base_url: str) -> str:
    page.goto(f"{base_url}persons/index.html")
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
    people = [h for h in hrefs if re.search(r"/persons/(?!index\.html)[^/#?]+\.html$", h)]
    assert people, "persons/index.html links to no person page"
    return people[0]


@pytest.mark.parametrize("where", [
    "document", "persons/index.html", "person", "search.html", "chronology.html",
    "chronology/1962-11.html", "about.html"])
def test_no_accessibility_violations(page, base_url, axe_script, where):
    if where == "document":
        url = document_url(base_url, MEMO)
    elif where == "person":
        url = first_person_page(page, base_url)
    else:
        url = base_url + where
    page.goto(url)
    if where == "search.html":  # the state a reader sees: results and filters shown
        page.locator("#search input[type=text], #search input[type=search]").first.fill("Guevara")
        page.wait_for_selector("#search .pagefind-ui__result-link")
        result_documents(page, {MEMO, TELEGRAM})
    page.wait_for_load_state("load")
    violations = axe_violations(page, axe_script)
    assert not violations, f"axe found on {url}:\n{format_violations(violations)}"


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def contains_run(haystack: list[str], needle: list[str]) -> bool:
    size = len(needle)
    return any(haystack[i:i + size] == needle for i in range(len(haystack) - size + 1))


def test_document_reads_without_javascript(page_without_js, site_dir, base_url):
    page = page_without_js
    page.goto(document_url(base_url, MEMO) + "#L40")
    tei = etree.parse(str(site_dir / "tei" / f"{MEMO}.xml"))
    numbered = tei.xpath("//t:body//*[@n]", namespaces=TEI)
    for n in ("1", str(len(numbered) // 2), numbered[-1].get("n")):
        line = page.locator(f"#L{n}")
        assert line.is_visible(), f"line {n} is not shown without JavaScript"
        assert len(words(line.inner_text())) >= 2, f"line {n} shows no text without JavaScript"
    shown = words(page.locator("body").inner_text())
    notes = tei.xpath("//t:body//t:note[@type='editorial']", namespaces=TEI)
    assert notes, "the memorandum should have editorial notes"
    for note in notes:
        start = words("".join(note.itertext()))[:6]
        assert contains_run(shown, start), f"note {' '.join(start)!r}... is not shown without JS"
    assert re.search(r"\bline 40\b", page.locator("#L40").inner_text(), re.IGNORECASE), (
        "the citation of the targeted line 40 is not shown without JavaScript")
    cite = page.get_by_text(re.compile(r"\bcite\b", re.IGNORECASE)).first
    assert cite.count() and cite.is_visible(), "no visible citation advice without JavaScript"


def test_no_request_leaves_the_machine(page, base_url, requests_seen):
    for path in ("index.html", f"documents/{MEMO}.html", "persons/index.html",
                 "chronology.html", "about.html", f"xml/{MEMO}.html"):
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
    search(page, base_url, "Guevara")
    page.wait_for_selector("#search .pagefind-ui__result-link")
    page.locator("#search .pagefind-ui__result-link").first.click()
    page.wait_for_load_state("networkidle")
    assert len(requests_seen.urls) > 8
    assert not requests_seen.external(), f"requests left 127.0.0.1: {requests_seen.external()}"
