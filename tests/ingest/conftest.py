"""Fixtures: every dev-corpus TEI ingested once, validated, and published as a site.

The dev corpus is read from `../shared/corpus/dev` (or `$EDITION_CORPUS`), never copied: the
DraCor scenes are licensed for non-commercial use only. Only the FRUS d122 fixture is copied
(`data/`, public domain).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from edition.cache import BuildCache, DocumentResult
from edition.config import Settings, load_edition_info
from edition.diagnostics import Diagnostic, Reporter
from edition.ingest import ingest_tei
from edition.pipeline import Corpus, EncodedDocument, write_site
from edition.registers import Registers
from edition.workers import store_encoded
from tests.conftest import DEV_CORPUS, SEEDS

CORPUS = Path(os.environ.get("EDITION_CORPUS", DEV_CORPUS))
FOREIGN = sorted(CORPUS.glob("*/*.xml"))
DATA = Path(__file__).resolve().parent / "data"


@dataclass
class Ingested:
    """The dev corpus after ingestion: documents by id, diagnostics by file, the registers."""

    registers: Registers
    settings: Settings
    documents: dict[str, EncodedDocument] = field(default_factory=dict)
    diagnostics: dict[str, list[Diagnostic]] = field(default_factory=dict)
    validation: dict[str, list[Diagnostic]] = field(default_factory=dict)


def ingest_all(paths: list[Path], out: Path) -> Ingested:
    reporter = Reporter()
    settings = Settings(seeds=SEEDS, out=out, edition=load_edition_info(SEEDS, reporter),
                        cache=False, jobs=1, progress=False)
    result = Ingested(Registers.load(SEEDS, reporter), settings)
    for path in paths:
        local = Reporter()
        encoded = ingest_tei(path, result.registers, settings, local)
        result.diagnostics[path.stem] = local.diagnostics
        if encoded is not None:
            result.documents[path.stem] = encoded
    return result


@pytest.fixture(scope="session")
def ingested(tmp_path_factory, validator) -> Ingested:
    assert FOREIGN, f"no TEI files under {CORPUS}: set EDITION_CORPUS or provide ../shared"
    result = ingest_all(FOREIGN, tmp_path_factory.mktemp("ingest") / "site")
    known = lambda ref: result.registers.get(ref) is not None  # noqa: E731
    for doc_id, encoded in result.documents.items():
        result.validation[doc_id] = validator.validate(encoded.tei, doc_id, known)
    return result


def publish(ingested: Ingested) -> Path:
    """Write the site of the ingested documents with the real `pipeline.write_site`.

    Each document is stored in a build cache by `workers.store_encoded`, as a build stores a
    source, so the pages are rendered exactly as in a build."""
    cache = BuildCache.temporary(ingested.settings.out)
    corpus = Corpus(ingested.settings, ingested.registers, cache=cache, inputs="ingest-tests")
    for doc_id, encoded in ingested.documents.items():
        diagnostics = ingested.diagnostics[doc_id] + ingested.validation.get(doc_id, [])
        result = DocumentResult(doc_id, Path(encoded.document.raw.path), encoded.document.raw.path,
                                f"ingest-{doc_id}", list(diagnostics))
        encoded.diagnostics = list(diagnostics)
        store_encoded(cache, result, encoded, ingested.registers)
        corpus.documents.append(EncodedDocument(diagnostics=diagnostics, stored=result, cache=cache))
    write_site(corpus)
    return ingested.settings.out


def published_page(folder: Path, name: str, text: str):
    """The page (parsed HTML) of foreign document `text`, written to `folder`/`name`.xml,
    ingested and published alone in `folder`/site."""
    from lxml import html
    path = folder / f"{name}.xml"
    path.write_text(text, encoding="utf-8")
    site = publish(ingest_all([path], folder / "site"))
    return html.fromstring((site / "documents" / f"{name}.html").read_bytes())


@pytest.fixture(scope="session")
def foreign_site(ingested) -> Path:
    """The site of the 19 foreign documents, written by the real pipeline stage."""
    return publish(ingested)
