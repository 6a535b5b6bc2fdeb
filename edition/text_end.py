"""The end of a text read: the archive's summary taken, each closing paragraph's role, what the
closing lines step over, and where they begin (for `structure`, which builds the rest)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property, partial

from .closing_asides import (FOOTNOTE, closing_asides, is_closing_note, is_editors_note,
                             opens_note)
from .closing_lines import (CLOSER_ROLES, NOT_CLOSING, POSTSCRIPT_ROLES, ClosingLine,
                            ClosingRoles)
from .date_checks import is_dateline
from .letter_forms import RECORDER_MARK
from .doc_types import RECORDS, delivered
from .model import Field, Paragraph, RawDocument
from .letter_forms import opens_a_letter
from .opener import is_salute
from .overrides import Overrides
from .paragraphs import is_address_line, is_heading, opens_postscript, reads_as_summary
from .readers.common import doc_type_opening
from .readers.page_dump import LAYOUT as PAGE_LAYOUT, SET_APART, has_info_block
from .registers import Registers
from .security_markings import is_marking
from .speakers import match_label
from .summary_words import (FIRST_OR_SECOND_PERSON, MAX_WORDS, REPORTED_SPEECH,
                            describes_the_document, names_a_record, names_the_document)


SENTENCE_THEN_SIGN = re.compile(r"[.!?;][*†‡\d]+\s*$")
"""A sentence's end and a footnote's sign or number after it: `letter.*`, `letter.2`."""
ENDING_ROLES = CLOSER_ROLES - {"salute"} | set(POSTSCRIPT_ROLES) | {"trailer"}
"""Roles of a last closing line, after which the archive's layout prints its summary: a closer's
but its salutation, a postscript, the enclosures, the text's end mark (`END OF MESSAGE`)."""


@dataclass(frozen=True)
class TextEnd:
    """The end of a text as read: the paragraphs left of the text (`paras`, the summary taken
    out), the closing role of each of the closing lines by its first line (`roles`: the page's
    furniture and the footnotes stepped over, `closing_asides.FURNITURE`, `FOOTNOTE`; a line of
    the text has none asked for, as asking reads it), where the body ends and the
    closing lines begin (`body_end`), and the summary (`summary`, its value "" where none)."""
    paras: list[Paragraph]
    roles: dict[int, str]
    body_end: int
    summary: Field

    def from_paragraph(self, start: int) -> TextEnd:
        """This end as the end of the paragraphs from `start` on (the last of several documents
        in a file: `divisions`)."""
        return TextEnd(self.paras[start:], self.roles, max(0, self.body_end - start), self.summary)


class EndReader:
    """Reads the end of the text of `raw`: the editor's roles (`overrides`) first, the
    `registers` for the places and people under a signature, the first lines of the page's
    furniture (`furniture`), the labels the turns make sure of (`trusted`), the document's type
    (`doc_type`: whether its words are delivered to hearers, `doc_types.delivered`, and whether
    it is a record, which its recorder's line closes)."""

    def __init__(self, raw: RawDocument, registers: Registers, overrides: Overrides,
                 furniture: set[int], trusted: frozenset[str], doc_type: str) -> None:
        self.raw, self.registers, self.overrides = raw, registers, overrides
        self.furniture, self.trusted, self.doc_type = furniture, trusted, doc_type

    def read(self, paras: list[Paragraph]) -> TextEnd:
        """The end of `paras` read (`TextEnd`). Footnotes are stepped over only where closing
        lines stand before them, and those before the last paragraph only where it is the
        archive's summary."""
        given = [self.overrides.role(para.line)[0] for para in paras]
        for asides in closing_asides(paras, self.furniture, given, self.raw.layout == PAGE_LAYOUT):
            kept = [p for p in paras if p.line not in asides]
            text, roles, summary = self._take_summary(kept)
            text_end = closing_start(text, roles, self.trusted)
            footnotes = [line for line, kind in asides.items() if kind == FOOTNOTE]
            if not footnotes or (text_end < len(text) and (
                    max(footnotes) > kept[-1].line or summary.line == kept[-1].line)):
                break
        left = {para.line for para in text} | set(asides)
        paras = [para for para in paras if para.line in left]
        body_end = paras.index(text[text_end]) if text_end < len(text) else len(paras)
        placed = {para.line: roles[index]   # the closing lines' only: asking costs a reading
                  for index, para in enumerate(text[text_end:], start=text_end)}
        return TextEnd(paras, asides | placed, body_end, summary)

    def read_part(self, paras: list[Paragraph]) -> TextEnd:
        """The end of `paras`, one of several documents in a file before the last (`divisions`):
        its closing lines; the summary and what they step over are read at the file's end."""
        roles = self._closing_roles(paras)
        start = closing_start(paras, roles, self.trusted)
        return TextEnd(paras, {para.line: roles[index]
                               for index, para in enumerate(paras[start:], start=start)},
                       start, Field(""))

    def _take_summary(self, paras: list[Paragraph]
                      ) -> tuple[list[Paragraph], ClosingRoles, Field]:
        """The summary: the editor's, else the archive's field, else the page layout's last
        paragraph after the closing lines when it is prose (`_roles_before_summary`); the
        paragraphs left of the text, and their closing roles (read once: they tell whether the
        last paragraph is the summary)."""
        forced = next((p for p in paras if self.overrides.role(p.line)[0] == "summary"), None)
        if forced is not None:
            paras = [p for p in paras if p is not forced]
        given = Field(forced.text, forced.line) if forced else self.raw.metadata.summary
        roles = self._closing_roles(paras)
        if not given.value and (before := self._roles_before_summary(paras, roles)) is not None:
            return paras[:-1], before, Field(paras[-1].text, paras[-1].line)
        return paras, roles, given

    def _roles_before_summary(self, paras: list[Paragraph],
                              roles: ClosingRoles) -> ClosingRoles | None:
        """The closing roles of the paragraphs before the last of `paras` where the last is the
        archive's summary the page layout prints after the text, else None: prose
        (`reads_as_summary`: not `No. 0075`) with no closing role, label or note of its own (but
        the letter's words after the list of who gets it, `ClosingRoles.after_the_copies`),
        standing apart (a blank line before it, as the archive's page prints it: a line right
        under the signature is the letter's), after paragraphs that close the text without it
        (their roles read as the text's last: `To be opened by addressee only` under the
        signature); or, after a text that ends in no closing line (a turn, `[End of tape 1, side
        A]`, a report's field), where its words describe the document (`_told_by_words`); never
        the text's only paragraph, under lines that may open it and no others (`_text_before`:
        `To the CC CPSU` / `Com. A.I. Mikoyan`, the name shaped as a signature). In another
        layout (a telegram's, its `[Source: ...]` last) only the paragraph after the recorder's
        signature is the summary, where its words describe the document (`_summary_of_record`:
        `Беседу записал В. Тихменев.` // `Микоян и Кастро обсуждают ...`; not `Distributed to
        the members of the Presidium of the CC CPSU.`)."""
        if len(paras) < 2 or roles.lines[-1].runs_on \
                or (self.raw.layout != PAGE_LAYOUT and not self._summary_of_record(paras, roles)) \
                or (roles[-1] and not roles.after_the_copies(len(paras) - 1)):
            return None
        last, before = paras[-1].text, roles.without_last()
        if not reads_as_summary(last) or is_editors_note(last) or opens_note(last) \
                or is_dateline(last) or not (
                closes(paras[:-1], before, self.trusted)
                or self._told_by_words(last, paras[-2].text) or self._printed_apart(paras)) \
                or not self._text_before(paras[:-1], before):
            return None
        label = match_label(last, self.trusted)
        named = label and label.kind == "name-verb" \
            and names_the_document(last, self.raw.metadata.title.value)
        return None if label and not named else before   # `KGB report on ...`: a noun

    def _text_before(self, paras: list[Paragraph], roles: ClosingRoles) -> bool:
        """Whether a paragraph of text stands before the closing lines of `paras` (`roles`): one
        that is no short line that may open a text (`_may_open`)."""
        start = closing_start(paras, roles, self.trusted)
        return not all(self._may_open(para) for para in paras[:start])

    def _may_open(self, para: Paragraph) -> bool:
        """Whether `para` is of short lines ending no sentence (`_short_lines`) that an opener
        reads, by its first line: a salutation or address (`To the CC CPSU` / `Com. A.I.
        Mikoyan`, `Dear Comrade Mikoyan:`), a dateline, a marking, a heading naming the
        document's type (`MEMORANDUM FOR THE RECORD`), places or bodies of the registers alone
        (`USSR MFA`); not a line of text that ends in an abbreviation (`... on the U.S.`), nor a
        cable's line in capitals (`HE ASKED ABOUT THE WITHDRAWAL`)."""
        first = para.lines[0].strip()
        return _short_lines(para) and (
            is_salute(first, self.trusted) or opens_a_letter(first) or is_dateline(first)
            or is_marking(para) or (is_heading(para) and doc_type_opening(para.text) != "other")
            or any(names_only(self.registers, first.rstrip(" ."), kind)
                   for kind in ("place", "org")))

    def _summary_of_record(self, paras: list[Paragraph], roles: ClosingRoles) -> bool:
        """Whether the last of `paras`, in the telegram layout, is the archive's summary of a
        record: after its recorder's signature (`_after_the_recorder`), words that describe the
        document (`_describes_the_document`: `Mikoyan and Castro discuss ...`); a line of the
        record's own there, how it was distributed or copied, is not."""
        return _after_the_recorder(paras, roles) and self._describes_the_document(paras[-1].text)

    def _describes_the_document(self, text: str) -> bool:
        """Whether `text` tells what this document does (`summary_words.describes_the_document`,
        by its title and whether it was spoken: `A CIA source in Havana reports on ...`)."""
        title = self.raw.metadata.title.value
        return describes_the_document(
            text, title, delivered(self.doc_type, title, self.raw.metadata.doc_type.value))

    def _told_by_words(self, text: str, before: str) -> bool:
        """Whether `text`, the last paragraph of a page whose `Document Information` block has
        no Summary field, is the archive's summary by its words, though no closing line stands
        before it: it tells what the document does (`_describes_the_document`: `A CIA source in
        Havana reports on ...`), or it names the document in the title's words
        (`names_the_document`: `Record of the meeting of ...`) where the paragraph `before` it
        names no record so (the last of a list of documents is the list's)."""
        block = has_info_block(self.raw)
        return block and (self._describes_the_document(text) or (
            names_the_document(text, self.raw.metadata.title.value)
            and not names_a_record(before)))

    def _printed_apart(self, paras: list[Paragraph]) -> bool:
        """Whether the last of `paras`, on a page whose `Document Information` block has no
        Summary field, is set apart as the archive prints its summary: further from the line
        before it than any two paragraphs of the text stand, and at least `SET_APART` (`CIA
        summary on the dismantling of ...`, a noun, no telling verb); a sentence or two
        (`summary_words.MAX_WORDS`) in the third person that tells no one's words (`said`,
        `told`: a record's last paragraph)."""
        apart = [self._distance_above(para) for para in paras[1:]]
        last = paras[-1].text
        return has_info_block(self.raw) and apart[-1] >= SET_APART \
            and apart[-1] > max(apart[:-1], default=0) and len(last.split()) <= MAX_WORDS \
            and not FIRST_OR_SECOND_PERSON.search(last) and not REPORTED_SPEECH.search(last)

    def _distance_above(self, para: Paragraph) -> int:
        """How many lines down from the source's paragraph above it `para` begins (2: one blank
        line between), whatever that paragraph became (page furniture, a footnote); not more
        than 0 for a paragraph taken from inside another."""
        above = bisect_left(self.starts, para.line) - 1
        return para.line - self.raw.body[above].last_line if above >= 0 else 0

    @cached_property
    def starts(self) -> list[int]:
        """The first line of each of the source's paragraphs, in order."""
        return [para.line for para in self.raw.body]

    def _closing_roles(self, paras: list[Paragraph]) -> ClosingRoles:
        """The closing role of each of `paras` in its place, the editor's role first."""
        return ClosingRoles([ClosingLine(p.text, self.given(p),
                                         bool(i) and p.line == paras[i - 1].last_line + 1)
                             for i, p in enumerate(paras)], partial(names_only, self.registers),
                            self._names_an_entry, self.doc_type in RECORDS,
                            partial(names_a_person, self.registers))

    def given(self, para: Paragraph) -> str:
        """The role the editor gives `para`; page furniture (`TOP SECRET` under `-2-`) among the
        opening lines is the text's, none of them."""
        return self.overrides.role(para.line)[0] \
            or ("narrative" if para.line in self.furniture else "")

    def _names_an_entry(self, text: str) -> bool:
        """Whether `text` names an entry of the registers, or is the surname of persons they
        hold (`Castro`, which no register form is alone)."""
        return bool(self.registers.mention_spans(text)) \
            or (len(text.split()) == 1 and bool(self.registers.find_person(text).candidates))


def _after_the_recorder(paras: list[Paragraph], roles: ClosingRoles) -> bool:
    """Whether the last of `paras` stands after the record's recorder signing it (`Recorded by
    V. Tikhmenev.`, `Беседу записал В. Тихменев.`: `letter_forms.RECORDER_MARK`, its role a
    signature's)."""
    return roles[-2] == "signed" and bool(RECORDER_MARK.match(paras[-2].text))


def names_a_person(registers: Registers, name: str) -> bool:
    """Whether `name`, all of it, is a form of a person of `registers` (`Sergo Mikoyan`)."""
    entry = registers.entry_named(name) if name else None
    return entry is not None and entry.kind == "person"


def names_only(registers: Registers, text: str, kind: str = "place") -> bool:
    """Whether `text` names entries of `registers` of one `kind` and nothing else: places
    (`Havana`, `Havana, Cuba.`: commas and a final period besides), or organizations (`org`:
    `USSR MFA`)."""
    spans = registers.mention_spans(text)
    if not spans or any(entry.kind != kind for _, _, entry in spans):
        return False
    ends = [0] + [end for _, end, _ in spans]
    between = (text[end:start] for end, (start, _, _) in zip(ends, spans))
    return not "".join(between).strip(" ,") and not text[ends[-1]:].strip(" .")


def _short_lines(para: Paragraph) -> bool:
    """Whether each line of `para` is a short one ending no sentence (`is_address_line`, twelve
    words at most; nor one a footnote's sign follows, `We received your letter.*`), a
    salutation's comma or colon after it: `To the CC CPSU` / `Com. A.I. Mikoyan`."""
    return all(is_address_line(line.strip().rstrip(",:"), 12)
               and not SENTENCE_THEN_SIGN.search(line) for line in para.lines)


def closing_start(paras: list[Paragraph], roles: ClosingRoles, trusted: frozenset[str]) -> int:
    """Where the closing lines begin: the closer and postscript paragraphs at the end, with the
    editorial notes among and after them (notes before them stay with the body); `trusted`: the
    labels the document's turns make sure of.

    A document is never all closer (`Sincerely,` alone): its first paragraph stays text.
    A postscript opened by `P.S.` takes the plain paragraphs after it.
    """
    start = index = postscript_mark(paras, roles, trusted)
    while index > 1:
        role = roles[index - 1]
        if role and role not in NOT_CLOSING:
            start = index - 1
        elif not is_closing_note(paras[index - 1], role):
            break
        index -= 1
    return start


def closes(paras: list[Paragraph], roles: ClosingRoles, trusted: frozenset[str]) -> bool:
    """Whether `paras` (those `roles` reads) end with closing lines (a signature,
    the date after it, a postscript, all of a `P.S.`), the editors' notes after them stepped
    over (`Beck Tamás` / `[Registered ... under no. 5/bk/1962]`), after which the archive's layout
    prints its summary."""
    last = len(paras) - 1
    while last > 0 and is_closing_note(paras[last], roles[last]):
        last -= 1
    return roles[last] in ENDING_ROLES or postscript_mark(paras, roles, trusted) < len(paras)


def postscript_mark(paras: list[Paragraph], roles: ClosingRoles, trusted: frozenset[str]) -> int:
    """The first of the last paragraphs opening with `P.S.` when only plain paragraphs (no turn,
    no role set by the editor) follow each (`P.S. ...` / `The figures follow.` / `P.P.S. ...`),
    and no closer's line stands between one and the next (`_holds_closer_line`), else the end:
    the paragraphs from it on close the text. A mark over the closer (`P.S. to my letter of 28
    October: ...` / ... / `Sincerely,`) stays in the text; a signature after the last mark
    (`P.S. ...` / `A.M.`) signs its postscript."""
    marked = [i for i in range(1, len(paras)) if opens_postscript(paras[i].text)]
    if not marked:   # nearly every document: no label is read
        return len(paras)
    start = len(paras)
    for mark in reversed(marked):
        between = range(mark, start)
        if not _plain(paras, roles, trusted, between) \
                or (start < len(paras) and _holds_closer_line(roles, between)):
            break
        start = mark
    return start


def _holds_closer_line(roles: ClosingRoles, indices: range) -> bool:
    """Whether a paragraph at `indices` is a closer's line (`Sincerely,`, `A. Mikoyan`)."""
    return any(roles[index] in CLOSER_ROLES for index in indices)


def _plain(paras: list[Paragraph], roles: ClosingRoles, trusted: frozenset[str],
           indices: range) -> bool:
    """Whether the paragraphs at `indices` are plain: no turn's, none the editor gave a role."""
    for index in indices:
        label = match_label(paras[index].text, trusted)
        if roles.lines[index].given or (label and label.kind == "turn"):
            return False
    return True
