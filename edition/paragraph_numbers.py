"""The numbers the source's paragraphs open with (`1.`, `(a)`) marked as the source's labels."""

from __future__ import annotations

import re
from dataclasses import replace

from .date_patterns import MONTHS
from .model import Block, Document, Inline, Text, map_blocks
from .outline_numbers import roman_value

OPENING_NUMBER = re.compile(r"(?P<label>(?P<number>[1-9]\d{0,2})\.|\((?P<sub>[a-z]|[ivx]{1,4}"
                            r"|[1-9]\d?)\))(?=\s)")
"""A paragraph's own number as printed before its words: `1. Status of the withdrawal.`, a
sub-point's `(a) all MRBM sites ...`, `(ii)`, `(2)`; not a year (`1962. The crisis`, four
digits), nor a number with no words after it."""
MONTH_WORD = re.compile(r"\s+(?P<month>[^\W\d_]+)(?P<stop>[.,])?\s*(?P<after>\S?)")
"""The word after the number, the stop after it and the first sign after that: `2. November
1962`, `2. November, the ships ...`."""


def label_numbered_paragraphs(document: Document) -> None:
    """Each paragraph opening with its number in a run of the document's numbered paragraphs
    (`1.` where a `2.` is too, `(a)` where a `(b)` is) gets it as the source's label, every
    character kept: `<p n="1"><label>1.</label> Status ...</p>`, as the TEI labels a numbered
    part of a text (FRUS's own TEI: `<label>1.</label>`). A number no neighbour of its kind
    stands beside (`1. What discussions ...` alone) stays the paragraph's text, and so does a
    day of a month written with a period (`2. November 1962`: `_names_a_day`)."""
    numbered = [(block, keys) for block in _paragraphs(document) if (keys := _keys(block))]
    present = {key for _, keys in numbered for key in keys}
    labelled = {id(block) for block, keys in numbered
                if any((kind, value + step) in present for kind, value in keys for step in (-1, 1))}
    if labelled:
        map_blocks(document, lambda block: _labelled(block) if id(block) in labelled
                        else block)


def _keys(block: Block) -> frozenset[tuple[str, int]]:
    """What the number opening `block` may count: ('number', 3) for `3.`, ('sub', 2) for
    `(2)`, ('letter', 1) for `(a)`, ('letter', 9) and ('roman', 1) for `(i)`; none for a
    paragraph that opens with no number, or with a day of a month (`_names_a_day`)."""
    text = block.content[0].text if block.content and isinstance(block.content[0], Text) else ""
    found = OPENING_NUMBER.match(text)
    if not found or _names_a_day(text[found.end():]) \
            or not (text[found.end():].strip() or block.content[1:]):
        return frozenset()
    if found["number"]:
        return frozenset({("number", int(found["number"]))})
    sub = found["sub"]
    if sub.isdigit():
        return frozenset({("sub", int(sub))})
    keys = {("roman", roman_value(sub.upper()))} if set(sub) <= set("ivx") else set()
    return frozenset(keys | ({("letter", ord(sub) - ord("a") + 1)} if len(sub) == 1 else set()))


def _names_a_day(rest: str) -> bool:
    """Whether the words after a number make it a day of a month written with a period (`2.
    November 1962`, `1. Mai`): a month's name with a year, a stop or nothing after it, or, but
    for `May` (`3. May I add ...`), anything but a word in small letters."""
    found = MONTH_WORD.match(rest)
    if not found or found["month"].lower() not in MONTHS:
        return False
    after = found["after"]
    return bool(not after or after.isdigit() or found["stop"]
                or (found["month"] != "May" and not after.islower()))


def _labelled(block: Block) -> Block:
    """`block` with its opening number in a `label`: `1. Status` -> `<label>1.</label> Status`."""
    first = block.content[0]
    found = OPENING_NUMBER.match(first.text)
    label = Inline("label", (), (Text(found["label"]),))
    return replace(block, content=(label, Text(first.text[found.end():])) + block.content[1:])


def _paragraphs(document: Document):
    """Each `p` of the document's parts, in turns and postscripts too (a closer holds none)."""
    for part in document.parts:
        blocks = (part,) if isinstance(part, Block) else part.blocks
        yield from (block for block in blocks if block.kind == "p")
