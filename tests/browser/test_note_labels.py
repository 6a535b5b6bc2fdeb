"""Notes beside printed note numbers (`tei.notes`): the list shows the letter the text's
marker shows. The seeds have no printed numbers, so such a list is put into a document page,
styled by the site's own style sheet."""

from __future__ import annotations

from .conftest import MEMO

MARKERS_JS = """() => {
  const list = document.createElement("ol");
  list.className = "footnotes";
  list.innerHTML = '<li id="fn3" value="3">Printed.</li>'
                 + '<li id="note-2" value="1" class="lettered">Ours.</li>'
                 + '<li id="note-3" value="2" class="lettered">Ours too.</li>';
  document.querySelector(".text").append(list);
  return [...list.children].map(li => getComputedStyle(li).listStyleType);
}"""


def test_the_editions_own_notes_are_lettered_in_the_list(page, base_url):
    page.goto(f"{base_url}documents/{MEMO}.html")
    assert page.evaluate(MARKERS_JS) == ["decimal", "lower-alpha", "lower-alpha"]
