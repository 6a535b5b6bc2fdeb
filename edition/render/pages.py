"""Writing pages: the jinja environment, what every page shares, and the edition-wide pages."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Mapping, Sequence

import jinja2
from markupsafe import Markup, escape

from .. import search

from ..records import DocumentRecord, SiteModel, SpeakerStat
from ..config import Settings
from ..write import SiteWriter
from . import cite, urls
from .behaviours import BEHAVIOURS_DOC, TABLE
from .cite_parts import party_names
from .written_dates import long_span, shown_dates

if TYPE_CHECKING:
    from ..export.listing import Noted

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
TakenOver = Callable[[str, str], bool]
"""`taken_over(path, digest)`: whether the file at `path`, showing what `digest` sums up, was
taken from the previous site instead of written (`previous.FilesTakenOver`)."""
NOTHING_TAKEN_OVER: TakenOver = lambda path, digest: False
"""The `TakenOver` of a build without a previous site: every file is written."""
NAV = (("Documents", urls.HOME), ("Persons", urls.register_index("person")),
       ("Places", urls.register_index("place")),
       ("Organizations", urls.register_index("org")), ("Chronology", urls.CHRONOLOGY),
       ("Search", urls.SEARCH), ("About", urls.ABOUT))


class RowEnvironment(jinja2.Environment):
    """A jinja environment that reads `row.name` of a dict as `row["name"]` first.

    The pages hand rows to the templates as dicts; jinja tries the attribute first, and the
    AttributeError of every lookup was a good part of rendering a page (a document page prints
    hundreds). The templates use no dict method (`items`, `keys`, ...), so nothing else changes.
    """

    def getattr(self, obj, attribute):
        if type(obj) is dict and attribute in obj:
            return obj[attribute]
        return super().getattr(obj, attribute)


def escaped_rows(rows: Sequence[Sequence[str]], width: int) -> Iterable[tuple[str, ...]]:
    """Each row of `width` strings with every field escaped as the templates' autoescape does
    (`markupsafe.escape`), all in one call: the fields joined by U+0000, which no XML text
    holds (rows that do are escaped field by field).

    [('3', 'a < b')] -> [('3', 'a &lt; b')]"""
    fields = str(escape("\0".join(chain.from_iterable(rows)))).split("\0")
    if len(fields) != width * len(rows):
        return [tuple(str(escape(value)) for value in row) for row in rows]
    it = iter(fields)
    return zip(*[it] * width)


@dataclass(frozen=True, slots=True)
class DocumentLink:
    """A document as the pages of a folder list it, escaped once: link, title and long date."""

    href: Markup
    title: Markup
    date: Markup


class DocumentLinks(dict):
    """doc id -> `DocumentLink` from the pages whose link to the documents folder is `prefix`
    ('../documents/'), made when first asked for."""

    def __init__(self, site: SiteModel, prefix: str) -> None:
        super().__init__()
        self.site, self.prefix = site, prefix

    def __missing__(self, doc_id: str) -> DocumentLink:
        doc = self.site.by_id[doc_id]
        link = self[doc_id] = DocumentLink(
            escape(self.prefix + urls.document_file(doc_id)), escape(doc.title),
            escape(long_span(doc.date, doc.date_end)))
        return link


PROVISIONAL_MARK = Markup(' <span class="provisional">(provisional)</span>')
"""After the name of a provisional register entry, wherever a list names it (the participants,
"Named in this document", the register's index): the encoder's entry for a name the register
lacks, not yet identified; its page says so."""


def environment() -> jinja2.Environment:
    """Templates from edition/templates: autoescaped, and a missing value is an error."""
    env = RowEnvironment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                         undefined=jinja2.StrictUndefined, trim_blocks=False,
                         keep_trailing_newline=True, auto_reload=False)
    env.globals["provisional_mark"] = PROVISIONAL_MARK
    return env


@dataclass
class Pages:
    """Renders templates into the site writer with the context every page shares."""

    env: jinja2.Environment
    site: SiteModel
    settings: Settings
    writer: SiteWriter
    _links: dict[str, DocumentLinks] = field(default_factory=dict, init=False, repr=False,
                                             compare=False)

    def href(self, page: str, target: str) -> str:
        return urls.relative(page, target)

    def document_links(self, page: str) -> DocumentLinks:
        """doc id -> the document as `page` (not a document's page) lists it, each made once for
        all pages at the same remove from the documents folder (an entry page lists thousands
        of documents, and so do many). Not once a folder: the further pages of mentions of
        each entry have a folder of their own, and a worker writing entry pages grew with
        every entry (800 MiB after 60 entries of a synthetic edition of 10,000)."""
        prefix = urls.folder_link(page.rpartition("/")[0], urls.DOCUMENTS)
        links = self._links.get(prefix)
        if links is None:
            links = self._links[prefix] = DocumentLinks(self.site, prefix)
        return links

    def mentioned_in(self, doc_id: str) -> frozenset[str]:
        """Ids of the register entries that document `doc_id` mentions."""
        return self.site.mentioned.get(doc_id, frozenset())

    def write(self, page: str, template: str, title: str, section: str = "", **context) -> None:
        common = dict(
            page_title=title, edition=self.settings.edition, build_date=self.settings.build_date,
            nav_home=self.href(page, urls.HOME),
            nav=[dict(label=label, href=self.href(page, target),
                      current="page" if target == page else "true" if target == section else "")
                 for label, target in NAV],
            footer=dict(cite=self.href(page, urls.HOW_TO_CITE),
                        downloads=self.href(page, urls.DOWNLOADS),
                        about=self.href(page, urls.ABOUT)),
            assets=dict(css=self.href(page, urls.STYLESHEET),
                        print_css=self.href(page, urls.PRINT_STYLESHEET),
                        icon=self.href(page, urls.ICON),
                        source_css=self.href(page, urls.SOURCE_STYLESHEET),
                        script=self.href(page, urls.SCRIPT)),
            metas=[], head_links=[])
        common.update(context)
        with open(self.writer.path(page), "w", encoding="utf-8", newline="") as stream:
            stream.writelines(self.env.get_template(template).generate(**common))

    def write_unless_taken_over(self, taken_over: TakenOver, page: str, template: str,
                                title: str, section: str = "", **context) -> None:
        """`write`, unless `taken_over` took `page` from the previous site: its digest sums up
        the template, title, section and `context` (plain data: json refuses anything else),
        which with the edition's inputs (`previous.FilesTakenOver`) is all the page shows. For
        the pages that list every document, of which an edit mostly changes none."""
        data = json.dumps([template, title, section, context], ensure_ascii=False,
                          default=_refused)
        if not taken_over(page, hashlib.sha256(data.encode("utf-8")).hexdigest()):
            self.write(page, template, title, section, **context)

    def document_summary(self, page: str, doc) -> dict:
        return dict(title=doc.title, date=doc.date,
                    date_times=shown_dates(doc.date, doc.date_end, doc.date_inferred),
                    doc_type=doc.document_type, classification=doc.classification,
                    summary=doc.summary, href=self.href(page, urls.document(doc.id)),
                    tei_href=self.href(page, urls.tei(doc.id)),
                    xml_href=self.href(page, urls.document_xml(doc.id)))


def _refused(value: object) -> object:
    raise TypeError(f"a page's digest sums up plain data only, not {type(value).__name__}")


def counted(n: int, singular: str, plural: str) -> str:
    """`n` and the noun it counts, as the pages say it: '1 entry', '3 entries', '1,200
    documents'."""
    return f"{n:,} {singular if n == 1 else plural}"


def pager(pages: Pages, page: str, files: list[str], label: str) -> dict | None:
    """The pager of `page`, one of `files` (the pages of one list, named by `label`): links to
    every page; None when the list has one page."""
    if len(files) == 1:
        return None
    here = files.index(page)
    rel = {here - 1: "prev", here + 1: "next"}
    return dict(label=label, links=[
        dict(label=str(n), href=pages.href(page, other), current=other == page,
             rel=rel.get(n - 1, "")) for n, other in enumerate(files, 1)])


def write_about(pages: Pages) -> None:
    rules = [dict(element=name, condition="@{}='{}'".format(*rule.when) if rule.when else "",
                  meaning=BEHAVIOURS_DOC[rule.behaviour])
             for name in sorted(TABLE, key=str.casefold) for rule in TABLE[name]
             if rule.behaviour != "omit"]
    pages.write(urls.ABOUT, "about.html", "Editorial method", urls.ABOUT,
                conventions=list(pages.site.conventions), rules=rules)


def write_how_to_cite(pages: Pages) -> None:
    edition, build = pages.settings.edition, pages.settings.build_date
    page = urls.HOW_TO_CITE
    example = None
    if pages.site.documents and pages.site.documents[0].lines:
        doc = pages.site.documents[0]
        n = doc.lines[min(len(doc.lines) - 1, 2)]
        parties = party_names(doc, pages.site)
        example = dict(chicago=cite.chicago(doc, edition, build, parties),
                       line_citation=cite.line_citation(doc, edition, build, n, parties),
                       line_href=pages.href(page, urls.document(doc.id) + urls.line(n)))
    edition_citation = cite.edition_citation(edition, build)
    pages.write(page, "cite.html", "How to cite", example=example,
                edition_citation=edition_citation)


def write_search(pages: Pages) -> None:
    page = urls.SEARCH
    fallback = dict(home=urls.HOME, chronology=urls.CHRONOLOGY,
                    persons=urls.register_index("person"), places=urls.register_index("place"),
                    organizations=urls.register_index("org"))
    pages.write(page, "search.html", "Search", urls.SEARCH,
                fallback={k: pages.href(page, v) for k, v in fallback.items()},
                search_head=Markup(search.SEARCH_HEAD_HTML),
                search_heading_id=search.SEARCH_HEADING_ID,
                search_script=Markup(search.SEARCH_SCRIPT_HTML))


ANALYTICS = "analytics.html"


def human_size(size: int) -> str:
    """'812 bytes', '14.2 KB', '1.3 MB' (powers of 1024; a no-break space before the unit)."""
    if size < 1024:
        return f"{size}\u00a0bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f}\u00a0KB"
    return f"{size / (1024 * 1024):.1f}\u00a0MB"


def _listed(pages: Pages, page: str, download, label: str) -> dict:
    return dict(href=pages.href(page, download.path), name=download.path.rpartition("/")[2],
                label=label, size=download.size, size_label=human_size(download.size),
                sha256=download.sha256)


def write_downloads(pages: Pages, schemas: list[str], noted: Mapping[str, Noted]) -> None:
    """Every file of tei/, schemas/ and downloads/ as staged, with its size and SHA-256 (as
    `noted` by its writer, if it was)."""
    from ..export.listing import LABELS, downloads_listing  # export imports render: not at load
    page = urls.DOWNLOADS
    listed = {d.path: d for d in downloads_listing(pages.writer.stage, noted)}
    labels = {".odd": "ODD customization (documentation of the encoding)",
              ".rng": "RELAX NG schema", ".sch": "Schematron rules"}
    groups = [
        ("documents", {urls.tei(d.id): d.title for d in pages.site.documents}),
        ("registers", {urls.register_tei(kind): label
                       for kind, label in (("person", "register of persons"),
                                           ("place", "register of places"),
                                           ("org", "register of organizations"))}),
        ("schemas", {urls.schema(name): labels.get(Path(name).suffix, "schema")
                     for name in schemas})]
    shown = {kind: [_listed(pages, page, listed.pop(path), label)
                    for path, label in files.items() if path in listed]
             for kind, files in groups}
    order = [path for path in LABELS if path in listed] + sorted(set(listed) - set(LABELS))
    data = [_listed(pages, page, listed[path], LABELS.get(path, "data"))
            for path in order]  # downloads/ and whatever else was staged
    pages.write(page, "downloads.html", "Downloads", data=data,
                analytics_href=pages.href(page, ANALYTICS), **shown)


def _document_columns(links: DocumentLinks, documents: list) -> Markup:
    """A column heading per document: its date linked, and its title (HTML escaped as the
    template would: the table has a column per document with turns, a cell per speaker too)."""
    return Markup("".join([
        f'<th scope="col" class="num"><a href="{links[d.id].href}">{links[d.id].date}</a><br>'
        f'<span class="muted">{links[d.id].title}</span></th>' for d in documents]))


def _speaker_cells(stats: list) -> Markup:
    """The cells of one speaker's row, a `SpeakerStat` or None per document:
    <td class="num">3 turns, 120 words</td> or <td class="num"><span class="muted">none</span></td>"""
    return Markup("".join([
        f'<td class="num">{escape(stat.turns)} turn{"" if stat.turns == 1 else "s"}, '
        f'{escape(stat.words)} words</td>' if stat else
        '<td class="num"><span class="muted">none</span></td>' for stat in stats]))


def _document_list(links: DocumentLinks, documents: Iterable[str]) -> Markup:
    """Links to documents, separated by semicolons (their hrefs and titles are escaped:
    joining plain strings is a tenth of the time of `Markup.join`, which checks every item)."""
    return Markup("; ".join([f'<a href="{links[d].href}">{links[d].title}</a>'
                             for d in documents]))


def _numbers(doc: DocumentRecord) -> tuple[SpeakerStat, ...]:
    """The numbers of each speaker of `doc`, and those of its unidentified speakers (id "")."""
    return doc.speakers + ((doc.unidentified,) if doc.unidentified else ())


def write_analytics(pages: Pages, taken_over: TakenOver = NOTHING_TAKEN_OVER) -> None:
    """Speakers across the edition: totals, turns and words by document, who speaks with whom;
    not written when `taken_over` (see `analytics.digest`)."""
    from ..export import analytics  # export imports render: not at load time
    from ..export.listing import COPRESENCE_CSV, LABELS, SPEAKERS_CSV, SPEAKERS_JSON
    from ..export.matrix import copresence_svg
    page = ANALYTICS
    site = pages.site
    if taken_over(page, analytics.digest(site)):
        return
    people, pairs = analytics.speakers(site), analytics.copresence(site)
    unnamed = analytics.unidentified(site)
    listed = people + [unnamed] if unnamed else people   # the unidentified last, not linked
    in_grid = analytics.grid_speakers(people)
    person_href = {s.entry_id: pages.href(page, urls.entry("person", s.entry_id))
                   for s in people}
    names = {s.entry_id: s.name for s in people}
    spoken = [d for d in site.documents if d.speakers or d.unidentified]
    per_document = {(stat.entry_id, d.id): stat for d in spoken for stat in _numbers(d)}
    links = pages.document_links(page)
    pages.write(
        page, "analytics.html", "Speakers across the edition",
        speakers=[dict(name=s.name, href=person_href.get(s.entry_id, ""), turns=s.turns,
                       words=s.words, documents=len(s.documents)) for s in listed],
        unidentified=unnamed is not None,
        columns=_document_columns(links, spoken),
        rows=[dict(name=s.name, href=person_href.get(s.entry_id, ""),
                   cells=_speaker_cells([per_document.get((s.entry_id, d.id)) for d in spoken]))
              for s in listed],
        matrix=copresence_svg(in_grid, analytics.pairs_among(pairs, in_grid), "copresence"),
        grid_left_out=len(people) - len(in_grid), grid_shown=len(in_grid),
        pairs=[dict(a=names[p.a], a_href=person_href[p.a], b=names[p.b],
                    b_href=person_href[p.b], count=len(p.documents),
                    documents=_document_list(links, p.documents)) for p in pairs],
        data=[dict(href=pages.href(page, path), name=path.rpartition("/")[2],
                   label=LABELS[path]) for path in (SPEAKERS_CSV, SPEAKERS_JSON, COPRESENCE_CSV)],
        downloads_href=pages.href(page, urls.DOWNLOADS))
