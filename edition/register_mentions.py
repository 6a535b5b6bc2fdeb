"""The register names in running text: one pattern of every entry's forms, whole words, no overlaps.

    Castro and Dorticos spoke in Havana -> Dorticos (a person), Havana (a place); `Castro` names
                                           two persons, so neither
    DORTICOS SAID IN HAVANA             -> DORTICOS, HAVANA: in capitals, the forms in capitals
    2. USSR-CUBA: talks in Havana       -> USSR, CUBA, Havana: a place's too in mixed case
    a letter of A.I. MIKOYAN, of ROA    -> A.I. MIKOYAN: a person's full form too, no acronym
    at the Hotel Habana Libre           -> none: a name inside another's (`embedded_names`)
    в письмах Хрущева, в Нью-Йорке      -> Хрущева, Нью-Йорке: a Cyrillic form in any case
                                           (`russian_cases`)
    z Kuby do Hawany (a Polish text)    -> Kuby, Hawany: a Polish form in any case
                                           (`polish_cases`), in a Polish text only
    die Souveränität Kubas (German)     -> Kubas: a German form in the genitive
                                           (`german_cases`), in a German text only
"""

from __future__ import annotations

import re
from typing import Iterator

from . import german_cases, polish_cases
from .embedded_names import own_names
from .name_regex import in_a_compound, trie_regex
from .register_files import Entry
from .russian_cases import declined_forms

LANGUAGE_CASES = {"de": german_cases.declined_forms, "pl": polish_cases.declined_forms}
"""Language tag -> how its forms of a register's name (`Entry.language_forms`) are declined, in
a text of that language: the languages whose texts name a register's entry in other cases than
the nominative the register gives."""

FIELDS_LANGUAGE = "en-x-fields"
"""The language of the archive's own fields (the source statement: `text_blocks.source_nodes`),
English, which names an entry only in the forms the register gives untagged: its `Kuba` is no
German or Polish form of Cuba but a file's label (`XIX-J-1-j Kuba`), as an English text's
German forms in running text stay the entry's (`Chruschtschow as the German papers write it`)."""
OWN_FORMS_ONLY = frozenset({FIELDS_LANGUAGE})
"""Languages whose texts name an entry only in its untagged forms and their own."""
LOCATED_BODY = re.compile(r" in (?:the )?")
"""Where a body's form names the place it is in: `... of China in Havana`."""
LOCATED_PLACE = re.compile(r" (?:in|de) (?:the )?|, ")
"""Where a place's form names the place that holds it: `Santiago de Cuba`, `Washington, D.C.`."""


class NameIndex:
    """The forms of the registers' entries, provisional persons left out, as patterns built on
    first use: the registers make a new one when an entry is added (`Registers._add`). A text in
    a `language` of `LANGUAGE_CASES` has the register's forms of that language in their other
    cases too."""

    def __init__(self, entries: list[Entry], language: str = "") -> None:
        self._entries = entries
        """The entries in register order, no provisional person."""
        self._declined_in = LANGUAGE_CASES.get(language)
        """How the forms of the text's language decline, None where they are found as written."""
        self._language = language
        self._by_form: dict[str, Entry] | None = None
        """Each form of one entry -> the entry, a Cyrillic form's cases too (`_forms`)."""
        self._capitals: re.Pattern[str] | None = None
        """The pattern for a text in capitals: the forms in capitals (`GROMYKO`, `HAVANA`)."""
        self._by_capitals: dict[str, Entry] = {}
        self._mixed: re.Pattern[str] | None = None
        """The pattern for a text in mixed case: the forms, the places' in capitals too
        (`1. CUBA: Aerial photography`)."""
        self._by_mixed_form: dict[str, Entry] = {}
        self._surnames: tuple[frozenset[str], frozenset[str]] | None = None
        self._places_of: dict[str, frozenset[str]] = {}
        self._place_forms: list[tuple[str, re.Pattern[str]]] | None = None
        self._words_of: dict[str, frozenset[str]] = {}
        self._located: dict[str, tuple[Entry, ...]] = {}

    def mention_spans(self, text: str) -> list[tuple[int, int, Entry]]:
        """`Registers.find_mentions` as (start, end, entry) tuples: the same, faster."""
        if text.isupper():   # no lower-case letter: the case says nothing of what is a name
            pattern, by_form = self._capitals_pattern(), self._by_capitals
        else:
            pattern, by_form = self._mixed_pattern(), self._by_mixed_form
        if pattern is None:
            return []
        found = [(m.start(), m.end(), by_form[m.group()]) for m in pattern.finditer(text)]
        if "-" in text:   # a compound word needs a hyphen (most texts have none)
            spans = {(start, end) for start, end, _ in found}
            surnames = self._surname_words(upper=by_form is self._by_capitals)

            def is_name(start: int, end: int) -> bool:
                return (start, end) in spans or text[start:end] in surnames
            found = [(start, end, entry) for start, end, entry in found
                     if entry.kind != "person" or not in_a_compound(text, start, end, is_name)]
        return own_names(text, found, self.places_named_by, self._words_named_by,
                         self._located_in)

    def places_named_by(self, entry: Entry) -> frozenset[str]:
        """The ids of the places whose forms an entry's forms hold as whole words (`USSR` in
        `Ministry of Foreign Affairs of the USSR`), cached."""
        if entry.id not in self._places_of:
            self._places_of[entry.id] = frozenset(
                place_id for place_id, forms in self._place_form_patterns()
                if any(forms.search(variant) for variant in entry.variants))
        return self._places_of[entry.id]

    def _located_in(self, entry: Entry) -> tuple[Entry, ...]:
        """The places an entry's forms end by placing it in, after `in` (`Embassy of the
        People's Republic of China in Havana`), or a place's after `de` or a comma (`Santiago
        de Cuba`): each such place form whole, cached."""
        if entry.id not in self._located:
            joint = LOCATED_PLACE if entry.kind == "place" else LOCATED_BODY
            found = {}
            for variant in entry.variants:
                for match in joint.finditer(variant):
                    place = self._forms().get(variant[match.end():])
                    if place is not None and place.kind == "place" and place is not entry:
                        found[place.id] = place
            self._located[entry.id] = tuple(found.values())
        return self._located[entry.id]

    def _words_named_by(self, entry: Entry) -> frozenset[str]:
        """The words of an entry's forms and of the forms of the places they name, in lower case
        and without a period after them (`cc`, `cpsu`; `u.s.s.r`), cached."""
        if entry.id not in self._words_of:
            places = self.places_named_by(entry)
            forms = [form for named in self._entries if named is entry or named.id in places
                     for form in named.variants]
            self._words_of[entry.id] = frozenset(
                word.rstrip(".").casefold() for form in forms for word in form.split())
        return self._words_of[entry.id]

    def _place_form_patterns(self) -> list[tuple[str, re.Pattern[str]]]:
        """(id, the pattern of its forms as whole words) of each place, compiled once."""
        if self._place_forms is None:
            self._place_forms = [
                (place.id, re.compile(r"(?<!\w)(?:{})(?!\w)".format(
                    "|".join(map(re.escape, place.variants)))))
                for place in self._entries if place.kind == "place" and place.variants]
        return self._place_forms

    def _surname_words(self, upper: bool) -> frozenset[str]:
        """The words of the registered persons' surnames (`Castro`, which alone names no one
        of two), in capitals if `upper` (cached)."""
        if self._surnames is None:
            words = {word for entry in self._entries if entry.kind == "person"
                     for word in re.findall(r"\w+", entry.surname)}
            self._surnames = (frozenset(words), frozenset(word.upper() for word in words))
        return self._surnames[upper]

    def entry_named(self, form: str) -> Entry | None:
        """The one entry of the registers (no provisional person) that `form` as a whole names
        (`Cuba`, `Moscow`), or None: the same finding as a mention spanning all of `form`."""
        return self._forms().get(form)

    def _forms(self) -> dict[str, Entry]:
        """Each form of one entry -> the entry, a Cyrillic form's cases too (`declined_forms`),
        and the cases of the forms of the text's language (`_language_cases`); in a text of
        `OWN_FORMS_ONLY`, not a form the register gives in other languages only (`Kuba`)."""
        if self._by_form is None:
            self._by_form = _forms_of_one(
                ((form, entry) for entry in self._entries for variant in entry.variants
                 if not self._anothers_language(entry, variant)
                 for form in (variant, *declined_forms(variant, entry.kind == "person"))),
                self._language_cases())
        return self._by_form

    def _anothers_language(self, entry: Entry, variant: str) -> bool:
        """Whether `variant` is a form the register gives only in other languages than the
        text's (`xml:lang`), in a text of `OWN_FORMS_ONLY`."""
        if self._language not in OWN_FORMS_ONLY or not entry.language_forms:
            return False
        tags = {language for language, form in entry.language_forms if form == variant}
        return bool(tags) and self._language not in tags

    def _language_cases(self) -> Iterator[tuple[str, Entry]]:
        """(form, entry) of the other cases of each form the registers give in the text's
        language (`Entry.language_forms`), none where its forms are not declined."""
        if self._declined_in is None:
            return
        for entry in self._entries:
            for language, variant in entry.language_forms:
                if language == self._language:
                    yield from ((form, entry) for form in self._declined_in(variant, entry.kind))

    def _mixed_pattern(self) -> re.Pattern[str] | None:
        """The mention pattern of a text in mixed case: the forms as written, and in capitals
        where no form as written is the same the places' (`CUBA`, `MOSCOW`) and the persons' of
        more than one word (`A.I. MIKOYAN`, `FIDEL CASTRO`), not a surname alone, which may be
        an acronym (`the ROA`)."""
        if self._mixed is None and self._capitals_pattern() is not None:
            by_form = self._forms()
            self._by_mixed_form = by_form | {
                form: entry for form, entry in self._by_capitals.items()
                if form not in by_form and (
                    entry.kind == "place" or entry.kind == "person" and len(form.split()) > 1)}
            self._mixed = _whole_words(self._by_mixed_form)
        return self._mixed

    def _capitals_pattern(self) -> re.Pattern[str] | None:
        """The mention pattern of the forms in capitals (`Gromyko` -> `GROMYKO`; `USSR` stays)."""
        if self._capitals is None and self._entries:
            self._by_capitals = _forms_of_one((form.upper(), entry)
                                              for form, entry in self._forms().items())
            self._capitals = _whole_words(self._by_capitals)
        return self._capitals


def _forms_of_one(*pairs: Iterator[tuple[str, Entry]]) -> dict[str, Entry]:
    """Form -> its entry, for each form of one entry only: a form two entries bear names neither."""
    owners: dict[str, dict[str, Entry]] = {}
    for form, entry in (pair for some in pairs for pair in some):
        owners.setdefault(form, {})[entry.id] = entry
    return {form: next(iter(bearers.values())) for form, bearers in owners.items()
            if len(bearers) == 1}


def _whole_words(by_form: dict[str, Entry]) -> re.Pattern[str] | None:
    """The pattern of the forms as whole words: no word character before a form's first one,
    none after it."""
    return re.compile(trie_regex(by_form, r"(?<!\w.)") + r"(?!\w)") if by_form else None
