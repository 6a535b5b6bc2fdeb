"""Distributed Text Services 1.0 (https://dtsapi.org/versions/v1.0/) as static files (Level 0).

Every DTS response the edition can give is written at build time under `dts/`, so any static
host serves the API. The URI templates name path segments instead of query parameters
(RFC 6570 `{var}` and `{/var}`), exactly as the files are laid out:

  dts/index.json                             the entry point
  dts/collection{/id,nav}.json               dts/collection.json (the edition, as `?` alone),
                                             dts/collection/{id}.json, .../{id}/children.json,
                                             .../{id}/parents.json; id = "edition" or a document
  dts/navigation/{resource}.json             the whole citation tree (= `down=-1`)
  dts/document/{resource}{/ref}.xml          the whole TEI, or one cited line wrapped in dts:wrapper

The tree has one level, so the Navigation response of one unit (`ref`) would repeat what the
tree says of it, in a file per line (creating files is most of the cost of the export): the
navigation template has no `{/ref}`, and a client takes the unit from the tree.

The citation tree is the document's `refsDecl/citeStructure` (one level, `line`): each element of
the body with `@n` is a CitableUnit whose identifier is its `@n`. A line spoken inside `sp` carries
its speaker (`dublinCore.creator` = the register entry, `extensions.speaker` = the label printed);
a line with `@resp` (an editorial note) carries that as its creator instead.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote, urljoin

from lxml import etree

from .breaks import spaced_text
from .collect import MAIN_TITLE
from .config import Settings
from .dts_documents import write_documents
from .namespaces import NS, T, TEI_NS, XML_ID, XML_LANG, tei_xpath
from .tei.citation import MATCH, UNIT, citable_lines
from .tei.reading import bracketed_text
from .ties import PARTIES, SOURCE_NOTES
from .write import SiteWriter, site_json

DTS_VERSION = "1.0"
CONTEXT = "https://dtsapi.org/context/v1.0.json"
"""The namespace of `<dts:wrapper>` as DTS 1.0 (Document Endpoint) writes it."""
ROOT_ID = "edition"
"""The identifier of the collection that holds every document of the edition."""
DCMI_TEXT = "http://purl.org/dc/dcmitype/Text"
DCMI_COLLECTION = "http://purl.org/dc/dcmitype/Collection"
SPEAKER_CONTEXT = {"speaker": f"{TEI_NS}/speaker"}
UNSPOKEN = {T + tag for tag in ("note", "stage")}


@dataclass(frozen=True)
class Layout:
    """Where every DTS file lies (relative to the site) and its URL (below `base`)."""

    base: str

    @classmethod
    def of(cls, settings: Settings) -> "Layout":
        return cls(settings.edition.base_url.rstrip("/") + "/")

    def url(self, path: str) -> str:
        return self.base + path

    @staticmethod
    def entry() -> str:
        return "dts/index.json"

    @staticmethod
    def collection(coll_id: str | None = None, nav: str | None = None) -> str:
        return "dts/collection" + "".join(f"/{part}" for part in (coll_id, nav) if part) + ".json"

    @staticmethod
    def navigation(resource: str) -> str:
        return f"dts/navigation/{resource}.json"

    @staticmethod
    def document(resource: str, ref: str | None = None) -> str:
        return f"dts/document/{resource}" + (f"/{ref}" if ref else "") + ".xml"

    def templates(self, resource: str | None = None) -> dict[str, str]:
        """The RFC 6570 templates of the three endpoints; for one resource, with it filled in."""
        if resource is None:
            return {"collection": self.url("dts/collection{/id,nav}.json"),
                    "navigation": self.url("dts/navigation/{resource}.json"),
                    "document": self.url("dts/document/{resource}{/ref}.xml")}
        filled = quote(resource, safe="")
        return {"collection": self.url(f"dts/collection/{filled}{{/nav}}.json"),
                "navigation": self.url(f"dts/navigation/{filled}.json"),
                "document": self.url(f"dts/document/{filled}{{/ref}}.xml")}


@dataclass(frozen=True)
class Line:
    """One citable unit: its `@n` and the TEI element it cites."""

    ref: str
    element: etree._Element


@dataclass(frozen=True)
class Resource:
    """What DTS says about one document: its metadata object and its citable lines."""

    id: str
    tei: etree._Element
    tei_url: str
    title: str
    lang: str
    description: str
    dublin_core: dict
    cite_type: str | None
    lines: tuple[Line, ...]


def write_resource(doc_id: str, tei: etree._Element, layout: Layout,
                   writer: SiteWriter) -> dict:
    """Every file of one document (its collection, navigation and document responses, but
    `parents`, which needs the whole edition); its Resource object, for `write_dts_index`."""
    resource = describe_resource(doc_id, tei, layout)
    about = resource_object(resource, layout)
    top = {"@context": CONTEXT, "dtsVersion": DTS_VERSION, **about}
    write_json(writer, layout.collection(resource.id), top)
    write_json(writer, layout.collection(resource.id, "children"), top)
    write_navigation(resource, about, layout, writer)
    write_documents(resource, layout, writer)
    return {**about, "language": resource.lang}


def write_dts_index(resources: list[dict], settings: Settings, writer: SiteWriter,
                    taken_over: Callable[[str, str], bool] = lambda doc_id, path: False) -> None:
    """The entry point, the edition collection and each document's `parents`, from the Resource
    objects `write_resource` returned (in the order of the edition). `taken_over(doc_id, path)`
    says whether a document's `parents` (at `path`) was taken from the previous site instead
    (see `parents_key`)."""
    layout = Layout.of(settings)
    write_json(writer, layout.entry(), entry_point(layout))
    children = [{k: v for k, v in resource.items() if k != "language"} for resource in resources]
    root = edition_collection([r["language"] for r in resources], settings, layout)
    whole = site_json({**root, "member": children}, indent=None).encode("utf-8")
    for path in (layout.collection(), layout.collection(ROOT_ID),
                 layout.collection(ROOT_ID, "children")):  # one response, three addresses
        writer.write_bytes(path, whole)
    write_json(writer, layout.collection(ROOT_ID, "parents"), {**root, "member": []})
    parents = [summary(root)]
    for child in children:
        path = layout.collection(child["@id"], "parents")
        if not taken_over(child["@id"], path):
            write_json(writer, path, {"@context": CONTEXT, "dtsVersion": DTS_VERSION, **child,
                                      "member": parents})


def parents_key(resources: list[dict], settings: Settings) -> str:
    """What a document's `parents` holds besides its own Resource (made from its TEI): the
    edition collection, as a string to compare with a previous build's."""
    root = edition_collection([r["language"] for r in resources], settings, Layout.of(settings))
    return json.dumps(summary(root), sort_keys=True)


def dts_files(doc_id: str, refs: list[str]) -> list[str]:
    """The site paths `write_resource` writes for a document whose lines are `refs`."""
    return [Layout.collection(doc_id), Layout.collection(doc_id, "children"),
            Layout.navigation(doc_id), Layout.document(doc_id),
            *(Layout.document(doc_id, ref) for ref in refs)]


def write_json(writer: SiteWriter, path: str, data: dict) -> None:
    """One response, compact: json's C encoder only runs without indentation (ten times
    faster), and a document's navigation lists every line."""
    writer.write_text(path, site_json(data, indent=None))


def response(type_: str, id_: str) -> dict:
    """The members every top-level DTS response starts with."""
    return {"@context": CONTEXT, "dtsVersion": DTS_VERSION, "@id": id_, "@type": type_}


def entry_point(layout: Layout) -> dict:
    return {**response("EntryPoint", layout.url(layout.entry())), **layout.templates()}


# --- Collection endpoint -------------------------------------------------------------------------

def edition_collection(languages: list[str], settings: Settings, layout: Layout) -> dict:
    edition = settings.edition
    count = len(languages)
    languages = sorted({lang for lang in languages if lang})
    dublin_core = {"publisher": [edition.publisher], "date": settings.build_date,
                   "type": [DCMI_COLLECTION], "identifier": [layout.base],
                   "language": languages}
    return {**response("Collection", ROOT_ID), "title": edition.title, "totalParents": 0,
            "totalChildren": count, "dublinCore": dublin_core,
            "collection": layout.url("dts/collection/" + quote(ROOT_ID, safe="") + "{/nav}.json")}


def summary(collection: dict) -> dict:
    """A collection as a member of another response: no context, version or members."""
    return {key: value for key, value in collection.items()
            if key not in ("@context", "dtsVersion", "member")}


def resource_object(resource: Resource, layout: Layout) -> dict:
    """The Resource of a document, as the Collection and Navigation endpoints give it."""
    data = {"@id": resource.id, "@type": "Resource", "title": resource.title}
    if resource.description:
        data["description"] = resource.description
    data.update({"totalParents": 1, "totalChildren": 0, "dublinCore": resource.dublin_core,
                 **layout.templates(resource.id), "download": resource.tei_url,
                 "citationTrees": citation_trees(resource)})
    return data


def citation_trees(resource: Resource) -> list[dict]:
    if resource.cite_type is None:
        return []
    return [{"@type": "CitationTree",
             "citeStructure": [{"@type": "CiteStructure", "citeType": resource.cite_type}]}]


# --- Reading a document --------------------------------------------------------------------------

def describe_resource(doc_id: str, tei: etree._Element, layout: Layout) -> Resource:
    """The Dublin Core metadata and citable lines of one published TEI document."""
    tei_url = layout.url(f"tei/{quote(doc_id)}.xml")
    title = bracketed_text(tei.find(f"t:teiHeader/{MAIN_TITLE}", NS)) or doc_id
    lang = (tei_xpath("string(t:teiHeader/t:profileDesc/t:langUsage/t:language[1]/@ident)")(tei)
            or tei.get(XML_LANG) or "")
    description = first_text(tei, "t:teiHeader/t:profileDesc/t:abstract")
    cite_type = declared_cite_type(tei)
    lines = tuple(Line(n, element) for n, element in citable_lines(tei)) if cite_type else ()
    return Resource(doc_id, tei, tei_url, title, lang, description,
                    dublin_core(tei, doc_id, tei_url, title, lang, description), cite_type, lines)


def declared_cite_type(tei: etree._Element) -> str | None:
    """The unit of the document's citeStructure when it is the scheme of docs/encoding.md."""
    for cite in tei_xpath("t:teiHeader/t:encodingDesc/t:refsDecl/t:citeStructure")(tei):
        if cite.get("match") == MATCH and cite.get("use") == "@n":
            return cite.get("unit") or UNIT
    return None


def dublin_core(tei: etree._Element, doc_id: str, tei_url: str, title: str, lang: str,
                description: str) -> dict:
    """Title, date, type, publisher, language, source, identifier (and more when known)."""
    header = "t:teiHeader/t:fileDesc/"
    localized = (lambda text: [{"lang": lang, "value": text}] if lang else [text])  # noqa: E731
    data: dict = {"title": localized(title)}
    date = _source_date(tei_xpath(f"({header}t:sourceDesc//t:date)[1]")(tei))
    if date:
        data["date"] = date
    genres = texts(tei, "t:teiHeader/t:profileDesc/t:textClass/"
                        "t:keywords[@scheme='#document-type']/t:term")
    data["type"] = [DCMI_TEXT, *genres]
    data["publisher"] = texts(tei, f"{header}t:publicationStmt/t:publisher")
    data["language"] = [lang] if lang else []
    sources = texts(tei, "t:teiHeader/" + SOURCE_NOTES)
    if sources:
        data["source"] = sources
    data["identifier"] = unique([doc_id, *texts(tei, f"{header}t:publicationStmt/t:idno"),
                                 tei_url])
    creators = [urljoin(tei_url, ref) for ref in tei_xpath(
        "t:teiHeader/" + PARTIES.format("sent") + "/@ref")(tei)]
    if creators:
        data["creator"] = unique(creators)
    if description:
        data["description"] = localized(description)
    return data


def _source_date(found: list[etree._Element]) -> str:
    """The document's date as ISO 8601 gives it: a day or month (`@when`), or the span it is dated
    by (`@notBefore`/`@notAfter`, `@from`/`@to`: `1962-10-21/1962-10-31`, an interval)."""
    if not found:
        return ""
    date = found[0]
    start, end = date.get("notBefore") or date.get("from"), date.get("notAfter") or date.get("to")
    return date.get("when") or (f"{start}/{end}" if start and end else "")


def texts(tei: etree._Element, path: str) -> list[str]:
    """The text of each element at `path` that has any, whitespace normalized and a line break
    read as a space, as the source reads it."""
    return [text for text in (spaced_text(e) for e in tei_xpath(path)(tei)) if text]


def first_text(tei: etree._Element, *paths: str) -> str:
    for path in paths:
        found = texts(tei, path)
        if found:
            return found[0]
    return ""


def unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


# --- Navigation endpoint -------------------------------------------------------------------------

def write_navigation(resource: Resource, about: dict, layout: Layout,
                     writer: SiteWriter) -> None:
    """The whole tree (`down=-1`, one level: every line, with its speaker)."""
    path = layout.navigation(resource.id)
    attributions: AttributionCache = {}
    write_json(writer, path, {**response("Navigation", layout.url(path)), "resource": about,
                              "member": [citable_unit(line, resource, attributions)
                                         for line in resource.lines]})


AttributionCache = dict[etree._Element | str, tuple[list[str], str]]
"""A turn's creators and speaker label (see `attribution`), made once for all its lines; and
the creators of each @resp or @who (by its value), once a document: a speaker has many turns."""


def citable_unit(line: Line, resource: Resource, attributions: AttributionCache) -> dict:
    """`{"identifier": "5", "@type": "CitableUnit", "level": 1, "parent": null, ...}`."""
    unit: dict = {"identifier": line.ref, "@type": "CitableUnit", "level": 1, "parent": None,
                  "citeType": resource.cite_type}
    if line.element.get(XML_ID):
        unit["@id"] = f"{resource.tei_url}#{line.element.get(XML_ID)}"
    creators, label = attribution(line.element, resource.tei_url, attributions)
    if creators:
        unit["dublinCore"] = {"creator": creators}
    if label:
        unit["extensions"] = {"@context": SPEAKER_CONTEXT, "speaker": label}
    return unit


def attribution(element: etree._Element, tei_url: str,
                attributions: AttributionCache) -> tuple[list[str], str]:
    """Who is responsible for a line: its `@resp`, else the speaker of its `sp` (and the label),
    kept in `attributions` for the next line of the turn or with the @resp.

    Notes and stage lines inside a turn are not the speaker's words, so they get no speaker.
    """
    resp = element.get("resp")
    if resp:   # an editors' note's `#ed`, the same on every note
        return _creators(resp, tei_url, attributions), ""
    turn = next(iter(element.iterancestors(T + "sp")), None)
    if turn is None or element.tag in UNSPOKEN:
        return [], ""
    if turn not in attributions:
        attributions[turn] = (_creators(turn.get("who") or "", tei_url, attributions),
                              first_text(turn, "t:speaker"))
    return attributions[turn]


def _creators(pointers: str, tei_url: str, attributions: AttributionCache) -> list[str]:
    """The web addresses of the pointers of a @resp or @who, resolved against the document's
    once for each value (`urljoin` takes longer than the rest of a line's unit)."""
    if pointers not in attributions:
        attributions[pointers] = ([urljoin(tei_url, ref) for ref in pointers.split()], "")
    return attributions[pointers][0]
