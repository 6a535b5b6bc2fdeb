"""A document's TEI header -> the register entries it names, each with its roles (translator ...)."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from .namespaces import tei_xpath
from .records import Tie
from .registers import Registers

SOURCE_NOTES = "t:fileDesc/t:sourceDesc/t:bibl/t:note[@type='source']"
"""The source statements of a teiHeader: the page shows the first; citations read them all;
the entries they name are the document's (`ROLES`)."""
TRANSLATOR = "t:fileDesc/t:titleStmt/t:respStmt[@xml:id='translator']"
"""The translator's statement of a teiHeader (`resp`, then the name)."""
TRANSLATOR_REF = TRANSLATOR + "/t:persName/@ref"
"""The register entry of the translator, from a teiHeader (a person; the editors of the source
edition are a `name` pointing at their own statement, `#ed`, no entry)."""
TRANSLATION_NOTE = "t:fileDesc/t:sourceDesc/t:bibl/t:note[@type='field'][@n='Translation']"
"""The line above a text saying what language it is translated from, kept in a teiHeader's
source description (`readers.common.TRANSLATION_FIELD`): `Translated from Chinese`."""
PARTICIPANTS = "t:profileDesc/t:particDesc//t:person/@sameAs"
"""The register entries of the persons taking part, from a teiHeader."""
LISTED_NAMES = "t:profileDesc/t:particDesc//t:person[not(@sameAs)]/t:persName"
"""The persons a list of who was there names whom no register holds: their names as printed."""
CORRESPONDENTS = "t:profileDesc/t:correspDesc/t:correspAction[@type='{}']"
"""A teiHeader's sending (`sent`) or receiving (`received`) correspondents: `.format(action)`."""
PARTIES = CORRESPONDENTS + "/*[not(self::t:date) and not(self::t:placeName)]"
"""The correspondents themselves, not the day or the place a letter was sent on or from."""


@dataclass(frozen=True)
class Role:
    """What a header says of the entries it points at from `path` (pointers, from teiHeader):
    `code` as the site model keeps it, `label` as an entry's page shows it."""

    code: str
    label: str
    path: str


ROLES = (
    Role("translator", "translator", TRANSLATOR_REF),
    Role("sender", "sender", PARTIES.format("sent") + "//@ref"),
    Role("recipient", "recipient", PARTIES.format("received") + "//@ref"),
    Role("participant", "participant", PARTICIPANTS),
    Role("source-note", "named in the source note", SOURCE_NOTES + "//@ref"),
    Role("archive-field", "named in the archive's description",
         "t:fileDesc/t:sourceDesc//t:note[@type='field']//@ref"),
    Role("rights", "named in the rights statement", "t:fileDesc/t:publicationStmt//@ref"),
    Role("header", "named in the document's description", ".//@ref | .//@sameAs"),
)
"""The roles in the order a page lists them; the last takes every pointer no other role took."""
LABELS = {role.code: role.label for role in ROLES}


def header_ties(doc_id: str, header: etree._Element | None,
                registers: Registers) -> tuple[Tie, ...]:
    """Each register entry the header of document `doc_id` points at, with its roles (in
    `ROLES` order, each once), in the order of the roles that first name them."""
    roles: dict[str, list[str]] = {}
    taken: set[etree._Element] = set()
    for role in ROLES if header is not None else ():
        for pointer in tei_xpath(role.path)(header):
            owner = pointer.getparent()
            entry = registers.get(str(pointer))
            if owner in taken or entry is None:
                continue
            taken.add(owner)
            found = roles.setdefault(entry.id, [])
            if role.code not in found:
                found.append(role.code)
    return tuple(Tie(ident, doc_id, tuple(codes)) for ident, codes in roles.items())
