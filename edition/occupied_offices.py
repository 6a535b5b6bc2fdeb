"""The register's holder of an office a label names alone, by his occupation: a person the title
names (`The Secretary-General:`)."""

from __future__ import annotations

from collections.abc import Iterator

from .listed_offices import OFFICE_WORDS, office_only
from .office_holders import office_key, participants_named
from .registers import Entry, Registers

COUNTRY_FORMS = {"the united states of america": "the united states",
                 "the republic of cuba": "cuba"}
"""The longer names an occupation gives a country (`President of the Republic of Cuba`)."""


def offices_of(entry: Entry) -> Iterator[tuple[str, str]]:
    """(office, what it is of), as `office_key` compares them, of each office the register's
    occupation of `entry` gives, each `;` part an office's words before what it is of
    (`listed_offices.OFFICE_WORDS`, `office_only`): `Acting Secretary-General of the United
    Nations` -> ("secretary-general", "the united nations"), an acting holder holding the
    office; `First Deputy Minister of Foreign Affairs of the USSR` -> ("first deputy
    minister", ...), no minister's; `Soviet negotiator at ...` none."""
    for part in map(str.strip, entry.role.split(";")):
        words = OFFICE_WORDS.match(part)
        if words is not None and office_only(words["office"]):
            of = office_key(part[words.end():]).removeprefix("of ")
            yield office_key(words["office"]).removeprefix("acting "), COUNTRY_FORMS.get(of, of)


def title_holders(registers: Registers, title: str) -> dict[str, str]:
    """The office -> its holder's name of each office the occupation of one person the `title`
    names as one who met gives (`office_holders.participants_named`, `offices_of`): `The
    Secretary-General:` under `Memorandum of Conversation between U Thant and V. V. Kuznetsov`
    is U Thant, Acting Secretary-General; an office two of them hold ties neither."""
    found: dict[str, set[Entry]] = {}
    for ident in participants_named(registers, title):
        entry = registers.get(ident)
        for office, _ in offices_of(entry) if entry is not None else ():
            found.setdefault(office, set()).add(entry)
    return {office: next(iter(held)).name for office, held in found.items() if len(held) == 1}
