"""The document page (reading text, metadata, speakers, names, citations) and its 'View XML' page."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from .. import search

from markupsafe import Markup

from lxml import etree

from ..assemble import register_order
from ..records import DocumentRecord, SpeakerStat
from ..collect import MAIN_TITLE, NS, entry_id
from ..namespaces import tei_xpath
from ..tei.notes import PRINTED, NoteMark, printed_anchor
from ..tei.reading import bracketed_text
from ..tei.xml import DECLARED_LANGUAGE, EDITION_LANGUAGE, foreign_tag
from ..ties import SOURCE_NOTES, TRANSLATION_NOTE, TRANSLATOR_REF
from . import cite, urls
from .cite_parts import document_url, inverted, party_names
from .chart import UNIDENTIFIED_SPEAKERS, speaker_chart
from .html import Context, render_fragment, render_text
from .pages import Pages, counted
from .source import highlighted_xml
from .written_dates import calendar_date, long_span, shown_dates

KIND_HEADINGS = (("person", "Persons"), ("place", "Places"), ("org", "Organizations"))
RANGE_SLOT = Markup('<span data-range="{}"></span>')
"""Where the citation of a range of lines (`#L4-L6`) takes its lines ('4–6') and its fragment
('L4-L6'): filled in by the page's script (`static/lines.js`)."""


def _parties(pages: Pages, page: str, pairs: tuple[tuple[str, str], ...]) -> list[dict]:
    """Correspondents as the page names them: a register entry linked to its page, marked where
    it is provisional (the encoder's, not yet identified), any other name as printed (href "")."""
    found = []
    for ident, printed in pairs:
        entry = pages.site.entry_by_id.get(ident)
        if entry is not None:
            found.append(dict(name=entry.name, href=pages.href(page, urls.entry(entry.kind, ident)),
                              provisional=entry.provisional))
        elif printed:
            found.append(dict(name=printed, href="", provisional=False))
    return found


def _neighbour(pages: Pages, page: str, doc_id: str | None) -> dict | None:
    if doc_id is None:
        return None
    doc = pages.site.by_id[doc_id]
    return dict(href=pages.href(page, urls.document(doc_id)), title=doc.title,
                date=long_span(doc.date, doc.date_end))


def _metas(doc: DocumentRecord, pages: Pages) -> list[dict]:
    """Highwire Press / Zotero and Dublin Core metadata of the document."""
    edition, url = pages.settings.edition, document_url(doc, pages.settings.edition)
    day = calendar_date(doc.date).replace("-", "/")
    pairs = [("citation_title", doc.title), ("citation_date", day),
             ("citation_online_date", pages.settings.build_date.replace("-", "/")),
             ("citation_publisher", edition.publisher),
             ("citation_public_url", url), ("citation_abstract_html_url", url),
             ("citation_language", doc.language), ("citation_series_title", edition.title),
             ("citation_technical_report_number", doc.record_id),
             ("citation_keywords",
              "; ".join(x for x in (doc.document_type, doc.classification) if x)),
             ("DC.title", doc.title), ("DC.date", doc.date), ("DC.type", doc.document_type),
             ("DC.language", doc.language),
             ("DC.publisher", edition.publisher), ("DC.contributor", doc.translator),
             ("DC.source", doc.source), ("DC.identifier", url),
             ("DC.relation.isPartOf", edition.title), ("description", doc.summary)]
    pairs += [("citation_author", inverted(*author)) for author in doc.authors]
    pairs += [("DC.creator", name) for name, _ in doc.authors]
    pairs += [("citation_editor", name) for name in edition.editors]
    return [dict(name=name, content=value) for name, value in pairs if value]


UNDATED_SORT_KEY = "9999"
"""The search's sort key of a document without a date: after every date, as in the chronology
(`edition.collect`). Every page needs one: Pagefind, sorting, leaves out a page without the key
(CloudCannon/pagefind#259), so an undated document was never found."""


def _search_fields(doc: DocumentRecord, pages: Pages) -> list[dict]:
    """Pagefind's title and date (its results show both: titles repeat), filters (type, year,
    person) and sort key (see `edition.search`)."""
    people = sorted({pages.site.entry_by_id[p].name for p in _persons_of(doc, pages)})
    fields = [("data-pagefind-meta", "title", doc.title),
              ("data-pagefind-meta", "date", long_span(doc.date, doc.date_end) if doc.date else ""),
              ("data-pagefind-filter", "type", doc.document_type),
              ("data-pagefind-filter", "year", doc.date[:4]),
              ("data-pagefind-sort", "date", doc.date or UNDATED_SORT_KEY)]
    fields += [("data-pagefind-filter", "person", name) for name in people]
    return [dict(attribute=a, key=k, value=v) for a, k, v in fields if v]


def _named(pages: Pages, page: str, doc: DocumentRecord) -> list[dict]:
    """The register entries the text names or that speak, by kind, in the register's form and
    in the order of its index (persons by surname: `register_order`).

    The list is not indexed (it made every hit a second result, and a document it alone
    matched a hit without a line): its names are, hidden and of low weight, before the text
    (`search.names_html`), and the persons' the search's person filter (`_search_fields`).
    """
    ids = pages.mentioned_in(doc.id) | {s.entry_id for s in doc.speakers}
    entries = [pages.site.entry_by_id[i] for i in ids if i in pages.site.entry_by_id]
    groups = []
    for kind, heading in KIND_HEADINGS:
        named = sorted((e for e in entries if e.kind == kind), key=register_order)
        if named:
            groups.append(dict(heading=heading, entries=[
                dict(name=e.name, href=pages.href(page, urls.entry(kind, e.id)),
                     provisional=e.provisional) for e in named]))
    return groups


def named_on_page(doc: DocumentRecord, mentioned: Collection[str],
                  correspondents: bool = True) -> set[str]:
    """Ids of the register entries the page of `doc` names: those its text mentions (of
    `mentioned`), its speakers (turns and chart), its participants and, with `correspondents`,
    its senders and recipients (the metadata). The search filter by person leaves out the
    correspondents (`_persons_of`); the page's key holds the names of all those that are
    provisional (`output.provisional_names`)."""
    ids = set(mentioned) | {s.entry_id for s in doc.speakers} | set(doc.participants)
    if correspondents:
        ids.update(ident for ident, _ in doc.senders + doc.recipients if ident)
    return ids


def _persons_of(doc: DocumentRecord, pages: Pages) -> set[str]:
    """Ids of the persons who speak in, take part in or are mentioned by `doc`."""
    named = named_on_page(doc, pages.mentioned_in(doc.id), correspondents=False)
    return {p for p in named if p in pages.site.entry_by_id
            and pages.site.entry_by_id[p].kind == "person"}


SOURCE_STATEMENT = f"t:teiHeader/{SOURCE_NOTES}"
TITLE = "t:teiHeader/" + MAIN_TITLE
AUTHORS = "t:teiHeader/t:fileDesc/t:titleStmt/t:author"
TRANSLATOR_ENTRY = f"t:teiHeader/{TRANSLATOR_REF}"
TRANSLATED_FROM = f"t:teiHeader/{TRANSLATION_NOTE}"
"""The source statement, the title, the authors, the translator's register entry and the note
that the text is translated the page shows (see collect and ties)."""
TRANSLATED = re.compile(r"\btranslat(?:ed|ion)\b", re.IGNORECASE)
"""A source statement's word that the text is a translation ("Translated from the Russian.")."""


def _header_lang(element: etree._Element | None) -> str:
    """`lang` of a header text as the TEI declares it: '' for the page's English (or none)."""
    return foreign_tag(DECLARED_LANGUAGE(element)) if element is not None else ""


def _authors(root: etree._Element) -> list[dict]:
    """The authors the source names (DraCor's William Shakespeare), as printed, each in the
    language the TEI declares for it."""
    return [dict(name=bracketed_text(author), lang=_header_lang(author))
            for author in root.iterfind(AUTHORS, NS)]


def _translator(pages: Pages, page: str, root: etree._Element,
                doc: DocumentRecord) -> list[dict]:
    """The page's translator row, as `_parties`: the translator the TEI names (linked to the
    register's page where it has one); 'not stated' where it names none and the source
    statement says the text is translated, or the header keeps a line saying so (`Translated
    from Chinese`); else none, no row: an original, in English or in its own language (a
    Spanish letter in Spanish), has no translator."""
    refs = [str(ref) for ref in tei_xpath(TRANSLATOR_ENTRY)(root)]
    ref = entry_id(refs[0]) if refs else ""
    named = _parties(pages, page, ((ref, doc.translator),)) if doc.translator else []
    unstated = [dict(name="not stated", href="", provisional=False)] \
        if TRANSLATED.search(doc.source) or tei_xpath(TRANSLATED_FROM)(root) else []
    return named[:1] or unstated


def _source_anchor(statement: etree._Element | None, notes: Iterable[NoteMark]) -> str:
    """The id of the source statement when its source printed it as a numbered note (FRUS
    footnote 1: `fn1`, as the page's other printed notes), so that a reference to that note
    lands on it; '' when it has no number or a note of the text took that id."""
    n = statement.get("n", "") if statement is not None else ""
    anchor = printed_anchor(n) if PRINTED.fullmatch(n) else ""
    return "" if anchor in {mark.anchor for mark in notes} else anchor


def _details(pages: Pages, page: str, doc: DocumentRecord) -> dict:
    return dict(
        title=doc.title, date=doc.date,
        date_times=shown_dates(doc.date, doc.date_end, doc.date_inferred),
        source=doc.source,
        record_id=doc.record_id, classification=doc.classification,
        summary=doc.summary, doc_type=doc.document_type,
        turns=counted(doc.turns, "turn", "turns"),
        text_lang=foreign_tag(doc.language),
        page_lang=EDITION_LANGUAGE,
        senders=_parties(pages, page, doc.senders),
        recipients=_parties(pages, page, doc.recipients),
        participants=_parties(pages, page, tuple((ident, "") for ident in doc.participants)
                              + tuple(("", name) for name in doc.listed_names)),
        line_count=len(doc.lines),
        first_line=doc.lines[0] if doc.lines else "1",
        last_line=doc.lines[min(3, len(doc.lines) - 1)] if doc.lines else "1")


def _speakers(pages: Pages, doc: DocumentRecord) -> list[tuple[str, SpeakerStat]]:
    """(name, numbers) of each speaker of the document, and of its unidentified speakers
    together: the chart's bars add up to the turns the page says it has."""
    named = [(pages.site.name_of(stat.entry_id), stat) for stat in doc.speakers]
    unnamed = [(UNIDENTIFIED_SPEAKERS, doc.unidentified)] if doc.unidentified else []
    return named + unnamed


def write_document(pages: Pages, doc_id: str, root: etree._Element) -> None:
    doc = pages.site.by_id[doc_id]
    page = urls.document(doc_id)
    settings = pages.settings
    parties = party_names(doc, pages.site)
    line_citation = cite.line_citer(doc, settings.edition, settings.build_date, parties)
    ctx = Context(page, pages.site, settings.edition, settings.build_date, doc, line_citation)
    text, footnotes = render_text(root, ctx)
    statement = root.find(SOURCE_STATEMENT, NS)
    details = dict(_details(pages, page, doc), authors=_authors(root),
                   translator=_translator(pages, page, root, doc),
                   source_lang=_header_lang(statement),
                   title_lang=_header_lang(root.find(TITLE, NS)),
                   source_anchor=_source_anchor(statement, ctx.notes.values()))
    licence = render_fragment(root.iterfind(".//{*}publicationStmt/{*}availability"),
                              Context(page, pages.site, settings.edition, settings.build_date))
    citations = cite.citations(doc, settings.edition, settings.build_date, parties)
    range_citation = line_citation(RANGE_SLOT.format("lines"), "lines ",
                                   "#" + RANGE_SLOT.format("fragment"))
    named = _named(pages, page, doc)
    pages.write(
        page, "document.html", doc.title, urls.HOME,
        doc=details, text=text, footnotes=footnotes, licence=licence,
        named=named, search_names=Markup(search.names_html(
            entry["name"] for group in named for entry in group["entries"])),
        chart=speaker_chart(_speakers(pages, doc), "speakers-chart"),
        citations=citations, range_citation=range_citation,
        links=dict(tei=pages.href(page, urls.tei(doc_id)),
                   xml=pages.href(page, urls.document_xml(doc_id))),
        prev=_neighbour(pages, page, doc.prev), next=_neighbour(pages, page, doc.next),
        metas=_metas(doc, pages), search_fields=_search_fields(doc, pages),
        highlight_script=Markup(search.HIGHLIGHT_SCRIPT_HTML),
        head_links=[dict(rel="cite-as", href=citations.url, type=""),
                    dict(rel="alternate", href=pages.href(page, urls.tei(doc_id)),
                         type="application/tei+xml")])


def write_source(pages: Pages, doc_id: str, root: etree._Element) -> None:
    """The TEI as published, highlighted: what `tei/<id>.xml` contains."""
    doc = pages.site.by_id[doc_id]
    page = urls.document_xml(doc_id)
    xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8").decode("utf-8")
    pages.write(page, "xml.html", f"TEI source: {doc.title}", urls.HOME,
                doc=dict(title=doc.title), source=highlighted_xml(xml),
                links=dict(document=pages.href(page, urls.document(doc_id)),
                           tei=pages.href(page, urls.tei(doc_id))))
