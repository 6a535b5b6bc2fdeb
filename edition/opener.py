"""The opener: a document's top lines -> stamp, heading, dateline, inside address, salutation."""

from __future__ import annotations

import re

from . import date_checks
from .correspondents import CORRESPONDENCE
from .inline import PAGE
from .model import Paragraph
from .paragraphs import is_address_line, is_heading
from .speakers import match_label

SALUTE = re.compile(r"^(?:Dear|To)\b|.*:$|^[A-Z][A-Z .]+\.$")
"""A salutation's words: `Dear ...`, `To ...`, anything ending in a colon, `CC CPSU.`."""
LETTER_SALUTATION = re.compile(r"^(?:(?:My\s+)?Dear|To"
                               r"|Your\s+(?:Excellency|Majesty|Highness|Holiness)"
                               r"|Excellency|Sirs?|Madam|Gentlemen|Comrades?|Respected|Esteemed"
                               r"|Mr\.|Mrs\.|Monsieur)(?=[\s,:]|$)")
"""The words a letter's salutation opens with (`Your Excellency:`, `Dear Sir,`, `Mr. President:`),
after which the lines before it are an inside address; not `Subject:` or `Participants:`."""
RECORDS = frozenset({"memorandum", "minutes", "transcript", "drama"})
"""The document types that record, not address: a short line ending in a colon at their top
(`Present:`, `Discussion of the withdrawal:`) labels what follows, a salutation only when it
opens as a letter's does (`Mr. President:`, `LETTER_SALUTATION`)."""
ADDRESS_LINES = 6
"""The most lines an inside address has."""
LIST_HEADS = frozenset("Present Absent Participants Attending Attendees Attendance".split())
"""Words that head a list of people under them (`Present:`, `Also present:`, `Soviet
participants:`): no salutation, though they end in a colon."""


def read_opener(paras: list[Paragraph], given: list[str], trusted: frozenset[str],
                marking_line: int = 0,
                doc_type: str = "") -> tuple[list[tuple[str, Paragraph]], int]:
    """The opening lines of `paras`, each with the block it is, and the index of the paragraph
    where the text begins; a paragraph with a role `given` by the editor begins it. The first
    paragraph, or one under the datelines, when it is the security marking the header's
    classification was read from (its first line is `marking_line`), is a stamp, and a heading may
    follow it. Only a letter or a
    telegram (`doc_type`) has an inside address: a memorandum's list of participants is none.

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
        para, text = paras[index], paras[index].text
        address = 0
        if marking_line and para.line == marking_line:
            found.append(("stamp", para))
        elif (index == 0 or (index == 1 and found[0][0] == "stamp")) and is_heading(para):
            found.append(("head", para))
        elif len(text.split()) <= 10 and date_checks.names_a_date(text) and not match_label(text):
            found.append(("dateline", para))
        elif is_salute(text, trusted, doc_type):
            found.append(("salute", para))
        elif doc_type in CORRESPONDENCE and \
                (address := _inside_address(paras[index:], given[index:], trusted)):
            found.extend(("addrLine", line) for para in paras[index:index + address]
                         for line in _lines(para))
        elif _bracketed(text) and _opening_follows(paras[index + 1:], given[index + 1:], trusted,
                                                   doc_type):
            found.append(("note", para))
        else:
            break
        index += address or 1
    return found, index


def _bracketed(text: str) -> bool:
    """`[Stamp: "Returned to the General Department"]`: a paragraph wholly in brackets; not a
    page break (`[Page 3]`)."""
    inner = text.rstrip(".")
    return inner.startswith("[") and inner.endswith("]") \
        and not PAGE.fullmatch(inner[1:-1].strip())


def _opening_follows(paras: list[Paragraph], given: list[str], trusted: frozenset[str],
                     doc_type: str) -> bool:
    """Whether opening lines (a heading, a dateline, a salutation ...) begin `paras`, after a
    paragraph in brackets (others may stand between)."""
    found, _ = read_opener(paras, given, trusted, doc_type=doc_type)
    return any(kind != "note" for kind, _ in found)


def is_salute(text: str, trusted: frozenset[str], doc_type: str = "") -> bool:
    """`Dear Mr. President:`, `Your Excellency:`, `To Comrade A.A. Gromyko.`, `CC CPSU.`; not a
    speaker label (`trusted`: the labels the document's turns make sure of), nor the head of a
    list of people (`heads_a_list`), nor, in a record (`RECORDS`: a memorandum, minutes), a line
    ending in a colon that no letter's salutation opens (`Discussion of the withdrawal:`)."""
    if len(text.split()) > 6 or not SALUTE.match(text) or match_label(text, trusted) \
            or heads_a_list(text):
        return False
    return doc_type not in RECORDS or not text.endswith(":") or bool(LETTER_SALUTATION.match(text))


def heads_a_list(text: str) -> bool:
    """`Present:`, `Absent:`, `Also present:`, `U.S. Participants:`: a line of up to two words
    ending in a colon, its last one of `LIST_HEADS`."""
    words = text.rstrip(":").split()
    return text.endswith(":") and 0 < len(words) <= 2 and words[-1].capitalize() in LIST_HEADS


def _inside_address(paras: list[Paragraph], given: list[str], trusted: frozenset[str]) -> int:
    """How many of the first `paras` are a letter's inside address: lines that end no sentence
    and name no date (`is_address_line`), at most `ADDRESS_LINES`, right before a salutation a
    letter opens with (`LETTER_SALUTATION`); 0 when the first is none.

        His Excellency U Thant / New York / Your Excellency:  -> 2
        Ambassador Dobrynin / Mr. Kohler / Subject:           -> 0
    """
    lines = 0
    for index, para in enumerate(paras):
        if index and is_salute(para.text, trusted):
            return index if LETTER_SALUTATION.match(para.text) else 0
        lines += len(para.lines)
        if lines > ADDRESS_LINES or given[index] or not all(
                is_address_line(line) and not date_checks.names_a_date(line)
                for line in para.lines):
            return 0
    return 0


def _lines(para: Paragraph) -> list[Paragraph]:
    """Each line of `para` as a paragraph of its own, with its number."""
    return [Paragraph((line,), number) for line, number in zip(para.lines, para.line_numbers)]
