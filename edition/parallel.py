"""Work spread over processes: a pool whose initializer loads what every task needs once per worker.

`run_tasks(task, items, jobs, initializer, initargs, progress)` returns the results in the order
of `items`, whatever the scheduling, so builds are deterministic. With one job, or one item, it
runs in this process (after calling the initializer here), without a pool. `tasks_ahead` begins
the same in a pool and lets the caller work while the workers do (a rebuild's edited document
encoded while the other documents' cached parts load).

A signal (`edition.interrupt`) is raised only between two short waits for a result, never inside
the pool's own code; the workers are then killed at once (they may be writing into a staging
folder about to be removed), and the pool winds up.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from typing import Any, Callable, Iterator, Sequence, TypeVar

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
    if workers <= 1 or not _can_fork():
        if items:
            initializer(*initargs)
        return [_advanced(task(item), progress) for item in items]
    return _in_pool(task, _chunks(items, workers), workers, initializer, initargs, progress)


@contextmanager
def tasks_ahead(task: Callable[[T], R], items: Sequence[T], jobs: int,
                initializer: Callable[..., Any], initargs: tuple = (),
                progress: Progress | None = None) -> Iterator[Callable[[], list[R]]]:
    """`run_tasks` begun in worker processes now, in a pool even for one item, while the
    caller does other work: yields the function that waits for the results (in the order of
    `items`). With one job, or without `fork`, the tasks run in this process when that
    function is called. A signal meanwhile is acted on once the caller waits."""
    if not items or worker_count(jobs) <= 1 or not _can_fork():
        yield lambda: run_tasks(task, items, 1, initializer, initargs, progress)
        return
    workers = min(worker_count(jobs), len(items))
    with _pool(task, _chunks(items, workers), workers, initializer, initargs,
               progress) as results:
        yield results


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _chunks(items: Sequence[T], workers: int) -> list[Sequence[T]]:
    chunk = max(1, min(CHUNK, len(items) // (workers * 4)))
    return [items[start:start + chunk] for start in range(0, len(items), chunk)]


def _in_pool(task: Callable[[T], R], chunks: list[Sequence[T]], workers: int,
             initializer: Callable[..., Any], initargs: tuple,
             progress: Progress | None) -> list[R]:
    """The results of `task` over `chunks` of items, each chunk a task of a pool."""
    with _pool(task, chunks, workers, initializer, initargs, progress) as results:
        return results()


@contextmanager
def _pool(task: Callable[[T], R], chunks: list[Sequence[T]], workers: int,
          initializer: Callable[..., Any], initargs: tuple,
          progress: Progress | None) -> Iterator[Callable[[], list[R]]]:
    """A pool of `workers` given `chunks` of items, each chunk a task; yields the function
    that waits for their results. On any exception (a signal among them) the workers are
    killed."""
    with signals_deferred() as check:
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_start_worker,
                                   initargs=(os.getpid(), initializer, initargs))
        try:
            futures = [pool.submit(_run_chunk, task, part) for part in chunks]
            yield lambda: [_advanced(result, progress)
                           for future in futures for result in _result(future, check)]
        except BaseException:
            _stop(pool)
            raise
        pool.shutdown()


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
