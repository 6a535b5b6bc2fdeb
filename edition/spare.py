"""The site before the previous one, kept beside it to take unchanged documents' passages from.

A document has a DTS file for each of its lines (a million files at 10,000 documents), in a
folder of its own, `dts/document/<id>/`. Linking each into the staged site took most of a
rebuild, and deleting the replaced site afterwards kept a core busy for as long again. So a
build keeps the site it replaces as the spare `.site.spare-<time>` (the time its record was
written, `BuildCache.pages_written`), and the next build moves each unchanged document's folder
out of it whole: one rename instead of a hundred links. The spare is never served, so nobody
sees it emptied, and a moved folder is used only if it holds exactly the files that build wrote,
each older than its record (a file edited in place through the live site, which shares it, is
newer). Whatever the build does not take is removed in the background afterwards.
"""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

from .dts import Layout
from .write import remove_in_background


def spare_folder(target: Path, written: int) -> Path:
    """Where the site of `target` remembered at `written` (ns) is kept once replaced."""
    return target.parent / f".{target.name}.spare-{written}"


def claim_spare(target: Path, written: int) -> Path | None:
    """The spare of `target` remembered at `written`, if it is there (0: none wanted); every
    other spare of `target` is removed in the background."""
    wanted = spare_folder(target, written) if written else None
    for folder in sorted(target.parent.glob(f".{target.name}.spare-*")):
        if folder != wanted:
            remove_in_background(folder)
    return wanted if wanted is not None and wanted.is_dir() else None


class SparePassages:
    """Moves documents' passage folders from a spare site (`spare`, remembered at `written`,
    ns) into the staged one (`stage`)."""

    def __init__(self, spare: str, stage: str, written: int) -> None:
        self.spare, self.stage, self.written = spare, stage, written
        self.parent_made = False

    def take(self, doc_id: str, files: list[str]) -> set[str]:
        """Of a document's site paths `files`, those of its passage folder, moved into the
        stage; none when the spare does not hold that folder exactly as it was written."""
        folder = Layout.document(doc_id).removesuffix(".xml")
        prefix = folder + "/"
        paths = [path for path in files if path.startswith(prefix)]
        names = {path[len(prefix):] for path in paths}
        if not names or any("/" in name for name in names):
            return set()
        destination = self._destination(folder)
        try:
            os.rename(f"{self.spare}/{folder}", destination)
        except OSError:
            return set()
        if self._as_written(destination, names):
            return set(paths)
        shutil.rmtree(destination)
        return set()

    def drop(self, doc_id: str) -> None:
        """Remove a document's passage folder from the stage again (its other files could not
        be taken over, so its pages are made anew)."""
        shutil.rmtree(f"{self.stage}/{Layout.document(doc_id).removesuffix('.xml')}")

    def _destination(self, folder: str) -> str:
        if not self.parent_made:
            os.makedirs(f"{self.stage}/{folder.rpartition('/')[0]}", exist_ok=True)
            self.parent_made = True
        return f"{self.stage}/{folder}"

    def _as_written(self, folder: str, names: set[str]) -> bool:
        """Whether `folder` holds exactly `names`, every one older than the spare's record."""
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            if set(os.listdir(descriptor)) != names:
                return False
            for name in names:  # a loop, not all(): 93 files a document, a million in all
                found = os.stat(name, dir_fd=descriptor, follow_symlinks=False)
                if found.st_mtime_ns >= self.written or not stat.S_ISREG(found.st_mode):
                    return False
            return True
        finally:
            os.close(descriptor)
