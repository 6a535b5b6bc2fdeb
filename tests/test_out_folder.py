"""--out: a build replaces only a site it wrote; anything else is refused, nothing touched."""

from __future__ import annotations

import errno
import shutil
import subprocess
from pathlib import Path

import pytest

from edition import write
from edition.write import SITE_MARK, SiteWriter, out_refusal, replace_refusal
from tests.conftest import ROOT, SEEDS, build_py


def run_build(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return build_py(*args, "--jobs", "1", cwd=cwd)


def listing(folder: Path) -> list[tuple[str, bytes | None]]:
    """Every path below `folder` with the bytes of each file: what a refused build must keep."""
    return sorted((str(p.relative_to(folder)), p.read_bytes() if p.is_file() else None)
                  for p in folder.rglob("*"))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A folder with seeds/ and docs/ in it, as a checkout has."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "encoding.md").write_text("# The encoding\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("mine\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("out, seeds, message", [
    ("docs", "seeds", "docs: error: is a folder that no build wrote (it has no .edition-site)"),
    ("notes.txt", "seeds", "notes.txt: error: is a file, not a site folder"),
    ("seeds", "seeds", "seeds: error: is the seeds folder (seeds)"),
    ("docs", "docs/seeds", "docs: error: holds the seeds folder (docs/seeds)"),
    (".", "seeds", ".: error: holds the seeds folder (seeds)"),
])
def test_a_folder_or_file_the_build_did_not_write_is_refused_untouched(project, out, seeds,
                                                                       message):
    if seeds == "docs/seeds":
        shutil.copytree(project / "seeds", project / seeds)
    before = listing(project)
    result = run_build("--seeds", seeds, "--out", out, cwd=project)
    assert result.returncode == 1, result.stderr
    assert message in result.stderr and "[out-refused]" in result.stderr
    assert "Traceback" not in result.stderr
    assert listing(project) == before, "a refused build changed the folder"


def test_the_working_folder_and_the_program_are_refused(tmp_path, monkeypatch):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / SITE_MARK).write_text("", encoding="utf-8")
    (tmp_path / "site" / "work").mkdir()
    monkeypatch.chdir(tmp_path / "site" / "work")
    seeds = tmp_path / "seeds"
    assert "holds the working folder" in out_refusal(tmp_path / "site", seeds)
    # The program in a checkout of the test's own, apart from the seeds and the working folder:
    # where the real checkout lies (under /tmp, or right under /) decides nothing here.
    program, elsewhere = tmp_path / "checkout" / "edition", tmp_path / "elsewhere"
    program.mkdir(parents=True)
    elsewhere.mkdir()
    monkeypatch.setattr(write, "PROGRAM", program)
    monkeypatch.chdir(elsewhere)
    assert "holds this program" in out_refusal(program.parent, seeds)
    assert "is this program" in out_refusal(program, seeds)
    assert out_refusal(tmp_path / "site", seeds) is None


def test_a_missing_or_empty_folder_or_a_marked_site_may_be_replaced(tmp_path):
    assert replace_refusal(tmp_path / "new") is None
    (tmp_path / "empty").mkdir()
    assert replace_refusal(tmp_path / "empty") is None
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("old", encoding="utf-8")
    assert "no build wrote" in replace_refusal(tmp_path / "site")
    (tmp_path / "site" / SITE_MARK).write_text("", encoding="utf-8")
    assert replace_refusal(tmp_path / "site") is None


def test_the_writer_refuses_an_unmarked_folder_and_marks_what_it_writes(tmp_path):
    """The check is in the writer too, for callers other than the command line."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("keep", encoding="utf-8")
    with pytest.raises(FileExistsError) as refused:
        SiteWriter(tmp_path / "docs")
    assert refused.value.errno == errno.EEXIST and "no build wrote" in refused.value.strerror
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs"]
    writer = SiteWriter(tmp_path / "site")
    writer.write_text("index.html", "new")
    writer.commit()
    assert (tmp_path / "site" / SITE_MARK).is_file()
    again = SiteWriter(tmp_path / "site")
    again.commit()
    assert sorted(p.name for p in (tmp_path / "site").iterdir()) == [SITE_MARK]


@pytest.mark.parametrize("as_string", [False, True])
def test_a_linked_file_is_the_source_or_its_copy_and_is_linked_once(tmp_path, monkeypatch,
                                                                    as_string):
    source = tmp_path / "entry.xml"
    source.write_text("<TEI/>", encoding="utf-8")
    given = str(source) if as_string else source
    writer = SiteWriter(tmp_path / "site")
    writer.link("tei/a.xml", given)
    assert (writer.stage / "tei/a.xml").samefile(source)
    with pytest.raises(ValueError, match="written twice"):
        writer.link("tei/a.xml", given)

    def refused(*args, **kwargs):
        raise OSError(errno.EXDEV, "another file system")

    monkeypatch.setattr(write.os, "link", refused)
    writer.link("reports/a.txt", given)  # copied where it cannot be linked
    copied = writer.stage / "reports/a.txt"
    assert copied.read_text(encoding="utf-8") == "<TEI/>" and not copied.samefile(source)
    writer.abandon()
