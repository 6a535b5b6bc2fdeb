"""The abbreviations a record's list of participants defines for its labels (`Mikoyan (M.)`)."""

from __future__ import annotations

import re

from .alphabets import LOWER, UPPER

ABBREVIATED = re.compile(
    rf"(?P<name>(?:[{UPPER}]\.\s?)*[{UPPER}][{LOWER}’'\-]+(?:\s+[{UPPER}][{LOWER}’'\-]+){{0,2}})"
    rf"\s*\((?P<short>[{UPPER}]{{1,3}})\.?\)")
"""`A. I. Mikoyan (M.)`, `Fidel Castro (C.)`, `Osvaldo Dorticós (OD)`: a participant's name and
the abbreviation in parentheses after it by which the record labels his turns."""


def abbreviations(head: list[str]) -> dict[str, str]:
    """The abbreviation -> name that the paragraphs of the record's `head` define
    (`Participants: A. I. Mikoyan (M.), Fidel Castro (C.)` -> {"M": "A. I. Mikoyan", "C": "Fidel
    Castro"}); an abbreviation given twice names no one."""
    found: dict[str, str] = {}
    for text in head:
        for named in ABBREVIATED.finditer(text):
            short = named.group("short")
            found[short] = "" if short in found else named.group("name")
    return {short: name for short, name in found.items() if name}
