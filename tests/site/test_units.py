"""Small parts of the renderer: URLs, dates in citations, snippets in context, header texts."""

from __future__ import annotations

import copy
from types import SimpleNamespace

import pytest
from lxml import etree

from edition.collect import _snippet, collect_document
from edition.namespaces import T
from edition.render import cite_data, urls, written_dates
from edition.render.pages import DocumentLink, Pages, environment
from tests.conftest import TEI
from tests.helpers import with_line_break

from .conftest import MEMO


@pytest.mark.parametrize("doc_type, page", [
    ("memorandum of conversation", "types/memorandum-of-conversation.html"),
    # review round 12 (M6): an accented type's page was `types/aide-m-moire.html`
    ("aide-mémoire", "types/aide-memoire.html"),
])
def test_a_type_page_is_named_by_the_types_words(doc_type, page):
    assert urls.type_page(doc_type) == page


def test_relative_links():
    assert urls.relative("persons/x.html", "documents/d.html#L3") == "../documents/d.html#L3"
    assert urls.relative("index.html", "persons/index.html") == "persons/index.html"
    assert urls.relative("documents/d.html", "documents/d.html#L3") == "#L3"
    assert urls.relative("documents/d.html", "documents/e.html") == "e.html"
    assert urls.relative("xml/d.html", "documents/d.html#L2") == "../documents/d.html#L2"
    assert urls.relative("a/b/c.html", "index.html") == "../../index.html"


def test_document_links_are_made_once_for_pages_at_the_same_remove_from_the_documents():
    site = SimpleNamespace(by_id={"d": SimpleNamespace(title="Cuba & Turkey", date="1962-11-05",
                                                        date_end="")})
    pages = Pages(environment(), site, settings=None, writer=None)
    further = [pages.document_links(f"persons/{ident}/mentions-2.html") for ident in "ab"]
    assert further[0] is further[1]  # not one for the folder of each entry's further pages
    assert further[0]["d"] == DocumentLink("../../documents/d.html", "Cuba &amp; Turkey",
                                           "November 5, 1962")
    assert pages.document_links("persons/a.html")["d"].href == "../documents/d.html"
    assert pages.document_links("analytics.html")["d"].href == "documents/d.html"
    assert pages.document_links("chronology/1962-11.html") is pages.document_links("persons/b.html")


def test_citation_dates():
    assert written_dates.long_date("1962-11-05") == "November 5, 1962"
    assert written_dates.mla_date("1962-09-05") == "5 Sept. 1962"
    assert written_dates.long_date("1962") == "1962" and written_dates.long_date("") == "n.d."


def test_bibtex_escapes_special_characters():
    assert cite_data._bibtex_escape("A & B {x} 50%") == r"A \& B x 50\%"


def test_snippet_cuts_at_words():
    text = "word " * 30 + "Mikoyan" + " said" * 30
    start = text.index("Mikoyan")
    snippet = _snippet(text, start, start + 7, "Mikoyan")
    assert snippet.before.startswith("… word") and snippet.before.endswith("word ")
    assert snippet.after.startswith(" said") and snippet.after.endswith("said …")
    assert len(snippet.before) < 70 and len(snippet.after) < 70


WHITE_SPACE = [chr(c) for c in range(0x3001) if chr(c).isspace()]


@pytest.mark.parametrize("space", WHITE_SPACE + ["  ", " \n "], ids=repr)
def test_a_snippet_reads_each_run_of_white_space_as_one_space(space):
    text = f"Cuba{space}and Castro{space}met Mikoyan{space}in{space}Havana"
    start = text.index("Mikoyan")
    snippet = _snippet(text, start, start + 7, "Mikoyan")
    assert (snippet.before, snippet.after) == ("Cuba and Castro met ", " in Havana")


@pytest.mark.parametrize("field, path", [
    ("source", "//t:sourceDesc/t:bibl/t:note[@type='source']"),
    ("summary", "//t:profileDesc/t:abstract"),
])
def test_the_page_reads_a_line_break_in_the_header_as_the_source_does(field, path, documents,
                                                                       corpus):
    """The source statement and summary a page shows and citations give read
    `Russian<lb/>Foreign` as 'Russian Foreign', as DTS and the cited lines do."""
    tei, read = with_line_break(dict(documents)[MEMO], path)
    record = collect_document(MEMO, tei, corpus.registers)[0].record
    assert getattr(record, field) == read


def test_the_source_statement_a_page_shows_keeps_a_stamps_bracket(documents, corpus):
    """A `[Stamp: ...]` in a telegram's source statement is shown and cited with its label, as a
    title's brackets are; read as bare text it gave '... Archive received 20.XI.62'."""
    tei = copy.deepcopy(dict(documents)[MEMO])
    note = tei.xpath("//t:sourceDesc/t:bibl/t:note[@type='source']", namespaces=TEI)[0]
    stamp = etree.SubElement(note, f"{T}stamp", rend="Stamp")
    stamp.text = "received 20.XI.62"
    record = collect_document(MEMO, tei, corpus.registers)[0].record
    assert record.source.endswith("[Stamp: received 20.XI.62]")
