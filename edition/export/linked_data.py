"""The registers as linked data: JSON-LD with schema.org types and the entries' authority URIs.

    {"@id": "{base}persons/mikoyan-anastas.html", "@type": "Person",
     "identifier": "{base}tei/persons.xml#mikoyan-anastas",
     "name": "Anastas Ivanovich Mikoyan", "sameAs": ["https://www.wikidata.org/wiki/Q…"]}

`sameAs` lists only what the register's `idno type="wikidata|viaf|geonames"` say. An entry no
document names has no page (`SiteModel.named`): its `@id` is its `identifier`, the entry in the
published TEI register, which resolves, where its page's URL would be a dead link.
"""

from __future__ import annotations

from typing import Collection

from ..config import Settings
from ..registers import Entry, Registers
from ..render import urls
from ..write import site_json

SCHEMA_TYPES = {"person": "Person", "place": "Place", "org": "Organization"}
CONTEXT = "https://schema.org/"


def entry_node(entry: Entry, base_url: str, named: bool) -> dict:
    """One register entry as a schema.org node, `@id` its page if it is `named` (has one), else
    its TEI URI; empty fields are left out."""
    identifier = tei_uri(entry, base_url)
    page = urls.absolute(base_url, urls.entry(entry.kind, entry.id)) if named else identifier
    node = {"@id": page, "@type": SCHEMA_TYPES[entry.kind], "identifier": identifier,
            "name": entry.name}
    alternates = [v for v in entry.variants if v != entry.name]
    if alternates:
        node["alternateName"] = alternates
    if entry.role:
        node["jobTitle"] = entry.role
    if entry.birth:
        node["birthDate"] = entry.birth
    if entry.death:
        node["deathDate"] = entry.death
    if entry.provisional:
        node["description"] = "Provisional entry, not yet identified by the editors."
    if entry.authorities:
        node["sameAs"] = [uri for _, uri in entry.authorities]
    return node


def tei_uri(entry: Entry, base_url: str) -> str:
    """The entry in the published register, as the TEI points at it and the DTS names the
    creators of documents: `{base}tei/persons.xml#mikoyan-anastas`."""
    return urls.absolute(base_url, f"{urls.register_tei(entry.kind)}#{entry.id}")


def registers_jsonld(registers: Registers, named: Collection[str], settings: Settings) -> dict:
    """Every entry of the three registers, persons first, each in register order; `named`: the
    ids of those that have a page."""
    base = settings.edition.base_url
    return {"@context": CONTEXT,
            "@graph": [entry_node(entry, base, entry.id in named) for kind in SCHEMA_TYPES
                       for entry in registers.entries(kind)]}


def registers_jsonld_bytes(registers: Registers, named: Collection[str],
                           settings: Settings) -> bytes:
    return site_json(registers_jsonld(registers, named, settings)).encode("utf-8")
