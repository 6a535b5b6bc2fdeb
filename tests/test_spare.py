"""The spare site: the site before the previous one, whose unchanged documents' passage folders a
rebuild moves whole instead of linking file by file (`edition.spare`)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from edition import output, spare as spare_module
from edition.previous import Linker
from edition.spare import SparePassages, claim_spare, move_documents, spare_folder
from edition.write import SiteWriter
from tests.benchmarks.synthetic import write_corpus
from tests.helpers import edit, run, site_files

PASSAGES = [f"dts/document/d1/{n}.xml" for n in (1, 2, 3)]
WHOLE = "dts/document/d1.xml"
OTHERS = ["documents/d1.html", "dts/navigation/d1.json"]
STALE = ["dts/document/d2/1.xml", "dts/document/d2.xml"]


def spare_with_passages(tmp_path: Path) -> tuple[Path, Path, int]:
    """A spare holding d1's three passages and whole document and d2's, a stage, and a record
    time after both."""
    spare, stage = tmp_path / "spare", tmp_path / "stage"
    for relative in [*PASSAGES, WHOLE, *STALE]:
        (spare / relative).parent.mkdir(parents=True, exist_ok=True)
        (spare / relative).write_text(relative)
    stage.mkdir()
    time.sleep(0.01)
    return spare, stage, time.time_ns()


def moved_passages(tmp_path: Path) -> tuple[Path, Path, SparePassages]:
    """d1's DTS documents moved from the spare into the stage, to be taken."""
    spare, stage, written = spare_with_passages(tmp_path)
    assert move_documents(spare, str(stage), {"d1"})
    return spare, stage, SparePassages(str(stage), written)


def test_the_spare_documents_move_whole_and_the_others_go_back(tmp_path):
    spare, stage, _ = moved_passages(tmp_path)
    assert [(stage / p).read_text() for p in [*PASSAGES, WHOLE]] == [*PASSAGES, WHOLE]
    assert not any((stage / p).exists() for p in STALE)
    assert [(spare / p).read_text() for p in STALE] == STALE
    assert not (spare / "dts/document/d1").exists()


def test_no_documents_in_the_spare_move_nothing(tmp_path):
    spare, stage = tmp_path / "spare", tmp_path / "stage"
    spare.mkdir()
    stage.mkdir()
    assert not move_documents(spare, str(stage), {"d1"})
    assert not (stage / "dts/document").exists()


def test_a_passage_folder_as_written_is_taken(tmp_path):
    _, stage, passages = moved_passages(tmp_path)
    assert passages.take("d1", [*OTHERS, WHOLE, *PASSAGES]) == {*PASSAGES, WHOLE}
    assert [(stage / p).read_text() for p in PASSAGES] == PASSAGES


@pytest.mark.parametrize("change", ["edited", "extra", "missing", "link", "whole edited",
                                    "whole missing"])
def test_a_folder_not_as_written_is_refused_and_leaves_nothing_in_the_stage(tmp_path, change):
    _, stage, passages = moved_passages(tmp_path)
    folder, written = stage / "dts/document/d1", passages.written
    if change == "edited":  # in place through the live site, which shares the file: newer
        os.utime(folder / "2.xml", ns=(written, written))
    elif change == "extra":
        (folder / "4.xml").write_text("not of this build")
        os.utime(folder / "4.xml", ns=(0, 0))
    elif change == "missing":
        (folder / "3.xml").unlink()
    elif change == "link":
        (folder / "3.xml").unlink()
        (folder / "3.xml").symlink_to("/etc/hostname")
        os.utime(folder / "3.xml", ns=(0, 0), follow_symlinks=False)
    elif change == "whole edited":
        os.utime(stage / WHOLE, ns=(written, written))
    else:
        (stage / WHOLE).unlink()
    taken = passages.take("d1", [*OTHERS, WHOLE, *PASSAGES])
    assert taken == set()
    assert not (stage / "dts/document/d1").exists() and not (stage / WHOLE).exists()


def test_no_folder_in_the_stage_or_no_passages_take_nothing(tmp_path):
    _, stage, passages = moved_passages(tmp_path)
    assert passages.take("d2", [p.replace("d1", "d2") for p in [WHOLE, *PASSAGES]]) == set()
    assert passages.take("d1", [*OTHERS, WHOLE]) == set()
    assert not (stage / WHOLE).exists()


def test_a_dropped_folder_leaves_the_stage(tmp_path):
    _, stage, passages = moved_passages(tmp_path)
    assert passages.take("d1", [WHOLE, *PASSAGES])
    passages.drop("d1")
    assert not (stage / "dts/document/d1").exists() and not (stage / WHOLE).exists()


def test_a_document_without_its_cached_publication_leaves_the_spare_files(tmp_path,
                                                                          monkeypatch):
    """Its pages are made anew, into the files the live site shares: they must be gone."""
    _, stage, passages = moved_passages(tmp_path)
    monkeypatch.setattr(output, "cached_publication", lambda cache, key: None)
    with Linker(str(tmp_path / "spare"), str(stage), passages.written) as site:
        assert output.reused(None, site, passages, "d1", "key") is None
    assert not (stage / "dts/document/d1").exists() and not (stage / WHOLE).exists()


def gone_soon(path: Path, seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while path.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    return not path.exists()


def one_spare_soon(parent: Path, seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while len(list(parent.glob(".site.spare-*"))) != 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    return len(list(parent.glob(".site.spare-*"))) == 1


def test_only_the_spare_of_the_record_is_claimed_and_the_others_go(tmp_path):
    site = tmp_path / "site"
    wanted, stale = spare_folder(site, 123), spare_folder(site, 99)
    wanted.mkdir()
    stale.mkdir()
    assert claim_spare(site, 123) == wanted
    assert gone_soon(stale) and wanted.is_dir()
    assert claim_spare(site, 0) is None  # no record: no spare
    assert gone_soon(wanted)


def test_the_replaced_site_is_kept_where_asked(tmp_path):
    site = tmp_path / "site"
    for text in ("first", "second"):
        writer = SiteWriter(site)
        writer.write_text("index.html", text)
        writer.commit(keep=spare_folder(site, 7))
    assert (site / "index.html").read_text() == "second"
    assert (spare_folder(site, 7) / "index.html").read_text() == "first"


@pytest.fixture
def moved(monkeypatch) -> list[str]:
    """The documents whose passages a build moved from the spare."""
    seen: list[str] = []
    take = SparePassages.take

    def noting(self, doc_id, files):
        taken = take(self, doc_id, files)
        if taken:
            seen.append(doc_id)
        return taken

    monkeypatch.setattr(spare_module.SparePassages, "take", noting)
    return seen


def test_a_rebuild_moves_the_passages_unchanged_since_the_spare(tmp_path, calls, moved):
    """Three builds, one source edited before each rebuild: the third takes the passages of
    every document made alike by the first from the first's site, now the spare."""
    seeds = tmp_path / "seeds"
    sources = write_corpus(seeds, 5, seed=11)
    out = tmp_path / "site"
    run(seeds, out)
    rendered = set()
    for changed in (sources[1], sources[3]):
        calls["rendered"].clear()
        edit(changed)
        run(seeds, out)
        rendered |= set(calls["rendered"])
    assert moved and set(moved) == {p.stem for p in sources} - rendered
    assert one_spare_soon(tmp_path)  # the second build's site; the first's remains went
    run(seeds, tmp_path / "full", cache=False)
    assert site_files(out) == site_files(tmp_path / "full")


def test_a_passage_edited_in_the_site_is_not_moved_back_two_builds_later(tmp_path, calls, moved):
    """The live site shares its files with the spare it becomes: a passage edited in place
    there is newer than its record, so the build after next makes it again as well."""
    seeds = tmp_path / "seeds"
    sources = write_corpus(seeds, 5, seed=11)
    out = tmp_path / "site"
    run(seeds, out)
    victim = sources[2].stem
    passage = sorted((out / "dts" / "document" / victim).glob("*.xml"))[0]
    time.sleep(0.05)
    with open(passage, "ab") as stream:
        stream.write(b"<!-- edited by hand -->\n")
    run(seeds, out)
    edit(sources[0])
    run(seeds, out)
    assert moved and victim not in moved
    run(seeds, tmp_path / "full", cache=False)
    assert site_files(out) == site_files(tmp_path / "full")
