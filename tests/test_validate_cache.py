"""The tei_all subset's cache file: made once, reused, made again when tei_all or it changes."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from lxml import etree

from edition import schema_cache
from edition.schema_cache import default_folder, load_subset, subset_key
from edition.schema_prune import element_names
from edition.validate import PROJECT_RNG, Validator, find_tei_all

KEEP = element_names(etree.parse(str(PROJECT_RNG)).getroot())


@pytest.fixture(scope="module")
def tei_all() -> Path:
    path = find_tei_all()
    if path is None:
        pytest.fail("tei_all.rng not found (see tests/test_schemas.py)")
    return path


def cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("tei_all-subset-*.rng"))


def test_the_subset_is_made_once_then_read_from_the_cache(tei_all, tmp_path):
    first = load_subset(tei_all, KEEP, tmp_path)
    assert first.made and cache_files(tmp_path) == [first.file]
    stamp = first.file.stat().st_mtime_ns
    second = load_subset(tei_all, KEEP, tmp_path)
    assert not second.made and second.file == first.file
    assert first.file.stat().st_mtime_ns == stamp
    assert etree.tostring(second.grammar) == etree.tostring(first.grammar)


def test_the_cache_file_is_named_by_tei_all_bytes_and_the_elements_kept(tei_all):
    data = tei_all.read_bytes()
    key = subset_key(data, KEEP)
    assert key == subset_key(data, frozenset(sorted(KEEP)))
    assert key != subset_key(data + b"\n", KEEP)
    assert key != subset_key(data, KEEP - {next(iter(sorted(KEEP)))})


def test_a_changed_tei_all_gets_a_new_subset(tei_all, tmp_path):
    copy = tmp_path / "tei_all.rng"
    shutil.copy(tei_all, copy)
    first = load_subset(copy, KEEP, tmp_path / "cache")
    copy.write_bytes(copy.read_bytes().replace(b'<element name="emph">',
                                               b'<element name="emph2">', 1))
    second = load_subset(copy, KEEP, tmp_path / "cache")
    assert second.made and second.file != first.file
    assert len(cache_files(tmp_path / "cache")) == 2


@pytest.mark.parametrize("damage", [
    lambda data: data[: len(data) // 2],                             # cut short
    lambda data: data.replace(b'name="TEI"', b'name="XEI"', 1),     # edited, hash unchanged
    lambda data: data.split(b"\n", 1)[1],                           # no hash line
    lambda data: b"",
])
def test_a_damaged_cache_file_is_made_again_never_used(damage, tei_all, tmp_path):
    made = load_subset(tei_all, KEEP, tmp_path)
    good = made.file.read_bytes()
    made.file.write_bytes(damage(good))
    again = load_subset(tei_all, KEEP, tmp_path)
    assert again.made
    assert made.file.read_bytes() == good
    head, _, body = good.partition(b"\n")
    assert head == b"<!-- sha256 " + hashlib.sha256(body).hexdigest().encode() + b" -->"


def test_an_unwritable_folder_only_costs_the_cache(tei_all, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    first = load_subset(tei_all, KEEP, blocker / "cache")
    second = load_subset(tei_all, KEEP, blocker / "cache")
    assert first.made and second.made


def test_the_validator_compiles_the_cached_subset_without_pruning(tei_all, tmp_path, monkeypatch):
    Validator(tei_all, schema_cache=tmp_path)
    assert len(cache_files(tmp_path)) == 1

    def no_pruning(*args):
        raise AssertionError("pruned again although the cache file is sound")

    monkeypatch.setattr(schema_cache, "subset", no_pruning)
    validator = Validator(tei_all, schema_cache=tmp_path)
    assert validator.tei_subset.validate(etree.parse(str(
        Path(__file__).parent / "data" / "sample-memorandum.xml")))


def test_the_default_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_folder() == tmp_path / "edition"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert default_folder() == Path.home() / ".cache" / "edition"
