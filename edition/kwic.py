"""Keywords in context: the mentions of each register entry, by document, kept out of the site model.

The mentions of a document, each with 60 characters of text either side, are most of what the
site model would hold (about 150 KiB a document: 1.5 GiB at 10,000). So the worker that
collects a document packs them, one chunk per register entry (`pack`: the pickled doc id and
rows); the site model keeps only how many there are and a digest of the chunk
(`records.Mentions`), and an entry's page reads its chunks from a `KwicStore`: held in memory
(`collect.collect_site`), or one file per entry that `spill` writes, document by document in
chronological order, from what the build cache keeps of each document.
"""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path
from typing import Iterable, Iterator

BUFFER = 16 << 20
"""Bytes of chunks `spill` holds before it writes them."""
Row = tuple[str, str, str, str, str, str]
"""One mention: (line, the words before, the name as printed, the words after, the note, its
id): the note and its id are the label and id its page gives the inline note of the line that
holds the mention (whose words are around it), or "" and "" for the line's own words."""


def pack(doc_id: str, rows: list[Row]) -> bytes:
    """The mentions of one entry in one document as one chunk: a pickled (doc id, rows)."""
    return pickle.dumps((doc_id, tuple(rows)), protocol=pickle.HIGHEST_PROTOCOL)


def digest(chunk: bytes) -> int:
    """A 64-bit hash of a chunk: whether an entry's mentions in a document changed."""
    return int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "big")


class KwicStore:
    """The chunks of every entry, in chronological order of their documents: in memory
    (`chunks`, entry id -> chunks) or in a folder of files, one per entry (`files`, entry id ->
    path), each the chunks written one after the other."""

    def __init__(self, chunks: dict[str, list[bytes]] | None = None,
                 files: dict[str, Path] | None = None) -> None:
        self.chunks, self.files = chunks or {}, files or {}

    @classmethod
    def of(cls, documents: Iterable[dict[str, bytes]]) -> "KwicStore":
        """A store in memory of the chunks of each document (entry id -> chunk), in order."""
        chunks: dict[str, list[bytes]] = {}
        for found in documents:
            for ident, chunk in found.items():
                chunks.setdefault(ident, []).append(chunk)
        return cls(chunks=chunks)

    def mentions(self, entry_id: str) -> Iterator[tuple[str, tuple[Row, ...]]]:
        """(doc id, rows in line order) of each document that mentions the entry, in order."""
        if entry_id in self.files:
            with open(self.files[entry_id], "rb") as stream:
                while stream.peek(1):
                    yield pickle.load(stream)
        else:
            for chunk in self.chunks.get(entry_id, ()):
                yield pickle.loads(chunk)


def spill(folder: Path, documents: Iterable[tuple[str, dict[str, bytes]]],
          wanted: dict[str, set[str]]) -> KwicStore:
    """Write the chunks of each document (doc id, entry id -> chunk), in order, into one file
    per entry in `folder`, those of the documents `wanted` for it (entry id -> doc ids); the
    store that reads them.

    Chunks wait in memory up to `BUFFER` bytes, then go to their files, one file open at a
    time (a register may have thousands of entries)."""
    files = {ident: folder / f"{n}.kwic" for n, ident in enumerate(sorted(wanted))}
    waiting: dict[str, list[bytes]] = {}
    size = 0
    for doc_id, found in documents:
        for ident, chunk in found.items():
            if doc_id in wanted.get(ident, ()):
                waiting.setdefault(ident, []).append(chunk)
                size += len(chunk)
        if size > BUFFER:
            _append(files, waiting)
            size = 0
    _append(files, waiting)
    return KwicStore(files={ident: path for ident, path in files.items() if path.exists()})


def _append(files: dict[str, Path], waiting: dict[str, list[bytes]]) -> None:
    for ident, chunks in waiting.items():
        with open(files[ident], "ab") as stream:
            stream.writelines(chunks)
    waiting.clear()
