"""Letters of every alphabet: capitals and small letters as regex classes, a text's script."""

from __future__ import annotations

import unicodedata
from collections import Counter


def letter_class(is_case) -> str:
    """The inside of a regex character class holding every letter of the Basic Multilingual
    Plane for which `is_case` (`str.isupper`, `str.islower`) holds, as ranges: `re` knows no
    `\\p{Lu}`, and names are printed in any alphabet (`Phạm Văn Đồng`, `Łukasz`, `Громыко`)."""
    ranges: list[tuple[str, str]] = []
    for char in map(chr, range(0x10000)):
        if not (char.isalpha() and is_case(char)):
            continue
        if ranges and ord(ranges[-1][1]) == ord(char) - 1:
            ranges[-1] = (ranges[-1][0], char)
        else:
            ranges.append((char, char))
    return "".join(first if first == last else f"{first}-{last}" for first, last in ranges)


UPPER = letter_class(str.isupper)
"""Capital letters of every alphabet (`A-Z`, `À-Þ`, `Đ`, `Ł`, `Г`...)."""
LOWER = letter_class(str.islower)
"""Small letters of every alphabet (`a-z`, `ß-ÿ`, `ạ`, `ồ`, `г`...)."""


def script_counts(letters: str) -> Counter[str]:
    """Script, as Unicode names it (`LATIN`, `CYRILLIC`, `GREEK`, `CJK`, `ARABIC`...) -> how
    many of `letters` are written in it, in the order the scripts are first met; no other
    character counts. `Запись А.И.` -> {`CYRILLIC`: 8}."""
    return Counter(unicodedata.name(char, "").split(" ", 1)[0]
                   for char in letters if char.isalpha())


def script_of(letters: str) -> str:
    """The script most of `letters` are written in (`script_counts`), the first met of two as
    many; '' for no letters. `Запись беседы А.И. Микояна` -> `CYRILLIC`."""
    counts = script_counts(letters)
    return counts.most_common(1)[0][0] if counts else ""
