"""The cyclic garbage collector kept off the corpus, which a build loads once and holds to its end.

An incremental build of 10,000 documents holds about 1.2 million records from the cache (see
`records.Record`). Python's collector walks every object it tracks at each full collection, so
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
    """No collection while many objects that form no cycle are made (unpickling the results,
    collecting the site model). Afterwards they are not left to the young generations, which
    would walk them all at their next collections (0.6 s after the results of 10,000
    documents loaded): they go to the oldest, or, inside `kept_from_collector`, join what it
    keeps."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        settle()
        if enabled:
            gc.enable()


def settle() -> None:
    """What is alive moves to the oldest generation (`freeze` then `unfreeze` hands it back
    there); inside `kept_from_collector`, it stays kept instead."""
    kept = gc.get_freeze_count()
    gc.freeze()
    if not kept:
        gc.unfreeze()


@contextmanager
def kept_from_collector() -> Iterator[None]:
    """What is alive on entry (the corpus) is not walked again until the block ends; then it is
    handed back to the collector, so that a process running several builds frees each one."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def keep_what_is_alive() -> None:
    """Inside `kept_from_collector`: what is alive now joins what the block keeps from the
    collector until it ends. For what a build loads within the block, such as the pages of
    the previous site and every document's published record: with those and the site model
    left to it, the collector walked them at each of the eight full collections of an
    incremental rebuild at 10,000 documents, 0.16 to 0.28 s each."""
    gc.freeze()


def leave_to_exit() -> None:
    """The process ends: what is left, garbage or not, is not walked and freed object by object
    (the system takes the memory back at once). Only for the command line, just before it exits."""
    gc.freeze()
