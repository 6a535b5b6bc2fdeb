"""The cache key of every source, its bytes hashed only when its file's stat changed.

A source's key hashes its bytes, its overrides sidecar, its shown path and the build's inputs
(`SourceKeys.key`). Hashing 10,000 sources reads 400 MB on every build; most of them
did not change. As git and make do, the digest of a file's bytes is remembered with its stat
(size, mtime, ctime, inode) in `<cache>/sources.json`, and taken again while the stat is the
same. A stat is remembered only when the file was last changed well before it was read
(`SETTLED`): a file changed twice within one clock tick of the file system keeps its time, and
must not keep an old digest ("racy git").
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

from .write import write_atomic
from .overrides import sidecar_path

MEMO = "sources.json"
SETTLED = 2_000_000_000
"""ns: a file changed less than this before it was read is hashed again next time."""

Stat = tuple[int, int, int, int]


def stat_of(path: Path) -> Stat | None:
    """(size, mtime, ctime, inode) of a file; None when there is none."""
    try:
        found = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    return (found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino)


def bytes_digest(path: Path) -> str:
    """SHA-256 of a file's bytes, read in blocks (a source may be 50 MB, and refused)."""
    with open(path, "rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


class SourceKeys:
    """Keys of sources, from the digests remembered in a cache folder; `save` keeps the new ones."""

    def __init__(self, folder: Path) -> None:
        self.file = folder / MEMO
        self.known = _load(self.file)
        self.seen: dict[str, list] = {}

    def key(self, path: Path, shown: str, inputs: str) -> str:
        """The cache key of the source `path` (and its sidecar) for the build's `inputs`."""
        parts = [f"{inputs}\0{shown}"]
        for file in (path, sidecar_path(path)):
            parts.append(f"{file.name}\0{self.digest(file)}")
        return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()

    def digest(self, path: Path) -> str:
        """The digest of a file's bytes ("missing" when there is none), remembered by stat."""
        before = time.time_ns()
        stat = stat_of(path)
        if stat is None:
            return "missing"
        name = str(path)
        known = self.known.get(name)
        if known is not None and tuple(known[0]) == stat:
            self.seen[name] = known
            return known[1]
        digest = bytes_digest(path)
        if stat_of(path) == stat and max(stat[1], stat[2]) < before - SETTLED:
            self.seen[name] = [list(stat), digest]
        return digest

    def save(self) -> None:
        """Keep the digests of the files seen in this build (and only those)."""
        if self.seen == self.known:
            return
        try:
            write_atomic(self.file, json.dumps(self.seen, sort_keys=True).encode("utf-8"))
        except OSError:  # a memo only: the next build hashes again
            pass


def _load(file: Path) -> dict[str, list]:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {name: entry for name, entry in data.items() if _well_formed(entry)}


def _well_formed(entry: object) -> bool:
    return (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[1], str)
            and isinstance(entry[0], list) and len(entry[0]) == 4
            and all(type(n) is int for n in entry[0]))
