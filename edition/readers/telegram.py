"""Reader for the archive telegram: first line `title date`, body, then a `[Source: ...]` line.

    Mikoyan Telegram to the CC CPSU (no. 1856) November 19, 1962
    TOP SECRET / Copy No. 1                <- a security marking: the classification (`take_marking`)
    CC CPSU. / ... / 19.XI.62 A. Mikoyan
    [Source: Personal Archive of Sergo Mikoyan ...]
    Transcribed by J. Smith, 2024.        <- a few lines after it: kept in the header (warned)

What follows the statement on its line (`[Source: ...] [Stamp: received 20.XI.62]`) is kept as a
line after it; a bracket inside it (`[Source: ... [Stamp: ...]]`) is the statement's.
"""

from __future__ import annotations

import re

from ..diagnostics import Reporter
from ..model import Field, Metadata, RawDocument
from ..security_markings import take_marking
from ..source import SourceText
from .common import (TRANSLATION_FIELD, is_date_line, paragraphs, split_chrome, split_title_date,
                     take_translation_note)
from .page_dump import INFO_HEADING

LAYOUT = "archive-telegram"

SOURCE_LINE = re.compile(r"^\[Source:.*\]")
"""A source statement's line: it opens with `[Source:` and closes a bracket; what follows the
statement on it (`[Source: ...] [Stamp: received 20.XI.62]`, `[Source: ...] (copy)`) is kept after
it (`split_source_line`)."""
SOURCE_LABEL = "[Source:"
MAX_LINES_AFTER_SOURCE = 5
"""Lines after the source statement that still leave it the telegram's (a transcriber's credit);
more are a text of their own, and the file is no telegram."""
AFTER_SOURCE = "After the source statement"
"""The header field that keeps the lines after the source statement."""


def split_source_line(line: str) -> tuple[str, str, int]:
    """(statement, what follows it on the line, the offset where that begins) of a stripped
    `SOURCE_LINE`: the statement ends at the bracket that closes `[Source:` (`[Source: An
    archive] [Stamp: received]` -> "An archive", "[Stamp: received]", 21); at the line's last `]`
    when its brackets do not pair (`[Source: An archive]]`: the encoder reports the stray one)."""
    end = _first_bracket_end(line) or line.rindex("]") + 1
    rest = line[end:]
    statement = line[len(SOURCE_LABEL):end - 1]
    return statement.strip(), rest.strip(), end + len(rest) - len(rest.lstrip())


def _first_bracket_end(line: str) -> int | None:
    """The offset after the `]` that closes the line's first `[`; None when the line's brackets
    do not pair (one closes none, or one is never closed)."""
    depth, first_end = 0, None
    for index, char in enumerate(line):
        if char in "[]":
            depth += 1 if char == "[" else -1
            if depth < 0:
                return None
            if depth == 0 and first_end is None:
                first_end = index + 1
    return first_end if depth == 0 else None


def _content_lines(source: SourceText) -> list[tuple[int, str]]:
    return [(n, line.strip()) for n, line in enumerate(source.lines, 1) if line.strip()]


def _source_index(lines: list[tuple[int, str]]) -> int | None:
    """Index in `lines` of the source statement near the end, None when there is none."""
    for index in range(len(lines) - 1, max(0, len(lines) - 2 - MAX_LINES_AFTER_SOURCE), -1):
        if SOURCE_LINE.match(lines[index][1]):
            return index
    return None


def claims(source: SourceText) -> bool:
    """A telegram ends with a `[Source: ...]` line (a few lines may follow it) and opens with a
    title that ends in a date, or with a title without one (the date is then reported missing),
    never with a date line, as the archive page does, nor with its `Document Information`."""
    lines = _content_lines(source)
    index = _source_index(lines)
    if not index or any(text.lower() == INFO_HEADING for _, text in lines):
        return False
    first = lines[0][1]
    return split_title_date(first) is not None or not is_date_line(first)


def why_not_claimed(source: SourceText) -> tuple[int, str] | None:
    """(line, reason) when `source`, which this reader does not claim, has a telegram's
    `[Source: ...]` line (its statement would be read as text); None when it has none or is a
    page."""
    lines = _content_lines(source)
    found = [i for i, (_, text) in enumerate(lines) if SOURCE_LINE.match(text)]
    if not found or any(text.lower() == INFO_HEADING for _, text in lines):
        return None
    line = lines[found[-1]][0]
    if _source_index(lines) is None:
        return line, (f"{len(lines) - 1 - found[-1]} lines follow it (a telegram's source "
                      f"statement is its last line, at most {MAX_LINES_AFTER_SOURCE} may follow)")
    return line, "line 1 is a date line (a telegram opens with its title, the date at its end)"


def read(source: SourceText, doc_id: str, reporter: Reporter) -> RawDocument | None:
    """Read a telegram into metadata and body paragraphs."""
    lines = _content_lines(source)
    index = _source_index(lines)
    (title_line, heading), (source_line, last) = lines[0], lines[index]
    title, date = split_title_date(heading) or (heading, "")
    paras, chrome = split_chrome(paragraphs(source.lines[title_line:source_line - 1],
                                            title_line + 1))
    classification, paras = take_marking(paras)
    paras, translation = take_translation_note(paras)
    statement, rest, offset = split_source_line(last)
    printed = source.lines[source_line - 1]
    column = len(printed) - len(printed.lstrip()) + offset + 1
    after = [Field(rest, source_line, column=column)] * bool(rest) + [
        Field(p.text, p.line, column=1) for p in paragraphs(source.lines[source_line:],
                                                            source_line + 1)]
    if after:
        reporter.warning(source.location(after[0].line, after[0].column), "text after the "
                         f"[Source: ...] statement is kept in the header as '{AFTER_SOURCE}'; the "
                         "source statement is a telegram's last line", "telegram-after-source")
    metadata = Metadata(
        title=Field(title, title_line),
        date=Field(date, title_line, column=heading.rfind(date) + 1 if date else 0),
        classification=classification,
        source=Field(statement, source_line),
        extra=tuple((TRANSLATION_FIELD, field) for field in translation)
        + tuple((AFTER_SOURCE, field) for field in after),
    )
    label = Field("Source", source_line)   # the `[Source:` label is layout, its value is kept
    return RawDocument(doc_id, source.path, LAYOUT, metadata, tuple(paras), tuple(chrome) + (label,))
