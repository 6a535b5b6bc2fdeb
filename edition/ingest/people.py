"""Foreign person ids (`sp/@who`, `u/@who`, `persName/@corresp`) -> provisional register persons.

A foreign document points at persons with ids of its own (`#HenryV_H5`, `#p_KHA1`), not at
our register. Each id becomes a provisional person of the register (an info, never an error),
one per id *and where it is defined* (`source_scope`): `#p_NRM1` of every document of FRUS
volume frus1969-76v12 is one person, `frus1969-76v12#p_NRM1`, kept on the entry
(`idno type="source"`), its id made from that alone (`prov-p-nrm1-...`). In a document it is
named, in order of preference, by:
  1. the foreign `particDesc`/`listPerson` entry (`person/persName`, `personGrp/name`);
  2. the longest form printed in a `persName` with that id (`Henry A. Kissinger` over `K`);
  3. for an initial used as a speaker label (`K`), the one person named in the heading whose
     name starts with it (`Kissinger` in "... Between Rogers and ... (Kissinger)"), who is
     that person, by their id when the heading gives one;
  4. the label as printed;
  5. the id, spelled out (`#StephenKinnock` -> `Stephen Kinnock`).
Names depend on this document only, never on which documents were read before (documents
are encoded by parallel workers); the names documents give one id are the entry's variants
(`Registers.add_source_person`). A turn without an id is a person of its label, as in a text
source (`Registers.add_provisional_person`).
"""

from __future__ import annotations


from lxml import etree

from ..breaks import spaced_text
from ..diagnostics import Location, Reporter
from ..namespaces import T, XML_ID
from ..name_forms import CAMEL
from ..registers import Entry, Registers

REGISTER_PREFIX = "persons.xml#"
LABEL = "label:"
"""Prefix of the stand-in id of a turn printed without a person id."""


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

    def __init__(self, root: etree._Element, registers: Registers, shown: str,
                 scope: str) -> None:
        self.registers, self.shown, self.scope = registers, shown, scope
        self.listed = _listed_names(root)
        self.printed = _printed_names(root)
        self.heading = _heading_names(root)
        self.made: dict[str, Entry] = {}
        self.names: dict[str, str] = {}
        """Register ref -> the name this document gives the person."""

    def ref(self, foreign_id: str, label: str = "") -> str:
        """`persons.xml#prov-...` for a foreign id (created on first use)."""
        if foreign_id not in self.made:
            self.made[foreign_id] = self._entry(foreign_id, label)
        return self.made[foreign_id].ref

    def _entry(self, foreign_id: str, label: str) -> Entry:
        named = self._heading_person(foreign_id, label)
        if named and named[1] and named[1] != foreign_id:   # `K` (`#t_K1`) -> `#p_KHA1`
            self.ref(named[1], label)
            return self.made[named[1]]
        name = named[0] if named else self._name(foreign_id, label)
        if foreign_id.startswith(LABEL):
            entry = self.registers.add_provisional_person(name)
        else:
            entry = self.registers.add_source_person(f"{self.scope}#{foreign_id}", name)
        self.names[entry.ref] = name
        return entry

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
        return self.refs(pointer, label) or self.ref(LABEL + label, label)

    def name_of(self, refs: str) -> str:
        """The name this document gives the first of `refs` (a label for a turn printed
        without one)."""
        first = refs.split()[0] if refs.split() else ""
        entry = self.registers.get(first) if first else None
        return self.names.get(first) or (entry.name if entry else "unknown speaker")

    def _heading_person(self, foreign_id: str, label: str) -> tuple[str, str] | None:
        """(name, foreign id or "") of the one heading person an unnamed initial stands for."""
        initial = _clean(label).rstrip(".:")
        if foreign_id in self.listed or foreign_id in self.printed or \
                len(initial) != 1 or not initial.isalpha():
            return None
        fits = {(n, i) for n, i in self.heading.items() if n[:1].upper() == initial.upper()}
        return fits.pop() if len(fits) == 1 else None

    def _name(self, foreign_id: str, label: str) -> str:
        if foreign_id in self.listed:
            return self.listed[foreign_id]
        if foreign_id in self.printed:
            return self.printed[foreign_id]
        return _clean(label) or spelled_id(foreign_id.removeprefix(LABEL))

    def report(self, reporter: Reporter) -> None:
        """One info: which foreign ids became which provisional persons."""
        if not self.made:
            return
        pairs = ", ".join(f"#{fid.removeprefix(LABEL)} -> {entry.id}"
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
            if ident and name is not None and spaced_text(name):
                names[ident] = spaced_text(name)
    return names


def _printed_names(root: etree._Element) -> dict[str, str]:
    """foreign id -> the longest form printed in the text for it (longest wins, then first)."""
    names: dict[str, str] = {}
    text = root.find(T + "text")
    for element in text.iter(T + "persName") if text is not None else ():
        form = spaced_text(element)
        for ident in foreign_ids(person_pointer(element)):
            if form and len(form) > len(names.get(ident, "")):
                names[ident] = form
    return names


def _heading_names(root: etree._Element) -> dict[str, str]:
    """Name -> foreign id ("" when none) of persons printed in the headings of the text (notes
    left out); a name printed with two ids, or with and without one, has none."""
    found: dict[str, set[str]] = {}
    text = root.find(T + "text")
    for head in text.iter(T + "head") if text is not None else ():
        for name in head.iter(T + "persName"):
            if not any(a.tag == T + "note" for a in name.iterancestors()):
                form = spaced_text(name)
                if form:
                    found.setdefault(form, set()).add(next(iter(
                        foreign_ids(person_pointer(name))), ""))
    return {form: ids.pop() if len(ids) == 1 else "" for form, ids in found.items()}


def source_scope(root: etree._Element, doc_id: str, volume: str) -> str:
    """Where the person ids of a foreign document are defined, so that one id is one person
    in every document of it: the FRUS volume `volume` (`frus1969-76v12`, `refs.volume_of`, ''
    for none); else the file of a repository
    it was cut out of (`sourceDesc/bibl`, `idno type="repository"` + `type="path"`:
    `dracor-org/shakedracor/tei/henry-v.xml`); else the publication it belongs to (the first
    `publicationStmt/idno`: ParlaMint's corpus handle); else the document itself."""
    bibl = root.find(f"{T}teiHeader/{T}fileDesc/{T}sourceDesc/{T}bibl")
    cut_from = [_clean(bibl.findtext(f"{T}idno[@type='{kind}']") or "") if bibl is not None
                else "" for kind in ("repository", "path")]
    published = _clean(root.findtext(f"{T}teiHeader/{T}fileDesc/{T}publicationStmt/{T}idno")
                       or "")
    return (volume or ("/".join(cut_from) if all(cut_from) else "") or published
            or doc_id)
