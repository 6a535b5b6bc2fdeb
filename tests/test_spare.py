"""The spare site: the site before the previous one, whose unchanged documents' passage folders a
rebuild moves whole instead of linking file by file (`edition.spare`)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from edition import spare as spare_module
from edition.spare import SparePassages, claim_spare, spare_folder
from edition.write import SiteWriter
from tests.benchmarks.synthetic import write_corpus
from tests.helpers import edit, run, site_files

PASSAGES = [f"dts/document/d1/{n}.xml" for n in (1, 2, 3)]
OTHERS = ["documents/d1.html", "dts/document/d1.xml", "dts/navigation/d1.json"]


def spare_with_passages(tmp_path: Path) -> tuple[Path, Path, int]:
    """A spare holding d1's three passages, an empty stage, and a record time after both."""
    spare, stage = tmp_path / "spare", tmp_path / "stage"
    for relative in PASSAGES:
        (spare / relative).parent.mkdir(parents=True, exist_ok=True)
        (spare / relative).write_text(relative)
    stage.mkdir()
    time.sleep(0.01)
    return spare, stage, time.time_ns()


def test_a_passage_folder_as_written_is_moved_into_the_stage(tmp_path):
    spare, stage, written = spare_with_passages(tmp_path)
    taken = SparePassages(str(spare), str(stage), written).take("d1", [*OTHERS, *PASSAGES])
    assert taken == set(PASSAGES)
    assert [(stage / p).read_text() for p in PASSAGES] == PASSAGES
    assert not (spare / "dts/document/d1").exists()


@pytest.mark.parametrize("change", ["edited", "extra", "missing", "link"])
def test_a_folder_not_as_written_is_refused_and_leaves_nothing_in_the_stage(tmp_path, change):
    spare, stage, written = spare_with_passages(tmp_path)
    folder = spare / "dts/document/d1"
    if change == "edited":  # in place through the live site, which shares the file: newer
        os.utime(folder / "2.xml", ns=(written, written))
    elif change == "extra":
        (folder / "4.xml").write_text("not of this build")
        os.utime(folder / "4.xml", ns=(0, 0))
    elif change == "missing":
        (folder / "3.xml").unlink()
    else:
        (folder / "3.xml").unlink()
        (folder / "3.xml").symlink_to("/etc/hostname")
        os.utime(folder / "3.xml", ns=(0, 0), follow_symlinks=False)
    taken = SparePassages(str(spare), str(stage), written).take("d1", [*OTHERS, *PASSAGES])
    assert taken == set()
    assert not (stage / "dts/document/d1").exists()


def test_no_folder_in_the_spare_or_no_passages_take_nothing(tmp_path):
    spare, stage, written = spare_with_passages(tmp_path)
    passages = SparePassages(str(spare), str(stage), written)
    assert passages.take("d2", [p.replace("d1", "d2") for p in PASSAGES]) == set()
    assert passages.take("d1", OTHERS) == set()
    assert (spare / "dts/document/d1/1.xml").exists()


def test_a_dropped_folder_leaves_the_stage(tmp_path):
    spare, stage, written = spare_with_passages(tmp_path)
    passages = SparePassages(str(spare), str(stage), written)
    assert passages.take("d1", PASSAGES)
    passages.drop("d1")
    assert not (stage / "dts/document/d1").exists()


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
