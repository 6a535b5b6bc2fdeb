"""An entry's mentions in context are cut into pages between documents; nothing is lost."""

from __future__ import annotations

import posixpath
from pathlib import Path

import pytest

from edition.records import Mentions
from edition.config import Settings
from edition.diagnostics import Reporter
from edition.pipeline import build
from edition.render import indices
from tests.helpers import site_files

from .conftest import ROOT, broken_links, parse
from .helpers import check_html, errors_by_file

ENTRY = "persons/mikoyan-anastas.html"


@pytest.mark.parametrize("counts, sizes", [
    ([], [0]),
    ([3], [1]),
    ([5, 5], [2]),            # the document that reaches the limit ends the page
    ([5, 5, 1], [2, 1]),
    ([12, 1], [1, 1]),        # a document is never split, however long
    ([4, 4, 4, 4], [3, 1]),
])
def test_pages_end_after_the_document_that_reaches_the_limit(monkeypatch, counts, sizes):
    monkeypatch.setattr(indices, "MENTIONS_PER_PAGE", 10)
    mentions = [Mentions("e", f"d{n}", count, 0) for n, count in enumerate(counts)]
    assert indices.mention_pages(mentions) == sizes


def built(out: Path, limit: int, monkeypatch) -> Path:
    monkeypatch.setattr(indices, "MENTIONS_PER_PAGE", limit)
    reporter = Reporter()
    assert build(Settings(seeds=ROOT / "seeds", out=out, jobs=1), reporter), reporter.sorted()
    return out


def lines_in_context(site: Path, first: str) -> list[str]:
    """The targets of the lines in context of an entry, following its pager from `first`."""
    found, page, seen = [], first, set()
    while page and page not in seen:
        seen.add(page)
        tree = parse(site / page)
        folder = posixpath.dirname(page)
        found += [posixpath.normpath(posixpath.join(folder, href))
                  for href in tree.xpath("//a[@class='kwic-line']/@href")]
        following = tree.xpath("(//nav[@class='pager']//a[@rel='next'])[1]/@href")
        page = posixpath.normpath(posixpath.join(folder, following[0])) if following else None
    return found


def test_an_entry_paged_lists_every_mention_of_the_whole_page_in_order(tmp_path, monkeypatch):
    whole = built(tmp_path / "whole", 1_000_000, monkeypatch)
    paged = built(tmp_path / "paged", 3, monkeypatch)
    assert not parse(whole / ENTRY).xpath("//nav[@class='pager']")
    expected = lines_in_context(whole, ENTRY)
    assert len(expected) > 6 and lines_in_context(paged, ENTRY) == expected
    first, second = parse(paged / ENTRY), parse(paged / "persons/mikoyan-anastas/mentions-2.html")
    assert first.xpath("//nav[@class='pager']//a[@rel='next']/@href") == [
        "mikoyan-anastas/mentions-2.html"]  # the seeds: two documents, a page each
    pager = second.xpath("(//nav[@class='pager'])[1]")[0]
    assert pager.xpath("string(.//*[@aria-current='page'])") == "2"
    assert pager.xpath(".//a/@href") == ["../mikoyan-anastas.html"]
    assert pager.xpath(".//a[@rel='prev']/@href") == ["../mikoyan-anastas.html"]
    assert second.xpath("//p[@class='kicker']/a/@href") == ["../mikoyan-anastas.html"]
    assert second.xpath("string(//h1)") == "Mentions of Anastas Ivanovich Mikoyan, page 2 of 2"
    assert broken_links(paged) == []
    paged_pages = [paged / ENTRY, paged / "persons/mikoyan-anastas/mentions-2.html"]
    assert errors_by_file(check_html(paged_pages), paged) == {}


def test_an_unchanged_paged_entry_is_taken_from_the_previous_site(tmp_path, monkeypatch):
    from edition import workers
    site = built(tmp_path / "site", 3, monkeypatch)
    rendered = []
    entry_task = workers.entry_task
    monkeypatch.setattr(workers, "entry_task",
                        lambda item: rendered.append(item) or entry_task(item))
    page = site / "persons" / "mikoyan-anastas" / "mentions-2.html"
    before = page.read_bytes()
    built(site, 3, monkeypatch)
    assert rendered == [] and page.read_bytes() == before
    page.unlink()  # one page of the entry gone: that page is written again, and only it
    built(site, 3, monkeypatch)
    assert rendered == [("mikoyan-anastas", (2,))] and page.read_bytes() == before


def test_an_edit_writes_again_only_the_pages_of_an_entry_that_list_its_document(
        tmp_path, monkeypatch):
    """Pages of 30 lines: an entry named in every document has several; a document's changed
    wording (no mention added) changes the lines in context on the page that lists it."""
    from edition import workers
    from tests.benchmarks.synthetic import write_corpus
    seeds = tmp_path / "seeds"
    sources = write_corpus(seeds, 8, seed=5)
    monkeypatch.setattr(indices, "MENTIONS_PER_PAGE", 30)

    def run(out: Path, **options) -> None:
        reporter = Reporter()
        assert build(Settings(seeds=seeds, out=out, jobs=1, **options), reporter), \
            reporter.sorted()

    run(tmp_path / "site")
    rendered: list[tuple[str, tuple[int, ...]]] = []
    entry_task = workers.entry_task
    monkeypatch.setattr(workers, "entry_task",
                        lambda item: rendered.append(item) or entry_task(item))
    text = sources[4].read_text(encoding="utf-8")
    assert " said " in text
    sources[4].write_text(text.replace(" said ", " stated "), encoding="utf-8")
    run(tmp_path / "site")
    paged = {ident: numbers for ident, numbers in rendered
             if len(list((tmp_path / "site").glob(f"*/{ident}/mentions-*.html"))) >= 2}
    assert paged and all(len(numbers) < 3 for numbers in paged.values()), rendered
    run(tmp_path / "full", cache=False)
    assert site_files(tmp_path / "site") == site_files(tmp_path / "full")
