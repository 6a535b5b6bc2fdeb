"""Closers: the text's closing paragraphs -> closers, postscripts and the trailer, in their order.

Read for the structure builder (`structure._Builder`) once `closing_lines` has given each closing
paragraph its role: `ClosingPart` is given the builder's ways of making blocks (`BlockMakers`),
the registers and the resolver, and adds the end of the text to the document it is given.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .closing_asides import FOOTNOTE, FURNITURE
from .closing_lines import ClosingZones, is_note
from .correspondents import read_correspondents
from .model import Block, Document, Node, Paragraph
from .paragraphs import dated_signature
from .readers.common import of_conversation
from .registers import Registers
from .resolve import Resolver
from .speakers import in_capitals


@dataclass(frozen=True)
class BlockMakers:
    """How the builder makes what a paragraph becomes: a block of a kind (`block(kind, para,
    text=, column=, attrs=)`), an editorial note, a page's furniture alone, and the nodes of a
    text (`nodes(text, line, column, para=)`), its names and dates resolved."""
    block: Callable[..., Block]
    note: Callable[[Paragraph], Block]
    furniture: Callable[[Paragraph], Block]
    nodes: Callable[..., tuple[Node, ...]]


class ClosingPart:
    """The end of the text -> the document's closers, postscripts and trailer; `make`: the
    builder's blocks, `registers`, `resolver`: a signature in capitals linked as a speaker's
    label is."""

    def __init__(self, make: BlockMakers, registers: Registers, resolver: Resolver) -> None:
        self.make, self.registers, self.resolver = make, registers, resolver

    def add(self, doc: Document, paras: list[Paragraph], roles: list[str]) -> None:
        """Closer lines -> `Closer`s, postscript paragraphs -> `Postscript`s, the text's end mark
        (`END OF MESSAGE`) -> a `trailer` block, in the order of the source
        (`closing_lines.ClosingZones`); a note follows the closer, or stands in the postscript,
        that it comes after; a page's furniture (`-2-`) stands between them, or in the postscript
        that goes on after it, and the footnotes ending the text in a postscript after them all
        (`closing_asides`), from where `footnotes` moves them.

            Sincerely, / A. Mikoyan / [Ed. note: ...] / P.S. Regards. / A.M.
            -> Closer(salute, signed), note, Postscript(p), Closer(signed)

        What goes with the letter and who gets a copy (`Enclosures:` / `1. Statement`, `cc: Mr.
        Bundy`) is a postscript of its own, before or after one a `P.S.` opens.
        """
        zones = ClosingZones(doc.parts)
        for para, role in zip(paras, roles):
            if role == FURNITURE:
                zones.add_furniture(self.make.furniture(para))
            elif role == FOOTNOTE:
                zones.add_footnote(self.make.block("p", para))
            elif is_note(para, role):
                zones.add_note(self.make.note(para))
            elif (zone := zones.enter(role)) == "postscript":
                zones.add_to_postscript(self.make.block("p", para))
            elif zone == "text":
                zones.add_apart(self.make.block("p", para))
            elif zone == "trailer":
                zones.add_trailer(self.make.block("trailer", para))
            else:
                zones.add_to_closer(self._closer_lines(para, role))
        zones.finish()
        read_correspondents(doc, self.registers, of_conversation(doc.raw.metadata))

    def _closer_lines(self, para: Paragraph, role: str) -> list[Block]:
        """`Sincerely,` -> salute; `19.XI.62 A. Mikoyan` -> dateline and signed; `02.XI.62` ->
        dateline; `To the Embassy of ...` -> addrLine; `(Seal)` -> stamp; `No. 0075` -> idno;
        else signed."""
        if role in ("salute", "dateline", "addrLine", "stamp"):
            return [self.make.block(role, para)]
        if role == "idno":
            return [self.make.block(role, para, attrs=(("type", "registration"),))]
        if role == "dated":
            cut = dated_signature(para.text)
            return [self.make.block("dateline", para, text=para.text[:cut].strip()),
                    self._signed(para, para.text[cut:], cut + 1)]
        return [self._signed(para, para.text, 1)]

    def _signed(self, para: Paragraph, text: str, column: int) -> Block:
        """A signature; one in capitals (`RUSK`, `A. MIKOYAN.`), which the case-sensitive name
        search misses, is linked as a speaker's label is (`find_person`)."""
        name = text.strip().rstrip(".")
        entry = self.registers.find_person(name).entry if in_capitals(name) else None
        if entry is None:
            return self.make.block("signed", para, text=text, column=column)
        start = text.index(name)
        end = start + len(name)
        nodes = (*self.make.nodes(text[:start], para.line, column, para=para),
                 self.resolver.name(entry, name),
                 *self.make.nodes(text[end:], para.line, column + end, para=para))
        return Block("signed", nodes, para.line)
