"""The archive's Author field: the persons its catalogue form names, the document's authors."""

from __future__ import annotations

import re

from .model import Document
from .registers import Registers
from .resolve import named_mentions

AUTHOR_LABELS = frozenset({"author", "authors"})
"""The labels of the archive's field naming the document's authors."""
LIFE_DATES = r"(?:(?:b\.|d\.|born|died)\s*)?\d{4}\s*-\s*(?:\d{4})?"
"""A person's years in a catalogue heading: `1917-1963`, `1894-`, `b. 1921`."""
CATALOGUE_NAME = re.compile(
    r"(?P<surname>[^\W\d][^,;()]*?),\s*(?P<given>[^\W\d][^,;()]*?)"
    r"(?:\s*\((?P<fuller>[^()]*)\))?(?:,\s*(?P<life>" + LIFE_DATES + r"))?\.?")
"""A person as a library catalogue heads them, family name first: `Kennedy, John F. (John
Fitzgerald), 1917-1963`, `Khrushchev, Nikita Sergeevich, 1894-1971`, `Alekseev, A. I.`."""
AFTER_LIFE_DATES = re.compile(r"(?<=\d{4}-\d{4})\s+|(?<=\d{4}-)\s+|\s*;\s*")
"""Where one author of the field ends and the next begins: after their years (the archive
prints one a line, joined here) or at a semicolon."""


def field_authors(document: Document, registers: Registers) -> list[tuple[str, str]]:
    """(register ref or "", name in direct order) of each person the archive's Author field
    names in catalogue form (`CATALOGUE_NAME`): `Kennedy, John F. (John Fitzgerald),
    1917-1963` -> the register's kennedy-john, `John F. Kennedy`; a name no register holds kept
    as printed, in direct order, unlinked. A heading of no person's form (a government, an
    office) names none."""
    found = []
    for label, field in document.raw.metadata.extra:
        if label.lower() not in AUTHOR_LABELS:
            continue
        for heading in AFTER_LIFE_DATES.split(field.value.replace("\u00a0", " ").strip()):
            if (name := CATALOGUE_NAME.fullmatch(heading.strip())) is not None:
                direct = f"{name['given']} {name['surname']}"
                ref = next(filter(None, (_person(form, registers)
                                         for form in _name_forms(name))), "")
                found.append((ref, direct))
    return found


def _name_forms(name: re.Match[str]) -> list[str]:
    """The forms a catalogue heading's person may be registered by, in direct order: as
    printed (`John F. Kennedy`), the fuller forenames (`John Fitzgerald Kennedy`), the first
    forename (`Nikita Khrushchev`), the initials (`N. S. Khrushchev`: the register's spelling of
    a patronymic may be another, `Sergeyevich`)."""
    given, surname = name["given"].split(), name["surname"]
    initials = " ".join(f"{word[0]}." for word in given)
    return [f"{name['given']} {surname}", f"{name['fuller']} {surname}" if name["fuller"] else "",
            f"{given[0]} {surname}", f"{initials} {surname}"]


def _person(words: str, registers: Registers) -> str:
    """The register ref of the one person all of `words` name, "" otherwise (and for none)."""
    if not words:
        return ""
    mentions = [m for m in named_mentions(words, registers) if m.entry.kind == "person"]
    return mentions[0].entry.ref if len(mentions) == 1 and mentions[0].end == len(words) \
        and mentions[0].start == 0 else ""
