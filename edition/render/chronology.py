"""The chronology: the documents in date order, and a page for each month of dated lines."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from itertools import groupby

from markupsafe import Markup

from . import urls
from .written_dates import INFERRED_MARK, calendar_date, long_date
from .pages import NOTHING_TAKEN_OVER, Pages, TakenOver, counted, escaped_rows


@dataclass(frozen=True, slots=True)
class Day:
    """A day (or range of days) on the chronology and its dated lines, as HTML."""

    iso: str
    anchor: str
    label: str
    mentions: Markup


def _dated_lines(pages: Pages, page: str, dates: list) -> Markup:
    """The dated lines of one day as list items, escaped as the template would (the
    chronology lists every date of every document: see `indices._mentions`):
    <li><a href="documents/d.html#L3">Title <span class="document-date">(November 5, 1962)</span>,
    line 3</a>: “5 November”</li> (the document's date: documents share titles, 'Memorandum of
    Conversation').

    A date in an inline note is credited to that note, as a register entry's mention is
    (`urls.mention_place`): <a href="documents/d.html#fn5">Title <span class="document-date">
    (…)</span>, note 5, at line 9</a>."""
    items, links = [], pages.document_links(page)
    rows = escaped_rows([(d.line, d.text, d.note, d.anchor) for d in dates], 4)
    for date, (line, text, note, anchor) in zip(dates, rows):
        doc = links[date.doc_id]
        fragment, place = urls.mention_place(line, note, anchor)
        inferred = INFERRED_MARK if date.conjecture else ""
        items.append(f'<li><a href="{doc.href}{fragment}">{doc.title} <span class="document-date">'
                     f'({doc.date})</span>, {place}</a>: '
                     f'“{text}”{inferred}</li>\n')
    return Markup("".join(items))


def _day_span(date) -> tuple[str, str]:
    """The calendar days a date mention covers: a time of day is shown with its line, not as
    a day of its own. A range within one day (10:21 to 11:02 a.m.) is that day."""
    start, end = calendar_date(date.start), calendar_date(date.end)
    return start, ("" if end == start else end)


def _day_count(dates: list) -> int:
    """The calendar days on which `dates` begin (`_day_span`'s first)."""
    return len({calendar_date(date.start) for date in dates})


def _days(pages: Pages, page: str, dates: list) -> Iterator[Day]:
    """Every day with dated lines, in order (`site.dates` is sorted by date, document, line;
    the sort by day keeps that order within a day)."""
    for (start, end), dated in groupby(sorted(dates, key=_day_span), key=_day_span):
        yield Day(start, f"d{start}" + (f"--{end}" if end else ""),
                  long_date(start) + (f" to {long_date(end)}" if end else ""),
                  _dated_lines(pages, page, list(dated)))


def _months(pages: Pages) -> list[tuple[str, list]]:
    """(month, its dated lines) in order: '1962-11', or the year of dates known only to it."""
    return [(month, list(dates))
            for month, dates in groupby(pages.site.dates, key=lambda d: d.start[:7])]


def write_chronology(pages: Pages, taken_over: TakenOver = NOTHING_TAKEN_OVER,
                     known: Mapping[str, tuple[list, str]] | None = None
                     ) -> dict[str, tuple[list, str]]:
    """The chronology: every document in date order, then the months the documents mention,
    each month's dated lines on a page of its own (`write_chronology_month`): at 10,000
    documents they made one page of 96 MB. `taken_over(page, digest)` says whether a month's
    page, showing what `digest` sums up (`month_digest`), was taken from the previous site
    instead of written. `known`: month -> (near, digest) of the months whose dated lines
    are as the last build had them (`kept_keys`): the digest is not made again from every
    row while its months before and after are the same. Returns that of every month."""
    page, months = urls.CHRONOLOGY, _months(pages)
    listed = [dict(href=pages.href(page, urls.chronology_month(month)),
                   label=long_date(month), iso=month,
                   count=f"{counted(_day_count(dates), 'day', 'days')}, "
                         f"{counted(len(dates), 'dated line', 'dated lines')}")
              for month, dates in months]
    pages.write_unless_taken_over(
        taken_over, page, "chronology.html", "Chronology", urls.CHRONOLOGY,
        documents=[pages.document_summary(page, d) for d in pages.site.documents],
        months=listed)
    shown = {record.id: f"{record.title}\t{record.date}" for record in pages.site.documents}
    digests = {}
    for index, (month, dates) in enumerate(months):
        near = [(rel, months[i][0]) for rel, i in (("prev", index - 1), ("next", index + 1))
                if 0 <= i < len(months)]
        kept_near, digest = (known or {}).get(month, (None, ""))
        if kept_near != [list(pair) for pair in near]:
            digest = month_digest(month, dates, near, shown)
        digests[month] = ([list(pair) for pair in near], digest)
        if not taken_over(urls.chronology_month(month), digest):
            write_chronology_month(pages, month, dates, near)
    return digests


def month_digest(month: str, dates: list, near: list[tuple[str, str]],
                 shown: dict[str, str]) -> str:
    """A hash of what the page of `month` shows besides the parts every page shares: its dated
    lines, the titles and dates of their documents (`shown`: doc id -> title and date, made
    once for all months: half a million dates at 10,000 documents), the months before and
    after it."""
    rows = "\n".join([f"{d.start}\t{d.end}\t{d.doc_id}\t{d.line}\t{d.note}\t{d.anchor}\t"
                      f"{d.conjecture}\t{d.text}\t{shown[d.doc_id]}" for d in dates])
    return hashlib.sha256(f"{month}|{near!r}\n{rows}".encode("utf-8")).hexdigest()


def write_chronology_month(pages: Pages, month: str, dates: list,
                           near: list[tuple[str, str]]) -> None:
    """The days of `month` with their dated lines; `near`: (rel, month) of the pages before
    and after it."""
    page, label = urls.chronology_month(month), long_date(month)
    links = [dict(rel=rel, href=pages.href(page, urls.chronology_month(other)),
                  label=("Earlier: " if rel == "prev" else "Later: ") + long_date(other))
             for rel, other in near]
    pages.write(page, "chronology-month.html", f"Chronology: {label}", urls.CHRONOLOGY,
                month=label, iso=month, chronology=pages.href(page, urls.CHRONOLOGY),
                links=links, days=_days(pages, page, dates))
