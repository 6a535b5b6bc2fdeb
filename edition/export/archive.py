"""A deterministic ZIP assembled from members deflated beforehand (in workers, or cached).

`zipfile` can only compress as it writes, in one process; at 10,000 documents that is half a
minute of the main process. Here every member is deflated once (`deflate`, in the worker that
renders its document, kept in the build cache) and `write_zip` only lays out the bytes: local
headers, data, central directory; a document's local header and data, which do not depend on
where they lie, are copied from the previous archive when it holds them (`edition.splice`).
Times are fixed (1980-01-01), modes rw-r--r--, so the same members give the same archive. Archives past the classic ZIP limits (65,535 members, 4 GiB)
are refused with a `ValueError` rather than written in a form readers would misread.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from functools import partial
from typing import Callable, Iterable

from ..splice import Spliced

DOS_TIME, DOS_DATE = 0, (0 << 9) | (1 << 5) | 1  # 1980-01-01 00:00:00
VERSION = 20                                       # 2.0: deflate
ZIP64 = 45                                         # 4.5: ZIP64 records
MODE = 0o100644 << 16                              # a regular file, rw-r--r--
UTF8_NAMES = 1 << 11
DEFLATED = 8
FULL = 0xFFFFFFFF
"""A 32-bit field that says "see the ZIP64 record"."""
LIMIT = FULL
"""From this offset or size on, ZIP64 says it."""
LEVEL = 6
"""zlib's default: on the edition's TEI, 1.8 ms a document against 3.0 ms at level 9, for an
archive 0.5% larger."""


@dataclass(frozen=True)
class Member:
    """One file of the archive, already deflated."""

    crc: int
    size: int
    data: bytes

    def to_bytes(self) -> bytes:
        """`crc size` (two 32-bit integers) then the deflated data: how the cache keeps it."""
        return struct.pack("<II", self.crc, self.size) + self.data

    @classmethod
    def from_bytes(cls, stored: bytes) -> "Member":
        crc, size = struct.unpack_from("<II", stored)
        return cls(crc, size, stored[8:])


def deflate(data: bytes) -> Member:
    """`data` as a raw deflate stream, with its CRC-32 and size."""
    if len(data) >= FULL:
        raise ValueError("a file of 4 GiB or more cannot go into the ZIP")
    compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, -zlib.MAX_WBITS)
    return Member(zlib.crc32(data), len(data), compressor.compress(data) + compressor.flush())


def write_zip(out: Spliced, members: Iterable[tuple[str, str | None, Callable[[], Member]]]
              ) -> None:
    """Write the archive of `(name, chunk id, member)` in the order given. Each member is a
    chunk of `out` (`Spliced.chunk`): with a chunk id, its local header and data are copied
    from the previous archive when that holds them, and `member()` is not called. Call
    `out.finish()` after."""
    central, count = [], 0
    for name, ident, member in members:
        encoded, offset = name.encode("utf-8"), out.size
        fields = out.chunk(ident, partial(local_record, name, encoded, member))
        central.append(central_header(encoded, fields, offset))
        count += 1
    directory, offset = b"".join(central), out.size
    out.write(directory)
    out.write(end_records(count, len(directory), offset))


def local_record(name: str, encoded: bytes, member: Callable[[], Member]
                 ) -> tuple[bytes, list[int]]:
    """A member's local header and data, and the fields its central directory header repeats
    (CRC-32, deflated size, size, length of the name)."""
    made = member()
    if len(made.data) >= FULL:
        raise ValueError(f"{name}: 4 GiB or more deflated cannot go into the ZIP")
    fields = [made.crc, len(made.data), made.size, len(encoded)]
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, VERSION, UTF8_NAMES, DEFLATED,
                        DOS_TIME, DOS_DATE, *fields, 0)
    return local + encoded + made.data, fields


def central_header(encoded: bytes, fields: list[int], offset: int) -> bytes:
    """A member's central directory header; one at an offset of 4 GiB or more gives it in a
    ZIP64 extra field."""
    extra, version = b"", VERSION
    if offset >= LIMIT:
        extra, version, offset = struct.pack("<HHQ", 0x0001, 8, offset), ZIP64, FULL
    made_by = (3 << 8) | version  # 3: unix, so readers take the mode
    return struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, made_by, version, UTF8_NAMES, DEFLATED,
                       DOS_TIME, DOS_DATE, *fields, len(extra), 0, 0, 0, MODE,
                       offset) + encoded + extra


def end_records(count: int, size: int, offset: int) -> bytes:
    """The end of central directory record, preceded by the ZIP64 one and its locator when
    the count, the directory's size or its offset do not fit the classic fields."""
    if count <= 0xFFFF and size < LIMIT and offset < LIMIT:
        return struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, size, offset, 0)
    zip64 = struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, (3 << 8) | ZIP64, ZIP64, 0, 0, count,
                        count, size, offset)
    locator = struct.pack("<IIQI", 0x07064B50, 0, offset + size, 1)
    count = min(count, 0xFFFF)
    classic = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count,
                          FULL if size >= LIMIT else size, FULL if offset >= LIMIT else offset, 0)
    return zip64 + locator + classic
