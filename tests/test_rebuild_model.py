"""What a rebuild reads of every unchanged document is the same as what the full build made.

A rebuild reads each unchanged document's part of the site model from the build cache and
assembles the model from all of them (docs/performance.md, session 23): the parts read back
share their conventions, and the model says which entries each document mentions.
"""

from __future__ import annotations

import pickle

from edition.assemble import assemble_site
from edition.collect import line_key


def test_parts_read_back_equal_those_written_and_share_one_conventions_tuple(corpus):
    parts = [d.stored.part for d in corpus.documents]
    read = [pickle.loads(pickle.dumps(part, protocol=pickle.HIGHEST_PROTOCOL))
            for part in parts]
    assert read == parts
    assert len(parts) >= 2 and all(p.conventions == parts[0].conventions for p in parts)
    assert all(part.conventions is read[0].conventions for part in read)


def test_parts_with_other_conventions_keep_their_own(corpus):
    first, second = (d.stored.part for d in corpus.documents[:2])
    fewer = second.__class__(second.record, second.mentions, second.dates,
                             second.conventions[:1], second.ties)
    read = [pickle.loads(pickle.dumps(part)) for part in (first, fewer)]
    assert read[1].conventions == second.conventions[:1] != read[0].conventions


def test_the_model_names_the_entries_each_document_mentions(corpus):
    site = assemble_site([d.stored.part for d in corpus.documents], corpus.registers)
    obvious: dict[str, set[str]] = {}
    for entry_id, mentions in site.mentions.items():
        for mention in mentions:
            obvious.setdefault(mention.doc_id, set()).add(entry_id)
    assert obvious and site.mentioned == obvious


def test_the_model_orders_dates_by_day_document_and_line_and_entries_as_first_named(corpus):
    """The parts are assembled in chronological order, each part's dates in order already: the
    model is as one sort of every row by (start, end, document's place, line) gives it, and its
    indices keep the order in which documents, by id, first name their entries."""
    parts = [d.stored.part for d in corpus.documents]
    site = assemble_site(parts, corpus.registers)
    order = {record.id: index for index, record in enumerate(site.documents)}
    rows = [date for part in parts for date in part.dates]
    assert len(rows) > 20 and site.dates == tuple(sorted(
        rows, key=lambda d: (d.start, d.end, order[d.doc_id], line_key(d.line))))
    for part in parts:
        assert list(part.dates) == sorted(part.dates, key=lambda d: (d.start, d.end,
                                                                     line_key(d.line)))
    for ident, mentions in site.mentions.items():
        assert [order[m.doc_id] for m in mentions] == sorted(order[m.doc_id] for m in mentions)
    assert list(site.mentions) == list(dict.fromkeys(
        mention.entry_id for part in parts for mention in part.mentions))
    assert list(site.ties) == list(dict.fromkeys(tie.entry_id for part in parts
                                                 for tie in part.ties))
