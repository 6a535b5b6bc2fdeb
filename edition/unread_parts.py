"""The parts of a document its readers missed, reported: a classification, a signature, an
opener's dateline or salutation, the archive's summary that stayed paragraphs of the text, a
second speaker's label inside a turn."""

from __future__ import annotations

from collections.abc import Iterator

from .closing_lines import SIGNATURE_ROLES
from .date_checks import is_dateline
from .diagnostics import Location, Reporter
from .doc_types import CORRESPONDENCE
from .label_words import FIRST_PERSON
from .inline_labels import inline_labels
from .letterheads import dated_with_motto
from .letter_forms import SIGNATURE_MARK, SIGNED
from .model import Block, Closer, Document, Paragraph, Turn
from .letter_forms import opens_a_letter
from .opener import is_salute
from .line_words import in_title_case
from .paragraphs import (INITIALLED_NAME, SENTENCE_END, closing_role, dated_signature,
                         opens_in_lower_case, reads_as_summary)
from .readers.page_dump import LAYOUT as PAGE_LAYOUT, SET_APART, has_info_block
from .registers import Registers
from .security_markings import classification_level, opening_marking, sentence_goes_on
from .speakers import match_label
from .summary_words import present_subject

READ_AS_MARKINGS = frozenset({"stamp", "note"})
"""The opener's blocks a marking is read in: the stamp (`TOP SECRET` / `Copy No. 1`), or none of
the text (the editors' note)."""
LAST_PARAGRAPHS = 4
"""How many of the text's last paragraphs a lost signature is looked for in: the signature, the
lines after it that kept the closing lines from being read (`Point 3 of the protocol ...`), and
the archive's summary, which then stays in the text."""
SHORT_SENTENCE = 6
"""The most words of a sentence among the opening lines (`Received in the Department 4 p.m.`)."""
LINE_WORDS = 12
"""The most words of a line among the opening lines (`letterheads`, an inside address's)."""
NO_OPENER_OVERRIDE = "the overrides file cannot make a line the opener's"


class UnreadParts:
    """Reports, for the document `doc` parsed from `paras` (the editor's roles in `given`), each
    line a reader of its parts would take that the parse left a paragraph of the text;
    `trusted`, the labels its turns make sure of (no salutation)."""

    def __init__(self, doc: Document, paras: list[Paragraph], given: set[int],
                 registers: Registers, trusted: frozenset[str], reporter: Reporter) -> None:
        self.doc, self.registers, self.trusted, self.reporter = doc, registers, trusted, reporter
        self.paras = {para.line: para for para in paras if para.line not in given}

    def report(self) -> None:
        top = list(self._top())
        prose = next((index for index, (_, para, _) in enumerate(top) if _sentence(para.text)),
                     len(top))
        self._classifications(top, prose)
        if self.doc.doc_type == "letter":
            self._opening_lines([(block, para) for block, para, opened in top if not opened])
        if self.doc.doc_type in CORRESPONDENCE:
            self._signatures()
        self._summary()
        for line, column, label, turn in inline_labels(self.doc, self.paras):
            self._warn(line, column, f"'{label}' inside the turn of {turn.label} (line "
                       f"{turn.label_line}) is a label of a speaker of this document after a "
                       "dash: the words after it are his, but they stay the open turn's, since "
                       "one source line is cited whole and cannot be given to two turns; split "
                       "the paragraph in the source", "speaker-inline")

    def _top(self) -> Iterator[tuple[Block, Paragraph, bool]]:
        """The blocks of the opener (`True` with each) and the text's paragraphs up to its first
        turn, closing lines or paragraph of prose of some length (`_prose`; where a shorter
        sentence stands first, `Received in the Department 4 p.m.`, the opener may have stopped
        at it), each with the paragraph it was made of; a block made of one line of a paragraph
        (an address's) comes with the paragraph at its first."""
        for block in self.doc.opener:
            if block.kind not in READ_AS_MARKINGS and block.line in self.paras:
                yield block, self.paras[block.line], True
        for part in self.doc.parts:
            if not isinstance(part, Block) or part.kind != "p" or part.line not in self.paras:
                return
            para = self.paras[part.line]
            yield part, para, False
            if _prose(para):
                return

    def _warn(self, line: int, column: int, message: str, code: str) -> None:
        self.reporter.warning(Location(self.doc.raw.path, line, column), message, code)

    # -- classification ---------------------------------------------------------------------
    def _classifications(self, top: list[tuple[Block, Paragraph, bool]], prose: int) -> None:
        """A line of the `top` before its first sentence (at `prose`) printing a classification
        other than the header's (`opening_marking`): `TOP SECRET - SENSITIVE` made a heading,
        `SECRET` under one; not `Secret` after `We met Dorticos.`, a word of the text, nor `Top
        Secret` / `, as they call it, ...` (`sentence_goes_on`)."""
        stated = self.doc.classification
        header = classification_level(stated.value)
        lines = [(line, number, index < prose) for index, (_, para, _) in enumerate(top)
                 for line, number in zip(para.lines, para.line_numbers)]
        for (line, number, before), (under, next_number, _) in zip(lines,
                                                                   lines[1:] + [("", 0, False)]):
            level = opening_marking(line) if before else ""
            if next_number == number + 1 and sentence_goes_on(line, under):
                continue   # `Top Secret` / `, as they call it, the plan was dropped.`
            if level and level != header and number != stated.line:
                states = f"'{stated.value}'" if stated.value else "none"
                self._warn(number, len(line) - len(line.lstrip()) + 1,
                           f"'{line.strip()}' prints the classification {level.title()}, "
                           f"but it is not read as the document's (the header states "
                           f"{states}): a marking is read on a line of markings alone, the "
                           f"text's first or one under its datelines, what else it says on "
                           f"the lines under it; the overrides file cannot set the "
                           f"classification",
                           "classification-unread")

    # -- opener -------------------------------------------------------------------------------
    def _opening_lines(self, top: list[tuple[Block, Paragraph]]) -> None:
        """A dateline, or a salutation a letter opens with, among the text's first paragraphs,
        where the opener holds none: the line above them kept the opener from reading it."""
        held = {block.kind for block in self.doc.opener}
        first = top[0][1] if top else None
        for _, para in top:
            kind = self._opening_kind(para, held)
            if kind and first is not None:
                stop = f": the opener stops above it, at line {first.line} ('{_shown(first)}')" \
                    if para is not first else ""
                self._warn(para.line, 1, f"'{_shown(para)}' reads as a letter's {kind}, but it is "
                           f"left a paragraph of the text{stop}; {NO_OPENER_OVERRIDE}",
                           "opener-unread")

    def _opening_kind(self, para: Paragraph, held: set[str]) -> str:
        """`dateline` or `salutation` where `para` is one the opener's readers take (a line that
        `date_checks.is_dateline` reads, or one with the year's motto under it,
        `letterheads.dated_with_motto`; a line `opener.is_salute` reads, opening as a letter's
        does) and the opener `held` none of its kind; '' otherwise."""
        text, one_line = para.text, len(para.lines) == 1
        if "dateline" not in held and (dated_with_motto(para) or (
                one_line and is_dateline(text) and not match_label(text))):
            return "dateline"
        if "salute" not in held and one_line and opens_a_letter(text) \
                and is_salute(text, self.trusted, self.doc.doc_type):
            return "salutation"
        return ""

    # -- summary ------------------------------------------------------------------------------
    def _summary(self) -> None:
        """The last paragraph of a page whose `Document Information` block follows, where no
        summary was taken: set apart by two blank lines or more, as the archive's page prints its
        summary, and telling in the third person and the present what a person of the registers
        does (`summary_words.present_subject`: `Castro voices his disappointment ...`), the
        summary in words its readers do not take (`summary_words.TELLING_VERBS`). Not a turn's
        label (`Castro: ...`), nor a paragraph one blank line parts from the text."""
        raw = self.doc.raw
        if self.doc.summary.value or raw.layout != PAGE_LAYOUT or len(self.paras) < 2 \
                or not has_info_block(raw):
            return
        before, last = sorted(self.paras.values(), key=lambda para: para.line)[-2:]
        if last.line - before.last_line < SET_APART or match_label(last.text, self.trusted):
            return
        subject = present_subject(last.text)
        if subject and self._names_a_person(subject):
            self._warn(last.line, 1, f"'{_shown(last)}' stands apart before the Document "
                       f"Information block and tells what {subject} does, as the archive's "
                       f"summary does, but it is kept the text's last line (its verb is none "
                       f"the summary is read by); the overrides file can give it the role "
                       f"'summary'", "summary-unread")

    def _names_a_person(self, subject: str) -> bool:
        """Whether `subject` names a person of the registers: a form of one (`President
        Kennedy`), or a surname several share (`Castro`)."""
        spans = self.registers.mention_spans(subject)
        return any(entry.kind == "person" for _, _, entry in spans) or any(
            self.registers.find_person(word).candidates for word in subject.split()
            if word[:1].isupper())

    # -- signature ----------------------------------------------------------------------------
    def _signatures(self) -> None:
        """A signature among the text's last paragraphs (`LAST_PARAGRAPHS`, after its last
        turn) where no closer of the document (the last of several in a file) is signed: the lines
        after it kept it from the closing lines."""
        begins = max(self.doc.divisions, default=0)   # the last of several documents in a file
        if any(isinstance(part, Closer) and any(block.kind == "signed" and block.line >= begins
                                                for block in part.blocks)
               for part in self.doc.parts):
            return
        last = self._last_paragraphs()
        for index, block in enumerate(last):
            para, after = self.paras[block.line], last[index + 1:]
            if len(para.lines) == 1 and self._signs(para.text) and block is not self._first() \
                    and not self._listed(block) and not self._goes_on(after):
                self._warn(para.line, 1, _signature_message(para, [later.line for later in after]),
                           "signature-unread")

    def _last_paragraphs(self) -> list[Block]:
        """The text's last plain paragraphs (`LAST_PARAGRAPHS`) after its last turn, in order."""
        found: list[Block] = []
        for part in reversed(self.doc.parts):
            if isinstance(part, Turn) or len(found) == LAST_PARAGRAPHS:
                break
            if isinstance(part, Block) and part.kind == "p" and part.line in self.paras:
                found.append(part)
        return found[::-1]

    def _listed(self, block: Block) -> bool:
        """Whether the paragraph before `block` heads a list (`The delegation will be:`) or is
        a name's as `block` is (`A. Mikoyan` / `A. Alekseev` / `We await your reply.`): an item
        of a list in the text, no signature."""
        parts = self.doc.parts
        before = parts[parts.index(block) - 1] if parts.index(block) else None
        if not isinstance(before, Block) or before.line not in self.paras:
            return False
        text = self.paras[before.line].text
        return text.endswith(":") or self._signs(text)

    def _goes_on(self, after: list[Block]) -> bool:
        """Whether the first of `after`, the paragraphs under a signature's shape, is in the
        writer's voice (`We await your reply.`: `label_words.FIRST_PERSON`): the text goes on."""
        return bool(after) and bool(FIRST_PERSON.search(self.paras[after[0].line].text))

    def _first(self) -> Block | None:
        """The text's first block: never a signature, however shaped (`closing_start`)."""
        return next((part for part in self.doc.parts if isinstance(part, Block)), None)

    def _signs(self, text: str) -> bool:
        """Whether `text` is a signature by the closer's reader (`closing_role`: `N. Khrushchev`,
        `Sgd. Dean Rusk`, `19.XI.62 A. Mikoyan`) and a signer's by a mark (`Sgd.`,
        `[signature]`), initials and a surname, or a person the registers know."""
        if closing_role(text, False) not in SIGNATURE_ROLES:
            return False
        name = text[dated_signature(text):].strip().rstrip(".")
        return bool(SIGNATURE_MARK.match(text) or SIGNED.search(text)
                    or INITIALLED_NAME.search(name)
                    or self.registers.find_person(name).entry is not None)


def _sentence(text: str) -> bool:
    """Whether `text` ends a sentence with a word in small letters in it (`We met.`); not a
    dateline (`Havana, 9 November 1962.`) nor a line in capitals (`MEMORANDUM FOR THE RECORD.`)."""
    return bool(SENTENCE_END.search(text)) and any(word[:1].islower() for word in text.split()) \
        and not is_dateline(text)


def _prose(para: Paragraph) -> bool:
    """Whether `para` is prose, where the opening lines above it end: a sentence of more than
    `SHORT_SENTENCE` words or of several lines (`reads_as_summary`; not a dateline), one
    wrapped over lines not in title case (`Embassy officials` / `will call on you`; not a
    letterhead's `Permanent Mission of the United States` / `to the United Nations`), a line of
    more than `LINE_WORDS`, or a line ending in a colon (`The text of the letter follows:`)."""
    text, words = para.text, len(para.text.split())
    sentence = reads_as_summary(text) and not is_dateline(text) \
        and (words > SHORT_SENTENCE or len(para.lines) > 1)
    wrapped = any(opens_in_lower_case(line.strip()) for line in para.lines[1:]) \
        and not in_title_case(text)
    return sentence or wrapped or text.endswith(":") \
        or any(len(line.split()) > LINE_WORDS for line in para.lines)


def _signature_message(para: Paragraph, after: list[int]) -> str:
    """What a lost signature looks like and how the overrides file settles it: the signature
    made a closer's line, and each paragraph after it given a role of its own."""
    lines = ", ".join(map(str, after))
    under = f", and a role for each paragraph after it (line{'s' * (len(after) > 1)} {lines}: " \
        '"postscript", "note" or "summary")' if after else ""
    return (f"'{para.text}' reads as a signature, but it is left a paragraph of the text and no "
            f"closer is signed; settle it in the overrides file: [lines] {para.line} = "
            f"\"closer\"{under}")


def _shown(para: Paragraph) -> str:
    """`para` as a message quotes it: its lines parted by ` / `."""
    return " / ".join(line.strip() for line in para.lines)
