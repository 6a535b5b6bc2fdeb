"""Spliced files: a chunk the previous copy holds is copied from it, never made again, and the
file is byte for byte what writing every chunk afresh gives."""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from pathlib import Path

import pytest

from edition import splice
from edition.export.archive import deflate, write_zip
from edition.splice import Layout, PreviousCopy, Spliced

INPUTS = "inputs-1"


def write(path: Path, chunks: list[tuple[str, bytes]], previous: PreviousCopy | None = None,
          made: list[str] | None = None, hashed: bool = True) -> Spliced:
    """`path`: a head, `chunks` (id, bytes), a tail; the ids of those made go to `made`."""
    made = [] if made is None else made

    def maker(ident: str, data: bytes):
        return lambda: made.append(ident) or (data, [len(data) % 7])

    with open(path, "wb", buffering=0) as stream:
        out = Spliced(stream, previous, hashed)
        out.write(b"<head>")
        for ident, data in chunks:
            assert out.chunk(ident, maker(ident, data)) == [len(data) % 7]
        out.write(b"</tail>")
        out.finish()
    return out


def previous_copy(path: Path, out: Spliced) -> PreviousCopy:
    copy = PreviousCopy.open(str(path), out.layout(INPUTS), INPUTS, written_after(path))
    assert copy is not None
    return copy


def written_after(path: Path) -> int:
    return path.stat().st_mtime_ns + 1


CHUNKS = [("a", b"alpha " * 300), ("b", b"beta " * 5000), ("c", b"gamma"), ("d", b"delta\n" * 9)]


def test_a_fresh_file_is_its_chunks_and_says_where_each_lies(tmp_path):
    out = write(tmp_path / "f", CHUNKS)
    data = (tmp_path / "f").read_bytes()
    assert data == b"<head>" + b"".join(d for _, d in CHUNKS) + b"</tail>"
    assert (out.size, out.sha256) == (len(data), hashlib.sha256(data).hexdigest())
    for ident, chunk in CHUNKS:
        offset, length, *extra = out.layout(INPUTS).chunks[ident]
        assert data[offset:offset + length] == chunk and extra == [len(chunk) % 7]


@pytest.mark.parametrize("kernel", ["copies", "refuses", "lacks copy_file_range"])
def test_held_chunks_are_copied_and_the_file_equals_a_fresh_one(tmp_path, monkeypatch, kernel):
    held_chunks_are_copied(tmp_path, monkeypatch, kernel, hashed=True)


@pytest.mark.parametrize("kernel", ["copies", "refuses", "lacks copy_file_range"])
def test_unhashed_held_chunks_are_copied_unread_where_the_kernel_copies(tmp_path, monkeypatch,
                                                                        kernel):
    if kernel == "copies":  # as the kernel does, on any file system this test runs on
        monkeypatch.setattr(os, "copy_file_range", copy_by_hand)
        monkeypatch.setattr(os, "preadv", lambda *args: pytest.fail("read to hash it"))
    held_chunks_are_copied(tmp_path, monkeypatch, kernel, hashed=False)


def copy_by_hand(source: int, target: int, count: int, offset_src: int) -> int:
    return os.write(target, os.pread(source, min(count, 4096), offset_src))


def held_chunks_are_copied(tmp_path, monkeypatch, kernel: str, hashed: bool) -> None:
    first = write(tmp_path / "old", CHUNKS)
    if kernel == "refuses":  # as across file systems that cannot copy in the kernel
        monkeypatch.setattr(os, "copy_file_range", fail_cross_device)
    elif kernel != "copies":  # as on systems other than Linux
        monkeypatch.delattr(os, "copy_file_range")
    changed = [CHUNKS[0], ("b2", b"beta, changed"), CHUNKS[2], CHUNKS[3], ("e", b"epsilon")]
    made: list[str] = []
    previous = previous_copy(tmp_path / "old", first)
    try:
        out = write(tmp_path / "new", changed, previous, made, hashed)
    finally:
        previous.close()
    fresh = write(tmp_path / "fresh", changed)
    assert made == ["b2", "e"]
    assert (tmp_path / "new").read_bytes() == (tmp_path / "fresh").read_bytes()
    assert (out.size, out.layout(INPUTS)) == (fresh.size, fresh.layout(INPUTS))
    if hashed:
        assert out.sha256 == fresh.sha256
    else:
        with pytest.raises(ValueError):
            out.sha256


def fail_cross_device(*args):
    raise OSError(18, "Invalid cross-device link")


def test_chunks_that_lay_one_after_the_other_are_copied_at_once(tmp_path, monkeypatch):
    first = write(tmp_path / "old", CHUNKS)
    calls = []
    kernel_copy = os.copy_file_range
    monkeypatch.setattr(os, "copy_file_range",
                        lambda *args: calls.append(args[2]) or kernel_copy(*args))
    previous = previous_copy(tmp_path / "old", first)
    try:
        write(tmp_path / "new", [CHUNKS[0], CHUNKS[1], CHUNKS[2], ("x", b"new"), CHUNKS[3]],
              previous)
    finally:
        previous.close()
    lengths = [len(d) for _, d in CHUNKS]
    assert calls == [sum(lengths[:3]), lengths[3]]


@pytest.mark.parametrize("change", ["inputs", "size", "time", "missing", "no layout"])
def test_a_previous_copy_not_as_recorded_is_not_used(tmp_path, change):
    path = tmp_path / "old"
    out = write(path, CHUNKS)
    layout, inputs, written = out.layout(INPUTS), INPUTS, written_after(path)
    if change == "inputs":
        inputs = "inputs-2"
    elif change == "size":
        with open(path, "ab") as stream:  # edited in place, as `>>` does
            stream.write(b"\n")
        os.utime(path, ns=(written - 10, written - 10))
    elif change == "time":
        written = path.stat().st_mtime_ns
    elif change == "missing":
        path.unlink()
    else:
        layout = Layout.from_json({"chunks": {}})
    assert PreviousCopy.open(str(path), layout, inputs, written) is None


def test_a_layout_survives_its_json_form():
    layout = Layout(INPUTS, 42, {"a": [6, 30, 5]})
    assert Layout.from_json(layout.to_json()) == layout
    assert Layout.from_json(None) is None and Layout.from_json({"inputs": "x"}) is None


@pytest.mark.parametrize("place", [[40, 3], [-1, 2], [1], "6 30", [6, "30"], [6, 30, None]])
def test_a_layout_with_a_chunk_outside_its_file_is_none(place):
    assert Layout.from_json({"inputs": INPUTS, "size": 42, "chunks": {"a": place}}) is None


def test_a_zip_with_copied_members_reads_back(tmp_path):
    members = {f"tei/{n}.xml": f"<TEI n='{n}'/>".encode() * (n + 1) for n in range(5)}

    def archive(path: Path, previous: PreviousCopy | None = None) -> Spliced:
        with open(path, "wb", buffering=0) as stream:
            out = Spliced(stream, previous)
            write_zip(out, [(name, f"{name} {hash(data)}", lambda data=data: deflate(data))
                            for name, data in members.items()])  # the id names the bytes
            out.finish()
        return out

    first = archive(tmp_path / "old.zip")
    members["tei/2.xml"] = b"<TEI n='2' changed='yes'/>"
    previous = previous_copy(tmp_path / "old.zip", first)
    try:
        archive(tmp_path / "new.zip", previous)
    finally:
        previous.close()
    with zipfile.ZipFile(tmp_path / "new.zip") as read:
        assert read.testzip() is None
        assert {info.filename: read.read(info) for info in read.infolist()} == members
    archive(tmp_path / "fresh.zip")
    assert (tmp_path / "new.zip").read_bytes() == (tmp_path / "fresh.zip").read_bytes()


def test_without_a_previous_copy_any_stream_will_do():
    stream = io.BytesIO()
    out = Spliced(stream)
    out.write(b"x" * (splice.BLOCK + 5))
    out.chunk(None, lambda: (b"y", []))
    out.finish()
    assert stream.getvalue() == b"x" * (splice.BLOCK + 5) + b"y"
    assert out.layout(INPUTS).chunks == {}
