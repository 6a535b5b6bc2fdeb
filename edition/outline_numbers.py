"""The record's own numbering: section numerals (`II.`), outline letters (`A.`), paragraph numbers."""

from __future__ import annotations

import re

from .alphabets import UPPER

ROMAN = re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")
"""Section numbers up to XXXIX; L, C, D, M are left out: `LI`, `MC`, `MD` are more often names."""
ENUMERATOR = re.compile(rf"^(?P<mark>[{UPPER}]|[IVX]+|\d{{1,3}})[.:)]\s+(?=\S)")
SENTENCE_END = tuple('.!?;,"”’)]…')


def numbering(texts: list[str], marks: list[str]) -> tuple[frozenset[str], bool]:
    """(the roman numerals that number sections, whether the single letters number an outline),
    from the texts and the enumerator each opens with (`ENUMERATOR`, '' for none).

    A numeral numbers sections when the one before or after it in the text is its neighbour
    (`I.` ... `II.`); letters number an outline when each continues the alphabet or is an `A.`
    after a section heading (a numeral, `2.`, or a short line such as `MILITARY QUESTIONS`).
    Speakers `A.` and `B.` alternate without headings between them: `A. B. A. B.` is a dialogue.
    """
    numerals: list[tuple[int, str]] = []    # (value, mark)
    letters: list[tuple[str, bool]] = []     # (letter, a section heading came before it)
    heading = True
    for text, mark in zip(texts, marks):
        previous = letters[-1][0] if letters else ""
        # `I.`, `V.`, `X.` are letters only after `H.`, `U.`, `W.`; otherwise section numbers
        numeral = mark in ("I", "V", "X") and not (previous and ord(mark) == ord(previous) + 1)
        if len(mark) == 1 and mark.isalpha() and not numeral:
            letters.append((mark, heading))
            heading = False
        elif ROMAN.match(mark):
            numerals.append((roman_value(mark), mark))
            heading = True
        elif mark.isdigit() or is_section_heading(text):
            heading = True
    sections: set[str] = set()
    for (value, mark), (after, next_mark) in zip(numerals, numerals[1:]):
        if after == value + 1:
            sections.update((mark, next_mark))
    follows = [False] + [ord(b) == ord(a) + 1 for (a, _), (b, _) in zip(letters, letters[1:])]
    outline = bool(letters) and all((letter == "A" and after_heading) or continues
                                    for (letter, after_heading), continues in zip(letters, follows))
    return frozenset(sections), outline


def roman_value(numeral: str) -> int:
    """`XIV` -> 14 (numerals of `ROMAN`)."""
    values = [{"I": 1, "V": 5, "X": 10}[c] for c in numeral]
    return sum(-v if v < after else v for v, after in zip(values, values[1:] + [0]))


def is_section_heading(text: str) -> bool:
    """`MILITARY QUESTIONS`, `Political questions:`: a short line that is not a sentence (nine
    parts or more of a split that stops at the ninth: more than eight words; the text's words
    are not all split out)."""
    return len(text.split(None, 8)) <= 8 and not text.rstrip().endswith(SENTENCE_END)
