"""Source keys: a file's bytes are hashed again whenever its stat changed, and only then."""

from __future__ import annotations

import os

import pytest

from edition import source_keys
from edition.source_keys import MEMO, SourceKeys


@pytest.fixture
def hashed(monkeypatch) -> list[str]:
    """The names of the files whose bytes were read."""
    seen: list[str] = []
    digest = source_keys.bytes_digest

    def counting(path):
        seen.append(path.name)
        return digest(path)

    monkeypatch.setattr(source_keys, "bytes_digest", counting)
    return seen


@pytest.fixture
def settled(monkeypatch) -> None:
    """Files written by the test count as settled at once (else they must be 2 s old)."""
    monkeypatch.setattr(source_keys, "SETTLED", -10**12)


def keys_of(folder, path, inputs="inputs"):
    keys = SourceKeys(folder)
    key = keys.key(path, "seeds/a.txt", inputs)
    keys.save()
    return key


def test_an_unchanged_file_is_not_read_again(tmp_path, hashed, settled):
    source = tmp_path / "a.txt"
    source.write_text("Mikoyan said.\n", encoding="utf-8")
    first = keys_of(tmp_path, source)
    assert hashed == ["a.txt"]
    assert keys_of(tmp_path, source) == first
    assert hashed == ["a.txt"]


def test_a_same_size_edit_with_its_old_time_is_still_seen(tmp_path, hashed, settled):
    source = tmp_path / "a.txt"
    source.write_text("Mikoyan said.\n", encoding="utf-8")
    old = os.stat(source)
    first = keys_of(tmp_path, source)
    source.write_text("Mikoyan sang.\n", encoding="utf-8")
    os.utime(source, ns=(old.st_atime_ns, old.st_mtime_ns))  # the ctime still moves
    assert keys_of(tmp_path, source) != first
    assert hashed == ["a.txt", "a.txt"]


def test_a_file_changed_just_before_it_was_read_is_not_remembered(tmp_path, hashed):
    source = tmp_path / "a.txt"
    source.write_text("Mikoyan said.\n", encoding="utf-8")
    keys_of(tmp_path, source)
    keys_of(tmp_path, source)
    assert hashed == ["a.txt", "a.txt"]
    assert not (tmp_path / MEMO).exists()


def test_the_key_depends_on_the_sidecar_the_inputs_and_the_shown_path(tmp_path, settled):
    source = tmp_path / "a.txt"
    source.write_text("Mikoyan said.\n", encoding="utf-8")
    first = keys_of(tmp_path, source)
    assert keys_of(tmp_path, source, inputs="other") != first
    assert SourceKeys(tmp_path).key(source, "elsewhere/a.txt", "inputs") != first
    (tmp_path / "a.overrides.toml").write_text("[speakers]\n", encoding="utf-8")
    assert keys_of(tmp_path, source) != first


@pytest.mark.parametrize("memo", ["not json", "[]", '{"x": [[1, 2], "d"]}',
                                  '{"%s": [["1", 2, 3, 4], "d"]}'])
def test_a_damaged_memo_is_ignored(tmp_path, hashed, settled, memo):
    source = tmp_path / "a.txt"
    source.write_text("Mikoyan said.\n", encoding="utf-8")
    first = keys_of(tmp_path, source)
    (tmp_path / MEMO).write_text(memo.replace("%s", str(source)), encoding="utf-8")
    assert keys_of(tmp_path, source) == first
    assert hashed == ["a.txt", "a.txt"]
