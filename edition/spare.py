"""The site before the previous one, kept beside it to take unchanged documents' passages from.

A document has a DTS file for each of its lines (a million files at 10,000 documents), in a
folder of its own, `dts/document/<id>/`. Linking each into the staged site took most of a
rebuild, and deleting the replaced site afterwards kept a core busy for as long again. So a
build keeps the site it replaces as the spare `.site.spare-<time>` (the time its record was
written, `BuildCache.pages_written`), and the next build moves the spare's whole
`dts/document` folder into the staged site (one rename, where one a document waited on the
file system's journal), puts back into the spare what no unchanged document of this build
needs, and keeps a document's folder and `<id>.xml` only if they hold exactly the files that
build wrote, each older than its record (a file edited in place through the live site, which
shares it, is newer). The spare is never served, so nobody sees it emptied. Whatever the build
does not take is removed in the background afterwards.
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


def move_documents(spare: Path, stage: str, kept: set[str]) -> bool:
    """Move the `dts/document` folder of `spare` into `stage` whole, and put back into the spare
    every entry of it that is not the folder or the `<id>.xml` of a document of `kept`; False
    (nothing moved) when the spare has no such folder."""
    source, destination = f"{spare}/{DOCUMENTS}", f"{stage}/{DOCUMENTS}"
    os.makedirs(destination.rpartition("/")[0], exist_ok=True)
    try:
        os.rename(source, destination)
    except OSError:
        return False
    os.mkdir(source)
    wanted = kept | {f"{doc_id}.xml" for doc_id in kept}
    for name in os.listdir(destination):
        if name not in wanted:
            os.rename(f"{destination}/{name}", f"{source}/{name}")
    return True


DOCUMENTS = Layout.document("").rpartition("/")[0]
"""The folder of every document's DTS document responses (`dts/document`)."""


class SparePassages:
    """Takes documents' passage folders and whole-document files over in the staged site
    (`stage`), where `move_documents` moved them from the spare remembered at `written` (ns)."""

    def __init__(self, stage: str, written: int) -> None:
        self.stage, self.written = stage, written

    def take(self, doc_id: str, files: list[str]) -> set[str]:
        """Of a document's site paths `files`, its passages and its whole document, if the
        stage holds them exactly as they were written; else none, and they leave the stage."""
        whole = Layout.document(doc_id)
        prefix = whole.removesuffix(".xml") + "/"
        paths = [path for path in files if path.startswith(prefix)]
        names = {path[len(prefix):] for path in paths}
        if (names and whole in files and not any("/" in name for name in names)
                and self._as_written(f"{self.stage}/{prefix}", names)
                and self._file_as_written(f"{self.stage}/{whole}")):
            return {*paths, whole}
        self.drop(doc_id)
        return set()

    def drop(self, doc_id: str) -> None:
        """Remove a document's passage folder and whole document from the stage (its other
        files could not be taken over, so its pages are made anew): never written through,
        since the live site shares their files."""
        whole = f"{self.stage}/{Layout.document(doc_id)}"
        shutil.rmtree(whole.removesuffix(".xml"), ignore_errors=True)
        try:
            os.unlink(whole)
        except FileNotFoundError:
            pass

    def _as_written(self, folder: str, names: set[str]) -> bool:
        """Whether `folder` holds exactly `names`, every one older than the spare's record."""
        try:
            descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        except OSError:
            return False
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

    def _file_as_written(self, path: str) -> bool:
        try:
            found = os.stat(path, follow_symlinks=False)
        except OSError:
            return False
        return found.st_mtime_ns < self.written and stat.S_ISREG(found.st_mode)
