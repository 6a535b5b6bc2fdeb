"""Unchanged documents are linked from the previous site by worker processes, a batch of
documents a task; a document one of whose files fails is rendered again, into new files."""

from __future__ import annotations

import os
import time
from pathlib import Path

from edition import output, workers
from edition.config import Settings
from edition.diagnostics import Reporter
from edition.pipeline import build
from tests.benchmarks.synthetic import write_corpus
from tests.helpers import site_files


def run(seeds: Path, out: Path, **options) -> None:
    reporter = Reporter()
    assert build(Settings(seeds=seeds, out=out, **options), reporter), reporter.sorted()


def test_workers_link_batches_and_a_failed_document_is_rendered_again(tmp_path, monkeypatch):
    seeds, out = tmp_path / "seeds", tmp_path / "site"
    sources = write_corpus(seeds, 10, seed=5)
    run(seeds, out, jobs=2)
    stem_edited, stem_lost = sources[2].stem, sources[6].stem
    time.sleep(0.05)  # file times have a coarse clock: the edit must come a tick later
    edited = sorted((out / "dts" / "document" / stem_edited).glob("*.xml"))[1]
    with open(edited, "ab") as stream:
        stream.write(b"<!-- edited by hand -->\n")
    kept = tmp_path / "kept"
    os.link(edited, kept)
    (out / "dts" / "navigation" / f"{stem_lost}.json").unlink()

    monkeypatch.setattr(output, "LINK_BATCH", 1)
    runs, rendered = [], []
    real_run, render = output.run_tasks, workers.render_task

    def recording(task, items, jobs, *rest):
        runs.append((task.__name__, len(items), jobs))
        return real_run(task, items, jobs, *rest)

    def counting_render(item):
        rendered.append(item[0])
        return render(item)

    monkeypatch.setattr(output, "run_tasks", recording)
    monkeypatch.setattr(workers, "render_task", counting_render)
    run(seeds, out, jobs=2)
    assert ("link_task", 10, 2) in runs
    assert sorted(rendered) == sorted([stem_edited, stem_lost])
    assert kept.read_bytes().endswith(b"<!-- edited by hand -->\n")
    run(seeds, tmp_path / "full", cache=False, jobs=1)
    assert site_files(out) == site_files(tmp_path / "full")


def test_without_hard_links_unchanged_documents_are_copied_with_their_times(tmp_path,
                                                                              monkeypatch):
    seeds, out = tmp_path / "seeds", tmp_path / "site"
    write_corpus(seeds, 3, seed=7)
    run(seeds, out, jobs=1)
    time.sleep(0.05)

    def refused(*args, **kwargs):
        raise PermissionError("links not allowed here")

    rendered = []
    render = workers.render_task
    monkeypatch.setattr(os, "link", refused)
    monkeypatch.setattr(workers, "render_task", lambda item: rendered.append(item[0]) or render(item))
    page = next((out / "documents").glob("*.html"))
    before = page.stat().st_mtime_ns
    for _ in range(2):  # the copies keep their times, so the build after takes them again
        run(seeds, out, jobs=1)
        assert rendered == []
        copy = out / "documents" / page.name
        assert copy.stat().st_nlink == 1 and copy.stat().st_mtime_ns == before
    run(seeds, tmp_path / "full", cache=False, jobs=1)
    assert site_files(out) == site_files(tmp_path / "full")
