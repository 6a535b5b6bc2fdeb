"""Exports of the whole edition, written beside the TEI: corpus downloads, CMIF, linked data, analytics.

Modules: `listing` (the downloads with size and SHA-256, for the downloads page), `bundle`
(ZIP of the TEI files and schemas; the teiCorpus), `cmif` (correspondence metadata for
correspSearch), `linked_data` (registers as JSON-LD), `analytics` (speaker numbers as CSV and
JSON), `matrix` (who speaks with whom, as SVG for the analytics page).

The pipeline calls `write_downloads` after the TEI files and registers are staged and every
document's pages are rendered: the render workers leave each document's corpus and ZIP member
in the build cache (`edition.publish`), and `CorpusParts` hands them over one at a time (see
`edition.open_data`), for the documents the previous copy of the file does not hold
(`edition.splice`). The downloads page then lists the staged files with
`downloads_listing`; `write_downloads` says what it wrote (`Noted`: hashed as it was written),
so that the listing reads none of these files again.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Callable

from lxml import etree

from ..records import SiteModel
from ..config import Settings
from ..registers import Registers
from ..render import urls
from ..render.pages import NOTHING_TAKEN_OVER, TakenOver
from ..splice import Splices
from ..tei import serialize
from ..write import SiteWriter
from . import analytics, bundle, cmif, linked_data
from .archive import Member, deflate
from .listing import (CMIF, COPRESENCE_CSV, LABELS, REGISTERS_JSONLD, SPEAKERS_CSV,
                      SPEAKERS_JSON, TEI_CORPUS, TEI_ZIP, Download, Noted, downloads_listing)

__all__ = ["CorpusParts", "Download", "LABELS", "Noted", "downloads_listing",
           "write_downloads"]


@dataclass(frozen=True)
class CorpusParts:
    """Where the edition-wide downloads take each document from, one document at a time."""

    chunks: dict[str, str]
    """Every document id, in order -> its chunk id: the same id, the same bytes (the corpus
    files copy a document's part from their previous copy by it, see `edition.splice`)."""
    zip_member: Callable[[str], Member]
    """Document id -> its published TEI, deflated."""
    corpus_member: Callable[[str], bytes]
    """Document id -> its teiCorpus member (`bundle.member_bytes`)."""
    letters: Callable[[], list[tuple[str, etree._Element]]]
    """(document id, correspDesc) of the documents that have one, by id: parsed when called."""
    letters_digest: str
    """A hash of what `letters` gives (see `open_data.letters_digest`): the CMIF file is taken
    over from the previous site when it and the edition's inputs are unchanged."""


def write_downloads(site: SiteModel, parts: CorpusParts, registers: Registers,
                    settings: Settings, writer: SiteWriter, splices: Splices,
                    taken_over: TakenOver = NOTHING_TAKEN_OVER) -> list[Noted]:
    """Write every file of downloads/: the two corpus files are streamed, document by document,
    each document copied from the previous site's copy where that holds it (`splices`); the
    speaker numbers and the CMIF file are taken over when `taken_over` (see `analytics.digest`,
    `CorpusParts.letters_digest`). Returns what was written, for `downloads_listing`."""
    members = {urls.tei(doc_id): (ident, partial(parts.zip_member, doc_id))
               for doc_id, ident in parts.chunks.items()}
    members.update({name: (None, partial(deflate, data))
                    for name, data in bundle.zip_members(writer.stage).items()})
    with splices.writing(TEI_ZIP) as out:
        bundle.write_tei_zip(out, members, bundle.archive_folder(settings), settings)
    written = {TEI_ZIP: Download(TEI_ZIP, out.size, out.sha256)}
    with splices.writing(TEI_CORPUS) as out:
        bundle.write_tei_corpus(out, [(ident, partial(parts.corpus_member, doc_id))
                                      for doc_id, ident in parts.chunks.items()],
                                registers, settings)
    written[TEI_CORPUS] = Download(TEI_CORPUS, out.size, out.sha256)
    files = {
        REGISTERS_JSONLD: linked_data.registers_jsonld_bytes(registers, site.named, settings),
    }
    made, taken = speaker_downloads(site, settings, taken_over)
    files.update(made)
    if taken_over(CMIF, parts.letters_digest):
        taken.append(CMIF)
    else:
        files[CMIF] = serialize(cmif.cmif(parts.letters(), registers, settings))
    written.update({path: Download.of_file(path, writer.stage / path) for path in taken})
    for path in sorted(files):
        writer.write_bytes(path, files[path])
        written[path] = Download.of_bytes(path, files[path])
    return [Noted.of_written(download, writer.stage / path)
            for path, download in sorted(written.items())]


def speaker_downloads(site: SiteModel, settings: Settings, taken_over: TakenOver
                      ) -> tuple[dict[str, bytes], list[str]]:
    """The speaker numbers to write (path -> bytes), and the paths of those taken over from
    the previous site instead: they show what `analytics.digest` sums up."""
    speakers_digest = analytics.digest(site)
    files, taken = {}, []
    for path, make in ((SPEAKERS_CSV, analytics.speakers_csv),
                       (SPEAKERS_JSON, partial(analytics.speakers_json, settings=settings)),
                       (COPRESENCE_CSV, analytics.copresence_csv)):
        if taken_over(path, speakers_digest):
            taken.append(path)
        else:
            files[path] = make(site)
    return files, taken
