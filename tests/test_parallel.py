"""Work spread over processes: results in input order, and the same site with one job or two."""

from __future__ import annotations

import os
import time

from edition.config import Settings
from edition.diagnostics import Reporter
from edition.parallel import run_tasks, worker_count
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
