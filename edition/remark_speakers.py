"""A remark the record heads with the name of who made it: `Remark by Guevara:` -> his label."""

from __future__ import annotations

import re

from .alphabets import LOWER, UPPER
from .record_fields import SPOKEN_REMARK_WORDS, WHOSE_BY_LANGUAGE
from .label_patterns import HONOURED, INITIALS, NAME
from .speakers import LabelMatch, in_capitals

PERSON = rf"(?:{HONOURED}|Comrade\s+)?(?:{INITIALS}\s*)?{NAME}(?:\s+{NAME}){{0,2}}"
"""`Guevara`, `Comrade Mikoyan`, `A.I. Mikoyan`, `Mr. Healey`: a person named with a title, his
initials or his forenames."""
WHOSE = "|".join(sorted({word for words in WHOSE_BY_LANGUAGE.values() for word in words.split()}))
REMARK_BY = re.compile(
    rf"^(?P<label>(?i:{'|'.join(sorted(SPOKEN_REMARK_WORDS))})\s+(?i:{WHOSE})\s+"
    rf"(?P<name>{PERSON})(?!\s+and\s|\s*,\s*[{UPPER}])(?:,?\s+[{LOWER}][^:\[\]]{{0,60}}?)?)"
    rf"\s*:\s+(?=\S)")
"""`Remark by Guevara:`, `Remarks of Comrade Mikoyan at the close of the session:`: a spoken
remark's word, a word saying whose (`record_fields.
WHOSE_BY_LANGUAGE`), a person's name and what else says when or to whom (words in lower case
first); not of two persons (`Remarks of Mikoyan and Alekseev:`)."""


def remark_label(text: str) -> LabelMatch | None:
    """The label of the remark `text` opens with, if it names who made it (`REMARK_BY`), to be
    looked up by that person's `name`; in capitals as in title case (`REMARK BY GUEVARA:`). The
    speaker lookup says whether that person speaks (`SpeakerLookup.loose_turn`)."""
    head = text.partition(":")[0]
    written = text.title() if in_capitals(head) else text   # the same letters, the same offsets
    found = REMARK_BY.match(written) if len(written) == len(text) else None
    if found is None:
        return None
    return LabelMatch(text[:found.end("label")], found.end(), "turn", mark=":",
                      title_case=not in_capitals(head), name=found.group("name"))
