"""The downloads listing: every staged file listed, big ones from what their writers noted."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from edition.export.listing import (CMIF, COPRESENCE_CSV, SPEAKERS_CSV, SPEAKERS_JSON, Download,
                                    Noted, downloads_listing, files_below)

from .conftest import build_site


def _stage(tmp_path: Path, files: dict[str, bytes]) -> Path:
    for relative, data in files.items():
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_bytes(data)
    return tmp_path


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_a_noted_file_is_listed_as_noted_without_reading_it(tmp_path):
    stage = _stage(tmp_path, {"downloads/corpus.xml": b"<teiCorpus/>"})
    said = Download("downloads/corpus.xml", 12, "noted, not read")
    noted = Noted.of_written(said, stage / "downloads/corpus.xml")
    assert downloads_listing(stage, {said.path: noted}) == [said]


def test_a_file_changed_after_its_note_is_hashed_from_its_bytes(tmp_path):
    stage = _stage(tmp_path, {"tei/a.xml": b"<TEI/>"})
    file = stage / "tei/a.xml"
    noted = {"tei/a.xml": Noted.of_written(Download("tei/a.xml", 6, "stale"), file)}
    file.write_bytes(b"<TEI>changed</TEI>")
    assert downloads_listing(stage, noted) == [
        Download("tei/a.xml", 18, _sha(b"<TEI>changed</TEI>"))]
    os.utime(file, ns=(0, 0))  # same size as noted, another time: not trusted either
    noted = {"tei/a.xml": Noted(Download("tei/a.xml", 18, "stale"), 1)}
    assert downloads_listing(stage, noted)[0].sha256 == _sha(b"<TEI>changed</TEI>")


def test_every_staged_file_is_listed_noted_or_not_and_nothing_else(tmp_path):
    """Files nobody noted (schemas, registers) are hashed from their bytes; a note of a file
    that is not staged lists nothing; only tei/, schemas/ and downloads/ are listed."""
    files = {"tei/a.xml": b"a", "tei/persons.xml": b"persons", "schemas/x.rng": b"rng",
             "downloads/cmif.xml": b"cmif", "documents/a.html": b"page"}
    stage = _stage(tmp_path, files)
    noted = {"tei/a.xml": Noted.of_written(Download.of_bytes("tei/a.xml", b"a"),
                                           stage / "tei/a.xml"),
             "downloads/gone.xml": Noted(Download.of_bytes("downloads/gone.xml", b"gone"), 0)}
    assert downloads_listing(stage, noted) == sorted(
        (Download.of_bytes(path, data) for path, data in files.items()
         if not path.startswith("documents/")), key=lambda d: d.path)


def test_the_walk_finds_what_rglob_finds(tmp_path):
    """`files_below` (strings, for speed) finds the regular files `Path.rglob` does: in
    subfolders, a link to a file followed, none through a link to a folder."""
    stage = _stage(tmp_path, {"tei/a.xml": b"a", "tei/deep/er/b.xml": b"b",
                              "elsewhere/c.xml": b"c"})
    (stage / "tei/link.xml").symlink_to(stage / "elsewhere/c.xml")
    (stage / "tei/folder").symlink_to(stage / "elsewhere")
    (stage / "tei/empty").mkdir()
    by_rglob = sorted(path.relative_to(stage).as_posix() for path in (stage / "tei").rglob("*")
                      if path.is_file())
    assert sorted(path for path, _ in files_below(str(stage), "tei")) == by_rglob == [
        "tei/a.xml", "tei/deep/er/b.xml", "tei/link.xml"]


@pytest.fixture
def files_read(monkeypatch) -> list[str]:
    """The site paths the listing hashes from their files during the test."""
    read = []
    of_file = Download.of_file.__func__

    def recording(cls, path: str, file: Path) -> Download:
        read.append(path)
        return of_file(cls, path, file)

    monkeypatch.setattr(Download, "of_file", classmethod(recording))
    return read


def test_a_build_reads_no_document_tei_and_no_download_to_list_them(tmp_path, files_read):
    """Only the registers' TEI and the schemas (small, staged by others) are read again; the
    TEI of the documents and every download are listed from their notes, in a first build;
    a build from the build cache may read besides them the speaker numbers and the CMIF file it
    took over from the previous site (a few MB at 10,000 documents; `test_incremental` shows
    them linked)."""
    site = tmp_path / "site"
    small = {"tei/persons.xml", "tei/places.xml", "tei/organizations.xml"}
    taken_over = {SPEAKERS_CSV, SPEAKERS_JSON, COPRESENCE_CSV, CMIF}
    for allowed in (small, small | taken_over):
        build_site(site)
        assert files_read, "the registers and schemas are hashed from their files"
        assert all(path.startswith("schemas/") or path in allowed for path in files_read), \
            files_read
        files_read.clear()
