"""Ctrl-C or SIGTERM stops a build promptly: exit 130 or 143, one line saying so, no traceback, no
process left (workers, Pagefind), no staging folder, the previous site as it was.

Each build encodes the seeds and the dev corpus's sources (`--no-cache --jobs 2`, so that its
stages run in worker pools) and is signalled at a moment it reports or that can be seen: its
workers running (`/proc`), a stage ended (`--progress` prints one line a stage).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DEV_CORPUS, ROOT, SEEDS
from tests.test_kill import leftovers, snapshot, soon

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")

MESSAGE = "interrupted; the previous site is unchanged"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path, dict[str, str]]:
    """A seeds folder of 21 sources, and the site built from it, with its snapshot."""
    folder = tmp_path_factory.mktemp("interrupt")
    seeds = folder / "seeds"
    shutil.copytree(SEEDS, seeds)
    for source in sorted(DEV_CORPUS.glob("*/*.txt")):
        shutil.copy(source, seeds / source.name)
    site = folder / "site"
    done = subprocess.run(command(seeds, site), cwd=ROOT, capture_output=True, text=True,
                          check=False, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return seeds, site, snapshot(site)


def command(seeds: Path, site: Path) -> list[str]:
    return [sys.executable, str(ROOT / "build.py"), "--seeds", str(seeds), "--out", str(site),
            "--no-cache", "--jobs", "2", "--provisional-speakers", "--progress"]


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


def start(seeds: Path, site: Path) -> subprocess.Popen:
    """The build, in a process group of its own (as a terminal runs it)."""
    return subprocess.Popen(command(seeds, site), cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)


def wait_for(process: subprocess.Popen, moment: str) -> list[str]:
    """Wait for `moment`: "workers" (two workers run), or a stage's name (it ended); the
    lines of stderr read meanwhile."""
    lines: list[str] = []
    if moment == "workers":
        assert soon(lambda: len(group_members(process.pid)) >= 3, 60), "no workers ran"
        return lines
    for line in process.stderr:
        lines.append(line)
        if line.startswith(moment):
            return lines
    raise AssertionError(f"the build ended before {moment!r}: {''.join(lines)[-2000:]}")


@pytest.mark.parametrize("moment, signum, to_group", [
    ("workers", signal.SIGINT, True),                      # encoding, in a pool
    ("encoding", signal.SIGINT, True),                     # rendering, in pools
    ("rendering register entries", signal.SIGINT, True),   # Pagefind running
    ("rendering register entries", signal.SIGTERM, False),  # the main process only
])
def test_a_signal_stops_the_build_and_leaves_the_previous_site(built, moment, signum, to_group):
    seeds, site, before = built
    process = start(seeds, site)
    said = wait_for(process, moment)
    (os.killpg if to_group else os.kill)(process.pid, signum)
    try:
        said.append(process.communicate(timeout=30)[1])
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        raise AssertionError(f"the build hung after {signum.name} at {moment!r}")
    stderr = "".join(said)
    assert process.returncode == 128 + signum, stderr[-3000:]
    assert stderr.rstrip().endswith(MESSAGE) and "Traceback" not in stderr, stderr[-3000:]
    assert group_members(process.pid) == []
    assert [name for name in leftovers(site.parent) if ".new-" in name] == []
    assert snapshot(site) == before


def test_workers_die_with_a_killed_build(built):
    seeds, site, _ = built
    process = start(seeds, site)
    wait_for(process, "workers")
    process.kill()  # SIGKILL: no handler runs, no cleanup
    process.wait(timeout=30)
    try:
        assert soon(lambda: group_members(process.pid) == [], 10), group_members(process.pid)
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.stderr.close()


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
    assert main(["--seeds", str(SEEDS), "--out", str(site), "--no-cache", "--jobs", "1"]) == 0
    assert (site / "index.html").is_file()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # handed back


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
