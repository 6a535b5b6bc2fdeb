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

    def __init__(self, site_dir):
        self.pages = sorted(p.name for p in (site_dir / "documents").iterdir())
        super().__init__(site_dir)
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
    assert indexer.process.returncode == 0 and (out / "pagefind/pagefind-entry.json").is_file()


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
    assert indexer.process.returncode is not None     # stopped, and waited for
    assert not out.exists() and list(tmp_path.glob(".site.new-*")) == []
