"""The opener: a document's top lines -> stamp, heading, dateline, inside address, salutation."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import date_checks
from .divisions import heads_a_division
from .addressed import HANDLING, addressed, addressed_over_place, names_the_addressee
from .doc_types import CORRESPONDENCE, RECORDS
from .inline import PAGE
from .letterheads import (ADDRESS_LINES, addressee_block, cabled_to, dated_with_motto,
                          heads_the_address, is_letterhead, is_year_motto, undated_address_line)
from .letter_forms import (FOREIGN_SALUTATION, LETTER_SALUTATION, opens_a_letter,
                           salutes_in_capitals)
from .model import Paragraph, address_lines
from .paragraphs import is_heading
from .readers.common import doc_type_opening
from .record_fields import RECORD_FIELDS
from .security_markings import handling_only, is_marking
from .speakers import in_capitals, match_label

SALUTE = re.compile(r"^(?:Dear|To)\b|.*:$|^[A-Z][A-Z .]+\.$")
"""A salutation's words: `Dear ...`, `To ...`, anything ending in a colon, `CC CPSU.`."""
POST_AND_NUMBER = re.compile(r"[A-Z]{2,}(?:[ \t]+[A-Z]{2,})*[ \t]+\d{1,5}\.?")
"""A post and a number, alone in capitals: `MOSCOW 1962`, `AMEMBASSY MOSCOW 1143`."""
PLACE_AND_YEAR = re.compile(
    r"(?P<place>[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){0,2}),?[ \t]+(?P<year>\d{4})\.?")
"""A telegram's place line: its place in capitals and a year, alone (`MOSCOW 1962`, `NEW YORK,
1962.`)."""
PRECEDENCE = re.compile(r"(?i:priority|urgent|immediate|flash|routine|operational immediate)\.?")
"""A telegram's precedence alone on its line, under its dateline: `Priority`, `URGENT`."""
ADDRESSEE_FIELD = re.compile(r"(?:To|TO)[ \t]*:[ \t]*\S")
"""A telegram's addressee field under its dateline: `To: Embassies in Rio de Janeiro, Mexico
City, ...` (a circular's posts), `TO: SECSTATE`."""
REPEATED = re.compile(r"(?:Repeated|Repeat|Rptd|REPEATED|RPTD)\b|(?:Info|INFO)[ \t]*:")
"""The line repeating a telegram to others under its addressee's: `Repeated for information to
USUN New York`, `Info: CINCLANT`."""
TEXT_WORDS = 4
"""The fewest words of a telegram's first paragraph of text, under its addressee atop it
(`_addressee_atop`): not an opening line, `Priority`, `Havana, 2 November 1962`."""
PLACE_WORDS = 4
"""The most words of the line naming where a letter was written, over its salutation (`Moscow.
Kremlin.`)."""
BUILDING = re.compile(r"(?:the\s+|The\s+)?[A-ZА-ЯЁ][\w’'-]+(?:\s+[A-ZА-ЯЁ][\w’'-]+)?")
"""A building named after the place of writing, in capitals, an article before it or not:
`Kremlin`, `the Kremlin`, `White House`."""
INSIDE_ADDRESS_WORDS = 12
"""The most words of a line of an inside address, over a salutation a letter opens with:
`Secretario General Interino de la Organización de las Naciones Unidas` (ten)."""


def read_opener(paras: list[Paragraph], given: list[str], trusted: frozenset[str],
                marking_line: int = 0, doc_type: str = "",
                place_line: Callable[[str], bool] = lambda text: False,
                names_a_body: Callable[[str], bool] = lambda text: False, title: str = "",
                names_a_place: Callable[[str], bool] = lambda text: False
                ) -> tuple[list[tuple[str, Paragraph]], int]:
    """The opening lines of `paras`, each with the block it is, and the index of the paragraph
    where the text begins; a paragraph with a role `given` by the editor begins it. The first
    paragraph, or one under the datelines, when it is the security marking the header's
    classification was read from (its first line is `marking_line`), is a stamp, and a heading may
    follow it; so is a marking at the top under the one the header took (`SECRET` // `NO FOREIGN
    DISSEM` // `INTELLIGENCE INFORMATION REPORT`: stamp, head). Only a letter or a
    telegram (`doc_type`) has an inside address: a memorandum's list of participants is none.
    A telegram's place line (`place_line` says which: `MOSCOW 1962`) is its dateline, where a
    heading in capitals would stand (elsewhere `CUBA 1962` is a heading's). Under a telegram's
    dateline, its precedence is a stamp and its addressee, a body of the registers in capitals
    (`names_a_body`: `USSR MFA`, not another than the title's addressee), its salutation
    (`_under_telegram_dateline`).
    The issuing office's name over a dateline there is a byline (`letterheads.is_letterhead`),
    and a line of the `title`'s first word over lines going on in small letters a heading
    (`_heads_as_titled`). At a telegram's top, the place it is cabled to and its addressee in
    capitals are its address (`letterheads.cabled_to`: `HAVANA` // `SOVIET AMBASSADOR`;
    `names_a_place` says which are places).

        TOP SECRET / Copy No. 1 // MEMORANDUM OF CONVERSATION // Havana, 14 November 1962 //
        His Excellency U Thant / New York // Your Excellency:
        -> stamp, head, dateline, addrLine, addrLine, salute (an address paragraph of two lines
           gives an addrLine for each)

    A paragraph wholly in brackets before opening lines is the editors' note on the document:
    `[Stamp: "Returned ..."]` // `Dear Mr. President,` -> note, salute.
    """
    found: list[tuple[str, Paragraph]] = []
    index = 0
    while index < len(paras) and not given[index]:
        if _year_under_a_dateline(paras[index].text, found):
            break
        if _names_its_type(paras[index], found):
            found.append(("head", paras[index]))
            index += 1
            continue
        if (under := _under_the_dateline(paras[index], found, doc_type)):
            found.extend(under)
            index += 1
            continue
        if doc_type == "telegram" and (cabled := cabled_to(paras, given, index, found,
                                                            names_a_place)):
            found.extend(("addrLine", line) for line in address_lines(paras[index:index + cabled]))
            index += cabled
            continue
        if doc_type == "telegram" and len(paras[index].lines) == 1 \
                and (kind := "dateline" if place_line(paras[index].text)
                     else _under_telegram_dateline(paras[index].text, found, names_a_body)
                     or _addressee_atop(paras, index, found, names_a_body)):
            found.append((kind, paras[index]))
            index += 1
            continue
        if addressed_over_place(paras, given, index, names_a_place):
            found.extend(("addrLine", para) for para in   # the place read on from the line
                         paras[index].each_line(paras[index + 1].text) + (paras[index + 1],))
            index += 2
            continue
        if _place_of_writing(paras, index, found, names_a_place) \
                and is_salute(paras[index + 1].text, trusted, doc_type):
            found.append(("dateline", paras[index]))   # `Moscow. Kremlin.` // `Dear Comrade ...`
            index += 1
            continue
        lines, taken = _opening_lines(paras, given, index, trusted, marking_line, doc_type,
                                      _heading_allowed(index, found), title)
        if not taken:
            break
        found.extend(lines)
        index += taken
    return found, index


def _place_of_writing(paras: list[Paragraph], index: int, found: list[tuple[str, Paragraph]],
                      names_a_place: Callable[[str], bool]) -> bool:
    """Whether paragraph `index`, at the top (`_heading_allowed`) and not the last, is one line
    of up to `PLACE_WORDS` words naming where the letter was written, no date: a place of the
    registers (`names_a_place`), then a building in capitals after a period or a comma
    (`Moscow. Kremlin.`, `Moscow, the Kremlin`); not a sentence (`Moscow. We agree.`)."""
    para = paras[index]
    if index + 1 >= len(paras) or len(para.lines) > 1 or not _heading_allowed(index, found) \
            or len(para.text.split()) > PLACE_WORDS:
        return False
    place, *rest = [part.strip() for part in re.split(r"[.,]", para.text.strip().rstrip("."))]
    return bool(rest) and names_a_place(place) and all(
        BUILDING.fullmatch(part) for part in rest)


def _under_telegram_dateline(text: str, found: list[tuple[str, Paragraph]],
                             names_a_body: Callable[[str], bool]) -> str:
    """What a telegram's line under its dateline (in the opener `found`) is: its precedence
    (`PRECEDENCE`: `Priority`, `URGENT`) a stamp, its addressee a salutation, a body of the
    registers named in capitals and nothing else (`USSR MFA`, `CC CPSU`: `names_a_body`), one
    only: a second such line is the text's subject (`CC CPSU` // `OAS`); "" for any other line, or
    above the dateline (`USSR MFA` at the top is a heading's)."""
    if not any(kind == "dateline" for kind, _ in found):
        return ""
    if PRECEDENCE.fullmatch(text):
        return "stamp"
    addressed = any(kind == "salute" for kind, _ in found)
    return "salute" if not addressed and in_capitals(text) and names_a_body(text.rstrip(".")) \
        else ""


def _addressee_atop(paras: list[Paragraph], index: int, found: list[tuple[str, Paragraph]],
                    names_a_body: Callable[[str], bool]) -> str:
    """"salute" where paragraph `index`, a telegram's first line (under its marking alone), is
    its addressee, a body the title sends it to named in capitals and nothing else (`CC CPSU`:
    `names_a_body`), right over its text's first paragraph, prose of `TEXT_WORDS` words or more
    in small letters, no dateline (`CC CPSU` // `Today I met ...`); "" otherwise (`USSR MFA` over
    the dateline, or over `Priority` over it, stays a heading's)."""
    text = paras[index].text
    after = paras[index + 1].text if index + 1 < len(paras) else ""
    atop = all(kind == "stamp" for kind, _ in found)
    return "salute" if atop and len(after.split()) >= TEXT_WORDS and not in_capitals(after) \
        and not date_checks.is_dateline(after) \
        and in_capitals(text) and names_a_body(text.rstrip(".")) else ""


def _names_its_type(para: Paragraph, found: list[tuple[str, Paragraph]]) -> bool:
    """Whether `para` is the document's heading under its dateline or marking (`found`, no
    other opening line): a line in capitals (`is_heading`) opening with a document's type
    (`doc_type_opening`): `November 2, 1962` // `MEMORANDUM FOR THE RECORD`; not another line in
    capitals there (`SOVIET MISSILES IN CUBA`), a heading only at the top, nor one naming a type
    further on (`FOLLOWING IS TEXT OF PRESIDENT'S LETTER ...`, a telegram's text in capitals)."""
    return bool(found) and all(kind in ("stamp", "dateline") for kind, _ in found) \
        and len(para.lines) == 1 and is_heading(para) and doc_type_opening(para.text) != "other"


def _under_the_dateline(para: Paragraph, found: list[tuple[str, Paragraph]], doc_type: str
                        ) -> list[tuple[str, Paragraph]]:
    """The opening lines `para` makes right under the opener's dateline (the last of `found`):
    the year's motto, a line of the dating (`letterheads.is_year_motto`: `"Año de la
    Planificación"`); in a letter or a telegram, its lines of the addressee, one opening `To`
    (`letterheads.addressee_block`: `DSIP - Belgrade` / `To Comrade Koča Popović personally`),
    or its addressee's field (`ADDRESSEE_FIELD`: `To: Embassies in Rio de Janeiro, ...`) and the
    line repeating it to others right under that (`REPEATED`); [] for any other."""
    if found and doc_type in CORRESPONDENCE and found[-1][0] == "addrLine" \
            and ADDRESSEE_FIELD.match(found[-1][1].text) and REPEATED.match(para.text):
        return [("addrLine", line) for line in para.each_line()]   # `Repeated to ...` under it
    if not found or found[-1][0] != "dateline":
        return []
    if len(para.lines) == 1 and is_year_motto(para.text):
        return [("dateline", para)]
    if doc_type in CORRESPONDENCE and (addressee_block(para) or ADDRESSEE_FIELD.match(para.text)):
        return [("addrLine", line) for line in para.each_line()]
    return []


def _year_under_a_dateline(text: str, found: list[tuple[str, Paragraph]]) -> bool:
    """Whether `text` would be a second dateline of the opener `found` by no more than a year:
    `Havana, November 20, 1962.` // `MOSCOW 1962` (Moscow's telegram 1962, cited in the
    telegram's head): a line dated by a year alone says less than the dateline above it."""
    return any(kind == "dateline" for kind, _ in found) and date_checks.dated_by_years(text)


def is_place_line(text: str, names_a_place: Callable[[str], bool], year: str) -> bool:
    """Whether `text` is a telegram's place line (`PLACE_AND_YEAR`): places and nothing else
    (`names_a_place`) and the document's `year` (any, when it has no date), which the line dates
    (`date_checks.dated_by_years`): `MOSCOW 1962` in a telegram of 1962; not `AMEMBASSY MOSCOW
    1143`, nor `MOSCOW 1943`, another post's telegram."""
    found = PLACE_AND_YEAR.fullmatch(text)
    return bool(found) and (not year or found["year"] == year) \
        and names_a_place(found["place"]) and date_checks.dated_by_years(text)


def cited_telegram(paras: list[Paragraph], start: int, found: list[tuple[str, Paragraph]],
                   doc_type: str) -> int:
    """The line of the paragraph at `start` when it cites a post's telegram by its number in a
    telegram's head, under the telegram's own dateline (`found`, its opener): `MOSCOW 1962`, a
    post and a number alone, as in a cable's routing; 0 when there is none. Elsewhere a name and
    a number alone in capitals are a heading's, whose number is a year (`CUBA 1962`)."""
    if doc_type != "telegram" or start >= len(paras) or not found \
            or found[-1][0] != "dateline":
        return 0
    para = paras[start]
    return para.line if len(para.lines) == 1 and POST_AND_NUMBER.fullmatch(para.text) else 0


def _heading_allowed(index: int, found: list[tuple[str, Paragraph]]) -> bool:
    """Whether a heading may stand at paragraph `index` after the opening lines `found`: at the
    top, or right under the marking's stamp."""
    return index == 0 or (index == 1 and found[0][0] == "stamp")


def _opening_lines(paras: list[Paragraph], given: list[str], index: int, trusted: frozenset[str],
                   marking_line: int, doc_type: str, heading_allowed: bool, title: str = ""
                   ) -> tuple[list[tuple[str, Paragraph]], int]:
    """The opening lines from paragraph `index` and how many paragraphs they take: its own
    (`_opening_at`), else the editors' notes before opening lines (`_notes_before_opening`);
    ([], 0) when the text begins there."""
    lines, taken = _opening_at(paras, given, index, trusted, marking_line, doc_type,
                               heading_allowed, title)
    if taken:
        return lines, taken
    return _notes_before_opening(paras, given, index, trusted, doc_type)


def _opening_at(paras: list[Paragraph], given: list[str], index: int, trusted: frozenset[str],
                marking_line: int, doc_type: str, heading_allowed: bool, title: str = ""
                ) -> tuple[list[tuple[str, Paragraph]], int]:
    """The opening lines paragraph `index` makes (an inside address: the lines of several) and
    how many paragraphs they take; ([], 0) when it is no opening line."""
    para, text = paras[index], paras[index].text
    if marking_line and (para.line == marking_line or (heading_allowed and is_marking(para))):
        return [("stamp", para)], 1
    if len(para.lines) == 1 and salutes_in_capitals(text):   # `DEAR SIR:`, no heading
        return [("salute", para)], 1
    if heading_allowed and (is_heading(para) or heads_a_division(para)):
        return _heading(para), 1
    if heading_allowed and len(para.lines) == 1 and handling_only(text):
        return [("stamp", para)], 1   # `Urgent. Priority.`
    if _heads_as_titled(para, title):
        return [("head", para)], 1
    if heading_allowed and (is_letterhead(paras, index) or heads_the_address(
            paras, index, lambda at: addressed(paras, given, at))):
        return [("byline", para)], 1
    if date_checks.is_dateline(text) and not match_label(text):
        return [("dateline", para)], 1
    if dated_with_motto(para):
        return [("dateline", line) for line in para.each_line()], 1
    if (lines := addressed(paras, given, index)):
        return [("addrLine", line) for line in address_lines(paras[index:index + lines])], lines
    if is_salute(text, trusted, doc_type):
        return [("salute", para)], 1
    if doc_type in CORRESPONDENCE and \
            (address := _inside_address(paras[index:], given[index:], trusted)):
        return [("addrLine", line) for line in address_lines(paras[index:index + address])], \
            address
    return [], 0


def _heads_as_titled(para: Paragraph, title: str) -> bool:
    """Whether `para` is the document's heading as its title begins: a line of one word, the
    title's first, over lines going on with the title's second word, none ending a sentence
    (`Information` / `über die Gespräche des Genossen A.I. Mikojan ...` under the title
    `Information über die Gespräche ...`); not a line of it alone, nor one a sentence goes on
    from (`Report` / `The talks ...`, `Information` / `received from our specialists ... is
    going well.` under `Information on the Situation ...`)."""
    first, titled = para.lines[0].strip(), title.split()
    return len(para.lines) > 1 and len(first.split()) == 1 and first[:1].isupper() \
        and titled[:1] == [first] and para.lines[1].split()[:1] == titled[1:2] \
        and not any(line.rstrip().endswith((".", "!", "?")) for line in para.lines)


def _heading(para: Paragraph) -> list[tuple[str, Paragraph]]:
    """A heading's lines, the last one its dateline where it is one naming a day, the date under
    the title (`PROTOCOL No. 62` / `of the Session of the Presidium` / `28 October 1962`: head,
    dateline); a heading of one line stays whole, and so does one whose last line names a span or
    a month (`REPORT ON SHIPMENTS TO CUBA` / `22-28 October 1962`: the period it covers, not
    when it was written)."""
    *over, last = para.each_line()
    if not over or not date_checks.is_dateline(last.text) or match_label(last.text) \
            or not _names_days_only(last.text):
        return [("head", para)]
    head = Paragraph(para.lines[:-1], para.line, para.numbers[:-1], para.page_breaks,
                     para.hyphen_dashes)
    return [("head", head), ("dateline", last)]


def _names_days_only(text: str) -> bool:
    """Whether each date `text` writes is a single day (`28 October 1962`; not `22-28 October
    1962`, `October 1962`)."""
    return all(len(mention.when) == 10 for mention in date_checks.find_written_dates(text)
               if not mention.inferred)


def _notes_before_opening(paras: list[Paragraph], given: list[str], index: int,
                          trusted: frozenset[str], doc_type: str
                          ) -> tuple[list[tuple[str, Paragraph]], int]:
    """The run of paragraphs wholly in brackets from `index` as the editors' notes, and how many,
    when an opening line follows the run; ([], 0) otherwise. Each paragraph is looked at once."""
    end = index
    while end < len(paras) and not given[end]:
        opening = _opening_at(paras, given, end, trusted, 0, doc_type, True)[1]
        if opening or not _bracketed(paras[end].text):
            break
        end += 1
    else:
        return [], 0
    if end == index or not opening:
        return [], 0
    return [("note", para) for para in paras[index:end]], end - index


def _bracketed(text: str) -> bool:
    """`[Stamp: "Returned to the General Department"]`: a paragraph wholly in brackets; not a
    page break (`[Page 3]`)."""
    inner = text.rstrip(".")
    return inner.startswith("[") and inner.endswith("]") \
        and not PAGE.fullmatch(inner[1:-1].strip())


def is_salute(text: str, trusted: frozenset[str], doc_type: str = "") -> bool:
    """`Dear Mr. President:`, `Your Excellency:`, `To Comrade A.A. Gromyko.`, `CC CPSU.`, the
    addressee's name however long (`addressed.names_the_addressee`); not how the letter is to be handled
    (`HANDLING`: `To Be Delivered to the Addressee Personally`), nor a speaker label (`trusted`: the
    labels the document's turns make sure of), nor the head of a field of the record in any
    document (`heads_a_field`: `Present:`, `Also present:`), nor, in a record (`RECORDS`: a
    memorandum, minutes), a line ending in a colon that no letter's salutation opens
    (`Discussion of the withdrawal:`)."""
    foreign = bool(FOREIGN_SALUTATION.match(text))
    if (len(text.split()) > 6 and not names_the_addressee(text)) \
            or not (foreign or SALUTE.match(text)) or HANDLING.match(text) \
            or match_label(text, trusted) or heads_a_field(text):
        return False
    return foreign or doc_type not in RECORDS or not text.endswith(":") \
        or bool(LETTER_SALUTATION.match(text))


def heads_a_field(text: str) -> bool:
    """`Present:`, `Also present:`, `Soviet participants:`, `Attendees:`: up to two words ending in
    a colon, the last a word of the record's fields (`record_fields.RECORD_FIELDS`)."""
    words = text.rstrip(":").split()
    return text.endswith(":") and 0 < len(words) <= 2 and words[-1].capitalize() in RECORD_FIELDS


def _inside_address(paras: list[Paragraph], given: list[str], trusted: frozenset[str]) -> int:
    """How many of the first `paras` are a letter's inside address: lines that end no sentence
    and name no date (`is_address_line`, up to `INSIDE_ADDRESS_WORDS` words: an office's name in
    Spanish is long), at most `ADDRESS_LINES`, right before a salutation a
    letter opens with (`LETTER_SALUTATION`); 0 when the first is none.

        His Excellency U Thant / New York / Your Excellency:  -> 2
        Ambassador Dobrynin / Mr. Kohler / Subject:           -> 0
    """
    lines = 0
    for index, para in enumerate(paras):
        if index and is_salute(para.text, trusted):
            return index if opens_a_letter(para.text) else 0
        lines += len(para.lines)
        if lines > ADDRESS_LINES or given[index] \
                or not all(undated_address_line(line, INSIDE_ADDRESS_WORDS)
                           for line in para.lines):
            return 0
    return 0
