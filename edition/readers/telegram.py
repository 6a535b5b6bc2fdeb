"""Reader for the archive telegram: first line `title date`, body, then a `[Source: ...]` line.

    Mikoyan Telegram to the CC CPSU (no. 1856) November 19, 1962
    TOP SECRET / Copy No. 1                <- a security marking: the classification (`take_marking`)
    CC CPSU. / ... / 19.XI.62 A. Mikoyan
    [Source: Personal Archive of Sergo Mikoyan ...]
    Transcribed by J. Smith, 2024.        <- a few lines after it: kept in the header (warned)
"""

from __future__ import annotations

import re

from ..diagnostics import Reporter
from ..model import Field, Metadata, RawDocument
from ..source import SourceText
from .common import is_date_line, paragraphs, split_chrome, split_title_date, take_marking
from .page_dump import INFO_HEADING

LAYOUT = "archive-telegram"

SOURCE_LINE = re.compile(r"^\[Source:\s*(?P<value>.*)\]$")
MAX_LINES_AFTER_SOURCE = 5
"""Lines after the source statement that still leave it the telegram's (a transcriber's credit);
more are a text of their own, and the file is no telegram."""
AFTER_SOURCE = "After the source statement"
"""The header field that keeps the lines after the source statement."""


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
    after = paragraphs(source.lines[source_line:], source_line + 1)
    if after:
        reporter.warning(source.location(after[0].line, 1), f"text after the [Source: ...] line is "
                         f"kept in the header as '{AFTER_SOURCE}'; the source statement is a "
                         "telegram's last line", "telegram-after-source")
    metadata = Metadata(
        title=Field(title, title_line),
        date=Field(date, title_line, column=heading.rfind(date) + 1 if date else 0),
        classification=classification,
        source=Field(SOURCE_LINE.match(last).group("value").strip(), source_line),
        extra=tuple((AFTER_SOURCE, Field(p.text, p.line)) for p in after),
    )
    label = Field("Source", source_line)   # the `[Source:` label is layout, its value is kept
    return RawDocument(doc_id, source.path, LAYOUT, metadata, tuple(paras), tuple(chrome) + (label,))
