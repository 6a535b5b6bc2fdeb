"""Ctrl-C and SIGTERM: a build stops at once, tidily, says so, and its workers stop with it.

`stop_on_signals()` (the command line, around a build) makes SIGINT and SIGTERM raise
`Interrupted` in the main process, once: the cleanup it sets off (the staging folder removed,
Pagefind and the workers stopped) is not itself cut short by a second Ctrl-C. Inside
`signals_deferred()` a signal is only noted, and raised by its `check` or at the block's end:
for code that must never be cut at an arbitrary point, such as starting, waiting for or shutting
down a process pool (an exception inside `concurrent.futures` left it broken or hanging).
`ignore_signals()`: from the site's swap on, the build is past stopping, and finishes.

Workers (`worker_signals`) ignore SIGINT, which a terminal sends to the whole process group: the
main process decides. They die with the main process (Linux `PR_SET_PDEATHSIG`, elsewhere a
thread that watches the parent), so that a killed build leaves none behind.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from contextlib import contextmanager
from typing import Callable, Iterator

SIGNALS = (signal.SIGINT, signal.SIGTERM)
PR_SET_PDEATHSIG = 1


class Interrupted(KeyboardInterrupt):
    """The build was stopped by a signal; `exit_code` is 128 + its number, as shells say."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.exit_code = 128 + signum


class _State:
    owner = 0
    """The pid of the process whose signals raise `Interrupted` (0: none)."""
    deferred = 0
    pending = 0
    stopping = False
    """A signal was raised, or the build is past stopping: later signals are ignored."""


def _on_signal(signum: int, frame: object) -> None:
    if os.getpid() != _State.owner:  # a worker forked before `worker_signals` ran in it
        if signum != signal.SIGINT:
            os._exit(128 + signum)
        return
    if _State.stopping:
        return
    if _State.deferred:
        _State.pending = _State.pending or signum
        return
    _raise(signum)


def _raise(signum: int) -> None:
    _State.stopping, _State.pending = True, 0
    raise Interrupted(signum)


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """SIGINT and SIGTERM raise `Interrupted` within the block (in the main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    before = {signum: signal.getsignal(signum) for signum in SIGNALS}
    _State.owner, _State.deferred, _State.pending, _State.stopping = os.getpid(), 0, 0, False
    for signum in SIGNALS:
        signal.signal(signum, _on_signal)
    try:
        yield
    finally:
        _State.owner = 0
        for signum, handler in before.items():
            signal.signal(signum, handler)


def _check() -> None:
    if _State.pending and not _State.stopping:
        _raise(_State.pending)


@contextmanager
def signals_deferred() -> Iterator[Callable[[], None]]:
    """A signal within the block is raised only by the `check` it gives, or when it ends."""
    _State.deferred += 1
    try:
        yield _check
    finally:
        _State.deferred -= 1
    if not _State.deferred:
        _check()


def ignore_signals() -> None:
    """The build is past stopping (the new site is being swapped in): it finishes."""
    _State.stopping = True


def worker_signals(parent: int) -> None:
    """In a worker of process `parent`: SIGINT ignored, SIGTERM kills, and dies with `parent`."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if not _killed_with_parent():
        threading.Thread(target=_watch, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # it died before this process asked to die with it
        os._exit(1)


def _killed_with_parent() -> bool:
    """Ask Linux to SIGKILL this process when its parent (the thread that forked it) ends."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return False
    return prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)
