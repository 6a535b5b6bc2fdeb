"""What a worker process does for one document (or a batch): encode, render or link it.

Each kind of worker has a `start_*` initializer, run once per process (it loads the registers and
compiles the validator, or builds the page renderer), and a task run once per document.
The seconds a task reports are the CPU seconds of its process (`time.process_time`), not wall
seconds, which on a shared machine count the waits for a core too.
"""

from __future__ import annotations

import pickle
import time
from functools import lru_cache
from pathlib import Path

from lxml import etree

from . import pipeline
from .cache import KWIC, MANIFEST_ENTRY, BuildCache, DocumentResult
from .collect import collect_document
from .records import SiteModel
from .config import Settings
from .diagnostics import Reporter
from .manifest import document_lines, manifest_entry
from .tei.citation import citable_lines
from .dts import Layout
from .publish import Published, publish_document
from .registers import Registers
from .render import render_document, render_entry
from .render.pages import Pages, environment
from .spare import SparePassages
from .report import encoding_report
from .tei import serialize
from .tei.xml import SAFE_PARSER
from .validate import Validator
from .write import SiteWriter, inside

_state: dict = {}
"""What the initializer of this process loaded; read by the tasks."""



@lru_cache(maxsize=2)
def validator(tei_all: Path | None = None) -> Validator:
    """The compiled validator, once per process (forked workers inherit it)."""
    return Validator(tei_all)


def start_encoder(settings: Settings, registers: Registers, cache_folder: Path) -> None:
    """Initializer of an encoding worker: registers, compiled schemas, the cache."""
    _state.update(settings=settings, registers=registers, validator=validator(),
                  cache=BuildCache(cache_folder))


def encode_task(item: tuple[Path, str, str]) -> tuple[DocumentResult, dict[str, float]]:
    """Encode, validate and collect one source (path, shown path, cache key); store the entry.

    The source sees the provisional persons of no other (`Registers.own_provisional_persons`),
    and its result lists all those it made, which are all it uses: the main process adds them
    to its registers for every result, encoded now or taken from the cache."""
    with _state["registers"].own_provisional_persons():
        return _encode(*item)


def _encode(path: Path, shown: str, key: str) -> tuple[DocumentResult, dict[str, float]]:
    settings, registers = _state["settings"], _state["registers"]
    seconds: dict[str, float] = {}
    start = time.process_time()
    local = Reporter()
    known_before = {e.id for e in registers.entries("person")}
    encoded = pipeline.encode_source(path, registers, settings, local)
    result = DocumentResult(path.stem, path, shown, key, list(local.diagnostics))
    result.provisional = [(e.id, e.name, e.source) for e in registers.entries("person")
                          if e.provisional and e.id not in known_before]
    seconds["encode"] = time.process_time() - start
    if encoded is None:
        _state["cache"].store(result, None, None)
        return result, seconds
    start = time.process_time()
    known = lambda ref: registers.get(ref) is not None  # noqa: E731
    result.validation = _state["validator"].validate(encoded.tei, encoded.document.raw.path,
                                                      known)
    encoded.diagnostics.extend(result.validation)
    seconds["validate"] = time.process_time() - start
    start = time.process_time()
    metadata = encoded.document.raw.metadata
    result.record_id = (metadata.record_id.value, encoded.document.raw.path,
                        metadata.record_id.line)
    store_encoded(_state["cache"], result, encoded, registers)
    seconds["collect"] = time.process_time() - start
    return result, seconds


def store_encoded(cache: BuildCache, result: DocumentResult, encoded: "pipeline.EncodedDocument",
                  registers: Registers) -> None:
    """Complete `result` from the encoded document and store the cache entry: the TEI as it is
    published, its site-model part, mentions in context and citable lines, and the encoding
    report.

    `serialize` indents the tree in place, which then is the TEI as published: it is collected
    from that tree, not from the bytes parsed back, which give the same (tests/test_memory.py)
    at the cost of a parse."""
    data = serialize(encoded.tei)
    result.part, kwic = collect_document(result.doc_id, encoded.tei, registers)
    citable = citable_lines(encoded.tei)
    lines = (document_lines(citable), {n: e.sourceline for n, e in citable if e.sourceline})
    cache.put(result.key, ".lines.pickle", pickle.dumps(lines, pickle.HIGHEST_PROTOCOL))
    cache.put(result.key, MANIFEST_ENTRY, manifest_entry(result.doc_id, lines[0]).encode())
    cache.put(result.key, KWIC, pickle.dumps(kwic, pickle.HIGHEST_PROTOCOL))
    cache.store(result, data, encoding_report(encoded.document, encoded.diagnostics))


class _StageWriter(SiteWriter):
    """Writes into a staging folder whose paths the main process has already claimed."""

    def __init__(self, stage: Path) -> None:
        self.stage = stage
        self.written = set()
        self.folders = set()

    def claim(self, relative: str) -> str:
        if not inside(relative):
            raise ValueError(f"refusing to write {relative!r}: outside the site")
        return self.folder_made(f"{self.stage}/{relative}")


def start_renderer(site: SiteModel, settings: Settings, stage: Path, cache_folder: Path,
                   registered: set[str]) -> None:
    """Initializer of a rendering worker: the site model (inherited, not copied, when forked)."""
    _state.update(pages=Pages(environment(), site, settings, _StageWriter(stage)),
                  cache=BuildCache(cache_folder), layout=Layout.of(settings),
                  registered=registered)


def start_page_writer(site: SiteModel, settings: Settings, stage: Path) -> None:
    """Initializer of a worker that writes register entry pages."""
    _state.update(pages=Pages(environment(), site, settings, _StageWriter(stage)))


def entry_task(item: tuple[str, tuple[int, ...]]) -> float:
    """Write pages of one register entry (its id, the numbers of the pages); the seconds
    taken."""
    ident, numbers = item
    start = time.process_time()
    render_entry(_state["pages"], ident, numbers)
    return time.process_time() - start


def render_task(item: tuple[str, str]) -> tuple[Published, float]:
    """Render the pages and write the open data of one document (id, cache key) from its
    published TEI; what the edition-wide files need of it, and the seconds taken."""
    doc_id, key = item
    start = time.process_time()
    cache = _state["cache"]
    data = cache.entry(key, ".xml").read_bytes()
    root = etree.fromstring(data, SAFE_PARSER)
    render_document(_state["pages"], doc_id, root)
    published = publish_document(doc_id, key, data, root, _state["layout"],
                                 _state["registered"], _state["pages"].writer, cache)
    return published, time.process_time() - start


def start_linker(cache_folder: Path, old: Path, new: Path, written: int,
                 moved: bool, spare_written: int, parents: bool) -> None:
    """Initializer of a worker that takes unchanged documents over from the previous site
    (`old`, remembered at `written`) and, if `moved`, the DTS documents moved into the stage
    from the spare before it (`edition.spare`); with `parents`, their DTS `parents` too (see
    `output.link_documents`)."""
    _state.update(cache=BuildCache(cache_folder), old=str(old), new=str(new), written=written,
                  spare=SparePassages(str(new), spare_written) if moved else None,
                  parents=parents)


def link_task(batch: list[tuple[str, str, bool]]) -> list[tuple[Published, bool] | None]:
    """Take over the pages and DTS files of a batch of documents (id, TEI cache key, whether
    the spare holds its passages) from the previous site and the spare: for each, its
    `Published` and whether its DTS `parents` was linked, when all its files were, else None
    (see `output.reused`)."""
    from .output import reused
    from .previous import Linker
    with Linker(_state["old"], _state["new"], _state["written"]) as site:
        return [reused(_state["cache"], site, _state["spare"] if spared else None, doc_id, key,
                       _state["parents"]) for doc_id, key, spared in batch]
