"""Writing the site: into a temporary folder beside the target, then swapped in atomically."""

from __future__ import annotations

import ctypes
import os
import shutil
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
        self.stage = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.new-", dir=self.target.parent))
        self.written: set[str] = set()

    def path(self, relative: str) -> Path:
        destination = (self.stage / relative).resolve()
        if not destination.is_relative_to(self.stage) or relative in self.written:
            raise ValueError(f"refusing to write {relative!r}: outside the site or written twice")
        self.written.add(relative)
        destination.parent.mkdir(parents=True, exist_ok=True)
        return destination

    def write_bytes(self, relative: str, data: bytes) -> None:
        self.path(relative).write_bytes(data)

    def write_text(self, relative: str, text: str) -> None:
        self.write_bytes(relative, text.encode("utf-8"))

    def copy(self, relative: str, source: Path) -> None:
        shutil.copyfile(source, self.path(relative))

    def commit(self) -> None:
        """Make the staged folder the site; the previous site is removed only afterwards."""
        os.chmod(self.stage, 0o755)
        if self.target.exists() and _exchange(self.stage, self.target):
            shutil.rmtree(self.stage)
            return
        if self.target.exists():
            old = self.target.with_name(f".{self.target.name}.old-{os.getpid()}")
            os.rename(self.target, old)
            os.rename(self.stage, self.target)
            shutil.rmtree(old)
        else:
            os.rename(self.stage, self.target)

    def abandon(self) -> None:
        shutil.rmtree(self.stage, ignore_errors=True)


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
