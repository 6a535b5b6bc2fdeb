"""Whether a line names an office or a body: the signer's under (or over) a signature, the
addressee's under the address (`Prime Minister of the Revolutionary Government`)."""

from __future__ import annotations

from functools import lru_cache

from .correspondents import ORGANIZATION_HEADS
from .letter_forms import OFFICE_STANDING, OFFICE_WORDS
from .name_forms import NAME_TITLES
from .line_words import TERMINAL, WORD, in_title_case

MAX_OFFICES = 3
"""Offices one line under a signature names, a comma between them."""
OFFICE_AND_BODY_WORDS = NAME_TITLES | OFFICE_WORDS | {w.lower() for w in ORGANIZATION_HEADS}
"""The words of an office or a body: a title's, an organization's head word, and the others."""


@lru_cache(maxsize=4096)   # asked of a line by each neighbour that reads it
def names_an_office(text: str) -> bool:
    """`Prime Minister of the Revolutionary Government`, `Ambassador`, `Chargé d'Affaires ad
    interim`, `Chargé d'affaires a.i.`, `Ambassadeur de France à Cuba`: a short line that ends no
    sentence and names an office or a body (`OFFICE_AND_BODY_WORDS`), in title case (but for the
    words of how the office is held, `letter_forms.OFFICE_STANDING`) or opening with the office's
    word, as French writes an office, in sentence case (`_opens_with_an_office`), as the line under
    a signature names the signer's office; not `Isle of Pines`, a place the registers do not
    hold. Offices a comma parts are so each (`Ambassador, Permanent Representative of Cuba to the
    United Nations`); not a name and its office (`O. Dorticos, President of Cuba`): a list's
    item."""
    office = OFFICE_STANDING.sub("", text)
    if "," in office:
        parts = office.split(",")
        return len(parts) <= MAX_OFFICES and all(names_an_office(part) for part in parts)
    office = office.strip()
    words = WORD.findall(office)
    if office.endswith(TERMINAL) or not words:
        return False
    return _opens_with_an_office(office, words[0]) or (in_title_case(office) and any(
        _office_word(word) for word in words))


def _office_word(word: str) -> bool:
    """Whether `word` (or a part of it between hyphens: `Secretary-General`) is one of
    `OFFICE_AND_BODY_WORDS`."""
    return any(part.lower() in OFFICE_AND_BODY_WORDS for part in (word, *word.split("-")))


def _opens_with_an_office(line: str, first: str) -> bool:
    """Whether `line` is a short one whose `first` word, capitalised, names an office
    (`Ambassadeur de France`, `Ministre des affaires étrangères`): the words after it may be in
    lower case."""
    return first[:1].isupper() and _office_word(first) and len(line.split()) <= 12
