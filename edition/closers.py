"""Closers: the text's closing paragraphs -> closers, postscripts and the trailer, in their order.

Read for the structure builder (`structure._Builder`) once `closing_lines` has given each closing
paragraph its role: `ClosingPart` is given the builder's ways of making blocks (`BlockMakers`),
the registers and the resolver, and adds the end of the text to the document it is given.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .closing_asides import FOOTNOTE, FURNITURE, is_closing_note
from .closing_lines import POSTSCRIPT_ROLES
from .model import Block, BodyPart, Closer, Document, Node, Paragraph, Postscript
from .paragraphs import dated_signature, opens_postscript
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
        (`ClosingZones`); a note follows the closer, or stands in the postscript,
        that it comes after; a page's furniture (`-2-`) stands between them, or in the postscript
        that goes on after it, and the footnotes ending the text in a postscript after them all
        (`closing_asides`), from where `footnotes` moves them.

            Sincerely, / A. Mikoyan / [Ed. note: ...] / P.S. Regards. / A.M.
            -> Closer(salute, signed), note, Postscript(p), Closer(signed)

        What goes with the letter and who gets a copy (`Enclosures:` / `1. Statement`, `cc: Mr.
        Bundy`) is a postscript of its own, before or after one a `P.S.` opens.
        """
        zones = ClosingZones(doc.parts)
        for index, (para, role) in enumerate(zip(paras, roles)):
            if role == FURNITURE:
                zones.add_furniture(self.make.furniture(para))
            elif role == FOOTNOTE:
                zones.add_footnote(self.make.block("p", para))
            elif is_closing_note(para, role):
                zones.add_note(self.make.note(para))
            elif (zone := zones.enter(role, opens_postscript(para.text))) == "postscript":
                zones.add_to_postscript(self.make.block("p", para))
            elif zone == "text":
                zones.add_apart(self.make.block("p", para))
            elif zone == "trailer":
                zones.add_trailer(self.make.block("trailer", para))
            else:
                following = _next_address_line(paras, roles, index) if role == "addrLine" else ""
                zones.add_to_closer(self._closer_lines(para, role, following))
        zones.finish()

    def _closer_lines(self, para: Paragraph, role: str, following: str = "") -> list[Block]:
        """`Sincerely,` -> salute; `19.XI.62 A. Mikoyan` -> dateline and signed; `02.XI.62` ->
        dateline; `To the Embassy of ...` -> addrLine, which the address's next line
        (`following`, a paragraph's of its own) may go on; `(Seal)` -> stamp; `No. 0075` ->
        idno; else signed."""
        if role == "addrLine":   # one a line: `To the Ministry of Foreign Affairs` / `Havana`
            return [self.make.block(role, line) for line in para.each_line(following)]
        if role in ("salute", "dateline", "stamp"):
            return [self.make.block(role, para)]
        if role == "idno":
            return [self.make.block(role, para, attrs=(("type", "registration"),))]
        if role == "dated":
            cut = dated_signature(para.text)
            cut += len(para.text[cut:]) - len(para.text[cut:].lstrip())   # a column's spaces
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


def _next_address_line(paras: list[Paragraph], roles: list[str], index: int) -> str:
    """The first line of the paragraph after `paras[index]`, an address's line, where it goes
    on the address (a paragraph of its own: `To the Ministry of Foreign Affairs` // `Havana`),
    else ''."""
    following = index + 1
    return paras[following].lines[0] \
        if following < len(paras) and roles[following] == roles[index] else ""


class ClosingZones:
    """The closing lines gathered into closers and postscripts in the order of the source, and
    put into `parts` (the document's) as each is complete.

        Sincerely, / A. Mikoyan / [Ed. note: ...] / P.S. Regards. / A.M.
        -> Closer(salute, signed), note, Postscript(p), Closer(signed)
    """

    def __init__(self, parts: list[BodyPart]) -> None:
        self.parts = parts
        self.closer: list[Block] = []
        self.postscript: list[Block] = []   # the open postscript; a closer line closes it
        self.closed = False   # a note cut a closer: a closing remark after it is a postscript
        self.after_postscript = ""   # plain paragraphs after a postscript belong to it: its kind
        self.furniture: list[Block] = []   # a page's furniture before the next closing line
        self.footnotes = False   # the open postscript holds the footnotes ending the text

    def enter(self, role: str, marked: bool = False) -> str:
        """The zone a paragraph of closing `role` enters: "postscript", "text" (a closing remark
        before any closer line: a paragraph of the text), "trailer" (the text's end mark, a zone
        of its own: `add_trailer`) or "closer". Entering changes the zones: a `P.S.` after `cc:`
        (or `cc:` after a `P.S.`) closes the open postscript first, and so does a paragraph a
        postscript's mark opens (`marked`: `P.P.S.` after `P.S.`, a postscript of its own);
        plain paragraphs after a postscript stay in it."""
        if role == "trailer":
            return role
        if (role in POSTSCRIPT_ROLES and role != self.after_postscript) or marked:
            self._flush_postscript()
        role = role or self.after_postscript
        if role == "remark" and not (self.closer or self.closed or self.after_postscript):
            return "text"
        if role in POSTSCRIPT_ROLES or role == "remark":
            self.after_postscript = (self.after_postscript or "postscript") if role == "remark" \
                else role
            return "postscript"
        return "closer"

    def add_note(self, note: Block) -> None:
        """A note follows the closer, or stands in the postscript, that it comes after."""
        self.closed = self.closed or bool(self.closer)
        self._flush_closer()
        place = self.postscript or self.parts
        place.extend(self._take_furniture())
        place.append(note)

    def add_furniture(self, block: Block) -> None:
        """A page's furniture (`-2-`): it goes in the postscript the next paragraph goes on, else
        between the zones, a closer it stands in cut there (a closer holds no page break)."""
        self.furniture.append(block)

    def add_apart(self, block: Block) -> None:
        """A paragraph after the zones before it, which are complete (a remark of the text before
        any closer)."""
        self.finish()
        self.parts.append(block)

    def add_footnote(self, block: Block) -> None:
        """A footnote ending the text: in a postscript of the footnotes after the zones before
        them, which are complete, from where `footnotes` moves each to its marker (one it does
        not stays there: the div holds no paragraph after a closer)."""
        if not self.footnotes:
            self.finish()
            self.footnotes = True
        self.postscript.append(block)

    def add_trailer(self, block: Block) -> None:
        """The text's end mark (`END OF MESSAGE`) after the closer and postscript before it, which
        are complete; the paragraphs after it begin anew."""
        self.finish()
        self.after_postscript = ""
        self.parts.append(block)

    def add_to_postscript(self, block: Block) -> None:
        """A paragraph of the open postscript; a closer before it is complete."""
        self._flush_closer()
        (self.postscript or self.parts).extend(self._take_furniture())
        self.postscript.append(block)

    def add_to_closer(self, blocks: list[Block]) -> None:
        """The blocks of a closing line into the open closer; a postscript before it is
        complete, and so is the closer where a page breaks before the line."""
        self._flush_postscript()
        if self.furniture:
            self._flush_closer()
            self.parts.extend(self._take_furniture())
        self.closer.extend(blocks)

    def finish(self) -> None:
        """The closer and postscript still open into the parts, the furniture after them."""
        self._flush_closer()
        self._flush_postscript()
        self.parts.extend(self._take_furniture())

    def _take_furniture(self) -> list[Block]:
        taken, self.furniture = self.furniture, []
        return taken

    def _flush_closer(self) -> None:
        if self.closer:
            self.parts.append(Closer(tuple(self.closer)))
            self.closer.clear()

    def _flush_postscript(self) -> None:
        if self.postscript:
            self.parts.append(Postscript(tuple(self.postscript)))
            self.postscript.clear()
