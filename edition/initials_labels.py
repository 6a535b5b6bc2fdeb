"""Labels of a participant's initials (`A.M.:` for A. I. Mikoyan) and the one participant each
names."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .alphabets import UPPER
from .name_forms import fold
from .registers import Entry

INITIALS_LABEL = re.compile(
    rf"^(?P<label>(?:[{UPPER}]\.\s?){{2,3}}):\s+(?=[{UPPER}0-9“\"‘(\[])")
"""`A.M.: I have read`, `R. R.: The Cuban side`: two or three initials, each with its period,
before a colon and the words of a speech; not one initial (`A.:`, `LETTER_LABEL`'s), not a
capital without its period (`AM:`, a word in capitals)."""


def initials_label(text: str) -> re.Match[str] | None:
    """The initials label opening `text` (`INITIALS_LABEL`), if any."""
    return INITIALS_LABEL.match(text) if ":" in text[:12] else None


def letters(label: str) -> str:
    """`A.M.` -> `AM`: the initials of a label, folded, without periods and spaces."""
    return fold(re.sub(r"[.\s]", "", label))


def person_initials(entry: Entry) -> frozenset[str]:
    """The initials a record may label `entry`'s turns with, by each form of his name of two
    words or more: the forename's and the surname's (`A.M.` of `A. I. Mikoyan` and of `Anastas
    Ivanovich Mikoyan`, `R.R.` of `Raúl Roa`, `C.L.` of `Carlos Lechuga Hevia`, whose surname is
    `Lechuga Hevia`), and every word's (`A.I.M.`)."""
    surname = fold(entry.surname.split()[0])[:1] if entry.surname.split() else ""
    found: set[str] = set()
    for form in (entry.name, *entry.variants):
        words = [fold(word)[:1] for word in re.split(r"[\s.]+", form) if word]
        if len(words) < 2:
            continue
        found |= {words[0] + words[-1], "".join(words)}
        if surname:
            found.add(words[0] + surname)
    return frozenset(found)


def participants_by_initials(label: str, persons: Iterable[Entry]) -> list[Entry]:
    """The `persons` (the document's participants) whose initials `label` gives, each once."""
    wanted = letters(label)
    found: list[Entry] = []
    for entry in persons:
        if entry.kind == "person" and wanted in person_initials(entry) and entry not in found:
            found.append(entry)
    return found
