"""Read a source file into numbered lines: strict UTF-8, BOM and CRLF handled, bad bytes located."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .diagnostics import InputProblem, Location, Reporter

MAX_SOURCE_BYTES = 20 * 1024 * 1024
"""Larger sources are refused: a transcription of one document is never this big."""

DOC_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
"""A document id (the source's file name without `.txt`) is used in paths and URLs as it is."""

MAX_LINE_CHARS = 100_000
"""Longer lines are refused: the longest line of the development corpus has 2,709 characters,
and encoding time grows with the length of a paragraph (about 1 s per 100,000 characters)."""

CONTROL_CHARS = {c for c in range(32) if c not in (9, 10, 13)} | {0x7F, 0xFFFE, 0xFFFF}
"""C0 controls and DEL, and the noncharacters U+FFFE and U+FFFF, which XML cannot hold at all."""
FORBIDDEN = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(CONTROL_CHARS)) + "]")
FORM_FEED_AT_LINE_START = re.compile(r"(^|\n)\f+")
"""The page break pdftotext and OCR dumps put before a page's first line: no text, dropped (one
inside a line parts two words, a space)."""

RESAVE_TEXT = "save it again as UTF-8 (in most editors: Save As, encoding UTF-8)"
RESAVE_DOCUMENT = "open it in the program that made it and save it as plain text (.txt), UTF-8"
SIGNATURES = (  # first bytes -> what the file seems to be, how to make it UTF-8 plain text
    (b"\x00\x00\xfe\xff", "UTF-32 text (it starts with a UTF-32 byte-order mark)", RESAVE_TEXT),
    (b"\xff\xfe\x00\x00", "UTF-32 text (it starts with a UTF-32 byte-order mark)", RESAVE_TEXT),
    (b"\xfe\xff", "UTF-16 text (it starts with a UTF-16 byte-order mark)", RESAVE_TEXT),
    (b"\xff\xfe", "UTF-16 text (it starts with a UTF-16 byte-order mark)", RESAVE_TEXT),
    (b"PK\x03\x04", "a Word document (.docx) or another ZIP archive", RESAVE_DOCUMENT),
    (b"%PDF", "a PDF document", RESAVE_DOCUMENT),
    (b"\xd0\xcf\x11\xe0", "a Word 97-2003 document (.doc)", RESAVE_DOCUMENT),
    (b"{\\rtf", "a Rich Text document (.rtf)", RESAVE_DOCUMENT),
)


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


def not_plain_utf8(data: bytes) -> str:
    """What a file seems to be, from its first bytes, when that is not UTF-8 plain text (a byte-
    order mark of UTF-16 or UTF-32, many empty bytes, a Word or PDF signature), and how to make
    it so; "" when nothing says it is not."""
    for signature, kind, advice in SIGNATURES:
        if data.startswith(signature):
            return f"the file seems to be {kind}, not UTF-8 plain text: {advice}"
    sample = data[:4096]
    empty = sample.count(0)
    if len(sample) >= 4 and empty * 4 >= len(sample):
        kind = ("UTF-16 text without a byte-order mark (every other byte is empty)"
                if empty * 5 < len(sample) * 3 else
                "UTF-32 text without a byte-order mark (three bytes in four are empty)")
        return f"the file seems to be {kind}, not UTF-8 plain text: {RESAVE_TEXT}"
    return ""


def decode_utf8(data: bytes, where: Location) -> str:
    """`data` as UTF-8 text, a UTF-8 byte-order mark dropped; `InputProblem` at the first bad
    byte, or at the file when it seems to be something else (`not_plain_utf8`)."""
    if seems := not_plain_utf8(data):
        raise InputProblem(where, seems)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _decode_error_location(data, exc.start)
        raise InputProblem(where.at(line, column), f"byte 0x{data[exc.start]:02X} is not UTF-8; "
                           "save the file as UTF-8 (it may be Latin-1 or Windows-1252)") from None


def decode_source(data: bytes, path: str, reporter: Reporter) -> SourceText | None:
    """Decode `data` as UTF-8 (a BOM is dropped); report and return None when that fails."""
    where = Location(path)
    if len(data) > MAX_SOURCE_BYTES:
        reporter.error(where, f"file is {len(data):,} bytes; the limit is {MAX_SOURCE_BYTES:,}",
                       "source-too-large")
        return None
    if seems := not_plain_utf8(data):
        reporter.error(where, seems, "source-format")
        return None
    try:
        text = decode_utf8(data, where)
    except InputProblem as problem:
        reporter.error(problem.location, problem.message, "source-encoding")
        return None
    if not text.strip():
        reporter.error(where, "file is empty", "source-empty")
        return None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\f" in text:   # the search, led by `(^|\n)`, tries every place of the text
        text = FORM_FEED_AT_LINE_START.sub(r"\1", text).replace("\f", " ")
    lines = tuple(text.split("\n"))
    for number, line in enumerate(lines, 1):
        if len(line) > MAX_LINE_CHARS:
            reporter.error(where.at(number), f"line is {len(line):,} characters long; the limit is "
                           f"{MAX_LINE_CHARS:,} (is this a transcription?)", "source-line-too-long")
            return None
        bad = None if line.isprintable() else FORBIDDEN.search(line)   # (none is printable)
        if bad:
            reporter.error(where.at(number, bad.start() + 1),
                           f"character U+{ord(bad.group()):04X} is not allowed in text",
                           "source-control-char")
            return None
    return SourceText(path, lines)


def check_doc_id(doc_id: str, path: str, reporter: Reporter) -> bool:
    """False (and an error) when `doc_id` cannot be used as it is in the site's paths and URLs."""
    if DOC_ID.fullmatch(doc_id) and len(doc_id) <= 200:
        return True
    suggestion = re.sub(r"[^A-Za-z0-9._-]+", "-", doc_id).strip("-.") or "document"
    reporter.error(Location(path), f"the file name {doc_id!r} cannot be a document id in the site's "
                   "paths and URLs: use ASCII letters, digits, '-', '_' and '.' (not first), "
                   f"e.g. {suggestion[:200]!r}", "source-name")
    return False


def check_ids_free(sources: list[tuple[str, str]], reserved: dict[str, str],
                   reporter: Reporter) -> list[bool]:
    """Whether each source, (document id, shown path) in build order, may publish under its id:
    not when a file of the site's own has that id (`reserved`: id -> that file), nor when an
    earlier source has it (`x.txt` and `x.xml` would both be `tei/x.xml`); an error for each."""
    first: dict[str, str] = {}
    free = []
    for doc_id, shown in sources:
        taken = reserved.get(doc_id) or first.get(doc_id)
        if taken:
            reporter.error(Location(shown), f"the document id {doc_id!r} (the file name) is "
                           f"taken by {taken}: rename this file", "source-name")
        else:
            first[doc_id] = f"the document of {shown}"
        free.append(not taken)
    return free


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
