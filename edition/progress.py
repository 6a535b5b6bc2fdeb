"""Progress of a build on stderr (`encoding 1000/10000`), and the time each stage took.

On a terminal the count is rewritten in place a few times a second; otherwise (a log, a CI
job) one line is printed when a stage ends, and only for builds of `MIN_DOCUMENTS` or more.
Nothing of this goes into the site.
"""

from __future__ import annotations

import sys
import time
from contextlib import contextmanager
from typing import Iterator, TextIO

MIN_DOCUMENTS = 50
"""Builds of fewer sources print no progress unless asked to (`Settings.progress`)."""
REFRESH = 0.2
"""Seconds between two rewrites of the count on a terminal."""


class Progress:
    """Stage timings (`timings`, wall seconds; `work`, CPU seconds summed over workers) and
    their display."""

    def __init__(self, stream: TextIO | None = None, shown: bool = False) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.shown = shown
        self.timings: dict[str, float] = {}
        self.work: dict[str, float] = {}
        self._stage, self._total, self._done, self._last = "", 0, 0, 0.0

    @property
    def live(self) -> bool:
        return self.shown and self.stream.isatty()

    @contextmanager
    def stage(self, name: str, total: int = 0) -> Iterator["Progress"]:
        """Time the stage `name` of `total` items (0: not counted); say when it ends."""
        self._stage, self._total, self._done = name, total, 0
        start = time.perf_counter()
        try:
            yield self
        finally:
            elapsed = time.perf_counter() - start
            self.timings[name] = self.timings.get(name, 0.0) + elapsed
            self._end(elapsed)

    def advance(self, count: int = 1) -> None:
        """`count` more items of the current stage are done."""
        self._done += count
        now = time.perf_counter()
        if self.live and (now - self._last >= REFRESH or self._done == self._total):
            self._last = now
            self.stream.write(f"\r{self._stage} {self._done}/{self._total}")
            self.stream.flush()

    def add_work(self, name: str, seconds: float) -> None:
        """CPU seconds a worker spent in step `name` (summed over all workers)."""
        self.work[name] = self.work.get(name, 0.0) + seconds

    def _end(self, elapsed: float) -> None:
        if not self.shown:
            return
        count = f" {self._done}/{self._total}" if self._total else ""
        prefix = "\r" if self.live else ""
        self.stream.write(f"{prefix}{self._stage}{count}: {elapsed:.1f} s\n")
        self.stream.flush()
