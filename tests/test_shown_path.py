"""Paths as diagnostics print them: relative to the working folder when below it, each folder
resolved, a linked source shown where it lies."""

from __future__ import annotations

from pathlib import Path

import pytest

from edition.pipeline import shown_path, shown_paths


@pytest.fixture
def here(tmp_path, monkeypatch) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "seeds")
    return tmp_path


@pytest.mark.parametrize("given, shown", [
    ("a.txt", "a.txt"),
    ("./a.txt", "a.txt"),
    ("../seeds/a.txt", "a.txt"),
    (".", "."),
    ("..", "{root}"),
    ("../elsewhere/b.txt", "{root}/elsewhere/b.txt"),
    ("{root}/seeds/a.txt", "a.txt"),
])
def test_a_path_is_shown_relative_to_the_working_folder_when_below_it(here, given, shown):
    root = str(here.resolve())
    assert shown_path(Path(given.format(root=root))) == shown.format(root=root)


def test_a_linked_folder_is_resolved_and_a_linked_file_shown_where_it_lies(here):
    (here / "elsewhere" / "b.txt").write_text("b")
    (here / "seeds" / "link.txt").symlink_to(here / "elsewhere" / "b.txt")
    (here / "seeds" / "sub").symlink_to(here / "elsewhere", target_is_directory=True)
    root = str(here.resolve())
    assert shown_paths([Path("link.txt"), Path("sub/b.txt")]) == \
        ["link.txt", f"{root}/elsewhere/b.txt"]
