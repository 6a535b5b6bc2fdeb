"""The Pagefind index of `edition.search` on a small hand-made site: filters, reproducibility.

Its 24 pages make one part (`PART_PAGES`); `test_search_parts.py` indexes them in several."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import pytest

from edition.pagefind_canon import canonicalize_index
from edition.search import SearchIndexError, build_search_index

PEOPLE = ["Anastas Mikoyan", "Ernesto Guevara", "Fidel Castro", "Osvaldo Dorticos",
          "Aleksandr Alekseev", "Nikita Khrushchev", "U Thant", "Carlos Rafael Rodriguez"]
TYPES = ["memorandum", "telegram", "letter", "minutes"]


def document_page(number: int) -> str:
    people = [PEOPLE[(number + k) % len(PEOPLE)] for k in range(3)]
    metas = "".join(f'<meta data-pagefind-filter="person[content]" content="{p}">' for p in people)
    lines = "".join(f'<p id="L{n}">{people[n % 3]} on the missiles, line {n} of {number}</p>'
                    for n in range(1, 6))
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>D{number}</title>'
            f'<meta data-pagefind-meta="title[content]" content="Document {number}">'
            f'<meta data-pagefind-filter="type[content]" content="{TYPES[number % len(TYPES)]}">'
            f'<meta data-pagefind-filter="year[content]" content="{1962 + number % 2}">{metas}'
            f'<meta data-pagefind-sort="date[content]" content="1962-11-{number % 28 + 1:02d}">'
            f'</head><body><nav>Home</nav><main data-pagefind-body><h1>Document {number}</h1>'
            f'{lines}</main></body></html>')


def make_site(root: Path) -> Path:
    (root / "documents").mkdir(parents=True)
    for number in range(24):
        (root / "documents" / f"d{number:02d}.html").write_text(document_page(number))
    (root / "index.html").write_text('<!doctype html><html lang="en"><title>Home</title>'
                                     "<p>Mikoyan Guevara</p></html>")
    return root


def tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("size", [None, 5])
def test_two_builds_are_byte_identical(tmp_path, size):
    first, second = make_site(tmp_path / "a"), make_site(tmp_path / "b")
    build_search_index(first, size)
    for _ in range(3):  # Pagefind's own order varies from run to run
        build_search_index(second, size)
        assert tree(first / "pagefind") == tree(second / "pagefind")


def test_index_holds_only_document_pages_with_their_filters(tmp_path):
    site = make_site(tmp_path / "site")
    build_search_index(site)
    bundle = site / "pagefind" / "parts" / "000"
    entry = json.loads((bundle / "pagefind-entry.json").read_text())
    assert entry["languages"]["en"]["page_count"] == 24
    filters = {}
    for path in (bundle / "filter").glob("*.pf_filter"):
        raw = gzip.decompress(path.read_bytes())
        for name in ("type", "year", "person"):
            if name.encode() in raw[:40]:
                filters[name] = raw
    assert set(filters) == {"type", "year", "person"}
    assert b"telegram" in filters["type"] and b"Ernesto Guevara" in filters["person"]
    for name in ("pagefind-ui.js", "pagefind-ui.css", "pagefind-highlight.js", "pagefind.js"):
        assert (site / "pagefind" / name).is_file(), name


def test_parts_hold_only_what_the_reader_loads(tmp_path):
    """Searched without a Worker, in English: each part's worker and language-less WebAssembly
    (109 KB a part) would only be downloaded by archive tools mirroring the site."""
    site = make_site(tmp_path / "site")
    build_search_index(site, 5)
    for bundle in (site / "pagefind" / "parts").iterdir():
        names = {path.name for path in bundle.iterdir()}
        assert {"pagefind.js", "wasm.en.pagefind", "pagefind-entry.json"} <= names
        assert not names & {"pagefind-worker.js", "wasm.unknown.pagefind", "pagefind-ui.js"}


def test_canonical_layout_is_known_to_this_pagefind(tmp_path):
    """A Pagefind whose index layout changed would silently make builds irreproducible."""
    site = make_site(tmp_path / "site")
    build_search_index(site)
    assert canonicalize_index(site / "pagefind" / "parts" / "000")


def test_rebuild_replaces_the_old_bundle(tmp_path):
    site = make_site(tmp_path / "site")
    build_search_index(site)
    (site / "pagefind" / "stale.txt").write_text("old")
    (site / "documents" / "d00.html").unlink()
    build_search_index(site)
    assert not (site / "pagefind" / "stale.txt").exists()
    entry = json.loads((site / "pagefind" / "parts" / "000" / "pagefind-entry.json").read_text())
    assert entry["languages"]["en"]["page_count"] == 23


def test_a_site_without_document_pages_is_an_error(tmp_path):
    (tmp_path / "index.html").write_text("<!doctype html><title>x</title><p>x</p>")
    with pytest.raises(SearchIndexError, match="data-pagefind-body"):
        build_search_index(tmp_path)
