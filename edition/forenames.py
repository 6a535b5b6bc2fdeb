"""Whether a word is a given name: the forename dictionary of the `gender-guesser` package."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import gender_guesser.detector

DICTIONARY = Path(gender_guesser.detector.__file__).parent / "data" / "nam_dict.txt"
"""The package's list of forenames: one a line, the sex code first, then the name."""

LETTERED_WORDS = frozenset("""
Plan Tab Annex Appendix Attachment Enclosure Exhibit Option Point Part Section Schedule Item
Figure Table Chart Map Document Group Phase Stage Type Class Category Model Zone Sector Area
Variant Version Alternative Course Draft Paragraph
""".split())
"""Words a letter follows as their name (`Plan A.`, `Tab B.`, `Option C.`), not a person's
initial: any other word before a single letter leaves it the name's (`Then A. Alekseev said`)."""


@cache
def _forenames() -> frozenset[str]:
    """Every name of the dictionary (about 61,000 forms of 45,000 forenames of many countries),
    case-folded as `Detector(case_sensitive=False)` keeps them, read once a process, when first
    asked (most documents never ask). The names alone: `is_forename` asks whether a word is
    one, which `Detector.get_gender` answers by the same lookup ("unknown" only for a word not
    listed), and building the Detector's table of genders by country took 0.16 CPU s of a
    rebuild whose one edited document asked, this 0.05."""
    with open(DICTIONARY, encoding="utf-8") as stream:
        text = stream.read()
    names = set()
    for line in text.splitlines():  # the lines, stripped and split, as `Detector._parse` reads
        line = line.strip()
        if line[0] in "#=":
            continue
        name = line.split(None, 2)[1].lower()
        if "+" in name:  # a name written as one word, two or hyphenated: `Jean+Marie`
            names.update(name.replace("+", joint) for joint in ("", " ", "-"))
        else:
            names.add(name)
    return frozenset(names)


def is_forename(word: str) -> bool:
    """Whether `word` is a forename the dictionary knows (`Robert`, `Ethel`, `Raúl`), not a word
    that opens sentences (`Following`, `Despite`, `Why`, `Study`)."""
    return word.lower() in _forenames()
