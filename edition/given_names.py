"""Whether the given names or initials before a surname are a register person's own."""

from __future__ import annotations

from .name_forms import CYRILLIC_READ, given_agree, tokens
from .register_files import PersonKey


def given_names_fit(key: PersonKey | None, names: str) -> bool:
    """Whether `names` ('N.S.', 'A.', 'Anatoly F.') are, in order, the given names of the
    person whose name's parts are `key`, in full or as initials (Nikita Sergeyevich Khrushchev,
    Anatoly Fedorovich Dobrynin); not 'R.' nor 'Robert' for John F. Kennedy."""
    return key is not None and bool(key.given) and given_agree(_latin(names), key.given)


def _latin(names: str) -> tuple[str, ...]:
    """The tokens of `names`, Cyrillic ones read in Latin letters as the register writes given
    names, an initial as the first of its letters: 'Н. С.' -> ('N', 'S'), 'Х.' -> ('K',)."""
    return tuple(word.lower().translate(CYRILLIC_READ)[:1].upper() if len(word) == 1
                 else word.lower().translate(CYRILLIC_READ).upper() for word in tokens(names))


def given_names_contradict(key: PersonKey | None, names: str) -> bool:
    """Whether the first of `names` ('Edward M.') is none of the person's given names, in full
    or as an initial, where the register knows them (not 'Valerian A.' for Zorin)."""
    words = tokens(names)
    return key is not None and bool(key.given and words) \
        and not given_agree(words[:1], key.given)


def initials_contradict(key: PersonKey | None, names: str) -> bool:
    """Whether any of the initials `names`, in order, is not the person's given name or
    patronymic at its place, where the register knows it: 'I.' of 'I.A.', and the second 'A.'
    of 'A.A.', for Anastas Ivanovich Mikoyan; not 'V.' of 'V.V.' for V. Tikhmenev (whose
    patronymic the register lacks); Cyrillic initials read in Latin letters ('И. А.')."""
    words = _latin(names)
    return key is not None and bool(key.given and words) \
        and not all(given_agree((word,), (name,)) for word, name in zip(words, key.given))
