"""Divisions: a file of several documents one after another (cables) -> where each begins."""

from __future__ import annotations

import re
from collections import Counter

from .date_checks import is_dateline
from .doc_types import CORRESPONDENCE
from .model import Paragraph
from .paragraphs import is_heading

NUMBERS = re.compile(r"\d+")


def division_starts(paras: list[Paragraph], doc_type: str) -> list[int]:
    """The index of the paragraph where each document of a file of several begins: a heading
    that recurs, the same words but for its number (`CIPHERED TELEGRAM No. 1`, `... No. 2`), each
    time right above a dateline (`Havana, 27 October 1962, 06:15`); [] where no heading of one
    shape heads two of them, or the file is no letter's or telegram's (`CORRESPONDENCE`: a
    memorandum's `I. POLITICAL QUESTIONS` heads its sections, not documents), or where one
    of them holds no line but its heading and dateline (a document has a text).

        TOP SECRET // CIPHERED TELEGRAM No. 1 // Havana, 26 October 1962 // ... // ALEKSEEV //
        CIPHERED TELEGRAM No. 2 // Havana, 27 October 1962 // ... // ALEKSEEV  -> [1, 5]
    """
    if doc_type not in CORRESPONDENCE:
        return []
    heads = [(index, NUMBERS.sub("#", para.text)) for index, para in enumerate(paras[:-1])
             if len(para.lines) == 1 and is_heading(para) and is_dateline(paras[index + 1].text)]
    shapes = Counter(shape for _, shape in heads)
    shape, count = shapes.most_common(1)[0] if shapes else ("", 0)
    starts = [index for index, each in heads if each == shape] if count > 1 else []
    ends = starts[1:] + [len(paras)]
    return starts if all(end - start > 2 for start, end in zip(starts, ends)) else []
