"""The cyclic garbage collector kept off the corpus, which a build loads once and holds to its end.

An incremental build of 10,000 documents holds about 1.2 million records from the cache (see
`collect.Record`). Python's collector walks every object it tracks at each full collection, so
with the corpus in reach it ran 5.0 s of the rebuild (1.1 s of that while the results were
unpickled), and the collection at exit took 5 s more. Paused while the results load, and the
corpus kept out of its reach afterwards (`gc.freeze`), the same rebuild took 26 s instead of
33 to 36 s, with the same peak memory (449 MiB): objects whose reference count drops to zero,
nearly all, are freed as before.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def collector_paused() -> Iterator[None]:
    """No collection while many objects that form no cycle are made (unpickling the results)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def kept_from_collector() -> Iterator[None]:
    """What is alive on entry (the corpus) is not walked again until the block ends; then it is
    handed back to the collector, so that a process running several builds frees each one."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def leave_to_exit() -> None:
    """The process ends: what is left, garbage or not, is not walked and freed object by object
    (the system takes the memory back at once). Only for the command line, just before it exits."""
    gc.freeze()
