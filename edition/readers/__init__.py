"""Source layouts: each module reads one layout into a RawDocument; `read_document` picks the one that fits.

A reader module has `LAYOUT` (its name), `claims(source) -> bool` and
`read(source, doc_id, reporter) -> RawDocument | None`. A new layout is a new module added to
`READERS`, most specific first; `page_dump` is the fallback and claims everything.
"""

from __future__ import annotations

from ..diagnostics import Location, Reporter
from ..model import RawDocument
from ..source import SourceText, check_doc_id
from . import page_dump, telegram

READERS = (telegram, page_dump)


def read_document(source: SourceText, doc_id: str, reporter: Reporter) -> RawDocument | None:
    """Read `source` with the first reader that claims its layout.

    None (with an error) when the file name cannot be a document id or there is no body text.
    """
    if not check_doc_id(doc_id, source.path, reporter):
        return None
    for reader in READERS:
        if reader.claims(source):
            if reader is page_dump:
                _report_not_a_telegram(source, reporter)
            raw = reader.read(source, doc_id, reporter)
            if raw is not None and not raw.body:
                title = raw.metadata.title
                reporter.error(Location(source.path, title.line or 1), "no document text after the "
                               "heading (date, title, security marking)", "body-empty")
                return None
            return raw
    raise AssertionError("page_dump claims every source")  # pragma: no cover


def _report_not_a_telegram(source: SourceText, reporter: Reporter) -> None:
    """Say why a file with a telegram's `[Source: ...]` line is read as an archive page."""
    missed = telegram.why_not_claimed(source)
    if missed:
        reporter.warning(Location(source.path, missed[0], 1), "this [Source: ...] line is read as "
                         f"text, not as the source statement of a telegram: {missed[1]}",
                         "telegram-layout")
