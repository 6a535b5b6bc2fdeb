"""A paragraph's text made a block of the body: parsed, its names and dates resolved, as printed."""

from __future__ import annotations

import re

from . import date_checks
from .author_field import AUTHOR_LABELS
from .diagnostics import Reporter
from .doc_types import titled_speech
from .foreign_quotes import mark_foreign_quotes
from .inline import Locator, parse_inline
from .model import Block, Document, Inline, Node, Paragraph, with_word_breaks
from .record_notes import interpreters
from .register_mentions import FIELDS_LANGUAGE
from .registers import Registers
from .resolve import Dating, Resolver
from .source_refs import split_publication
from .speakers import LabelMatch


FOOTNOTE_OPENING = re.compile(r"\[\d{1,3}\]\s")
"""A footnote's paragraph opens with its number (`[1] Mikoyan arrived on November 2`)."""


class TextBlocks:
    """The blocks of the text of `document`, for `structure`, which walks its paragraphs: each
    text parsed (`inline`), its names and dates resolved (`resolver`) against the day its
    paragraph is read on, its foreign quotations marked. What the walk reads on its way is set
    here: the page's furniture by its first line (`furniture`), the day of the date line over a
    part (a second telegram) or a quoted document by its paragraphs' first lines (`part_days`),
    the line of a telegram's head citing a post's telegram (`cited_line`)."""

    def __init__(self, document: Document, registers: Registers, resolver: Resolver,
                 reporter: Reporter) -> None:
        self.doc, self.registers, self.resolver, self.reporter = \
            document, registers, resolver, reporter
        title = document.raw.metadata.title.value
        self.interpreters = interpreters(line for para in document.raw.body for line in para.lines)
        self.speech = titled_speech(document.doc_type, title)   # its body's parentheses as a turn's
        self.furniture: dict[int, tuple[Inline, ...]] = {}   # first line -> pb, fw nodes
        self.part_days: dict[int, str] = {}   # first line -> its part's own day
        field = document.raw.metadata.date
        span = date_checks.spanned_days(field) if document.date else None
        self.last_day = span[1] if span and span[0] == document.date else ""
        self.day = document.date   # what relative dates count from: a part of a month, its month
        if self.last_day and span.part_of_month:
            self.day, self.last_day = document.date[:len("1962-10")], ""
        self.cited_line = 0   # a telegram's head citing a post's telegram: `MOSCOW 1962`

    def furniture_block(self, para: Paragraph) -> Block:
        """A page's furniture (`-2-`, `TOP SECRET` over it) or page breaks (`[Page 2]`) alone:
        a block of page breaks only (`Block.only_page_breaks`)."""
        if para.line in self.furniture:
            return Block("p", self.furniture[para.line], para.line)
        return self.block("p", para)

    def note(self, para: Paragraph) -> Block:
        """An editorial note: the paragraph, or the content of the one note it wholly is."""
        nodes = self.nodes(para.text, para.line, 1, para=para)
        if len(nodes) == 1 and isinstance(nodes[0], Inline) and nodes[0].tag == "note":
            content = nodes[0].children
        else:
            content = nodes
        return Block("note", content, para.line, (("type", "editorial"), ("resp", "#ed")))

    def nodes(self, text: str, line: int, column: int, stage: bool = False,
              para: Paragraph | None = None, dateline: bool = False) -> tuple[Node, ...]:
        """`text` parsed and resolved: `text` begins at `column` of `line`, or at offset
        `column - 1` of the text of `para`, whose lines it may span; where it ends a line of an
        address, read with the line after it (`Paragraph.continued`)."""
        where = Locator.of_paragraph(self.doc.raw.path, para, column) if para \
            else Locator(self.doc.raw.path, line, column)
        reported = self.resolver.found.reported_dates
        known = len(reported)
        inline = parse_inline(text, where, self.reporter, stage, self.doc.doc_type,
                              self.interpreters)
        pages = para.page_breaks_from(column - 1) if para else ()
        continued = para.continued if para and para.text.endswith(text) else ""
        nodes = mark_foreign_quotes(
            with_word_breaks(self.resolver.resolve(inline, line, self.dating(para),
                                                   continued=continued), pages),
            self.doc.language, text)
        date_checks.report_text(text, reported[known:], where, self.reporter, dateline)
        return nodes

    def field_nodes(self, label: str, text: str, line: int) -> tuple[Node, ...]:
        """An archive field's `text` (on `line`) parsed and resolved: the Author field's with
        no date read, a catalogue heading's years (`1917-1963`) a person's life, no date the
        document names."""
        if label.lower() not in AUTHOR_LABELS:
            return self.nodes(text, line, 1)
        with self.resolver.dates_unread():
            return self.nodes(text, line, 1)

    def dating(self, para: Paragraph | None) -> Dating:
        """What the dates of `para` (None: a header field) are read against: the document's
        date (and its last day, where it is dated by a span of days; its month, where by a part
        of a month: `Late October 1962`), or the day of the date line over its part or its
        quotation; the cited telegram's number in its head; whether it is an editor's note (a
        header field, a footnote), which tells of what came after the document too."""
        line = para.line if para else 0
        cited = para is not None and line == self.cited_line
        noted = para is None or FOOTNOTE_OPENING.match(para.text) is not None
        if line in self.part_days:
            day = self.part_days[line]
            return Dating(day, numbers_cited=cited, own_day=bool(day), in_note=noted)
        return Dating(self.day, self.last_day, cited, noted)

    def source_nodes(self, statement: str, line: int, column: int) -> tuple[Node, ...]:
        """The source statement (from `column` of `line`) parsed, its names and dates resolved
        up to the publication appended to it, whose volume title names no place or date of the
        document; read as the edition's English, whatever the text's language, so a file's
        label in another's (`XIX-J-1-j Kuba`) names no place (`FIELDS_LANGUAGE`)."""
        own, publication = split_publication(statement)
        with self.registers.reading_language(FIELDS_LANGUAGE):   # no German `Kuba`
            own_nodes = self.nodes(own, line, column)
        if not publication:
            return own_nodes
        where = Locator(self.doc.raw.path, line, column + len(own))
        return own_nodes + parse_inline(publication, where, self.reporter)

    def block(self, kind: str, para: Paragraph, text: str | None = None, column: int = 1,
              stage: bool = False, attrs: tuple[tuple[str, str], ...] = ()) -> Block:
        """A block of `kind` of `para`'s text, or of `text` from `column`; its parentheses read
        as stage directions where `stage` says so (a turn's paragraph) or in a speech's `p`."""
        content = self.nodes(para.text if text is None else text, para.line, column,
                             stage or (kind == "p" and self.speech), para,
                             dateline=kind == "dateline")
        return Block(kind, content, para.line, attrs)

    def named_block(self, kind: str, para: Paragraph, label: LabelMatch | None,
                    attrs: tuple[tuple[str, str], ...] = ()) -> Block:
        """`DORTICOS objects.`: the printed name is linked to the person it names."""
        entry = self.registers.find_speaker(label.label).entry \
            if label and label.kind == "name-verb" else None
        if entry is None:
            return self.block(kind, para, attrs=attrs)
        cut = para.text.index(label.label) + len(label.label)
        name = self.resolver.name(entry, para.text[:cut])
        rest = self.nodes(para.text[cut:], para.line, cut + 1, para=para)
        return Block(kind, (name,) + rest, para.line, attrs)

    def lined(self, kind: str, para: Paragraph) -> Block:
        """A heading, a stamp or a byline: its lines as printed, with `lb` between them, or the
        furniture of the page that breaks between them (`Paragraph.page_breaks`)."""
        content: list[Node] = []
        pages = dict(para.page_breaks)
        for offset, (line, number) in enumerate(zip(para.lines, para.line_numbers)):
            if offset:
                content.extend(pages.get(offset, (Inline("lb"),)))
            content.extend(self.nodes(line, number, 1))
        return Block(kind, tuple(content), para.line)
