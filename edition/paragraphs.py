"""Paragraphs judged by their text alone: lines split and rejoined, headings, closing roles, titles."""

from __future__ import annotations

import re

from .date_checks import find_written_dates
from .model import Paragraph
from .speakers import COLON_LABEL, LETTER_LABEL, in_capitals, match_label

TERMINAL = tuple('.!?:;"”’)]…') + ("--",)
ED_NOTE_PARAGRAPH = re.compile(r"^\[(?:ed(?:itor)?(?:'s|’s)?\.?\s*note|note)\s*:", re.IGNORECASE)
POSTSCRIPT_MARK = re.compile(r"^(?:(?:P\.\s?){1,2}S\.|P{1,2}S[.:\s]|"
                             r"Post-?script(?:um)?\b|POST-?SCRIPT\b)")
"""`P.S.`, `P.P.S.`, `PS:`, `Postscript:` opening a paragraph: a postscript."""
NOT_LOOKED_OVER = re.compile(r"has not (?:looked over|reviewed|checked|seen)|"
                             r"not been (?:reviewed|checked)", re.IGNORECASE)
"""`Com. Mikoyan A.I. has not looked over the transcript`: a postscript by its words."""
CLOSING_REMARK = re.compile(r"\b(?:attended the (?:conversation|meeting)|(?:was|were|also) present)\b",
                            re.IGNORECASE)
SIGNED = re.compile(r"^(?:recorded|transcribed|drafted|prepared|written|signed|approved)\b.*:|"
                    r"\[signature\]", re.IGNORECASE)
VALEDICTION = re.compile(r"^(?:sincerely|respectfully|faithfully|yours|cordially|with (?:best )?"
                         r"regards|best regards)[\w ]*,?$", re.IGNORECASE)
NAME_WORD = re.compile(r"^(?:[A-ZÀ-Þ]\.)+$|^[A-ZÀ-Þ][\w’'\-]*\.?$")
NUMBERED = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})[.)]\s")
LIST_ITEM = re.compile(r"^(?:(?:[A-ZÀ-Þ]\.\s?)+[A-ZÀ-Þ][\w’'\-]+"
                       r"|(?:\d{1,2}|[IVX]{1,4}|[a-zA-Z])[.)]\s)")
"""A line of a list: `O. Dorticos, President of Cuba`, `2. Military questions`, `b) the bombers`."""


def split_lines(paras: tuple[Paragraph, ...]) -> list[Paragraph]:
    """Split a multi-line paragraph at each line break that ends a block (see `_continues`).

    The first paragraph is kept whole: it may be a heading whose lines are `lb`-separated.
    """
    result: list[Paragraph] = []
    for index, para in enumerate(paras):
        if index == 0 and is_heading(para):
            result.append(para)
            continue
        current = [para.lines[0]]
        start, unclosed = para.line, _unclosed(para.lines[0])
        for offset, line in enumerate(para.lines[1:], 1):
            if _continues(current[-1], unclosed, line):
                current.append(line)
                unclosed += _unclosed(line)
                continue
            result.append(Paragraph(tuple(current), start))
            current, start, unclosed = [line], para.line + offset, _unclosed(line)
        result.append(Paragraph(tuple(current), start))
    return result


def _continues(last: str, unclosed: int, line: str) -> bool:
    """Whether `line` goes on with the block that ends in `last` and leaves `unclosed` square
    brackets open (a hard-wrapped sentence or bracket).

    `I have already told` / `Comrade Dorticos that the [Soviet` / `Government] agrees` is one
    block; a new one starts after a finished sentence, a heading, a signature (`Recorded by:
    [signature] V. Tikhmenev` / `Com. Mikoyan A.I. has not looked over ...`) or a list item, and
    at a speaker label, an editorial note or a numbered item.
    """
    if line[:1].islower():
        return True
    if ED_NOTE_PARAGRAPH.match(line) or _colon_label(line):
        return False
    label = match_label(line)   # tries the colon label last: not again for a transcript's lines
    if label and label.kind == "turn":
        return False
    if unclosed > 0:
        return True   # the brackets' contents are one element: the line break is inside it
    last = last.rstrip()
    ends_block = last.endswith(TERMINAL) or bool(_closing_line_role(last)) or in_capitals(last)
    starts_block = NUMBERED.match(line) or (LIST_ITEM.match(last) and LIST_ITEM.match(line))
    return not (ends_block or starts_block)


def _colon_label(line: str) -> bool:
    """`K: Hello`, `Kissinger: Fine`, `Mr. Rogers: Yes`: a label before a colon, which a
    transcript puts at the start of each turn's line (`match_label` trusts `K` and `Kissinger`
    only once they recur, which the blocks cut here decide)."""
    return bool(COLON_LABEL.match(line) or (LETTER_LABEL.match(line) and line[1] == ":"))


def _unclosed(line: str) -> int:
    """How many more square brackets `line` opens than it closes."""
    return line.count("[") - line.count("]")


def join_broken_paragraphs(paras: list[Paragraph]) -> list[Paragraph]:
    """Join a paragraph cut by the page layout: `...it is` / blank / `still a poor country.`"""
    joined: list[Paragraph] = []
    for para in paras:
        if joined and para.text[:1].islower() and not joined[-1].text.rstrip().endswith(TERMINAL):
            previous = joined.pop()
            para = Paragraph(previous.lines + para.lines, previous.line,
                             previous.line_numbers + para.line_numbers)
        joined.append(para)
    return joined


def is_heading(para: Paragraph) -> bool:
    """`MEMORANDUM OF CONVERSATION` (and the lines under it); not `CC CPSU.`, an addressee."""
    first = para.lines[0]
    if len(para.lines) == 1 and first.endswith("."):
        return False
    return len(first.split()) >= 2 and in_capitals(first) and match_label(first) is None


def opens_postscript(text: str) -> bool:
    """Whether `text` opens with a postscript mark: `P.S.`, `P.P.S.`, `PS:`, `Postscript:`."""
    return bool(POSTSCRIPT_MARK.match(text))


def closing_role(text: str) -> str:
    """How a paragraph near the end closes the document, or "" when it does not: a postscript
    mark opening it (`P.S. ...`), else what its words say (`_closing_line_role`)."""
    return "postscript" if opens_postscript(text) else _closing_line_role(text)


def _closing_line_role(text: str) -> str:
    """How a line closes the document by its words (a signature, `Sincerely,`, `... has not looked
    over the transcript`), or "" when it does not. Not a postscript mark: that opens a paragraph
    which may wrap onto more lines, so it does not end its line's block (`_continues`)."""
    if ED_NOTE_PARAGRAPH.match(text):
        return ""
    if NOT_LOOKED_OVER.search(text):
        return "postscript"
    if SIGNED.search(text):
        return "signed"
    if VALEDICTION.match(text):
        return "salute"
    if CLOSING_REMARK.search(text) and len(text.split()) <= 20:
        return "remark"
    if dated_signature(text):
        return "dated"
    return "signed" if is_signature(text) else ""


def dated_signature(text: str) -> int:
    """Offset of the name in `19.XI.62 A. Mikoyan` (also `31.II.62 A. Mikoyan`, a date naming no
    real day: `structure` reports it), 0 when `text` is not a date and a name."""
    dates = find_written_dates(text)
    if not dates or dates[0].start != 0:
        return 0
    name = text[dates[0].end:].strip()
    return dates[0].end + 1 if name and is_signature(name) else 0


def is_signature(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 4 and all(NAME_WORD.match(w) for w in words) \
        and match_label(text) is None and not text.endswith((":", "?", "!"))


TITLE_CORRESPONDENTS = (
    re.compile(r"\bfrom\s+(?:the\s+)?(?P<sender>.+?)\s+to\s+(?:the\s+)?(?P<addressee>.+?)"
               r"(?:\s*[(,]|$)", re.IGNORECASE),
    re.compile(r"^(?P<sender>.+?)\s+(?:telegram|letter|cable|message|note)\s+to\s+(?:the\s+)?"
               r"(?P<addressee>.+?)(?:\s*[(,]|$)", re.IGNORECASE),
)


def correspondents_in_title(title: str) -> tuple[str, str]:
    """(sender, addressee) named by a title: `Letter From X to Y`, `Mikoyan Telegram to the CC CPSU`."""
    for pattern in TITLE_CORRESPONDENTS:
        match = pattern.search(title)
        if match:
            return match.group("sender").strip(), match.group("addressee").strip()
    return "", ""
