"""The edition's letters and telegrams in CMIF, the Correspondence Metadata Interchange Format.

One `correspDesc` per letter, as correspSearch harvests it ("as many correspDesc elements as
the provider has letters", CMIF's documentation): a document's whose TEI header has one, or,
where the document holds several letters, each a part with its own signer (`Telegram No. 1` /
`Telegram No. 2`), one per part, `@ref` the part's place on the page (`letter_parts.letters`):

    <correspDesc ref="{base}documents/{id}.html" source="#edition">
      <correspAction type="sent"><persName ref="{authority or register page}">…</persName>
        <date when="1962-11-19"/></correspAction>
      <correspAction type="received"><orgName ref="…">…</orgName></correspAction>
    </correspDesc>

CMIF wants authority URIs in `@ref`. Where a register entry has none (identifiers are never
invented), its page on the edition's website stands in, and the file's `notesStmt` says so.
"""

from __future__ import annotations

from lxml import etree

from ..breaks import spaced_text
from ..config import Settings
from ..namespaces import NS, T, TEI_NS, XML_ID, XML_LANG
from ..registers import Entry, Registers
from ..render import urls
from ..tei.xml import element as _sub

BIBL_ID = "edition"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
PREFERRED = {"person": ("viaf", "wikidata"), "org": ("viaf", "wikidata"),
             "place": ("geonames", "wikidata")}
"""Which authority a register kind's `@ref` takes first (CMIF asks for VIAF/GND and GeoNames)."""
PARTIES = {T + "persName", T + "orgName", T + "placeName", T + "name"}
"""Correspondents in a TEI header; a `name` (printed, in no register) becomes a CMIF persName."""
DATE_ATTRIBUTES = ("when", "from", "to", "notBefore", "notAfter")



def authority_uri(entry: Entry) -> str:
    """The entry's preferred authority URI, or '' when the register gives none."""
    uris = dict(entry.authorities)
    return next((uris[kind] for kind in PREFERRED[entry.kind] if kind in uris), "")


class _Refs:
    """Register refs -> the URI CMIF gets, counting the entries that had no authority URI."""

    def __init__(self, registers: Registers, base_url: str) -> None:
        self.registers, self.base_url = registers, base_url
        self.local: set[str] = set()

    def uri(self, ref: str) -> str:
        entry = self.registers.get(ref)
        if entry is None:
            return ""
        found = authority_uri(entry)
        if not found:
            self.local.add(entry.id)
            found = urls.absolute(self.base_url, urls.entry(entry.kind, entry.id))
        return found


def _action(parent: etree._Element, action: etree._Element, refs: _Refs) -> None:
    made = _sub(parent, "correspAction", type=action.get("type", ""))
    for child in action:
        if child.tag in PARTIES:
            name = spaced_text(child) or "Unknown"
            uri = refs.uri(child.get("ref", ""))
            tag = "persName" if child.tag == T + "name" else etree.QName(child).localname
            _sub(made, tag, name, **({"ref": uri} if uri else {}))
        elif child.tag == T + "date":
            dated = {a: child.get(a) for a in DATE_ATTRIBUTES if child.get(a)}
            if dated:
                _sub(made, "date", **dated)
    if not any(c.tag in PARTIES - {T + "placeName"} for c in made):  # an unknown: "Unknown"
        made.insert(0, etree.Element(T + "persName"))
        made[0].text = "Unknown"


def correspondence(root: etree._Element) -> etree._Element | None:
    """The correspDesc of one document's TEI header, if it has one."""
    return root.find(f"{T}teiHeader/{T}profileDesc/{T}correspDesc")


def _header(settings: Settings, count: int) -> tuple[etree._Element, etree._Element]:
    """The CMIF teiHeader and its profileDesc, to be filled with correspDesc."""
    edition = settings.edition
    tei = etree.Element(T + "TEI", nsmap={None: TEI_NS})
    tei.set(XML_LANG, "en")
    header = _sub(tei, "teiHeader")
    file_desc = _sub(header, "fileDesc")
    title_stmt = _sub(file_desc, "titleStmt")
    _sub(title_stmt, "title", f"{edition.title}: index of correspondence ({count} "
         f"item{'s' if count != 1 else ''})")
    _sub(title_stmt, "editor", edition.publisher)
    publication = _sub(file_desc, "publicationStmt")
    _sub(_sub(publication, "publisher"), "ref", edition.publisher, target=edition.base_url)
    _sub(publication, "idno", urls.absolute(edition.base_url, "downloads/cmif.xml"), type="url")
    _sub(publication, "date", when=f"{settings.build_date}T00:00:00Z")
    _sub(_sub(publication, "availability"), "licence",
         "This file is licensed under the terms of the Creative Commons License CC-BY 4.0",
         target=LICENCE_URL)
    notes = _sub(file_desc, "notesStmt")
    bibl = _sub(_sub(file_desc, "sourceDesc"), "bibl", type="online")
    bibl.set(XML_ID, BIBL_ID)
    _sub(bibl, "title", edition.title)
    _sub(bibl, "publisher", edition.publisher)
    _sub(bibl, "edition", f"Version {edition.version}")
    _sub(bibl, "ref", edition.base_url, target=edition.base_url)
    return tei, notes


def cmif(found: list[tuple[str, etree._Element]], registers: Registers,
         settings: Settings) -> etree._Element:
    """The CMIF TEI document of `found`: (document id, its correspDesc) by id."""
    tei, notes = _header(settings, len(found))
    profile = _sub(tei.find(T + "teiHeader"), "profileDesc")
    refs = _Refs(registers, settings.edition.base_url)
    for doc_id, desc in found:
        page = urls.absolute(settings.edition.base_url, urls.document(doc_id))
        made = _sub(profile, "correspDesc", source=f"#{BIBL_ID}",
                    ref=page + desc.get("corresp", ""))   # a letter of several: `#L6`
        for action in desc.iterfind("t:correspAction", NS):
            _action(made, action, refs)
    _sub(notes, "note", "CMIF asks for authority identifiers (VIAF, GND, GeoNames) in @ref. "
         f"{len(refs.local)} of the persons, organizations and places named here have none in "
         "the edition's registers; they are identified by the URL of their page on the "
         "edition's website instead." if refs.local else
         "Every person, organization and place named here has an authority identifier.")
    _sub(_sub(_sub(tei, "text"), "body"), "p")
    etree.indent(tei, space="  ")
    return tei
