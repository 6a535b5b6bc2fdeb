"""The capital and small letters of every alphabet, as regex character classes (`re` has no `\\p{Lu}`)."""

from __future__ import annotations


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
