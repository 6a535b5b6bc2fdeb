"""A second speaker's label inside a turn's paragraph, after a dash (`the Turkish -- KENNEDY: --
no`): found, for a warning at its line."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .alphabets import UPPER
from .model import Document, Paragraph, Turn

INLINE_LABEL = re.compile(
    rf"(?:\s--\s?|\s?[—–]\s?)(?P<label>[{UPPER}][\w'’\-]+(?:\s+[{UPPER}][\w'’\-]+){{0,2}}):\s")
"""A label after a dash inside a paragraph (`... the Turkish -- KENNEDY: -- no, nothing`,
`... — Mikoyan: But`): one to three capitalized words and a colon, a space after it."""


def inline_labels(doc: Document, paras: dict[int, Paragraph]
                  ) -> Iterator[tuple[int, int, str, Turn]]:
    """(line, column, label, turn) of each label after a dash inside a paragraph of `turn` that
    is the label of another turn of `doc` (a speaker who has turns of his own: `KENNEDY` in
    MACMILLAN's `... the Turkish -- KENNEDY: -- no`); `paras`, the source paragraphs by their
    first line. A tape's rapid exchange printed in one paragraph: the words after it are the
    other speaker's, which one source line, cited whole, cannot give to two turns."""
    turns = [part for part in doc.parts if isinstance(part, Turn)]
    speakers = {_undoubted(turn.label) for turn in turns if turn.label}
    for turn in turns:
        for block in turn.blocks:
            para = paras.get(block.line)
            if para is None or block.kind != "p":
                continue
            for index, text in enumerate(para.lines):
                for found in INLINE_LABEL.finditer(text):
                    label = found["label"]
                    if label in speakers and label != _undoubted(turn.label):
                        yield para.line_numbers[index], found.start("label") + 1, label, turn


def _undoubted(label: str) -> str:
    """A turn's label without the doubt its source marked (`MACMILLAN (?)`, `Rusk?`: the label
    and the mark, `doubt_marks.doubted`)."""
    return label.removesuffix(" (?)").removesuffix("?")
