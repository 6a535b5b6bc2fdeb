"""A line break inside a word (TEI `lb break="no"`, HTML `span.lb-hyphen`) as a browser shows it:
the word is broken over two lines with a hyphen, yet its text, selected or copied, is whole.

The built site has no such break (no foreign TEI among the seeds), so one is put into a line of
a document page, styled by the site's own style sheet."""

from __future__ import annotations

from .conftest import MEMO

BROKEN_WORD_JS = """() => {
  const p = document.querySelector(".text .line > p");
  p.innerHTML = 'the sen<span class="lb-hyphen"></span>tence';
  const [before, , after] = p.childNodes;
  const top = node => { const r = document.createRange(); r.selectNodeContents(node);
                        return r.getClientRects()[0].top; };
  const selection = window.getSelection();
  selection.selectAllChildren(p);
  return {text: p.innerText, selected: selection.toString(),
          hyphen: getComputedStyle(p.querySelector(".lb-hyphen"), "::after").content,
          newLine: top(after) > top(before)};
}"""


def test_a_word_broken_over_two_lines_shows_a_hyphen_and_reads_whole(page, base_url):
    page.goto(f"{base_url}documents/{MEMO}.html")
    shown = page.evaluate(BROKEN_WORD_JS)
    assert shown["hyphen"].startswith('"-')
    assert shown["newLine"] is True
    assert (shown["text"], shown["selected"]) == ("the sentence", "the sentence")


def test_a_word_whose_source_keeps_its_hyphen_shows_only_that_one(page, base_url):
    page.goto(f"{base_url}documents/{MEMO}.html")
    shown = page.evaluate(BROKEN_WORD_JS.replace('sen<span class="lb-hyphen">',
                                                 'Wort-<span class="lb-join">')
                                        .replace('".lb-hyphen"', '".lb-join"'))
    assert not shown["hyphen"].startswith('"-')
    assert shown["newLine"] is True
    assert shown["text"] == "the Wort-tence"
