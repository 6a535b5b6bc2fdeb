"""FBIS's speaker labels in brackets: `[Question] Major, ...`, `[Castro] He is a friend.`."""

from __future__ import annotations

import re

from .alphabets import UPPER
from .label_patterns import NAME
from .label_words import NOT_LOOSE_WORDS

BRACKET_LABEL = re.compile(rf"^\[(?P<label>{NAME}(?:\s+{NAME}){{0,2}})\]\s+(?=[{UPPER}“\"‘])")
"""`[Question] Major, what about ...`, `[Castro] He is a friend.`: the FBIS Daily Report's label
of a speaker in an interview, a name or a part in title case in brackets before the words."""
BRACKET_ROLES = frozenset("Question Answer".split())
"""The parts of an interview FBIS labels in brackets, a speaker it does not name (`sp` without
@who, or the interview's party: `interview_parties`)."""
FBIS_MARKERS = frozenset("Signed Applause Laughter Excerpts Recording Omitted Words".split())
"""FBIS's own markers in brackets, no speaker: `[Signed]`, `[Applause]` (`[Text]` is a field's
word: `label_words.NOT_LOOSE_WORDS`)."""

NOT_LABEL_WORDS = NOT_LOOSE_WORDS | FBIS_MARKERS
"""Words of a bracket that no label holds: a sentence's or a heading's, and FBIS's markers."""


def bracket_label(text: str) -> re.Match[str] | None:
    """The FBIS label in brackets opening `text` (`BRACKET_LABEL`): a part (`BRACKET_ROLES`) or
    words no sentence or heading opens with, no marker of FBIS (`[Text]`, `[Signed]`); a label
    only where two paragraphs or more of the document open so (`trusted_labels`)."""
    found = BRACKET_LABEL.match(text)
    if found is None or found["label"] in BRACKET_ROLES:
        return found
    words = set(found["label"].split())
    return None if words & NOT_LABEL_WORDS else found
