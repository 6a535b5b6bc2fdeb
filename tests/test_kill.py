"""Killing the build at any moment never leaves a broken site: it is the old one or the new one, whole.

`python build.py` is killed (SIGKILL, with its worker processes) after random delays while it
rebuilds a site from changed sources; after each kill `site/` must hold exactly the files and
bytes of the previous site or of the new one. The next build must succeed and remove the
staging folders (`.site.new-*`, `.site.old-*`) the killed builds left behind.
`EDITION_KILL_SEED=n` replays one sequence of delays.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from edition.cache import BuildCache
from edition.write import SITE_MARK, SiteWriter, remove_leftovers
from tests.conftest import ROOT, SEEDS
from tests.helpers import leftovers, snapshot, soon

TELEGRAM = "1962-11-19-telegram-mikoyan-cc-cpsu.txt"
ATTEMPTS = 4


def build_command(seeds: Path, out: Path) -> list[str]:
    return [sys.executable, str(ROOT / "build.py"), "--seeds", str(seeds), "--out", str(out)]


def build(seeds: Path, out: Path) -> float:
    start = time.monotonic()
    result = subprocess.run(build_command(seeds, out), cwd=ROOT, capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    return time.monotonic() - start


def killed_build(seeds: Path, out: Path, delay: float) -> None:
    """Start a build and SIGKILL its whole process group after `delay` seconds."""
    process = subprocess.Popen(build_command(seeds, out), cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        pass
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait(timeout=60)


def seeds_version(folder: Path, version: int) -> None:
    """The seeds folder with the telegram in version 1 or 2 (2 adds a paragraph and a word)."""
    text = (SEEDS / TELEGRAM).read_text(encoding="utf-8")
    if version == 2:
        text = text.replace("They did not argue with that.",
                            "They did not argue with that at all.\n\nA new paragraph.")
    (folder / TELEGRAM).write_text(text, encoding="utf-8")


def no_leftovers_soon(parent: Path, keep: tuple[str, ...] = ()) -> bool:
    """True once the folders of `parent` beside the site are only `keep`."""
    return soon(lambda: leftovers(parent) == sorted(keep))


def test_a_killed_build_leaves_the_old_site_or_the_new_one(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("persons.xml", "places.xml", "organizations.xml", "edition.toml"):
        shutil.copy(SEEDS / name, seeds / name)
    site, reference = tmp_path / "site", tmp_path / "reference"
    seeds_version(seeds, 2)
    build(seeds, reference)
    versions = {2: snapshot(reference)}
    seeds_version(seeds, 1)
    duration = build(seeds, site)
    versions[1] = snapshot(site)
    assert versions[1] != versions[2] and versions[1]
    rng = random.Random(int(os.environ.get("EDITION_KILL_SEED", time.time_ns() % 10_000)))
    current, seen = 1, []
    for attempt in range(ATTEMPTS):
        target = 3 - current
        seeds_version(seeds, target)
        delay = rng.uniform(0.05, 1.1) * duration
        killed_build(seeds, site, delay)
        state = snapshot(site)
        assert state in (versions[current], versions[target]), (
            f"attempt {attempt}: killed after {delay:.2f} s, site/ is neither the old site nor the "
            f"new one: {sorted(set(state) ^ set(versions[current]))[:10]}")
        current = 1 if state == versions[1] else 2
        seen.append((round(delay, 2), current == target))
    seeds_version(seeds, 3 - current)
    build(seeds, site)
    assert snapshot(site) == versions[3 - current]
    print("kills (delay s, site already new):", seen)
    assert only_the_spare_soon(tmp_path), f"after {seen}: {leftovers(tmp_path)}"


def only_the_spare_soon(parent: Path) -> bool:
    """True once the only folder beside the site is one spare (the site the last build replaced,
    kept for the next: `edition.spare`)."""
    def only_the_spare() -> bool:
        found = leftovers(parent)
        return len(found) == 1 and found[0].startswith(".site.spare-")
    return soon(only_the_spare)


def test_the_next_build_removes_what_killed_builds_left(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("previous")
    (site / SITE_MARK).write_text("")   # a site a build wrote: it may be replaced
    dead = "2147483646"   # above any pid_max: no such process
    for name in (f".site.new-{dead}-abc", f".site.old-{dead}-def", ".site.new-x1y2"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "half.html").write_text("half")
    running = tmp_path / f".site.new-{os.getppid()}-zzz"
    running.mkdir()   # a build that is still running (here: our parent process) keeps its folder
    writer = SiteWriter(site)
    writer.write_text("index.html", "new")
    writer.commit()
    assert (site / "index.html").read_text() == "new"
    assert no_leftovers_soon(tmp_path, keep=(running.name,)), leftovers(tmp_path)


def test_a_one_build_cache_lies_beside_the_site_and_a_killed_builds_is_removed(tmp_path):
    """`--no-cache` keeps its cache for one build beside the site, not in the system's temporary
    folder, where a killed build's cache (the TEI of every document) was never removed."""
    dead = tmp_path / ".site.cache-2147483646-abc"
    running = tmp_path / f".site.cache-{os.getppid()}-z"
    for folder in (dead, running):
        (folder / "docs").mkdir(parents=True)
    cache = BuildCache.temporary(tmp_path / "site")
    assert cache.folder.parent == tmp_path
    assert cache.folder.name.startswith(f".site.cache-{os.getpid()}-")
    assert no_leftovers_soon(tmp_path, keep=(cache.folder.name, running.name)), leftovers(tmp_path)
    del cache
    assert leftovers(tmp_path) == [running.name]


def test_a_site_lost_between_the_two_renames_is_put_back(tmp_path):
    """The fallback swap (no atomic exchange) renames site/ away first: a kill there loses site/."""
    old = tmp_path / ".site.old-2147483646-abc"
    old.mkdir()
    (old / "index.html").write_text("previous")
    remove_leftovers(tmp_path / "site")
    assert (tmp_path / "site" / "index.html").read_text() == "previous"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("relative", ["../outside.html", "/etc/passwd", "a/../../x", "index.html"])
def test_the_writer_refuses_paths_outside_the_site_or_written_twice(tmp_path, relative):
    writer = SiteWriter(tmp_path / "site")
    writer.write_text("index.html", "once")
    with pytest.raises(ValueError, match="refusing to write"):
        writer.write_text(relative, "x")
    writer.abandon()
    assert sorted(p.name for p in tmp_path.iterdir()) == []
