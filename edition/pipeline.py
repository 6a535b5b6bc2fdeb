"""The build, in order: read -> parse -> resolve -> encode -> validate -> collect -> render -> write.

Every document is read, encoded and validated before any file is written; if anything failed,
nothing is written and the previous site stays as it was. Encoding, validation and document
pages are spread over `Settings.jobs` processes (`edition.parallel`); a source whose inputs did
not change since the last build is not encoded again, and a document page whose inputs did not
change is taken over from the previous site (`edition.cache`). The result is the same, byte for
byte, as a full build.
"""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path
from typing import Iterator

from lxml import etree

from .cache import BuildCache, DocumentResult, default_folder, file_digest, link_file, reuse_page
from .cache import code_version, source_key
from .checks import check_lost_words, check_record_ids
from .collect import SiteModel, assemble_site
from .config import Settings, load_edition_info
from .diagnostics import Diagnostic, Location, Reporter
from .dts import write_dts_index
from .export import CorpusParts, write_downloads
from .export.bundle import registered_ids
from .manifest import MANIFEST, CurrentLines, compare_lines, write_manifest_lines
from .model import Document
from .overrides import Overrides, load_overrides
from .parallel import run_tasks
from .progress import MIN_DOCUMENTS, Progress
from .publish import Published, cached_publication, corpus_member, zip_member
from .readers import read_document
from .registers import KINDS, Registers
from .render import document_pages, entry_page, render_edition_pages
from .render.indices import entry_pages
from .render.pages import Pages, environment
from .search import build_search_index
from .source import SourceText, decode_source, read_source
from .structure import parse_document
from .tei import encode_document, serialize
from .tei.xml import SAFE_PARSER
from .validate import find_tei_all
from .write import SiteWriter


REGISTER_FILES = tuple(kind.file for kind in KINDS.values())
MIN_PARALLEL = 8
"""Fewer documents than this are done in this process: a pool would cost more than it saves."""


class EncodedDocument:
    """One document after encoding and validation.

    `encode_source` makes it with the model and TEI in memory; `collect_corpus` makes it from a
    cache entry (`stored`): then it has no model, and reads the TEI from there when asked.
    """

    def __init__(self, document: Document | None = None, tei: etree._Element | None = None,
                 diagnostics: list[Diagnostic] | None = None, stored: DocumentResult | None = None,
                 cache: BuildCache | None = None) -> None:
        self._document, self._tei = document, tei
        self.diagnostics = diagnostics if diagnostics is not None else []
        self.stored, self.cache = stored, cache

    @property
    def document(self) -> Document:
        if self._document is None:
            raise ValueError(f"{self.stored.doc_id} comes from the build cache: no model")
        return self._document

    @property
    def tei(self) -> etree._Element:
        if self._tei is None:
            self._tei = etree.fromstring(self.cache.entry(self.stored.key, ".xml").read_bytes(),
                                         SAFE_PARSER)
        return self._tei


@dataclasses.dataclass
class Corpus:
    """Everything the later stages need: the registers and every encoded document."""

    settings: Settings
    registers: Registers
    documents: list[EncodedDocument] = dataclasses.field(default_factory=list)
    cache: BuildCache | None = None
    inputs: str = ""
    """Hash of what every document depends on (registers, edition.toml, code): see `inputs_hash`."""
    progress: Progress = dataclasses.field(default_factory=Progress)


def shown_path(path: Path) -> str:
    """The path as diagnostics print it: relative to the working folder when it is below it."""
    absolute = path.resolve()
    return str(absolute.relative_to(Path.cwd())) if absolute.is_relative_to(Path.cwd()) \
        else str(absolute)


def encode_bytes(data: bytes, shown: str, doc_id: str, registers: Registers, settings: Settings,
                 overrides: Overrides, reporter: Reporter) -> EncodedDocument | None:
    """read -> parse -> resolve -> encode for the bytes of one source; None when it cannot be read."""
    source = decode_source(data, shown, reporter)
    if source is None:
        return None
    return encode_text_source(source, doc_id, registers, settings, overrides, reporter)


def encode_text_source(source: SourceText, doc_id: str, registers: Registers, settings: Settings,
                       overrides: Overrides, reporter: Reporter) -> EncodedDocument | None:
    """parse -> resolve -> encode for a source already read into lines."""
    raw = read_document(source, doc_id, reporter)
    if raw is None:
        return None
    document = parse_document(raw, registers, overrides, reporter, settings.provisional_speakers)
    tei = encode_document(document, registers, settings.edition)
    check_lost_words(source, raw, tei, reporter)
    return EncodedDocument(document, tei)


def encode_source(path: Path, registers: Registers, settings: Settings,
                  reporter: Reporter) -> EncodedDocument | None:
    """Encode one source file; its diagnostics go to `reporter` and stay with the document.

    A `*.xml` source is TEI made elsewhere: it is taken in by `edition.ingest`.
    """
    if path.suffix == ".xml":
        from .ingest import ingest_tei
        return ingest_tei(path, registers, settings, reporter)
    shown = shown_path(path)
    local = Reporter()
    encoded = None
    source = read_source(path, local, shown)
    if source is not None:
        overrides = load_overrides(path, local, shown)
        encoded = encode_text_source(source, path.stem, registers, settings, overrides, local)
    reporter.extend(local.diagnostics)
    if encoded:
        encoded.diagnostics = list(local.diagnostics)
    return encoded


def collect_corpus(settings: Settings, reporter: Reporter) -> Corpus:
    """Read, encode and validate every source of the seeds folder (unchanged ones from the cache)."""
    edition = load_edition_info(settings.seeds, reporter)
    settings = dataclasses.replace(settings, edition=edition)
    registers = Registers.load(settings.seeds, reporter)
    sources = source_files(settings.seeds)
    corpus = Corpus(settings, registers, cache=open_cache(settings), inputs=inputs_hash(settings),
                    progress=Progress(shown=show_progress(settings, len(sources))))
    if not sources:
        reporter.error(Location(shown_path(settings.seeds)), "no sources (*.txt, or TEI *.xml) in this folder",
                       "source-none")
    results = encode_all(corpus, sources)
    for result in results:
        reporter.extend(result.diagnostics)
        add_provisional_persons(corpus.registers, result, reporter)
    check_record_ids([r.record_id for r in results if r.record_id], reporter)
    for result in results:
        reporter.extend(result.validation)
        if result.part is not None:
            corpus.documents.append(EncodedDocument(
                diagnostics=result.diagnostics + result.validation, stored=result,
                cache=corpus.cache))
    return corpus


def add_provisional_persons(registers: Registers, result: DocumentResult, reporter: Reporter) -> None:
    """Give the main registers the provisional persons a worker (or a cached build) created."""
    for ident, label in result.provisional:
        if registers.add_provisional_person(label).id != ident:
            reporter.error(Location(result.shown), f"provisional person '{label}' got the id "
                           f"'{ident}' in its worker but another one here; build with --jobs 1",
                           "speaker-provisional-id")


def source_files(seeds: Path) -> list[Path]:
    """The sources of the edition in document id order: every `*.txt` of the seeds folder, and
    every `*.xml` but the registers (TEI made elsewhere)."""
    foreign = [p for p in seeds.glob("*.xml") if p.name not in REGISTER_FILES]
    return sorted([*seeds.glob("*.txt"), *foreign], key=lambda p: (p.stem, p.suffix))


def open_cache(settings: Settings) -> BuildCache:
    if not settings.cache:
        return BuildCache.temporary()
    return BuildCache(settings.cache_dir or default_folder(settings.out))


def show_progress(settings: Settings, sources: int) -> bool:
    return settings.progress if settings.progress is not None else sources >= MIN_DOCUMENTS


def inputs_hash(settings: Settings) -> str:
    """What every document's encoding depends on besides its own source and sidecar."""
    tei_all = find_tei_all()
    stat = tei_all.stat() if tei_all else None
    return file_digest([settings.seeds / name for name in (*REGISTER_FILES, "edition.toml")],
                       code_version(), repr(settings.provisional_speakers), str(tei_all),
                       repr((stat.st_size, stat.st_mtime_ns) if stat else None))


def encode_all(corpus: Corpus, sources: list[Path]) -> list[DocumentResult]:
    """The results of every source, in source order: from the cache, else encoded by workers."""
    from . import workers
    results: dict[Path, DocumentResult] = {}
    missing = []
    with corpus.progress.stage("encoding", len(sources)) as progress:
        for path in sources:
            shown = shown_path(path)
            key = source_key(path, shown, corpus.inputs)
            found = corpus.cache.load(key)
            if found is not None and found.path == path and found.shown == shown:
                results[path] = found
                progress.advance()
            else:
                missing.append((path, shown, key))
        jobs = corpus.settings.jobs if len(missing) >= MIN_PARALLEL else 1
        if missing:
            workers.validator()  # compiled once here; forked workers inherit it
        done = run_tasks(workers.encode_task, missing, jobs, workers.start_encoder,
                         (corpus.settings, corpus.registers, corpus.cache.folder), progress)
    for result, seconds in done:
        results[result.path] = result
        for step, spent in seconds.items():
            corpus.progress.add_work(step, spent)
    return [results[path] for path in sources]


def write_site(corpus: Corpus) -> None:
    """collect -> render -> write, into a staging folder swapped in at once: TEI, registers and
    reports; each document's pages and DTS files; the edition-wide open data (downloads, DTS
    collections, citation manifest) and pages; the search index.

    Pages and open data are made from the published TEI only (the files as written, parsed
    back), so the site shows what the TEI says.
    """
    writer = SiteWriter(corpus.settings.out)
    try:
        write_tei(corpus, writer)
        pages = Pages(environment(), collect_site(corpus), corpus.settings, writer)
        rendered, published = render_documents(corpus, pages)
        with corpus.progress.stage("open data: downloads, DTS, citation manifest"):
            write_open_data(corpus, pages.site, published, writer)
        with corpus.progress.stage("rendering edition pages"):
            render_edition_pages(pages, entries=False)
            render_entries(corpus, pages)
        with corpus.progress.stage("search index"):
            build_search_index(writer.stage)
        with corpus.progress.stage("swapping in"):
            writer.commit()
    except BaseException:
        writer.abandon()
        raise
    remember(corpus, rendered)


def write_tei(corpus: Corpus, writer: SiteWriter) -> None:
    """tei/<id>.xml and reports/<id>.txt of every document, and the registers' TEI."""
    with corpus.progress.stage("writing TEI", len(corpus.documents)) as progress:
        for encoded in corpus.documents:
            doc_id, key = encoded.stored.doc_id, encoded.stored.key
            writer.link(f"tei/{doc_id}.xml", corpus.cache.entry(key, ".xml"))
            writer.link(f"reports/{doc_id}.txt", corpus.cache.entry(key, ".report.txt"))
            progress.advance()
        for kind in KINDS.values():
            writer.write_bytes(f"tei/{kind.file}", serialize(corpus.registers.to_tei(kind.name)))


def collect_site(corpus: Corpus) -> SiteModel:
    """The site model from every document's part (collected when it was encoded)."""
    with corpus.progress.stage("collecting"):
        return assemble_site([d.stored.part for d in corpus.documents], corpus.registers)


def write_open_data(corpus: Corpus, site: SiteModel, published: list[Published],
                    writer: SiteWriter) -> None:
    """downloads/, the edition-wide DTS files and citations.json, from what each document's
    worker left (see `edition.publish`): no TEI is parsed here."""
    keys = {d.stored.doc_id: d.stored.key for d in corpus.documents}
    cache = corpus.cache
    letters = [(p.doc_id, etree.fromstring(p.correspondence, SAFE_PARSER))
               for p in published if p.correspondence]
    parts = CorpusParts(sorted(keys), lambda doc_id: zip_member(cache, keys[doc_id]),
                        lambda doc_id: corpus_member(cache, keys[doc_id]), sorted(letters))
    write_downloads(site, parts, corpus.registers, corpus.settings, writer)
    write_dts_index([p.resource for p in published], corpus.settings, writer)
    documents = sorted((d.stored.doc_id, d.stored.key) for d in corpus.documents)
    with open(writer.path(MANIFEST), "w", encoding="utf-8") as stream:
        write_manifest_lines(stream, ((doc_id, cache.lines(key)[0]) for doc_id, key in documents))


def render_documents(corpus: Corpus, pages: Pages) -> tuple[dict[str, str], list[Published]]:
    """Every document's pages and DTS files: taken over from the previous site when their inputs
    are unchanged, else made by workers. Returns doc id -> render key, and every `Published`."""
    from . import workers
    writer, keys = pages.writer, render_keys(corpus, pages.site)
    previous = corpus.cache.load_pages(corpus.settings.out) if corpus.settings.cache else {}
    stored = {d.stored.doc_id: d.stored.key for d in corpus.documents}
    published: dict[str, Published] = {}
    to_render = []
    with corpus.progress.stage("rendering documents", len(keys)) as progress:
        for doc_id, key in keys.items():
            files = {relative: writer.path(relative) for relative in document_pages(doc_id)}
            found = reused(corpus, previous.get(doc_id, {}), key, stored[doc_id], files, writer)
            if found is not None:
                published[doc_id] = found
                progress.advance()
            else:
                to_render.append(doc_id)
        items = [(doc_id, stored[doc_id]) for doc_id in to_render]
        jobs = corpus.settings.jobs if len(items) >= MIN_PARALLEL else 1
        done = run_tasks(workers.render_task, items, jobs, workers.start_renderer,
                         (pages.site, pages.settings, writer.stage, corpus.cache.folder,
                          registered_ids(corpus.registers)), progress)
        for made, seconds in done:
            published[made.doc_id] = made
            corpus.progress.add_work("render", seconds)
    return keys, [published[doc_id] for doc_id in keys]


def reused(corpus: Corpus, old: dict, key: str, tei_key: str, files: dict[str, Path],
           writer: SiteWriter) -> Published | None:
    """A document's `Published`, its pages and DTS files linked from the previous site, when
    they were made from the same inputs and its pages are as they were written; else None."""
    if old.get("key") != key or set(old.get("files", {})) != set(files):
        return None
    found = cached_publication(corpus.cache, tei_key)
    if found is None or not all(reuse_page(writer.target, relative, old["files"][relative], dest)
                                for relative, dest in files.items()):
        return None
    for relative in found.dts_files():
        if not link_file(writer.target / relative, writer.folder_made(writer.stage / relative)):
            return None
    return found


def render_entries(corpus: Corpus, pages: Pages) -> None:
    """The page of every register entry, spread over workers: an entry named in every document
    lists thousands of lines, and these pages are most of the edition-wide work."""
    from . import workers
    idents = entry_pages(pages)
    for ident in idents:
        pages.writer.path(entry_page(pages, ident))
    jobs = corpus.settings.jobs if len(pages.site.documents) >= MIN_PARALLEL else 1
    seconds = run_tasks(workers.entry_task, idents, jobs, workers.start_page_writer,
                        (pages.site, pages.settings, pages.writer.stage))
    corpus.progress.add_work("render", sum(seconds))


def render_keys(corpus: Corpus, site: SiteModel) -> dict[str, str]:
    """doc id -> a hash of everything its pages show: its TEI, its neighbours, the edition."""
    keys = {}
    common = f"{corpus.inputs}|{corpus.settings.build_date}"
    stored = {d.stored.doc_id: d.stored.key for d in corpus.documents}
    for record in site.documents:
        neighbours = [dataclasses.replace(site.by_id[n], prev=None, next=None)
                      for n in (record.prev, record.next) if n]
        text = f"{common}|{stored[record.id]}|{neighbours!r}"
        keys[record.id] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return keys


def remember(corpus: Corpus, rendered: dict[str, str]) -> None:
    """After a commit: note what the pages were rendered from, and drop unused cache entries."""
    if not corpus.settings.cache:
        return
    corpus.cache.save_pages(corpus.settings.out, rendered,
                            {doc_id: document_pages(doc_id) for doc_id in rendered})
    corpus.cache.prune({d.stored.key for d in corpus.documents})


def current_lines(corpus: Corpus) -> Iterator[CurrentLines]:
    """The citable lines of every document, read from the cache one document at a time."""
    for encoded in corpus.documents:
        lines, where = corpus.cache.lines(encoded.stored.key)
        yield CurrentLines(encoded.stored.doc_id, lines, encoded.stored.shown, where)


def build(settings: Settings, reporter: Reporter) -> bool:
    """Run the whole build; True when the site was written."""
    corpus = collect_corpus(settings, reporter)
    if settings.previous_manifest is not None:
        compare_lines(settings.previous_manifest, current_lines(corpus), reporter,
                      settings.accept_citation_changes)
    if reporter.failed(settings.strict):
        return False
    write_site(corpus)
    return True
