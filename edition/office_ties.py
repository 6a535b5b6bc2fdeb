"""The holders a document's head and title tie the labels of an office alone to (`The
Ambassador:`), most trusted last."""

from __future__ import annotations

from dataclasses import dataclass

from .listed_offices import Listing, offices_listed, sole_holders
from .listed_persons import presence_lines
from .embedded_names import NATIONALITIES
from .occupied_offices import (chairs_its_own, country_holders, offices_of_another_country,
                               offices_of_others, organization_holders, title_holders)
from .office_holders import listed_holders, named_holders
from .registers import Registers


@dataclass(frozen=True)
class HeadTies:
    """What a document's head and title say of the holders of the offices its labels name."""

    holders: dict[str, str]
    """The office (`office_holders.office_key`) -> the name its holder is looked up by."""
    listing: Listing
    """The offices the head's list of who was there gives (`listed_offices.offices_listed`)."""
    own_holders: frozenset[str]
    """The names of the holders the list ties offices to, each, where the registers do not give
    it, a provisional person of the document's own (`SpeakerLookup._provisional`)."""


def head_ties(registers: Registers, title: str, paragraphs: list[tuple[str, ...]],
              record: tuple[str, str] = ("", "")) -> HeadTies:
    """The offices and their holders that the lines of the head's `paragraphs` (their source
    lines, before the first label read) name (`office_holders.listed_holders`: `President: Mr.
    ZORIN`), else that a register form of a participant names with the office, in the `title`
    or the head's list of who was there (`office_holders.named_holders`: `President Kennedy` in
    `Memorandum of Conversation between President Kennedy and ...`, `Present: President
    Kennedy, ...` or `PARTICIPANTS:` / `President Kennedy`, `listed_persons.presence_lines`,
    ties `The President:`; not `Subject: Reply to President Kennedy`), else that the head's
    list of who was there gives one listed person (`listed_offices.sole_holders`: `Present:
    ..., Ambassador Alekseev` or `Luis Bastian Pinto, Ambassador of Brazil` ties `The
    Ambassador:`; `Attorney General Kennedy` ties `The Attorney General:` to that name, not the
    President's `Kennedy`), else that the register's occupation of one person the title names
    gives (`occupied_offices.title_holders`: `The Secretary-General:` under `Memorandum of
    Conversation between U Thant and V. V. Kuznetsov` is U Thant), else that the registers give
    one person of the `record`'s country, read from its archive, on its date
    (`occupied_offices.country_holders`: `The President:` of an American record of 1962 is John
    F. Kennedy, President of the United States; of a Cuban one, Osvaldo Dorticós; none in the
    record of a body that chairs its own meetings, `occupied_offices.chairs_its_own`: the
    Security Council's), or of the United Nations in a record of it
    (`occupied_offices.organization_holders`: `The SECRETARY-GENERAL:` of the Security Council's
    record of 1962 is U Thant), these two but where the title prints the office before another name
    (`President Goulart`: `occupied_offices.offices_of_others`) or after another country's
    adjective (`the Cuban President` in an American record:
    `occupied_offices.offices_of_another_country`)."""
    head = [line for lines in paragraphs for line in lines]
    lists = presence_lines(paragraphs)
    listing = offices_listed(lists)
    listed = sole_holders(registers, listing)
    country = ({} if chairs_its_own(title) else country_holders(registers, *record)) \
        | organization_holders(registers, title, record[1])
    fallback = country | title_holders(registers, title)
    others = offices_of_others(registers, title, fallback) \
        | offices_of_another_country(title, record[0], NATIONALITIES)
    holders = {office: name for office, name in fallback.items() if office not in others} \
        | listed | named_holders(registers, title, lists) | listed_holders(head)
    return HeadTies(holders, listing, frozenset(listed.values()))
