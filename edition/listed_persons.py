"""The persons a document's head lists as there: `Present: Brezhnev, Kosygin`, `Mr. Georgi
Kornienko, Counselor of the Soviet Embassy` -> (forenames, surname) each."""

from __future__ import annotations

import re

from .name_forms import listed_name, tokens
from .record_fields import PRESENCE_FIELDS
from .speakers import PARTICLE

LIST_BREAK = re.compile(r"[,;:]|\s+and\s+")
"""What parts the persons a list names: `Present: Mr. Bundy, Mr. Rusk and Ambassador Thompson`."""
NAME_PARTICLE = re.compile(PARTICLE)
PRESENCE_HEAD = re.compile(rf"^(?:\w+\s+)?(?:{'|'.join(sorted(PRESENCE_FIELDS))})\s*:",
                           re.IGNORECASE)
"""`Present:`, `Chinese participants:`, `Присутствовали:`, `PRESENT:`: the head of the record's
list of who was there, whose every name is a participant's, with no title (`Present: Brezhnev,
Kozlov, Kosygin`)."""
BRACKETED = re.compile(r"\[[^\[\]]*\]")


def listed_names(text: str, lines: tuple[str, ...]) -> list[tuple[tuple[str, ...], str]]:
    """(forenames, surname) of each person the paragraph `text` of source `lines` lists
    (`SpeakerLookup.participants`)."""
    presence = PRESENCE_HEAD.match(text)
    if presence is not None:
        parts = LIST_BREAK.split(BRACKETED.sub("", text[presence.end():]))
    else:
        parts = [part for line in lines for part in LIST_BREAK.split(line)]
    found = []
    for part in filter(capitalized, map(str.strip, parts)):
        listed = listed_name(part)
        if listed is None and presence is not None and 0 < len(words := tokens(part)) <= 4:
            listed = words[:-1], words[-1]   # `Present: Brezhnev, Kosygin`
        if listed is not None:
            found.append(listed)
    return found


def capitalized(words: str) -> bool:
    """Whether every word of `words` opens with a capital, or is a name's particle (`de`)."""
    return all(word[:1].isupper() or NAME_PARTICLE.fullmatch(word + " ")
               for word in words.split())
