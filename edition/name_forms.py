"""The written forms of names: folded to upper case without accents, split into tokens, compared."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """Upper case without accents: 'Dorticós' -> 'DORTICOS'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper()


def tokens(text: str) -> tuple[str, ...]:
    """Folded name tokens, initials split: 'A.I. Mikoyan' -> ('A', 'I', 'MIKOYAN')."""
    return tuple(re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", fold(text)))


def clean(text: str) -> str:
    return " ".join(text.split())


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-") or "x"


def given_agree(label: tuple[str, ...], given: tuple[str, ...]) -> bool:
    """Every label token matches, in order, a given name (in full or as its initial)."""
    rest = iter(given)
    for token in label:
        if not any(name == token or (len(token) == 1 and name.startswith(token))
                   for name in rest):
            return False
    return True
