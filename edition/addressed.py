"""An addressee's lines that a line opening with `To` heads (`To the CC CPSU` / `Com. A.I.
Mikoyan`, `To the Ministry of Foreign Affairs` // `Havana`) -> how many paragraphs they take."""

from __future__ import annotations

import re
from collections.abc import Callable

from .letterheads import ADDRESS_LINES, undated_address_line
from .line_words import in_title_case
from .model import Paragraph
from .paragraphs import ADDRESSEE, FIELD_LINE, is_address_line

HANDLING = re.compile(r"^To\s+[Bb]e\s")
"""A line telling how the letter is to be handled, not to whom: `To Be Delivered to the Addressee
Personally and Immediately`, `To be opened personally`; no salutation."""
SENDER = re.compile(r"(?:From|Through)(?:\s|$)|Subject$")
"""A memorandum's line naming its sender, or the office it goes through, under its addressee:
`From the Secretary of State`, `Through Mr. Bundy`, or the word alone over the sender's line,
`From` / `A. Alekseev`, as a bare `To` heads the addressee's, and so a bare `Subject`: no line
of the address."""


SPANISH_ADDRESSEE = re.compile(
    r"(?:Al|A\s+(?:la|los|las))\s+(?:Compañer[oa]s?|Comandante|Presidente|Primer|Ministr[oa]"
    r"|Señor(?:a|es)?|Sra?\.|Embajador(?:a)?|Secretari[oa]|Jefe|Director(?:a)?|Doctor|Dr\."
    r"|Canciller|Consejo|Comité|Gobierno|Excelentísimo)\b")
"""A Spanish line naming the addressee, `Al` or `A la` and a title or a body: `Al Comandante
en Jefe Fidel Castro Ruz:`, `Al Gobierno Revolucionario`; not `Al día siguiente`, nor `Al
Smith` (no title after `Al`)."""


def _opens_to(text: str) -> bool:
    """Whether `text` opens naming whom it is to: `To the ...` (`ADDRESSEE`), `Al Comandante
    ...` (`SPANISH_ADDRESSEE`)."""
    return bool(ADDRESSEE.match(text) or SPANISH_ADDRESSEE.match(text))


def names_the_addressee(text: str) -> bool:
    """Whether `text` is a line opening with `To` whose words are a name's, in title case
    (`line_words.in_title_case`, up to twelve words): `To the Ministry of Foreign Affairs of the
    USSR`, the addressee over a letter's dateline; not a sentence (`To the surprise of the
    embassy, the Minister came alone.`), nor how the letter is to be handled (`HANDLING`: `To
    Be Delivered to the Addressee Personally and Immediately`)."""
    return _opens_to(text) and in_title_case(text) and not HANDLING.match(text)


def _heads_an_address(text: str) -> bool:
    """Whether `text`, a line opening with `To` (`ADDRESSEE`), may head an address: an address
    line's shape or a name's (`names_the_addressee`)."""
    return _opens_to(text) and (is_address_line(text) or names_the_addressee(text))


def addressed(paras: list[Paragraph], given: list[str], index: int) -> int:
    """How many paragraphs from `index` are an address that a line opening with `To` heads
    (`ADDRESSEE`: `To the CC CPSU` / `Com. A.I. Mikoyan`, `To the Ministry of Foreign Affairs of
    the USSR` / `Com. A.A. Gromyko`): the lines right under it, no blank line between, that end
    no sentence and name no date, as an inside address's do, and head no field (`Subject: ...`)
    nor the sender (`SENDER`: `From the Secretary of State`), up to `ADDRESS_LINES`; 0 where no
    such line is under it (`To the CC CPSU` alone is a salutation). `To` alone on its line
    heads the lines under it as `To the CC CPSU` does: `To` / `Com. A.I. Mikoyan`."""
    text = paras[index].text
    if len(paras[index].lines) > 1 or not (text == "To" and is_address_line(text)
                                           or _heads_an_address(text)):
        return 0
    end = index + 1
    while end < len(paras) and end - index < ADDRESS_LINES and not given[end] \
            and paras[end].line == paras[end - 1].last_line + 1 and all(
                undated_address_line(line) and not FIELD_LINE.match(line)
                and not SENDER.match(line) for line in paras[end].lines):
        end += 1
    return end - index if end > index + 1 else 0


def addressed_over_place(paras: list[Paragraph], given: list[str], index: int,
                          names_a_place: Callable[[str], bool]) -> bool:
    """Whether paragraph `index`, one line opening with `To` (`addressed`'s head), and the one
    under it after a blank line, a place of the registers alone (`names_a_place`: `Havana`), are
    an address over the text as the two lines of one paragraph are (`To the Ministry of Foreign
    Affairs` // `Havana` // `The Embassy presents ...`); not where the text would keep no line."""
    if index + 2 >= len(paras) or given[index] or given[index + 1]:
        return False
    head, place = paras[index], paras[index + 1]
    return len(head.lines) == 1 and len(place.lines) == 1 and _heads_an_address(head.text) \
        and names_a_place(place.text.strip().rstrip(".,"))
