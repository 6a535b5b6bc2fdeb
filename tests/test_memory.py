"""What the build holds in memory for each document: its cached result is light (the mentions in
context are a file of their own), its records share the strings that recur from document to
document, and collecting the tree as serialized gives what collecting the published bytes gives."""

from __future__ import annotations

import gc
import os
import pickle
import pickletools
import subprocess
import sys
import tracemalloc

import pytest
from lxml import etree

from edition.cache import DocumentResult
from edition.collect import collect_document
from edition.diagnostics import Reporter
from edition.kwic import KwicStore
from edition.manifest import document_lines
from edition.pipeline import encode_source, source_files
from edition.records import (Convention, DateMention, DocumentPart, DocumentRecord, Mentions,
                             SpeakerStat)
from edition.tei import serialize
from edition.tei.citation import citable_lines
from edition.tei.xml import SAFE_PARSER
from tests.conftest import SEEDS

LIGHT = 40 * 1024
"""Bytes a document's result may take in memory, at most: about 20 KiB for the seeds (it
was 150 to 250 KiB with the mentions in context)."""


def test_collecting_the_serialized_tree_equals_collecting_the_published_bytes(corpus):
    for path in source_files(SEEDS):
        encoded = encode_source(path, corpus.registers, corpus.settings, Reporter())
        data = serialize(encoded.tei)  # indents the tree in place, as published
        published = etree.fromstring(data, SAFE_PARSER)
        assert collect_document(path.stem, encoded.tei, corpus.registers) == \
            collect_document(path.stem, published, corpus.registers)
        assert document_lines(citable_lines(encoded.tei)) == \
            document_lines(citable_lines(published))


def test_a_cached_result_counts_the_mentions_and_the_cache_keeps_them_in_context(corpus):
    for encoded in corpus.documents:
        key = encoded.stored.key
        result = corpus.cache.load(key)
        kwic = KwicStore.of([corpus.cache.kwic(key)])
        assert result.part.mentions and all(isinstance(m, Mentions) for m in result.part.mentions)
        for counted in result.part.mentions:
            [(doc_id, rows)] = kwic.mentions(counted.entry_id)
            assert doc_id == result.doc_id and len(rows) == counted.count
            assert all(len(row) == 6 and row[2] for row in rows)  # line, ..., name, ..., note


def test_results_read_back_are_light_and_share_their_short_strings(corpus):
    keys = [encoded.stored.key for encoded in corpus.documents]
    corpus.cache.load(keys[0])  # imports done
    gc.collect()
    tracemalloc.start()
    try:
        results = [corpus.cache.load(key) for key in keys]
        gc.collect()
        used = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert all(isinstance(r, DocumentResult) for r in results)
    assert used / len(results) < LIGHT, f"{used / len(results):.0f} bytes a document"
    first, second = (r.part for r in results[:2])
    lines = {n: n for n in second.record.lines}
    shared_lines = [n for n in first.record.lines if len(n) > 1 and n in lines]  # "1": cached
    assert shared_lines and all(n is lines[n] for n in shared_lines)
    ids = {m.entry_id: m.entry_id for m in first.mentions}
    shared = [m for m in second.mentions if m.entry_id in ids]
    assert shared and all(m.entry_id is ids[m.entry_id] for m in shared)


def made(text: str) -> str:
    """`text` as a new string, as unpickling makes it (literals are interned by the compiler)."""
    return "".join(list(text))


RECORDS = [
    (Mentions(made("mikoyan-anastas"), "d1", 3, 7), ("entry_id",)),
    (DateMention(made("1962-11-05"), made("1962-11-30"), made("5 Nov"), "d1", made("12"), False),
     ("start", "end", "text", "line")),
    (SpeakerStat(made("mikoyan-anastas"), 2, 40), ("entry_id",)),
    (Convention(made("Ed. note"), made("note"), made("x" * 200)), ("label", "encoding", "text")),
]


@pytest.mark.parametrize("record, shared", RECORDS, ids=[type(r).__name__ for r, _ in RECORDS])
def test_records_read_back_share_the_fields_that_recur_across_documents(record, shared):
    one, two = (pickle.loads(pickle.dumps(record, pickle.HIGHEST_PROTOCOL)) for _ in range(2))
    assert one == two == record
    for name in shared:
        assert getattr(one, name) is getattr(two, name), name


def test_a_document_record_read_back_shares_its_lines_and_names_but_not_its_summary():
    record = DocumentRecord(made("d1"), "T", made("1962-11-05"), "5 Nov", "R1", made("Archive"),
                            made("tr"), made("SECRET"), made("long summary " * 20), made("minutes"),
                            ((made("mikoyan-anastas"), made("Mikoyan")),),
                            ((made(""), made("John Smith")),),
                            (made("dorticos-osvaldo"),), (), (made("1"), made("2a")), 4,
                            prev="d0", next="d2")
    one, two = (pickle.loads(pickle.dumps(record, pickle.HIGHEST_PROTOCOL)) for _ in range(2))
    assert one == two == record  # every field in its place: prev and next differ
    assert one.lines[1] is two.lines[1] and one.senders[0][0] is two.senders[0][0]
    assert one.recipients[0][1] is two.recipients[0][1] and one.document_type is two.document_type
    assert one.source is two.source and one.date is two.date
    assert one.summary is not two.summary


def calls(data: bytes) -> int:
    """How many objects unpickling `data` makes by calling something (a class, a function)."""
    return sum(op.name in ("REDUCE", "NEWOBJ", "NEWOBJ_EX", "BUILD")
               for op, _, _ in pickletools.genops(data))


def part_of(size: int) -> DocumentPart:
    """A document's part with `size` mentions and `size` dates."""
    record = DocumentRecord("d1", "T", "1962-11-05", "5 Nov", "R1", "", "", "", "", "minutes",
                            (), (), (), (), ("1", "2"), 0)
    return DocumentPart(
        record, tuple(Mentions(made(f"entry-{n}"), "d1", 1, n) for n in range(size)),
        tuple(DateMention(made("1962-11-05"), "", made("5 Nov"), "d1", made(str(n)), False)
              for n in range(size)), ())


def test_a_part_read_back_makes_no_call_a_mention_or_date():
    """Its mentions and dates are pickled as columns of plain values and made in C on the way
    back (`records.rows`): a constructor a record took most of a rebuild's loading."""
    small, large = (pickle.dumps(part_of(n), pickle.HIGHEST_PROTOCOL) for n in (2, 50))
    assert calls(small) == calls(large)
    one, two = (pickle.loads(large) for _ in range(2))
    assert one == two == part_of(50)
    assert all(isinstance(m, Mentions) for m in one.mentions)
    assert all(isinstance(d, DateMention) for d in one.dates)
    assert one.dates[3].start is two.dates[3].start and one.dates[3].line is two.dates[3].line
    assert one.mentions[7].entry_id is two.mentions[7].entry_id


def test_mentions_spilled_by_a_killed_build_are_removed_and_a_running_ones_kept(tmp_path):
    from edition.cache import BuildCache
    cache = BuildCache(tmp_path / "cache")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    killed = cache.folder / f".kwic-{dead.pid}-x1"
    running = cache.folder / f".kwic-{os.getppid()}-x2"
    for folder in (killed, running):
        folder.mkdir(parents=True)
        (folder / "entry").write_bytes(b"rows")
    cache.prune(set())
    assert not killed.exists() and running.exists()
