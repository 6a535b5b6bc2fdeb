"""The ZIP writer: classic archives stay classic; past 65,535 members or 4 GiB, ZIP64."""

from __future__ import annotations

import io
import zipfile

import pytest

from edition.export import archive
from edition.export.archive import deflate, write_zip
from edition.splice import Spliced

ZIP64_END = b"PK\x06\x06"


def archive_of(members: list[tuple[str, bytes]]) -> bytes:
    stream = io.BytesIO()
    out = Spliced(stream)
    write_zip(out, ((name, name, lambda data=data: deflate(data)) for name, data in members))
    out.finish()
    return stream.getvalue()


def read_back(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as read:
        assert read.testzip() is None
        return {info.filename: read.read(info) for info in read.infolist()}


def test_a_small_archive_is_classic_and_reads_back():
    members = [("tei/a.xml", b"<TEI/>"), ("tei/\u00e9.xml", "caf\u00e9".encode())]
    data = archive_of(members)
    assert ZIP64_END not in data
    assert read_back(data) == dict(members)


def test_past_65535_members_the_archive_is_zip64():
    members = [(f"tei/{n:05}.xml", str(n).encode()) for n in range(70_000)]
    data = archive_of(members)
    assert ZIP64_END in data
    found = read_back(data)
    assert len(found) == 70_000 and found["tei/69999.xml"] == b"69999"


def test_members_past_the_offset_limit_are_found_by_their_zip64_offsets(monkeypatch):
    monkeypatch.setattr(archive, "LIMIT", 200)  # as if the first members filled 4 GiB
    members = [(f"tei/{n}.xml", bytes(range(256)) * (n + 1)) for n in range(6)]
    data = archive_of(members)
    assert ZIP64_END in data
    assert read_back(data) == dict(members)
    with zipfile.ZipFile(io.BytesIO(data)) as read:
        assert read.infolist()[-1].header_offset > 200


class Huge(bytes):
    """Deflated data that says it is 4 GiB long (without taking the memory)."""

    def __len__(self) -> int:
        return 2**32


def test_a_member_of_4_gib_deflated_is_refused():
    with pytest.raises(ValueError, match="4 GiB"):
        write_zip(Spliced(io.BytesIO()), [("big.xml", None, lambda: archive.Member(0, 64, Huge()))])
