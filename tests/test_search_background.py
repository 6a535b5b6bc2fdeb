"""The search index is made by Pagefind while the build writes the rest of the site: it starts
once every document page is written, and a build that fails meanwhile stops it."""

from __future__ import annotations

import pytest

from edition import output
from edition.config import Settings
from edition.diagnostics import Reporter
from edition.pipeline import build
from tests.benchmarks.synthetic import write_corpus


class Recorded(output.SearchIndexer):
    """SearchIndexer that remembers what it found when it started."""

    made: list["Recorded"] = []

    def __init__(self, site_dir, parts, reuse):
        self.pages = sorted(p.name for p in (site_dir / "documents").iterdir())
        super().__init__(site_dir, parts, reuse)
        Recorded.made.append(self)


@pytest.fixture
def recorded(monkeypatch):
    Recorded.made = []
    monkeypatch.setattr(output, "SearchIndexer", Recorded)
    return Recorded.made


def test_pagefind_starts_when_every_document_page_is_written(tmp_path, recorded):
    seeds, out = tmp_path / "seeds", tmp_path / "site"
    sources = write_corpus(seeds, 3, seed=5)
    assert build(Settings(seeds=seeds, out=out, jobs=1), Reporter())
    [indexer] = recorded
    assert indexer.pages == sorted(f"{s.stem}.html" for s in sources)
    assert indexer.indexed == ["000"] and indexer.process.returncode == 0
    assert (out / "pagefind/parts/000/pagefind-entry.json").is_file()


def test_a_build_failing_while_pagefind_runs_stops_it_and_keeps_no_stage(
        tmp_path, recorded, monkeypatch):
    seeds, out = tmp_path / "seeds", tmp_path / "site"
    write_corpus(seeds, 3, seed=5)

    def failing(*args, **kwargs):
        raise RuntimeError("a bug while writing the edition pages")

    monkeypatch.setattr(output, "render_edition_pages", failing)
    with pytest.raises(RuntimeError):
        build(Settings(seeds=seeds, out=out, jobs=1), Reporter())
    [indexer] = recorded
    assert not indexer.thread.is_alive()                # stopped, and waited for
    assert indexer.process is None or indexer.process.returncode is not None
    assert not out.exists() and list(tmp_path.glob(".site.new-*")) == []


def test_a_rebuild_indexes_again_only_the_parts_whose_pages_changed(tmp_path, recorded,
                                                                      monkeypatch):
    from edition import search
    from tests.helpers import edit, site_files
    monkeypatch.setattr(search, "PART_PAGES", 2)
    seeds, out = tmp_path / "seeds", tmp_path / "site"
    sources = write_corpus(seeds, 10, seed=5)
    assert build(Settings(seeds=seeds, out=out, jobs=1), Reporter())
    assert recorded[0].indexed == ["000", "001", "002", "003", "004"]
    before = {p.name: p.read_bytes() for p in (out / "documents").iterdir()}
    inodes = {p: p.stat().st_ino for p in (out / "pagefind" / "parts").rglob("*") if p.is_file()}
    edit(sources[4])
    assert build(Settings(seeds=seeds, out=out, jobs=1), Reporter())
    changed = {name for name, data in before.items()
               if (out / "documents" / name).read_bytes() != data}
    expected = sorted({part.name for part in recorded[1].parts
                       if any(page.rsplit("/", 1)[1] in changed for page in part.pages)})
    assert changed and recorded[1].indexed == expected and len(expected) < 5
    for path, inode in inodes.items():  # the other parts are the previous site's files
        if path.relative_to(out / "pagefind" / "parts").parts[0] not in expected:
            assert path.stat().st_ino == inode, path
    assert build(Settings(seeds=seeds, out=tmp_path / "full", jobs=1, cache=False), Reporter())
    assert site_files(out) == site_files(tmp_path / "full")


def test_an_error_in_the_indexing_thread_fails_the_build(tmp_path, monkeypatch):
    """Not a thread dying quietly, and a site swapped in without its search index."""
    from edition import search

    def broken(bundle):
        raise ValueError("a bug while canonicalizing")

    monkeypatch.setattr(search, "canonicalize_index", broken)
    seeds, out = tmp_path / "seeds", tmp_path / "site"
    write_corpus(seeds, 3, seed=5)
    with pytest.raises(ValueError, match="a bug while canonicalizing"):
        build(Settings(seeds=seeds, out=out, jobs=1), Reporter())
    assert not out.exists() and list(tmp_path.glob(".site.new-*")) == []
