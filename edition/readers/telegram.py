"""Reader for the archive telegram: first line `title date`, body, last line `[Source: ...]`."""

from __future__ import annotations

import re

from ..diagnostics import Reporter
from ..model import Field, Metadata, RawDocument
from ..source import SourceText
from .common import paragraphs, split_chrome, split_title_date

LAYOUT = "archive-telegram"

SOURCE_LINE = re.compile(r"^\[Source:\s*(?P<value>.*)\]$")


def _content_lines(source: SourceText) -> list[tuple[int, str]]:
    return [(n, line.strip()) for n, line in enumerate(source.lines, 1) if line.strip()]


def claims(source: SourceText) -> bool:
    """A telegram ends with a `[Source: ...]` line and opens with a title that ends in a date."""
    lines = _content_lines(source)
    if len(lines) < 2 or not SOURCE_LINE.match(lines[-1][1]):
        return False
    return split_title_date(lines[0][1]) is not None


def read(source: SourceText, doc_id: str, reporter: Reporter) -> RawDocument | None:
    """Read a telegram into metadata and body paragraphs."""
    lines = _content_lines(source)
    (title_line, heading), (source_line, last) = lines[0], lines[-1]
    title, date = split_title_date(heading) or (heading, "")
    paras, chrome = split_chrome(paragraphs(source.lines[title_line:source_line - 1],
                                            title_line + 1))
    metadata = Metadata(
        title=Field(title, title_line), date=Field(date, title_line),
        source=Field(SOURCE_LINE.match(last).group("value").strip(), source_line),
    )
    label = Field("Source", source_line)   # the `[Source:` label is layout, its value is kept
    return RawDocument(doc_id, source.path, LAYOUT, metadata, tuple(paras), tuple(chrome) + (label,))
