"""Whether a label no register knows is shaped as a person's name: `Hermes Lima`, `Громыко`."""

from __future__ import annotations

import re

from .forenames import is_forename
from .label_words import LABEL_FIRST_WORDS, NOT_COLON_LABELS

CYRILLIC_SURNAME = re.compile(
    r"^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
    r"(?:ов|ев|ёв|ин|ын|ский|цкий|ской|ова|ева|ина|ская|ко|ян|янц|дзе|швили|ук|юк|ич|ых|их)$")
"""A Russian, Ukrainian, Armenian or Georgian surname in Cyrillic, by its ending (`Громыко`,
`Микоян`, `Тарасов`); not a word of a record's field (`Примечание`, `Тема`, `Вопрос`)."""
CYRILLIC_GIVEN = re.compile(r"^[А-ЯЁ](?:[а-яё]+|\.)$")
"""A given name or an initial in Cyrillic before a surname: `Андрей`, `А.`."""
LATIN_WORD = re.compile(r"^[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-Za-zß-ÿ][a-zß-ÿ]+)?$")
"""A word of a name in title case, with a hyphen's second part (`Lima`, `Bastian-Pinto`)."""

NO_NAME_WORDS = NOT_COLON_LABELS | LABEL_FIRST_WORDS
"""A record's field words and a label's first words: no word of a name (`Note`, `The`)."""


def name_shaped(label: str) -> bool:
    """Whether `label` reads as a person's name: in Cyrillic a surname by its ending, after up to
    two given names or initials (`Громыко`, `А. А. Громыко`); in Latin letters a forename the
    dictionary knows (`forenames.is_forename`) and one or two words in title case (`Hermes
    Lima`); never a record's field or a label's first word (`Note`, `Subject`, `The`)."""
    words = label.split()
    if not 1 <= len(words) <= 3 or any(word.rstrip(".") in NO_NAME_WORDS for word in words):
        return False
    if CYRILLIC_SURNAME.match(words[-1]):
        return all(CYRILLIC_GIVEN.match(word) for word in words[:-1])
    return len(words) > 1 and all(LATIN_WORD.match(word) for word in words) \
        and is_forename(words[0])
