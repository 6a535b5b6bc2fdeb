"""The provisional persons of the registers: stand-ins for speakers and foreign ids unknown."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from contextlib import contextmanager
from typing import Iterator

from lxml import etree

from .alphabets import script_of
from .name_forms import (clean, provisional_id, provisional_source_id, same_person, slug,
                         titled_name, transliteration_key, untitled_tokens)
from .register_files import KINDS, Entry, PersonKey


class ProvisionalPersons:
    """`Registers`' persons made for a speaker label or a foreign person id the register files
    lack (`provisional`), each document's own while it is encoded; the registers hold the state
    it reads and writes, declared here."""

    _entries: dict[str, Entry]
    _elements: dict[str, etree._Element]
    _provisional: dict[str, Entry]
    """Label -> its provisional person: the main process adds those of every document."""
    _sourced: dict[str, Entry]
    """Scoped foreign id (`frus1969-76v12#p_NRM1`) -> its provisional person."""

    _add: Callable[[Entry, PersonKey | None, etree._Element | None], None]
    """Adds an entry to the registers (`Registers._add`)."""
    _forget_lookups: Callable[[], None]
    """Drops what was looked up by name (`Registers._forget_lookups`)."""

    def add_provisional_person(self, label: str) -> Entry:
        """A stand-in person for an unknown speaker label (bootstrap mode); remembered."""
        label = clean(label)
        if label in self._provisional:
            return self._provisional[label]
        return self._new_provisional(provisional_id(label), label, (label,))

    def provisional_speaker(self, label: str, spelt: str = "") -> Entry:
        """`add_provisional_person` for a speaker label of the document being encoded, which
        may name the provisional person of another label: the one whose labels have the title
        and surname of `label` and forenames that do not contradict its (`Mr. Healey` and `Mr.
        Denis Healey` are one person, whichever comes first; not `Mr. Edna Healey` nor `Mrs.
        Healey`), or the one of the name the title `spelt` out for it (`title_names.spelt_out`:
        `BALL` is `George Ball`'s). The label is then that person's until
        `own_provisional_persons` ends."""
        label = clean(label)
        if label not in self._provisional and spelt and clean(spelt) != label:
            self._provisional[label] = self._with_form(self.provisional_speaker(spelt), label)
        if label not in self._provisional and (alike := self._provisional_alike(label)):
            self._provisional[label] = alike
        if label not in self._provisional and (other := self._in_another_script(label)):
            self._provisional[label] = self._with_form(other, label)   # `Громыко`, `GROMYKO`
        return self.add_provisional_person(label)

    def _in_another_script(self, label: str) -> Entry | None:
        """The one provisional person whose label is the surname alone that `label`, a surname
        alone, spells in another script (`Громыко` and `GROMYKO`: `_surname_read`); None if none
        or several."""
        key = _surname_read(label)
        found = {entry.id: entry for known, entry in self._provisional.items()
                 if key and _surname_read(known) == key and script_of(known) != script_of(label)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _with_form(self, entry: Entry, label: str) -> Entry:
        """The provisional person `entry` with the form `label` besides its name (`BALL` of
        `George Ball`), by which the document's later labels find it as before."""
        entry = dataclasses.replace(entry, variants=(*entry.variants, label))
        self._add(entry, None, None)
        self._provisional.update({known: entry for known, held in self._provisional.items()
                                  if held.id == entry.id})
        return entry

    def _provisional_alike(self, label: str) -> Entry | None:
        """The one provisional person every label of whom may name the person `label` names
        (`_same_person`); None if none or several."""
        wanted = titled_name(label)
        if wanted is None:
            return None
        labels: dict[str, list[str]] = {}
        for known, entry in self._provisional.items():
            labels.setdefault(entry.id, []).append(known)
        alike = [ident for ident, known in labels.items()
                 if all(same_person(wanted, titled_name(name)) for name in known)]
        return self._entries[alike[0]] if len(alike) == 1 else None

    def add_source_person(self, source: str, name: str) -> Entry:
        """The provisional person of a foreign person id scoped by where it is defined
        (`frus1969-76v12#p_NRM1`): one per scoped id, whatever names documents give it.

        Its id is made from `source` alone (`provisional_source_id`); each name is a variant,
        the longest (then the first in sorted order) its main name, so that the entry is the
        same whatever order the names come in. An entry of the register file is kept as it is."""
        name = clean(name)
        entry = self._sourced.get(source)
        if entry is None:
            entry = self._new_provisional(provisional_source_id(source), name, (name,), source)
        elif name not in entry.variants and entry.id not in self._elements:
            names = sorted({*entry.variants, name}, key=lambda n: (-len(n), n))
            entry = dataclasses.replace(entry, name=names[0], variants=tuple(names))
            self._add(entry, None, None)
            self._sourced[source] = entry
        return entry

    def _new_provisional(self, base: str, name: str, variants: tuple[str, ...],
                         source: str = "") -> Entry:
        ident, number = base, 2
        while ident in self._entries:  # only a registered entry can hold it: see provisional_id
            ident, number = f"{base}-{number}", number + 1
        entry = Entry(ident, "person", KINDS["person"].file, name, variants, provisional=True,
                      source=source)
        self._add(entry, None, None)  # matched by its exact names only, never by surname
        return entry

    @contextmanager
    def own_provisional_persons(self) -> Iterator[None]:
        """The provisional persons added inside are removed when it ends: a document encoded
        inside sees none of those of the documents its worker encoded before it, so that its
        TEI and its persons are the same whichever worker encodes it, and in what order."""
        before = (set(self._provisional), set(self._sourced))
        try:
            yield
        finally:
            added = [self._provisional.pop(label) for label in set(self._provisional) - before[0]]
            added += [self._sourced.pop(source) for source in set(self._sourced) - before[1]]
            kept = {entry.id for entry in (*self._provisional.values(), *self._sourced.values())}
            for ident in {entry.id for entry in added} - kept:   # a label of another's: kept
                del self._entries[ident]
            if added:
                self._forget_lookups()


def _surname_read(label: str) -> str:
    """A label that is a surname alone, with its titles (`untitled_tokens`), in Latin letters as
    any transliteration of Russian spells it (`slug`, `transliteration_key`): `Громыко`,
    `GROMYKO`, `Mr. Gromyko` -> 'GROMYKO'; '' for a label of more words."""
    words = untitled_tokens(label)
    return transliteration_key(slug(words[0]).upper()) if len(words) == 1 else ""
