"""Foreign person ids (`sp/@who`, `u/@who`, `persName/@corresp`) -> provisional register persons.

A foreign document points at persons with ids of its own (`#HenryV_H5`, `#p_KHA1`), not at
our register. Each id becomes a provisional person of the register (an info, never an error),
named, in order of preference, by:
  1. the foreign `particDesc`/`listPerson` entry (`person/persName`, `personGrp/name`);
  2. the longest form printed in a `persName` with that id (`Henry A. Kissinger` over `K`);
  3. for an initial used as a speaker label (`K`), the one person named in the heading whose
     name starts with it (`Kissinger` in "... Between Rogers and ... (Kissinger)");
  4. the label as printed;
  5. the id, spelled out (`#StephenKinnock` -> `Stephen Kinnock`).
Names depend on this document only, never on which documents were read before (documents
are encoded by parallel workers): the same name in two documents is one register entry
(`Registers.add_provisional_person` keeps one per name), but `Kissinger` in one and
`Henry A. Kissinger` in another are two, until an editor adds the person to the register.
"""

from __future__ import annotations

import re

from lxml import etree

from ..diagnostics import Location, Reporter
from ..registers import Entry, Registers
from .parse import TEI_NS

T = f"{{{TEI_NS}}}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
REGISTER_PREFIX = "persons.xml#"


def _clean(text: str) -> str:
    return " ".join(text.split())


def foreign_ids(value: str | None) -> list[str]:
    """`"#a #b"` -> `["a", "b"]`; `"file.xml#a"` -> `["a"]` (the fragment names the person)."""
    return [token.rpartition("#")[2] for token in (value or "").split() if token.rpartition("#")[2]]


def person_pointer(element: etree._Element) -> str:
    """The pointer of a foreign `persName`/`name`: @corresp, else @ref, else @key."""
    return element.get("corresp") or element.get("ref") or element.get("key") or ""


class ForeignPeople:
    """The persons of one foreign document and the register entries made for them."""

    def __init__(self, root: etree._Element, registers: Registers, shown: str) -> None:
        self.registers, self.shown = registers, shown
        self.listed = _listed_names(root)
        self.printed = _printed_names(root)
        self.heading = _heading_names(root)
        self.made: dict[str, Entry] = {}

    def ref(self, foreign_id: str, label: str = "") -> str:
        """`persons.xml#prov-...` for a foreign id (created on first use)."""
        if foreign_id in self.made:
            return self.made[foreign_id].ref
        entry = self.registers.add_provisional_person(self._name(foreign_id, label))
        self.made[foreign_id] = entry
        return entry.ref

    def refs(self, pointer: str | None, label: str = "") -> str:
        """Register refs for a pointer attribute: our own `persons.xml#x` kept when it exists."""
        out = []
        for token in (pointer or "").split():
            if token.startswith(REGISTER_PREFIX) and self.registers.get(token):
                out.append(token)
            elif foreign_ids(token):
                out.append(self.ref(foreign_ids(token)[0], label))
        return " ".join(dict.fromkeys(out))

    def speaker_ref(self, pointer: str | None, label: str) -> str:
        """The `sp/@who` of a turn; a turn without a pointer is attributed by its label."""
        return self.refs(pointer, label) or self.ref("label:" + label, label)

    def name_of(self, refs: str) -> str:
        """The register name of the first of `refs` (a label for a turn printed without one)."""
        entry = self.registers.get(refs.split()[0]) if refs.split() else None
        return entry.name if entry else "unknown speaker"

    def _name(self, foreign_id: str, label: str) -> str:
        if foreign_id in self.listed:
            return self.listed[foreign_id]
        if foreign_id in self.printed:
            return self.printed[foreign_id]
        initial = _clean(label).rstrip(".:")
        if len(initial) == 1 and initial.isalpha():
            fits = {n for n in self.heading if n[:1].upper() == initial.upper()}
            if len(fits) == 1:
                return fits.pop()
        return _clean(label) or spelled_id(foreign_id.removeprefix("label:"))

    def report(self, reporter: Reporter) -> None:
        """One info: which foreign ids became which provisional persons."""
        if not self.made:
            return
        pairs = ", ".join(f"#{fid.removeprefix('label:')} -> {entry.id}"
                          for fid, entry in sorted(self.made.items()))
        reporter.info(Location(self.shown), f"{len(self.made)} person id(s) of the foreign "
                      f"document mapped to provisional register persons: {pairs}",
                      "foreign-person-provisional")


def spelled_id(foreign_id: str) -> str:
    """`StephenKinnock` -> `Stephen Kinnock`: a readable name for an id without an entry."""
    return " ".join(CAMEL.sub(" ", foreign_id).replace("_", " ").split()) or "unknown speaker"


def _listed_names(root: etree._Element) -> dict[str, str]:
    """xml:id -> name of every person and group of the header's lists of persons."""
    names: dict[str, str] = {}
    header = root.find(T + "teiHeader")
    if header is None:
        return names
    for tag in ("person", "personGrp"):
        for person in header.iter(T + tag):
            ident = person.get(XML_ID)
            name = person.find(T + "persName")
            if name is None:
                name = person.find(T + "name")
            if ident and name is not None and _clean("".join(name.itertext())):
                names[ident] = _clean("".join(name.itertext()))
    return names


def _printed_names(root: etree._Element) -> dict[str, str]:
    """foreign id -> the longest form printed in the text for it (longest wins, then first)."""
    names: dict[str, str] = {}
    text = root.find(T + "text")
    for element in text.iter(T + "persName") if text is not None else ():
        form = _clean("".join(element.itertext()))
        for ident in foreign_ids(person_pointer(element)):
            if form and len(form) > len(names.get(ident, "")):
                names[ident] = form
    return names


def _heading_names(root: etree._Element) -> set[str]:
    """Names of persons printed in the headings of the text (notes left out)."""
    found: set[str] = set()
    for head in root.iter(T + "head"):
        for name in head.iter(T + "persName"):
            if not any(a.tag == T + "note" for a in name.iterancestors()):
                form = _clean("".join(name.itertext()))
                if form:
                    found.add(form)
    return found
