"""The lists of documents: the home page in date order, and a page per document type."""

from __future__ import annotations

from typing import Sequence

from ..records import DocumentRecord
from . import urls
from .pages import NOTHING_TAKEN_OVER, Pages, TakenOver, counted, pager

HOME_DOCUMENTS = 500
"""Documents a page of a list shows (at 10,000 documents one page held 8.5 MB)."""


ByType = dict[str, list[DocumentRecord]]
"""Type as the pages name it -> its documents in date order; most documents first, then by
name."""


def documents_by_type(documents: Sequence[DocumentRecord]) -> ByType:
    """`documents` (in date order) grouped by type, in one pass (`ByType`)."""
    grouped: ByType = {}
    for doc in documents:
        grouped.setdefault(doc.document_type, []).append(doc)
    return dict(sorted(grouped.items(), key=lambda item: (-len(item[1]), item[0])))


def _type_links(pages: Pages, page: str, by_type: ByType, current: str) -> list[dict]:
    """A link to the page of every type, `current` (the page's own type, or '') marked."""
    return [dict(label=doc_type, count=counted(len(documents), "document", "documents"),
                 current=doc_type == current, href=pages.href(page, urls.type_page(doc_type)))
            for doc_type, documents in by_type.items()]


def _write_list(pages: Pages, taken_over: TakenOver, documents: Sequence[DocumentRecord],
                files: list[str], by_type: ByType, template: str, title: str,
                **context) -> None:
    """`documents` in date order, `HOME_DOCUMENTS` a page, on `files`; each page links the
    page of every type of `by_type`. A page whose rows are as the previous site showed them
    is taken over (`Pages.write_unless_taken_over`)."""
    for number, page in enumerate(files, 1):
        start = (number - 1) * HOME_DOCUMENTS
        shown = documents[start:start + HOME_DOCUMENTS]
        pages.write_unless_taken_over(
                    taken_over, page, template, title if number == 1 else
                    f"{title}, page {number} of {len(files)}", urls.HOME,
                    count_label=counted(len(documents), "document", "documents"), first=start + 1,
                    shown=f"{start + 1:,}–{start + len(shown):,}" if len(files) > 1 else "",
                    documents=[pages.document_summary(page, d) for d in shown],
                    pager=pager(pages, page, files, "Pages of documents"),
                    types=_type_links(pages, page, by_type, context.get("doc_type", "")),
                    **context)


def _pages_for(documents: Sequence[DocumentRecord]) -> int:
    return max(1, -(-len(documents) // HOME_DOCUMENTS))


def write_document_lists(pages: Pages,
                         taken_over: TakenOver = NOTHING_TAKEN_OVER) -> None:
    """The home page's list and the list of each type, the documents grouped by type once;
    `taken_over`: see `_write_list`."""
    by_type = documents_by_type(pages.site.documents)
    write_home(pages, by_type, taken_over)
    write_type_pages(pages, by_type, taken_over)


def write_home(pages: Pages, by_type: ByType,
               taken_over: TakenOver = NOTHING_TAKEN_OVER) -> None:
    """The list of documents in chronological order, `HOME_DOCUMENTS` a page: the home page,
    then index-2.html ...; each names the document types, linked to their pages."""
    documents = pages.site.documents
    files = [urls.home_page(n) for n in range(1, _pages_for(documents) + 1)]
    _write_list(pages, taken_over, documents, files, by_type, "index.html", "Documents")


def write_type_pages(pages: Pages, by_type: ByType,
                     taken_over: TakenOver = NOTHING_TAKEN_OVER) -> None:
    """The documents of each type in chronological order (`types/<type>.html`, paged as the
    home page): browsing by type without the search's filter, which needs JavaScript."""
    for doc_type, documents in by_type.items():
        files = [urls.type_page(doc_type, n) for n in range(1, _pages_for(documents) + 1)]
        _write_list(pages, taken_over, documents, files, by_type, "type.html",
                    f"Documents of type {doc_type}", doc_type=doc_type,
                    home_href=pages.href(files[0], urls.HOME))
