"""A register person's surname after a forename or initials not his: another's (`R. Kennedy`)."""

from __future__ import annotations

import re
from functools import lru_cache

from .alphabets import LOWER, UPPER
from .forenames import LETTERED_WORDS, is_forename
from .name_forms import NAME_TITLES, TITLES, slug, tokens
from .register_files import Entry

INITIAL = rf"(?<![\w.])(?:Дж|[{UPPER}])\.[ \t]*"
"""An initial, Latin or Cyrillic (`R. `, `Р.`, `Дж. `): not the end of an abbreviation
(`U.S. `, `P.M. `)."""
NAME_WORD = rf"(?<![\w.’'-])[{UPPER}][{LOWER}]+[ \t]+"
"""A capitalised word that may be a forename (`Robert `, `Роберт `)."""
RUN_BEFORE = re.compile(rf"(?:{INITIAL}|{NAME_WORD}){{1,3}}$")
"""Up to three initials or capitalised words right before a surname; `_given_words` keeps of
them those that are an initial or a Cyrillic forename, from the surname back."""
WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")


def another_persons_given(text: str, start: int, end: int, entry: Entry) -> bool:
    """Whether the name of `entry` at `start`..`end`, a surname or initials and a surname
    (`Kennedy`, `F. Kennedy`), follows forenames or initials that are not the person's: the
    first, or one at a place where the register gives his, opens with another letter than his
    given name's there (`Robert Kennedy`, `R. Kennedy`, `Р.Кеннеди`, `R. F. Kennedy` for John
    F. Kennedy; not `J. Kennedy`, `Jack Kennedy`, `Osvaldo T. Dorticos`); judged by the
    register's forms in the same alphabet (`Джон`, `Дж.` against `Роберт`), none where the
    register gives no given name in it; not French `M.` alone (Monsieur). A Latin forename
    alone `person_names` judges (`_is_forename`)."""
    words = _given_words(text, start)
    if not words or words == ("M",):   # French `M. Khrouchtchev`: Monsieur
        return False
    words += _leading_initials(text[start:end])
    cyrillic = _is_cyrillic(words[0])
    given = [names for names in _given_names(entry.name, entry.variants)
             if _is_cyrillic(names[0]) == cyrillic]
    return bool(given) and not any(_agree(words, names) for names in given)


def _given_words(text: str, start: int) -> tuple[str, ...]:
    """The initials and forenames right before `start`, folded (`tokens`), in order: those of
    `RUN_BEFORE` from the surname back to the first word that is neither; () where none, or
    where a single letter is the name of the word before it (`option B.`, `Plan A.`)."""
    run = RUN_BEFORE.search(text, max(0, start - 60), start)
    if run is None:
        return ()
    parts = re.findall(rf"{INITIAL}|[^\W\d_]+", run.group())
    kept: list[str] = []
    for part in reversed(parts):
        if not (part.rstrip().endswith(".") or _is_forename(part)):
            break
        kept.insert(0, part)
    if not kept:
        return ()
    opening = run.start() + run.group().index(kept[0])
    before = WORD_BEFORE.search(text, max(0, opening - 30), opening)
    if before and _opens_the_name(before.group(1), len(tokens(kept[0])[0]) == 1):
        return ()
    return tuple(word for part in kept for word in tokens(part))


def _opens_the_name(word: str, letter: bool) -> bool:
    """Whether `word`, before the initials, is the name's first (a Latin forename, no title:
    `Aleksandr I. Alekseev`, `NIKITA S. KHRUSHCHEV`, whose forename `person_names` judges), or,
    before a single `letter`, a word whose name that letter is (`option B.`, `Plan A.`)."""
    folded = tokens(word)[0]
    if letter and word.capitalize() in LETTERED_WORDS:
        return True
    return word[0].isupper() and not _is_cyrillic(folded) and folded not in TITLES \
        and word.lower() not in NAME_TITLES and is_forename(word.capitalize())


def _is_forename(word: str) -> bool:
    """Whether a capitalised Cyrillic word is a forename (`is_forename`, read in Latin letters:
    `Роберт`) and no title; a Latin one `person_names.person_start` judges, with the words
    the text writes in lower case."""
    folded = tokens(word)[0]
    return _is_cyrillic(folded) and folded not in TITLES and word.lower() not in NAME_TITLES \
        and is_forename(slug(word).capitalize())


def _leading_initials(form: str) -> tuple[str, ...]:
    """The initials that open a register form (`F` of `F. Kennedy`), which follow those before."""
    initials = re.match(rf"(?:{INITIAL})+", form)
    return tokens(initials.group()) if initials else ()


@lru_cache(maxsize=4096)
def _given_names(name: str, variants: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The given names of each form of a person's name of more than one word, folded, without
    the forms that open with a title (`President Kennedy`): ('JOHN', 'F'), ('J', 'F'),
    ('ДЖОН',), ('ДЖ',) of John F. Kennedy's; read once a person."""
    found = []
    for form in (name, *variants):
        words = tokens(form)[:-1]
        if words and not any(word in TITLES or word.lower() in NAME_TITLES for word in words):
            found.append(words)
    return tuple(dict.fromkeys(found))


def _agree(words: tuple[str, ...], names: tuple[str, ...]) -> bool:
    """Whether each of `words` opens with the letter of the given name at its place in `names`,
    where `names` has one there."""
    return all(word[0] == name[0] for word, name in zip(words, names))


def _is_cyrillic(word: str) -> bool:
    return "\u0400" <= word[0] <= "\u04ff"
