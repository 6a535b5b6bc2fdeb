"""The offices a document's list of who was there gives its persons: `Ambassador Alekseev`."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .label_words import OFFICES
from .listed_persons import PRESENCE_HEAD
from .name_forms import titled_name, tokens

OFFICE_QUALIFIERS = frozenset("prime deputy vice first under assistant foreign acting".split())
"""Words that make an office of an office (`Prime Minister`, `Deputy Chairman`)."""
OFFICE_NOUNS = frozenset(word.casefold() for word in OFFICES)
PERSON_BREAK = re.compile(r"[,;]|\s+and\s+")
"""What parts the persons of a list on one line: `Present: Prime Minister Fidel Castro, ...,
Ambassador Alekseev`."""
OFFICE_WORDS = re.compile(r"^(?P<office>[^\W\d_][^\W\d_'’-]*(?:[\s-]+[^\W\d_]+)*?)"
                          r"(?=\s+(?:of|to|for|in|at)\b|\s*$)")
"""The capitalized words of an office before what it is of or to: `Minister` of `Minister of
Foreign Affairs of Cuba`, `Ambassador` of `Ambassador of Brazil`, `Secretary-General`."""


def listed_offices(lines: Iterable[str]) -> dict[str, str]:
    """The office (as `office_holders.office_key` compares it) -> the holder's name, of each
    office one person of the head's list of who was there holds (`lines`, the list's lines:
    `listed_persons.presence_lines`): an office before the name (`Present: Prime Minister Fidel
    Castro, ..., Ambassador Alekseev` -> {"prime minister": "Fidel Castro", "ambassador":
    "Alekseev"}) or after it and a comma, a person a line or parted by semicolons (`Raúl Roa,
    Minister of Foreign Affairs of Cuba` -> {"minister": "Raúl Roa"}), each part either way
    (`_persons`). An office two persons hold names neither."""
    holders: dict[str, set[str]] = {}
    for line in lines:
        for office, name in _persons(line.strip()):
            holders.setdefault(" ".join(office.split()).casefold(), set()).add(name)
    return {office: next(iter(names)) for office, names in holders.items() if len(names) == 1}


def _persons(line: str) -> list[tuple[str, str]]:
    """(office, name) of each person `line` lists with an office, each part of the list (parted
    by semicolons where it has any) read either way: the office before the name (`Ambassador
    Alekseev`) or after it and a comma (`Luis Bastian Pinto, Ambassador of Brazil`), the office
    then no person of its own."""
    head = PRESENCE_HEAD.match(line)
    items = line[head.end():] if head else line
    parts = [part.strip().rstrip(".") for part in (items.split(";") if ";" in items
                                                    else PERSON_BREAK.split(items))]
    found: list[tuple[str, str]] = []
    at = 0
    while at < len(parts):
        name, _, office = (part.strip() for part in parts[at].partition(","))
        pair = _office_after(name, office) if office else None
        if not office and at + 1 < len(parts):
            pair = _office_after(name, parts[at + 1], office_only)
            at += pair is not None   # `Fidel Castro, Prime Minister`: the office is no person
        pair = pair or _office_before(name)
        found += [pair] if pair is not None else []
        at += 1
    return found


def _office_after(name: str, office: str,
                  is_office: Callable[[str], bool] = bool) -> tuple[str, str] | None:
    """(office, name) of `Raúl Roa` and `Minister of Foreign Affairs of Cuba`: the office's words
    before what it is of (`OFFICE_WORDS`), a name of two words or more in title case. Of a part
    of a list after a name, the words must be an office's alone (`is_office`: `office_only`),
    not another person's, `Ambassador Alekseev`."""
    words = OFFICE_WORDS.match(office.strip().rstrip("."))
    if words is None or len(name.split()) < 2 or not all(w[:1].isupper() for w in name.split()) \
            or not is_office(words["office"]):
        return None
    return words["office"], name


def _office_before(item: str) -> tuple[str, str] | None:
    """(office, name) of `Prime Minister Fidel Castro`: the titles before a name
    (`name_forms.titled_name`), and the name after them as printed."""
    titled = titled_name(item)
    if titled is None:
        return None
    words, at, read = item.split(), 0, 0
    while at < len(words) and read < len(titled[0]):   # `Secretary of State` is three words
        read += len(tokens(words[at]))
        at += 1
    return " ".join(words[:at]), " ".join(words[at:])


def office_only(label: str) -> bool:
    """Whether a speaker's `label` names an office and no person: `The Ambassador`, `The Prime
    Minister`, `THE SECRETARY-GENERAL` (`label_words.OFFICES` and the words qualifying one,
    `OFFICE_QUALIFIERS`); not `Ambassador Alekseev`, `KING`, `Mr. Speaker`."""
    words = re.split(r"[\s-]+", label.casefold().removeprefix("the "))
    return any(word in OFFICE_NOUNS for word in words) \
        and all(word in OFFICE_NOUNS or word in OFFICE_QUALIFIERS for word in words)
