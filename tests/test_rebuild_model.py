"""What a rebuild reads of every unchanged document is the same as what the full build made.

A rebuild reads each unchanged document's part of the site model from the build cache and
assembles the model from all of them (docs/performance.md, session 23): the parts read back
share their conventions, and the model says which entries each document mentions.
"""

from __future__ import annotations

import pickle

from edition.collect import assemble_site


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
