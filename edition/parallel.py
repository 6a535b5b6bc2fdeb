"""Work spread over processes: a pool whose initializer loads what every task needs once per worker.

`run_tasks(task, items, jobs, initializer, initargs, progress)` returns the results in the order
of `items`, whatever the scheduling, so builds are deterministic. With one job, or one item, it
runs in this process (after calling the initializer here), without a pool.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable, Sequence, TypeVar

from .progress import Progress

T = TypeVar("T")
R = TypeVar("R")
MIN_PARALLEL = 8
"""Fewer items than this are done in the calling process: a pool would cost more than it saves."""
CHUNK = 8
"""Items handed to a worker at a time: fewer round trips, still an even spread."""


def worker_count(jobs: int) -> int:
    """`Settings.jobs` as a number of processes: 0 means one per core."""
    return jobs if jobs > 0 else (os.cpu_count() or 1)


def run_tasks(task: Callable[[T], R], items: Sequence[T], jobs: int,
              initializer: Callable[..., Any], initargs: tuple = (),
              progress: Progress | None = None) -> list[R]:
    """`[task(item) for item in items]`, spread over up to `jobs` workers (0 = all cores)."""
    workers = min(worker_count(jobs), len(items))
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        if items:
            initializer(*initargs)
        return [_advanced(task(item), progress) for item in items]
    context = multiprocessing.get_context("fork")
    chunk = max(1, min(CHUNK, len(items) // (workers * 4)))
    with ProcessPoolExecutor(workers, mp_context=context, initializer=initializer,
                             initargs=initargs) as pool:
        return [_advanced(result, progress)
                for result in pool.map(task, items, chunksize=chunk)]


def _advanced(result: R, progress: Progress | None) -> R:
    if progress is not None:
        progress.advance()
    return result
