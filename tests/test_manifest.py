"""Citation manifest: every citable line hashed; changed or vanished citations reported, and fatal unless accepted.

The manifest and the comparison are made as in a build: each document stored in the build cache
by the encoding worker (`workers.store_encoded`), citations.json written by
`open_data.write_open_data`, the comparison by `compare_lines` over `pipeline.current_lines`.
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from tempfile import mkdtemp

import pytest
from lxml import etree

from edition.breaks import spaced_text
from edition.cache import BuildCache, DocumentResult
from edition.cli import print_diagnostics
from edition.assemble import assemble_site
from edition.config import Settings, load_edition_info
from edition.diagnostics import Reporter, Severity
from edition.dts import Layout
from edition.export.bundle import registered_ids
from edition.manifest import MANIFEST, compare_lines, manifest_entry, write_manifest_lines
from edition.open_data import write_open_data
from edition.output import write_tei
from edition.overrides import Overrides
from edition.pipeline import Corpus, EncodedDocument, build, current_lines, encode_bytes
from edition.publish import publish_document
from edition.splice import Spliced, Splices
from edition.tei.xml import SAFE_PARSER
from edition.workers import store_encoded
from edition.write import SiteWriter, site_json
from tests.conftest import SEEDS, TEI, page

TURNS = "A.I. MIKOYAN. We agree.\n\nO. DORTICOS. We refuse   inspections.\n\nA.I. MIKOYAN. I see."
SETTINGS = Settings(seeds=SEEDS, edition=load_edition_info(SEEDS, Reporter()))


def encoded(body: str, registers, doc_id: str = "memo") -> EncodedDocument:
    """The source `seeds/<doc_id>.txt` with `body`, encoded."""
    reporter = Reporter()
    found = encode_bytes(page(body).encode("utf-8"), f"seeds/{doc_id}.txt", doc_id, registers,
                         SETTINGS, Overrides(), reporter)
    assert found is not None and not reporter.failed(), [str(d) for d in reporter.diagnostics]
    return found


def stored(documents: list[tuple[str, EncodedDocument]], registers, cache: Path) -> Corpus:
    """A corpus of `documents` (in this order) as the encoding workers leave it: each stored in
    the build cache in the folder `cache` by `store_encoded`, with its citable lines."""
    corpus = Corpus(SETTINGS, registers, cache=BuildCache(cache))
    for doc_id, document in documents:
        shown = f"seeds/{doc_id}.txt"
        result = DocumentResult(doc_id, Path(shown), shown, key=doc_id)
        store_encoded(corpus.cache, result, document, registers)
        corpus.documents.append(EncodedDocument(stored=result, cache=corpus.cache))
    return corpus


def publish(corpus: Corpus, out: Path) -> Path:
    """The site `out` of `corpus` as far as the open data: its TEI (`write_tei`), each document
    published as a render worker does (`publish_document`), then `write_open_data`, which
    writes citations.json. Returns the path of citations.json."""
    writer = SiteWriter(out)
    write_tei(corpus, writer)
    layout, registered = Layout.of(corpus.settings), registered_ids(corpus.registers)
    published = []
    for document in corpus.documents:
        key = document.stored.key
        data = corpus.cache.entry(key, ".xml").read_bytes()
        published.append(publish_document(document.stored.doc_id, key, data,
                                          etree.fromstring(data, SAFE_PARSER), layout,
                                          registered, writer, corpus.cache))
    site = assemble_site([d.stored.part for d in corpus.documents], corpus.registers)
    write_open_data(corpus, site, published, writer, Splices(writer, {}, 0, ""))
    writer.commit()
    return out / MANIFEST


@pytest.fixture
def previous(tmp_path, registers) -> Path:
    """The manifest of a 'previous release' holding one document, `memo`."""
    return publish(stored([("memo", encoded(TURNS, registers))], registers, tmp_path / "cache"),
                   tmp_path / "previous")


def compare_with(previous: Path, documents: list[tuple[str, EncodedDocument]], registers,
                 accept: bool = False):
    """(changes, reporter) of `compare_lines` for a build of `documents`."""
    reporter = Reporter()
    corpus = stored(documents, registers, Path(mkdtemp(dir=previous.parent)))
    changes = compare_lines(previous, current_lines(corpus), reporter, accept)
    return changes, reporter


def compare(previous: Path, body: str, registers, accept: bool = False):
    return compare_with(previous, [("memo", encoded(body, registers))], registers, accept)


def shown(reporter: Reporter, severity: Severity | None = None) -> list[str]:
    return [str(d) for d in reporter.sorted() if severity is None or d.severity == severity]


def test_the_manifest_hashes_the_normalized_text_of_every_citable_line(tmp_path, registers):
    memo = encoded(TURNS, registers)
    tei = memo.tei
    corpus = stored([("memo", memo)], registers, tmp_path / "cache")
    data = json.loads(publish(corpus, tmp_path / "site").read_text())
    lines = data["documents"]["memo"]
    assert [line["n"] for line in lines] == [e.get("n") for e in tei.xpath("//t:body//*[@n]",
                                                                           namespaces=TEI)]
    assert [line["n"] for line in lines] == ["1", "2", "3"]
    assert lines[1]["sha256"] == hashlib.sha256(b"We refuse inspections.").hexdigest()
    assert lines[1]["excerpt"] == "We refuse inspections."


@pytest.mark.parametrize("line, text", [
    ("<head>MEMORANDUM OF CONVERSATION<lb/><persName>A.I. Mikoyan</persName></head>",
     "MEMORANDUM OF CONVERSATION A.I. Mikoyan"),
    ("<p>the Mos<lb break='no'/>cow talks<lb/> went on</p>", "the Moscow talks went on"),
    ("<p>a<!-- an encoder's comment --> b <hi>c</hi></p>", "a b c"),
], ids=["line-break", "break-inside-a-word", "comment"])
def test_a_cited_line_reads_its_line_breaks_as_the_source_does(line, text):
    element = etree.fromstring(f'<TEI xmlns="{TEI["t"]}">{line}</TEI>')[0]
    assert spaced_text(element) == text


def test_the_manifest_is_byte_identical_whatever_the_order_of_documents(tmp_path, registers):
    a, b = encoded(TURNS, registers, "a"), encoded("A.I. MIKOYAN. Other.", registers, "b")
    first = publish(stored([("a", a), ("b", b)], registers, tmp_path / "c1"),
                    tmp_path / "ab").read_bytes()
    assert list(json.loads(first)["documents"]) == ["a", "b"]
    assert first == publish(stored([("b", b), ("a", a)], registers, tmp_path / "c2"),
                           tmp_path / "ba").read_bytes()


def test_the_manifest_is_written_into_the_site(tmp_path, registers):
    publish(stored([("memo", encoded(TURNS, registers))], registers, tmp_path / "cache"),
            tmp_path / "site")
    assert json.loads((tmp_path / "site" / MANIFEST).read_text())["documents"]["memo"]


@pytest.mark.parametrize("documents", [[], [("a", {"1": ("d1", "One.")}), ("b", {})], [
    ("a<&>\"", {"1": ("d1", 'He said: "<No> & \\ \u00e9\u2026\n\t\u2028'), "2": ("d2", "")}),
    ("b", {"n": ("d3", "\U0001F600 \x7f")})]])
def test_the_streamed_manifest_is_the_json_of_the_whole(documents):
    stream = io.BytesIO()
    out = Spliced(stream)
    write_manifest_lines(out, ((doc_id, lambda d=doc_id, lines=lines: manifest_entry(d, lines))
                               for doc_id, lines in documents))
    out.finish()
    text = stream.getvalue().decode("utf-8")
    data = json.loads(text)
    assert text == site_json(data, indent=1)
    assert data["documents"] == {doc_id: [{"n": n, "sha256": digest, "excerpt": excerpt}
                                          for n, (digest, excerpt) in lines.items()]
                                 for doc_id, lines in documents}


def test_the_same_text_changes_nothing(previous, registers):
    changes, reporter = compare(previous, TURNS.replace("   ", " \n"), registers)
    assert changes == [] and reporter.diagnostics == []


def test_a_changed_line_is_reported_at_its_source_line_and_fails_the_build(previous, registers):
    changes, reporter = compare(previous, TURNS.replace("refuse", "accept"), registers)
    assert [(c.n, c.kind) for c in changes] == [("2", "changed")]
    assert shown(reporter, Severity.WARNING) == [
        'seeds/memo.txt:7: warning: citation memo#L2 changed: was "We refuse inspections.", '
        'now "We accept inspections." [citation-changed]']
    assert shown(reporter, Severity.ERROR) == [
        f"{previous}: error: 1 citation(s) of the previous release changed or vanished; if that "
        "is intended, build again with --accept-citation-changes [citation-changes]"]


def test_an_accepted_change_is_an_info_and_does_not_fail(previous, registers):
    changes, reporter = compare(previous, TURNS.replace("refuse", "accept"), registers, accept=True)
    assert len(changes) == 1
    assert not reporter.failed(strict=True)
    assert [d.code for d in reporter.diagnostics] == ["citation-changed"]
    assert reporter.diagnostics[0].severity == Severity.INFO


def test_an_accepted_change_is_still_printed(previous, registers, capsys):
    _, reporter = compare(previous, TURNS.replace("refuse", "accept"), registers, accept=True)
    print_diagnostics(reporter)
    assert capsys.readouterr().err.splitlines() == [
        'seeds/memo.txt:7: info: citation memo#L2 changed: was "We refuse inspections.", '
        'now "We accept inspections." [citation-changed]']


def test_an_inserted_paragraph_shifts_citations_and_says_where_the_text_went(previous, registers):
    body = "A.I. MIKOYAN. Hello.\n\n" + TURNS
    changes, reporter = compare(previous, body, registers)
    assert [(c.n, c.kind, c.moved_to) for c in changes] == [
        ("1", "changed", "2"), ("2", "changed", "3"), ("3", "changed", "4")]
    assert "that text is now line 2" in shown(reporter, Severity.WARNING)[0]


def test_a_removed_line_vanishes(previous, registers):
    changes, reporter = compare(previous, TURNS.rsplit("\n\n", 1)[0], registers)
    assert [(c.n, c.kind) for c in changes] == [("3", "vanished")]
    assert 'seeds/memo.txt: warning: citation memo#L3 vanished: was "I see."' in \
        shown(reporter, Severity.WARNING)[0]
    assert reporter.failed()


def test_a_removed_document_vanishes_with_all_its_lines(previous, registers):
    changes, reporter = compare_with(previous, [], registers)
    assert [(c.doc_id, c.n, c.kind) for c in changes] == [
        ("memo", "1", "vanished"), ("memo", "2", "vanished"), ("memo", "3", "vanished")]
    assert "document memo (3 citable lines) is no longer in the edition" in \
        shown(reporter, Severity.WARNING)[0]
    assert reporter.failed()


def test_a_new_document_or_new_lines_are_no_change(previous, registers):
    memo = encoded(TURNS + "\n\nA.I. MIKOYAN. More.", registers)
    other = encoded("A.I. MIKOYAN. New.", registers, "new")
    changes, reporter = compare_with(previous, [("memo", memo), ("new", other)], registers)
    assert changes == []
    assert reporter.diagnostics == []


NOT_A_MANIFEST = "citations.json: error: not a citation manifest of this tool"
DOCUMENTS = '{"format": "edition-citations/1", "documents": %s}'


@pytest.mark.parametrize("content, message", [
    (None, "citations.json: error: cannot read the previous citation manifest: No such file or "
           "directory"),
    ("{not json", f"{NOT_A_MANIFEST.replace(':', ':1:2:', 1)}: it is not JSON (Expecting "
                  "property name enclosed in double quotes)"),
    ('{"format": "other"}', f"{NOT_A_MANIFEST}: its \"format\" is the string 'other', not "
                            "'edition-citations/1'"),
    ('{"documents": {}}', f"{NOT_A_MANIFEST}: its \"format\" is missing, not "
                          "'edition-citations/1'"),
    ("[]", f"{NOT_A_MANIFEST}: it holds a list, not an object with \"format\" and \"documents\""),
    ("5", f"{NOT_A_MANIFEST}: it holds a number, not an object with \"format\" and \"documents\""),
    ('{"format": "edition-citations/1"}', f"{NOT_A_MANIFEST}: its \"documents\" are missing, not "
                                          "an object of document ids"),
    (DOCUMENTS % "[]", f"{NOT_A_MANIFEST}: its \"documents\" is a list, not an object of "
                       "document ids"),
    (DOCUMENTS % '{"m": 5}', f"{NOT_A_MANIFEST}: document 'm' has a number, not a list of lines"),
    (DOCUMENTS % '{"m": [[1]]}', f"{NOT_A_MANIFEST}: line entry 1 of document 'm' is a list, not "
                                 "an object"),
    (DOCUMENTS % '{"m": [{"x": 1}]}', f"{NOT_A_MANIFEST}: line entry 1 of document 'm' has no "
                                      "\"n\""),
    (DOCUMENTS % '{"m": [{"n": "1", "sha256": "ab"}, {"n": "2"}]}',
     f"{NOT_A_MANIFEST}: line entry 2 of document 'm' has no \"sha256\""),
    (DOCUMENTS % '{"m": [{"n": "1", "sha256": null}]}',
     f"{NOT_A_MANIFEST}: \"sha256\" of line entry 1 of document 'm' is null"),
    (b"\xff\xfe" + '{"format": "edition-citations/1"}'.encode("utf-16-le"),
     f"{NOT_A_MANIFEST}: the file seems to be UTF-16 text (it starts with a UTF-16 byte-order "
     "mark), not UTF-8 plain text: save it again as UTF-8 (in most editors: Save As, encoding "
     "UTF-8)"),
])
def test_an_unreadable_previous_manifest_is_an_error_not_a_traceback(tmp_path, content, message,
                                                                     registers, monkeypatch):
    path = tmp_path / "citations.json"
    if content is not None:
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    monkeypatch.chdir(tmp_path)
    changes, reporter = compare(Path("citations.json"), TURNS, registers)
    assert changes == []
    assert [str(d) for d in reporter.diagnostics] == [f"{message} [citation-manifest]"]


def test_the_seeds_against_their_own_manifest_change_nothing(tmp_path):
    """Both seeds, built: as many manifest lines as numbered blocks, and a full rebuild (all
    encoded again) checked against that manifest changes nothing."""
    out = tmp_path / "site"
    reporter = Reporter()
    assert build(Settings(seeds=SEEDS, out=out, jobs=1), reporter), reporter.sorted()
    data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    documents = sorted(path.stem for path in SEEDS.glob("*.txt"))
    assert sorted(data["documents"]) == documents
    for doc_id in documents:
        tei = etree.parse(str(out / "tei" / f"{doc_id}.xml"))
        assert len(data["documents"][doc_id]) == len(tei.xpath("//t:body//*[@n]", namespaces=TEI))
    assert len(data["documents"]["1962-11-05-memcon-mikoyan-dorticos"]) > 60
    manifest = tmp_path / MANIFEST
    manifest.write_bytes((out / MANIFEST).read_bytes())
    reporter = Reporter()
    assert build(Settings(seeds=SEEDS, out=out, jobs=1, cache=False, previous_manifest=manifest),
                 reporter)
    assert [d for d in reporter.diagnostics if d.code.startswith("citation")] == []
    assert (out / MANIFEST).read_bytes() == manifest.read_bytes()


def test_a_build_reports_a_changed_citation_at_the_line_of_its_source(tmp_path):
    """Through the whole pipeline (encoded by workers, read back from the build cache): the
    message names the source file and the line the changed text is on."""
    import shutil
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in SEEDS.iterdir():
        shutil.copy(path, seeds / path.name)
    memo = seeds / "1962-11-05-memcon-mikoyan-dorticos.txt"
    out = tmp_path / "site"
    assert build(Settings(seeds=seeds, out=out, jobs=1), Reporter())
    previous = tmp_path / "previous.json"
    shutil.copy(out / MANIFEST, previous)
    lines = memo.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines, 1) if "inspection" in line and i > 40)
    lines[number - 1] = lines[number - 1].replace("inspection", "verification", 1)
    memo.write_text("".join(lines), encoding="utf-8")
    reporter = Reporter()
    assert not build(Settings(seeds=seeds, out=out, jobs=1, previous_manifest=previous), reporter)
    changed = [d for d in reporter.diagnostics if d.code == "citation-changed"]
    assert len(changed) == 1
    assert str(changed[0]).startswith(f"{changed[0].location.path}:{number}:")
    assert changed[0].location.path.endswith("1962-11-05-memcon-mikoyan-dorticos.txt")
