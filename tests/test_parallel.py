"""Work spread over processes: results in input order, and the same site with one job or two."""

from __future__ import annotations

import os
import time

from edition.config import Settings
from edition.diagnostics import Reporter
from edition.parallel import run_tasks, tasks_ahead, worker_count
from edition.pipeline import build
from tests.benchmarks.synthetic import write_corpus
from tests.helpers import site_files

LOADED: list[str] = []


def _start(tag: str) -> None:
    LOADED.append(tag)


def _slow_square(n: int) -> tuple[int, int]:
    time.sleep(0.02 if n % 3 == 0 else 0.0)  # early items finish last
    return n, n * n


def test_results_come_back_in_input_order_whatever_the_scheduling():
    items = list(range(40))
    assert run_tasks(_slow_square, items, 2, _start, ("pool",)) == [(n, n * n) for n in items]


def test_one_job_runs_here_after_the_initializer():
    LOADED.clear()
    assert run_tasks(_slow_square, [3, 1], 1, _start, ("here",)) == [(3, 9), (1, 1)]
    assert LOADED == ["here"]


def test_zero_jobs_means_one_per_core():
    assert worker_count(0) == (os.cpu_count() or 1)
    assert worker_count(3) == 3


def test_two_jobs_build_the_same_site_as_one(tmp_path):
    seeds = tmp_path / "seeds"
    write_corpus(seeds, 8, seed=7)  # 8 documents: enough for a pool (pipeline.MIN_PARALLEL)
    sites = {}
    for jobs in (1, 2):
        out = tmp_path / f"site-{jobs}"
        reporter = Reporter()
        assert build(Settings(seeds=seeds, out=out, jobs=jobs, cache=False), reporter), \
            reporter.sorted()
        sites[jobs] = site_files(out)
    assert len(sites[1]) > 8 * 3
    assert sites[1] == sites[2]


def test_a_task_reports_its_cpu_seconds_not_its_waits(monkeypatch):
    """The benchmark's figures summed over workers are CPU seconds: a task that waits (for a
    core, the disk) reports what it computed, not how long it took."""
    from edition import workers

    monkeypatch.setattr(workers, "render_entry", lambda *args: time.sleep(0.3))
    monkeypatch.setitem(workers._state, "pages", None)
    assert workers.entry_task(("someone", (1,))) < 0.1


def _where(n: int) -> tuple[int, int]:
    return n, os.getpid()


def test_tasks_ahead_run_in_a_worker_while_the_caller_works():
    """`tasks_ahead`: a pool even for one item, begun before the caller's own work (the
    rebuild's loading of the cached parts) and waited for after it; results in input order."""
    with tasks_ahead(_where, [1], 2, _start, ("pool",)) as results:
        assert sum(range(100_000)) > 0  # the caller's own work meanwhile
        assert [(n, pid != os.getpid()) for n, pid in results()] == [(1, True)]
    with tasks_ahead(_slow_square, list(range(20)), 2, _start, ("pool",)) as results:
        assert results() == [(n, n * n) for n in range(20)]


def test_tasks_ahead_with_one_job_run_here_when_asked():
    LOADED.clear()
    with tasks_ahead(_where, [1, 2], 1, _start, ("here",)) as results:
        assert LOADED == []
        assert results() == [(1, os.getpid()), (2, os.getpid())]
    assert LOADED == ["here"]


ENCODERS: dict = {}
"""The file `_recorded_encode` writes to, and the task it records."""


def _recorded_encode(item):
    """`workers.encode_task`, each source's name and the process encoding it written down."""
    with open(ENCODERS["file"], "a", encoding="utf-8") as stream:
        stream.write(f"{item[0].name} {os.getpid()}\n")
    return ENCODERS["task"](item)


def test_a_rebuild_encodes_its_edited_source_in_a_worker(tmp_path, monkeypatch):
    """The source edited since the last build is encoded by a worker, begun before this
    process loads the other sources' cached parts (`pipeline.encode_all`), where there are
    `MIN_PARALLEL` sources or more; the rebuilt site is that of a build without the cache."""
    from edition import workers
    seeds = tmp_path / "seeds"
    sources = write_corpus(seeds, 8, seed=7)
    settings = Settings(seeds=seeds, out=tmp_path / "site", jobs=2)
    assert build(settings, Reporter())
    edited = sources[3]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nA line added.\n", encoding="utf-8")
    encoders = tmp_path / "encoders.txt"
    monkeypatch.setitem(ENCODERS, "file", encoders)
    monkeypatch.setitem(ENCODERS, "task", workers.encode_task)
    monkeypatch.setattr(workers, "encode_task", _recorded_encode)
    reporter = Reporter()
    assert build(settings, reporter), reporter.sorted()
    (name, pid), = [line.split() for line in encoders.read_text(encoding="utf-8").splitlines()]
    assert name == edited.name and int(pid) != os.getpid()
    assert build(Settings(seeds=seeds, out=tmp_path / "full", jobs=2, cache=False), Reporter())
    assert site_files(tmp_path / "site") == site_files(tmp_path / "full")
