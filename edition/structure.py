"""Structure: a reader's paragraphs -> opener, turns, stage lines, notes, closer, postscript.

The rules, in the order they are tried for each paragraph (an editor's override wins over all):
  - the top: a security marking of several lines (a stamp), an all-caps heading, a dateline, a
    salutation (`CC CPSU.`, `Dear Mr. President:`) and a letter's inside address before it
    (`His Excellency U Thant` / `New York` / `Your Excellency:`);
  - the end, read backwards: postscript (`P.S. ...`, `... has not looked over the transcript`),
    signatures (`Recorded by: [signature] V. Tikhmenev`, `19.XI.62 A. Mikoyan`, `Sincerely,`) and
    the lines their place makes closing ones (a date or a place alone under a signature, the
    signer's office, `Patria o Muerte!` before it, `To be opened by addressee only` between
    closing lines: `closing_lines.ClosingRoles`),
    closing remarks (`Ambassador A. Alekseev attended the conversation.`), editorial notes among
    and after them, and an archive summary after them; closers and postscripts keep the source's
    order (`P.S. ...` / `A.M.`: a postscript, then a closer); a page's furniture and the
    footnotes at the end are stepped over (`closing_asides`; the end is read in `text_end`);
  - `[Ed. note: ...]` -> a note on the block before it (inside the turn when that block is);
  - a speaker label (see `speakers`) opens a turn; following paragraphs continue it, also those
    that open with a bracket (`[The Cubans] must decide.`); a label `match_label` refuses opens
    one when it names a person who speaks in the document (`Dorticos: Thank you.`), and is
    reported when it resembles a known name (`Dortikos. Thank you.`: see `speaker_refs`);
  - `DORTICOS objects.` (label + verb) -> a stage line once turns have begun, narrative before;
  - a paragraph that is all brackets (`[... sampling ...]`) ends the open turn: narrative (one
    of page breaks only, `[Page 345]`, stays in it: a page may begin inside a speech); so
    does one in the record's own voice (`II. Resolution.`, `Comment: ...`, `Comrade Mikoyan said
    that ...`, a label reported as not read: see `turn_ends`);
  - anything else: a paragraph of the open turn, or narrative.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from . import date_checks
from .author_field import field_authors
from .broken_paragraphs import join_broken_paragraphs
from .closers import BlockMakers, ClosingPart
from .closing_lines import is_note
from .correspondents import addressed_as_titled, read_correspondents
from .date_quotes import opener_day, part_days
from .diagnostics import Reporter
from .divisions import (Enclosure, division_starts, enclosure, entries_end,
                        entry_heads, section_heads)
from .doc_types import SPOKEN_RECORDS, one_speech, titled_debate, wholly_spoken
from .document_resolver import document_resolver
from .inline import Locator, parse_inline
from .languages import text_language
from .letterheads import names_a_cabled_body
from .model import Block, Document, Inline, Node, Paragraph, RawDocument, Text, Turn
from .overrides import Overrides, check_overrides
from .opener import cited_telegram, is_place_line, read_opener
from .page_furniture import page_furniture
from .paragraphs import all_brackets, split_lines
from .readers.common import doc_type_of, of_conversation, translator_of
from .listed_participants import names_unheard
from .registers import Entry, Registers
from .security_markings import printed_classification
from .speaker_refs import SpeakerLookup
from .speech_authors import speech_author
from .speakers import LabelMatch, loose_label, trusted_labels
from .tei.xml import foreign_tag
from .stage_parens import PERSONS_LISTED, unheard_alone
from .text_blocks import TextBlocks
from .text_end import EndReader, TextEnd, names_only
from .occupied_offices import record_country
from .turn_ends import ends_turn, procedure, withheld_passage
from .unread_parts import UnreadParts

UNREAD_OR_TURN = ("turn", "unread")
"""The kinds of a label that settle a paragraph: none the safety net of `unread_head` reads."""


def parse_document(raw: RawDocument, registers: Registers, overrides: Overrides,
                   reporter: Reporter, provisional_speakers: bool = False) -> Document:
    """Give structure to the body of `raw` and resolve its speakers, names and dates."""
    date, unread = date_checks.document_date(raw, reporter)
    doc_type = overrides.doc_type \
        or doc_type_of(raw.metadata.doc_type.value, raw.metadata.title.value, registers=registers)
    translator = translator_of(raw.metadata)
    language, language_name = text_language(raw.metadata.language, raw.body, bool(translator),
                                            raw.path, reporter)
    document = Document(raw=raw, date=date, doc_type=doc_type,
                        classification=printed_classification(raw.metadata,
                                                              foreign_tag(language)),
                        translator=translator, language=language, language_name=language_name)
    with registers.reading_language(language):   # `Kuby` is Cuba's in a Polish text only
        builder = _Builder(document, registers, overrides, reporter, provisional_speakers)
        builder.dated_by_dateline = unread
        paras = split_lines(raw.body, raw.metadata.classification.line)
        furniture = page_furniture(paras)   # read before the joining: a sentence goes on across it
        builder.run(join_broken_paragraphs(paras, furniture), furniture)
    if unread and not document.date:
        date_checks.warn_undated(raw, reporter)
    return document


class _Builder:
    """Walks the paragraphs once, filling the document's opener and parts (closers, postscripts:
    `closers.ClosingPart`) with the blocks `make` makes of them (`text_blocks.TextBlocks`)."""

    def __init__(self, document: Document, registers: Registers, overrides: Overrides,
                 reporter: Reporter, provisional: bool) -> None:
        self.doc = document
        self.registers = registers
        self.overrides = overrides
        self.reporter = reporter
        title = document.raw.metadata.title.value
        self.speakers = SpeakerLookup(registers, reporter, document.raw.path, provisional,
                                      spoken=document.doc_type in SPOKEN_RECORDS,
                                      debate=titled_debate(document.doc_type, title),
                                      wholly_spoken=wholly_spoken(document.doc_type, title),
                                      title=title, document=document.raw.doc_id,
                                      record=(record_country(document.raw.metadata.source.value),
                                              document.date))
        self.speech = one_speech(document.doc_type, title, document.raw.metadata.doc_type.value)
        self.resolver = document_resolver(document, registers, overrides,
                                          self.speakers.speaks_here)
        self.make = TextBlocks(document, registers, self.resolver, reporter)
        self.closing = ClosingPart(BlockMakers(self.make.block, self.make.note,
                                               self.make.furniture_block, self.make.nodes),
                                   registers, self.resolver)
        self.addressed = addressed_as_titled(title, registers)   # a telegram's `USSR MFA` line
        self.turn: Turn | None = None
        self.turn_blocks: list[Block] = []   # the open turn's: put in it once, when it closes
        self.any_turn = False
        self.trusted_labels: frozenset[str] = frozenset()
        self.dated_by_dateline = False   # whether the opener's dateline may date the document

    # -- the walk ---------------------------------------------------------------------------
    def run(self, paras: list[Paragraph], furniture: dict[int, tuple[Inline, ...]]) -> None:
        check_overrides(self.overrides, self.registers, [p.line for p in paras], self.reporter)
        self.trusted_labels = trusted_labels([p.text for p in paras])
        self.speakers.read(paras, self.trusted_labels)
        self.make.furniture = furniture
        reader = EndReader(self.doc.raw, self.registers, self.overrides, set(furniture),
                           self.trusted_labels, self.doc.doc_type)
        end = reader.read(paras)
        if end.summary.value:
            self.doc.summary = end.summary
        self._read_divisions(end, reader)
        present = self.speakers.persons_present()
        self.doc.listed = [entry.ref for entry in present
                           if isinstance(entry, Entry) and entry.ref not in self.doc.participants]
        self.doc.listed_names = names_unheard(present, (
            entry.name for entry in map(self.registers.get, self.doc.participants) if entry))
        self.doc.authors = field_authors(self.doc, self.registers)
        read_correspondents(self.doc, self.registers, of_conversation(self.doc.raw.metadata))
        meta = self.doc.raw.metadata
        self.doc.speaker = speech_author(self.doc.doc_type, meta.title.value, meta.doc_type.value,
                                         self.doc.summary.value, self.registers)
        title = meta.title.value.replace("\u00a0", " ").strip()
        self.doc.title = parse_inline(title, Locator(self.doc.raw.path, meta.title.line, 1),
                                      self.reporter)
        self.doc.rights = [Block("p", self.make.nodes(f.value, f.line, 1), f.line)
                           for f in meta.rights]
        self.doc.fields = [(label, Block("note", self.make.field_nodes(label, f.value, f.line),
                                         f.line)) for label, f in meta.extra]
        if meta.source.value:
            source = self.make.source_nodes(meta.source.value, meta.source.line,
                                            meta.source.column or 1)
            self.doc.source = [Block("note", source, meta.source.line)]
        found = self.resolver.found
        self.doc.inferred_dates = found.inferred_dates
        self.doc.unresolved_names = found.unresolved_names
        given = {para.line for para in paras if self.overrides.role(para.line)[0]}
        UnreadParts(self.doc, end.paras, given | set(furniture), self.registers,
                    self.trusted_labels, self.reporter).report()

    def _read_divisions(self, end: TextEnd, reader: EndReader) -> None:
        """The text whose end is `end`, or, in a file of several documents, a diary of dated
        entries or a report of sections by country (`divisions`), the opener and text above the
        first, then each in turn: an entry's head its dateline (`_entry_head`), a section's its
        head, a document's opening and closing lines its own (the whole's under the last)."""
        paras = end.paras
        starts = division_starts(paras, self.doc.doc_type)
        entries = {} if starts else entry_heads(paras, self.doc.raw.metadata.title.value)
        starts = starts or sorted(entries)
        enclosed = None if starts else self._enclosure(end, reader)
        sections = [] if starts or enclosed else section_heads(paras[:end.body_end])
        starts = [0, enclosed.start] if enclosed else starts or sections   # a letter, what it
        self.doc.entries_end = entries_end(paras, entries or sections, end.body_end)   # encloses
        self.doc.division_kind = "entry" if entries and not enclosed \
            else "section" if sections else "part"
        if not starts:
            return self._read_text(paras, end, reader, self.doc.opener)
        self._read_text(paras[:starts[0]], None, reader, self.doc.opener)
        for start, stop in zip(starts, starts[1:] + [len(paras)]):
            self.doc.divisions.append(paras[start].line)
            entry_day = ""
            if start in entries:   # `3 November. Arrived ...`: a dateline, then the text
                entry_day = self._entry_head(paras[start], entries[start])
            own = enclosed is not None and start == enclosed.start
            heads = paras[start:start + (enclosed.heads if own else start in sections)]
            self.doc.parts.extend(self.make.lined("head", para) for para in heads)
            first = start + (start in entries and entries[start] < len(paras[start].text)) \
                + len(heads)
            first += start in entries and first == start   # the head alone: its paragraph taken
            part, last = paras[first:stop], stop == len(paras)
            self._read_text(part, end.from_paragraph(first) if last and not enclosed
                            else None if sections else reader.read_part(part), reader,
                            None if start in entries or sections or own and not enclosed.letter
                            else self.doc.parts, entry_day)

    def _enclosure(self, end: TextEnd, reader: EndReader) -> Enclosure | None:
        """What the text encloses under its closing lines (`divisions.enclosure`): `Enclosure:` /
        `DRAFT PROTOCOL`, or `Appendix 1` over a letter's salutation, whose opener is read."""
        def signed(above: list[Paragraph]) -> bool:
            return "signed" in reader.read_part(above).roles.values()
        return enclosure(end.paras, end.roles, end.body_end, self.doc.doc_type, signed)

    def _read_text(self, paras: list[Paragraph], end: TextEnd | None, reader: EndReader,
                   opening_into: list | None, entry_day: str = "") -> None:
        """The opening lines of `paras` into `opening_into` (the document's opener, or the parts
        where one of several documents begins; none read when None), its text and its closing
        lines (`end`: none read when None) into the parts; a diary entry's text counts its
        relative dates from `entry_day`, its head's."""
        body_end = end.body_end if end else len(paras)
        start = 0
        if opening_into is not None:
            start, body_end = self._take_opener(paras, body_end, reader, opening_into,
                                                keeps_a_line=end is not None)
        # one of several documents counts from its own opener's dateline (`Telegram No. 2` /
        # `HAVANA, 30 October 1962`); a document's text, from the document's date
        own_day = opener_day(paras[:start]) if opening_into is self.doc.parts else entry_day
        self.make.part_days = part_days(paras[start:body_end], own_day, self.doc.date)
        for para in paras[start:body_end]:
            self._body_paragraph(para)
        self._close_turn()
        if end:
            closing = paras[body_end:]
            self.closing.add(self.doc, closing, [end.roles[para.line] for para in closing])

    def _entry_head(self, para: Paragraph, cut: int) -> str:
        """A diary entry's head (the first `cut` characters of `para`: `3 November.`, or all of
        `2 November 1962`) its dateline, the rest of the paragraph its text; the day the head
        gives (`1962-11-03`), or '' where it gives none."""
        rest = para.text[cut:]
        column = cut + len(rest) - len(rest.lstrip()) + 1
        head = self.make.block("dateline", para, text=para.text[:cut])
        self.doc.parts.append(head)
        day = next((dict(node.attrs).get("when", "") for node in head.content
                    if isinstance(node, Inline) and node.tag == "date"
                    and len(dict(node.attrs).get("when", "")) == len("1962-11-03")), "")
        if rest.strip():   # its relative days the head's (`2 January 1963. Yesterday ...`)
            self.make.part_days = {para.line: day} if day else {}
            self.doc.parts.append(self.make.block("p", para, text=rest.lstrip(), column=column))
        return day

    def _take_opener(self, paras: list[Paragraph], body_end: int, reader: EndReader,
                     into: list, keeps_a_line: bool = True) -> tuple[int, int]:
        """The opening lines of `paras` above the closing ones (from `body_end`) into `into`
        (the opener, or the parts: see `opener`); where the text begins and ends. Where they would
        meet (`Havana, 26 October 1962` // `Received.` // `26.X.62 ALEKSEEV`), the opening lines
        are read as if no closing ones followed, and the text keeps the paragraph after them; a
        text that would keep none keeps the last opening line (a note of one line that reads as
        a dateline), unless `keeps_a_line` is False (what is above a file's documents, its own
        opener only)."""
        found, start = self._opening_lines(paras[:body_end], reader)
        if start >= body_end and body_end < len(paras):
            found, start = self._opening_lines(paras, reader)
            body_end = min(len(paras), max(body_end, start + 1))
        if keeps_a_line and found and start >= body_end:   # `Received in ... 1962.` alone
            start -= 1
            found = [(kind, para) for kind, para in found if para.line < paras[start].line]
        self.make.cited_line = cited_telegram(paras, start, found, self.doc.doc_type)
        into.extend(self.make.lined(kind, para) if kind in ("head", "stamp", "byline")
                    else self.make.note(para) if kind == "note"
                    else self.make.block(kind, para) for kind, para in found)
        if self.dated_by_dateline and into is self.doc.opener:
            self._date_by_dateline(into)
        return start, body_end

    def _date_by_dateline(self, opener: list[Block]) -> None:
        """A document whose date field names none is dated by its opener's first dateline that
        names a day (`Moscow, 28 October 1962`), with that date's own certainty, before its
        text's dates are read (`tomorrow` counts from it)."""
        day = next((node for block in opener if block.kind == "dateline"
                    for node in block.content if isinstance(node, Inline) and node.tag == "date"
                    and len(dict(node.attrs).get("when", "")) == len("1962-10-28")), None)
        if day is not None:
            self.doc.date, self.doc.dated_by = dict(day.attrs)["when"], day
            self.make.day = self.doc.date   # what the text's relative dates count from

    def _opening_lines(self, paras: list[Paragraph], reader: EndReader
                       ) -> tuple[list[tuple[str, Paragraph]], int]:
        """The opening lines of `paras`, each with its kind, and where the text begins."""
        only_names = partial(names_only, self.registers)   # of places (`HAVANA`), or of "org"s
        given = [reader.given(para) for para in paras]
        return read_opener(paras, given, self.trusted_labels,
                           self.doc.raw.metadata.classification.line, self.doc.doc_type,
                           partial(is_place_line, names_a_place=only_names,
                                   year=self.doc.date[:4]),
                           lambda text: names_a_cabled_body(
                               text, self.registers.mention_spans(text)) and self.addressed(text),
                           self.doc.raw.metadata.title.value, only_names)

    def _body_paragraph(self, para: Paragraph) -> None:
        role, who = self.overrides.role(para.line)
        text = para.text
        if not role and para.line in self.make.furniture:   # `-2-`, `TOP SECRET` over a page
            return self._add(self.make.furniture_block(para))
        if is_note(para, role):
            return self._add(self.make.note(para))
        label = self.speakers.label_at(para.line)
        if label and label.missing_period and not self.registers.find_speaker(label.label).entry:
            label = None   # `SOMEONE Unknown...` without a period is a turn only for known people
        if not role and not (label and label.kind == "turn"):
            label = self.speakers.loose_turn(para.line, text) or label
        if not role and self.turn is not None and not (label and label.kind in UNREAD_OR_TURN):
            label = self.speakers.unread_head(para.line, text, self.turn.label_line) or label
        elif role == "turn" and not (label and label.kind == "turn"):
            label = loose_label(text) or label    # the editor says it is a turn: `Dortikos.`
        if role == "turn" or (not role and label and label.kind == "turn"):
            return self._start_turn(para, label, who)
        if not role and unheard_alone(text, self.doc.doc_type):   # `(inaudible)`: a gap
            self._close_turn()
            return self._add(self.make.block("p", para, stage=True))
        if role == "stage" or (not role and (self._is_stage(text, label) or procedure(
                self.speakers, para.line))):   # `Question put.`
            if role or not self._within_speech(text):
                self._close_turn()
            return self._add(self.make.named_block("stage", para, label,
                                                   (("type", "business"),)))
        if role == "narrative" or self.turn is None or (not role and self._interjected()) \
                or (not role and ends_turn(self.speakers, para.line, self.turn.label_line, label)):
            self._close_turn()
            return self._add(self.make.named_block("p", para, label))
        if all_brackets(text):   # `[... sampling ...]` ends the turn; `[Page 345]` stays in it
            block = self.make.named_block("p", para, label)
            if not (block.only_page_breaks or withheld_passage(text)):   # `[Page 2 missing]`
                self._close_turn()
            return self._add(block)
        self._add(self.make.block("p", para, stage=True))

    def _is_stage(self, text: str, label: LabelMatch | None) -> bool:
        """`(Laughter.)` alone, in a record of speech (a play, a transcript, minutes) or once turns
        have begun (a letter's `(Seal)` is no stage business, nor a protocol's list of who spoke,
        `stage_parens.PERSONS_LISTED`); `DORTICOS objects.` once turns have begun."""
        if text.startswith("(") and text.rstrip(".").endswith(")"):
            return (self.any_turn or self.doc.doc_type in SPOKEN_RECORDS) \
                and not PERSONS_LISTED.fullmatch(text)   # `(Coms. Khrushchev, Kozlov)`
        return bool(label and label.kind == "name-verb" and self.any_turn)

    def _interjected(self) -> bool:
        """Whether the open turn is a voice no one is named by (`A VOICE:`, `PUEBLO:`) breaking
        into a speech (`doc_types.one_speech`): its one paragraph, the next the speech's own."""
        return self.speech and self.turn is not None and not self.turn.who

    def _within_speech(self, text: str) -> bool:
        """Whether `text`, wholly in parentheses, stays in the open turn where the record has no
        voice but the speakers' (`(Mr. Stevenson continued in English)`: `_between_turns`)."""
        return self.turn is not None and text.startswith("(") and self.speakers.speakers_only()

    # -- turns --------------------------------------------------------------------------------
    def _start_turn(self, para: Paragraph, label: LabelMatch | None, forced_who: str) -> None:
        self._close_turn()
        if label is None:
            label = LabelMatch("", 0, "turn")
        who = self.speakers.who(para.line, label, forced_who)
        if who is None:
            return self._add(self.make.block("p", para))
        where = Locator(self.doc.raw.path, para.line, 1)
        delivery: tuple[Node, ...] = ()
        if label.delivery:
            delivery = self.resolver.resolve((Text(label.delivery),), para.line,
                                             self.make.dating(para))
        if label.missing_period:
            self.reporter.warning(where.at(len(label.label)), f"speaker label '{label.label}' "
                                  "has no period; read as a turn", "speaker-label")
        self.any_turn = True
        self.turn = Turn(who, label.label + label.doubt, para.line, delivery,
                         delivery_rend="parentheses" if label.enclosed else "",
                         doubted=label.doubted)
        self.turn_blocks = []
        body = para.text[label.rest:]
        self._add(self.make.block("p", para, text=body, column=label.rest + 1, stage=True))

    def _close_turn(self) -> None:
        """End the open turn; page breaks and stage business at its end stand after it, between
        the turns (`(Exit KING.)`; one the speech goes on after is in it: `_within_speech`)."""
        if self.turn is not None:
            blocks = tuple(self.turn_blocks)
            end = len(blocks)
            while end > 1 and _between_turns(blocks[end - 1]):
                end -= 1
            self.doc.parts.append(replace(self.turn, blocks=blocks[:end]))
            self.doc.parts.extend(blocks[end:])
            for who in self.turn.who.split():   # `MACMILLAN and KENNEDY:`: each
                if who not in self.doc.participants:
                    self.doc.participants.append(who)
            self.turn = None

    def _add(self, block: Block) -> None:
        if self.turn is not None:
            self.turn_blocks.append(block)
        else:
            self.doc.parts.append(block)


def _between_turns(block: Block) -> bool:
    """Whether `block`, ending a turn, stands after it: a page break, stage business."""
    return block.only_page_breaks or block.kind == "stage"
