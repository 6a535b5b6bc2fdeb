"""Exports of the whole edition, written beside the TEI: corpus downloads, CMIF, linked data, analytics.

Modules: `listing` (the downloads with size and SHA-256, for the downloads page), `bundle`
(ZIP of the TEI files and schemas; the teiCorpus), `cmif` (correspondence metadata for
correspSearch), `linked_data` (registers as JSON-LD), `analytics` (speaker numbers as CSV and
JSON), `matrix` (who speaks with whom, as SVG for the analytics page).

The pipeline calls `write_exports` after the TEI files and registers are staged and before the
pages are rendered (`staged_documents` reads the staged TEI back when the documents are not in
memory); the downloads page then lists the staged files with `downloads_listing`.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ..collect import collect_site
from ..config import Settings
from ..registers import KINDS, Registers
from ..tei.xml import SAFE_PARSER
from ..write import SiteWriter
from . import analytics, bundle, cmif, linked_data
from .listing import (CMIF, COPRESENCE_CSV, LABELS, REGISTERS_JSONLD, SPEAKERS_CSV,
                      SPEAKERS_JSON, TEI_CORPUS, TEI_ZIP, Download, downloads_listing)

__all__ = ["Download", "LABELS", "downloads_listing", "staged_documents", "write_exports"]



def staged_documents(stage: Path) -> list[tuple[str, etree._Element]]:
    """(document id, TEI root) of every staged tei/<id>.xml that is not a register, by id."""
    registers = {kind.file for kind in KINDS.values()}
    return [(path.stem, etree.parse(str(path), SAFE_PARSER).getroot())
            for path in sorted((stage / "tei").glob("*.xml")) if path.name not in registers]


def write_exports(documents: list[tuple[str, etree._Element]], registers: Registers,
                  settings: Settings, writer: SiteWriter) -> list[Download]:
    """Write every file of downloads/; what was written, by path, with sizes and checksums.

    `documents` are (document id, root of the TEI as published in tei/<id>.xml); the TEI
    files and registers must already be staged in `writer` (the ZIP reads them from there).
    """
    site = collect_site(documents, registers)
    doc_ids = sorted(doc_id for doc_id, _ in documents)
    files = {
        TEI_ZIP: bundle.tei_zip(bundle.zip_members(doc_ids, writer.stage),
                                bundle.archive_folder(settings), settings),
        TEI_CORPUS: bundle.corpus_bytes(documents, registers, settings),
        CMIF: cmif.cmif_bytes(documents, registers, settings),
        REGISTERS_JSONLD: linked_data.registers_jsonld_bytes(registers, settings),
        SPEAKERS_CSV: analytics.speakers_csv(site),
        SPEAKERS_JSON: analytics.speakers_json(site, settings),
        COPRESENCE_CSV: analytics.copresence_csv(site),
    }
    written = []
    for path in sorted(files):
        writer.write_bytes(path, files[path])
        written.append(Download.of_bytes(path, files[path]))
    return written
