"""The whole corpus in one download: a deterministic ZIP of the TEI files, and a TEI teiCorpus.

In the teiCorpus every document keeps its TEI, but ids local to a document are prefixed so
they stay unique (`xml:id="L12"` -> `doc.<doc id>.L12`, `target="#L12"` -> `#doc.<doc id>.L12`),
the registers move into the corpus's `standOff`, and pointers into them lose the file name
(`persons.xml#mikoyan-anastas` -> `#mikoyan-anastas`).
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from functools import partial
from typing import Callable, Iterable, Mapping

from lxml import etree

from ..namespaces import T, TEI_NS, XML_ID, XML_LANG
from ..tei.xml import element as _sub
from ..config import Settings
from ..registers import KINDS, Registers, slug
from ..render import urls
from ..splice import Spliced
from ..tei import serialize
from ..validate import SCHEMA_DIR
from .archive import Member, deflate, write_zip

NOT_NCNAME = re.compile(r"[^A-Za-z0-9_.-]")


# ---------------------------------------------------------------- the ZIP archive

def schema_files() -> list[Path]:
    """schemas/* as the site publishes them (files only, no hidden ones), sorted by name."""
    if not SCHEMA_DIR.is_dir():
        return []
    return sorted(p for p in SCHEMA_DIR.iterdir() if p.is_file() and not p.name.startswith("."))


def archive_folder(settings: Settings) -> str:
    """The one folder inside the ZIP: 'mikoyan-conversations-1962-0.1.0'."""
    return f"{slug(settings.edition.short_title)}-{settings.edition.version}"


def zip_members(stage: Path) -> dict[str, bytes]:
    """Path in the archive (below its folder) -> bytes of the files besides the documents: the
    registers as staged, schemas/ from the repository."""
    members = {}
    for kind in KINDS:
        members[urls.register_tei(kind)] = (stage / urls.register_tei(kind)).read_bytes()
    for path in schema_files():
        members[urls.schema(path.name)] = path.read_bytes()
    return members


def readme(settings: Settings, names: list[str]) -> bytes:
    edition = settings.edition
    lines = [edition.title, f"Version {edition.version}, {settings.build_date}",
             edition.base_url, "", edition.licence, "",
             "The TEI files point at the registers with relative addresses (persons.xml#ID):",
             "keep tei/ together. schemas/ holds the project schema that documents the encoding.",
             "", "Contents:"] + [f"  {name}" for name in names]
    return ("\n".join(lines) + "\n").encode("utf-8")


def write_tei_zip(out: Spliced, members: Mapping[str, tuple[str | None, Callable[[], Member]]],
                  folder: str, settings: Settings) -> None:
    """The ZIP of `members` (name -> chunk id, its member deflated beforehand: see
    `archive.write_zip`), README.txt first, then by name; one member in memory at a time."""
    names = sorted(members)
    entries = [(f"{folder}/README.txt", None, lambda: deflate(readme(settings, names)))]
    write_zip(out, entries + [(f"{folder}/{name}", *members[name]) for name in names])


# ---------------------------------------------------------------- the teiCorpus


def document_prefix(doc_id: str) -> str:
    """The id prefix of one document inside the corpus: 'doc.1962-11-19-telegram.'."""
    return "doc." + NOT_NCNAME.sub("_", doc_id) + "."


def _rewrite_pointers(root: etree._Element, local: dict[str, str], registered: set[str]) -> None:
    """Every '#id' token naming a local id, and every 'persons.xml#id' naming an entry, rewritten."""
    files = {kind.file for kind in KINDS.values()}
    for element in root.iter(etree.Element):
        for name, value in element.attrib.items():
            if name == XML_ID or "#" not in value:
                continue
            tokens = []
            for token in value.split():
                file, hash_, ident = token.partition("#")
                if hash_ and not file and ident in local:
                    token = "#" + local[ident]
                elif hash_ and file in files and ident in registered:
                    token = "#" + ident
                tokens.append(token)
            element.set(name, " ".join(tokens))


def corpus_member(doc_id: str, root: etree._Element, registered: set[str],
                  copied: bool = True) -> etree._Element:
    """A copy of one document's TEI with its ids prefixed and its pointers adjusted; with
    `copied` False, `root` itself so changed (for a tree nothing reads after)."""
    member = copy.deepcopy(root) if copied else root
    prefix = document_prefix(doc_id)
    local = {}
    for element in member.iter(etree.Element):
        ident = element.get(XML_ID)
        if ident is not None:
            local[ident] = prefix + ident
            element.set(XML_ID, prefix + ident)
    _rewrite_pointers(member, local, registered)
    member.set(XML_ID, prefix.rstrip("."))
    return member


def register_lists(registers: Registers) -> list[etree._Element]:
    """The listPerson, listPlace and listOrg of the registers (as published), for standOff."""
    lists = []
    for kind, spec in KINDS.items():
        listing = registers.to_tei(kind).find(f"{T}text/{T}body//{T}{spec.list_tag}")
        if listing is not None:
            lists.append(copy.deepcopy(listing))
    return lists


def corpus_header(settings: Settings) -> etree._Element:
    edition = settings.edition
    header = etree.Element(T + "teiHeader")
    file_desc = _sub(header, "fileDesc")
    title_stmt = _sub(file_desc, "titleStmt")
    _sub(title_stmt, "title", edition.title, type="main")
    _sub(title_stmt, "title", "All documents and registers of the edition in one teiCorpus",
         type="sub")
    _sub(_sub(file_desc, "editionStmt"), "edition", f"Version {edition.version}",
         n=edition.version)
    publication = _sub(file_desc, "publicationStmt")
    _sub(publication, "publisher", edition.publisher)
    _sub(publication, "idno", urls.absolute(edition.base_url, "downloads/corpus.xml"), type="URL")
    _sub(publication, "date", settings.build_date, when=settings.build_date)
    _sub(_sub(_sub(publication, "availability"), "licence"), "p", edition.licence)
    _sub(_sub(file_desc, "sourceDesc"), "p",
         f"The TEI documents of the edition as published at {edition.base_url}tei/.")
    _sub(_sub(_sub(header, "encodingDesc"), "editorialDecl"), "p",
         "Each document keeps its own TEI header and text. So that identifiers stay unique in "
         "the corpus, every xml:id of a document is prefixed with doc., the document's "
         "identifier and a full stop (L12 of 1962-11-19-telegram-mikoyan-cc-cpsu becomes "
         "doc.1962-11-19-telegram-mikoyan-cc-cpsu.L12), and pointers to it are adjusted. The "
         "registers are in the standOff of the corpus; pointers such as "
         "persons.xml#mikoyan-anastas become #mikoyan-anastas.")
    return header


def corpus_skeleton(registers: Registers, settings: Settings) -> etree._Element:
    """teiCorpus with its header and the registers in standOff, but no document yet."""
    corpus = etree.Element(T + "teiCorpus", nsmap={None: TEI_NS})
    corpus.set(XML_LANG, "en")
    header = corpus_header(settings)
    etree.indent(header, space="  ", level=1)  # built here: element-only, no running text
    corpus.append(header)
    lists = register_lists(registers)
    registered = _ids(lists)
    if lists:
        stand_off = _sub(corpus, "standOff", type="registers")
        stand_off.text = "\n    "
        for listing in lists:
            _rewrite_pointers(listing, {}, registered)
            listing.tail = "\n    "
            stand_off.append(listing)
        stand_off[-1].tail = "\n  "
    corpus.text = "\n  "
    for child in corpus:
        child.tail = "\n  "
    corpus[-1].tail = "\n"
    return corpus


def registered_ids(registers: Registers) -> set[str]:
    """The ids of every register entry, as the teiCorpus's standOff holds them."""
    return _ids(register_lists(registers))


def _ids(lists: list[etree._Element]) -> set[str]:
    return {e.get(XML_ID) for listing in lists for e in listing.iter(etree.Element)
            if e.get(XML_ID)}


def member_bytes(doc_id: str, root: etree._Element, registered: set[str],
                 copied: bool = True) -> bytes:
    """One document as it stands in the teiCorpus (see `corpus_member`), serialized."""
    return etree.tostring(corpus_member(doc_id, root, registered, copied), encoding="UTF-8")


def write_tei_corpus(out: Spliced, members: Iterable[tuple[str, Callable[[], bytes]]],
                     registers: Registers, settings: Settings) -> None:
    """The teiCorpus: header, standOff, then every document's `member_bytes` (chunk id ->
    its bytes), in order: a chunk of `out` each (`Spliced.chunk`).

    Written piece by piece, so that the corpus of 10,000 documents is never in memory at once.
    """
    head, _, end = serialize(corpus_skeleton(registers, settings)).rpartition(b"</teiCorpus>")
    out.write(head[:-1])  # the last child's newline: each member brings its own
    for ident, member in members:
        out.chunk(ident, partial(_indented, member))
    out.write(b"\n</teiCorpus>" + end)


def _indented(member: Callable[[], bytes]) -> tuple[bytes, list[int]]:
    return b"\n  " + member(), []
