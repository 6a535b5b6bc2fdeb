"""The keys of the pages every document feeds, kept from the last build and made again only
where a changed document has rows: each register entry's pages, each month of the chronology.

A key hashes every row its page shows (half a million mentions and as many dates at 10,000
documents). A document's rows are made from its TEI alone, which its cache key names: so a key
the last build made is still right when none of the documents with rows on that page changed
its cache key, and what every page shares (`Corpus.made_from`) did not change. The last build
left `Kept`: each document's cache key, and the keys it made; a rebuild reads the parts, old and
new, of the documents whose key changed (the old from the cache, which keeps them until this
build ends), and makes again the keys of the entries and months those parts have rows in.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from .records import DocumentPart, Mentions
from .render.indices import entry_files, entry_pages, mentions_by_page
from .render.pages import Pages
from .write import write_atomic

if TYPE_CHECKING:
    from .pipeline import Corpus

EntryKeys = dict[str, list[tuple[str, str, str, str, int]]]
"""Entry id -> for each of its pages, its site path, its key (`entry_keys`), and the first
and last document it lists and how many."""
MonthDigests = dict[str, tuple[list, str]]
"""Month -> the months before and after it (`chronology.write_chronology`'s `near`, as lists)
and the digest of its page (`chronology.month_digest`)."""


@dataclass
class Kept:
    """What a build leaves for the next one's keys (see the module)."""

    made_from: str = ""
    documents: dict[str, str] = field(default_factory=dict)
    """Doc id -> the cache key of its TEI."""
    entries: EntryKeys = field(default_factory=dict)
    months: MonthDigests = field(default_factory=dict)


@dataclass(frozen=True)
class Known:
    """The keys of the last build that hold for this one: of the entries and months no changed
    document has rows in (`entries`, `months`); and of the further pages of the other entries
    (`pages`), which hold where such a page lists the same documents and none that changed
    (`changed`, doc ids)."""

    entries: EntryKeys = field(default_factory=dict)
    months: MonthDigests = field(default_factory=dict)
    pages: EntryKeys = field(default_factory=dict)
    changed: frozenset[str] = frozenset()


def kept_file(corpus: Corpus) -> Path:
    """Where the keys of the last build of this site folder are kept, in the build cache."""
    name = hashlib.sha256(str(corpus.settings.out.resolve()).encode()).hexdigest()[:16]
    return corpus.cache.folder / f"keys-{name}.json"


def load_kept(corpus: Corpus) -> Kept:
    """The keys the last build of this site left; none when there are none, or they cannot be
    read."""
    if not corpus.settings.cache:
        return Kept()
    try:
        data = json.loads(kept_file(corpus).read_text(encoding="utf-8"))
        return Kept(data["made_from"], data["documents"],
                    {ident: [tuple(page) for page in pages]
                     for ident, pages in data["entries"].items()},
                    {month: (near, digest) for month, (near, digest) in data["months"].items()})
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return Kept()


def save_kept(corpus: Corpus, entries: EntryKeys, months: MonthDigests) -> None:
    """Leave this build's keys for the next (after the site was swapped in)."""
    if corpus.settings.cache:
        data = dict(made_from=corpus.made_from(), documents=corpus.cache_keys(),
                    entries=entries, months=months)
        write_atomic(kept_file(corpus), json.dumps(data, sort_keys=True).encode("utf-8"))


def known_keys(corpus: Corpus, kept: Kept) -> Known:
    """The keys of `kept` that still hold: not those of the entries and months a changed
    document (added, removed, or with another cache key) has rows in, in its part now or in
    the last build; none when the edition's common inputs changed or an old part is gone."""
    if kept.made_from != corpus.made_from():
        return Known()
    now = corpus.cache_keys()
    changed = {doc_id for doc_id in now.keys() | kept.documents.keys()
               if now.get(doc_id) != kept.documents.get(doc_id)}
    parts = {d.stored.doc_id: d.stored.part for d in corpus.documents}
    entries, months = set(), set()
    for doc_id in changed:
        found = [parts[doc_id]] if doc_id in now else []
        if doc_id in kept.documents:
            old = corpus.cache.load(kept.documents[doc_id])
            if old is None or old.part is None:
                return Known()
            found.append(old.part)
        for part in found:
            entries.update(rows_of(part))
            months.update(date.start[:7] for date in part.dates)
    return Known({ident: pages for ident, pages in kept.entries.items() if ident not in entries},
                 {month: kept_month for month, kept_month in kept.months.items()
                  if month not in months},
                 {ident: pages for ident, pages in kept.entries.items() if ident in entries},
                 frozenset(changed))


def rows_of(part: DocumentPart) -> set[str]:
    """The register entries a document's part has rows of: mentions, turns, ties."""
    return ({mention.entry_id for mention in part.mentions}
            | {stat.entry_id for stat in part.record.speakers}
            | {tie.entry_id for tie in part.ties})


def entry_keys(corpus: Corpus, pages: Pages, known: Known) -> EntryKeys:
    """entry id -> for each of its pages, its site path and a hash of everything it shows: the
    entry and how many pages it has; on the first, its turns and the documents whose header
    names it (`ties`, with their documents' titles and dates) and its totals; on each, its
    mentions (their digests) with their documents' titles and dates; the edition. The keys
    `known` holds (`known_keys`) are taken as they are, but for a provisional person's pages,
    whose name any document that names it may change."""
    site, keys = pages.site, {}
    common = corpus.made_from()
    shown = {record.id: f"{record.title}\t{record.date}" for record in site.documents}
    place = {record.id: index for index, record in enumerate(site.documents)}
    changed = sorted(place[doc_id] for doc_id in known.changed if doc_id in place)
    for ident in entry_pages(pages):
        entry = site.entry_by_id[ident]
        kept = () if entry.provisional else known.pages.get(ident, ())
        if ident in known.entries and not entry.provisional:
            keys[ident] = known.entries[ident]
            continue
        mentions, turns = site.mentions.get(ident, ()), site.turns.get(ident, ())
        ties = site.ties.get(ident, ())
        cut = mentions_by_page(mentions)
        documents = {m.doc_id for m in mentions} | {doc_id for doc_id, _ in turns}
        head = repr((common, entry, len(cut)))
        first = "\n".join([f"{doc_id}\t{stat.turns}\t{stat.words}\t{shown[doc_id]}"
                           for doc_id, stat in turns] +
                          [f"{tie.doc_id}\t{tie.roles}\t{shown[tie.doc_id]}" for tie in ties] +
                          [f"{sum(m.count for m in mentions)}\t{len(documents)}"])
        files = entry_files(entry, len(cut))
        keys[ident] = []
        for number, (page, listed) in enumerate(zip(files, cut)):
            alike = number and len(kept) == len(cut) and _lists_alike(kept[number], page,
                                                                       listed, place, changed)
            keys[ident].append(tuple(kept[number]) if alike else (
                page, _page_key(head + (first if number == 0 else ""), listed, shown),
                listed[0].doc_id if listed else "", listed[-1].doc_id if listed else "",
                len(listed)))
    return keys


def _lists_alike(kept: Sequence, page: str, listed: Sequence[Mentions], place: dict[str, int],
                 changed: list[int]) -> bool:
    """Whether a further page of an entry lists what it listed when its key was `kept`: the
    same first and last document and as many, and no changed document (`changed`: their
    places in chronological order, `place`, sorted) between them; the others keep their order
    (by date and id), and their rows are as they were."""
    first, last = listed[0].doc_id, listed[-1].doc_id
    return (tuple(kept[2:]) == (first, last, len(listed)) and kept[0] == page
            and bisect.bisect_left(changed, place[first])
            == bisect.bisect_right(changed, place[last]))


def _page_key(head: str, mentions: Sequence[Mentions], shown: dict[str, str]) -> str:
    """A hash of `head` and each mention with its document's title and date (`shown`): half a
    million mentions at 10,000 documents, so one f-string each (repr() is 5x slower)."""
    lines = "\n".join([f"{m.doc_id}\t{m.count}\t{m.digest}\t{shown[m.doc_id]}"
                       for m in mentions])
    return hashlib.sha256(f"{head}\n{lines}".encode("utf-8")).hexdigest()
