"""A register's Polish name as Polish declines it: `Kuba` -> `Kuby`, `Chruszczow` -> `Chruszczowa`.

A register gives a Polish form in its nominative (`<placeName xml:lang="pl">Hawana</placeName>`);
a Polish text names it in any of its cases (`z Kuby`, `do Hawany`, `w Moskwie`, `list
Chruszczowa`). Only the regular endings of two kinds of names are made, narrowly: a place in
`-a` (`Kuba`, `Hawana`, `Moskwa`, `Rosja`, `Ameryka`) and a person's surname ending in a
consonant (`Chruszczow`, `Mikojan`), after initials too (`A.I. Mikojan`). A form of several
words (`Związek Radziecki`, `Stany Zjednoczone`), an acronym (`ZSRR`, `ONZ`, indeclinable), a
place ending otherwise (`Waszyngton`, whose genitive `-u` no ending tells) stays as written.
"""

from __future__ import annotations

import re

SOFTENED = (("ch", "sze"), ("st", "ście"), ("k", "ce"), ("g", "dze"), ("r", "rze"), ("ł", "le"),
            ("t", "cie"), ("d", "dzie"))
"""The last consonants of a stem that change before the locative's `-e` (`Ameryka` ->
`Ameryce`, `Kanada` -> `Kanadzie`, `Chruszczow` -> `Chruszczowie` takes the plain `-ie`)."""
SOFT = re.compile(r"(?:[cjl]|[cdrs]z|ż)$")
"""A stem ending in a soft or hardened consonant, whose locative is its genitive (`-y`, `-i`)
for a feminine noun and `-u` for a masculine."""
WORD = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+")
"""A capitalised word of the Polish alphabet (not `ZSRR`, `A.I.`)."""
INITIALS = re.compile(r"(?:[A-ZĄĆĘŁŃÓŚŹŻ]\.\s?)+")
"""A person's initials before the surname: `A.I. `, `N. `."""


def declined_forms(form: str, kind: str) -> list[str]:
    """The forms of a Polish `form` in its other cases (genitive, dative, accusative,
    instrumental, locative) for an entry of `kind`: a place in `-a` (`Kuba` -> `Kuby`, `Kubie`,
    `Kubę`, `Kubą`; `Rosja` -> `Rosji`), a person's surname in a consonant, after initials too
    (`Chruszczow` -> `Chruszczowa`, `Chruszczowowi`, `Chruszczowem`, `Chruszczowie`; `A.I.
    Mikojan` -> `A.I. Mikojana`, ...); [] for any other."""
    initials = INITIALS.match(form) if kind == "person" else None
    head, word = (form[:initials.end()], form[initials.end():]) if initials else ("", form)
    if not WORD.fullmatch(word):
        return []
    if kind == "place" and word.endswith("a"):
        endings = _feminine(word[:-1])
    elif kind == "person" and word[-1] not in "aeiouyąęó":
        endings = _masculine(word)
    else:
        return []
    return [head + ending for ending in dict.fromkeys(endings) if head + ending != form]


def _feminine(stem: str) -> list[str]:
    """A feminine noun's forms from its stem (`Kub`): genitive, dative and locative, accusative,
    instrumental."""
    if stem.endswith(("j", "i", "l")):
        oblique = [stem + "i"]
    elif SOFT.search(stem):
        oblique = [stem + "y"]
    else:
        genitive = stem + ("i" if stem.endswith(("k", "g")) else "y")
        oblique = [genitive, _locative(stem)]
    return [*oblique, stem + "ę", stem + "ą"]


def _masculine(word: str) -> list[str]:
    """A masculine surname's forms: genitive and accusative, dative, instrumental, locative."""
    soft = word.endswith(("k", "g", "ch")) or SOFT.search(word)
    instrumental = word + ("iem" if word.endswith(("k", "g")) else "em")
    return [word + "a", word + "owi", instrumental, word + "u" if soft else _locative(word)]


def _locative(stem: str) -> str:
    """The locative of a hard stem: `-e` after a softened consonant (`SOFTENED`), else `-ie`
    (`Kubie`, `Moskwie`, `Mikojanie`)."""
    for consonant, softened in SOFTENED:
        if stem.endswith(consonant):
            return stem[:-len(consonant)] + softened
    return stem + "ie"
