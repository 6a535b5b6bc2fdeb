"""One document's open data, made from its published TEI by the worker that renders its pages.

A worker writes the document's DTS files into the staged site, and keeps in the build cache
what the edition-wide downloads are assembled from: the document as a teiCorpus member
(`.member.xml`) and as a deflated ZIP member (`.zip`). The main process gets a `Published`
back (also cached, `.published.pickle`, for the next build's unchanged documents) and only
concatenates: no document's TEI is parsed, and no corpus is held, in the main process.
"""

from __future__ import annotations

import os
import pickle
from dataclasses import dataclass

from lxml import etree

from .cache import BuildCache
from .dts import Layout, dts_files, write_resource
from .export.archive import Member, deflate
from .export.bundle import member_bytes
from .export.letter_parts import letters, packed
from .tei.citation import citable_lines
from .write import SiteWriter

MEMBER, ZIPPED, RECORD = ".member.xml", ".zip", ".published.pickle"


@dataclass(frozen=True)
class Published:
    """What the edition-wide files need of one published document."""

    doc_id: str
    resource: dict
    """Its DTS Resource object, with its "language" (see `dts.write_resource`)."""
    correspondence: bytes
    """Its correspDesc, or those of its letters, serialized (`letter_parts.packed`); b"" when
    it has none."""
    refs: tuple[str, ...]
    """Its citable lines (`@n`), in order: they name its DTS files."""

    def dts_files(self) -> list[str]:
        return dts_files(self.doc_id, list(self.refs))


def publish_document(doc_id: str, key: str, data: bytes, root: etree._Element, layout: Layout,
                     registered: set[str], writer: SiteWriter, cache: BuildCache) -> Published:
    """Write the DTS files of one document (TEI `data`, parsed as `root`; cache key `key`).
    `root` is made its teiCorpus member last, in place, not copied: it is read no more."""
    resource = write_resource(doc_id, root, layout, writer)
    published = Published(doc_id, resource, packed(letters(root)),
                          tuple(n for n, _ in citable_lines(root)))
    cache.put(key, MEMBER, member_bytes(doc_id, root, registered, copied=False))
    cache.put(key, ZIPPED, deflate(data).to_bytes())
    cache.put(key, RECORD, pickle.dumps(published, protocol=pickle.HIGHEST_PROTOCOL))
    return published


def cached_publication(cache: BuildCache, key: str) -> Published | None:
    """The `Published` of an earlier build for the TEI of `key`, if all its files are there."""
    if not all(os.path.isfile(cache.entry_path(key, suffix)) for suffix in (MEMBER, ZIPPED)):
        return None  # paths as strings: 10,000 documents a rebuild, pathlib's joining a third
    try:
        with open(cache.entry_path(key, RECORD), "rb") as stream:
            found = pickle.loads(stream.read())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None
    return found if isinstance(found, Published) else None


def zip_member(cache: BuildCache, key: str) -> Member:
    return Member.from_bytes(cache.entry(key, ZIPPED).read_bytes())


def corpus_member(cache: BuildCache, key: str) -> bytes:
    return cache.entry(key, MEMBER).read_bytes()
