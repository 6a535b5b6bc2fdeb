"""The register's holder of an office a label names alone, by his occupation: a person the title
names (`The Secretary-General:`), or the record's own country's (`The President:`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .listed_offices import OFFICE_BEFORE_OF, office_only
from .office_holders import office_key, participants_named
from .registers import Entry, Registers

RECORD_COUNTRIES = {
    "the united states": re.compile(r"Presidential Library|Department of State|\bCIA\b|"
                                    r"Central Intelligence Agency|Foreign Relations of the "
                                    r"United States|Public Papers of the Presidents|"
                                    r"\b(?:Kennedy|Johnson|Eisenhower|Truman|Nixon) Library\b|"
                                    r"(?:^|:\s*)(?:U\.S\. )?National Archives\b"),
    "cuba": re.compile(r"\bde Cuba\b|Consejo de Estado|\bMINREX\b"),
}
"""The country whose record a document is, by the repository its source statement names first,
before any comma, semicolon or parenthesis (`John F. Kennedy Presidential Library, National
Security Files, ...`, FRUS's `Source: Kennedy Library, ...`, `National Archives, RG 59, ...`,
`Instituto de Historia de Cuba, Havana`); not a copy's provider after it (`Russian Foreign
Ministry archives, copy provided by National Security Archive`), nor another country's
national archives (`Hungarian National Archives`)."""
COUNTRY_FORMS = {"the united states of america": "the united states",
                 "the republic of cuba": "cuba"}
"""The longer names an occupation gives a country (`President of the Republic of Cuba`)."""
REPOSITORY_END = re.compile(r"[,;(]")


def record_country(source: str) -> str:
    """The country (`RECORD_COUNTRIES`) of the record whose archive's source statement is
    `source`, by its repository; "" where it names none of them."""
    repository = REPOSITORY_END.split(source, maxsplit=1)[0]
    return next((country for country, named in RECORD_COUNTRIES.items()
                 if named.search(repository)), "")


def offices_of(entry: Entry) -> Iterator[tuple[str, str]]:
    """(office, what it is of), as `office_key` compares them, of each office the register's
    occupation of `entry` gives, each `;` part an office's words before what it is of
    (`listed_offices.OFFICE_BEFORE_OF`, `office_only`): `Acting Secretary-General of the United
    Nations` -> ("secretary-general", "the united nations"), an acting holder holding the
    office; `First Deputy Minister of Foreign Affairs of the USSR` -> ("first deputy
    minister", ...), no minister's; `Soviet negotiator at ...` none."""
    for part in map(str.strip, entry.role.split(";")):
        words = OFFICE_BEFORE_OF.match(part)
        if words is not None and office_only(words["office"]):
            of = office_key(part[words.end():]).removeprefix("of ")
            yield office_key(words["office"]).removeprefix("acting "), COUNTRY_FORMS.get(of, of)


def title_holders(registers: Registers, title: str) -> dict[str, str]:
    """The office -> its holder's name of each office the occupation of one person the `title`
    names as one who met gives (`office_holders.participants_named`, `offices_of`): `The
    Secretary-General:` under `Memorandum of Conversation between U Thant and V. V. Kuznetsov`
    is U Thant, Acting Secretary-General; an office two of them hold ties neither."""
    named = (registers.get(ident) for ident in participants_named(registers, title))
    return _sole_holders(entry for entry in named if entry is not None)


def country_holders(registers: Registers, country: str, date: str) -> dict[str, str]:
    """The office -> its holder's name of each office of the record's `country` itself
    (`record_country`: `President of the United States` in an American record, `President of
    the Republic of Cuba` in a Cuban one) the registers give one person, in office on the
    record's `date` by the days the register gives his office (`_in_office`); none for an
    undated record or one of no country read."""
    if not country or not date:
        return {}
    found = _country_offices(registers).get(country, {})
    return {office: held[0].name for office, held in found.items()
            if len(held) == 1 and _in_office(held[0], date)}


UN_RECORDS = re.compile(r"\b(?:(?<!National )Security Council|General Assembly|United Nations)\b")
"""A title naming a body of the United Nations, or the United Nations: a record of the
organization, whose officers' offices its labels name alone (`The SECRETARY-GENERAL:`)."""
UN = "the united nations"


def organization_holders(registers: Registers, title: str, date: str) -> dict[str, str]:
    """The office -> its holder's name of each office of the United Nations the registers give
    one person on the `date` of a record whose `title` names the organization or a body of it
    (`UN_RECORDS`, `country_holders`), each also as an acting holder's: `The SECRETARY-GENERAL:`,
    `The ACTING SECRETARY-GENERAL:` in the Security Council's verbatim record of November 1962
    are U Thant, Acting Secretary-General from November 1961, Secretary-General to 1971."""
    if UN_RECORDS.search(title) is None:
        return {}
    held = country_holders(registers, UN, date)
    return held | {f"acting {office}": name for office, name in held.items()}


def offices_held(entries: list[Entry], date: str) -> dict[str, str]:
    """The office -> its holder's name of each office the occupation of `entries` gives
    (`offices_of`), where the register says its holder held it on the record's `date`
    (`_in_office`): `The President:` beside `JFK:` in a transcript of 1962 is John F. Kennedy."""
    return _sole_holders(entry for entry in entries if date and _in_office(entry, date))


def _sole_holders(entries: Iterable[Entry]) -> dict[str, str]:
    """The office -> its holder's name of each office the occupation of one of `entries` gives
    (`offices_of`); an office two of them hold ties neither."""
    found: dict[str, set[Entry]] = {}
    for entry in entries:
        for office, _ in offices_of(entry):
            found.setdefault(office, set()).add(entry)
    return {office: next(iter(held)).name for office, held in found.items() if len(held) == 1}


def _country_offices(registers: Registers) -> dict[str, dict[str, tuple[Entry, ...]]]:
    """`Registers.country_offices`, made once from every registered person's occupation
    (`offices_of`), not again for each document."""
    if registers.country_offices is None:
        found: dict[str, dict[str, tuple[Entry, ...]]] = {}
        for entry in registers.entries("person"):
            for office, of in offices_of(entry) if not entry.provisional else ():
                held = found.setdefault(of, {})
                if entry not in held.get(office, ()):   # `Acting X of ...; X of ...`: one
                    held[office] = held.get(office, ()) + (entry,)
        registers.country_offices = found
    return registers.country_offices


def _in_office(entry: Entry, date: str) -> bool:
    """Whether the ISO `date` lies in the days the register says the person held his office
    (`Entry.role_span`, to the precision both have); never where it gives none: a lifetime is
    no term (Kennedy was no President in 1960, nor on 5 December 1963)."""
    first, last = entry.role_span
    return bool(first and last) and first[:len(date)] <= date[:len(first)] \
        and date[:len(last)] <= last[:len(date)]


TITLE_WORD = re.compile(r"[A-Z][\w'’.-]*")


def offices_of_others(registers: Registers, title: str, holders: dict[str, str]) -> set[str]:
    """The offices of `holders` that the `title` prints before the name of a person the
    registers lack (`President Goulart`, `Prime Minister Macmillan`): another man in the
    conversation holds that office, so the label is no tie to the register's holder. (One the
    registers hold, `President Kennedy` in a title on him, is weighed by `title_holders`.)"""
    words = [(found.group(), found.end()) for found in TITLE_WORD.finditer(title)]
    others = set()
    for at, (word, end) in enumerate(words[:-1]):
        for stop in range(at + 1, min(at + 4, len(words))):
            office = " ".join(w for w, _ in words[at:stop])
            name = words[stop][0].rstrip(".,")
            key = office_key(office)
            if office_only(office) and key in holders and name not in holders[key].split() \
                    and registers.registered_person(name) is None:
                others.add(key)
    return others


CHAIRED_BODIES = re.compile(r"\b(?:(?<!National )Security Council|General Assembly|"
                            r"Organ of Consultation|Council of the Organization of American "
                            r"States)\b", re.IGNORECASE)
"""Bodies whose record's `The President:` is the one who chairs the meeting (`Provisional
Verbatim Record of the 1022nd Meeting of the Security Council`: Zorin in October 1962), whatever
the country whose archive keeps the record; not the National Security Council's (`The President:`
of the Executive Committee's meetings is Kennedy)."""
OFFICE_AFTER_ADJECTIVE = re.compile(r"\b([A-Z][a-z]+)\s+((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)\b")


def chairs_its_own(title: str) -> bool:
    """Whether the `title` names a body that chairs its own meetings (`CHAIRED_BODIES`): its
    record's office alone is no country's holder."""
    return CHAIRED_BODIES.search(title) is not None


def offices_of_another_country(title: str, country: str,
                               nationalities: dict[str, str]) -> set[str]:
    """The offices the `title` prints after the adjective of another country than the record's
    `country` (`nationalities`: adjective -> country): `Conversation of Mikoyan with the Cuban
    President` in an American record ties `The President:` to no American."""
    found = set()
    for match in OFFICE_AFTER_ADJECTIVE.finditer(title):
        named = nationalities.get(match[1].casefold())
        if named and office_only(match[2]) and not _same_country(match[1], named, country):
            found.add(office_key(match[2]))
    return found


def _same_country(adjective: str, named: str, country: str) -> bool:
    return named in country or (adjective.casefold() == "american"
                                and country == "the united states")
