"""An interview's parties by its title: who answers (`A:`) and who asks (`Q:`)."""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from .registers import Registers
from .resolve import named_mentions

if TYPE_CHECKING:
    from .speakers import LabelMatch

INTERVIEW_TITLE = re.compile(
    r"\binterview\s+(?:with|of)\s+(?P<answers>.+?)"
    r"(?:\s+(?:conducted\s+)?by\s+(?P<asks>.+?))?"
    r"(?=\s*[,;:(\[]|\s+(?:on|in|at|about|regarding|concerning)\s|\s*$)", re.IGNORECASE)
"""`Oral History Interview with Sergo Mikoyan`, `Interview of Fidel Castro by Lee Lockwood, ...`:
the one interviewed (`answers`) and, after `by`, who interviews him (`asks`)."""
ANSWERING = frozenset({"A", "ANSWER"})
"""The parts (`unnamed_labels.role`) in which the one interviewed speaks."""
ASKING = frozenset({"Q", "QUESTION", "QUESTIONER", "INTERVIEWER", "REPORTER"})
"""The parts in which the interviewer speaks."""


def interview_parties(title: str, registers: Registers) -> tuple[str, str]:
    """(the ref of the one `title` says is interviewed, of the one who interviews him): each the
    one person of the register its part of the title names (`_one_person`), '' for none, for
    several (`Interview with Sergo Mikoyan and Thomas Blanton`) or a title naming no interview."""
    found = INTERVIEW_TITLE.search(title)
    if found is None:
        return "", ""
    return _one_person(found.group("answers"), registers), \
        _one_person(found.group("asks") or "", registers)


def _one_person(phrase: str, registers: Registers) -> str:
    """The ref of the one register person `phrase` names, '' where it names none, more than one
    or joins names (`and`, `&`: one of them may be a person the register lacks)."""
    if not phrase or re.search(r"\s(?:and|&)\s", phrase):
        return ""
    persons = {m.entry.ref for m in named_mentions(phrase, registers) if m.entry.kind == "person"}
    return persons.pop() if len(persons) == 1 else ""


def party_of(part: str, parties: tuple[str, str]) -> str:
    """The ref of the party that speaks in the part `part` labels (`A`, `Q`, `INTERVIEWER`), of
    an interview whose `parties` are (interviewed, interviewer), in any case (FBIS's `[Answer]`);
    '' for none known."""
    interviewed, interviewer = parties
    part = part.upper()
    return interviewed if part in ANSWERING else interviewer if part in ASKING else ""


def questions_answerer(labels: list[LabelMatch | None], registers: Registers) -> str:
    """The ref of the one register person who answers a document's questions under his own
    label (`THE PRESIDENT:` after `QUESTION:` at every question so answered), whose an `A:` among
    them is; '' where none, or more than one, answers so."""
    answers = [after for before, after in zip(labels, labels[1:])
               if before is not None and before.unidentified and before.label in ASKING
               and after is not None and after.kind == "turn" and not after.unidentified]
    persons = {registers.find_speaker(label.name or label.label).entry for label in answers}
    one = persons.pop() if len(persons) == 1 else None
    return one.ref if one is not None and not one.provisional else ""
