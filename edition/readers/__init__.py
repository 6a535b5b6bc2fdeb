"""Source layouts: each module reads one layout into a RawDocument; `read_document` picks the one that fits.

A reader module has `LAYOUT` (its name), `claims(source) -> bool` and
`read(source, doc_id, reporter) -> RawDocument | None`. A new layout is a new module added to
`READERS`, most specific first; `page_dump` is the fallback and claims everything.
"""

from __future__ import annotations

from ..diagnostics import Reporter
from ..model import RawDocument
from ..source import SourceText
from . import page_dump, telegram

READERS = (telegram, page_dump)


def read_document(source: SourceText, doc_id: str, reporter: Reporter) -> RawDocument | None:
    """Read `source` with the first reader that claims its layout."""
    for reader in READERS:
        if reader.claims(source):
            return reader.read(source, doc_id, reporter)
    raise AssertionError("page_dump claims every source")  # pragma: no cover
