"""Read a source file into numbered lines: strict UTF-8, BOM and CRLF handled, bad bytes located."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .diagnostics import Location, Reporter

MAX_SOURCE_BYTES = 20 * 1024 * 1024
"""Larger sources are refused: a transcription of one document is never this big."""

CONTROL_CHARS = {c for c in range(32) if c not in (9, 10, 13)} | {0x7F}


@dataclass(frozen=True)
class SourceText:
    """The text of one source file, split into lines without their line ends."""

    path: str
    lines: tuple[str, ...]

    def location(self, line: int, column: int = 0) -> Location:
        return Location(self.path, line, column)


def _decode_error_location(data: bytes, offset: int) -> tuple[int, int]:
    before = data[:offset]
    line = before.count(b"\n") + 1
    column = offset - (before.rfind(b"\n") + 1) + 1
    return line, column


def decode_source(data: bytes, path: str, reporter: Reporter) -> SourceText | None:
    """Decode `data` as UTF-8 (a BOM is dropped); report and return None when that fails."""
    where = Location(path)
    if len(data) > MAX_SOURCE_BYTES:
        reporter.error(where, f"file is {len(data):,} bytes; the limit is {MAX_SOURCE_BYTES:,}",
                       "source-too-large")
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _decode_error_location(data, exc.start)
        reporter.error(where.at(line, column),
                       f"byte 0x{data[exc.start]:02X} is not UTF-8; save the file as UTF-8 "
                       "(it may be Latin-1 or Windows-1252)", "source-encoding")
        return None
    if not text.strip():
        reporter.error(where, "file is empty", "source-empty")
        return None
    lines = tuple(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    for number, line in enumerate(lines, 1):
        for column, char in enumerate(line, 1):
            if ord(char) in CONTROL_CHARS:
                reporter.error(where.at(number, column),
                               f"control character U+{ord(char):04X} is not allowed in text",
                               "source-control-char")
                return None
    return SourceText(path, lines)


def read_source(path: Path, reporter: Reporter, display: str | None = None) -> SourceText | None:
    """Read and decode one source file; `display` is the path shown in diagnostics."""
    shown = display or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            reporter.error(Location(shown), f"file is {size:,} bytes; the limit is "
                           f"{MAX_SOURCE_BYTES:,}", "source-too-large")
            return None
        data = path.read_bytes()
    except OSError as exc:
        reporter.error(Location(shown), f"cannot read file: {exc.strerror}", "source-unreadable")
        return None
    return decode_source(data, shown, reporter)
