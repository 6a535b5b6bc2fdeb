"""The register pages: an index per register and a page per entry with every mention in context."""

from __future__ import annotations

from dataclasses import dataclass

from ..registers import Entry
from . import cite, urls
from .pages import Pages

HEADINGS = {"person": ("Persons", "Person"), "place": ("Places", "Place"),
            "org": ("Organizations", "Organization")}
AUTHORITY_LABELS = {"wikidata": "Wikidata", "viaf": "VIAF", "geonames": "GeoNames"}


def _life(entry: Entry) -> str:
    if entry.birth or entry.death:
        return f"{entry.birth or '?'}–{entry.death or ''}"
    return ""


def _summary(pages: Pages, page: str, entry: Entry) -> dict:
    mentions = pages.site.mentions.get(entry.id, ())
    turns = pages.site.turns.get(entry.id, ())
    documents = {m.doc_id for m in mentions} | {doc_id for doc_id, _ in turns}
    return dict(name=entry.name, href=pages.href(page, urls.entry(entry.kind, entry.id)),
                role=entry.role, life=_life(entry), ref=entry.ref, provisional=entry.provisional,
                variants=[v for v in entry.variants if v != entry.name],
                mentions=sum(m.count for m in mentions), turns=sum(stat.turns for _, stat in turns),
                documents=len(documents),
                authorities=[dict(label=AUTHORITY_LABELS.get(kind, kind), href=uri)
                             for kind, uri in entry.authorities])


def write_register_index(pages: Pages, kind: str) -> None:
    page = urls.register_index(kind)
    entries = [_summary(pages, page, e) for e in pages.site.entries[kind]]
    pages.write(page, "register_index.html", HEADINGS[kind][0], page,
                heading=HEADINGS[kind][0], entries=entries, show_turns=kind == "person",
                tei_href=pages.href(page, urls.register_tei(kind)))


@dataclass(frozen=True, slots=True)
class KwicLine:
    """One mention as the entry page lists it: a row object, not a dict, because a page has
    thousands and Jinja reads a dict's keys only after a failed attribute lookup."""

    line: str
    href: str
    before: str
    keyword: str
    after: str


@dataclass(frozen=True, slots=True)
class MentionGroup:
    """The mentions of one document on an entry page."""

    title: str
    date: str
    href: str
    mentions: list[KwicLine]


def _groups(pages: Pages, page: str, entry: Entry) -> list[MentionGroup]:
    """The mentions of `entry` grouped by document, in chronological and line order."""
    groups = []
    for doc_id, rows in pages.site.kwic.mentions(entry.id):
        doc = pages.site.by_id[doc_id]
        href = pages.href(page, urls.document(doc_id))
        groups.append(MentionGroup(doc.title, cite.long_date(doc.date), href, [
            KwicLine(line, href + urls.line(line), before, keyword, after)
            for line, before, keyword, after in rows]))
    return groups


def write_entry(pages: Pages, entry: Entry) -> None:
    page = urls.entry(entry.kind, entry.id)
    turns = [dict(href=pages.href(page, urls.document(doc_id)),
                  title=pages.site.by_id[doc_id].title,
                  date=cite.long_date(pages.site.by_id[doc_id].date),
                  turns=stat.turns, words=stat.words)
             for doc_id, stat in pages.site.turns.get(entry.id, ())]
    pages.write(page, "register_entry.html", entry.name, urls.register_index(entry.kind),
                entry=_summary(pages, page, entry), kind_label=HEADINGS[entry.kind][0],
                index_href=pages.href(page, urls.register_index(entry.kind)),
                tei_href=pages.href(page, urls.register_tei(entry.kind)),
                show_turns=entry.kind == "person", turns=turns,
                groups=_groups(pages, page, entry))


def write_registers(pages: Pages) -> None:
    """The index of every register and the page of every entry."""
    for kind in HEADINGS:
        write_register_index(pages, kind)
    for ident in entry_pages(pages):
        write_entry(pages, pages.site.entry_by_id[ident])


def entry_pages(pages: Pages) -> list[str]:
    """The id of every register entry, each of which has a page."""
    return [entry.id for kind in HEADINGS for entry in pages.site.entries[kind]]
