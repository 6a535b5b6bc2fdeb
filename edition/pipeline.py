"""The build, in order: read -> parse -> resolve -> encode -> validate -> collect -> render -> write.

Every document is read, encoded and validated before any file is written; if anything failed,
nothing is written and the previous site stays as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .checks import check_lost_words, check_record_ids
from .config import Settings, load_edition_info
from .diagnostics import Diagnostic, Location, Reporter
from .model import Document
from .overrides import Overrides, load_overrides
from .readers import read_document
from .registers import Registers
from .report import encoding_report
from .source import decode_source, read_source
from .structure import parse_document
from .tei import encode_document, serialize
from .validate import Validator
from .render import render_site
from .search import build_search_index
from .write import SiteWriter

SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

REGISTER_FILES = ("persons.xml", "places.xml", "organizations.xml")


@dataclass
class EncodedDocument:
    """One document after encoding and validation."""

    document: Document
    tei: etree._Element
    diagnostics: list[Diagnostic] = field(default_factory=list)


@dataclass
class Corpus:
    """Everything the later stages need: the registers and every encoded document."""

    settings: Settings
    registers: Registers
    documents: list[EncodedDocument] = field(default_factory=list)


def shown_path(path: Path) -> str:
    """The path as diagnostics print it: relative to the working folder when it is below it."""
    absolute = path.resolve()
    return str(absolute.relative_to(Path.cwd())) if absolute.is_relative_to(Path.cwd()) \
        else str(absolute)


def encode_bytes(data: bytes, shown: str, doc_id: str, registers: Registers, settings: Settings,
                 overrides: Overrides, reporter: Reporter) -> EncodedDocument | None:
    """read -> parse -> resolve -> encode for the bytes of one source; None when it cannot be read."""
    source = decode_source(data, shown, reporter)
    raw = read_document(source, doc_id, reporter) if source else None
    if raw is None:
        return None
    document = parse_document(raw, registers, overrides, reporter, settings.provisional_speakers)
    tei = encode_document(document, registers, settings.edition)
    check_lost_words(source, raw, tei, reporter)
    return EncodedDocument(document, tei)


def encode_source(path: Path, registers: Registers, settings: Settings,
                  reporter: Reporter) -> EncodedDocument | None:
    """Encode one source file; its diagnostics go to `reporter` and stay with the document."""
    shown = shown_path(path)
    local = Reporter()
    encoded = None
    if read_source(path, local, shown) is not None:
        overrides = load_overrides(path, local, shown)
        encoded = encode_bytes(path.read_bytes(), shown, path.stem, registers, settings,
                               overrides, local)
    reporter.extend(local.diagnostics)
    if encoded:
        encoded.diagnostics = list(local.diagnostics)
    return encoded


def collect_corpus(settings: Settings, reporter: Reporter) -> Corpus:
    """Read, encode and validate every source of the seeds folder."""
    edition = load_edition_info(settings.seeds, reporter)
    settings = Settings(**{**settings.__dict__, "edition": edition})
    registers = Registers.load(settings.seeds, reporter)
    corpus = Corpus(settings, registers)
    sources = sorted(settings.seeds.glob("*.txt"))
    if not sources:
        reporter.error(Location(shown_path(settings.seeds)), "no source texts (*.txt) in this folder",
                       "source-none")
    for path in sources:
        encoded = encode_source(path, registers, settings, reporter)
        if encoded:
            corpus.documents.append(encoded)
    check_record_ids([(d.document.raw.metadata.record_id.value, d.document.raw.path,
                       d.document.raw.metadata.record_id.line) for d in corpus.documents], reporter)
    validate_corpus(corpus, reporter)
    return corpus


def validate_corpus(corpus: Corpus, reporter: Reporter) -> None:
    validator = Validator()
    known = lambda ref: corpus.registers.get(ref) is not None  # noqa: E731
    for encoded in corpus.documents:
        found = validator.validate(encoded.tei, encoded.document.raw.path, known)
        encoded.diagnostics.extend(found)
        reporter.extend(found)


def write_site(corpus: Corpus) -> None:
    """collect -> render -> write: TEI, registers, reports, HTML and the search index, swapped in at once.

    The HTML is rendered from the published TEI only (each file is serialized, then parsed
    back), so the site shows what the TEI says.
    """
    writer = SiteWriter(corpus.settings.out)
    try:
        published: list[tuple[str, etree._Element]] = []
        for encoded in corpus.documents:
            doc_id = encoded.document.doc_id
            data = serialize(encoded.tei)
            writer.write_bytes(f"tei/{doc_id}.xml", data)
            writer.write_text(f"reports/{doc_id}.txt",
                              encoding_report(encoded.document, encoded.diagnostics))
            published.append((doc_id, etree.fromstring(data, SAFE_PARSER)))
        for kind, name in zip(("person", "place", "org"), REGISTER_FILES):
            writer.write_bytes(f"tei/{name}", serialize(corpus.registers.to_tei(kind)))
        render_site(published, corpus.registers, corpus.settings, writer)
        build_search_index(writer.stage)
        writer.commit()
    except BaseException:
        writer.abandon()
        raise


def build(settings: Settings, reporter: Reporter) -> bool:
    """Run the whole build; True when the site was written."""
    corpus = collect_corpus(settings, reporter)
    if reporter.failed(settings.strict):
        return False
    write_site(corpus)
    return True
