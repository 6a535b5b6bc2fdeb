"""Small parts of the renderer: URLs, dates in citations, keyword-in-context snippets."""

from __future__ import annotations

from edition.collect import _snippet
from edition.render import cite, urls


def test_relative_links():
    assert urls.relative("persons/x.html", "documents/d.html#L3") == "../documents/d.html#L3"
    assert urls.relative("index.html", "persons/index.html") == "persons/index.html"
    assert urls.relative("documents/d.html", "documents/d.html#L3") == "#L3"
    assert urls.relative("documents/d.html", "documents/e.html") == "e.html"
    assert urls.relative("xml/d.html", "documents/d.html#L2") == "../documents/d.html#L2"
    assert urls.relative("a/b/c.html", "index.html") == "../../index.html"


def test_citation_dates():
    assert cite.long_date("1962-11-05") == "November 5, 1962"
    assert cite.mla_date("1962-09-05") == "5 Sept. 1962"
    assert cite.long_date("1962") == "1962" and cite.long_date("") == "n.d."


def test_bibtex_escapes_special_characters():
    assert cite._bibtex_escape("A & B {x} 50%") == r"A \& B x 50\%"


def test_snippet_cuts_at_words():
    text = "word " * 30 + "Mikoyan" + " said" * 30
    start = text.index("Mikoyan")
    snippet = _snippet(text, start, start + 7, "Mikoyan")
    assert snippet.before.startswith("… word") and snippet.before.endswith("word ")
    assert snippet.after.startswith(" said") and snippet.after.endswith("said …")
    assert len(snippet.before) < 70 and len(snippet.after) < 70
