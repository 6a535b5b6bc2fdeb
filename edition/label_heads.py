"""Label-shaped heads: a paragraph's opening a reader takes for a speaker's label, read or not.

    "The First Deputy Minister: That would be"  -> head "The First Deputy Minister"
    "The representative of Cuba: The delegation" -> head "The representative of Cuba"
    "U THANT: I have sent", "Mikoyan, laughing: Perhaps", "Mikoyan [laughing]: Yes",
    "Mikoyan :  Yes", "Микоян: — Да", "Mikoyan： Yes"  -> heads "U THANT", "Mikoyan", "Микоян"
    "Our answer to Moscow: No.", "DISCUSSION: The", "Note: The", "Cuba: The missiles",
    "Mikoyan said: Yes", "2. Berlin: The"       -> no head (a sentence, a field, a remark)

Where a turn is open and its next paragraph opens with such a head that no reading of labels
takes, the paragraph is no continuation of the turn (`structure`, `LooseTurns.unread_head`): a
turn given to the wrong person is the worst fault a record of conversation can have.
"""

from __future__ import annotations

import re

from .alphabets import LOWER, UPPER
from .label_words import NOT_SPEAKERS, heads_no_label
from .record_fields import heads_a_field_phrase, heads_a_remark
from .label_patterns import COLON, PARENTHESES

HEAD_WORD = rf"(?:[{UPPER}][{LOWER}{UPPER}’'\-]*\.?|[{UPPER}]\.)"
"""A capitalized word of a label, an initial or an abbreviated title with its period."""
SMALL_WORDS = "of the de del la le du van von der y da dos for and representative delegate"
"""The lower-case words a label's head may hold: a name's particles, and the words of an unnamed
delegate's label (`The representative of Cuba`)."""
SENTENCE_OPENERS = frozenset("""This That These Those It In On At Of For And But Or If When While
After Before Since So Then There Here As By From To With Yes No Our Their His Her My Your We They
He She I""".split())
"""Words that open a sentence, no label: `In Havana: The talks`, `Our terms: No bases`."""
LABEL_HEAD = re.compile(
    rf"^(?P<label>{HEAD_WORD}(?:\s+(?:{HEAD_WORD}|(?:{'|'.join(SMALL_WORDS.split())})\b)){{0,5}}"
    rf"){PARENTHESES}{COLON}(?=[{UPPER}0-9“\"‘'(\[])")
"""One to six words opening a paragraph, capitalized but for a name's particles, the last a
name's, what a label may carry before its colon (`label_patterns.PARENTHESES`: `Mikoyan, laughing:`,
`Mikoyan [laughing]:`, `Mr. ZORIN (USSR):`) or nothing, a label's colon (`label_patterns.COLON`:
`Mikoyan :`, `Mikoyan：Yes`), and text that opens as a speech does."""


def label_head(text: str) -> str:
    """The label-shaped head opening `text` (`LABEL_HEAD`), '' for none: not a heading in
    capitals (`SUMMARY OF CONCLUSIONS: ...`), a field of the record or a remark (`DATE:`,
    `Subject:`, `Embassy comment:`), nor words in capitals no person's (`USA:`)."""
    found = LABEL_HEAD.match(text) if ":" in text or "：" in text else None
    if found is None or text == text.upper():
        return ""
    label = found.group("label")
    words = label.split()
    if not words[-1][:1].isupper() or words[0] in SENTENCE_OPENERS or heads_a_remark(label) \
            or heads_a_field_phrase(label) or heads_no_label(label) \
            or all(w.upper() in NOT_SPEAKERS for w in words):
        return ""
    return label
