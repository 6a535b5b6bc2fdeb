"""The register files (TEI lists of persons, places, organizations): read into entries, written back."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from .breaks import spaced_text
from .diagnostics import Location, Reporter, Unread
from .name_forms import clean, tokens
from .namespaces import T, TEI_NS, XML_ID, XML_LANG



@dataclass(frozen=True)
class Kind:
    """How one register is stored: file, list element, entry element, name element."""

    name: str
    file: str
    list_tag: str
    entry_tag: str
    name_tag: str
    title: str


KINDS = {k.name: k for k in (
    Kind("person", "persons.xml", "listPerson", "person", "persName", "Register of persons"),
    Kind("place", "places.xml", "listPlace", "place", "placeName", "Register of places"),
    Kind("org", "organizations.xml", "listOrg", "org", "orgName", "Register of organizations"),
)}
PROVISIONAL_NOTE = "Provisional entry created from a speaker label; not yet identified."
SOURCED_NOTE = ("Provisional entry created from the person id {id} of {scope} (TEI made "
                "elsewhere); not yet identified.")
SOURCE_TYPE = "source"
"""`idno/@type` of a provisional person's id in the foreign TEI it came from (`scope#id`)."""
AUTHORITY_TYPES = ("wikidata", "viaf", "geonames")
"""`idno/@type` values kept as authority identifiers (full URIs) of an entry."""


WORD_SUBTYPE = "word"
"""The `subtype` of a name form that is also a word of the language: `Rice`, `White`, `Long`."""


@dataclass(frozen=True)
class Entry:
    """One register entry: a person, place or organization and the forms of its name."""

    id: str
    kind: str
    file: str
    name: str
    variants: tuple[str, ...]
    role: str = ""
    birth: str = ""
    death: str = ""
    provisional: bool = False
    authorities: tuple[tuple[str, str], ...] = ()
    """(type, URI) of every `idno type="wikidata|viaf|geonames"` holding an http(s) URI."""
    source: str = ""
    """A provisional person's id in the foreign TEI it came from: `frus1969-76v12#p_NRM1`."""
    surname: str = ""
    """A person's family name as the main `persName` marks it (`surname`); '' when it has none."""
    role_span: tuple[str, str] = ("", "")
    """The days the register says the person held the office of `role`, its `occupation`'s
    `@notBefore` and `@notAfter` ('' where not given): `occupied_offices.country_holders`."""
    word_forms: frozenset[str] = frozenset()
    """Forms of the name the editor marks as also words of the language, a name's `subtype`
    `WORD_SUBTYPE` (`<persName type="variant" subtype="word">Rice</persName>`): found alone in
    the text, such a form is the person's only where a sign says so
    (`person_names.person_start`)."""
    language_forms: tuple[tuple[str, str], ...] = ()
    """(language tag, form) of each form the register gives in one language, its `xml:lang`
    (`<placeName type="variant" xml:lang="pl">Kuba</placeName>`): a text of that language
    names the entry in the form's other cases too (`register_mentions.NameIndex`)."""
    type: str = ""
    """A place's or an organization's `@type` as the register gives it (`city`, `country`):
    which places a place after a name may contradict (`embedded_names._placed_elsewhere`)."""
    country: str = ""
    """The id of the country a place lies in, as its `country/@ref` gives it (`<country
    ref="#cuba">Cuba</country>` of Havana); '' where the register does not say."""

    @property
    def ref(self) -> str:
        return f"{self.file}#{self.id}"


@dataclass(frozen=True)
class PersonKey:
    """What a speaker label is compared with: given-name tokens and surname tokens."""

    given: tuple[str, ...]
    surnames: frozenset[str]


# ---------------------------------------------------------------- reading a register

def register_parser() -> etree.XMLParser:
    # collect_ids=False: duplicate xml:ids are reported by the loader, with both lines.
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           collect_ids=False)


def entry_from(element: etree._Element, kind: Kind) -> tuple[Entry, PersonKey | None] | None:
    names = element.findall(T + kind.name_tag)
    if not names:
        return None
    main = next((n for n in names if n.get("type") == "main"), names[0])
    display = spaced_text(main)
    variants = tuple(dict.fromkeys([display] + [spaced_text(n) for n in names]))
    provisional = any(n.get("type") == "provisional" for n in element.findall(T + "note"))
    fields = dict(id=element.get(XML_ID), kind=kind.name, file=kind.file, name=display,
                  variants=tuple(v for v in variants if v), provisional=provisional,
                  word_forms=frozenset(spaced_text(n) for n in names
                                       if n.get("subtype") == WORD_SUBTYPE),
                  language_forms=tuple((n.get(XML_LANG), spaced_text(n)) for n in names
                                       if n.get(XML_LANG)),
                  authorities=_authorities(element), source=_source(element) if provisional else "")
    if kind.name != "person":
        country = element.find(T + "country")
        within = country.get("ref", "").rpartition("#")[2] if country is not None else ""
        return Entry(**fields, type=element.get("type", ""), country=within), None
    role = element.find(T + "occupation")
    if role is None:
        role = element.find(T + "roleName")
    birth, death = element.find(T + "birth"), element.find(T + "death")
    entry = Entry(**fields, role=spaced_text(role) if role is not None else "",
                  birth=birth.get("when", "") if birth is not None else "",
                  death=death.get("when", "") if death is not None else "",
                  role_span=(role.get("notBefore", ""), role.get("notAfter", ""))
                  if role is not None else ("", ""),
                  surname=clean(" ".join(spaced_text(s) for s in main.iter(T + "surname"))))
    return entry, _person_key(main, entry.variants)


def _authorities(element: etree._Element) -> tuple[tuple[str, str], ...]:
    """Authority URIs of an entry in document order: `<idno type="viaf">https://viaf.org/viaf/1</idno>`."""
    found = ((idno.get("type"), spaced_text(idno)) for idno in element.findall(T + "idno"))
    return tuple(dict.fromkeys((kind, uri) for kind, uri in found
                               if kind in AUTHORITY_TYPES and uri.startswith(("https://", "http://"))))


def _source(element: etree._Element) -> str:
    """The scoped foreign id of a provisional entry: `<idno type="source">v12#p_NRM1</idno>`."""
    idno = element.find(f"{T}idno[@type='{SOURCE_TYPE}']")
    return spaced_text(idno) if idno is not None else ""


def _person_key(main: etree._Element, variants: tuple[str, ...]) -> PersonKey:
    given = tuple(t for part in main if part.tag in (T + "forename", T + "addName")
                  for t in tokens(spaced_text(part)))
    surnames = {t for part in main.iter(T + "surname") for t in tokens(spaced_text(part))}
    for variant in variants:
        long_tokens = [t for t in tokens(variant) if len(t) > 1]
        if long_tokens:
            surnames.add(long_tokens[-1])
    return PersonKey(given, frozenset(surnames))


def read_register(path: Path, shown: str, reporter: Reporter) -> etree._ElementTree | None:
    try:
        data = path.read_bytes()
        if b"<!DOCTYPE" in data[:4096].upper():
            # with collect_ids=False libxml2 would open an external DTD: registers have none
            reporter.error(Location(shown, data[:data.upper().find(b"<!DOCTYPE")].count(b"\n") + 1),
                           "a register may not declare a DOCTYPE", "register-doctype")
            return None
        tree = etree.ElementTree(etree.fromstring(data, register_parser(), base_url=str(path)))
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (exc.lineno or 0, 0)
        reporter.error(Location(shown, line or 0, column or 0),
                       f"register is not well-formed XML: {exc.msg}", "register-malformed")
        return None
    except OSError as exc:
        reporter.error(Location(shown), f"cannot read register: {exc}", "register-unreadable")
        return None
    if tree.getroot().tag != T + "TEI":
        reporter.error(Location(shown, tree.getroot().sourceline or 0),
                       f"register root must be TEI <TEI> in {TEI_NS}, not "
                       f"<{etree.QName(tree.getroot()).localname}>", "register-not-tei")
        return None
    return tree


ID_FORM = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
FOLLOWING = {"person": (("speaker-unknown",), "speaker labels")}
"""Kind -> the codes of the diagnostics that follow from its register not read, and what they
concern: reported as one line (`Reporter.as_printed`)."""
Found = tuple[Entry, PersonKey | None, etree._Element]
"""An entry read from a register file, with its name's parts (a person's) and its element."""


def read_registers(folder: Path, reporter: Reporter
                   ) -> tuple[dict[str, etree._ElementTree], list[Found]]:
    """The register files of `folder` (persons.xml, places.xml, organizations.xml) by kind, and
    their entries in order; a missing one is an empty register, with a warning (every name it
    would resolve is unknown else), one not read is reported (`_not_read`)."""
    trees: dict[str, etree._ElementTree] = {}
    found: list[Found] = []
    first_seen: dict[str, tuple[str, int]] = {}
    for kind in KINDS.values():
        path = folder / kind.file
        if not path.is_file():
            speaker = "speaker or " if kind.name == "person" else ""
            reporter.warning(Location(str(path)), f"{kind.title.lower()} not found: it is "
                             f"taken as empty, so no {speaker}name is resolved against it; "
                             "add the file (an empty register will do)", "register-missing")
            _not_read(reporter, kind, str(path), "is missing")
            continue
        shown = str(path)
        tree = read_register(path, shown, reporter)
        if tree is None:
            _not_read(reporter, kind, shown, "could not be read")
        else:
            trees[kind.name] = tree
            found += _entries(tree, kind, shown, first_seen, reporter)
    return trees, found


def _not_read(reporter: Reporter, kind: Kind, path: str, why: str) -> None:
    """Tell `reporter` the register at `path` was not read, and what follows from it."""
    codes, what = FOLLOWING.get(kind.name, ((), ""))
    reporter.unread.append(Unread(path, why, codes, what))


def _entries(tree: etree._ElementTree, kind: Kind, shown: str,
             first_seen: dict[str, tuple[str, int]], reporter: Reporter) -> list[Found]:
    """The entries of the register `tree`, in order; an element without an id, with one used
    before (in `first_seen`, of every file) or without a name is reported and left out."""
    found: list[Found] = []
    text = tree.getroot().find(T + "text")
    for element in text.iter(T + kind.entry_tag) if text is not None else ():
        where = Location(shown, element.sourceline or 0)
        ident = element.get(XML_ID)
        if not ident:
            reporter.error(where, f"<{kind.entry_tag}> has no xml:id", "register-missing-id")
            continue
        if ident in first_seen:
            file, line = first_seen[ident]
            reporter.error(where, f"duplicate xml:id '{ident}' (first used at {file}:{line})",
                           "register-duplicate-id")
            continue
        first_seen[ident] = (shown, element.sourceline or 0)
        if not ID_FORM.fullmatch(ident):
            reporter.warning(where, f"xml:id '{ident}' should be lowercase words joined by "
                             "hyphens", "register-id-form")
        made = entry_from(element, kind)
        if made is None:
            reporter.error(where, f"<{kind.entry_tag} xml:id=\"{ident}\"> has no "
                           f"<{kind.name_tag}>", "register-no-name")
            continue
        found.append((made[0], made[1], element))
    return found


# ---------------------------------------------------------------- writing a register

def new_register(spec: Kind) -> etree._Element:
    root = etree.fromstring(
        f'<TEI xmlns="{TEI_NS}" xml:lang="en"><teiHeader><fileDesc>'
        f'<titleStmt><title type="main">{spec.title}</title></titleStmt>'
        '<publicationStmt><p>Published with the TEI documents of the edition.</p>'
        '</publicationStmt><sourceDesc><p>Generated by the encoder.</p></sourceDesc>'
        f'</fileDesc></teiHeader><text><body><{spec.list_tag}/></body></text></TEI>',
        register_parser())
    etree.indent(root)
    return root


def provisional_element(entry: Entry, spec: Kind) -> etree._Element:
    element = etree.Element(T + spec.entry_tag, {XML_ID: entry.id})
    etree.SubElement(element, T + spec.name_tag, type="main").text = entry.name
    for variant in entry.variants[1:]:
        etree.SubElement(element, T + spec.name_tag).text = variant
    if entry.source:
        etree.SubElement(element, T + "idno", type=SOURCE_TYPE).text = entry.source
    etree.SubElement(element, T + "note", type="provisional").text = provisional_note(entry)
    return element


def provisional_note(entry: Entry) -> str:
    """Where a provisional entry came from: a speaker label, or a person id of foreign TEI."""
    if not entry.source:
        return PROVISIONAL_NOTE
    scope, _, ident = entry.source.rpartition("#")
    return SOURCED_NOTE.format(id=ident, scope=scope)


def append_indented(parent: etree._Element, child: etree._Element) -> None:
    """Append `child` indented like its siblings (only whitespace between elements changes)."""
    depth = sum(1 for _ in parent.iterancestors()) + 1
    inner, outer = "\n" + "  " * (depth + 1), "\n" + "  " * depth
    for grandchild in child:
        grandchild.tail = inner
    if len(child):
        child.text = inner
        child[-1].tail = outer
    if len(parent):
        parent[-1].tail = outer
    else:
        parent.text = outer
    child.tail = "\n" + "  " * (depth - 1)
    parent.append(child)
