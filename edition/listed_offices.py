"""The offices a document's list of who was there gives its persons: `Ambassador Alekseev`."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .embedded_names import NATIONALITIES
from .label_words import OFFICE_QUALIFIERS, OFFICES
from .listed_persons import PRESENCE_HEAD
from .name_forms import titled_name, tokens
from .office_holders import office_key
from .registers import Registers
from .resolve import named_mentions

OFFICE_NOUNS = frozenset(word.casefold() for word in OFFICES)
PERSON_BREAK = re.compile(r"[,;]|\s+and\s+")
"""What parts the persons of a list on one line: `Present: Prime Minister Fidel Castro, ...,
Ambassador Alekseev`."""
OF_WORDS = frozenset({"of", "for"})
"""What an office goes on with to say whose it is: `Chairman of the Council of Ministers`."""
INITIAL = re.compile(r"(?:[^\W\d_]\.)+")
"""A forename's initial, or two (`A.`, `A.I.`): where a name begins after its office."""
OFFICE_BEFORE_OF = re.compile(r"^(?P<office>[^\W\d_][^\W\d_'’-]*(?:[\s-]+[^\W\d_]+)*?)"
                          r"(?=\s+(?:of|to|for|in|at)\b|\s*$)")
"""The capitalized words of an office before what it is of or to: `Minister` of `Minister of
Foreign Affairs of Cuba`, `Ambassador` of `Ambassador of Brazil`, `Secretary-General`."""
OFFICE_NATIONS = frozenset(NATIONALITIES) | {"soviet", "russian", "u.s."}
"""A country's adjective before an office, which says whose the office is, not which: `Soviet
Ambassador A. I. Alekseev` is the list's `Ambassador`."""
OFFICE_IN_PARENTHESES = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<office>[^()]+)\)$")
"""`A. I. Alekseev (Ambassador of the USSR)`: a listed name with its office in parentheses."""
PORTFOLIO_MINISTER = re.compile(
    r"^(?!(?:{})\s)[^\W\d_]+ minister$".format("|".join(OFFICE_QUALIFIERS - {"foreign"})))
"""A minister's office named by his portfolio (`foreign minister`, `defense minister`, as
`office_key` folds it), which a label may leave out: `Foreign Minister Raúl Roa` is `The
Minister:`; not a rank's (`Prime Minister`, `Deputy Minister`), nor another office's."""


Listing = dict[str, set[tuple[str, str]]]
"""The office (as `office_holders.office_key` compares it) -> (the office as printed, the name of
its holder) of each person the head's list gives it; the name "" of an office listed alone."""


def offices_listed(lines: Iterable[str]) -> Listing:
    """The offices of the persons the head's list of who was there names (`lines`, the list's
    lines: `listed_persons.presence_lines`): an office before the name (`Present: Prime Minister
    Fidel Castro, ..., Ambassador Alekseev` -> {"prime minister": {("Prime Minister", "Fidel
    Castro")}, "ambassador": {("Ambassador", "Alekseev")}}) or after it and a comma, a person a
    line or parted by semicolons (`Raúl Roa, Minister of Foreign Affairs of Cuba` ->
    {"minister": {("Minister", "Raúl Roa")}}), each part either way (`_persons`); an office
    alone (`Present: The President, ...` -> {"president": {("The President", "")}})."""
    holders: Listing = {}
    for line in lines:
        for office, name in _persons(line.strip()):
            key = office_key(office)
            for key in {key, "minister" if PORTFOLIO_MINISTER.match(key) else key}:
                holders.setdefault(key, set()).add((office, name))   # `The Minister:` too
    return holders


def listed_offices(listing: Listing) -> dict[str, tuple[str, str]]:
    """The office -> (the office as printed, the holder's name) of each office of `listing` one
    named person holds; an office two persons hold names neither."""
    named = {office: {pair for pair in pairs if pair[1]} for office, pairs in listing.items()}
    return {office: next(iter(pairs)) for office, pairs in named.items() if len(pairs) == 1}


def sole_holders(registers: Registers, listing: Listing) -> dict[str, str]:
    """The office -> its holder's name of each office one person of the head's `listing` holds
    (`listed_offices`), the name with the office where the register's person of the name alone
    holds another (`held_as_listed`: `Attorney General Kennedy`, not the President's
    `Kennedy`)."""
    return {office: name if held_as_listed(registers, printed, name) else f"{printed} {name}"
            for office, (printed, name) in listed_offices(listing).items()}


def unheld(listing: Listing, office: str) -> str:
    """Why the head's `listing` ties the `office` (`office_key`) to no one: what it lists."""
    names = {name for _, name in listing.get(office, ()) if name}
    if len(names) > 1:
        return f"an office {len(names)} listed persons hold"
    if office in listing:
        return "an office the list names with no holder"
    return "no holder of the office read in the list of who was there" if listing \
        else "no list of who was there giving offices read"


def held_as_listed(registers: Registers, office: str, name: str) -> bool:
    """Whether the register person the listed `name` names by itself, if one, is the one the
    text names with its `office` before it (`resolve.named_mentions`: `Attorney General Kennedy`
    is not John F. Kennedy, the President, `person_names.another_post`; `Vice President
    Kennedy` neither, `person_names.under_a_deputys_office`); a name of no one or of several
    persons passes, left to the speaker's lookup."""
    entry = registers.registered_person(name)
    text = f"{office} {name}"
    return entry is None or any(mention.entry == entry and mention.end == len(text)
                                for mention in named_mentions(text, registers))


def _persons(line: str) -> list[tuple[str, str]]:
    """(office, name) of each person `line` lists with an office, each part of the list (parted
    by semicolons where it has any) read either way: the office before the name (`Ambassador
    Alekseev`) or after it and a comma (`Luis Bastian Pinto, Ambassador of Brazil`), the office
    then no person of its own; a name with its office before it takes none after it (`Prime
    Minister Fidel Castro, First Deputy Chairman of the Council of Ministers A. I. Mikoyan`:
    two persons)."""
    head = PRESENCE_HEAD.match(line)
    items = line[head.end():] if head else line
    parts = [part.strip().rstrip(".") for part in (items.split(";") if ";" in items
                                                    else PERSON_BREAK.split(items))]
    found: list[tuple[str, str]] = []
    at = 0
    while at < len(parts):
        name, _, office = (part.strip() for part in _office_apart(parts[at]).partition(","))
        pair = _office_after(name, office) if office else None
        if not office and at + 1 < len(parts) and _office_before(name) is None:
            pair = _office_after(name, parts[at + 1], office_only)
            at += pair is not None   # `Fidel Castro, Prime Minister`: the office is no person
        pair = pair or _office_before(name) or ((name, "") if office_only(name) else None)
        found += [pair] if pair is not None else []
        at += 1
    return found


def _office_after(name: str, office: str,
                  is_office: Callable[[str], bool] = bool) -> tuple[str, str] | None:
    """(office, name) of `Raúl Roa` and `Minister of Foreign Affairs of Cuba`: the office's words
    before what it is of (`OFFICE_BEFORE_OF`), a name of two words or more in title case. Of a part
    of a list after a name, the words must be an office's alone (`is_office`: `office_only`),
    not another person's, `Ambassador Alekseev`."""
    words = OFFICE_BEFORE_OF.match(_unnationed(office.strip().rstrip(".")))
    if words is None or not all(w[:1].isupper() for w in name.split()) \
            or not is_office(words["office"]) \
            or len(name.split()) < 2 and not (len(name.split()) == 1 and name.isalpha()
                                              and office_only(words["office"])):
        return None   # `Alekseev, Ambassador`: one name's word before an office alone
    return words["office"], name


def _office_apart(part: str) -> str:
    """A listed `part` with its office after a comma, as `_persons` reads one: `A. I. Alekseev
    (Ambassador of the USSR)` -> `A. I. Alekseev, Ambassador of the USSR`; other parts as they
    are."""
    enclosed = OFFICE_IN_PARENTHESES.match(part)
    return f"{enclosed['name']}, {enclosed['office']}" if enclosed else part


def _unnationed(words: str) -> str:
    """`words` without a country's adjective opening them before an office (`OFFICE_NATIONS`):
    `Soviet Ambassador A. I. Alekseev` -> `Ambassador A. I. Alekseev`."""
    first, _, rest = words.partition(" ")
    return rest if first.casefold() in OFFICE_NATIONS and rest[:1].isupper() else words


def _office_before(item: str) -> tuple[str, str] | None:
    """(office, name) of `Prime Minister Fidel Castro`: the titles before a name
    (`name_forms.titled_name`) and the office's words after them (`_office_bounds`), up to what
    it is of as `_office_after` reads it, and the name as printed; None where the name's first
    word is not told."""
    item = _unnationed(item)
    titled = titled_name(item)
    if titled is None:
        return None
    words, at, read = item.split(), 0, 0
    while at < len(words) and read < len(titled[0]):   # `Secretary of State` is three words
        read += len(tokens(words[at]))
        at += 1
    bounds = _office_bounds(words, at)
    return (" ".join(words[:bounds[0]]), " ".join(words[bounds[1]:])) if bounds else None


def _office_bounds(words: list[str], at: int) -> tuple[int, int] | None:
    """Where the office the titles `words[:at]` open ends, and where the name begins: after the
    office's nouns and qualifiers going on from the titles (`First Deputy` `Chairman`); where it
    goes on with `of` or `for` (`First Deputy Chairman` `of the Council of Ministers A. I.
    Mikoyan`), or the titles stop at a qualifier after one (`Minister of Foreign` of `... Affairs
    Raúl Roa`), the name begins at its first initial, and there is none if it has none."""
    while at < len(words) - 1 and _folded(words[at]) in OFFICE_NOUNS | OFFICE_QUALIFIERS:
        at += 1
    office = [_folded(word) for word in words[:at]]
    if _folded(words[at]) not in OF_WORDS and not (
            office[-1] in OFFICE_QUALIFIERS and OF_WORDS & set(office)):
        return at, at
    name = next((index for index in range(at, len(words)) if INITIAL.fullmatch(words[index])),
                None)
    end = office.index(next(word for word in office if word in OF_WORDS)) \
        if OF_WORDS & set(office) and office[-1] in OFFICE_QUALIFIERS else at
    return (end, name) if name else None


def _folded(word: str) -> str:
    return word.strip(",.").casefold()


def office_only(label: str) -> bool:
    """Whether a speaker's `label` names an office and no person: `The Ambassador`, `The Prime
    Minister`, `THE SECRETARY-GENERAL` (`label_words.OFFICES` and the words qualifying one,
    `OFFICE_QUALIFIERS`); not `Ambassador Alekseev`, `KING`, `Mr. Speaker`."""
    words = re.split(r"[\s-]+", label.casefold().removeprefix("the "))
    return any(word in OFFICE_NOUNS for word in words) \
        and all(word in OFFICE_NOUNS or word in OFFICE_QUALIFIERS for word in words)
