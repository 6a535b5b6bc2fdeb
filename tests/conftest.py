"""Shared fixtures: the project's registers, a compiled validator, and an encoder for snippets;
the Hypothesis profiles of every test: `ci` (default: fast, derandomized, no deadline) and `long`
(>= 10,000 examples), by HYPOTHESIS_PROFILE."""

from __future__ import annotations

import atexit
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from lxml import etree

from edition import workers
from edition.config import Settings
from edition.diagnostics import Reporter
from edition.overrides import Overrides
from edition.pipeline import encode_bytes
from edition.registers import Registers

settings.register_profile("ci", max_examples=100, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("long", max_examples=10_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
"""Every Hypothesis test, not only tests/property's, runs derandomized and without a deadline in
the default profile: a test timed per example failed on a loaded machine (tests/encoder's
equivalence tests), and CI gives the same examples each run."""

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
DEV_CORPUS = SHARED / "corpus" / "dev"
"""The 19 documents of other editions (FRUS, ParlaMint, DraCor) the tests read, never copy."""
TEI = {"t": "http://www.tei-c.org/ns/1.0"}

os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="edition-tests-xdg-")
"""The cut-down tei_all (edition.schema_cache) goes there, not into the home folder; builds in
subprocesses inherit it."""
atexit.register(shutil.rmtree, os.environ["XDG_CACHE_HOME"], True)
os.environ.pop("SOURCE_DATE_EPOCH", None)
"""The release date is edition.toml's, as the goldens and settings tests expect, on a machine
that sets SOURCE_DATE_EPOCH too (it replaces the release date: `config.load_edition_info`); the
one test of it sets it itself; builds in subprocesses inherit its absence."""


@pytest.fixture(scope="session")
def registers() -> Registers:
    reporter = Reporter()
    loaded = Registers.load(SEEDS, reporter)
    assert not reporter.diagnostics, reporter.diagnostics
    return loaded


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    """The seeds read, encoded and validated once, as `collect_corpus` gives them."""
    from edition.pipeline import collect_corpus
    settings = Settings(seeds=SEEDS, out=tmp_path_factory.mktemp("unused") / "site")
    return collect_corpus(settings, Reporter())


@pytest.fixture(scope="session")
def documents(corpus):
    """(document id, published TEI root) of every seed, as the renderer and exporters get them."""
    from edition.tei import serialize
    return [(d.stored.doc_id, etree.fromstring(serialize(d.tei))) for d in corpus.documents]


@pytest.fixture(scope="session")
def validator():
    from edition.validate import Validator
    return Validator()


@pytest.fixture
def valid_tei(registers, validator):
    """Encode a source text; assert it is valid everywhere and reports nothing; the TEI."""
    def encode(text: str):
        tei, reporter = encode_text(text, registers)
        assert [str(d) for d in reporter.diagnostics] == []
        assert validator.validate(tei, "x", lambda ref: registers.get(ref) is not None) == []
        assert validator.tei_all.validate(tei), validator.tei_all.error_log
        return tei
    return encode


def page(body: str, date: str = "November 5, 1962",
         title: str = "Memorandum of Conversation, A.I. Mikoyan with Osvaldo Dorticos") -> str:
    """A source text in the archive page-dump layout around `body`."""
    return f"{date}\n\n{title}\n\n{body}\n\nDocument Information\n\nSource\n\nAn archive.\n\nRecord ID\n\n1\n"


def encode_text(text: str, registers: Registers, provisional: bool = False,
                settings: Settings | None = None):
    """(TEI root or None, reporter) for a source text (with `settings`, else the defaults)."""
    reporter = Reporter()
    settings = settings or Settings(provisional_speakers=provisional)
    with registers.own_provisional_persons():  # the session's registers stay as loaded
        encoded = encode_bytes(text.encode("utf-8"), "x.txt", "x", registers, settings,
                               Overrides(), reporter)
    return (encoded.tei if encoded else None), reporter


def seeds_with(tmp_path: Path, *files: tuple[str, str | Path] | Path) -> Path:
    """The project's seeds in a scratch folder, with (name, text or file to copy) added, or a
    file copied under its own name."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    for name, content in (f if isinstance(f, tuple) else (f.name, f) for f in files):
        if isinstance(content, Path):
            shutil.copy(content, seeds / name)
        else:
            (seeds / name).write_text(content, encoding="utf-8")
    return seeds


def encode_with(folder: Path, registers: Registers, sidecar: str, source: str):
    """(encoded source, reporter) of `source` as `folder`/doc.txt beside its overrides `sidecar`."""
    from edition.pipeline import encode_source
    path = folder / "doc.txt"
    path.write_text(source, encoding="utf-8")
    (folder / "doc.overrides.toml").write_text(sidecar, encoding="utf-8")
    reporter = Reporter()
    return encode_source(path, registers, Settings(), reporter), reporter


def build_sources(folder: Path, sources: dict[str, str]) -> Path:
    """The site of `sources` (file name -> text) beside the seed registers, built in `folder`."""
    from edition.pipeline import build
    seeds, out = folder / "seeds", folder / "site"
    shutil.copytree(SEEDS, seeds, ignore=shutil.ignore_patterns("*.txt"))
    for name, text in sources.items():
        (seeds / name).write_text(text, encoding="utf-8")
    reporter = Reporter()
    assert build(Settings(seeds=seeds, out=out, jobs=1), reporter), reporter.sorted()
    return out


INFERRED = 'cert="medium" evidence="conjecture" resp="#encoder"'
"""The attributes of a date the encoder inferred, as the TEI writes them."""
COLON_DIALOGUE = "Kuznetsov: We are ready.\n\n{}\n\nKuznetsov: That is another question."
"""Two turns of a dialogue written with colons, a paragraph between them (`.format(...)`)."""


def compact_xml(element: etree._Element) -> str:
    """`element` (without its tail) as compact XML without namespace declarations."""
    xml = etree.tostring(element, encoding="unicode", with_tail=False)
    xml = re.sub(r' xmlns(:\w+)?="[^"]*"', "", xml)
    return re.sub(r">\n\s*<", "><", xml)


def body_xml(tei: etree._Element) -> str:
    """The document's div as compact XML without namespace declarations."""
    return compact_xml(tei.find(".//t:body/t:div", TEI))


def texts(tei: etree._Element, path: str) -> list[str]:
    """The text of each element at `path`."""
    return ["".join(element.itertext()) for element in tei.iterfind(path, namespaces=TEI)]


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/ from the current output (review the diff!)")


def build_py(*args: str, cwd: Path = ROOT, timeout: float = 900) -> subprocess.CompletedProcess:
    """`python build.py ARGS` in a new process, as a reader of the README runs it; its output
    captured, and a hang stopped after `timeout` seconds."""
    return subprocess.run([sys.executable, str(ROOT / "build.py"), *args], capture_output=True,
                          text=True, cwd=cwd, timeout=timeout)


def tei_document(body: str) -> etree._Element:
    """A TEI document whose body's one div holds `body` (TEI markup): what the renderer reads."""
    return etree.fromstring(f'<TEI xmlns="{TEI["t"]}"><text><body><div>{body}</div></body>'
                            '</text></TEI>')


def document_context(registers: Registers | None = None, entries: tuple[str, ...] = (),
                     documents: tuple[str, ...] = ()):
    """The renderer's context for a document page (`documents/x.html`) of a site that holds
    the documents `documents` (ids) and the register entries `entries` (ids in `registers`)."""
    from types import SimpleNamespace
    from edition.render.html import Context
    site = SimpleNamespace(by_id=dict.fromkeys(documents),
                           entry_by_id={ident: registers.get(ident) for ident in entries})
    return Context("documents/x.html", site, None, None)


@pytest.fixture
def calls(monkeypatch) -> dict[str, list[str]]:
    """Which documents were encoded and which rendered, and which register entry pages were
    written (the build runs in this process)."""
    seen: dict[str, list[str]] = {"encoded": [], "rendered": [], "entries": []}
    encode, render, entry = workers.encode_task, workers.render_task, workers.entry_task

    def counting_encode(item):
        seen["encoded"].append(item[0].stem)
        return encode(item)

    def counting_render(item):
        seen["rendered"].append(item[0])
        return render(item)

    def counting_entry(item):
        seen["entries"].append(item[0])
        return entry(item)

    monkeypatch.setattr(workers, "encode_task", counting_encode)
    monkeypatch.setattr(workers, "render_task", counting_render)
    monkeypatch.setattr(workers, "entry_task", counting_entry)
    return seen
