"""Work spread over processes: a pool whose initializer loads what every task needs once per worker.

`run_tasks(task, items, jobs, initializer, initargs, progress)` returns the results in the order
of `items`, whatever the scheduling, so builds are deterministic. With one job, or one item, it
runs in this process (after calling the initializer here), without a pool.

A signal (`edition.interrupt`) is raised only between two short waits for a result, never inside
the pool's own code; the workers are then killed at once (they may be writing into a staging
folder about to be removed), and the pool winds up.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor, wait
from typing import Any, Callable, Sequence, TypeVar

from .interrupt import signals_deferred, worker_signals
from .progress import Progress

T = TypeVar("T")
R = TypeVar("R")
MIN_PARALLEL = 8
"""Fewer items than this are done in the calling process: a pool would cost more than it saves."""
CHUNK = 8
"""Items handed to a worker at a time: fewer round trips, still an even spread."""
POLL = 0.1
"""Seconds between two looks for a signal while waiting for a worker's result."""


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
    chunk = max(1, min(CHUNK, len(items) // (workers * 4)))
    chunks = [items[start:start + chunk] for start in range(0, len(items), chunk)]
    return _in_pool(task, chunks, workers, initializer, initargs, progress)


def _in_pool(task: Callable[[T], R], chunks: list[Sequence[T]], workers: int,
             initializer: Callable[..., Any], initargs: tuple,
             progress: Progress | None) -> list[R]:
    """The results of `task` over `chunks` of items, each chunk a task of a pool."""
    with signals_deferred() as check:
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_start_worker,
                                   initargs=(os.getpid(), initializer, initargs))
        try:
            futures = [pool.submit(_run_chunk, task, part) for part in chunks]
            results = [_advanced(result, progress)
                       for future in futures for result in _result(future, check)]
        except BaseException:
            _stop(pool)
            raise
        pool.shutdown()
    return results


def _start_worker(parent: int, initializer: Callable[..., Any], initargs: tuple) -> None:
    worker_signals(parent)
    initializer(*initargs)


def _run_chunk(task: Callable[[T], R], chunk: Sequence[T]) -> list[R]:
    return [task(item) for item in chunk]


def _result(future: Future, check: Callable[[], None]) -> list:
    """The future's result, looking for a signal (`check`) every `POLL` seconds meanwhile."""
    while not wait([future], POLL).done:
        check()
    return future.result()


def _stop(pool: ProcessPoolExecutor) -> None:
    """Kill the workers, then let the pool, which finds them dead, wind up. The pool keeps no
    public list of its processes: `_processes` is the one its own cleanup uses."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        process.kill()
    for process in processes:   # dead, so none writes into the staging folder being removed
        process.join()
    pool.shutdown()


def _advanced(result: R, progress: Progress | None) -> R:
    if progress is not None:
        progress.advance()
    return result
