"""The document model shared by readers, the structure pass and the TEI encoder; every part knows its source line."""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from collections.abc import Iterator, Sequence
from typing import Union

WORD_RUNS_ON = re.compile(r"(?<=[^\W\d_])-$")
"""A line ending in a letter and one hyphen (`irre-`, `Soviet-`, not `--` or a spaced ` - `)."""
LINE_IN_WORD = "\n"
"""How `Paragraph.text` joins two lines that one word runs across: the source's line break
itself, kept after the hyphen (`irre-\nvocable`); `with_word_breaks` makes it `lb break="no"`."""
PAGE_IN_TEXT = "\f"
"""How `Paragraph.text` joins two lines a page of the source breaks between (the form feed: the
furniture standing between them, `-2-`, `TOP SECRET`, is in `Paragraph.page_breaks`);
`with_word_breaks` makes it that furniture."""


def runs_on(line: str, next_line: str) -> bool:
    """Whether a word runs on from `line` into `next_line`: `line` ends in a letter and a hyphen
    and `next_line` opens with a letter (`irre-` / `vocable`; also a compound, `Soviet-` /
    `American`, where the lines stay in one block: which of the two a hyphen at a line end is
    cannot be told, so it is kept)."""
    return bool(WORD_RUNS_ON.search(line)) and next_line[:1].isalpha()


def divides_word(line: str, next_line: str) -> bool:
    """Whether `line` ends in the first part of a word `next_line` goes on with (`runs_on`), in
    lower case (`irre-` / `vocable`, `with-` / `drawn`): a capital after the hyphen is a
    compound's or a new line's (`USSR-` / `Ambassador Dobrynin`, a group of a list of
    participants), which the rules of a block's lines tell (`paragraphs._continues`)."""
    return runs_on(line, next_line) and next_line[:1].islower()


@dataclass(frozen=True)
class Paragraph:
    """Consecutive non-blank source lines; `line` is the first line's number (1-based)."""

    lines: tuple[str, ...]
    line: int
    numbers: tuple[int, ...] = ()
    """Each line's number when they do not follow each other (a paragraph joined across a blank
    line); empty when they do."""
    page_breaks: tuple[tuple[int, tuple[Node, ...]], ...] = ()
    """Where a page of the source breaks inside the paragraph: the index of the line the new
    page goes on with, and the nodes standing for the page break there (`pb`, `fw`: the
    furniture between the lines, `broken_paragraphs.join_broken_paragraphs`)."""
    hyphen_dashes: bool = False
    """Whether the typist of the text writes a dash as a hyphen against a word
    (`paragraphs.writes_dash_as_hyphen`): then a hyphen at a line's end is such a dash, no
    word's (`obsolete-` / `they were obsolete`), and the lines are joined by a space."""
    continued: str = ""
    """For a line taken from its paragraph (`each_line`: an address's), the line after it there,
    which a name cut at the line's end may go on with (`To the Ministry of Foreign Affairs` /
    `of the Republic of Cuba`); empty for a paragraph's last line and a whole paragraph."""

    @cached_property
    def text(self) -> str:
        """The lines stripped and joined by a space, or by `LINE_IN_WORD` where a word runs on
        across the line break (`runs_on`), or by `PAGE_IN_TEXT` where a page breaks between
        them: one character between lines either way."""
        parts = [part.strip() for part in self.lines]
        if not parts:
            return ""
        pages = {index for index, _ in self.page_breaks}
        return "".join(part + (PAGE_IN_TEXT if index in pages
                               else LINE_IN_WORD if self.runs_on(part, after) else " ")
                       for index, (part, after) in enumerate(zip(parts, parts[1:]), 1)) \
            + parts[-1]

    def runs_on(self, line: str, next_line: str) -> bool:
        """Whether a word of the paragraph runs on from `line` into `next_line` (`runs_on`):
        never where its typist writes a dash as a hyphen (`hyphen_dashes`)."""
        return runs_on(line, next_line) and not self.hyphen_dashes

    def divides_word(self, line: str, next_line: str) -> bool:
        """Whether a word of the paragraph runs on from `line` into `next_line` (`runs_on`) in
        lower case (`divides_word`): across a page break, only a word going on in a small letter
        is one (`irre-` / `-3-` / `vocable`: `broken_paragraphs.join_broken_paragraphs`)."""
        return self.runs_on(line, next_line) and divides_word(line, next_line)

    def page_breaks_from(self, offset: int) -> tuple[tuple[Node, ...], ...]:
        """The nodes of each page break in `text` from `offset` on, in order."""
        before = self.text[:offset].count(PAGE_IN_TEXT)
        return tuple(nodes for _, nodes in self.page_breaks)[before:]

    def each_line(self, following: str = "") -> tuple[Paragraph, ...]:
        """Each line as a paragraph of its own, with its number and the line after it
        (`continued`), the last's `following` (the first of the next paragraph of the same
        address): an address's lines."""
        after = [line.strip() for line in self.lines[1:]] + [following.strip()]
        return tuple(Paragraph((line,), number, hyphen_dashes=self.hyphen_dashes,
                               continued=following)
                     for line, number, following in zip(self.lines, self.line_numbers, after))

    @property
    def line_numbers(self) -> tuple[int, ...]:
        return self.numbers or tuple(range(self.line, self.line + len(self.lines)))

    @property
    def last_line(self) -> int:
        return self.line_numbers[-1]



def address_lines(paras: Sequence[Paragraph]) -> list[Paragraph]:
    """The lines of an address's paragraphs, each a paragraph with the line under it, the next
    paragraph's first for a paragraph's last (`To the Ministry of Foreign Affairs` / `Havana`:
    `Paragraph.continued`)."""
    return [line for at, para in enumerate(paras)
            for line in para.each_line(paras[at + 1].lines[0] if at + 1 < len(paras) else "")]


@dataclass(frozen=True)
class Field:
    """One metadata value with the line it was read from (0 when derived), and its language
    when it is copied from a source in another language than the edition's ('' otherwise)."""

    value: str
    line: int = 0
    language: str = ""
    column: int = 0   # where the value begins on its line, when a reader knows it


@dataclass(frozen=True)
class Metadata:
    """What the archive page says about the document, read by a layout reader."""

    title: Field = Field("")
    date: Field = Field("")          # as printed; normalized by the dates module
    classification: Field = Field("")
    source: Field = Field("")        # archive / provenance statement
    rights: tuple[Field, ...] = ()
    licence_targets: tuple[str, ...] = ()   # web addresses of the licence (foreign TEI)
    authors: tuple[Field, ...] = ()         # the authors the source names (foreign TEI)
    uploaded: Field = Field("")
    doc_type: Field = Field("")      # as printed in the "Type" field, may be empty
    language: Field = Field("")
    summary: Field = Field("")
    record_id: Field = Field("")
    extra: tuple[tuple[str, Field], ...] = ()   # other fields of the block: (label, value)


@dataclass(frozen=True)
class RawDocument:
    """A reader's output: metadata, body paragraphs in order, and the lines dropped as page chrome."""

    doc_id: str
    path: str
    layout: str
    metadata: Metadata
    body: tuple[Paragraph, ...]
    chrome: tuple[Field, ...] = ()


# ---- inline content -------------------------------------------------------------------------

@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Inline:
    """An inline TEI element: `tag` with attributes and children, e.g. supplied, note, foreign."""

    tag: str
    attrs: tuple[tuple[str, str], ...] = ()
    children: tuple["Node", ...] = ()


Node = Union[Text, Inline]


WORD_BREAK = Inline("lb", (("break", "no"),))
"""A line break inside a word (`irre-<lb break="no"/>vocable`): the word runs on across it."""


def with_word_breaks(nodes: tuple[Node, ...],
                     page_breaks: tuple[tuple[Node, ...], ...] = ()) -> tuple[Node, ...]:
    """`nodes` with each `LINE_IN_WORD` of their text a `WORD_BREAK` and each `PAGE_IN_TEXT` the
    next of `page_breaks` (the furniture of each page break, in order), inside elements too:
    `Text('irre-\nvocable')` -> `Text('irre-'), WORD_BREAK, Text('vocable')`."""
    return _with_breaks(nodes, iter(page_breaks))


def _with_breaks(nodes: tuple[Node, ...], pages: Iterator[tuple[Node, ...]]) -> tuple[Node, ...]:
    result: list[Node] = []
    for node in nodes:
        if isinstance(node, Inline):
            result.append(Inline(node.tag, node.attrs, _with_breaks(node.children, pages))
                          if _holds_break(node.children) else node)
            continue
        if LINE_IN_WORD not in node.text and PAGE_IN_TEXT not in node.text:   # the usual text
            result.extend([node] if node.text else [])
            continue
        for index, page in enumerate(node.text.split(PAGE_IN_TEXT)):
            if index:
                result.extend(next(pages, (Text(" "),)))
            first, *rest = page.split(LINE_IN_WORD)
            result.extend([Text(first)] if first else [])
            for part in rest:
                result.extend([WORD_BREAK, Text(part)] if part else [WORD_BREAK])
    return tuple(result)


def _holds_break(nodes: tuple[Node, ...]) -> bool:
    text = plain_text(nodes)
    return LINE_IN_WORD in text or PAGE_IN_TEXT in text


def plain_text(nodes: tuple[Node, ...] | list[Node]) -> str:
    """The text of inline nodes, without markup."""
    return "".join(n.text if isinstance(n, Text) else plain_text(n.children) for n in nodes)


# ---- blocks ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Block:
    """A citable block: `kind` is stamp, head, dateline, addrLine, salute, p, stage, note, signed,
    idno, trailer (a TEI element name)."""

    kind: str
    content: tuple[Node, ...]
    line: int
    attrs: tuple[tuple[str, str], ...] = ()

    @property
    def only_page_breaks(self) -> bool:
        """A paragraph holding nothing but page breaks (`[Page 345]`), the page's furniture
        (`fw`: `-2-`, `TOP SECRET` at its top: `page_furniture`) and the space between them:
        where a page begins, not a line."""
        return self.kind == "p" and bool(self.content) and all(
            node.tag in ("pb", "fw") if isinstance(node, Inline) else not node.text.strip()
            for node in self.content)


@dataclass(frozen=True)
class Turn:
    """A speaker turn: who speaks, the label as printed, an optional delivery note, its blocks."""

    who: str                 # register ref, "persons.xml#id"
    label: str               # as printed, without its final period or colon
    label_line: int
    delivery: tuple[Node, ...] = ()
    blocks: tuple[Block, ...] = ()
    delivery_rend: str = ""  # "parentheses" where the source enclosed the delivery in them
    doubted: bool = False    # the source marks who speaks unsure (`Rusk?:`): @cert="low"


@dataclass(frozen=True)
class Closer:
    """The closing lines of a document: `salute`, `signed`, `dateline`, `stamp` (a seal), `idno`
    (a registration number), `addrLine` (a note's addressee) blocks."""

    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Postscript:
    """A postscript where the source has it among the closing lines: `p` and `note` blocks."""

    blocks: tuple[Block, ...]


BodyPart = Union[Block, Turn, Closer, Postscript]


@dataclass
class Document:
    """A fully parsed and resolved document, ready to be encoded as TEI."""

    raw: RawDocument
    date: str                       # ISO document date, "" when unknown
    doc_type: str                   # memorandum, telegram, letter, transcript, minutes, drama, other
    classification: Field
    """The classification as the source prints it, with its language: the marking at the top
    of the text, else the one its source statement states (`security_markings.
    printed_classification`); "" where it prints none."""
    opener: list[Block] = field(default_factory=list)
    parts: list[BodyPart] = field(default_factory=list)
    divisions: list[int] = field(default_factory=list)   # where each of several documents the
                        # file holds begins (a night's cables: `divisions`), the first line of its
                        # first part; its opening blocks (head, dateline ...) are parts; [] for one
    entries_end: int = 0            # a diary's or a report's: the first line of the closing
                        # lines under its last entry or section, the whole's (its signature); 0
                        # elsewhere
    division_kind: str = "part"     # what the divisions are: "part", documents of a file;
                        # "entry", a diary's dated entries; "section", a report's headed sections
    summary: Field = Field("")
    dated_by: Inline | None = None  # the opener's dateline's date that dates a document whose
                                    # date field names none (`structure`), else None
    title: tuple[Node, ...] = ()    # the title with its brackets parsed; names are not linked
    rights: list[Block] = field(default_factory=list)   # the rights statement, parsed inline
    source: list[Block] = field(default_factory=list)   # the archive's source statement, parsed
    fields: list[tuple[str, Block]] = field(default_factory=list)   # other archive fields, parsed
    translator: str = ""
    language: str = "en"            # BCP 47 tag of the text: a foreign TEI's own, the archive's
                                    # Language field's for an original (`languages`), else English
    language_name: str = "English"
    speaker: str = ""               # a speech's speaker, its author: register ref, or ""
    authors: list[tuple[str, str]] = field(default_factory=list)   # the archive's Author
                                    # field's persons: (register ref or "", name), `author_field`
    sender: str = ""                # register ref, "" when not in a register
    addressee: str = ""             # register ref, "" when not in a register
    sender_name: str = ""           # as printed, when there is no register entry
    addressee_name: str = ""
    more_addressees: tuple[str, ...] = ()   # register refs of the title's other addressees
    participants: list[str] = field(default_factory=list)   # register refs, first-speaking order
    listed: list[str] = field(default_factory=list)   # register refs the head's list of who was
                                                      # there names, not speaking, in its order
    listed_names: list[str] = field(default_factory=list)   # the names it gives that no
                                                            # register holds, as printed
    inferred_dates: list[tuple[int, str, str]] = field(default_factory=list)   # line, text, value
    unresolved_names: list[tuple[int, str]] = field(default_factory=list)

    @property
    def doc_id(self) -> str:
        return self.raw.doc_id


def map_blocks(document: Document, change) -> None:
    """Each block of the document's opener and parts (turns, closers, postscripts too) changed,
    or taken out where `change` gives None (a turn or postscript left empty with it)."""
    document.opener[:] = [block for block in map(change, document.opener) if block is not None]
    parts = []
    for part in document.parts:
        if isinstance(part, Block):
            parts.extend(block for block in (change(part),) if block is not None)
            continue
        kept = tuple(block for block in map(change, part.blocks) if block is not None)
        if len(kept) == len(part.blocks) and all(map(operator.is_, kept, part.blocks)):
            parts.append(part)   # no block changed: the part is not made again
        elif kept or not part.blocks:
            parts.append(replace(part, blocks=kept))
    document.parts[:] = parts
