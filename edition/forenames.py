"""Whether a word is a given name: the forename dictionary of the `gender-guesser` package."""

from __future__ import annotations

from functools import cache

from gender_guesser.detector import Detector

LETTERED_WORDS = frozenset("""
Plan Tab Annex Appendix Attachment Enclosure Exhibit Option Point Part Section Schedule Item
Figure Table Chart Map Document Group Phase Stage Type Class Category Model Zone Sector Area
Variant Version Alternative Course Draft Paragraph
""".split())
"""Words a letter follows as their name (`Plan A.`, `Tab B.`, `Option C.`), not a person's
initial: any other word before a single letter leaves it the name's (`Then A. Alekseev said`)."""


@cache
def _dictionary() -> Detector:
    """The dictionary (about 45,000 forenames of many countries, read once a process, when first
    asked: most documents never ask)."""
    return Detector(case_sensitive=False)


def is_forename(word: str) -> bool:
    """Whether `word` is a forename the dictionary knows (`Robert`, `Ethel`, `Raúl`), not a word
    that opens sentences (`Following`, `Despite`, `Why`, `Study`)."""
    return _dictionary().get_gender(word) != "unknown"
