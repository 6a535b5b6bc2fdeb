"""Citation manifest: every citable line hashed; changed or vanished citations reported, and fatal unless accepted."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from edition.diagnostics import Reporter, Severity
from edition.manifest import MANIFEST, compare_manifests, manifest_json, write_manifest
from edition.write import SiteWriter
from tests.conftest import SEEDS, TEI, encode_text, page

TURNS = "A.I. MIKOYAN. We agree.\n\nO. DORTICOS. We refuse   inspections.\n\nA.I. MIKOYAN. I see."


def encoded(body: str, registers):
    tei, reporter = encode_text(page(body), registers)
    assert tei is not None and not reporter.failed(), [str(d) for d in reporter.diagnostics]
    return tei


@pytest.fixture
def previous(tmp_path, registers) -> Path:
    """The manifest of a 'previous release' holding one document, `memo`."""
    path = tmp_path / "previous.json"
    path.write_text(manifest_json([("memo", encoded(TURNS, registers))]), encoding="utf-8")
    return path


def compare(previous: Path, body: str, registers, accept: bool = False):
    reporter = Reporter()
    changes = compare_manifests(previous, [("memo", encoded(body, registers), "seeds/memo.txt")],
                                reporter, accept)
    return changes, reporter


def shown(reporter: Reporter, severity: Severity | None = None) -> list[str]:
    return [str(d) for d in reporter.sorted() if severity is None or d.severity == severity]


def test_the_manifest_hashes_the_normalized_text_of_every_citable_line(registers):
    tei = encoded(TURNS, registers)
    data = json.loads(manifest_json([("memo", tei)]))
    lines = data["documents"]["memo"]
    assert [line["n"] for line in lines] == [e.get("n") for e in tei.xpath("//t:body//*[@n]",
                                                                           namespaces=TEI)]
    assert [line["n"] for line in lines] == ["1", "2", "3"]
    assert lines[1]["sha256"] == hashlib.sha256(b"We refuse inspections.").hexdigest()
    assert lines[1]["excerpt"] == "We refuse inspections."


def test_the_manifest_is_byte_identical_whatever_the_order_of_documents(registers):
    a, b = encoded(TURNS, registers), encoded("A.I. MIKOYAN. Other.", registers)
    assert manifest_json([("a", a), ("b", b)]) == manifest_json([("b", b), ("a", a)])


def test_the_manifest_is_written_into_the_site(tmp_path, registers):
    writer = SiteWriter(tmp_path / "site")
    write_manifest([("memo", encoded(TURNS, registers))], writer)
    writer.commit()
    assert json.loads((tmp_path / "site" / MANIFEST).read_text())["documents"]["memo"]


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


def test_a_removed_document_vanishes_with_all_its_lines(previous):
    reporter = Reporter()
    changes = compare_manifests(previous, [], reporter, accept=False)
    assert [(c.doc_id, c.n, c.kind) for c in changes] == [
        ("memo", "1", "vanished"), ("memo", "2", "vanished"), ("memo", "3", "vanished")]
    assert "document memo (3 citable lines) is no longer in the edition" in \
        shown(reporter, Severity.WARNING)[0]
    assert reporter.failed()


def test_a_new_document_or_new_lines_are_no_change(previous, registers):
    reporter = Reporter()
    memo = encoded(TURNS + "\n\nA.I. MIKOYAN. More.", registers)
    other = encoded("A.I. MIKOYAN. New.", registers)
    assert compare_manifests(previous, [("memo", memo), ("new", other)], reporter, False) == []
    assert reporter.diagnostics == []


@pytest.mark.parametrize("content, message", [
    (None, "cannot read the previous citation manifest: No such file or directory"),
    ("{not json", "not a citation manifest of this edition: Expecting property name"),
    ('{"format": "other"}', "not a citation manifest of this edition: format is 'other'"),
    ('{"format": "edition-citations/1", "documents": {"m": [{"x": 1}]}}',
     "not a citation manifest of this edition: 'n'"),
    ("[]", "not a citation manifest of this edition:"),
])
def test_an_unreadable_previous_manifest_is_an_error_not_a_traceback(tmp_path, content, message,
                                                                     registers):
    path = tmp_path / "citations.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    reporter = Reporter()
    assert compare_manifests(path, [("memo", encoded(TURNS, registers))], reporter, False) == []
    assert [d.code for d in reporter.diagnostics] == ["citation-manifest"]
    assert message in str(reporter.diagnostics[0])


def test_the_seeds_against_their_own_manifest_change_nothing(registers, tmp_path):
    """Both seeds: as many manifest lines as numbered blocks, and a rebuild is stable."""
    from edition.config import Settings
    from edition.overrides import load_overrides
    from edition.pipeline import encode_bytes
    documents = []
    for path in sorted(SEEDS.glob("*.txt")):
        reporter = Reporter()
        overrides = load_overrides(path, reporter, path.name)
        result = encode_bytes(path.read_bytes(), path.name, path.stem, registers, Settings(),
                              overrides, reporter)
        documents.append((path.stem, result.tei, path.name))
    data = json.loads(manifest_json(documents))
    for doc_id, tei, _ in documents:
        assert len(data["documents"][doc_id]) == len(tei.xpath("//t:body//*[@n]", namespaces=TEI))
    assert len(data["documents"]["1962-11-05-memcon-mikoyan-dorticos"]) > 60
    manifest = tmp_path / MANIFEST
    manifest.write_text(manifest_json(documents), encoding="utf-8")
    reporter = Reporter()
    assert compare_manifests(manifest, documents, reporter, False) == []
    assert reporter.diagnostics == []


def test_a_build_reports_a_changed_citation_at_the_line_of_its_source(tmp_path):
    """Through the whole pipeline (encoded by workers, read back from the build cache): the
    message names the source file and the line the changed text is on."""
    import shutil
    from edition.config import Settings
    from edition.pipeline import build
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
