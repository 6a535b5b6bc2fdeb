"""The register pages: an index per register and a page per entry with every mention in context."""

from __future__ import annotations

from itertools import islice
from typing import Collection, Iterable, Iterator, Sequence

from markupsafe import Markup, escape

from ..records import Mentions
from ..kwic import Row
from ..registers import Entry
from ..ties import LABELS
from . import urls
from .pages import NOTHING_TAKEN_OVER, Pages, TakenOver, counted, escaped_rows, pager

HEADINGS = {"person": ("Persons", "Person"), "place": ("Places", "Place"),
            "org": ("Organizations", "Organization")}
AUTHORITY_LABELS = {"wikidata": "Wikidata", "viaf": "VIAF", "geonames": "GeoNames"}
MENTIONS_PER_PAGE = 1000
"""Lines in context on a page of an entry, about: its pages are cut between documents once a
page holds this many (U Thant's single page held 52 MB in a synthetic edition of 10,000)."""


def _life(entry: Entry) -> str:
    if entry.birth or entry.death:
        return f"{entry.birth or '?'}–{entry.death or ''}"
    return ""


def _summary(pages: Pages, page: str, entry: Entry) -> dict:
    """What the index and the entry's page say of it: `mentioned` counts the documents whose
    text mentions it (those its page lists, "Mentions in the text"; not one where it only
    speaks), `described` those whose header names it, `tied` those and where it speaks."""
    mentions = pages.site.mentions.get(entry.id, ())
    turns = pages.site.turns.get(entry.id, ())
    described = {tie.doc_id for tie in pages.site.ties.get(entry.id, ())}
    documents = {m.doc_id for m in mentions} | {doc_id for doc_id, _ in turns}
    return dict(name=entry.name, href=pages.href(page, urls.entry(entry.kind, entry.id)),
                role=entry.role, life=_life(entry), ref=entry.ref, provisional=entry.provisional,
                variants=[v for v in entry.variants if v != entry.name],
                mentions=sum(m.count for m in mentions), turns=sum(stat.turns for _, stat in turns),
                mentioned=len({m.doc_id for m in mentions}), described=len(described),
                tied=len(documents | described),
                authorities=[dict(label=AUTHORITY_LABELS.get(kind, kind), href=uri)
                             for kind, uri in entry.authorities])


def write_register_index(pages: Pages, kind: str,
                         taken_over: TakenOver = NOTHING_TAKEN_OVER) -> None:
    """The index of register `kind`: every named entry with its counts; taken over from the
    previous site when none of them changed (`Pages.write_unless_taken_over`)."""
    page = urls.register_index(kind)
    entries = [_summary(pages, page, e) for e in pages.site.named_entries(kind)]
    unnamed = len(pages.site.entries[kind]) - len(entries)
    pages.write_unless_taken_over(
        taken_over, page, "register_index.html", HEADINGS[kind][0], page,
        heading=HEADINGS[kind][0], entries=entries,
        unnamed=counted(unnamed, "entry", "entries") if unnamed else "",
        show_turns=kind == "person", tei_href=pages.href(page, urls.register_tei(kind)))


def mention_pages(mentions: Sequence[Mentions]) -> list[int]:
    """How many documents of `mentions` (in order) each page of their entry lists: a page
    ends after the document that brings it to `MENTIONS_PER_PAGE` lines; never split."""
    sizes, documents, lines = [], 0, 0
    for mention in mentions:
        documents, lines = documents + 1, lines + mention.count
        if lines >= MENTIONS_PER_PAGE:
            sizes.append(documents)
            documents, lines = 0, 0
    return sizes + [documents] if documents or not sizes else sizes


def mentions_by_page(mentions: Sequence[Mentions]) -> list[Sequence[Mentions]]:
    """`mentions` of an entry (in order) cut into the pages that list them (`mention_pages`)."""
    cut, start = [], 0
    for size in mention_pages(mentions):
        cut.append(mentions[start:start + size])
        start += size
    return cut


def entry_files(entry: Entry, count: int) -> list[str]:
    """The site paths of the `count` pages of `entry` (`mention_pages`): its page, then further
    pages of mentions."""
    return [urls.entry_mentions(entry.kind, entry.id, n) for n in range(1, count + 1)]


def _mentions(pages: Pages, page: str,
              mentions: Iterable[tuple[str, tuple[Row, ...]]]) -> Iterator[Markup]:
    """`mentions` (doc id, its rows) of an entry, one document at a time in chronological
    order: its heading and the list of its lines in context followed by a blank line, as HTML
    escaped as the template would.

    Made here, not by a template loop: an entry named in every document is mentioned hundreds
    of thousands of times (jinja took 10 µs a line, this 2 µs). A generator: the page is
    written while the mentions are read, never all held at once.

    ('d', [('3', 'before ', 'Cuba', '.', '', '')]) -> <h3><a href="../documents/d.html">Title</a>
    <span class="document-date">(November 5, 1962)</span></h3> <ol class="kwic"> <li><a
    class="kwic-line" href="../documents/d.html#L3">line 3</a> <span class="kwic-text">before
    <mark>Cuba</mark>.</span></li> </ol>

    A mention in an inline note (a row with the note's label and id, `kwic.Row`) links to the
    note: <a class="kwic-line" href="../documents/d.html#fn5">note 5, at line 3</a>."""
    links = pages.document_links(page)
    for doc_id, rows in mentions:
        doc = links[doc_id]
        lines = "".join([
            f'<li>{_place(doc.href, line, note, anchor)} '
            f'<span class="kwic-text">{before}<mark>{keyword}</mark>{after}</span></li>\n'
            for line, before, keyword, after, note, anchor in escaped_rows(rows, 6)])
        yield Markup(f'<h3><a href="{doc.href}">{doc.title}</a> <span class="document-date">'
                     f'({doc.date})</span></h3>\n<ol class="kwic">\n{lines}</ol>\n\n')


def _place(href: str, line: str, note: str, anchor: str) -> str:
    """The link to where a mention stands (fields escaped): its line, or the inline note of its
    line that holds it (`note`, its label on the page, and `anchor`, its id).

    ('d.html', '3', '', '') -> <a class="kwic-line" href="d.html#L3">line 3</a>
    ('d.html', '9', '5', 'fn5') -> <a class="kwic-line" href="d.html#fn5">note 5, at line 9</a>"""
    fragment, words = urls.mention_place(line, note, anchor)
    return f'<a class="kwic-line" href="{href}{fragment}">{words}</a>'


def _turns(pages: Pages, page: str, entry: Entry) -> Markup:
    """The speaker turns of `entry`, a list item per document (HTML, as `_mentions`):
    <li><a href="../documents/d.html">Title</a> (November 5, 1962): 3 turns, 120 words</li>"""
    items, links = [], pages.document_links(page)
    for doc_id, stat in pages.site.turns.get(entry.id, ()):
        doc = links[doc_id]
        items.append(f'<li><a href="{doc.href}">{doc.title}</a> ({doc.date}): '
                     f'{escape(stat.turns)} turn{"" if stat.turns == 1 else "s"}, '
                     f'{escape(stat.words)} words</li>\n')
    return Markup("".join(items))


def _ties(pages: Pages, page: str, entry: Entry) -> Markup:
    """The documents whose header names `entry`, a list item each with its roles (HTML, as
    `_mentions`): <li><a href="../documents/d.html">Title</a> (November 5, 1962): translator;
    named in the source note</li>"""
    items, links = [], pages.document_links(page)
    for tie in pages.site.ties.get(entry.id, ()):
        doc = links[tie.doc_id]
        roles = "; ".join(LABELS[code] for code in tie.roles)
        items.append(f'<li><a href="{doc.href}">{doc.title}</a> ({doc.date}): '
                     f'{escape(roles)}</li>\n')
    return Markup("".join(items))


def write_entry(pages: Pages, entry: Entry, only: Collection[int] | None = None) -> None:
    """The page of `entry`, with its first mentions, and its further pages of mentions; with
    `only`, just the pages of those numbers (1 is the entry's page), and the store of mentions
    (`site.kwic`) holds for this entry only the documents those pages list."""
    sizes = mention_pages(pages.site.mentions.get(entry.id, ()))
    files = entry_files(entry, len(sizes))
    wanted = range(1, len(files) + 1) if only is None else only
    mentions = pages.site.kwic.mentions(entry.id)
    if 1 in wanted:
        _write_first(pages, entry, files, islice(mentions, sizes[0]))
    for number, (page, size) in enumerate(zip(files[1:], sizes[1:]), 2):
        if number in wanted:
            pages.write(page, "register_entry_mentions.html",
                        f"{entry.name}: mentions, page {number} of {len(files)}",
                        urls.register_index(entry.kind), name=entry.name, number=number,
                        pages_count=len(files), entry_href=pages.href(page, files[0]),
                        pager=pager(pages, page, files, "Pages of mentions"),
                        mentions=_mentions(pages, page, islice(mentions, size)))


def _write_first(pages: Pages, entry: Entry, files: list[str],
                 mentions: Iterable[tuple[str, tuple[Row, ...]]]) -> None:
    page = files[0]
    pages.write(page, "register_entry.html", entry.name, urls.register_index(entry.kind),
                entry=_summary(pages, page, entry), kind_label=HEADINGS[entry.kind][0],
                index_href=pages.href(page, urls.register_index(entry.kind)),
                tei_href=pages.href(page, urls.register_tei(entry.kind)),
                show_turns=entry.kind == "person", turns=_turns(pages, page, entry),
                ties=_ties(pages, page, entry),
                mentioned=bool(pages.site.mentions.get(entry.id)),
                pager=pager(pages, page, files, "Pages of mentions"),
                mentions=_mentions(pages, page, mentions))


def write_registers(pages: Pages) -> None:
    """The index of every register and the page of every entry."""
    for kind in HEADINGS:
        write_register_index(pages, kind)
    for ident in entry_pages(pages):
        write_entry(pages, pages.site.entry_by_id[ident])


def entry_pages(pages: Pages) -> list[str]:
    """The id of every register entry that has a page: those some document names
    (`SiteModel.named`)."""
    return [entry.id for kind in HEADINGS for entry in pages.site.named_entries(kind)]
