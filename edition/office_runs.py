"""A label's run of office words before a register person's name (`Foreign Minister Roa:`)."""

from __future__ import annotations

from .label_words import OFFICE_QUALIFIERS, OFFICES
from .name_forms import TITLES, tokens
from .person_names import another_post, under_a_deputys_office
from .registers import Registers, SpeakerMatch

SUBORDINATE_QUALIFIERS = frozenset({"under", "assistant"})
"""Qualifiers of a post below the office (`Under Secretary`, `Assistant Minister`), which no run
reads over: `Under Secretary Roa:` is no Minister Roa (`person_names.under_a_deputys_office`
weighs only a deputy's)."""
OFFICE_RUN_WORDS = TITLES \
    | frozenset(tokens(" ".join([*OFFICES, *(OFFICE_QUALIFIERS - SUBORDINATE_QUALIFIERS)]))) \
    | frozenset("SOVIET CUBAN AMERICAN MAJOR COMMANDER CAPTAIN COLONEL CANCILLER "
                "COMANDANTE".split())
"""Folded words of an office a label may print before a name, a run of them (`First Deputy
Premier`, `Foreign Minister`, `Soviet Ambassador`, `Cuban President`, `Major`): the titles,
offices and their qualifiers (`label_words.OFFICES`, `OFFICE_QUALIFIERS`) but a subordinate's,
a country's adjective, a military rank, Spanish `Canciller`, `Comandante`; not `Attorney`:
`Attorney General Kennedy` is Robert, not the President the bare `Kennedy` names."""


def office_run_speaker(registers: Registers, label: str) -> SpeakerMatch:
    """The register's reading of the speaker `label` names (`Registers.find_speaker`); where it
    names no one, the reading of the name after its run of office words (`First Deputy Premier
    Mikoyan`, `Soviet Ambassador Alekseev`, `Cuban President Dorticos`, `Major Guevara`, read
    as `Mikoyan`, `Alekseev` ... are), of the persons whose register occupation the office does
    not contradict (`Vice President Kennedy`, `Senator Kennedy` are not the President:
    `person_names.another_post`, `under_a_deputys_office`)."""
    match = registers.find_speaker(label)
    words = label.split()
    run = 0
    while run < len(words) - 1 and tokens(words[run]) and tokens(words[run])[0] in OFFICE_RUN_WORDS:
        run += 1
    if match.candidates or not run:
        return match
    name = " ".join(words[run:])
    start = label.rindex(name)
    bare = registers.find_speaker(name)
    fits = tuple(entry for entry in bare.candidates if not another_post(label, start, entry)
                 and not under_a_deputys_office(label, start, entry, False))
    return SpeakerMatch(fits[0] if len(fits) == 1 else None, fits, "") if fits else match
