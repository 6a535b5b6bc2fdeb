"""Divisions: a file of several documents one after another (cables), a diary's entries, a
report's sections by country -> where each begins."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection
from typing import NamedTuple

from .closing_asides import FOOTNOTE
from .country_words import names_a_country
from .date_checks import is_dateline
from .date_patterns import DIARY_DAY_HEAD, MONTH_NAMES, WEEKDAYS
from .doc_types import CORRESPONDENCE, titled_diary
from .letter_forms import opens_a_letter
from .model import Paragraph
from .paragraphs import is_heading

NUMBERS = re.compile(r"\d+")
_MONTH = "|".join(MONTH_NAMES)
_WEEKDAY = "|".join(day.title() for day in WEEKDAYS)
ENTRY_HEAD = re.compile(rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})|(?:{_MONTH})\s+\d{{1,2}}"
                        rf"(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?\.(?:\s+(?:{_WEEKDAY})\.)?"
                        rf"|(?i:{DIARY_DAY_HEAD.pattern})\.)(?=\s+\S)")
"""A diary entry's head opening its first paragraph: its day and month (and year) and a period,
its weekday after them (`3 November.`, `4 November. Saturday.`, `November 8.`, `2 January
1963.`), or the ordinal day and weekday the dates read as the head of an entry
(`date_patterns.DIARY_DAY_HEAD`: `28th. Sunday.`); the entry's text after it."""
ENTRY_DATE_LINE = re.compile(rf"(?:(?:{_WEEKDAY}),?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})"
                             rf"|(?:{_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?\.?")
"""A diary entry's head alone in its paragraph, over the entry's text: its day and month, its
year and weekday too (`2 November 1962`, `Saturday, 3 November 1962`, `November 5, 1962`)."""
SECTION_MARK = re.compile(r"(?i:section)\s+\d{1,2}\s+(?i:of)\s+\d{1,2}")
"""A telegram's section over its dateline, sent in several: `Section 1 of 2`, `SECTION 2 OF 2`
(in capitals a heading too)."""
ENCLOSURE_HEAD = re.compile(r"(?:enclosure|attachment|annex|appendix)"
                            r"(?:\s+(?:no\.\s*)?(?:\d{1,2}|[A-Z]))?\s*:?", re.IGNORECASE)
"""`Enclosure:`, `Attachment 1`, `Annex A:`: the head of a text that goes with a letter, alone on
its line."""
NUMBERED_DOCUMENT = re.compile(r"(?i:(?:ciphered\s+|coded\s+)?(?:telegram|cable|letter))\s+"
                               r"(?:No\.|Nr\.|#)\s*\d{1,4}")
"""A document's number heading it in a file of several, in small letters too: `Telegram No. 1`,
`Ciphered telegram No. 2`, `Letter No. 3` (in capitals a heading as well)."""


def division_starts(paras: list[Paragraph], doc_type: str) -> list[int]:
    """The index of the paragraph where each document of a file of several begins, or each
    section of a telegram sent in several: a heading that recurs, the same words but for its
    number (`CIPHERED TELEGRAM No. 1`, `... No. 2`; `Section 1 of 2`: `heads_a_division`), each
    time right above a dateline (`Havana, 27 October 1962, 06:15`); [] where no heading of one
    shape heads two of them, or the file is no letter's or telegram's (`CORRESPONDENCE`: a
    memorandum's `I. POLITICAL QUESTIONS` heads its sections, not documents), or where one
    of them holds no line but its heading and dateline (a document has a text).

        TOP SECRET // CIPHERED TELEGRAM No. 1 // Havana, 26 October 1962 // ... // ALEKSEEV //
        CIPHERED TELEGRAM No. 2 // Havana, 27 October 1962 // ... // ALEKSEEV  -> [1, 5]
    """
    if doc_type not in CORRESPONDENCE:
        return []
    heads = [(index, NUMBERS.sub("#", para.text)) for index, para in enumerate(paras[:-1])
             if heads_a_division(para) and is_dateline(paras[index + 1].text)]
    shapes = Counter(shape for _, shape in heads)
    shape, count = shapes.most_common(1)[0] if shapes else ("", 0)
    starts = [index for index, each in heads if each == shape] if count > 1 else []
    ends = starts[1:] + [len(paras)]
    return starts if all(end - start > 2 for start, end in zip(starts, ends)) else []


def heads_a_division(para: Paragraph) -> bool:
    """Whether `para` is a line that may head a document of a file, or a section of a telegram:
    a heading of one line (`CIPHERED TELEGRAM No. 1`), a document's number (`NUMBERED_DOCUMENT`:
    `Telegram No. 1`; not `Telegram No. 1 reported ...`), or a section's mark (`SECTION_MARK`:
    `Section 1 of 2`; not `Section 1 of the treaty ...`)."""
    return len(para.lines) == 1 and (is_heading(para) or any(
        mark.fullmatch(para.text) for mark in (NUMBERED_DOCUMENT, SECTION_MARK)))


def entry_heads(paras: list[Paragraph], title: str) -> dict[int, int]:
    """The paragraphs where a diary's entries begin, by index, each with the length of its head
    (`ENTRY_HEAD`: `3 November. Arrived in Havana ...` -> 11), or heads alone in their paragraph
    over the entry's text, whichever the diary has more of (`ENTRY_DATE_LINE`: `2 November 1962`
    -> the paragraph's length): in a document whose title names a diary as what the document is
    (`TITLED_DOCUMENT`), two entries or more, or one head opening its paragraph under text of
    the document's day; {} elsewhere (a memorandum's `5 November. The
    talks ...`, a chronology `Compiled from the Embassy Diary`)."""
    if not titled_diary(title):
        return {}
    heads = {index: found.end() for index, para in enumerate(paras)
             if (found := ENTRY_HEAD.match(para.text))}
    alone = {index: len(para.text) for index, para in enumerate(paras[:-1])
             if _dates_alone(para) and not _dates_alone(paras[index + 1])}   # over its text
    if len(heads) == 1 and not alone and min(heads) > 0:   # `Met Mikoyan.` / `5 November. ...`
        return heads
    heads = heads if len(heads) >= len(alone) else alone
    return heads if len(heads) > 1 else {}


def _dates_alone(para: Paragraph) -> bool:
    """Whether `para` is one line, a date and nothing else (`ENTRY_DATE_LINE`)."""
    return len(para.lines) == 1 and ENTRY_DATE_LINE.fullmatch(para.text.strip()) is not None


SECTION_HEADS = 2
"""The fewest country headings that divide a report into sections (`CUBA` ... `USSR`)."""


def section_heads(paras: list[Paragraph]) -> list[int]:
    """The index of each paragraph that heads a section of a report's text (`paras`): a line in
    capitals naming a country or a region and nothing else (`country_words.names_a_country`:
    `CUBA`, `USSR`, `COMMUNIST CHINA`), a paragraph that is none under it; [] where fewer than
    `SECTION_HEADS` do (`CUBA` alone over a paragraph stays a line of the text)."""
    heads = [index for index, para in enumerate(paras[:-1])
             if _names_a_country(para) and not _names_a_country(paras[index + 1])]
    return heads if len(heads) >= SECTION_HEADS else []


def _names_a_country(para: Paragraph) -> bool:
    """Whether `para` is one line in capitals that names a country or a region alone."""
    text = para.text.strip()
    return len(para.lines) == 1 and text.isupper() and names_a_country(text)


def entries_end(paras: list[Paragraph], entries: Collection[int], body_end: int) -> int:
    """The first line of the closing lines under a diary's last entry or a report's last section
    (`entries`: where each begins, `entry_heads`, `section_heads`; `body_end` the index of the
    paragraph they begin at): the whole's signature, not the entry's; 0 where there are no
    entries or no closing lines."""
    return paras[body_end].line if entries and body_end < len(paras) else 0


class Enclosure(NamedTuple):
    """What a text encloses or has appended under its closing lines: the index of its first
    paragraph, its heads (`Enclosure:` / `DRAFT PROTOCOL`, or `Appendix 1`) and whether it is a
    letter, whose opening lines (the salutation under its head) are its own opener."""
    start: int
    heads: int
    letter: bool


def enclosure(paras: list[Paragraph], roles: dict[int, str], body_end: int, doc_type: str,
              signed: Callable[[list[Paragraph]], bool]) -> Enclosure | None:
    """What the text of `paras` encloses (`enclosure_start`), else the letter appended to it
    (`appended_letter`), both headed by a line alone of `_head_lines`; None where there is
    neither."""
    heads = _head_lines(paras, roles)
    enclosed = enclosure_start(paras, heads, roles, body_end, doc_type, signed)
    if enclosed is not None:
        return Enclosure(enclosed, 2, False)
    appended = appended_letter(paras, heads, signed)
    return None if appended is None else Enclosure(appended, 1, True)


def _head_lines(paras: list[Paragraph], roles: dict[int, str]) -> list[int]:
    """The index of each paragraph that may head what goes with a text: a line alone of
    `ENCLOSURE_HEAD` (`Appendix 1`, `Enclosure:`), not the first and with two paragraphs or more
    under it, no footnote (`roles`) at or below it."""
    below_notes = max((index + 1 for index, para in enumerate(paras)
                       if roles.get(para.line) == FOOTNOTE), default=0)
    return [index for index in range(max(1, below_notes), len(paras) - 2)
            if len(paras[index].lines) == 1
            and ENCLOSURE_HEAD.fullmatch(paras[index].text.strip()) is not None]


def enclosure_start(paras: list[Paragraph], heads: list[int], roles: dict[int, str],
                    body_end: int, doc_type: str,
                    signed: Callable[[list[Paragraph]], bool]) -> int | None:
    """The index where the text a letter encloses begins, under its closing lines: one of the
    `heads` (`_head_lines`: `Enclosure:`), a heading of one line under it (`DRAFT PROTOCOL`) and
    a paragraph or more under that, a signature among the closing lines above it (`roles`, from
    `body_end`, or where the enclosure has closing lines of its own, the closing lines `signed`
    reads above the head); None elsewhere (`Enclosures:` / `1. Statement of the Soviet
    Government`: the letter's list)."""
    if doc_type not in CORRESPONDENCE:
        return None
    for index in heads:
        heading = paras[index + 1]
        if len(heading.lines) == 1 and is_heading(heading) \
                and _signed_above(paras, index, roles, body_end, signed):
            return index
    return None


def appended_letter(paras: list[Paragraph], heads: list[int],
                    signed: Callable[[list[Paragraph]], bool]) -> int | None:
    """The index where a letter appended to a text begins, under the text's signature (a
    protocol's `Secretary of the CC` / `F. Kozlov`, which `signed` reads above the head): one of
    the `heads` (`_head_lines`: `Appendix 1`), a letter's salutation under it (`Dear Mr.
    President:`, `Уважаемый господин Президент!`) and a paragraph or more under that;
    None elsewhere (`Appendix 1` over a paragraph of text, or with no signature above it: a
    line of the text)."""
    for index in heads:
        if _salutation(paras[index + 1]) and signed(paras[:index]):
            return index
    return None


def _signed_above(paras: list[Paragraph], index: int, roles: dict[int, str], body_end: int,
                  signed: Callable[[list[Paragraph]], bool]) -> bool:
    """Whether a signature stands among the closing lines above the head at `index`: read at the
    text's end (`roles`, from `body_end`), else by `signed` on what is above the head."""
    if index > body_end:
        return any(roles.get(para.line) == "signed" for para in paras[body_end:index])
    return signed(paras[:index])


def _salutation(para: Paragraph) -> bool:
    """Whether `para` is a letter's salutation alone on its line: `Dear Mr. President:`,
    `Sehr geehrter Herr Bundeskanzler!` (its words and a comma, colon or `!` after them)."""
    text = para.text.strip()
    return len(para.lines) == 1 and text.endswith((",", ":", "!")) and opens_a_letter(text)
