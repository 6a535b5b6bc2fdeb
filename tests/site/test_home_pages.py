"""The list of documents on the home page is cut into pages; every document is on one of them."""

from __future__ import annotations

import posixpath
from pathlib import Path

import pytest

from edition.config import Settings
from edition.diagnostics import Reporter
from edition.pipeline import build
from edition.render import doc_lists
from edition.render.pages import counted
from tests.benchmarks.synthetic import write_corpus
from tests.conftest import build_sources, page

from .conftest import broken_links, parse
from .helpers import check_html, errors_by_file


def listed(site: Path) -> tuple[list[str], list[str], list[str]]:
    """The documents the list links to and their dates, following its pager from the home
    page; the pages."""
    found, dates, seen, page = [], [], [], "index.html"
    while page:
        seen.append(page)
        tree = parse(site / page)
        found += [posixpath.normpath(href) for href in
                  tree.xpath("//ol[@class='document-list']/li/h3/a/@href")]
        dates += tree.xpath("//ol[@class='document-list']/li//time/@datetime")
        following = tree.xpath("(//nav[@class='pager']//a[@rel='next'])[1]/@href")
        page = following[0] if following and following[0] not in seen else None
    return found, dates, seen


def test_every_document_is_listed_once_in_order_across_the_pages(tmp_path, monkeypatch):
    monkeypatch.setattr(doc_lists, "HOME_DOCUMENTS", 3)
    seeds, out = tmp_path / "seeds", tmp_path / "site"
    write_corpus(seeds, 7, seed=3)
    reporter = Reporter()
    assert build(Settings(seeds=seeds, out=out, jobs=1), reporter), reporter.sorted()
    found, dates, seen = listed(out)
    assert seen == ["index.html", "index-2.html", "index-3.html"]
    assert sorted(found) == sorted(f"documents/{p.name}" for p in (out / "documents").iterdir())
    assert len(dates) == len(found) and dates == sorted(dates), "listed by date"
    third = parse(out / "index-3.html")
    assert third.xpath("//ol[@class='document-list']/@start") == ["7"]
    assert third.xpath("string(//h2[@id='documents-heading'])") == "Documents in chronological order: 7–7"
    assert third.xpath("string((//nav[@class='pager'])[1]//*[@aria-current='page'])") == "3"
    assert third.xpath("(//nav[@class='pager'])[1]/@aria-label") == ["Pages of documents"]
    assert "7 documents" in parse(out / "index-2.html").xpath("string(//p[@class='lead'])")
    assert broken_links(out) == []
    home_pages = [out / page for page in seen]
    assert errors_by_file(check_html(home_pages), out) == {}


def test_undated_and_timed_documents_are_listed_by_their_day(tmp_path):
    """An undated document reads "undated" (no empty `datetime`, which HTML forbids); a date
    with a time of day is listed and cited by its day, not only its month (the document date
    is the day, the time kept in its date line's words: session 22)."""
    out = build_sources(tmp_path, {
        "undated.txt": page("A.I. MIKOYAN. Yes.", date=""),
        "timed.txt": page(
            "A.I. MIKOYAN. No: on November 5, 1962, 10:21 a.m., again on November 5, 1962, "
            "on November 5, 1962, 10:21–11:02 a.m., and on November 6, 1962, 9:00 a.m.",
            date="Washington, November 5, 1962, 10:21 a.m.")
        .replace("Record ID\n\n1\n", "Record ID\n\n2\n")})
    home, chronology = parse(out / "index.html"), parse(out / "chronology.html")
    for tree in (home, chronology):
        assert tree.xpath("//time[@datetime='']") == []
        assert tree.xpath("//time[@datetime='1962-11-05']/text()") == ["November 5, 1962"]
    assert "undated ·" in home.xpath("string(//ol[@class='document-list'])")
    timed = parse(out / "documents/timed.html")
    assert timed.xpath("//meta[@name='citation_date']/@content") == ["1962/11/05"]
    assert "November 5, 1962" in timed.xpath("string(//section[@id='cite'])")
    month = parse(out / "chronology/1962-11.html")
    assert month.xpath("//h2/@id") == ["d1962-11-05", "d1962-11-06"], "a day once, times or not"
    assert month.xpath("//h2/time/@datetime") == ["1962-11-05", "1962-11-06"]
    assert month.xpath("count(//h2[@id='d1962-11-05']/following-sibling::ul[1]/li)") == 3
    assert "(2 days, 4 dated lines)" in chronology.xpath("string(//ul[@class='months'])")
    assert errors_by_file(check_html([out / "index.html", out / "chronology.html",
                                      out / "chronology/1962-11.html"]), out) == {}


@pytest.mark.parametrize("n, said", [(0, "0 entries"), (1, "1 entry"), (3, "3 entries"),
                                     (1200, "1,200 entries")])
def test_a_count_is_said_with_its_noun_singular_or_plural(n, said):
    """One helper says every count of the pages: documents of a list, days and dated lines of
    the chronology, entries of a register no document names."""
    assert counted(n, "entry", "entries") == said
