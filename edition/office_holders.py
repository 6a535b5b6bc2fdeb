"""An office's label tied to the person who holds it: Hansard names the holder at the first turn only."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from .alphabets import UPPER
from .name_forms import titled_name, tokens
from .namesakes import by_initials
from .office_runs import OFFICE_RUN_WORDS
from .registers import Registers
from .label_patterns import HONOURED
from .speakers import LabelMatch
from .title_names import JOINING_WORDS, RECORD_WORDS, TOPIC_WORDS

HOLDER_LINE = re.compile(
    rf"^(?:The\s+)?(?P<office>[{UPPER}][^\W\d_]+(?:[\s-]+[{UPPER}][^\W\d_]+){{0,2}}):\s+"
    rf"(?P<name>{HONOURED}(?:[{UPPER}]\.\s?)*[{UPPER}][^\W\d_’'-]+(?:[’'-][^\W\d_]+)*"
    rf"(?:\s+[{UPPER}][^\W\d_’'-]+(?:[’'-][^\W\d_]+)*){{0,3}})\s*(?:\([^()]*\))?\.?$")
"""`President: Mr. ZORIN (Union of Soviet Socialist Republics)`: a line of a record's head
naming an office and, with a title, who holds it (a United Nations verbatim record's chair),
whom the later labels of the office alone name (`The PRESIDENT:`)."""


def tied_to_holders(labels: list[LabelMatch | None],
                    listed: dict[str, str] | None = None) -> list[LabelMatch | None]:
    """`labels`, each office's with no name in parentheses (`The Prime Minister:`) given the name
    of the holder the nearest label of that office before it names (`The Prime Minister (Mr.
    Harold Macmillan):`), by which `SpeakerLookup.who` looks the speaker up: Hansard names the
    holder at an office's first turn, as ParlaMint ties each later one to the same person; or,
    before any such label, the holder the record's head names (`listed`, `listed_holders`:
    `President: Mr. ZORIN` ties `The PRESIDENT:`). An office nothing before it has tied to a
    name stays as it is (a label after it tells nothing of it)."""
    holders: dict[str, str] = dict(listed or {})
    tied: list[LabelMatch | None] = []
    for label in labels:
        if label is not None and label.kind == "turn" and label.name:
            holders[office_key(label.label.split("(")[0])] = label.name
        elif label is not None and label.kind == "turn" and office_key(label.label) in holders:
            label = dataclasses.replace(label, name=holders[office_key(label.label)])
        tied.append(label)
    return tied


def listed_holders(lines: Iterable[str]) -> dict[str, str]:
    """The office (`office_key`) -> the name of its holder of each of the head's `lines` that
    names both (`HOLDER_LINE`: `President: Mr. ZORIN` -> {"president": "Mr. ZORIN"})."""
    found = (HOLDER_LINE.match(line.strip()) for line in lines)
    return {office_key(match["office"]): match["name"] for match in found if match}


POSSESSIVE = re.compile(r"['’]s\b")
"""A possessive after a name (`President Kennedy's letter`): the text speaks of him, not of
whom it records."""
PARTICIPANT_BEFORE = re.compile(
    r"(?:^|,|\b(?:{}|and)|\b(?P<occasion>[^\W\d_]+)\s+of)\s*$".format("|".join(JOINING_WORDS)),
    re.IGNORECASE)
"""What a title puts before a participant's name: nothing, a comma, a word that joins those
who meet (`between`, `with`, `and`) or `of` after a word of the occasion (`OCCASION_WORDS`:
`Meeting of`, `Remarks of`), not the object of `on`, `to` or another `of` (`... on the Pledge
of President Kennedy`)."""
OCCASION_WORDS = RECORD_WORDS | {"remarks"}
"""Words naming the record or the occasion, after which `of` names who met or spoke
(`News Conference of President Kennedy`)."""
JOINING = re.compile(r"\b(?:{})\b".format("|".join(JOINING_WORDS)), re.IGNORECASE)
"""A word that opens a title's list of those who meet: a topic before it is no topic of the
names after it (`Record of Conversation on Cuba between President Kennedy and ...`)."""
TOPIC = re.compile(r"\b(?:{})\b".format("|".join(TOPIC_WORDS)), re.IGNORECASE)
"""A word after which a title says what was spoken of, not who spoke (`... with Osvaldo Dorticós
on the Pledge of ...`)."""


def named_holders(registers: Registers, title: str, lists: Iterable[str]) -> dict[str, str]:
    """The office (`office_key`) -> the register form naming its holder, of each register form
    of a person named as a participant that opens with the office (`President Kennedy` ->
    {"president": "President Kennedy"}): in the `title`, where it names those who meet
    (`_as_participant`: `between President Kennedy and ...`), or on the lines of the head's
    `lists` of who was there (`Present: President Kennedy, ...`); not before a possessive
    (`POSSESSIVE`); an office two persons' forms name ties none; of one person's forms, the
    first read names him."""
    found: dict[str, dict[str, str]] = {}
    for text, listed in [(title, False), *((line, True) for line in lists)]:
        for start, end, entry in registers.mention_spans(text):
            titled = titled_name(text[start:end]) if entry.kind == "person" else None
            if titled is not None and not POSSESSIVE.match(text, end) \
                    and (listed or _as_participant(text[:start])):
                office = office_key(" ".join(text[start:end].split()[:len(titled[0])]))
                found.setdefault(office, {}).setdefault(entry.id, text[start:end])
    return {office: next(iter(forms.values())) for office, forms in found.items()
            if len(forms) == 1}


def participants_named(registers: Registers, title: str) -> frozenset[str]:
    """The ids of the register persons `title` names as those who met (`_as_participant`), each
    by the initials before a surname where they tell namesakes apart (`namesakes.by_initials`):
    `Record of Conversation of A. I. Mikoyan with Fidel Castro` -> mikoyan-anastas,
    castro-fidel."""
    return frozenset(by_initials(registers, title, start, end, entry).id
                     for start, end, entry in registers.mention_spans(title)
                     if entry.kind == "person" and _as_participant(title[:start]))


def _as_participant(before: str) -> bool:
    """Whether a title names someone as a participant after its words `before` the name: they
    end with nothing, a comma, a joining word or a word of the occasion and `of`
    (`PARTICIPANT_BEFORE`), and no word of the topic stands after the last word opening the
    list of those who meet (`JOINING`, `TOPIC`: `... with Dorticós on the Pledge of Cuba and
    President Kennedy` speaks of him; `... on Cuba between President Kennedy` names him)."""
    end = PARTICIPANT_BEFORE.search(_without_offices(before))
    if end is None or end["occasion"] and end["occasion"].casefold() not in OCCASION_WORDS:
        return False
    opened = [*JOINING.finditer(before)]
    return TOPIC.search(before, opened[-1].end() if opened else 0) is None


def _without_offices(before: str) -> str:
    """The words `before` a name in a title without the office they end with, and its article
    (`office_runs.OFFICE_RUN_WORDS`: `... and ` of `... and President Dorticós`, `... with `
    of `... with the Cuban President Dorticós`), so that the office does not hide the
    participant."""
    words = before.split()
    run = len(words)
    while run and tokens(words[run - 1]) and tokens(words[run - 1])[0] in OFFICE_RUN_WORDS:
        run -= 1
    if run == len(words):
        return before
    if run and words[run - 1].lower() == "the":
        run -= 1
    return " ".join(words[:run]) + " " if run else ""


def office_key(words: str) -> str:
    """`The Prime Minister `, `THE PRIME MINISTER`, `Prime Minister` -> "prime minister": an
    office's label as compared, whatever its case, its spaces and the article before it."""
    key = " ".join(words.split()).casefold()
    return key.removeprefix("the ")
