"""A surname register persons share (`MIKOYAN:`, `S. Mikoyan`) -> the one title or initials name."""

from __future__ import annotations

import re

from .given_names import given_names_fit
from .registers import Entry, Registers
from .name_forms import tokens, untitled_tokens

AUTHOR_AFTER = re.compile(r"['’]s\s+(?:notes|record|diary|memoirs?|recollections)\b",
                          re.IGNORECASE)
"""The words after a name in a title that make its bearer the document's author (`Sergo
Mikoyan's Notes on His Father's Trip`), not one who speaks in it."""
AUTHOR_BEFORE = re.compile(r"\bby\s+(?:[A-Z]\.\s?)*$", re.IGNORECASE)
"""The word before a name in a title that makes its bearer the author (`Note by V. Tikhmenev`),
and before initials found outside the name (`Note by S. A. Mikoyan`, found as `A. Mikoyan`)."""
INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.[ \t]?){1,3}$")
"""Initials right before a surname: `S. ` of `S. Mikoyan`."""
FORM_INITIALS = re.compile(r"(?:[A-Z]\.[ \t]?)+(?=[^\W\d_])")
"""The initials a register form opens with: `A. ` of `A. Mikoyan`."""


def namesakes(registers: Registers, label: str) -> tuple[Entry, ...]:
    """The register's persons (none provisional) whose family name is the one word `label` says
    after its titles (`MIKOYAN`, `Mr. Mikoyan`: Anastas and Sergo Mikoyan), when there are two or
    more of them; () for a label with given names or initials (`A.I. MIKOYAN`) or a surname one
    person bears."""
    words = untitled_tokens(label)
    if len(words) != 1:
        return ()
    found = registers.surname_bearers(words[0])
    return found if len(found) > 1 else ()


def named_in(registers: Registers, text: str, persons: tuple[Entry, ...]) -> Entry | None:
    """The one of `persons` that `text` (a document's title) names, by a form of its name in the
    register (`Oral History Interview with Sergo Mikoyan`: Sergo), other than as the document's
    author (`AUTHOR_AFTER`, `AUTHOR_BEFORE`: `Sergo Mikoyan's Notes on His Father's Trip` names
    none); None where it names none of them or more than one."""
    named = {by_initials(registers, text, start, end, entry).id
             for start, end, entry in registers.mention_spans(text)
             if not AUTHOR_AFTER.match(text, end) and not AUTHOR_BEFORE.search(text, 0, start)}
    found = [entry for entry in persons if entry.id in named]
    return found[0] if len(found) == 1 else None


def by_initials(registers: Registers, text: str, start: int, end: int, entry: Entry) -> Entry:
    """The person a surname found at `start`..`end` as `entry`'s form names, by the initials right
    before it (`INITIALS_BEFORE`): the one namesake (`namesakes`) whose given names they are,
    where they are not `entry`'s (`S. Mikoyan`: Sergo, where `Mikoyan` is Anastas's form), with
    those the form opens with (`S. A. Mikoyan`, found as Anastas's form `A. Mikoyan`: Sergo
    Anastasovich's); else `entry` (`A. Mikoyan`, `5 P.M. Mikoyan`)."""
    initials = INITIALS_BEFORE.search(text, max(0, start - 12), start)
    if initials is None or entry.kind != "person":
        return entry
    own = FORM_INITIALS.match(text, start, end)
    given = initials.group() + (own.group() if own else "")
    if given_names_fit(registers.person_key(entry), given):
        return entry
    surname = text[own.end() if own else start:end]
    fitting = [person for person in namesakes(registers, surname)
               if given_names_fit(registers.person_key(person), given)]
    return fitting[0] if len(fitting) == 1 else entry


COORDINATED = re.compile(r"[ \t]+(?:and|y|и)[ \t]+$")
"""Between two names of a pair: `Fidel and Raúl`, `Fidel y Raúl`, `Фидель и Рауль`."""


def coordinated_kin(registers: Registers, text: str, start: int, entry: Entry,
                    linked: dict[int, str]) -> bool:
    """Whether the given name at `start`, `entry`'s, follows `and` (`COORDINATED`) after a name
    linked (`linked`: where each linked name ends -> its ref) to another person of `entry`'s
    surname: `Fidel and Raúl` is Raúl Castro where `Fidel` is Fidel Castro, whoever else bears
    `Raúl`."""
    joint = COORDINATED.search(text, max(0, start - 8), start)
    other = registers.get(linked.get(joint.start(), "")) if joint else None
    return bool(entry.surname) and other is not None and other.id != entry.id \
        and other.surname == entry.surname


def forename_sharers(registers: Registers, label: str) -> tuple[Entry, ...]:
    """The register's persons (none provisional) one of whose given names is the one word `label`
    says after its titles (`Raúl:`: Raúl Castro and Raúl Roa), when there are two or more of
    them; () otherwise."""
    words = untitled_tokens(label)
    found = sorted(registers.forename_bearers(words[0])) if len(words) == 1 else []
    return tuple(entry for entry_id in found if (entry := registers.get(entry_id)) is not None) \
        if len(found) > 1 else ()
