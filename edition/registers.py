"""Registers: the edition's persons, places and organizations, looked up in speaker labels and text."""

from __future__ import annotations

import copy
import dataclasses
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from lxml import etree

from .diagnostics import Reporter, did_you_mean
from .name_forms import (clean, fold, given_agree, is_patronymic_address, slug, tokens,
                         transliteration_key, untitled, untitled_tokens)
from .provisional_persons import ProvisionalPersons
from .register_files import (KINDS, T, Entry, Kind, PersonKey, append_indented, new_register,
                             provisional_element, read_registers)
from .register_mentions import LANGUAGE_CASES, OWN_FORMS_ONLY, NameIndex

__all__ = ["KINDS", "Entry", "Kind", "Mention", "Registers", "SpeakerMatch", "fold", "slug",
           "tokens"]


@dataclass(frozen=True)
class SpeakerMatch:
    """The result of looking a speaker label up: one entry, several candidates, or none."""

    entry: Entry | None
    candidates: tuple[Entry, ...]
    suggestion: str

    @property
    def registered(self) -> Entry | None:
        """The one person of the register files among the candidates, None for none or several:
        a provisional person beside him is none (`Kennedy` made for a turn where the document
        names Robert Kennedy, beside John F. Kennedy's variant), as are those an earlier
        document or test left in the registers."""
        found = [entry for entry in self.candidates if not entry.provisional]
        return found[0] if len(found) == 1 else None

    def provisional_only(self) -> SpeakerMatch:
        """The match without the register's persons: the provisional person an earlier turn of
        the label made (`Kennedy` named `Robert Kennedy`), else no one."""
        made = tuple(entry for entry in self.candidates if entry.provisional)
        return SpeakerMatch(made[0] if len(made) == 1 else None, made, "")


@dataclass(frozen=True)
class Mention:
    """A register name found in a text, by character offsets."""

    start: int
    end: int
    entry: Entry


class Registers(ProvisionalPersons):
    """The three edition-wide registers, with speaker-label and running-text lookup."""

    def __init__(self) -> None:
        self._entries: dict[str, Entry] = {}
        self._keys: dict[str, PersonKey] = {}
        self._elements: dict[str, etree._Element] = {}
        self._trees: dict[str, etree._ElementTree] = {}
        self._names: dict[str, NameIndex] = {}
        """Text's language ('' for one whose forms are not declined) -> the register names in
        running text (`register_mentions`), made on first use."""
        self._language = ""
        """The language of the text read now (`reading_language`), '' for any."""
        self._given: dict[str, frozenset[str]] | None = None
        """Given-name token -> the ids of the registered persons who bear it."""
        self._surnames: dict[str, tuple[Entry, ...]] | None = None
        """Surname token -> the registered persons whose surname holds it, in register order."""
        self._forms: dict[tuple[str, ...], tuple[Entry, ...]] | None = None
        self._spellings: dict[str, tuple[str, ...]] | None = None
        """A surname's `transliteration_key` -> the ids of the registered persons bearing it."""
        self._speakers: dict[str, SpeakerMatch] = {}
        """Speaker label -> its match, without a suggestion: the same labels recur in every
        document."""
        self._suggestions: dict[str, str] = {}
        """Speaker label naming no one -> its suggestion (`_suggest`, slow: asked only by
        `find_speaker`)."""
        self._provisional = {}   # declared, with their docstrings, in `ProvisionalPersons`
        self._sourced = {}
        self.country_offices: dict[str, dict[str, tuple[Entry, ...]]] | None = None
        """Country -> office -> the registered persons whose occupation gives it, as
        `occupied_offices.offices_of` reads it: made there on first use, not for each document,
        and dropped when a registered person is added."""

    @classmethod
    def empty(cls) -> "Registers":
        return cls()

    @classmethod
    def load(cls, folder: Path, reporter: Reporter) -> "Registers":
        """Read persons.xml, places.xml and organizations.xml from `folder`, each checked as
        `register_files.read_registers` says (a missing one is an empty register, with a
        warning)."""
        registers = cls()
        trees, entries = read_registers(Path(folder), reporter)
        registers._trees.update(trees)
        for entry, key, element in entries:
            registers._add(entry, key, element)
        return registers

    def _add(self, entry: Entry, key: PersonKey | None, element: etree._Element | None) -> None:
        self._entries[entry.id] = entry
        if key is not None:
            self._keys[entry.id] = key
        if element is not None:
            self._elements[entry.id] = element
        if not entry.provisional:  # the mention pattern leaves provisional persons out
            self._names = {}
            self.country_offices = None
            self._given = None
            self._surnames = None
            self._spellings = None
        elif entry.source:  # also one of a register file: taken for its foreign id
            self._sourced.setdefault(entry.source, entry)
        elif len(entry.variants) == 1:  # also one of a register file: taken for its label
            self._provisional.setdefault(entry.variants[0], entry)
        self._forget_lookups()

    def _forget_lookups(self) -> None:
        """Drop what was looked up by name (forms, speakers, suggestions): the entries changed."""
        self._forms = None
        self._speakers.clear()
        self._suggestions.clear()

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
        """Resolve a speaker label as printed ('A.I. MIKOYAN', 'DORTICOS') to one person; for a
        label naming no one, a suggestion of a close name (`did_you_mean`)."""
        match = self.find_person(label)
        if match.candidates:
            return match
        if label not in self._suggestions:
            self._suggestions[label] = self._suggest(label, self.entries("person"))
        return dataclasses.replace(match, suggestion=self._suggestions[label])

    def find_person(self, label: str) -> SpeakerMatch:
        """`find_speaker` without the suggestion: for names looked up by the thousand (`Castro`
        of `Castro replied`), most of them no one's (a miss took 0.42 ms with the suggestion,
        0.03 ms without)."""
        match = self._speakers.get(label)
        if match is None:
            match = self._speakers[label] = self._match_speaker(label)
        return match

    def registered_person(self, name: str) -> Entry | None:
        """The one person of the register files `name` names (`find_person`, `SpeakerMatch.
        registered`): `Sergo Mikoyan`, `Goulart` (no one), `Castro` (Fidel or Raúl: None)."""
        return self.find_person(name).registered

    def _match_speaker(self, label: str) -> SpeakerMatch:
        """The persons `label` names: by a form of the register or a surname and given names,
        else by a forename and a patronymic, the Russian form of address (`Anastas
        Ivanovich`)."""
        words = untitled_tokens(label)
        exact = self._named(words) or self._addressed(words)
        if len(exact) == 1:
            return SpeakerMatch(exact[0], (exact[0],), "")
        return SpeakerMatch(None, tuple(exact), "")

    def _named(self, words: tuple[str, ...]) -> list[Entry]:
        """The persons a form of the register or a surname and given names `words` name."""
        exact = list(self._speaker_forms().get(words, ()))
        if not exact and words:
            exact = [e for e in self.entries("person") if self._surname_fits(e, words)]
        return exact

    def _addressed(self, words: tuple[str, ...]) -> list[Entry]:
        """The persons whose forename and patronymic `words` are (`is_patronymic_address`)."""
        if len(words) != 2:
            return []
        return [e for e in self.entries("person")
                if is_patronymic_address(words, self._keys.get(e.id))]

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
        return given_agree(words[:-1], key.given)

    def transliterated(self, label: str) -> Entry | None:
        """The one registered person (no provisional one) whose surname a label naming no one
        spells in another transliteration of Russian (`name_forms.transliteration_key`: `Ambasador
        Aristow` for Aristov), its given names or initials, if any, agreeing; None for none or
        several. For `SpeakerLookup.who`, which says so: no silent match."""
        words = untitled_tokens(label)
        if not words:
            return None
        if self._spellings is None:
            spellings: dict[str, set[str]] = {}
            for entry_id, key in self._keys.items():
                if not self._entries[entry_id].provisional:
                    for surname in key.surnames:
                        spellings.setdefault(transliteration_key(surname), set()).add(entry_id)
            self._spellings = {spelt: tuple(sorted(ids)) for spelt, ids in spellings.items()}
        found = [self._entries[entry_id] for entry_id
                 in self._spellings.get(transliteration_key(words[-1]), ())
                 if given_agree(words[:-1], self._keys[entry_id].given)]
        return found[0] if len(found) == 1 else None

    def person_key(self, entry: Entry) -> PersonKey | None:
        """The parts of a register person's name (`given_names` checks initials against it)."""
        return self._keys.get(entry.id)

    @staticmethod
    def _suggest(label: str, persons: list[Entry]) -> str:
        """` (did you mean 'HEALEY'?)`: a register form close to `label`, both without the
        titles before the name (`TITLES`), which would make any two alike (`Mr. Ghaleb` is no
        misspelt `Mr. Healey`)."""
        forms = {untitled(clean(fold(v))) for e in persons for v in e.variants}
        return did_you_mean(untitled(clean(fold(label)).strip(".:, ")), sorted(forms))

    def find_mentions(self, text: str) -> list[Mention]:
        """Register names in `text`: case-sensitive, whole words, longest first, no overlaps;
        in a text in capitals (a telegram's `GROMYKO SAID ...`), their forms in capitals; no
        person's in a compound word (`Long-range`: `name_regex.in_a_compound`), but each of two names
        a hyphen joins (`Kennedy-Khrushchev letters`, `Castro-Mikoyan talks`)."""
        return [Mention(start, end, entry) for start, end, entry in self.mention_spans(text)]

    def mention_spans(self, text: str) -> list[tuple[int, int, Entry]]:
        """`find_mentions` as (start, end, entry) tuples: the same, faster."""
        return self._name_index().mention_spans(text)

    def entry_named(self, form: str) -> Entry | None:
        """The one entry of the registers (no provisional person) that `form` as a whole names
        (`Cuba`, `Moscow`), or None: the same finding as a mention spanning all of `form`."""
        return self._name_index().entry_named(form)

    def places_named_by(self, entry: Entry) -> frozenset[str]:
        """The ids of the places whose forms an entry's forms hold (`USSR` of the `Ministry of
        Foreign Affairs of the USSR`): the country or city a body is its own."""
        return self._name_index().places_named_by(entry)

    def _name_index(self) -> NameIndex:
        language = self._language if self._language in {*LANGUAGE_CASES, *OWN_FORMS_ONLY} else ""
        if language not in self._names:
            self._names[language] = NameIndex([entry for entry in self._entries.values()
                                               if not entry.provisional], language)
        return self._names[language]

    @contextmanager
    def reading_language(self, language: str) -> Iterator[None]:
        """Inside, the names are found as a text in `language` (a BCP 47 tag) writes them: the
        register's forms of that language in their other cases too (`register_mentions`:
        `Kuby`, `Hawanie` in a Polish text only)."""
        before, self._language = self._language, language
        try:
            yield
        finally:
            self._language = before

    def surname_bearers(self, word: str) -> tuple[Entry, ...]:
        """The registered persons, none provisional, whose surname holds the token `word`
        (`name_forms.tokens`: `mikoyan` -> Anastas and Sergo Mikoyan), indexed once."""
        if self._surnames is None:
            bearers: dict[str, list[Entry]] = {}
            for entry in self.entries("person"):
                if not entry.provisional and entry.surname:
                    for token in dict.fromkeys(tokens(entry.surname)):
                        bearers.setdefault(token, []).append(entry)
            self._surnames = {token: tuple(found) for token, found in bearers.items()}
        return self._surnames.get(word, ())

    def forename_of_another(self, word: str, entry: Entry) -> bool:
        """Whether `word` is a given name of a registered person other than `entry`, and not
        one of its own: 'Raúl' before 'Castro' when 'Castro' alone names Fidel Castro."""
        bearers = self.forename_bearers(word)
        return bool(bearers) and entry.id not in bearers

    def forename_bearers(self, word: str) -> frozenset[str]:
        """The ids of the registered persons, none provisional, one of whose given names is
        `word` (`Raúl`: Raúl Castro, Raúl Roa), indexed once."""
        if self._given is None:
            given: dict[str, set[str]] = {}
            for entry_id, key in self._keys.items():
                if not self._entries[entry_id].provisional:
                    for token in key.given:
                        if len(token) > 1:
                            given.setdefault(token, set()).add(entry_id)
            self._given = {token: frozenset(ids) for token, ids in given.items()}
        return self._given.get(fold(word), frozenset())

    # ------------------------------------------------------------ writing

    def to_tei(self, kind: str) -> etree._Element:
        """The register of `kind` as a TEI document, provisional entries appended by id."""
        spec = KINDS[kind]
        tree = self._trees.get(kind)
        root = copy.deepcopy(tree.getroot()) if tree is not None else new_register(spec)
        listing = root.find(f"{T}text/{T}body//{T}{spec.list_tag}")
        if listing is None:
            body = root.find(f"{T}text/{T}body")
            listing = etree.SubElement(body, T + spec.list_tag)
        new = [e for e in self.entries(kind) if e.id not in self._elements]
        for entry in new:
            append_indented(listing, provisional_element(entry, spec))
        if not len(listing):  # TEI requires at least one entry in a list
            empty = etree.Element(T + "p")
            empty.text, empty.tail = "This register has no entries.", listing.tail
            listing.getparent().replace(listing, empty)
        return root
