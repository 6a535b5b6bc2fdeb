"""The build, in order: read -> parse -> resolve -> encode -> validate -> collect -> render -> write.

Every document is read, encoded and validated before any file is written; if anything failed,
nothing is written and the previous site stays as it was. Encoding, validation and document
pages are spread over `Settings.jobs` processes (`edition.parallel`); a source whose inputs did
not change since the last build is not encoded again, and a document page whose inputs did not
change is taken over from the previous site (`edition.cache`). The result is the same, byte for
byte, as a full build. This module reads, encodes and validates; `edition.output` writes.
"""

from __future__ import annotations

import dataclasses
import os
from operator import itemgetter
from pathlib import Path
from typing import Iterator

from lxml import etree

from .cache import RESULT, BuildCache, DocumentResult, code_version, default_folder, file_digest
from .checks import check_lost_words, check_record_ids
from .config import Settings, load_edition_info
from .diagnostics import Diagnostic, Location, Reporter
from .heap import collector_paused
from .manifest import CurrentLines, compare_lines
from .model import Document
from .overrides import Overrides, check_sidecars, load_overrides
from .parallel import MIN_PARALLEL, run_tasks, tasks_ahead
from .progress import MIN_DOCUMENTS, Progress
from .readers import read_document
from .registers import KINDS, Registers
from .dts import ROOT_ID, Layout
from .source import SourceText, check_ids_free, decode_source, read_source
from .source_keys import SourceKeys
from .footnotes import attach_footnotes
from .paragraph_numbers import label_numbered_paragraphs
from .structure import parse_document
from .tei import encode_document
from .tei.xml import SAFE_PARSER
from .validate import find_tei_all
from .output import write_site


REGISTER_FILES = tuple(kind.file for kind in KINDS.values())
RESERVED_IDS = {**{Path(file).stem: f"the register tei/{file}" for file in REGISTER_FILES},
                ROOT_ID: f"the DTS collection of the whole edition ({Layout.collection(ROOT_ID)})"}
"""Document ids that would publish over a file of the site's own: its id -> that file."""


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

    def cache_keys(self) -> dict[str, str]:
        """Document id -> the cache key of its encoding (its TEI and everything made from it)."""
        return {d.stored.doc_id: d.stored.key for d in self.documents}

    def made_from(self) -> str:
        """What every page and spliced download depends on besides its own documents: the
        inputs and the build date."""
        return f"{self.inputs}|{self.settings.build_date}"


def shown_path(path: Path) -> str:
    """The path as diagnostics print it: relative to the working folder when it is below it,
    its folder resolved (a linked file is shown where it lies, not where it points)."""
    return shown_paths([path])[0]


def shown_paths(paths: list[Path]) -> list[str]:
    """`shown_path` of each path, each folder resolved once (resolving 10,000 sources one by
    one took 0.2 s of every build, 0.03 s now); a linked file is shown where it lies, not
    where it points."""
    cwd, folders = os.getcwd(), {}
    shown = []
    for path in paths:
        if path.name in ("", ".", ".."):
            absolute = str(path.resolve())
        else:
            folder = os.path.join(cwd, path.parent)
            if folder not in folders:
                folders[folder] = str(Path(folder).resolve())
            absolute = os.path.join(folders[folder], path.name)
        shown.append(_relative(absolute, cwd))
    return shown


def _relative(absolute: str, cwd: str) -> str:
    if absolute == cwd:
        return "."
    below = cwd.rstrip(os.sep) + os.sep
    return absolute[len(below):] if absolute.startswith(below) else absolute


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
    attach_footnotes(document)
    label_numbered_paragraphs(document)
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
    entries = seed_entries(settings.seeds)
    sources = source_files(settings.seeds, entries)
    check_sidecars(settings.seeds, sources, reporter, shown_path, [e.name for e in entries])
    corpus = Corpus(settings, registers, cache=open_cache(settings), inputs=inputs_hash(settings),
                    progress=Progress(shown=show_progress(settings, len(sources))))
    if not sources:
        reporter.error(Location(shown_path(settings.seeds)), "no sources (*.txt, or TEI *.xml) in this folder",
                       "source-none")
    for path, why in passed_over(entries):
        reporter.warning(Location(shown_path(path)), why, "source-skipped")
    results = encode_all(corpus, sources)
    free = check_ids_free([(r.doc_id, r.shown) for r in results], RESERVED_IDS, reporter)
    for result in results:
        reporter.extend(result.diagnostics)
    results = [result for result, ok in zip(results, free) if ok]  # encoded, for diagnostics
    for result in results:
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
    """Give the main registers the provisional persons a worker (or a cached build) made.

    Their ids are made from their labels alone (`name_forms.provisional_id`), or from their
    scoped foreign ids alone (`name_forms.provisional_source_id`): only two whose ids share a
    hash could differ here. The names documents give one foreign id are its name variants."""
    for ident, label, source in result.provisional:
        entry = (registers.add_source_person(source, label) if source
                 else registers.add_provisional_person(label))
        if entry.id != ident:
            holder = "person" if source else "label"
            reporter.error(Location(result.shown), f"provisional person '{label}' has the id "
                           f"'{ident}' in this document, but another {holder} holds it; add "
                           "the person to persons.xml", "speaker-provisional-id")


def seed_entries(seeds: Path) -> list[os.DirEntry[str]]:
    """What the seeds folder holds, by name: listed once for `source_files` and `passed_over`,
    each name told a file or a folder from the listing (`os.scandir`), not by stats of every
    source, 10,000 of them on every build."""
    with os.scandir(seeds) as listing:
        return sorted(listing, key=lambda entry: entry.name)


def source_files(seeds: Path, entries: list[os.DirEntry[str]] | None = None) -> list[Path]:
    """The sources of the edition in document id order: every `*.txt` of the seeds folder, and
    every `*.xml` but the registers (TEI made elsewhere). `entries`: `seed_entries(seeds)`."""
    names = [entry.name for entry in (seed_entries(seeds) if entries is None else entries)]
    sources = [seeds / name for name in names if name.endswith(".txt")
               or name.endswith(".xml") and name not in REGISTER_FILES]
    return sorted(sources, key=lambda p: (p.stem, p.suffix))


def passed_over(entries: list[os.DirEntry[str]]) -> list[tuple[Path, str]]:
    """Of the seeds folder's `entries` (`seed_entries`), those that look like sources but are
    not read (`source_files`), and why: a `.TXT` or `.Xml` (the suffix is matched exactly), and
    sources in a subfolder (only the seeds folder itself is read)."""
    found = []
    for entry in entries:
        suffix = _suffix(entry.name)
        if suffix.lower() in (".txt", ".xml") and suffix not in (".txt", ".xml") and \
                entry.is_file():
            found.append((Path(entry.path), f"not read: a source's name ends in "
                          f"'{suffix.lower()}', not '{suffix}'; rename it to publish it"))
        elif not entry.name.startswith(".") and entry.is_dir() and any(
                p.suffix.lower() in (".txt", ".xml") for p in Path(entry.path).rglob("*")
                if p.is_file()):
            found.append((Path(entry.path), "not read: sources in a subfolder are not "
                                            "published; move them into the seeds folder itself"))
    return found


def _suffix(name: str) -> str:
    """`Path(name).suffix`, without making a path of every name of the seeds folder; not
    `os.path.splitext`, which gives none to `..TXT` (read as a source when named `..txt`)."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def open_cache(settings: Settings) -> BuildCache:
    if not settings.cache:
        return BuildCache.temporary(settings.out)
    return BuildCache(settings.cache_dir or default_folder(settings.out))


def show_progress(settings: Settings, sources: int) -> bool:
    return settings.progress if settings.progress is not None else sources >= MIN_DOCUMENTS


def inputs_hash(settings: Settings) -> str:
    """What every document's encoding depends on besides its own source and sidecar."""
    tei_all = find_tei_all()
    stat = tei_all.stat() if tei_all else None
    return file_digest([settings.seeds / name for name in (*REGISTER_FILES, "edition.toml")],
                       code_version(), repr(settings.provisional_speakers), settings.build_date,
                       str(tei_all),
                       repr((stat.st_size, stat.st_mtime_ns) if stat else None))


def encode_all(corpus: Corpus, sources: list[Path]) -> list[DocumentResult]:
    """The results of every source, in source order: from the cache, else encoded by workers.

    The sources with no entry at all (an edited one) are given to workers first, so that a
    rebuild encodes its edited document while this process loads the 10,000 others' parts
    (a pool for one source where there are `MIN_PARALLEL` or more in all); those whose entry
    cannot be used (`BuildCache.load`) are encoded after."""
    from . import workers
    results: dict[Path, DocumentResult] = {}
    keys = SourceKeys(corpus.cache.folder)
    with corpus.progress.stage("encoding", len(sources)) as progress:
        keyed = [(path, shown, keys.key(path, shown, corpus.inputs))
                 for path, shown in zip(sources, shown_paths(sources))]
        keys.save()
        stored = [corpus.cache.has(key) for _, _, key in keyed]
        absent = [item for item, there in zip(keyed, stored) if not there]
        if absent:
            workers.validator()  # compiled once here; forked workers inherit it
        start = (corpus.settings, corpus.registers, corpus.cache.folder)
        jobs = corpus.settings.jobs if len(keyed) >= MIN_PARALLEL else 1
        with tasks_ahead(workers.encode_task, absent, jobs, workers.start_encoder, start,
                         progress) as encoded:
            missing = _load_cached(corpus, [item for item, there in zip(keyed, stored) if there],
                                   results, progress)
            done = encoded()
        if missing:
            workers.validator()
            jobs = corpus.settings.jobs if len(missing) >= MIN_PARALLEL else 1
            done += run_tasks(workers.encode_task, missing, jobs, workers.start_encoder, start,
                              progress)
    for result, seconds in done:
        results[result.path] = result
        for step, spent in seconds.items():
            corpus.progress.add_work(step, spent)
    return [results[path] for path in sources]


def _load_cached(corpus: Corpus, keyed: list[tuple[Path, str, str]],
                 results: dict[Path, DocumentResult], progress: Progress) -> list:
    """Put the cached results of `keyed` (path, shown path, key) into `results`; returns those
    whose entries cannot be used (`BuildCache.load`), to be encoded again."""
    missing = []
    with collector_paused():
        for path, shown, key in corpus.cache.read_ahead(keyed, RESULT, key_of=itemgetter(2)):
            found = corpus.cache.load(key)
            if found is not None and found.path == path and found.shown == shown:
                results[path] = found
                progress.advance()
            else:
                missing.append((path, shown, key))
    return missing


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
