"""Whether a line names an office or a body: the signer's under (or over) a signature, the
addressee's under the address (`Prime Minister of the Revolutionary Government`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .correspondents import ORGANIZATION_HEADS
from .letter_forms import OFFICE_RANKS, OFFICE_STANDING, SIGNER_OFFICE_WORDS, UNTITLED_OFFICES
from .name_forms import NAME_TITLES
from .line_words import MINOR_WORDS, TERMINAL, WORD, in_title_case
from .alphabets import UPPER

MAX_OFFICES = 3
"""Offices one line under a signature names, a comma between them."""
OFFICE_AND_BODY_WORDS = NAME_TITLES | UNTITLED_OFFICES | {w.lower() for w in ORGANIZATION_HEADS}
"""The words of an office or a body: a title's, an organization's head word, and the others."""
OFFICE_BEFORE_NAME = re.compile(rf"^(?P<office>.+?)\s+(?:[{UPPER}]\.\s?){{1,2}}[{UPPER}][\w’'\-]+$")
"""A line ending in a name of one or two initials and a surname: `Press attaché L. Sergeev`."""
NO_OFFICE_END = MINOR_WORDS | {"with", "from", "or", "that", "whether"}
"""Words that end no office: `... spoke with A. Mikoyan`, `Secretary of State told the`."""


@lru_cache(maxsize=4096)   # asked of a line by each neighbour that reads it
def names_an_office(text: str) -> bool:
    """`Prime Minister of the Revolutionary Government`, `Ambassador`, `Chargé d'Affaires ad
    interim`, `Chargé d'affaires a.i.`, `Ambassadeur de France à Cuba`: a short line that ends no
    sentence and names an office or a body (`OFFICE_AND_BODY_WORDS`), in title case (but for the
    words of how the office is held, `letter_forms.OFFICE_STANDING`) or opening with the office's
    word, as French writes an office, in sentence case (`opens_with_an_office`), as the line under
    a signature names the signer's office; not `Isle of Pines`, a place the registers do not
    hold. Offices a comma parts are so each (`Ambassador, Permanent Representative of Cuba to the
    United Nations`); not a name and its office (`O. Dorticos, President of Cuba`): a
    co-signer's line under a signature (`closing_lines`), else a list's item."""
    office = OFFICE_STANDING.sub("", text)
    if "," in office:
        parts = office.split(",")
        return len(parts) <= MAX_OFFICES and all(names_an_office(part) for part in parts)
    office = office.strip()
    words = WORD.findall(office)
    if office.endswith(TERMINAL) or not words:
        return False
    return opens_with_an_office(office) or (in_title_case(office) and any(
        _office_word(word) for word in words))


def _office_word(word: str) -> bool:
    """Whether `word` (or a part of it between hyphens: `Secretary-General`) is one of
    `OFFICE_AND_BODY_WORDS`."""
    return any(part.lower() in OFFICE_AND_BODY_WORDS for part in (word, *word.split("-")))


def signer_office_word(word: str) -> bool:
    """Whether `word` is one of `letter_forms.SIGNER_OFFICE_WORDS`: `secretary`, `attaché`."""
    return word.lower() in SIGNER_OFFICE_WORDS


def opens_with_an_office(line: str, office_word: Callable[[str], bool] = _office_word) -> bool:
    """Whether `line` is a short one (twelve words or fewer) whose first word, capitalised, names
    an office (`office_word`: `Ministre des affaires étrangères`, `Chief of the group of
    specialists`), or ranks the office the second names (`letter_forms.OFFICE_RANKS`: `Second
    secretary of the embassy`, `Press attaché`): the words after it may be in lower case."""
    words = WORD.findall(line)
    if not words or not words[0][:1].isupper() or len(line.split()) > 12:
        return False
    ranked = len(words) > 1 and words[0].lower() in OFFICE_RANKS and office_word(words[1])
    return ranked or office_word(words[0])


def office_before_name(text: str) -> bool:
    """`Press attaché L. Sergeev`, `Second secretary of the embassy N. Belyaev`: the signer's
    office (`signer_office`: not `Information über die Gespräche des Genossen A.I. Mikojan`, nor
    `Chairman of the commission spoke with F. Castro`) of eight words or fewer, no comma after
    it, and a name of initials and a surname on one line (`OFFICE_BEFORE_NAME`); in title case,
    the line is a name's shape already (`Ambassador A. Alekseev`: `paragraphs.is_signature`)."""
    found = OFFICE_BEFORE_NAME.match(text)
    if found is None:
        return False
    office = found["office"]
    return len(office.split()) <= 8 and not office.endswith(",") and signer_office(office)


def signer_office(office: str) -> bool:
    """Whether `office`, beside or over a signer's name, is the signer's office: opening with a
    signer's office word (`opens_with_an_office`, `signer_office_word`: `Press attaché`, `Second
    secretary of the embassy`), ending no sentence and in no little word (`NO_OFFICE_END`: not
    `Secretary of State told the`)."""
    words = office.split()
    return bool(words) and words[-1].lower() not in NO_OFFICE_END \
        and not office.endswith(TERMINAL) and opens_with_an_office(office, signer_office_word)
