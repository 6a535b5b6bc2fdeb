"""Document model -> TEI `text/body`: opener, turns, stage lines, notes, closer, postscript, with line numbers."""

from __future__ import annotations

from dataclasses import replace

from lxml import etree

from ..footnotes import ITEM_REFERENCE
from ..model import Block, BodyPart, Closer, Document, Inline, Postscript, Turn, plain_text
from ..namespaces import T, XML_ID
from ..source_refs import PRINTED_VOLUME
from .citation import LineCounter, line_id
from .xml import add_nodes, sub

SECTION = "section"
"""The `div/@type` of a report's section, whose `head` (`CUBA`) names what it is about and is no
line of the text: not numbered, not cited."""
OPENING = frozenset({"head", "stamp", "dateline", "addrLine", "salute", "note"})
"""The blocks that open a document, in the opener or beside it (a head, an editors' note)."""


def encode_body(tei: etree._Element, document: Document) -> None:
    """Append `text/body/div` for `document` to the TEI root."""
    text = sub(tei, "text")
    body = sub(text, "body")
    first = document.raw.body[0].line if document.raw.body else 0   # schema errors on the div say where
    div = sub(body, "div", (("type", "document"), ("subtype", document.doc_type)), line=first)
    lines = LineCounter()
    _opener(div, document.opener, lines)
    _parts(div, document.parts, frozenset(document.divisions), lines, document.entries_end,
           document.division_kind)
    _mark_doc_date(div, document.date)
    _mark_printed_pages(div, document)
    _point_item_references(div)


def _parts(div: etree._Element, parts: list[BodyPart], divisions: frozenset[int],
           lines: LineCounter, entries_end: int = 0, kind: str = "part") -> None:
    """The parts in `div`; where one of several documents begins (its first line in
    `divisions`), in a `div[@type="part"]` of its own (a diary's entry, `kind` "entry", in a
    `div[@type="entry"]`; a report's section, `kind` "section", in a `div[@type="section"]`), its
    opening blocks its head and opener; from a diary's or a report's `entries_end` on (its
    signature under the last entry or section), in `div` again."""
    parent, opening, begun = div, [], set()
    for part in parts:
        if entries_end and parent is not div and _first_line(part) >= entries_end:
            _opener(parent, opening, lines)
            parent, opening = div, []
        if isinstance(part, Block) and part.line in divisions - begun:
            begun.add(part.line)   # a diary entry's text goes on its head's line: in its div
            _opener(parent, opening, lines)
            parent, opening = sub(div, "div", (("type", kind),), line=part.line), []
            if part.kind in OPENING:   # a division opening with its text has no opener
                opening = [part]
                continue
        if opening and isinstance(part, Block) and part.kind in OPENING:
            opening.append(part)
            continue
        _opener(parent, opening, lines)
        opening = []
        if isinstance(part, Turn):
            _turn(parent, part, lines)
        elif isinstance(part, (Closer, Postscript)):
            tag = "closer" if isinstance(part, Closer) else "postscript"
            _zone(parent, tag, part.blocks, lines)
        else:
            _block(parent, part, lines)
    _opener(parent, opening, lines)


def _first_line(part: BodyPart) -> int:
    """The source line `part` begins on."""
    if isinstance(part, Turn):
        return part.label_line
    return part.blocks[0].line if isinstance(part, (Closer, Postscript)) else part.line


def _zone(div: etree._Element, tag: str, blocks: tuple[Block, ...], lines: LineCounter) -> None:
    """`closer` or `postscript` holding `blocks`, where the parts put it; the addressee under a
    closer in an `address` (`To the Embassy of ...`)."""
    zone = sub(div, tag, line=blocks[0].line)
    address = None
    for block in blocks:
        address = _in_address(zone, address, block)
        _block(address if block.kind == "addrLine" else zone, block, lines)


def _opener(div: etree._Element, blocks: list[Block], lines: LineCounter) -> None:
    """The opening blocks in the source's order: a `head` or a `note` stands in the div, the
    others in an `opener` (a new one after it), the lines of an inside address in one `address`.

        stamp, head, dateline, addrLine, addrLine, salute
        -> opener(stamp), head, opener(dateline, address(addrLine, addrLine), salute)
    """
    opener = address = None
    for block in blocks:
        if block.kind in ("head", "note"):
            _block(div, block, lines)
            opener = address = None
            continue
        if opener is None:
            opener = sub(div, "opener", line=block.line)
        address = _in_address(opener, address, block)
        _block(address if block.kind == "addrLine" else opener, block, lines)


def _in_address(parent: etree._Element, address: etree._Element | None,
                block: Block) -> etree._Element | None:
    """The `address` of `parent` that `block` goes in when it is an `addrLine` (the open one, else
    a new one), None for any other block: an address holds consecutive lines."""
    if block.kind != "addrLine":
        return None
    return address if address is not None else sub(parent, "address", line=block.line)


PRINTED_EDITION = "FRUS"
"""The `pb/@ed` of a page of the printed volume the source statement names (`<pb n="345"
ed="FRUS"/>`): the page is the edition's, not the original document's."""


def _mark_printed_pages(div: etree._Element, document: Document) -> None:
    """Each page break of a text its source statement says is printed in a FRUS volume
    (`source_refs.PRINTED_VOLUME`) is a page of that volume: `ed="FRUS"`. Elsewhere a page
    (`[page 1]` in handwritten notes, a typed page's `-2-`) is the original document's, no @ed:
    the page says so from the TEI (`render.mark_behaviours`)."""
    if any(PRINTED_VOLUME.search(plain_text(block.content)) for block in document.source):
        for pb in div.iter(f"{T}pb"):
            pb.set("ed", PRINTED_EDITION)


def _mark_doc_date(div: etree._Element, date: str) -> None:
    """The first date of the opener's datelines that is the document's date, as printed with
    no more than its `@when`, is its `docDate`: `Evening <docDate when="1962-11-05">5 November
    1962</docDate>`."""
    for element in div.iterfind(f".//{T}opener/{T}dateline/{T}date"):
        if date and element.attrib == {"when": date}:
            element.tag = f"{T}docDate"
            return


def _turn(div: etree._Element, turn: Turn, lines: LineCounter) -> None:
    """`sp[@who]` with the `speaker` label as printed; a turn whose source prints no label (an
    editor's `turn:ID` override) has none: its attribution is editorial and @who says it all
    (TEI Guidelines 7.2.2: "the speaker element need not be used"); a speaker the source does not
    name (`Unidentified:`, `Speaker?:`) has no @who, optional in TEI, and the label alone; one
    whose speaker the source marks unsure (`Rusk?:`) says so with @cert="low", the doubt the
    source's editors' (@resp="#ed"), the label as printed."""
    attrs = (("who", turn.who),) if turn.who else ()
    doubt = (("cert", "low"), ("resp", "#ed")) if turn.doubted else ()
    sp = sub(div, "sp", attrs + doubt, line=turn.label_line)
    if turn.label:
        sub(sp, "speaker", text=turn.label, line=turn.label_line)
    if turn.delivery:
        rend = (("rend", turn.delivery_rend),) if turn.delivery_rend else ()
        stage = sub(sp, "stage", (("type", "delivery"),) + rend, line=turn.label_line)
        add_nodes(stage, turn.delivery, turn.label_line)
    for block in turn.blocks:
        _block(sp, block, lines)


def _block(parent: etree._Element, block: Block, lines: LineCounter) -> None:
    if block.only_page_breaks:   # `[Page 345]` alone: where a page begins, not a line
        add_nodes(parent, (node for node in block.content if isinstance(node, Inline)), block.line)
        return
    block = _one_stamp(block)
    attrs = list(block.attrs)
    if block.kind == "note" and lines.last_annotatable:
        attrs.append(("target", "#" + line_id(lines.last_annotatable)))
    element = sub(parent, block.kind, attrs, line=block.line)
    add_nodes(element, block.content, block.line)
    if not (block.kind == "head" and parent.get("type") == SECTION):   # `CUBA`: no line
        lines.number_block(element, annotatable=block.kind != "note")


def _one_stamp(block: Block) -> Block:
    """A stamp line that is one bracketed stamp, `[Stamp: "Returned ..."]` under the closing
    lines, as that stamp, numbered, its label in @rend: `<stamp rend="Stamp" n="26">"Returned
    ..."</stamp>`, not a stamp in a stamp."""
    inner = block.content[0] if len(block.content) == 1 else None
    if block.kind != "stamp" or not (isinstance(inner, Inline) and inner.tag == "stamp"):
        return block
    return replace(block, content=inner.children, attrs=block.attrs + inner.attrs)


def _point_item_references(div: etree._Element) -> None:
    """Each reference to a numbered paragraph points at it once the lines are numbered: `As
    stated in [1] above` -> `<ref type="item" target="#L4">1</ref>`, the paragraph whose
    `label` is `1` being line 4. Where no paragraph, or more than one, has that label, the
    encoder cannot know which is meant: the reference points nowhere."""
    labelled: dict[str, list[str]] = {}
    for label in div.iterfind(f".//{T}p/{T}label"):
        labelled.setdefault(label.text or "", []).append(label.getparent().get(XML_ID))
    for ref in div.iterfind(f".//{T}ref[@type='{ITEM_REFERENCE}']"):
        ids = labelled.get(ref.text or "", [])
        if len(ids) == 1 and ids[0]:
            ref.set("target", "#" + ids[0])
