"""What the last build of the site made, and taking its unchanged files over into the new one.

A build remembers, for each document, register entry page, search part and some edition pages,
a key of everything it showed and the files it made (`BuildCache.save_pages`). The next build
links a file from the previous site instead of making it again when its key is unchanged and
the file is older than that record (a file edited in place in the site is newer).
"""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .dts import ROOT_ID, Layout
from .render import document_pages
from .splice import Splices
from .write import SiteWriter

if TYPE_CHECKING:
    from .pipeline import Corpus


@dataclass(frozen=True)
class PreviousSite:
    """What the last build of this site folder rendered (read once a build), and when."""

    made: dict[str, dict]
    """Doc id, or a register entry's page -> {"key": render key, "files": [site paths]}."""
    written: int
    """When it was remembered (ns): every file that build wrote is older."""
    layouts: dict[str, dict]
    """Site path of a spliced file -> where each document's part lies in it (`splice.Layout`)."""

    @classmethod
    def of(cls, corpus: Corpus, spare: bool = False) -> "PreviousSite":
        """The last build's record; with `spare`, the one before it (`edition.spare`)."""
        if not corpus.settings.cache:
            return cls({}, 0, {})
        out = corpus.settings.out
        made, layouts = corpus.cache.load_pages(out, spare)
        return cls(made, corpus.cache.pages_written(out, spare), layouts)

    def splices(self, corpus: Corpus, writer: SiteWriter) -> Splices:
        """The big files of this build, each to be copied in part from its copy in this site."""
        return Splices(writer, self.layouts, self.written, corpus.made_from())

    def made_alike(self, name: str, key: str, files: list[str]) -> bool:
        """Whether the last build made these same `files` for `name` from the same inputs."""
        return sorted(self.files_made(name, key)) == sorted(files)

    def take_over(self, writer: SiteWriter, name: str, key: str, files: list[str]) -> bool:
        """Link `files` of `name` into the staged site if the last build made them from the
        same inputs (`made_alike`) and none changed since (`link_files`)."""
        return self.made_alike(name, key, files) and link_files(writer, files, self.written)

    def files_made(self, name: str, key: str) -> list[str]:
        """The files the last build made for `name`, if it made them from the same inputs."""
        old = self.made.get(name, {})
        return list(old.get("files", ())) if old.get("key") == key else []


PARENTS = Layout.collection(ROOT_ID, "parents")
"""The name under which a build remembers what every document's DTS `parents` shares."""


class ParentsTakenOver:
    """Takes each document's DTS `parents` over from the previous site when that build made it
    from the same Resource (the document's pages had the same inputs) and the same edition
    collection (`key`, see `dts.parents_key`): a file a document, which is its own folder.
    Those of the documents `linked` were linked by the workers that took their pages over
    (`output.link_documents`) before the edition collection was known: kept if it is
    unchanged, else unlinked, to be written anew."""

    def __init__(self, previous: PreviousSite, writer: SiteWriter, rendered: dict[str, str],
                 key: str, linked: set[str] = frozenset()) -> None:
        self.previous, self.writer, self.rendered, self.key = previous, writer, rendered, key
        self.alike = previous.made_alike(PARENTS, key, [PARENTS])
        self.linked = linked

    def __call__(self, doc_id: str, path: str) -> bool:
        """Whether the `parents` of `doc_id` was linked as `path` from the previous site."""
        if doc_id in self.linked:
            if not self.alike:
                os.unlink(f"{self.writer.stage}/{path}")
                return False
            self.writer.staged(path)
            return True
        if not (self.alike and self.previous.made_alike(doc_id, self.rendered[doc_id],
                                                         list(document_pages(doc_id)))):
            return False
        if not link_files(self.writer, [path], self.previous.written):
            return False
        self.writer.claim(path)
        return True


class FilesTakenOver:
    """Edition-wide files (the chronology's months, the analytics page and the speaker
    downloads) taken over from the previous site when that build made them from the same
    inputs: what a file shows (`digest`) and what every page depends on (`common`). Notes the
    key of every file it is asked about, for `remember`."""

    def __init__(self, previous: PreviousSite, writer: SiteWriter, common: str) -> None:
        self.previous, self.writer, self.common = previous, writer, common
        self.keys: dict[str, str] = {}

    def __call__(self, page: str, digest: str) -> bool:
        """Whether the file at site path `page` (a page or a download) was linked from the
        previous site; else the caller writes it."""
        key = self.keys[page] = hashlib.sha256(f"{self.common}|{digest}".encode()).hexdigest()
        if not self.previous.take_over(self.writer, page, key, [page]):
            return False
        self.writer.claim(page)
        return True


def link_files(writer: SiteWriter, relatives: list[str], written: int) -> bool:
    """Link site files from the previous site into the staged one, all or none (see
    `Linker.take`); False if one is missing or was changed after that site was `written` (its
    time, ns: an edit in place)."""
    with Linker(str(writer.target), str(writer.stage), written) as linker:
        return linker.take(relatives)


class Linker:
    """Links files of the previous site (`old`) into the staged one (`new`), if each is older
    than `written` (ns). In a folder used `OPEN_AFTER` times, names are taken relative to it,
    opened once (`dir_fd`): a kernel path walk less for each of a million files; a folder
    used less (each document's own DTS collection folder, for two files) is not opened, which
    cost more than the walks. Close it when done."""

    def __init__(self, old: str, new: str, written: int) -> None:
        self.old, self.new, self.written = old, new, written
        self.folders: dict[str, tuple[int, int]] = {}
        self.uses: dict[str, int] = {}

    def __enter__(self) -> "Linker":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for descriptors in self.folders.values():
            for descriptor in descriptors:
                os.close(descriptor)
        self.folders.clear()

    def link(self, relatives: list[str]) -> bool:
        """Link `relatives` (site paths, plain strings: pathlib's parsing costs more than a
        link); False at the first that is missing or not provably older than `written`."""
        return all(self._link(relative) for relative in relatives)

    def take(self, relatives: list[str]) -> bool:
        """`link` all of `relatives`, or, failing, remove those linked: whoever writes them
        instead must write new files, never through a link into the previous site."""
        if self.link(relatives):
            return True
        for relative in relatives:
            Path(f"{self.new}/{relative}").unlink(missing_ok=True)
        return False

    def _link(self, relative: str) -> bool:
        folder, _, name = relative.rpartition("/")
        try:
            descriptors = self.folders.get(folder) or self._descriptors(folder)
            if descriptors is None:  # whole paths
                old = new = None
                source, target = f"{self.old}/{relative}", f"{self.new}/{relative}"
            else:
                (old, new), source, target = descriptors, name, name
            if os.stat(source, dir_fd=old).st_mtime_ns >= self.written:
                return False  # changed in place, or in the same clock tick: not provably older
            os.link(source, target, src_dir_fd=old, dst_dir_fd=new)
        except FileNotFoundError:
            return False
        except OSError:  # another file system, or links not allowed: copied, time kept
            shutil.copy2(f"{self.old}/{relative}", f"{self.new}/{relative}")
        return True

    def _descriptors(self, folder: str) -> tuple[int, int] | None:
        """The folder opened (`opened`) from its `OPEN_AFTER`th use on; before, None (its
        staged folder made)."""
        uses = self.uses[folder] = self.uses.get(folder, 0) + 1
        if uses >= OPEN_AFTER:
            return self.opened(folder)
        if uses == 1:
            os.makedirs(f"{self.new}/{folder}", exist_ok=True)
        return None

    def opened(self, folder: str) -> tuple[int, int]:
        """The folder of the previous site and of the staged one (made), opened."""
        os.makedirs(f"{self.new}/{folder}", exist_ok=True)
        old = os.open(f"{self.old}/{folder}", os.O_RDONLY | os.O_DIRECTORY)
        try:
            new = os.open(f"{self.new}/{folder}", os.O_RDONLY | os.O_DIRECTORY)
        except BaseException:
            os.close(old)
            raise
        self.folders[folder] = old, new
        return old, new


OPEN_AFTER = 3
"""Uses of a folder after which a `Linker` opens it: two folders opened and closed cost more
than two path walks (measured at 2,000 documents: see docs/performance.md, session 27)."""
