"""A document's publication in the build cache: taken back only when all its files are there."""

from __future__ import annotations

import pickle

from edition.cache import BuildCache
from edition.publish import MEMBER, RECORD, ZIPPED, Published, cached_publication

KEY = "0" * 64
PUBLISHED = Published("d1", {"@id": "d1"}, b"", ("1", "2"))


def _cache(tmp_path, files: dict[str, bytes]) -> BuildCache:
    cache = BuildCache(tmp_path / "cache")
    for suffix, data in files.items():
        cache.put(KEY, suffix, data)
    return cache


def test_the_record_is_taken_back_when_its_members_are_there(tmp_path):
    cache = _cache(tmp_path, {MEMBER: b"<TEI/>", ZIPPED: b"zip",
                              RECORD: pickle.dumps(PUBLISHED)})
    assert cached_publication(cache, KEY) == PUBLISHED


def test_without_a_member_or_a_readable_record_there_is_none(tmp_path):
    record = pickle.dumps(PUBLISHED)
    cases = ({ZIPPED: b"zip", RECORD: record}, {MEMBER: b"<TEI/>", RECORD: record},
             {MEMBER: b"<TEI/>", ZIPPED: b"zip"},
             {MEMBER: b"<TEI/>", ZIPPED: b"zip", RECORD: record[:-3]},
             {MEMBER: b"<TEI/>", ZIPPED: b"zip", RECORD: pickle.dumps("not one")})
    for number, files in enumerate(cases):
        assert cached_publication(_cache(tmp_path / str(number), files), KEY) is None
    (tmp_path / "dir").mkdir()
    cache = _cache(tmp_path / "dir", {ZIPPED: b"zip", RECORD: record})
    cache.entry(KEY, MEMBER).mkdir()  # a folder in its place is not the member
    assert cached_publication(cache, KEY) is None
