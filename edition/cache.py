"""The build cache: each source's encode + validate result, kept under a hash of all it depends on.

A source's key (`edition.source_keys`) hashes its bytes, its overrides sidecar, the path shown
in diagnostics, and `inputs_hash`: the registers, `edition.toml`, the switches that change
encoding, and the code (`edition/**`, `schemas/*`, lxml's version, the tei_all file). An entry is these files:

    <folder>/docs/<key>.result.pickle     the light result (id, diagnostics, site-model part)
    <folder>/docs/<key>.xml               the TEI exactly as published in tei/<id>.xml (and
                                          hard-linked there)
    <folder>/docs/<key>.report.txt        the encoding report, reports/<id>.txt
    <folder>/docs/<key>.lines.pickle      its citable lines, to compare with a previous release
    <folder>/docs/<key>.manifest.json     its part of citations.json (`manifest.manifest_entry`)
    <folder>/docs/<key>.kwic.pickle       its mentions in context, by register entry (see
                                          `edition.kwic`), for the entries' pages
    <folder>/docs/<key>.member.xml, .zip, .published.pickle
                                          left by the render worker: see `edition.publish`

`pages-<hash of the site folder>.json` remembers which inputs each document page of the last
site written there was rendered from, so the next build can take unchanged pages over instead
of rendering them again, and where each document lies in its big files (`edition.splice`); a
file changed after that build (newer than the record) is not taken over.
`pages-<hash>.spare.json` is the record before it, of the site kept as the spare (`edition.spare`).
`keys-<hash>.json` keeps the keys of the pages every document feeds (register entries', the
chronology's months), with each document's cache key, for the next build (`edition.kept_keys`).
Every file is written to a temporary name and renamed, so a stopped build leaves no half entry.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

import lxml.etree

from .records import DocumentPart
from .diagnostics import Diagnostic
from .read_ahead import T, read_ahead
from .write import process_alive, remove_leftovers, write_atomic

PACKAGE = Path(__file__).resolve().parent
SCHEMAS = PACKAGE.parent / "schemas"
FOLDER_NAME = ".edition-cache"
RESULT = ".result.pickle"
KWIC = ".kwic.pickle"
MANIFEST_ENTRY = ".manifest.json"


@dataclass
class DocumentResult:
    """One source after encoding and validation, light enough to keep 10,000 of in memory (its
    mentions in context and citable lines are files of the entry: `kwic`, `lines`)."""

    doc_id: str
    path: Path
    shown: str
    key: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    """Of reading and encoding the source."""
    validation: list[Diagnostic] = field(default_factory=list)
    """Of validating its TEI."""
    record_id: tuple[str, str, int] | None = None
    """(Record ID, shown path, line) for the check that no two documents share one."""
    part: DocumentPart | None = None
    """None when the source could not be encoded at all (its diagnostics say why)."""
    provisional: list[tuple[str, str, str]] = field(default_factory=list)
    """(id, label or name, scoped foreign id or "") of the provisional persons this document
    made, which are all it uses (see `workers.encode_task`): the main process adds them to its
    registers, which workers and cache hits never touch."""
    written: tuple[tuple[int, int], ...] = ()
    """(size, mtime) of the entry's TEI and report as stored (see `BuildCache.load`)."""
    tei_sha256: str = ""
    """SHA-256 (hex) of the entry's TEI as stored, for the downloads page: `load` checks that
    the TEI is as written, so it still describes the file."""


def default_folder(out: Path) -> Path:
    """`.edition-cache/` beside the site folder."""
    return out.resolve().parent / FOLDER_NAME


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the package's files and schemas, lxml's version and Python's."""
    digest = hashlib.sha256(f"{sys.version}|{lxml.etree.LXML_VERSION}".encode())
    for base in (PACKAGE, SCHEMAS):
        for path in sorted(base.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(base.parent)).encode() + b"\0")
                digest.update(path.read_bytes())
    return digest.hexdigest()


def file_digest(paths: list[Path], *extra: str) -> str:
    """A hash of the named files' bytes (a missing file counts as missing) and `extra` strings."""
    digest = hashlib.sha256("\0".join(extra).encode())
    for path in paths:
        digest.update(f"\0{path.name}\0".encode())
        if not path.is_file():
            digest.update(b"\0missing")
            continue
        with open(path, "rb") as stream:  # in blocks: a source may be 50 MB (and refused)
            for block in iter(lambda: stream.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


class BuildCache:
    """Entries of encoded documents and the page manifests, in one folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.docs = folder / "docs"
        self.docs.mkdir(parents=True, exist_ok=True)

    @classmethod
    def temporary(cls, site: Path) -> "BuildCache":
        """A cache for one build only (`Settings.cache` off), beside the site folder `site` as
        `.site.cache-PID-*`: removed with the object or, if the build is killed, by the next
        one (a killed build's cache in the system's temporary folder was never removed)."""
        site = site.resolve()
        site.parent.mkdir(parents=True, exist_ok=True)
        remove_leftovers(site, kinds=("cache",))
        holder = tempfile.TemporaryDirectory(prefix=f".{site.name}.cache-{os.getpid()}-",
                                             dir=site.parent)
        cache = cls(Path(holder.name))
        cache._holder = holder
        return cache

    def entry(self, key: str, suffix: str) -> Path:
        return self.docs / f"{key}{suffix}"

    def entry_path(self, key: str, suffix: str) -> str:
        """`entry` as a string: a build without changes loads 10,000 entries, and pathlib's
        joining cost a third of it."""
        return f"{self.docs}/{key}{suffix}"

    def read_ahead(self, items: Iterable[T], suffix: str,
                   key_of: Callable[[T], str] = lambda key: key) -> Iterator[T]:
        """`items` in order, the entry files `suffix` of the next ones (`key_of(item)`) fetched
        from the disk meanwhile (see `edition.read_ahead`): for a loop that reads them all."""
        return read_ahead(items, lambda item: self.entry_path(key_of(item), suffix))

    def has(self, key: str) -> bool:
        """Whether there is an entry for `key` (`load` says whether it can be used)."""
        return os.path.exists(self.entry_path(key, RESULT))

    def load(self, key: str) -> DocumentResult | None:
        """The stored result for `key`, or None when there is none, it cannot be read, or its
        published files are not as they were written (TEI and report are hard-linked into the
        site, so an edit there in place would change the entry too: it is then made again)."""
        try:
            with open(self.entry_path(key, RESULT), "rb") as stream:
                result = pickle.loads(stream.read())
            if not isinstance(result, DocumentResult) or self._stats(key) != result.written:
                return None
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None
        return result

    def store(self, result: DocumentResult, tei: bytes | None, report: str | None) -> None:
        """Write an entry; the result file comes last, so an entry with it is complete."""
        if tei is not None:
            write_atomic(self.entry(result.key, ".xml"), tei)
            write_atomic(self.entry(result.key, ".report.txt"), (report or "").encode("utf-8"))
            result.written = self._stats(result.key)
            result.tei_sha256 = hashlib.sha256(tei).hexdigest()
        write_atomic(self.entry(result.key, RESULT),
                      pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))

    def _stats(self, key: str) -> tuple[tuple[int, int], ...]:
        """(size, mtime) of the entry's TEI and report, () when it has none."""
        found = []
        for suffix in (".xml", ".report.txt"):
            try:
                stat = os.stat(self.entry_path(key, suffix))
            except FileNotFoundError:
                return ()
            found.append((stat.st_size, stat.st_mtime_ns))
        return tuple(found)

    def put(self, key: str, suffix: str, data: bytes) -> None:
        """Write one more file of the entry `key` (see `edition.publish`)."""
        write_atomic(self.entry(key, suffix), data)

    def lines(self, key: str) -> tuple[dict, dict]:
        """The citable lines of an entry (`manifest.document_lines`) and where each is in the
        source (`@n` -> line): kept apart from the result, which the build holds for every
        document at once."""
        return pickle.loads(self.entry(key, ".lines.pickle").read_bytes())

    def manifest_entry(self, key: str) -> str:
        """The entry's part of citations.json (`manifest.manifest_entry`)."""
        return self.entry(key, MANIFEST_ENTRY).read_text(encoding="utf-8")

    def kwic(self, key: str) -> dict[str, bytes]:
        """The mentions in context in the document of an entry, register entry id -> its
        `kwic.pack` chunk: kept apart from the result, like the lines."""
        return pickle.loads(self.entry(key, KWIC).read_bytes())

    def prune(self, keep: set[str]) -> None:
        """Remove the entries of sources that are no longer in the edition (or have changed),
        and the mentions spilled for entry pages by builds that were killed (`.kwic-PID-*`)."""
        docs = str(self.docs)
        for name in os.listdir(docs):  # names, not paths: 90,000 files at 10,000 documents
            if name.split(".", 1)[0] not in keep:
                Path(docs, name).unlink(missing_ok=True)
        for folder in self.folder.glob(".kwic-*"):
            if not process_alive(folder.name.split("-")[1]):
                shutil.rmtree(folder, ignore_errors=True)

    def _pages_file(self, out: Path, spare: bool = False) -> Path:
        name = hashlib.sha256(str(out.resolve()).encode()).hexdigest()[:16]
        return self.folder / f"pages-{name}{'.spare' if spare else ''}.json"

    def pages_written(self, out: Path, spare: bool = False) -> int:
        """When the last site of `out` was remembered (ns); every file it wrote is older. With
        `spare`, the site before it (kept as `edition.spare`)."""
        try:
            return self._pages_file(out, spare).stat().st_mtime_ns
        except OSError:
            return 0

    def load_pages(self, out: Path, spare: bool = False
                   ) -> tuple[dict[str, dict], dict[str, dict]]:
        """What the last site of `out` (with `spare`: the one before it) was made of: doc id
        (a register entry: its page) -> {"key": render key, "files": [site paths]}; and site
        path of a spliced file -> its layout (`splice.Layout`)."""
        try:
            data = json.loads(self._pages_file(out, spare).read_text(encoding="utf-8"))
            pages, layouts = data["pages"], data["layouts"]
        except (OSError, ValueError, TypeError, KeyError):
            return {}, {}
        if not isinstance(pages, dict) or not isinstance(layouts, dict):
            return {}, {}
        return pages, layouts

    def save_pages(self, out: Path, keys: dict[str, str], files: dict[str, tuple[str, ...]],
                   layouts: dict[str, dict]) -> None:
        """Remember the render key and the page files of every document (and entry) in `out`,
        and the layouts of its spliced files; the record of the site it replaced becomes the
        spare's (renamed: its time stays).

        The file's own time says when: every page of that site is older (`pages_written`)."""
        try:
            os.replace(self._pages_file(out), self._pages_file(out, spare=True))
        except FileNotFoundError:
            pass
        pages = {name: {"key": key, "files": sorted(files[name])} for name, key in keys.items()}
        record = {"pages": pages, "layouts": layouts}
        write_atomic(self._pages_file(out), json.dumps(record, sort_keys=True).encode("utf-8"))
