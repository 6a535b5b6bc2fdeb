"""Security markings (`TOP SECRET`, `Совершенно секретно`): their level, the one atop a text."""

from __future__ import annotations

import re
from dataclasses import replace

from .date_checks import find_written_dates, is_dateline
from .model import Field, Metadata, Paragraph

CLASSIFICATIONS = ("top secret", "secret", "confidential", "strictly confidential",
                   "unclassified", "limited official use", "eyes only", "for official use only",
                   "personal and confidential", "no foreign dissem")
"""Security and handling markings printed on their own line near the top of a document: the
classification (`TOP SECRET`, `FOR OFFICIAL USE ONLY`) and how the paper is to be handled
(`PERSONAL AND CONFIDENTIAL`, `NO FOREIGN DISSEM`); each is a category of the header's
vocabulary. Other forms (`OFFICIAL USE ONLY`, `NOFORN`, Polish `Ściśle tajne`) are one of
these: `CLASSIFICATIONS_ELSEWHERE`."""


CLASSIFICATIONS_ELSEWHERE = {
    "совершенно секретно": "top secret", "сов. секретно": "top secret",
    "строго секретно": "top secret", "секретно": "secret",
    "строго конфиденциально": "strictly confidential", "конфиденциально": "confidential",
    "streng geheim": "top secret", "geheim": "secret", "streng vertraulich":
    "strictly confidential", "vertraulich": "confidential", "vs-vertraulich": "confidential",
    "très secret": "top secret", "confidentiel": "confidential",
    "strictement confidentiel": "strictly confidential",
    "ultrasecreto": "top secret", "secreto": "secret", "confidencial": "confidential",
    "estrictamente confidencial": "strictly confidential",
    "ściśle tajne": "top secret", "tajne": "secret", "poufne": "confidential",
    "official use only": "for official use only", "no foreign dissemination": "no foreign dissem",
    "noforn": "no foreign dissem",
    "szigorúan titkos": "top secret", "titkos": "secret", "szigorúan bizalmas":
    "strictly confidential", "bizalmas": "confidential",
    "geheime verschlußsache": "secret", "geheime verschlusssache": "secret",
    "vertrauliche verschlußsache": "confidential", "vertrauliche verschlusssache": "confidential",
}
"""The security markings of the corpus's other languages, and other forms of an English one
(`OFFICIAL USE ONLY`, `NOFORN`), each -> the one of `CLASSIFICATIONS` it is (`Совершенно секретно` is `Top Secret`, and so is the older `Строго секретно`, "strictly
secret"; `Geheim` is `Secret`; the Hungarian `Szigorúan titkos` is `Top Secret`; the GDR's
`Vertrauliche Verschlußsache`, "confidential classified matter", is `Confidential`): the header
names every document's classification in one vocabulary (`classification_level`)."""


GLOSS_AFTER = re.compile(r"\s+\([^()]*\)$")
"""A marking's translation in parentheses ending its line: `Szigorúan titkos! (Top Secret!)`."""


MARKING_DASH = re.compile(r"\s+-{1,2}\s+|\s*(?:--|[—–])\s*")
"""A dash between two markings: `TOP SECRET -- EYES ONLY`, `Secret - Eyes Only`, `SECRET—NOFORN`;
not a word's hyphen (`VS-Vertraulich`)."""


HANDLING_PART = (
    r"(?i:(?:of\s+)?special\s+importance|special\s+file|copy\s+(?:no\.?|number|#)\s*\d{1,3}"
    r"|особой\s+важности|особая\s+папка|экз\.?\s*(?:№|n)\s*\d{1,3}"
    r"|(?:sole|only|single)\s+copy|making\s+copies\s+(?:is\s+)?prohibited)")
MARKED_HANDLING = re.compile(rf"(?P<level>[^.!]{{3,30}})[.!](?:\s+{HANDLING_PART}[.!]?)+")
"""What a Soviet marking's line says after the classification, in translation or not (`Of Special
Importance`, "osoboi vazhnosti"; `Special File`, "osobaya papka"; `Copy No. 1`, `Экз. № 1`):
handling, no words of the text."""


def classification_level(marking: str) -> str:
    """The classification a marking or a source statement's sentence states, a word of
    `CLASSIFICATIONS` ('top secret' for `TOP SECRET; EYES ONLY`, `Top Secret.` and `Совершенно
    секретно`; `Szigorúan titkos! (Top Secret!)`, its translation after it), else ''. Markings a
    dash parts are each one (`TOP SECRET -- EYES ONLY`; not `Secret -- or so he said.`), and so
    are the Soviet handling and copy number after a period (`Top Secret. Of Special Importance.
    Copy No. 1`, `Совершенно секретно. Экз. № 1`: `MARKED_HANDLING`)."""
    marking = GLOSS_AFTER.sub("", marking.strip())
    handled = MARKED_HANDLING.fullmatch(marking)
    if handled:   # `Top Secret. Of Special Importance. Copy No. 1`
        return _level(handled["level"])
    if (handling := _handled_level(marking)):   # `Personal. Confidential.`
        return handling
    dashed = MARKING_DASH.split(marking)
    if len(dashed) > 1:
        levels = [_level(part) for part in dashed]
        return levels[0] if all(levels) else ""
    return _level(marking)


HANDLING_WORDS = frozenset({"personal", "strictly personal", "private", "urgent", "most urgent",
                            "priority", "immediate", "flash"})
"""How a letter or a telegram is to be handled, a sentence of its own by the classification
(`Personal. Confidential.`) or without one (`Urgent. Priority.`): who may open it, how fast."""
MARKING_SENTENCE = re.compile(r"[.!]\s+")
"""The period parting a line's markings: `Personal. Confidential.`."""


def _marking_sentences(line: str) -> list[str]:
    """The sentences of `line` a period parts, the last one's period left: `Personal.
    Confidential.` -> ['Personal', 'Confidential']."""
    return MARKING_SENTENCE.split(line.strip().rstrip(".!").rstrip())


def _handled_level(line: str) -> str:
    """The classification of a line of sentences each a marking or a handling word, one at least
    a marking (`Personal. Confidential.`, `Urgent. Secret.`: 'confidential', 'secret'), else
    ''."""
    parts = _marking_sentences(line)
    levels = [_level(part) for part in parts]
    handled = all(level or part.lower() in HANDLING_WORDS for part, level in zip(parts, levels))
    return next(filter(None, levels), "") if len(parts) > 1 and handled else ""


def handling_only(line: str) -> bool:
    """Whether `line` is two handling words or more alone, a sentence each, capitalized
    (`Urgent. Priority.`, `Personal. Urgent.`): a stamp of the letter at its top, no words of the
    text; not one word alone (`Priority` over a telegram's dateline: its heading)."""
    parts = _marking_sentences(line)
    return line[:1].isupper() and len(parts) > 1 \
        and all(part.lower() in HANDLING_WORDS for part in parts)


def _level(marking: str) -> str:
    """The word of `CLASSIFICATIONS` a marking's first part (up to `;`, `,` or `/`) is, or ''."""
    head = re.split(r"[;,/]", marking.lower())[0].strip().rstrip(".!").rstrip()
    level = CLASSIFICATIONS_ELSEWHERE.get(head, head)
    return level if level in CLASSIFICATIONS else ""


MARKING_OPENING = re.compile(
    r"(?i:" + "|".join(re.escape(marking).replace(r"\ ", r"\s+") for marking in sorted(
        {*CLASSIFICATIONS, *CLASSIFICATIONS_ELSEWHERE}, key=len, reverse=True)) + r")(?![\w-])")
"""A marking of `CLASSIFICATIONS` or `CLASSIFICATIONS_ELSEWHERE` opening a line, a whole word."""
MARK_BETWEEN = re.compile(r"\s*[-–—/(;,.]")
"""A mark parting a marking from what follows it on its line: `TOP SECRET - SENSITIVE`; not a
colon, a label's (`Confidential: ...`, which `speakers` judges)."""


def opening_marking(line: str) -> str:
    """The classification `line` prints, when it is a marking (`classification_level`) or opens
    with one that words the level does not read follow (`TOP SECRET - SENSITIVE`, `Совершенно
    секретно. Экз. № 1`), or another marking (`TOP SECRET EYES ONLY`): a short rest, a mark
    between, its first word capitalized; '' for any other line (`SECRET MEETING WITH CASTRO`, a
    heading, `Secret -- or so he said.`, a sentence, `Secretary Rusk`)."""
    line = line.strip()
    if (level := classification_level(line)):
        return level
    opening = MARKING_OPENING.match(line)
    if opening is None or not line[:1].isupper():
        return ""
    rest = line[opening.end():]
    words = rest.strip(" -–—/(;,:.").split()
    marked = bool(MARK_BETWEEN.match(rest)) or bool(MARKING_OPENING.match(rest.lstrip()))
    shaped = 0 < len(words) <= MARKING_LINE_WORDS and not words[0][:1].islower()
    return _level(opening.group()) if marked and shaped else ""


def classification_of(line: str) -> str:
    """`line` itself when it is a security marking ("Top Secret", "Совершенно секретно"), else
    ""."""
    return line.strip() if classification_level(line) else ""


STATEMENT_SENTENCE = re.compile(r"(?:^|(?<=[.;:]))\s*([^.;:]+?)(?=\s*(?:[.;]|$))")
"""A sentence, or a part of one up to a `;`, of a source statement: `Secret` and `Exdis` in
`Department of State, Central Files, 611.3722/10-2962. Secret; Exdis. Drafted by Thompson.`"""


def stated_classification(statement: str) -> tuple[str, int]:
    """The classification a source statement states, as printed, and where it begins: FRUS's
    `Source: ..., 611.3722/10-2962. Secret. Drafted by Thompson.` -> ('Secret', 37); ('', -1)
    where it states none (`No classification marking.`). Only a sentence that is markings alone
    counts (`Secret, Eyes Only`; not `Secret Service files were read.` nor `Secret, but the
    Embassy had it.`), capitalized as printed markings are."""
    for match in STATEMENT_SENTENCE.finditer(statement):
        words = match.group(1)
        if words[:1].isupper() and all(map(classification_level, re.split(r"[,/]", words))):
            return words, match.start(1)
    return "", -1


def printed_classification(metadata: Metadata, foreign_language: str) -> Field:
    """The classification as the source prints it, with its language where it is not the
    edition's: the marking at the top of the text (in the text's language, `foreign_language`,
    '' for the edition's: `Совершенно секретно`), else the one its source statement states
    (FRUS's `..., 611.3722/10-2962. Secret. Drafted by ...`: `stated_classification`)."""
    marking, source = metadata.classification, metadata.source
    if marking.value:
        return replace(marking, language=marking.language or foreign_language)
    stated, at = stated_classification(source.value)
    return Field(stated, source.line, source.language,
                 source.column + at if source.column and stated else 0)


def is_marking(para: Paragraph) -> bool:
    """Whether `para` opens with a security marking: `Top Secret`, or a block of lines under one
    (`TOP SECRET` / `Making copies prohibited` / `Copy No. 1`); not the first word of a sentence
    that goes on on the next line (`Secret` / `sources in Havana report ...`). A marking in
    capitals (`SECRET` / `eyes only`) is one whatever follows."""
    first = para.lines[0]
    goes_on = len(para.lines) > 1 and sentence_goes_on(first, para.lines[1])
    return bool(classification_of(first)) and not goes_on


def sentence_goes_on(marking: str, under: str) -> bool:
    """Whether the line `under` goes on with the sentence a marking's words open on the line
    over it (`Secret` / `sources in Havana report ...`); not under a marking in capitals."""
    return not marking.isupper() and _continues_a_sentence(under)


def _continues_a_sentence(line: str) -> bool:
    """Whether `line` goes on with the sentence of the line before it: it opens with a small
    letter (`sources in Havana ...`) or a mark no sentence opens with (`,` `;` `:` `)`)."""
    first = line.lstrip()[:1]
    return first.islower() or first in ",;:)"


HANDLING_LINE = re.compile(r"(?:Return(?:ed)?|To\s+be\s+returned)(?:\s+within\s+\d{1,3}\s+hours)?"
                           r"\s+to\s+the\s+[^.]{1,60}\.?", re.IGNORECASE)
"""How the copy is to be handled, under its marking: `Return within 24 hours to the 1st
Department`, `To be returned to the General Department of the CC CPSU`."""
MARKING_LINE_WORDS = 6
"""The most words of a line that goes on with a security marking (`Making copies prohibited`)."""


def take_marking(paras: list[Paragraph]) -> tuple[Field, list[Paragraph]]:
    """The classification a security marking at the top of the body prints, and the body.

    A marking alone on its line is wholly the classification: the header holds it, and it leaves
    the body. The short lines under it (`Making copies prohibited`, `Copy No. 1`) are more than
    the header holds: with the marking they stay in the body as printed, a paragraph of their own
    (`structure` makes it the opener's stamp), and the classification is read from its first line,
    whose number links the two. A heading in capitals, a sentence or a date under them is the
    text again (`CIPHERED TELEGRAM`). The marking may stand under the body's datelines, as a
    telegram prints it (`Moscow, November 4, 1962, 7 p.m.` / `CONFIDENTIAL`: `_marking_index`).
    """
    at = _marking_index(paras)
    if at is None:
        return Field(""), paras
    first = paras[at]
    marking = Field(first.lines[0].strip(), first.line, column=1)
    size = _marking_size(first.lines)
    rest = [Paragraph(first.lines[size:], first.line + size)] if size < len(first.lines) else []
    kept = [Paragraph(first.lines[:size], first.line)] if size > 1 else []
    return marking, paras[:at] + kept + rest + paras[at + 1:]


def _marking_index(paras: list[Paragraph]) -> int | None:
    """Where the security marking is: the first paragraph, or the first after the datelines that
    open the body (one line each, a date and a few words: `Moscow, November 4, 1962, 7 p.m.`);
    None when there is none there. A marking further down is the text's (`Secret.` in a turn)."""
    for index, para in enumerate(paras):
        if is_marking(para):
            return index
        if not _is_dateline(para):
            return None
    return None


def _is_dateline(para: Paragraph) -> bool:
    """A paragraph of one line that is a dateline (`date_checks.is_dateline`)."""
    return len(para.lines) == 1 and is_dateline(para.text)


def _marking_size(lines: tuple[str, ...]) -> int:
    """How many of `lines`, the first a security marking, the marking holds."""
    size = 1
    for line in lines[1:]:
        words = line.split()
        letters = [c for c in line if c.isalpha()]
        worded = [w for w in words if sum(c.isalpha() for c in w) > 1]   # not `VVS B 2/1-412/62`
        heading = len(worded) > 1 and all(c.isupper() for c in letters)
        if not classification_of(line) and not HANDLING_LINE.fullmatch(line.strip()) \
                and (len(words) > MARKING_LINE_WORDS or heading or find_written_dates(line)):
            break
        size += 1
    return size
