"""A register's name in Cyrillic letters as Russian declines it: `Хрущев` -> `Хрущева`, `Хрущеву`.

A register gives a name in its nominative (`Хрущев`, `Нью-Йорк`, `Советский Союз`); a Russian
text names it in any of six cases (`в письмах Хрущева`, `в Нью-Йорке`, `Советского Союза`). The
forms of each case are made from the nominative's ending, every word of the name in the same
case; a word no Russian ending declines (`Кеннеди`, `Кастро`, `А.И.`, `США`) stays as written.
"""

from __future__ import annotations

import re

CASES = 5
"""The cases besides the nominative: genitive, dative, accusative, instrumental, prepositional."""

PARADIGMS: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("ий", 2, ("ого", "ому", "ого", "им", "ом")),
    ("ый", 2, ("ого", "ому", "ого", "ым", "ом")),
    ("ая", 2, ("ой", "ой", "ую", "ой", "ой")),
    ("[гкхжчшщ]а", 1, ("и", "е", "у", "ой", "е")),
    ("а", 1, ("ы", "е", "у", "ой", "е")),
    ("ия", 1, ("и", "и", "ю", "ей", "и")),
    ("я", 1, ("и", "е", "ю", "ей", "е")),
    ("й", 1, ("я", "ю", "я", "ем", "е")),
    ("ь", 1, ("я|и", "ю|и", "я|ь", "ем|ью", "е|и")),
    ("ов|ев|ёв|ин|ын", 0, ("а", "у", "а", "ым", "е")),
    ("[жчшщц]", 0, ("а", "у", "а", "ем", "е")),
    ("[бвгдзклмнпрстфх]", 0, ("а", "у", "а", "ом", "е")),
)
"""(the nominative's ending, as a pattern; how many of its letters a case's ending replaces; the
endings of the five `CASES`, `|` between a case's several): adjectives (`Советский`,
`Советская`), nouns in `-а`, `-я` (`Гавана`, `Куба`, `Америка` -> `Америки`, `Россия`), in `-й`,
`-ь` (masculine or feminine: both), surnames in `-ов`, `-ин` (instrumental `Хрущевым`), then any
other consonant (`Микоян`, `Нью-Йорк`, `Союз`). A masculine accusative is the genitive or the
nominative (`Советского Союза`, `Советский Союз`). A word ending otherwise (`-о`, `-е`, `-и`,
`-у`: `Кастро`, `Кеннеди`) is not declined, but in a place's or a body's name
(`COMMON_PARADIGMS`)."""
COMMON_PARADIGMS: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("ые", 2, ("ых", "ым", "ые", "ыми", "ых")),
    ("[гкхжчшщ]ие", 2, ("их", "им", "ие", "ими", "их")),
    ("[гкх]ое", 2, ("ого", "ому", "ое", "им", "ом")),
    ("ое", 2, ("ого", "ому", "ое", "ым", "ом")),
    ("ы", 1, ("ов", "ам", "ы", "ами", "ах")),
    ("ство", 1, ("а", "у", "о", "ом", "е")),
    ("ие", 1, ("я", "ю", "е", "ем", "и")),
    ("ье", 1, ("я", "ю", "е", "ем", "е")),
)
"""The endings a place's or a body's name has besides a person's (`PARADIGMS`, which they go
before): plural adjectives and nouns (`Соединенные Штаты` -> `Соединенных Штатов`, `Британские`
-> `Британских`; a plural in `-ы` takes `-ов`), neuter adjectives (`Карибское` -> `Карибским`,
`Советское` -> `Советским`) and the nouns of the Russian neuter suffixes (`Посольство` ->
`Посольства`, `Управление` -> `Управления`, `Приморье` -> `Приморья`). A noun in `-о` or `-е` of
another language is not declined (`Токио`, `Чикаго`, `Кабо-Верде`), nor is a person's name in
`-о` (`Кастро`, `Эрнесто`)."""

CYRILLIC_WORD = re.compile(r"[А-ЯЁ][а-яё]+")
"""A capitalised word of the Russian alphabet, which declines (not `США`, `А.И.` or `Kennedy`)."""
ADJECTIVE = re.compile(r"(?:ий|ый|ой|ая|ое|ые|[гкхжчшщ]ие)$")
"""The endings of an adjective in the nominative (`Советский`, `Латинская`, `Соединенные`,
`Британские`)."""


def declined_forms(form: str, whole: bool = True) -> list[str]:
    """The forms of `form` in the five `CASES` beside it, every declinable word (the last part
    of a hyphenated one: `Нью-Йорк`) in the same case, or with `whole` False (a place's, a
    body's name) only the words up to its first noun, the rest being its complement (`Организация
    Объединенных Наций` -> `Организации Объединенных Наций`); none for a form without such a
    word: `Советский Союз` -> `Советского Союза`, ... `Советском Союзе`; `А.И. Микоян` ->
    `А.И. Микояна`, ...; `Никита Хрущев` -> `Никиты Хрущева`, ...; `Кеннеди` -> []."""
    words = form.split(" ")
    endings = [_endings(word.rsplit("-", 1)[-1], whole) for word in words]
    if not whole:
        head = next((n for n, word in enumerate(words) if not ADJECTIVE.search(word)), 0)
        endings = endings[:head + 1] + [None] * (len(words) - head - 1)
    if not any(endings):
        return []
    found: list[str] = []
    for case in range(CASES):
        variants = [""]
        for word, ending in zip(words, endings):
            options = [word] if not ending else [word[:len(word) - ending[0]] + suffix
                                                 for suffix in ending[1][case].split("|")]
            variants = [f"{done} {option}".lstrip() for done in variants for option in options]
        found.extend(variant for variant in variants if variant != form and variant not in found)
    return found


def _endings(word: str, persons: bool = True) -> tuple[int, tuple[str, ...]] | None:
    """(letters to replace, the endings of the five cases) of a declinable word, a word of a
    place's or a body's name too where not `persons` (`COMMON_PARADIGMS`); None else."""
    if not CYRILLIC_WORD.fullmatch(word):
        return None
    for nominative, replaced, cases in PARADIGMS if persons else COMMON_PARADIGMS + PARADIGMS:
        if re.search(f"(?:{nominative})$", word):
            return replaced, cases
    return None
