"""Peak memory of a process tree (this process and every descendant), sampled from /proc.

The build forks workers and runs Pagefind beside them, so no one process's peak tells what
the build needs: `TreeMemory` sums the proportional set size (PSS: a page shared by n
processes counts 1/n in each) of the whole tree every `interval` seconds, from a thread, and
keeps the largest sum with what each process held at that moment. Linux only; elsewhere the
peak stays None.
"""

from __future__ import annotations

import os
import threading


def descendants(pid: int) -> list[int]:
    """The processes started by `pid` and by theirs, from any of their threads."""
    found = []
    try:
        threads = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for thread in threads:
        try:
            with open(f"/proc/{pid}/task/{thread}/children") as stream:
                children = [int(child) for child in stream.read().split()]
        except OSError:
            continue
        for child in children:
            found += [child, *descendants(child)]
    return found


def pss_mib(pid: int) -> float:
    """The proportional set size of `pid` in MiB; 0 when it has ended."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as stream:
            for line in stream:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def name(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/comm") as stream:
            return stream.read().strip()
    except OSError:
        return "?"


class TreeMemory:
    """`with TreeMemory() as tree: ...`, then `tree.peak` (MiB) and `tree.at_peak`."""

    def __init__(self, interval: float = 0.5) -> None:
        self.interval, self.peak, self.at_peak = interval, None, ""
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> "TreeMemory":
        if os.path.exists(f"/proc/{os.getpid()}/smaps_rollup"):
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def _sample(self) -> None:
        while not self._stop.wait(self.interval):
            held = [(name(pid), pss_mib(pid))
                    for pid in [os.getpid(), *descendants(os.getpid())]]
            total = sum(mib for _, mib in held)
            if self.peak is None or total > self.peak:
                self.peak = total
                self.at_peak = " + ".join(f"{who} {mib:.0f}" for who, mib in held if mib)
