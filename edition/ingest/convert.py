"""Foreign TEI text -> our document body (opener, parts with closers and postscripts), by the table BLOCKS.

Each element met where blocks stand is handled by its behaviour; phrase-level elements there
(text directly in a `div`, a `gap` between speeches) gather into a paragraph. Not listed and
not a phrase either: a warning, then its text, as a paragraph or inside the one around it.

    <div><head>Scene 2</head><sp who="#X"><speaker>KING</speaker><l>A</l><l>B</l></sp></div>
    -> opener [head "Scene 2"], parts [Turn(who=persons.xml#prov-..., label "KING", [p "A<lb/>B"])]

    <p><gloss target="#t_K1">K</gloss>: I'm sorry ...</p>   (FRUS d122, when 2+ paragraphs open so)
    -> Turn(label "K", [p "I'm sorry ..."])
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace

from lxml import etree

from ..breaks import spaced_text
from ..diagnostics import Location, Reporter
from ..model import Block, BodyPart, Closer, Inline, Node, Postscript, Text, Turn, plain_text
from .behaviours import BLOCKS, STRUCTURAL
from .header import printed_number, unbracketed
from .parse import TEI_NS
from .people import ForeignPeople, spelled_id
from .phrases import PHRASES, Phrases, inline_note, local_name
from .refs import Links
from .spacing import BOUNDARY
from .zones import (append_to_last_text, as_paragraph, demote_early_endings, fit_zone,
                    is_salutation, is_text, notes_after_first, take_footnotes)

ED_NOTE = (("type", "editorial"), ("resp", "#ed"))
MAX_LABEL_WORDS = 4


@dataclass
class Body:
    """The converted text: what `model.Document` holds besides metadata."""

    opener: list[Block] = field(default_factory=list)
    parts: list[BodyPart] = field(default_factory=list)


class Converter:
    """Walks the foreign `text` once, emitting our blocks into the zone they belong to."""

    def __init__(self, people: ForeignPeople, shown: str, reporter: Reporter,
                 language: str, links: Links) -> None:
        self.people, self.shown, self.reporter = people, shown, reporter
        self.warned: set[str] = set()
        self.phrases = Phrases(people, shown, reporter, self.unknown, language, links)
        self.body = Body()
        self.buffer: list[Node] = []
        self.buffer_line = 0
        self.verse = False
        self.prefix: list[Node] = []
        self.zone: list[Block] | None = None     # a turn's, closer's or postscript's blocks
        self.zone_kind = ""
        self.waiting: list[tuple[Block, Inline]] = []   # footnotes waiting for text (b_note)
        self.started = False
        self.label_turns = False

    # ------------------------------------------------------------------ entry

    def convert(self, text: etree._Element) -> Body:
        self.label_turns = sum(1 for p in text.iter(f"{{{TEI_NS}}}p")
                               if self._label(p) is not None) >= 2
        self.b_container(text)
        self.flush(force=True)
        self.body.parts, demoted = demote_early_endings(self.body.parts)
        for ending in demoted:
            self._demoted(ending)
        if not any(is_text(part) for part in self.body.parts):
            self._no_text(text)
        return self.body

    def _demoted(self, ending: Closer | Postscript) -> None:
        kind = "closer" if isinstance(ending, Closer) else "postscript"
        self.reporter.info(Location(self.shown, ending.blocks[0].line),
                           f"a {kind} followed by more text is published as paragraphs",
                           "foreign-ending-early")

    def _no_text(self, text: etree._Element) -> None:
        """Our div needs a paragraph, speech or stage direction: headings become paragraphs."""
        self.body.parts[:0] = [as_paragraph(b) for b in self.body.opener]
        self.body.opener = []
        if not any(is_text(part) for part in self.body.parts):
            self.reporter.warning(Location(self.shown, text.sourceline or 0),
                                  "the text has no words to publish", "foreign-no-text")
            self.body.parts.append(Block("p", (), text.sourceline or 0))

    def unknown(self, element: etree._Element) -> None:
        name = local_name(element)
        if name not in self.warned:
            self.warned.add(name)
            self.reporter.warning(Location(self.shown, element.sourceline or 0),
                                  f"unknown element <{name}> shown as plain text",
                                  "foreign-element-unknown")

    # ------------------------------------------------------------------ walking

    def children(self, element: etree._Element) -> None:
        self.add_text(element.text, element)
        for child in element:
            if isinstance(child.tag, str):
                self.block(child)
            self.add_text(child.tail, element)

    def block(self, element: etree._Element) -> None:
        name = local_name(element)
        behaviour = BLOCKS.get(name)
        if behaviour is None:
            if name not in PHRASES:
                self.unknown(element)
            behaviour = "container" if self._structured(element) else "phrase"
        getattr(self, f"b_{behaviour}")(element)

    def _structured(self, element: etree._Element) -> bool:
        return any(BLOCKS.get(local_name(c)) in STRUCTURAL for c in element
                   if isinstance(c.tag, str))

    def add_text(self, text: str | None, where: etree._Element) -> None:
        if text:
            self._to_buffer([Text(text)], where)

    def _to_buffer(self, nodes: list[Node], where: etree._Element) -> None:
        if not self.buffer_line and plain_text(nodes).strip():
            self.buffer_line = where.sourceline or 0
        self.buffer.extend(nodes)

    def flush(self, force: bool = False) -> None:
        """The gathered phrase content as one paragraph, after the waiting list label.

        A label with nothing gathered after it waits for the next block, unless `force`."""
        if not self._gathered() and not force:
            self.buffer, self.buffer_line, self.verse = [], 0, False
            return
        nodes, line = self.prefix + self.buffer, self.buffer_line
        self.buffer, self.prefix, self.buffer_line, self.verse = [], [], 0, False
        content = self.phrases.finish(nodes, line)
        if content:
            self.emit(Block("p", content, line))

    def _gathered(self) -> bool:
        """Whether phrase content waits in the buffer (more than white space and breaks)."""
        return any(isinstance(n, Inline) and n != BOUNDARY for n in self.buffer) or \
            bool(plain_text(self.buffer).strip())

    # ------------------------------------------------------------------ emitting

    def emit(self, block: Block) -> None:
        """Put a block where it belongs: the open zone, the opener, or the parts; a block of
        text takes the footnotes waiting before it (`b_note`)."""
        if not block.content:
            return                       # `<p/>`: nothing to read or cite
        waiting = take_footnotes(self.zone if self.zone is not None else self.body.parts,
                                 self.waiting) if self.waiting and block.kind != "note" else ()
        block = replace(block, content=waiting + block.content) if waiting else block
        if self.zone is not None:
            self.zone.append(fit_zone(block, self.zone_kind))
        elif block.kind in ("head", "dateline", "salute") and not self.started:
            self.body.opener.append(block)
        elif block.kind in ("head", "dateline", "salute", "signed"):
            self.body.parts.append(as_paragraph(block))
            self.started = True
        else:
            self.body.parts.append(block)
            self.started = self.started or block.kind != "note"

    def _block(self, element: etree._Element, kind: str, attrs=(), nodes=None) -> Block:
        content = self.phrases.content(element) if nodes is None else nodes
        prefix, self.prefix = self.prefix, []
        phrase_only = kind == "dateline"
        return Block(kind, self.phrases.finish(prefix + content, element.sourceline or 0,
                                               phrase_only), element.sourceline or 0, attrs)

    def _zone(self, element: etree._Element, kind: str) -> list[Block]:
        """The blocks of `element`'s children, gathered apart (a turn, a closer, a postscript)."""
        self.flush()
        saved = self.zone, self.zone_kind, self.waiting
        self.zone, self.zone_kind, self.waiting = [], kind, []
        self.children(element)
        self.flush()
        blocks, (self.zone, self.zone_kind, self.waiting) = self.zone, saved
        return blocks

    # ------------------------------------------------------------------ behaviours

    def b_container(self, element) -> None:
        self.flush()
        self.children(element)
        self.flush()

    def b_phrase(self, element) -> None:
        self._to_buffer(self.phrases.node(element), element)

    def b_omit(self, element) -> None:
        pass

    def b_boundary(self, element) -> None:
        """A page break between the words of a paragraph gathered here (`text<pb/>more`)."""
        self.buffer.extend(self.phrases.node(element))

    def b_head(self, element) -> None:
        self.flush()
        if element.getparent() is not None and local_name(element.getparent()) == "list":
            self.emit(self._block(element, "p"))
        else:
            self.emit(self._block(element, "head"))

    def b_dateline(self, element) -> None:
        self.flush()
        dated = local_name(element) == "docDate"      # keep its @when: a date in the dateline
        self.emit(self._block(element, "dateline", nodes=self.phrases.node(element) if dated
                              else None))

    def b_salute(self, element) -> None:
        self.flush()
        self.emit(self._block(element, "salute"))

    def b_signed(self, element) -> None:
        self.flush()
        self.emit(self._block(element, "signed"))

    def b_paragraph(self, element) -> None:
        if self._structured(element):
            self.b_container(element)
            return
        self.flush()
        label = self._label(element) if self.label_turns and self.zone is None else None
        if label is not None:
            self._label_turn(element, label)
            return
        block = self._block(element, "p")
        if not self.started and self.zone is None and is_salutation(block):
            block = Block("salute", block.content, block.line)
        self.emit(block)

    def b_list(self, element) -> None:
        self.b_container(element)

    def b_item(self, element) -> None:
        self.flush()
        self.children(element)
        self.flush(force=True)

    def b_label(self, element) -> None:
        self.flush(force=True)
        self.prefix = self.phrases.content(element) + [Text(" ")]

    def b_verse(self, element) -> None:
        if self.verse and plain_text(self.buffer).strip():
            self.buffer.append(Inline("lb"))
        self._to_buffer(self.phrases.content(element), element)
        self.verse = True

    def b_stage(self, element) -> None:
        self.flush()
        kind = "delivery" if element.get("type") == "delivery" else "business"
        self.emit(self._block(element, "stage", (("type", kind),)))

    def b_note(self, element) -> None:
        """A note among the words of a list item, or of a paragraph around a list, is an inline
        note of that text; one between blocks is a block note, unless its source printed a
        number: a block note's @n is its line, so it is the footnote of the block before, or,
        when no text stands before it in its zone (a div, turn, closer or postscript), of the
        next block of text there. Until that comes it waits as a block note, which it stays if
        none does."""
        if element.get("type") == "source":
            return
        if self._in_words(element):
            self.b_phrase(element)
            return
        self.flush()
        block, number = self._block(element, "note", ED_NOTE), printed_number(element)
        footnote = inline_note(number, block.content)
        if number and self._footnote_to_last(footnote):
            return
        self.emit(block)
        if number and block.content:
            self.waiting.append((block, footnote))

    def _in_words(self, element: etree._Element) -> bool:
        """Whether `element` stands in the words an item or paragraph gathers: words (or a list
        label) before it there, or words after it."""
        gathering = BLOCKS.get(local_name(element.getparent())) in ("paragraph", "item")
        return gathering and bool(self._gathered() or self.prefix or (element.tail or "").strip())

    def _footnote_to_last(self, note: Inline) -> bool:
        """`note` at the end of the last block of text in its zone; False if there is none."""
        if self.zone is not None:
            return append_to_last_text(self.zone, (note,))
        return append_to_last_text(self.body.parts, (note,)) or \
            append_to_last_text(self.body.opener, (note,))

    def b_speech(self, element) -> None:
        speakers = [c for c in element if isinstance(c.tag, str) and local_name(c) == "speaker"]
        label = unbracketed(" ".join(" ".join(spaced_text(s) for s in speakers).split()))
        label = label.rstrip(".:").strip()
        who = self.people.speaker_ref(element.get("who"), label)
        self._turn(_without(element, speakers), who, label or self.people.name_of(who),
                   element.sourceline or 0)

    def b_utterance(self, element) -> None:
        ids = [t.rpartition("#")[2] for t in (element.get("who") or "").split()]
        label = " and ".join(self.people.listed.get(i) or spelled_id(i) for i in ids if i)
        who = self.people.speaker_ref(element.get("who"), label or "unknown speaker")
        self._turn(element, who, label or "unknown speaker", element.sourceline or 0)

    def b_closer(self, element) -> None:
        blocks = self._zone(element, "closer")
        if self.zone is not None:       # a closer inside a speech: its lines stay there
            for block in blocks:
                self.emit(block)
            return
        notes = [b for b in blocks if b.kind == "note"]
        rest = [b for b in blocks if b.kind != "note"]
        if rest:
            self.body.parts.append(Closer(tuple(rest)))
        self.body.parts.extend(notes)

    def b_postscript(self, element) -> None:
        blocks = self._zone(element, "postscript")
        if self.zone is not None:
            for block in blocks:
                self.emit(block)
            return
        first = next((i for i, block in enumerate(blocks) if block.kind != "note"), len(blocks))
        self.body.parts.extend(blocks[:first])   # notes before its first paragraph: before it
        if first < len(blocks):                  # none: empty, or only the source note
            self.body.parts.append(Postscript(tuple(blocks[first:])))

    # ------------------------------------------------------------------ turns

    def _turn(self, element: etree._Element, who: str, label: str, line: int) -> None:
        if self.zone is not None and self.zone_kind == "turn":
            self.children(element)      # a turn inside a turn: its blocks join the open one
            return
        blocks = notes_after_first(self._zone(element, "turn"), line)
        self.body.parts.append(Turn(who, label, line, (), tuple(blocks)))
        self.started = True

    def _label(self, p: etree._Element) -> etree._Element | None:
        """The label element of a paragraph `<p><gloss>K</gloss>: ...` (FRUS transcripts)."""
        if (p.text or "").strip() or not len(p) or not isinstance(p[0].tag, str):
            return None
        first = p[0]
        if local_name(first) not in ("gloss", "persName", "name", "hi", "abbr", "label"):
            return None
        words = spaced_text(first).split()
        colon = (first.tail or "").lstrip().startswith(":")
        if not words or len(words) > MAX_LABEL_WORDS or not colon:
            return None
        return first

    def _label_turn(self, p: etree._Element, label: etree._Element) -> None:
        printed = spaced_text(label)
        pointer = label.get("corresp") or label.get("ref") or label.get("target") or ""
        who = self.people.speaker_ref(pointer, printed)
        rest = copy.copy(p)
        rest.text = (label.tail or "").lstrip()[1:]
        rest.remove(rest[0])
        block = self._block(rest, "p")
        block = Block("p", block.content, p.sourceline or 0)
        self.body.parts.append(Turn(who, unbracketed(printed), p.sourceline or 0, (), (block,)))
        self.started = True


def _without(element: etree._Element, drop: list[etree._Element]) -> etree._Element:
    """A copy of `element` without the children `drop` (their tails kept as text)."""
    clone = copy.copy(element)
    for index in sorted((element.index(d) for d in drop), reverse=True):
        child = clone[index]
        tail = child.tail or ""
        previous = child.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            clone.text = (clone.text or "") + tail
        clone.remove(child)
    return clone
