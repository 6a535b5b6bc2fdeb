"""Word boundaries in a long foreign block: only the few characters around a break are read.

A block is read in time linear in its length: each text is looked at a bounded number of
times, however many breaks and names the block holds (counted, not timed).
"""

from __future__ import annotations

from collections import Counter

from edition.ingest.spacing import BOUNDARY, resolve_boundaries
from edition.model import Inline, Text, plain_text

BLOCK = 4000
"""Pieces of a long block: 4000 x (text, name, page break) had taken 17 s."""


class Watched(Text):
    """A text that counts in `reads` how often its text is read."""

    def __init__(self, text: str, reads: Counter) -> None:
        object.__setattr__(self, "_text", text)
        object.__setattr__(self, "_reads", reads)

    @property
    def text(self) -> str:
        self._reads["text"] += 1
        return self._text


def _block(count: int, reads: Counter, breaks: bool) -> list:
    """`count` x (`word`, a name `Name`, a page break when `breaks`)."""
    block: list = []
    for _ in range(count):
        block += [Watched("word", reads), Inline("persName", (), (Watched("Name", reads),))]
        block += [BOUNDARY] * breaks
    return block


def test_a_block_without_a_break_is_not_read():
    reads = Counter()
    nodes = _block(BLOCK, reads, breaks=False)
    assert resolve_boundaries(nodes) == nodes
    assert reads["text"] == 0


def test_each_text_of_a_long_block_is_read_a_bounded_number_of_times():
    reads = Counter()
    resolved = resolve_boundaries(_block(BLOCK, reads, breaks=True))
    assert reads["text"] <= 3 * 2 * BLOCK
    assert plain_text(resolved) == "wordName " * (BLOCK - 1) + "wordName"
