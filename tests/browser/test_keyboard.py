"""A document page by keyboard alone: Tab order, visible focus, the skip link, explanations.

The tabbable elements of a page are, in document order, the links with an href, buttons,
inputs, `<summary>` of a `<details>`, and elements with `tabindex >= 0`, when rendered (not in
a closed `<details>`, not `display: none` or `visibility: hidden`). Tab must reach each of them
once, in that order, and each must then look different from its unfocused self (outline,
box-shadow, background or text decoration).
"""

from __future__ import annotations

import pytest

from .conftest import MEMO, TELEGRAM

TABBABLE_JS = """() => {
  const selector = "a[href], button, input, select, textarea, summary, [tabindex]";
  const rendered = el => {
    for (let node = el; node && node !== document; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.display === "none") return false;
      const details = node.parentElement && node.parentElement.closest("details");
      if (details && !details.open && !(node.tagName === "SUMMARY" && node.parentElement === details))
        return false;
    }
    return getComputedStyle(el).visibility !== "hidden";
  };
  const found = [...document.querySelectorAll(selector)].filter(el =>
    !el.disabled && el.tabIndex >= 0 && el.getAttribute("tabindex") !== "-1" &&
    (el.tagName !== "SUMMARY" || el.parentElement.tagName === "DETAILS") && rendered(el));
  found.forEach((el, i) => { el.dataset.kbd = String(i); });
  return found.length;
}"""

LOOK_JS = """el => {
  const s = getComputedStyle(el);
  return ["outline-style", "outline-width", "outline-color", "box-shadow", "background-color",
          "text-decoration-line", "color"].map(p => s.getPropertyValue(p)).join("|");
}"""

UNFOCUSED_JS = f"""() => {{
  const look = {LOOK_JS};
  return [...document.querySelectorAll("[data-kbd]")].map(el => look(el));
}}"""

ACTIVE_JS = f"""() => {{
  const el = document.activeElement;
  if (!el || el === document.body || el.dataset.kbd === undefined)
    return [null, el ? el.tagName + (el.id ? "#" + el.id : "") : null, ""];
  return [Number(el.dataset.kbd), el.outerHTML.slice(0, 120), ({LOOK_JS})(el)];
}}"""


def document_url(base_url: str, doc_id: str) -> str:
    return f"{base_url}documents/{doc_id}.html"


@pytest.mark.parametrize("doc_id", [TELEGRAM, MEMO])
def test_tab_reaches_every_interactive_element_in_order_with_visible_focus(page, base_url, doc_id):
    page.goto(document_url(base_url, doc_id))
    count = page.evaluate(TABBABLE_JS)
    assert count > 20, f"only {count} tabbable elements on {doc_id}"
    unfocused = page.evaluate(UNFOCUSED_JS)
    reached, invisible = [], []
    for _ in range(count):
        page.keyboard.press("Tab")
        index, html, look = page.evaluate(ACTIVE_JS)
        reached.append(index)
        if index is None:
            break
        if look == unfocused[index]:
            invisible.append(html)
    assert reached == list(range(count)), (
        f"Tab order on {doc_id}: reached {reached[:12]}... ({len(reached)} steps), "
        f"expected 0..{count - 1}; first wrong step {next(i for i, r in enumerate(reached) if r != i)}")
    assert not invisible, f"{len(invisible)} elements show no focus style: {invisible[:5]}"


def test_skip_link_is_first_and_moves_focus_to_main(page, base_url):
    page.goto(document_url(base_url, MEMO))
    page.keyboard.press("Tab")
    skip = page.evaluate("() => [document.activeElement.className, "
                         "document.activeElement.getBoundingClientRect().top]")
    assert skip[0] == "skip-link", f"the first Tab focuses {skip[0]!r}, not the skip link"
    assert skip[1] >= 0, "the focused skip link is not on screen"
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement && document.activeElement.id === 'main'",
                           timeout=5_000)
    page.keyboard.press("Tab")
    inside = page.evaluate("() => !!document.activeElement.closest('main') && "
                           "!document.activeElement.closest('.site-header')")
    assert inside, "after the skip link, Tab does not continue inside <main>"


@pytest.mark.parametrize("selector, says", [(".supplied[tabindex='0']", "added"),
                                             ("time.conjecture[tabindex='0']", "inferred")])
def test_explained_text_explains_itself_on_focus(page, base_url, selector, says):
    """[supplied] text and a date the encoder inferred: reached by Tab, they show why."""
    page.goto(document_url(base_url, MEMO))
    marked = page.locator(selector).first
    explanation = marked.get_attribute("data-explain")
    assert explanation and says in explanation
    after = "el => getComputedStyle(el, '::after').content"
    assert marked.evaluate(after) in ("none", "normal", ""), "explanation shown before focus"
    page.evaluate(TABBABLE_JS)
    target = int(marked.get_attribute("data-kbd"))
    for _ in range(target + 1):  # reach it by keyboard, as a reader would
        page.keyboard.press("Tab")
    assert marked.evaluate("el => el === document.activeElement"), f"Tab did not reach {selector}"
    assert marked.evaluate(after) == f'"{explanation}"'
    box = marked.evaluate("""el => { const r = el.getBoundingClientRect();
                             return [r.bottom, window.innerHeight]; }""")
    assert box[0] < box[1], f"the focused {selector} is not scrolled into view"


def test_explained_text_inside_a_link_explains_itself_when_the_link_has_the_focus(page, base_url):
    """In a link (a name holding [supplied] text), the link takes the focus, not the text: the
    explanation shows then. The seeds have no such name, so one is put into the page."""
    page.goto(document_url(base_url, MEMO))
    page.evaluate("""() => { const p = document.querySelector('.text .line > p');
      p.insertAdjacentHTML('beforeend', ' <a id="in-link" class="name name-person" href="#">'
        + '<span class="supplied" data-explain="added by the editors">[Fidel]</span> Castro</a>'); }""")
    supplied = page.locator("#in-link .supplied")
    after = "el => getComputedStyle(el, '::after').content"
    assert supplied.evaluate(after) in ("none", "normal", "")
    page.locator("#in-link").focus()
    assert supplied.evaluate(after) == '"added by the editors"'
