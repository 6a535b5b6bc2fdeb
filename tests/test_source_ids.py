"""A source's file name is its document id: one id, one document, and no id of the site's own
files (the registers' TEI, the DTS collection of the edition); foreign TEI names are checked
like text sources. Each is a located error before anything is written, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from edition.config import Settings
from edition.diagnostics import Reporter, Severity
from edition.pipeline import build
from tests.conftest import ROOT, SEEDS, build_py, seeds_with

TELEGRAM = SEEDS / "1962-11-19-telegram-mikoyan-cc-cpsu.txt"
FRUS = ROOT / "tests" / "ingest" / "data" / "frus1969-76v12-d122.xml"


def failed_build(seeds: Path, out: Path) -> list[str]:
    """The errors of a build that must fail, each `file name: message [code]`."""
    reporter = Reporter()
    assert not build(Settings(seeds=seeds, out=out, jobs=1), reporter)
    assert not out.exists()
    return [f"{Path(d.location.path).name}: {d.message} [{d.code}]"
            for d in reporter.sorted() if d.severity == Severity.ERROR]


@pytest.mark.parametrize("name, taken_by", [
    ("persons.txt", "tei/persons.xml"), ("places.txt", "tei/places.xml"),
    ("organizations.txt", "tei/organizations.xml"),
    ("edition.txt", "the DTS collection of the whole edition"),
])
def test_an_id_of_the_sites_own_files_is_refused(tmp_path, name, taken_by):
    errors = failed_build(seeds_with(tmp_path, (name, TELEGRAM)), tmp_path / "site")
    assert len(errors) == 1 and errors[0].startswith(f"{name}: the document id ")
    assert taken_by in errors[0] and errors[0].endswith("[source-name]")


def test_a_foreign_file_with_an_id_of_the_site_is_refused_too(tmp_path):
    errors = failed_build(seeds_with(tmp_path, ("edition.xml", FRUS)), tmp_path / "site")
    assert [e.split(":")[0] for e in errors] == ["edition.xml"]


def test_two_sources_of_one_id_the_second_is_refused(tmp_path):
    seeds = seeds_with(tmp_path, ("x.txt", TELEGRAM), ("x.xml", FRUS))
    errors = failed_build(seeds, tmp_path / "site")
    assert len(errors) == 1 and errors[0].startswith("x.xml: the document id 'x'")
    assert str(seeds / "x.txt") in errors[0]


def test_a_foreign_file_name_that_is_no_safe_id_is_an_error(tmp_path):
    errors = failed_build(seeds_with(tmp_path, ("Brief an Göthe.xml", FRUS)), tmp_path / "site")
    assert errors == ["Brief an Göthe.xml: the file name 'Brief an Göthe' cannot be a document "
                      "id in the site's paths and URLs: use ASCII letters, digits, '-', '_' and "
                      "'.' (not first), e.g. 'Brief-an-G-the' [source-name]"]


def test_the_build_goes_on_and_fails_at_the_end_with_a_count(tmp_path):
    seeds = seeds_with(tmp_path, ("x.txt", TELEGRAM), ("x.xml", FRUS), ("persons.txt", TELEGRAM))
    result = build_py("--seeds", str(seeds), "--out", str(tmp_path / "site"), cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr.count("[source-name]") == 2
    assert "[speaker-label]" in result.stderr  # the other sources were encoded all the same
    assert "build failed: 2 error(s)" in result.stderr
