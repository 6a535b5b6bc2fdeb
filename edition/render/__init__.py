"""The edition website: site model -> pages (documents, registers, chronology, citations, downloads).

Modules: `urls` (every path), `behaviours` (the TEI -> HTML table), `html` (the walker),
`mark_behaviours` (the walker's behaviours of the editorial marks), `note_list` (the notes
under the text), `markup` (HTML strings escaped as lxml writes them), `page_marks` (a line's
start, its Cite box, a note's marker), `hyphens` (line-end hyphens), `cite` (the citation
styles: Chicago, MLA, a line's), `cite_data` (BibTeX, CSL-JSON), `cite_parts` (what every
citation form shares), `written_dates` (dates as the pages and citations write them), `chart`
(speaker SVG), `source` (View XML), `pages` (shared page context and edition-wide pages),
`doc_lists` (the home page and the pages of a document type), `chronology` (the chronology and
its months), `document` (document pages), `indices` (register pages). How notes
are numbered is read from the TEI (`tei.notes`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Collection, Mapping

from lxml import etree

from ..collect import collect_site
from ..config import Settings
from ..registers import Registers
from ..write import SiteWriter
from . import urls
from .document import write_document, write_source
from .indices import HEADINGS, write_entry, write_register_index, write_registers
from .chronology import write_chronology
from .doc_lists import write_document_lists
from .pages import (NOTHING_TAKEN_OVER, Pages, TakenOver, environment, write_about,
                    write_analytics, write_downloads, write_how_to_cite, write_search)
from .source import stylesheet

if TYPE_CHECKING:
    from ..export.listing import Noted

STATIC = Path(__file__).resolve().parents[1] / "static"
SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"


def render_site(documents: list[tuple[str, etree._Element]], registers: Registers,
                settings: Settings, writer: SiteWriter) -> None:
    """Write every page of the site except `tei/*.xml` (written by the pipeline).

    `documents` are (document id, root of the validated TEI as published in tei/<id>.xml).
    """
    pages = Pages(environment(), collect_site(documents, registers), settings, writer)
    for doc_id, root in sorted(documents, key=lambda d: d[0]):
        render_document(pages, doc_id, root)
    render_edition_pages(pages)


def render_document(pages: Pages, doc_id: str, root: etree._Element) -> None:
    """The pages of one document: `documents/<id>.html` and its View XML page."""
    write_document(pages, doc_id, root)
    write_source(pages, doc_id, root)


def render_entry(pages: Pages, ident: str, only: Collection[int] | None = None) -> None:
    """The pages of one register entry (every mention in context); with `only`, the pages of
    those numbers (see `indices.write_entry`)."""
    write_entry(pages, pages.site.entry_by_id[ident], only)


def document_pages(doc_id: str) -> tuple[str, str]:
    """The site paths `render_document` writes for `doc_id`."""
    return urls.document(doc_id), urls.document_xml(doc_id)


def render_edition_pages(pages: Pages, entries: bool = True,
                         noted: Mapping[str, Noted] | None = None,
                         taken_over: TakenOver = NOTHING_TAKEN_OVER,
                         known_months: Mapping[str, tuple[list, str]] | None = None
                         ) -> dict[str, tuple[list, str]]:
    """Every page that is not one document's: registers, home, chronology, about, static files.

    With `entries` False, the page of each register entry is left out (the pipeline has them
    written by workers: `render_entry`). `noted`: what the writers of the downloads said they
    wrote (`edition.export.listing`), so that the downloads page need not read them again.
    `taken_over`: which of the lists of documents, the registers' indices, the chronology and
    its month pages and the analytics page were taken from the previous site (see
    `Pages.write_unless_taken_over`, `chronology.write_chronology`, `pages.write_analytics`).
    `known_months`, and what it returns: the digests of the chronology's months (see
    `chronology.write_chronology`)."""
    writer = pages.writer
    if entries:
        write_registers(pages)
    else:
        for kind in HEADINGS:
            write_register_index(pages, kind, taken_over)
    write_document_lists(pages, taken_over)
    months = write_chronology(pages, taken_over, known_months or {})
    write_about(pages)
    write_how_to_cite(pages)
    write_search(pages)
    write_analytics(pages, taken_over)
    write_downloads(pages, copy_schemas(writer), noted or {})
    copy_static(writer)
    return months


def copy_static(writer: SiteWriter) -> None:
    for path in sorted(STATIC.iterdir()):
        if path.is_file():
            writer.copy(f"static/{path.name}", path)
    writer.write_text(urls.SOURCE_STYLESHEET, stylesheet())


def copy_schemas(writer: SiteWriter) -> list[str]:
    """Copy schemas/* (ODD, RELAX NG, Schematron) into the site; their names, sorted."""
    names = []
    if SCHEMAS.is_dir():
        for path in sorted(SCHEMAS.iterdir()):
            if path.is_file() and not path.name.startswith("."):
                writer.copy(urls.schema(path.name), path)
                names.append(path.name)
    return names
