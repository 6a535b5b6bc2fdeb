"""Labels of speakers the source names by no name: an unidentified voice, a part (`QUESTION:`)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .label_words import ROLE_LABELS
from .stage_parens import DELIVERY_WORDS

if TYPE_CHECKING:
    from .speakers import LabelMatch

UNIDENTIFIED_LABEL = re.compile(
    r"^(?P<label>(?:(?:Unidentified|Unknown)(?:\s+(?:Speaker|Voice|Man|Woman|Participant))?"
    r"|(?:(?:A|Another)\s+)?(?:Speaker|Voice)|Voices|(?:Una\s+)?Voz|Voces|(?-i:PUEBLO))\??"
    r"|\?(?=:))(?P<mark>[:.])\s+(?=\S)", re.I)
"""`Unidentified:`, `UNKNOWN SPEAKER:`, `Speaker?:`, `?:`, `Voice:`, `A VOICE:`, `Another voice:`, a
Cuban stenographic version's `UNA VOZ:` and `PUEBLO:` (the crowd, in capitals): a transcript's
turn of a speaker it cannot name, or names unsure: no person of the register, nor
one provisional person for every unnamed voice (`LabelMatch.unidentified`)."""


DELEGATED = r"[A-Z][A-Za-z]+(?:\s+(?:of\s+|the\s+)*[A-Z][A-Za-z]+){0,5}"
"""`Cuba`, `the United States of America`, `USSR`: the country a delegate speaks for."""
DELEGATE_LABEL = re.compile(
    rf"^(?P<label>The\s+(?:representative|delegate)\s+of\s+(?:the\s+)?{DELEGATED}"
    rf"|The\s+{DELEGATED}\s+(?:representative|delegate))(?P<mark>:)\s+(?=[A-Z“\"‘'])")
"""`The representative of Cuba:`, `The Soviet representative:`, `The delegate of the USSR:`: a
United Nations record's turn of a delegate it names by his country, no person's name."""


DELEGATION_LABEL = re.compile(
    r"^(?P<label>(?:The\s+)?(?:Soviet|American|Cuban|US|U\.S\.|United\s+States|British|French)"
    r"\s+(?:side|delegation)|US|USA|USSR)(?P<mark>:)\s+(?=[A-Z“\"‘'])")
"""`Soviet side:`, `The American delegation:`, `US:`, `USSR:` where they recur (`trusted`): a
delegation speaking in a record of negotiations, no person; once, a point's head or the head's
list of a delegation (`Cuban side: Fidel Castro, Osvaldo Dorticós, ...`)."""


def unnamed_label(text: str, trusted: frozenset[str] = frozenset()) -> re.Match[str] | None:
    """The label of a speaker the source names by no name opening `text`: an unidentified voice
    (`UNIDENTIFIED_LABEL`), a country's delegate (`DELEGATE_LABEL`) or its delegation
    (`DELEGATION_LABEL`, where it labels turns again: a single `USSR: Missiles withdrawn.` heads
    a point)."""
    delegation = DELEGATION_LABEL.match(text)
    if delegation and delegation["label"] in trusted:
        return delegation
    return UNIDENTIFIED_LABEL.match(text) or DELEGATE_LABEL.match(text)


def names_who(parenthesis: str) -> bool:
    """Whether the parenthesis after a label's name says who the speaker is, capitalized and no
    delivery's (`stage_parens.DELIVERY_WORDS`): a newspaper (`QUESTION (New York Times):`), a
    member's seat (`Mr. Healey (Leeds, East):`); not `(laughing)`, `(Through the interpreter)`."""
    return parenthesis[:1].isupper() and parenthesis.split()[0].lower() not in DELIVERY_WORDS


def role(label: LabelMatch, text: str, trusted: frozenset[str]) -> LabelMatch:
    """`label`, opening `text`, as a part in an exchange where it names one (`ROLE_LABELS`:
    `QUESTION:`, `Q:`, and `A:` where `Q` labels turns too): a speaker the source does not name
    (`unidentified`), whose capitalized parenthesis is who he is, no delivery: `QUESTION (New York
    Times):` -> label "QUESTION (New York Times)"; `QUESTION (laughing):`, `ANSWER (Through the
    interpreter):` keep their delivery (`stage_parens.DELIVERY_WORDS`)."""
    if label.kind != "turn" or not (label.label in ROLE_LABELS
                                    or label.label == "A" and "Q" in trusted):
        return label
    label = replace(label, unidentified=True)
    if not label.enclosed or label.then or not names_who(label.delivery):
        return label
    parenthesis = text.index(")", len(label.label)) + 1
    return replace(label, label=text[:parenthesis], delivery="", enclosed=False)
