"""Our blocks fitted to the zone they land in (turn, closer, postscript), and early closers undone."""

from __future__ import annotations

from dataclasses import replace

from ..model import Block, BodyPart, Closer, Inline, Node, Postscript, Turn, plain_text

SALUTATION = ("dear ", "my dear ", "sir", "madam", "excellency", "mr. ", "mr ")


def fit_zone(block: Block, zone: str) -> Block:
    """Fit a block to its zone: turn p/stage/note, closer dateline/salute/signed, postscript p/note."""
    allowed = {"turn": ("p", "stage", "note"), "closer": ("dateline", "salute", "signed", "note"),
               "postscript": ("p", "note")}[zone]
    if block.kind in allowed:
        return block
    if zone == "closer":
        return Block("salute", block.content, block.line)
    return as_paragraph(block)


def as_paragraph(block: Block) -> Block:
    if block.kind == "head":
        return Block("p", (Inline("hi", (("rend", "head"),), block.content),), block.line)
    return Block("p", block.content, block.line)


def is_salutation(block: Block) -> bool:
    text = plain_text(block.content).strip()
    return len(text.split()) <= 8 and text.endswith((":", ",")) and \
        text.lower().startswith(SALUTATION)


def notes_after_first(blocks: list[Block], line: int) -> list[Block]:
    """A turn opens with a paragraph or stage direction: leading notes move after it."""
    notes = []
    while blocks and blocks[0].kind == "note":
        notes.append(blocks.pop(0))
    if not blocks:
        return [as_paragraph(n) for n in notes] or [Block("p", (), line)]
    return blocks[:1] + notes + blocks[1:]


def append_to_last_text(parts: list, nodes: tuple[Node, ...]) -> bool:
    """Append `nodes` (a footnote) to the content of the last block of `parts` that is not a
    note, inside the turn, closer or postscript that ends `parts`; False when there is none.

        [p "Peace.", note "x"] + footnote 3  ->  [p "Peace.<note n=3/>", note "x"]"""
    for index in range(len(parts) - 1, -1, -1):
        part = parts[index]
        if isinstance(part, Block):
            if part.kind != "note":
                parts[index] = replace(part, content=part.content + nodes)
                return True
            continue
        blocks = list(part.blocks)
        if not append_to_last_text(blocks, nodes):
            return False
        parts[index] = replace(part, blocks=tuple(blocks))
        return True
    return False


def take_footnotes(zone: list, waiting: list[tuple[Block, Inline]]) -> tuple[Inline, ...]:
    """The footnotes that wait for text in `zone`: of the block notes of `waiting` (each with
    its footnote), those that stand after the last block of text of `zone`; taken out of
    `zone` and `waiting`, in order. The next block of text starts with them.

        zone [p "Peace.", note "x" (waiting as footnote 3)] -> (note n=3 "x",), zone [p "Peace."]"""
    taken: list[Inline] = []
    for index in range(len(zone) - 1, -1, -1):
        part = zone[index]
        if not isinstance(part, Block) or part.kind != "note":
            break
        found = next((i for i, (block, _) in enumerate(waiting) if block is part), None)
        if found is not None:
            taken.insert(0, waiting.pop(found)[1])
            del zone[index]
    return tuple(taken)


def is_text(part: BodyPart) -> bool:
    return isinstance(part, Turn) or isinstance(part, Block) and part.kind != "note"


def demote_early_endings(parts: list[BodyPart]) -> tuple[list[BodyPart], list[Closer | Postscript]]:
    """A closer or postscript followed by more text is neither: its blocks become paragraphs.
    Returns the parts and the endings so undone."""
    last_text = max((i for i, p in enumerate(parts) if is_text(p)), default=-1)
    out: list[BodyPart] = []
    demoted: list[Closer | Postscript] = []
    for index, part in enumerate(parts):
        if isinstance(part, (Closer, Postscript)) and index < last_text:
            out.extend(as_paragraph(b) for b in part.blocks)
            demoted.append(part)
        else:
            out.append(part)
    return out, demoted
