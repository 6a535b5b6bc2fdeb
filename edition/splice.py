"""Big files made of one chunk per document, written again by copying the unchanged chunks from the previous site.

At 10,000 documents the teiCorpus, the ZIP and citations.json hold about 1 GB, and an
incremental build that changed one document wrote all of it again from 30,000 cache files
(3 to 9 s). Now each build records where every document's chunk lies in the file it wrote
(`Layout`); the next build copies a chunk of the same identity (document id and cache key)
from that file, in the kernel (`os.copy_file_range`: 0.7 s for the 700 MB teiCorpus, reading
it to hash it included, against 2.8 s writing it through Python), and makes only the others. Runs of copied chunks that lie one after
the other there are copied as one. The previous file is used only as the build that wrote it
left it (`PreviousCopy.open`): the same inputs, the same size, and older than that build's
record, or else it was changed in place. Everything written is counted, and hashed (SHA-256)
for the downloads page, but for citations.json, which that page does not list.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import BinaryIO, Callable

from .write import SiteWriter

BLOCK = 1 << 20
"""Bytes copied (and hashed) at a time, and fresh bytes gathered before they are written."""


@dataclass(frozen=True)
class Layout:
    """Where each chunk of one written file lies, for the next build: chunk id -> [offset,
    length, *what the file says of it elsewhere (the ZIP's central directory)]."""

    inputs: str
    """What every chunk's bytes depend on besides its id (the edition's inputs)."""
    size: int
    chunks: dict[str, list[int]]

    def to_json(self) -> dict:
        return {"inputs": self.inputs, "size": self.size, "chunks": self.chunks}

    @classmethod
    def from_json(cls, data: object) -> "Layout | None":
        """The layout a build recorded; None if `data` is not one, or names a chunk that does
        not lie within the file."""
        try:
            layout = cls(str(data["inputs"]), int(data["size"]), dict(data["chunks"]))
        except (TypeError, KeyError, ValueError):
            return None
        return layout if all(layout.holds(place) for place in layout.chunks.values()) else None

    def holds(self, place: object) -> bool:
        """Whether `place` is [offset, length, *integers] within the file."""
        return (isinstance(place, list) and len(place) >= 2
                and all(type(number) is int and number >= 0 for number in place)
                and place[0] + place[1] <= self.size)


class Splices:
    """The spliced files of one build, staged by `writer`: each written from the previous
    site's copy (as recorded in `layouts` at time `written`), its own layout recorded for the
    next build."""

    def __init__(self, writer: SiteWriter, layouts: dict[str, dict], written: int,
                 inputs: str) -> None:
        self.writer, self.previous, self.written, self.inputs = writer, layouts, written, inputs
        self.layouts: dict[str, dict] = {}
        """Site path -> the layout (`Layout.to_json`) of each file written."""

    @contextmanager
    def writing(self, path: str, hashed: bool = True) -> Iterator["Spliced"]:
        """A `Spliced` writing site path `path` into the staged site, finished when the block
        ends; `hashed` False for a file nobody lists with its SHA-256 (see `Spliced`)."""
        previous = PreviousCopy.open(f"{self.writer.target}/{path}", Layout.from_json(
            self.previous.get(path)), self.inputs, self.written)
        try:
            with open(self.writer.path(path), "wb", buffering=0) as stream:
                out = Spliced(stream, previous, hashed)
                yield out
                out.finish()
        finally:
            if previous is not None:
                previous.close()
        self.layouts[path] = out.layout(self.inputs).to_json()


class PreviousCopy:
    """The file the previous build wrote (opened) and its layout. Close it when done."""

    def __init__(self, fd: int, layout: Layout) -> None:
        self.fd, self.layout = fd, layout

    @classmethod
    def open(cls, path: str, layout: Layout | None, inputs: str,
             written: int) -> "PreviousCopy | None":
        """`path` as the build that recorded `layout` at time `written` (ns) left it, made
        from the same `inputs`; else None."""
        if layout is None or layout.inputs != inputs:
            return None
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return None
        stat = os.fstat(fd)
        if stat.st_size != layout.size or stat.st_mtime_ns >= written:
            os.close(fd)
            return None
        return cls(fd, layout)

    def close(self) -> None:
        os.close(self.fd)


class Spliced:
    """Writes a file from fresh bytes (`write`) and chunks (`chunk`), each chunk copied from
    `previous` when that holds it. `finish` writes what is pending; then `size`, `sha256`
    and `layout` describe the file. With a previous copy, `stream` must be a file opened
    unbuffered (`buffering=0`): the kernel copies to its position. Without `hashed`, copied
    runs are not read at all where the kernel copies them (citations.json, 170 MB at 10,000
    documents, is listed nowhere with its hash), and `sha256` is refused."""

    def __init__(self, stream: BinaryIO, previous: PreviousCopy | None = None,
                 hashed: bool = True) -> None:
        self.stream, self.previous, self.hashed = stream, previous, hashed
        self.size, self._digest = 0, hashlib.sha256()
        self._pending = bytearray()
        self._copy: list[int] = []  # [offset, length] in the previous file, not yet copied
        self._chunks: dict[str, list[int]] = {}
        self._buffer: bytearray | None = None

    def write(self, data: bytes) -> None:
        self._flush_copy()
        self._pending += data
        if self.hashed:
            self._digest.update(data)
        self.size += len(data)
        if len(self._pending) >= BLOCK:
            self._flush_pending()

    def chunk(self, ident: str | None, make: Callable[[], tuple[bytes, list[int]]]
              ) -> list[int]:
        """Write chunk `ident`: copied if the previous file holds it, else `make()`'s bytes
        (always, and not recorded, when `ident` is None). Returns what `make` says of it
        besides its bytes (as made then, if copied)."""
        found = self.previous.layout.chunks.get(ident) if self.previous and ident else None
        if found is None:
            data, extra = make()
            if ident is not None:
                self._chunks[ident] = [self.size, len(data), *extra]
            self.write(data)
            return extra
        offset, length, *extra = found
        self._chunks[ident] = [self.size, length, *extra]
        self._flush_pending()
        if self._copy and self._copy[0] + self._copy[1] == offset:
            self._copy[1] += length
        else:
            self._flush_copy()
            self._copy = [offset, length]
        self.size += length
        return extra

    def finish(self) -> None:
        self._flush_copy()
        self._flush_pending()

    @property
    def sha256(self) -> str:
        if not self.hashed:
            raise ValueError("this file was written without its SHA-256")
        return self._digest.hexdigest()

    def layout(self, inputs: str) -> Layout:
        return Layout(inputs, self.size, self._chunks)

    def _flush_pending(self) -> None:
        if self._pending:
            self._write(self._pending)
            self._pending = bytearray()

    def _write(self, data: bytes | bytearray | memoryview) -> None:
        """All of `data`: an unbuffered file may take less at a time."""
        view = memoryview(data)
        while view:
            view = view[self.stream.write(view):]

    def _flush_copy(self) -> None:
        """Copy the run of chunks waiting: unhashed, in the kernel at once where it can; else a
        block at a time, read (to hash it), then copied in the kernel, or written from what was
        read where the kernel cannot copy."""
        if not self._copy:
            return
        offset, length = self._copy
        self._copy = []
        self.stream.flush()
        if not self.hashed and copied(self.previous.fd, self.stream.fileno(), offset, length):
            return
        buffer = self._buffer = self._buffer or bytearray(BLOCK)
        view, source, target = memoryview(buffer), self.previous.fd, self.stream.fileno()
        end = offset + length
        while offset < end:
            read = os.preadv(source, [view[:min(BLOCK, end - offset)]], offset)
            if read == 0:
                raise OSError(f"the previous copy ended at {offset} bytes, {end} expected")
            if self.hashed:
                self._digest.update(view[:read])
            if not copied(source, target, offset, read):
                self._write(view[:read])
            offset += read


def copied(source: int, target: int, offset: int, length: int) -> bool:
    """Copy `length` bytes at `offset` of `source` to the position of `target`, in the kernel;
    False (nothing copied) where it cannot, as across some file systems."""
    done = 0
    if not hasattr(os, "copy_file_range"):  # Linux only
        return False
    try:
        while done < length:
            step = os.copy_file_range(source, target, length - done, offset + done)
            if step == 0:
                break
            done += step
    except OSError:
        pass
    if done == length:
        return True
    os.lseek(target, -done, os.SEEK_CUR)
    return False
