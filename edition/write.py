"""Writing the site: into a temporary folder beside the target, then swapped in atomically.

A build killed half-way leaves at most a staging folder `.site.new-PID-*` (or, where the atomic
exchange is unsupported, `.site.old-PID-*`) beside `site/`, never a half-written `site/`; the
next build removes such folders of processes that are gone. Single files outside the site (the
build cache, the schema cache) are written the same way, through a temporary name
(`write_atomic`).
"""

from __future__ import annotations

import ctypes
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

RENAME_EXCHANGE = 2


class SiteWriter:
    """Collects the files of one build in a staging folder; `commit` swaps it in for `target`.

    Paths are checked to stay inside the folder, and no path may be written twice.
    """

    def __init__(self, target: Path) -> None:
        self.target = target.resolve()
        self.target.parent.mkdir(parents=True, exist_ok=True)
        remove_leftovers(self.target)
        self.stage = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.new-{os.getpid()}-",
                                           dir=self.target.parent))
        self.written: set[str] = set()
        self.folders: set[str] = set()

    def path(self, relative: str) -> Path:
        """Where to write the site path `relative`, its folder made; each path only once."""
        return Path(self.claim(relative))

    def claim(self, relative: str) -> str:
        """`path` as a string: a build writes a million files (the DTS passages), and pathlib's
        parsing cost more than writing them."""
        if not inside(relative) or relative in self.written:
            raise ValueError(f"refusing to write {relative!r}: outside the site or written twice")
        self.written.add(relative)
        return self.folder_made(f"{self.stage}/{relative}")

    def folder_made(self, destination: str) -> str:
        folder = destination.rpartition("/")[0]
        if folder not in self.folders:
            os.makedirs(folder, exist_ok=True)
            self.folders.add(folder)
        return destination

    def write_bytes(self, relative: str, data: bytes) -> None:
        with open(self.claim(relative), "wb") as stream:
            stream.write(data)

    def write_text(self, relative: str, text: str) -> None:
        self.write_bytes(relative, text.encode("utf-8"))

    def copy(self, relative: str, source: Path) -> None:
        shutil.copyfile(source, self.path(relative))

    def link(self, relative: str, source: Path) -> None:
        """`source` as `relative`, hard-linked where the file system allows (else copied):
        only for files nobody changes in place, such as build cache entries."""
        destination = self.path(relative)
        try:
            os.link(source, destination)
        except OSError:
            shutil.copyfile(source, destination)

    def commit(self, keep: Path | None = None) -> None:
        """Make the staged folder the site. The previous site is renamed `keep` if given (see
        `edition.spare`), else removed only afterwards, by a process of its own (deleting
        100,000 files takes long, and nobody waits for it)."""
        os.chmod(self.stage, 0o755)
        if self.target.exists() and _exchange(self.stage, self.target):
            self._put_by(self.stage, keep)
            return
        if self.target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.old-{os.getpid()}-",
                                        dir=self.target.parent))
            os.rmdir(old)
            os.rename(self.target, old)
            os.rename(self.stage, self.target)
            self._put_by(old, keep)
        else:
            os.rename(self.stage, self.target)

    @staticmethod
    def _put_by(previous: Path, keep: Path | None) -> None:
        if keep is not None and not keep.exists():
            os.rename(previous, keep)
        else:
            remove_in_background(previous)

    def abandon(self) -> None:
        shutil.rmtree(self.stage, ignore_errors=True)


def remove_in_background(folder: Path) -> None:
    """Delete `folder` in a detached process: it outlives this one, and if it is killed, the
    next build removes the rest (the folder's name says it is a leftover, see below)."""
    subprocess.Popen(["rm", "-rf", "--", str(folder)], stdin=subprocess.DEVNULL,
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def inside(relative: str) -> bool:
    """True when `relative` names a file below the site folder: no absolute path, no `..`,
    no empty or `.` part (the staging folder holds no links, so the names alone decide)."""
    parts = relative.split("/")
    return "\0" not in relative and all(part not in ("", ".", "..") for part in parts)


def remove_leftovers(target: Path) -> None:
    """Remove the staging folders of builds of `target` that were killed; restore a lost site.

    `.site.new-PID-*` and `.site.old-PID-*` are removed unless process PID is still running (a
    build running at the same time keeps its folder), in the background: they may be previous
    sites still being deleted, and this build does not need them gone. If `site/` itself is
    missing because a build was killed between the two renames of the fallback swap, the
    previous site is put back.
    """
    for kind in ("old", "new"):
        prefix = f".{target.name}.{kind}-"
        for folder in sorted(target.parent.glob(f"{prefix}*")):
            if process_alive(folder.name[len(prefix):].split("-")[0]):
                continue
            if kind == "old" and not target.exists():
                os.rename(folder, target)
            else:
                remove_in_background(folder)


def process_alive(pid: str) -> bool:
    """True when `pid` is a running process other than this one."""
    if not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directories in one atomic step (Linux renameat2); False where unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), RENAME_EXCHANGE)
    return result == 0


def site_json(data: object, indent: int = 2) -> str:
    """JSON for a file of the site: deterministic, and `<`, `>`, `&` escaped, so that no data
    file holds markup that a careless consumer could paste into a page."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\n"


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


FILE_MODE = 0o666 & ~_umask()
"""The mode a file written with open() gets: cache entries are linked into the site, and a web
server must be able to read them (mkstemp makes files only their owner can read)."""


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file beside it, renamed over it."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        os.fchmod(handle, FILE_MODE)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
