"""Every document's part -> the site model: its indices, each in chronological order."""

from __future__ import annotations

from dataclasses import replace
from itertools import chain
from operator import itemgetter
from typing import Iterable

from .records import DocumentPart, DocumentRecord, SiteModel
from .registers import KINDS, Entry, Registers


def assemble_site(parts: list[DocumentPart], registers: Registers) -> SiteModel:
    """The site model from the parts of every document (in document id order): indices, sorted.

    The parts are walked in chronological order, so each index is in that order as it is
    filled, and the dates, each part's in order already (`collect_document`), need only a
    stable sort by (start, end): no key made in Python for each of half a million rows."""
    in_order = sorted(parts, key=lambda part: (part.record.date or "9999", part.record.id))
    mentions, ties, turns = _grouped(in_order)
    mentioned, conventions = {}, {}
    for part in parts:   # in document id order: which convention of a label comes first
        mentioned[part.record.id] = frozenset([mention.entry_id for mention in part.mentions])
        for convention in part.conventions:
            conventions.setdefault(convention.label, convention)
    records = _chain([part.record for part in in_order])
    dates = sorted(chain.from_iterable(part.dates for part in in_order), key=itemgetter(0, 1))
    entries = {kind: tuple(sorted(registers.entries(kind), key=register_order)) for kind in KINDS}
    return SiteModel(
        documents=tuple(records), by_id={r.id: r for r in records}, entries=entries,
        entry_by_id={e.id: e for kind in KINDS for e in entries[kind]},
        mentions=_first_seen(mentions, (m.entry_id for part in parts for m in part.mentions)),
        turns=_first_seen(turns, (s.entry_id for part in parts for s in part.record.speakers)),
        ties=_first_seen(ties, (tie.entry_id for part in parts for tie in part.ties)),
        dates=tuple(dates), conventions=tuple(conventions.values()),
        named=frozenset([*mentions, *turns, *ties]), mentioned=mentioned)


def _grouped(in_order: list[DocumentPart]) -> tuple[dict, dict, dict]:
    """Entry id -> its mentions, ties and turns (doc id, `SpeakerStat`), each in the order of
    `in_order`."""
    mentions, ties, turns = {}, {}, {}
    for part in in_order:
        for mention in part.mentions:
            mentions.setdefault(mention.entry_id, []).append(mention)
        for tie in part.ties:
            ties.setdefault(tie.entry_id, []).append(tie)
        for stat in part.record.speakers:
            turns.setdefault(stat.entry_id, []).append((part.record.id, stat))
    return mentions, ties, turns


def _first_seen(grouped: dict[str, list], keys: Iterable[str]) -> dict[str, tuple]:
    """`grouped` as tuples, its keys in the order `keys` (in document id order) first names
    them: as the model gave them before it was filled in chronological order."""
    return {key: tuple(grouped[key]) for key in dict.fromkeys(keys)}


def register_order(entry: Entry) -> tuple[str, str]:
    """The order of a register's entries, on its index and in a document's list of the entries
    it names: persons by id (surname first; a provisional one, whose id is its label's, by the
    last word of the label: `A. Kosygin` under K), other registers by name."""
    if entry.kind != "person":
        return entry.name.casefold(), entry.id
    if entry.provisional:
        return (entry.name.split() or [""])[-1].casefold(), entry.id
    return entry.id, entry.id


def _chain(records: list[DocumentRecord]) -> list[DocumentRecord]:
    """Set prev/next in chronological order."""
    return [replace(r, prev=records[i - 1].id if i else None,
                    next=records[i + 1].id if i + 1 < len(records) else None)
            for i, r in enumerate(records)]
