"""Registers: load the TEI person/place/org lists and look names up in speaker labels and text."""

from __future__ import annotations

import copy
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from .diagnostics import Location, Reporter, did_you_mean
from .name_regex import trie_regex

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
T = f"{{{TEI_NS}}}"


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
ID_FORM = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
TITLES = frozenset({"COM", "COMRADE", "CDE", "MR", "MRS", "MS", "DR", "PRESIDENT", "AMBASSADOR",
                    "MINISTER", "GENERAL", "MARSHAL", "SENOR", "SR"})
PROVISIONAL_NOTE = "Provisional entry created from a speaker label; not yet identified."
AUTHORITY_TYPES = ("wikidata", "viaf", "geonames")
"""`idno/@type` values kept as authority identifiers (full URIs) of an entry."""


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

    @property
    def ref(self) -> str:
        return f"{self.file}#{self.id}"


@dataclass(frozen=True)
class SpeakerMatch:
    """The result of looking a speaker label up: one entry, several candidates, or none."""

    entry: Entry | None
    candidates: tuple[Entry, ...]
    suggestion: str


@dataclass(frozen=True)
class Mention:
    """A register name found in a text, by character offsets."""

    start: int
    end: int
    entry: Entry


@dataclass(frozen=True)
class _PersonKey:
    """What a speaker label is compared with: given-name tokens and surname tokens."""

    given: tuple[str, ...]
    surnames: frozenset[str]


# ---------------------------------------------------------------- text helpers

def fold(text: str) -> str:
    """Upper case without accents: 'Dorticós' -> 'DORTICOS'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper()


def tokens(text: str) -> tuple[str, ...]:
    """Folded name tokens, initials split: 'A.I. Mikoyan' -> ('A', 'I', 'MIKOYAN')."""
    return tuple(re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", fold(text)))


def _clean(text: str) -> str:
    return " ".join(text.split())


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-") or "x"


def _given_agree(label: tuple[str, ...], given: tuple[str, ...]) -> bool:
    """Every label token matches, in order, a given name (in full or as its initial)."""
    rest = iter(given)
    for token in label:
        if not any(name == token or (len(token) == 1 and name.startswith(token))
                   for name in rest):
            return False
    return True


# ---------------------------------------------------------------- reading a register

def _parser() -> etree.XMLParser:
    # collect_ids=False: duplicate xml:ids are reported by the loader, with both lines.
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           collect_ids=False)


def _entry_from(element: etree._Element, kind: Kind) -> tuple[Entry, _PersonKey | None] | None:
    names = element.findall(T + kind.name_tag)
    if not names:
        return None
    main = next((n for n in names if n.get("type") == "main"), names[0])
    display = _clean("".join(main.itertext()))
    variants = tuple(dict.fromkeys([display] + [_clean("".join(n.itertext())) for n in names]))
    provisional = any(n.get("type") == "provisional" for n in element.findall(T + "note"))
    fields = dict(id=element.get(XML_ID), kind=kind.name, file=kind.file, name=display,
                  variants=tuple(v for v in variants if v), provisional=provisional,
                  authorities=_authorities(element))
    if kind.name != "person":
        return Entry(**fields), None
    role = element.find(T + "occupation")
    if role is None:
        role = element.find(T + "roleName")
    birth, death = element.find(T + "birth"), element.find(T + "death")
    entry = Entry(**fields, role=_clean("".join(role.itertext())) if role is not None else "",
                  birth=birth.get("when", "") if birth is not None else "",
                  death=death.get("when", "") if death is not None else "")
    return entry, _person_key(main, entry.variants)


def _authorities(element: etree._Element) -> tuple[tuple[str, str], ...]:
    """Authority URIs of an entry in document order: `<idno type="viaf">https://viaf.org/viaf/1</idno>`."""
    found = ((idno.get("type"), _clean("".join(idno.itertext())))
             for idno in element.findall(T + "idno"))
    return tuple(dict.fromkeys((kind, uri) for kind, uri in found
                               if kind in AUTHORITY_TYPES and uri.startswith(("https://", "http://"))))


def _person_key(main: etree._Element, variants: tuple[str, ...]) -> _PersonKey:
    given = tuple(t for part in main if part.tag in (T + "forename", T + "addName")
                  for t in tokens("".join(part.itertext())))
    surnames = {t for part in main.iter(T + "surname") for t in tokens("".join(part.itertext()))}
    for variant in variants:
        long_tokens = [t for t in tokens(variant) if len(t) > 1]
        if long_tokens:
            surnames.add(long_tokens[-1])
    return _PersonKey(given, frozenset(surnames))


def _read_tree(path: Path, shown: str, reporter: Reporter) -> etree._ElementTree | None:
    try:
        data = path.read_bytes()
        if b"<!DOCTYPE" in data[:4096].upper():
            # with collect_ids=False libxml2 would open an external DTD: registers have none
            reporter.error(Location(shown, data[:data.upper().find(b"<!DOCTYPE")].count(b"\n") + 1),
                           "a register may not declare a DOCTYPE", "register-doctype")
            return None
        tree = etree.ElementTree(etree.fromstring(data, _parser(), base_url=str(path)))
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


# ---------------------------------------------------------------- the registers

class Registers:
    """The three edition-wide registers, with speaker-label and running-text lookup."""

    def __init__(self) -> None:
        self._entries: dict[str, Entry] = {}
        self._keys: dict[str, _PersonKey] = {}
        self._elements: dict[str, etree._Element] = {}
        self._trees: dict[str, etree._ElementTree] = {}
        self._pattern: re.Pattern[str] | None = None
        self._by_form: dict[str, Entry] = {}
        self._forms: dict[tuple[str, ...], tuple[Entry, ...]] | None = None
        self._speakers: dict[str, SpeakerMatch] = {}
        """Speaker label -> its match: the same labels recur in every document."""

    @classmethod
    def empty(cls) -> "Registers":
        return cls()

    @classmethod
    def load(cls, folder: Path, reporter: Reporter) -> "Registers":
        """Read persons.xml, places.xml and organizations.xml from `folder` (each optional)."""
        registers = cls()
        first_seen: dict[str, tuple[str, int]] = {}
        for kind in KINDS.values():
            path = Path(folder) / kind.file
            if not path.is_file():
                continue
            shown = str(path)
            tree = _read_tree(path, shown, reporter)
            if tree is not None:
                registers._trees[kind.name] = tree
                registers._load_entries(tree, kind, shown, first_seen, reporter)
        return registers

    def _load_entries(self, tree: etree._ElementTree, kind: Kind, shown: str,
                      first_seen: dict[str, tuple[str, int]], reporter: Reporter) -> None:
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
            made = _entry_from(element, kind)
            if made is None:
                reporter.error(where, f"<{kind.entry_tag} xml:id=\"{ident}\"> has no "
                               f"<{kind.name_tag}>", "register-no-name")
                continue
            self._add(made[0], made[1], element)

    def _add(self, entry: Entry, key: _PersonKey | None, element: etree._Element | None) -> None:
        self._entries[entry.id] = entry
        if key is not None:
            self._keys[entry.id] = key
        if element is not None:
            self._elements[entry.id] = element
        self._pattern, self._forms = None, None
        self._speakers.clear()

    # ------------------------------------------------------------ lookup

    def entries(self, kind: str | None = None) -> list[Entry]:
        """Entries in register order; provisional ones added in this run follow, by id."""
        chosen = [e for e in self._entries.values() if kind is None or e.kind == kind]
        added = sorted((e for e in chosen if e.id not in self._elements), key=lambda e: e.id)
        return [e for e in chosen if e.id in self._elements] + added

    def get(self, ref_or_id: str) -> Entry | None:
        """Accepts 'persons.xml#x', '#x' or 'x'."""
        file, _, ident = ref_or_id.rpartition("#")
        entry = self._entries.get(ident)
        if entry is None or (file and file != entry.file):
            return None
        return entry

    def find_speaker(self, label: str) -> SpeakerMatch:
        """Resolve a speaker label as printed ('A.I. MIKOYAN', 'DORTICOS') to one person."""
        match = self._speakers.get(label)
        if match is None:
            match = self._speakers[label] = self._match_speaker(label)
        return match

    def _match_speaker(self, label: str) -> SpeakerMatch:
        words = tokens(label)
        while len(words) > 1 and words[0] in TITLES:
            words = words[1:]
        persons = self.entries("person")
        exact = list(self._speaker_forms().get(words, ()))
        if not exact and words:
            exact = [e for e in persons if self._surname_fits(e, words)]
        if len(exact) == 1:
            return SpeakerMatch(exact[0], (exact[0],), "")
        if exact:
            return SpeakerMatch(None, tuple(exact), "")
        return SpeakerMatch(None, (), self._suggest(label, persons))

    def _speaker_forms(self) -> dict[tuple[str, ...], tuple[Entry, ...]]:
        """Folded tokens of every person variant -> the persons using it (cached)."""
        if self._forms is None:
            forms: dict[tuple[str, ...], list[Entry]] = {}
            for entry in self.entries("person"):
                for words in dict.fromkeys(tokens(v) for v in entry.variants):
                    forms.setdefault(words, []).append(entry)
            self._forms = {words: tuple(found) for words, found in forms.items()}
        return self._forms

    def _surname_fits(self, entry: Entry, words: tuple[str, ...]) -> bool:
        key = self._keys.get(entry.id)
        if key is None or words[-1] not in key.surnames:
            return False
        return _given_agree(words[:-1], key.given)

    @staticmethod
    def _suggest(label: str, persons: list[Entry]) -> str:
        forms = {_clean(fold(v)) for e in persons for v in e.variants}
        return did_you_mean(_clean(fold(label)).strip(".:, "), sorted(forms))

    def find_mentions(self, text: str) -> list[Mention]:
        """Register names in `text`: case-sensitive, whole words, longest first, no overlaps."""
        return [Mention(start, end, entry) for start, end, entry in self.mention_spans(text)]

    def mention_spans(self, text: str) -> list[tuple[int, int, Entry]]:
        """`find_mentions` as (start, end, entry) tuples: the same, faster."""
        pattern = self._mention_pattern()
        if pattern is None:
            return []
        by_form = self._by_form
        return [(m.start(), m.end(), by_form[m.group()]) for m in pattern.finditer(text)]

    def _mention_pattern(self) -> re.Pattern[str] | None:
        if self._pattern is None and self._entries:
            owners: dict[str, set[str]] = {}
            for entry in self._entries.values():
                if not entry.provisional:
                    for form in entry.variants:
                        owners.setdefault(form, set()).add(entry.id)
            self._by_form = {form: self._entries[next(iter(ids))]
                             for form, ids in owners.items() if len(ids) == 1}
            if self._by_form:
                # whole words: no word character before a form's first one, none after it
                self._pattern = re.compile(trie_regex(self._by_form, r"(?<!\w.)") + r"(?!\w)")
        return self._pattern

    # ------------------------------------------------------------ provisional persons

    def add_provisional_person(self, label: str) -> Entry:
        """A stand-in person for an unknown speaker label (bootstrap mode); remembered."""
        label = _clean(label)
        for entry in self._entries.values():
            if entry.provisional and entry.variants == (label,):
                return entry
        base = f"prov-{slug(label)}"
        ident, number = base, 2
        while ident in self._entries:
            ident, number = f"{base}-{number}", number + 1
        entry = Entry(ident, "person", KINDS["person"].file, label, (label,), provisional=True)
        self._add(entry, None, None)  # matched by its exact label only, never by surname
        return entry

    # ------------------------------------------------------------ writing

    def to_tei(self, kind: str) -> etree._Element:
        """The register of `kind` as a TEI document, provisional entries appended by id."""
        spec = KINDS[kind]
        tree = self._trees.get(kind)
        root = copy.deepcopy(tree.getroot()) if tree is not None else _new_register(spec)
        listing = root.find(f"{T}text/{T}body//{T}{spec.list_tag}")
        if listing is None:
            body = root.find(f"{T}text/{T}body")
            listing = etree.SubElement(body, T + spec.list_tag)
        new = [e for e in self.entries(kind) if e.id not in self._elements]
        for entry in new:
            _append_indented(listing, _provisional_element(entry, spec))
        if not len(listing):  # TEI requires at least one entry in a list
            empty = etree.Element(T + "p")
            empty.text, empty.tail = "This register has no entries.", listing.tail
            listing.getparent().replace(listing, empty)
        return root


def _new_register(spec: Kind) -> etree._Element:
    root = etree.fromstring(
        f'<TEI xmlns="{TEI_NS}" xml:lang="en"><teiHeader><fileDesc>'
        f'<titleStmt><title type="main">{spec.title}</title></titleStmt>'
        '<publicationStmt><p>Published with the TEI documents of the edition.</p>'
        '</publicationStmt><sourceDesc><p>Generated by the encoder.</p></sourceDesc>'
        f'</fileDesc></teiHeader><text><body><{spec.list_tag}/></body></text></TEI>',
        _parser())
    etree.indent(root)
    return root


def _provisional_element(entry: Entry, spec: Kind) -> etree._Element:
    element = etree.Element(T + spec.entry_tag, {XML_ID: entry.id})
    etree.SubElement(element, T + spec.name_tag, type="main").text = entry.name
    etree.SubElement(element, T + "note", type="provisional").text = PROVISIONAL_NOTE
    return element


def _append_indented(parent: etree._Element, child: etree._Element) -> None:
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
