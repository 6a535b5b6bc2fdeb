"""The edition-wide open data of a build: downloads, DTS index and citation manifest, from what each document's worker left.

No TEI is parsed here: the render workers left every document's corpus and ZIP member in the
build cache (`edition.publish`), the encoding workers its part of the citation manifest. The
three big files (ZIP, teiCorpus, citations.json) take each document's part from their copy in
the previous site where it is unchanged (`edition.splice`), and from the cache where not.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from lxml import etree

from .cache import DocumentResult
from .records import SiteModel
from .dts import write_dts_index
from .export import CorpusParts, Download, Noted, write_downloads
from .export.letter_parts import unpacked
from .manifest import MANIFEST, write_manifest_lines
from .publish import Published, corpus_member, zip_member
from .render.pages import NOTHING_TAKEN_OVER, TakenOver
from .splice import Splices
from .tei.xml import SAFE_PARSER
from .write import SiteWriter

if TYPE_CHECKING:
    from .pipeline import Corpus


def write_open_data(corpus: Corpus, site: SiteModel, published: list[Published],
                    writer: SiteWriter, splices: Splices,
                    parents_taken_over: Callable[[str, str], bool] = lambda doc_id, path: False,
                    taken_over: TakenOver = NOTHING_TAKEN_OVER) -> dict[str, Noted]:
    """downloads/, the edition-wide DTS files and citations.json. The size and SHA-256 of the
    TEI files and downloads are returned for the downloads page (`export.Noted`): none is
    read again to list it. `parents_taken_over`: see `dts.write_dts_index`; `taken_over`:
    see `export.write_downloads`."""
    keys = corpus.cache_keys()
    chunks = {doc_id: f"{doc_id} {keys[doc_id]}" for doc_id in sorted(keys)}
    cache = corpus.cache
    parts = CorpusParts(chunks, lambda doc_id: zip_member(cache, keys[doc_id]),
                        lambda doc_id: corpus_member(cache, keys[doc_id]),
                        partial(letters, published), letters_digest(corpus, published))
    written = write_downloads(site, parts, corpus.registers, corpus.settings, writer, splices,
                              taken_over)
    write_dts_index([p.resource for p in published], corpus.settings, writer, parents_taken_over)
    entries = [(chunks[doc_id], partial(cache.manifest_entry, keys[doc_id])) for doc_id in chunks]
    with splices.writing(MANIFEST, hashed=False) as out:
        write_manifest_lines(out, entries)
    return {n.download.path: n for n in [*tei_notes([d.stored for d in corpus.documents]),
                                          *written]}


def letters(published: list[Published]) -> list[tuple[str, etree._Element]]:
    """(document id, correspDesc) of every letter, by document id (`CorpusParts.letters`)."""
    found = [(p.doc_id, desc) for p in published if p.correspondence
             for desc in unpacked(etree.fromstring(p.correspondence, SAFE_PARSER))]
    return sorted(found, key=lambda letter: letter[0])


def letters_digest(corpus: Corpus, published: list[Published]) -> str:
    """A hash of what the CMIF file shows besides the edition's inputs: every document's
    correspDesc as published, and the provisional persons they may name (the registers'
    own entries are in the inputs)."""
    digest = hashlib.sha256()
    for p in published:
        if p.correspondence:
            digest.update(f"{p.doc_id}\0{len(p.correspondence)}\0".encode() + p.correspondence)
    provisional = sorted(e.id for e in corpus.registers.entries("person") if e.provisional)
    digest.update("\0".join(provisional).encode())
    return digest.hexdigest()


def tei_notes(stored: list[DocumentResult]) -> list[Noted]:
    """tei/<id>.xml of every document as its cache entry was stored (`write_tei` links it)."""
    return [Noted(Download(f"tei/{result.doc_id}.xml", result.written[0][0], result.tei_sha256),
                  result.written[0][1]) for result in stored if result.tei_sha256]
