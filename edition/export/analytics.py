"""Speakers across the edition: turns and words per person and document, and who speaks with whom.

The numbers are those of the site model (`collect.collect_site`), so the analytics page, the
document pages and the downloads agree. Two persons are co-present in a document when both
have speaker turns in it.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from itertools import combinations

from ..records import SiteModel
from ..config import Settings
from ..render import urls
from ..render.chart import UNIDENTIFIED_SPEAKERS
from ..write import site_json


@dataclass(frozen=True)
class SpeakerRow:
    """One person's turns and spoken words in one document."""

    entry_id: str
    name: str
    doc_id: str
    date: str
    turns: int
    words: int


@dataclass(frozen=True)
class Speaker:
    """One person's totals over the edition."""

    entry_id: str
    name: str
    turns: int
    words: int
    documents: tuple[str, ...]


@dataclass(frozen=True)
class Pair:
    """Two speakers (ids in order) and the documents in which both speak."""

    a: str
    b: str
    documents: tuple[str, ...]


def speaker_rows(site: SiteModel) -> list[SpeakerRow]:
    """Every (person, document) with turns: by person id, then in chronological order."""
    return [SpeakerRow(entry_id, site.name_of(entry_id), doc_id, site.by_id[doc_id].date,
                       stat.turns, stat.words)
            for entry_id in sorted(site.turns) for doc_id, stat in site.turns[entry_id]]


def speakers(site: SiteModel) -> list[Speaker]:
    """Every speaker's totals, most words first (then by name)."""
    totals = [Speaker(entry_id, site.name_of(entry_id), sum(s.turns for _, s in stats),
                      sum(s.words for _, s in stats), tuple(doc_id for doc_id, _ in stats))
              for entry_id, stats in site.turns.items()]
    return sorted(totals, key=lambda s: (-s.words, s.name, s.entry_id))


def unidentified(site: SiteModel) -> Speaker | None:
    """The totals of the speakers the texts name no one by (`Unidentified:`, `Speaker?:`),
    together, or None: no person, so in no pair and in neither download of persons."""
    stats = [(doc.id, doc.unidentified) for doc in site.documents if doc.unidentified]
    if not stats:
        return None
    return Speaker("", UNIDENTIFIED_SPEAKERS, sum(s.turns for _, s in stats),
                   sum(s.words for _, s in stats), tuple(doc_id for doc_id, _ in stats))


def copresence(site: SiteModel) -> list[Pair]:
    """Every pair of speakers who speak in at least one common document, by ids."""
    shared: dict[tuple[str, str], list[str]] = {}
    for doc in site.documents:  # chronological
        present = sorted({stat.entry_id for stat in doc.speakers})
        for a, b in combinations(present, 2):
            shared.setdefault((a, b), []).append(doc.id)
    return [Pair(a, b, tuple(docs)) for (a, b), docs in sorted(shared.items())]


GRID_SPEAKERS = 12
"""The most speakers the who-speaks-with-whom grid shows: with the 47 of the dev corpus its
labels overlapped and its cells were a few pixels wide. The table of pairs lists them all."""


def grid_speakers(people: list[Speaker]) -> list[Speaker]:
    """The speakers of the grid: at most GRID_SPEAKERS, those who speak in the most documents,
    then those who speak the most words."""
    ranked = sorted(people, key=lambda s: (-len(s.documents), -s.words, s.name, s.entry_id))
    return ranked[:GRID_SPEAKERS]


def pairs_among(pairs: list[Pair], people: list[Speaker]) -> list[Pair]:
    """The pairs of which both speakers are among `people`."""
    ids = {s.entry_id for s in people}
    return [p for p in pairs if p.a in ids and p.b in ids]


def digest(site: SiteModel) -> str:
    """A hash of everything the speaker downloads and the analytics page show besides the
    edition: each document with turns, in order, with its title, date and speaker numbers."""
    rows = "\n".join(
        f"{doc.id}\t{doc.title}\t{doc.date}\t" + "\t".join(
            f"{stat.entry_id}\t{site.name_of(stat.entry_id)}\t{stat.turns}\t{stat.words}"
            for stat in doc.speakers) + (
            f"\t\t{UNIDENTIFIED_SPEAKERS}\t{doc.unidentified.turns}\t{doc.unidentified.words}"
            if doc.unidentified else "")
        for doc in site.documents if doc.speakers or doc.unidentified)
    return hashlib.sha256(rows.encode("utf-8")).hexdigest()


def _csv(header: list[str], rows: list[list]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def speakers_csv(site: SiteModel) -> bytes:
    return _csv(["person_id", "name", "document_id", "date", "turns", "words"],
                [[r.entry_id, r.name, r.doc_id, r.date, r.turns, r.words]
                 for r in speaker_rows(site)])


def copresence_csv(site: SiteModel) -> bytes:
    names = {s.entry_id: s.name for s in speakers(site)}
    return _csv(["person_a_id", "person_a", "person_b_id", "person_b", "documents",
                 "document_ids"],
                [[p.a, names[p.a], p.b, names[p.b], len(p.documents), " ".join(p.documents)]
                 for p in copresence(site)])


def speakers_json(site: SiteModel, settings: Settings) -> bytes:
    """Speakers with their totals and per-document numbers, and the co-present pairs."""
    base = settings.edition.base_url
    by_person: dict[str, list[dict]] = {}
    for row in speaker_rows(site):
        by_person.setdefault(row.entry_id, []).append(
            {"document": row.doc_id, "date": row.date, "turns": row.turns, "words": row.words})
    data = {
        "edition": settings.edition.title, "version": settings.edition.version,
        "speakers": [{"id": s.entry_id, "name": s.name,
                      "url": urls.absolute(base, urls.entry("person", s.entry_id)),
                      "turns": s.turns, "words": s.words, "documents": by_person[s.entry_id]}
                     for s in speakers(site)],
        "copresence": [{"a": p.a, "b": p.b, "documents": list(p.documents)}
                       for p in copresence(site)],
    }
    return site_json(data).encode("utf-8")
