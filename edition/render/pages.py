"""Writing pages: the jinja environment, what every page shares, and the edition-wide pages."""

from __future__ import annotations

from .. import search

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import jinja2
from markupsafe import Markup

from ..collect import SiteModel
from ..config import Settings
from ..write import SiteWriter
from . import cite, urls
from .behaviours import BEHAVIOURS_DOC, TABLE

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
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


def environment() -> jinja2.Environment:
    """Templates from edition/templates: autoescaped, and a missing value is an error."""
    return RowEnvironment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                          undefined=jinja2.StrictUndefined, trim_blocks=False,
                          keep_trailing_newline=True, auto_reload=False)


@dataclass
class Pages:
    """Renders templates into the site writer with the context every page shares."""

    env: jinja2.Environment
    site: SiteModel
    settings: Settings
    writer: SiteWriter

    def href(self, page: str, target: str) -> str:
        return urls.relative(page, target)

    @cached_property
    def _mentioned(self) -> dict[str, set[str]]:
        by_document: dict[str, set[str]] = {}
        for entry_id, mentions in self.site.mentions.items():
            for mention in mentions:
                by_document.setdefault(mention.doc_id, set()).add(entry_id)
        return by_document

    def mentioned_in(self, doc_id: str) -> set[str]:
        """Ids of the register entries that document `doc_id` mentions."""
        return self._mentioned.get(doc_id, set())

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
                        source_css=self.href(page, urls.SOURCE_STYLESHEET),
                        script=self.href(page, urls.SCRIPT)),
            metas=[], head_links=[])
        common.update(context)
        with open(self.writer.path(page), "w", encoding="utf-8", newline="") as stream:
            stream.writelines(self.env.get_template(template).generate(**common))

    def document_summary(self, page: str, doc) -> dict:
        return dict(title=doc.title, date=doc.date, date_long=cite.long_date(doc.date),
                    doc_type=doc.doc_type or doc.subtype, classification=doc.classification,
                    summary=doc.summary, href=self.href(page, urls.document(doc.id)),
                    tei_href=self.href(page, urls.tei(doc.id)),
                    xml_href=self.href(page, urls.document_xml(doc.id)))


def write_home(pages: Pages) -> None:
    page = urls.HOME
    pages.write(page, "index.html", "Documents", urls.HOME,
                documents=[pages.document_summary(page, d) for d in pages.site.documents])


@dataclass(frozen=True, slots=True)
class DateMention:
    """One dated line on the chronology (a row object: see `indices.KwicLine`)."""

    href: str
    title: str
    line: str
    text: str
    conjecture: bool


def write_chronology(pages: Pages) -> None:
    page = urls.CHRONOLOGY
    days: dict[tuple[str, str], list] = {}
    for date in pages.site.dates:  # already sorted by date, document, line
        doc = pages.site.by_id[date.doc_id]
        days.setdefault((date.start, date.end), []).append(DateMention(
            pages.href(page, urls.document(doc.id) + urls.line(date.line)), doc.title,
            date.line, date.text, date.conjecture))
    pages.write(page, "chronology.html", "Chronology", urls.CHRONOLOGY,
                documents=[pages.document_summary(page, d) for d in pages.site.documents],
                days=[dict(iso=start, anchor=f"d{start}" + (f"--{end}" if end else ""),
                           label=cite.long_date(start) + (f" to {cite.long_date(end)}" if end else ""),
                           mentions=mentions)
                      for (start, end), mentions in days.items()])


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
        example = dict(chicago=cite.chicago(doc, edition, build),
                       line_citation=cite.line_citation(doc, edition, build, n),
                       line_href=pages.href(page, urls.document(doc.id) + urls.line(n)))
    edition_citation = Markup("{}. <i>{}</i>. Version {}. {}. {}.").format(
        edition.publisher, edition.title, edition.version, cite.long_date(build),
        edition.base_url)
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


def write_downloads(pages: Pages, schemas: list[str]) -> None:
    """Every file of tei/, schemas/ and downloads/ as staged, with its size and SHA-256."""
    from ..export.listing import LABELS, downloads_listing  # export imports render: not at load
    page = urls.DOWNLOADS
    listed = {d.path: d for d in downloads_listing(pages.writer.stage)}
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


def write_analytics(pages: Pages) -> None:
    """Speakers across the edition: totals, turns and words by document, who speaks with whom."""
    from ..export import analytics  # export imports render: not at load time
    from ..export.listing import COPRESENCE_CSV, LABELS, SPEAKERS_CSV, SPEAKERS_JSON
    from ..export.matrix import copresence_svg
    page = ANALYTICS
    site = pages.site
    people, pairs = analytics.speakers(site), analytics.copresence(site)
    person_href = {s.entry_id: pages.href(page, urls.entry("person", s.entry_id))
                   for s in people}
    names = {s.entry_id: s.name for s in people}
    spoken = [d for d in site.documents if d.speakers]
    per_document = {(stat.entry_id, d.id): stat for d in spoken for stat in d.speakers}
    pages.write(
        page, "analytics.html", "Speakers across the edition",
        speakers=[dict(name=s.name, href=person_href[s.entry_id], turns=s.turns, words=s.words,
                       documents=len(s.documents)) for s in people],
        columns=[dict(title=d.title, date=cite.long_date(d.date), href=pages.href(
            page, urls.document(d.id))) for d in spoken],
        rows=[dict(name=s.name, href=person_href[s.entry_id],
                   cells=[per_document.get((s.entry_id, d.id)) for d in spoken])
              for s in people],
        matrix=copresence_svg(people, pairs, "copresence"),
        pairs=[dict(a=names[p.a], a_href=person_href[p.a], b=names[p.b],
                    b_href=person_href[p.b], count=len(p.documents),
                    documents=[dict(title=site.by_id[d].title,
                                    href=pages.href(page, urls.document(d)))
                               for d in p.documents]) for p in pairs],
        data=[dict(href=pages.href(page, path), name=path.rpartition("/")[2],
                   label=LABELS[path]) for path in (SPEAKERS_CSV, SPEAKERS_JSON, COPRESENCE_CSV)],
        downloads_href=pages.href(page, urls.DOWNLOADS))
