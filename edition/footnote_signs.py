"""Footnotes called by a sign: `the 26th.*` and `* Mikoyan actually left ...`, `(a)`, `1)`.

The notes that end a text may be called by a sign, a letter or a number and a parenthesis
instead of a number in brackets (`SIGN_NOTE`); their markers in the text (`SIGN_CALLS`) are found
here, for `edition.footnotes` to move the notes to them as it does those of `[2]`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator

from .model import Block, Inline, Node, Text, plain_text

SIGN_NOTE = re.compile(r"\s*(?P<sign>[*†‡§]+|\([a-z]\)|[a-z]\)|[1-9]\d?\))\s+")
"""A footnote the source calls by a sign, a letter or a number and a parenthesis, `* Mikoyan
actually left ...`, `(a) Marginal note ...`, `1) See ...` (not `(1)`, a sub-paragraph's number)."""
SIGN_CALLS = (
    re.compile(r"(?<=[^\s*†‡§])(?P<sign>[*†‡§]+)"),
    re.compile(r"(?<![\w(])(?P<sign>\([a-z]\))(?!\w)"),
    re.compile(r"(?<=[\s.,;:])(?P<sign>[a-z]\))(?!\w)"),
    re.compile(r"(?<=[^\s(\d])(?P<sign>[1-9]\d?\))(?!\w)"),
)
"""The markers in the text that call a footnote by a sign, by family: a sign set on the word or
punctuation before it, `the 26th.*`; a letter in parentheses, `at sea (a) but`; a letter and a
parenthesis, `at sea a) but`; a number and a parenthesis set on what comes before it, as a
superscript is, `October 30.1)` (not `item 1)`, `(1)`). None opens a paragraph: there a sign is
a bullet or an item's letter."""

def opened_by_sign(block: Block) -> tuple[str, tuple[Node, ...]] | None:
    """`* Mikoyan actually left ...` -> ('*', its words); None for any other block (a rule,
    `* * *`, is told apart before: `footnotes`)."""
    opened = opened_by(SIGN_NOTE, block)
    return opened if opened and plain_text(opened[1]).strip() else None


def opened_by(note_opening: re.Pattern[str], block: Block) -> tuple[str, tuple[Node, ...]] | None:
    """(the first group of what `note_opening` reads at the start of `block`, a paragraph, and
    the block's content after it): `1. See ...` -> ('1', `See ...`); None where it opens none."""
    first = block.content[0] if block.content else None
    if block.kind != "p" or not isinstance(first, Text):
        return None
    opening = note_opening.match(first.text)
    if opening is None:
        return None
    rest = first.text[opening.end():]
    return opening.group(1), ((Text(rest),) if rest else ()) + block.content[1:]


def sign_notes(signed: list[tuple[str, Block, tuple[Node, ...]]], among_footnotes: bool,
               called: set[str]) -> list[tuple[str, Block, tuple[Node, ...]]]:
    """The notes called by a sign that are footnotes: a sign the run gives once (`* a`, `* b`
    are a bulleted list); a letter or a number and parenthesis only among footnotes of another
    kind that the text calls (`among_footnotes`: after a rule or a Notes head, beside a note of
    `[2]` called), or beside a note called by `*` that `called` (the signs printed in the text)
    holds: `(a) Blockade.`, `(b) Strike.` ending a document are its list, and so they are under
    `* The letter was handed over ...`, which nothing in the text calls."""
    counted = Counter(sign for sign, _, _ in signed)
    once = [note for note in signed if counted[note[0]] == 1]
    if among_footnotes or any(sign[0] in "*†‡§" and sign in called for sign, _, _ in once):
        return once
    return []


def printed_signs(blocks: Iterable[Block]) -> set[str]:
    """The signs of the `*` family printed as markers in the text of `blocks` (`the 26th.*`:
    '*'), not opening a paragraph."""
    return {found.group("sign") for block in blocks
            for found, _, _ in sign_markers(block.content, SIGN_CALLS[0], "")}


def sign_markers(nodes: tuple[Node, ...], family: re.Pattern[str],
                  before: str) -> Iterator[tuple[re.Match[str], Text, str]]:
    """The markers of `family` in the text of `nodes` (not in a note): (the match in `before`
    and the text, the text, `before`); `before` is what precedes the first node, '' at the
    start of a paragraph, where no sign is a marker (`* An item`, `(a) Blockade.`)."""
    for node in nodes:
        if isinstance(node, Text):
            yield from ((found, node, before) for found in family.finditer(before + node.text,
                                                                            len(before))
                        if before or node.text[:found.start()].strip())
            before = node.text[-1:] or before
        elif node.tag != "note":
            yield from sign_markers(node.children, family, "x")
            before = "x"


def split_at_signs(text: str, before: str, pending: set[str], marker: Callable[[str], Inline]
                   ) -> list[Node]:
    """`text` with the first marker of each sign in `pending` made a footnote's marker,
    `marker(sign)` (and taken from `pending`), the markers taken in the order they stand."""
    found = min((call for family in SIGN_CALLS
                 for call, _, _ in sign_markers((Text(text),), family, before)
                 if call.group("sign") in pending), key=lambda call: call.start(), default=None)
    if found is None:
        return [Text(text)] if text else []
    sign = found.group("sign")
    pending.discard(sign)
    start, end = found.start() - len(before), found.end() - len(before)
    return ([Text(text[:start])] if start else []) + [marker(sign)] \
        + split_at_signs(text[end:], sign[-1], pending, marker)
