"""Ctrl-C or SIGTERM stops a build promptly: exit 130 or 143, one line saying so, no traceback, no
process left (workers, Pagefind), no staging folder, the previous site as it was.

Each build encodes the seeds and the dev corpus's sources (`--no-cache --jobs 2`, so that its
stages run in worker pools). It stops itself (SIGSTOP) at the moment under test: its first
result of a stage done by a pool (the workers are alive), or Pagefind just started (stopped
too, so that it is still there however fast it would index). The test signals the build while
it stands still and then lets it go on (SIGCONT), so the signal lands at that moment however
slowly the machine runs: waiting for a line of `--progress` raced the build's last
quarter-second on a loaded machine.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DEV_CORPUS, ROOT, SEEDS, build_py, seeds_with
from tests.helpers import leftovers, snapshot, soon

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")

MESSAGE = "interrupted; the previous site is unchanged"
PAUSED = """
import os, signal, subprocess, sys
from edition import progress
from edition.cli import main

moment = sys.argv.pop(1)
pause = lambda: os.kill(os.getpid(), signal.SIGSTOP)
if moment == "pagefind":
    class Started(subprocess.Popen):
        def __init__(self, command, *args, **options):
            super().__init__(command, *args, **options)
            if "--site" in command:   # Pagefind indexing: it waits, stopped, for the build
                os.kill(self.pid, signal.SIGSTOP)
                pause()
    subprocess.Popen = Started
else:
    advance, paused = progress.Progress.advance, []
    def advanced(self, count=1):
        advance(self, count)
        if self._stage == moment and not paused:
            paused.append(pause())
    progress.Progress.advance = advanced
sys.exit(main(sys.argv[1:]))
"""
"""`build.py` that stops itself at a moment: its first result of a stage ("encoding",
"rendering documents": a pool's workers alive), or "pagefind" (Pagefind started)."""


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path, dict[str, str]]:
    """A seeds folder of 21 sources, and the site built from it, with its snapshot."""
    folder = tmp_path_factory.mktemp("interrupt")
    seeds = seeds_with(folder, *sorted(DEV_CORPUS.glob("*/*.txt")))
    site = folder / "site"
    done = build_py(*options(seeds, site))
    assert done.returncode == 0, done.stderr[-3000:]
    return seeds, site, snapshot(site)


def options(seeds: Path, site: Path) -> list[str]:
    return ["--seeds", str(seeds), "--out", str(site), "--no-cache", "--jobs", "2",
            "--provisional-speakers"]


def group_members(group: int) -> list[str]:
    """The processes of process group `group` that are not zombies: their command names."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue  # it ended meanwhile
        name, fields = text[text.index("(") + 1:text.rindex(")")], text[text.rindex(")") + 2:]
        state, _, pgrp = fields.split()[:3]
        if int(pgrp) == group and state != "Z":
            found.append(name)
    return found


def stopped(pid: int) -> bool:
    stat = Path(f"/proc/{pid}/stat").read_text()
    return stat[stat.rindex(")") + 2] == "T"


def paused_at(moment: str, seeds: Path, site: Path) -> subprocess.Popen:
    """The build, in a process group of its own (as a terminal runs it), stopped at `moment`."""
    process = subprocess.Popen([sys.executable, "-c", PAUSED, moment, *options(seeds, site)],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True, start_new_session=True)
    if not soon(lambda: process.poll() is not None or stopped(process.pid), 120):
        os.killpg(process.pid, signal.SIGKILL)
        raise AssertionError(f"the build never reached {moment!r}")
    assert process.poll() is None, f"the build ended before {moment!r}: {process.stderr.read()}"
    return process


@pytest.mark.parametrize("moment, signum, to_group", [
    ("encoding", signal.SIGINT, True),                # a pool encoding
    ("rendering documents", signal.SIGTERM, False),   # the main process only (workers die
                                                      # with it, see the test below)
    ("pagefind", signal.SIGINT, True),
    ("pagefind", signal.SIGTERM, False),
])
def test_a_signal_stops_the_build_and_leaves_the_previous_site(built, moment, signum, to_group):
    seeds, site, before = built
    process = paused_at(moment, seeds, site)
    try:
        members = group_members(process.pid)
        assert "pagefind" in members if moment == "pagefind" else len(members) >= 3, members
        (os.killpg if to_group else os.kill)(process.pid, signum)
        os.kill(process.pid, signal.SIGCONT)   # the build only: a stopped Pagefind it does
        stderr = process.communicate(timeout=60)[1]   # not stop stays, and fails the test
    except (AssertionError, subprocess.TimeoutExpired) as failure:
        os.killpg(process.pid, signal.SIGKILL)   # no stopped build left behind
        raise AssertionError(f"{signum.name} at {moment!r}: {failure}") from None
    try:
        assert process.returncode == 128 + signum, stderr[-3000:]
        assert stderr.rstrip().endswith(MESSAGE) and "Traceback" not in stderr, stderr[-3000:]
        assert soon(lambda: group_members(process.pid) == [], 10), group_members(process.pid)
    finally:
        kill_group(process.pid)
    assert [name for name in leftovers(site.parent) if ".new-" in name] == []
    assert snapshot(site) == before


def test_workers_die_with_a_killed_build(built):
    seeds, site, _ = built
    process = paused_at("encoding", seeds, site)
    try:
        assert len(group_members(process.pid)) >= 3   # the build and its two workers
        process.kill()  # SIGKILL: no handler runs, no cleanup
        process.wait(timeout=30)
        assert soon(lambda: group_members(process.pid) == [], 10), group_members(process.pid)
    finally:
        kill_group(process.pid)
        process.stderr.close()


def kill_group(group: int) -> None:
    """What is left of a process group (a stopped Pagefind the build failed to stop)."""
    try:
        os.killpg(group, signal.SIGKILL)
    except ProcessLookupError:
        pass


def test_a_signal_during_the_swap_is_ignored_and_the_build_finishes(tmp_path, monkeypatch):
    """Once the new site is being swapped in, "the previous site is unchanged" would be false."""
    from edition.cli import main
    from edition.write import SiteWriter
    commit = SiteWriter.commit

    def signalled(writer: SiteWriter, keep: Path | None = None) -> None:
        os.kill(os.getpid(), signal.SIGINT)
        commit(writer, keep)

    monkeypatch.setattr(SiteWriter, "commit", signalled)
    site = tmp_path / "site"
    before = signal.getsignal(signal.SIGINT)   # SIG_IGN where pytest runs in the background
    assert main(["--seeds", str(SEEDS), "--out", str(site), "--no-cache", "--jobs", "1"]) == 0
    assert (site / "index.html").is_file()
    assert signal.getsignal(signal.SIGINT) is before  # handed back


def test_a_signal_as_pagefind_starts_stops_it(tmp_path, monkeypatch):
    """Between Pagefind's start and the build holding it, a signal would leave it running."""
    import threading

    from edition import output
    from edition.cli import main
    start_search = output.start_search

    def signalled(*args):
        search = start_search(*args)
        os.kill(os.getpid(), signal.SIGINT)
        return search

    monkeypatch.setattr(output, "start_search", signalled)
    site = tmp_path / "site"
    assert main(["--seeds", str(SEEDS), "--out", str(site), "--no-cache", "--jobs", "1"]) == 130
    assert [t for t in threading.enumerate() if t.name == "pagefind"] == []
    assert not site.exists() and leftovers(tmp_path) == []
