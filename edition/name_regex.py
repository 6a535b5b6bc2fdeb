"""One regular expression for many literal names: their characters as a trie, longest first;
whether a hyphen joins a word to a name found (a compound word)."""

from __future__ import annotations

import re
from collections.abc import Callable

def joined_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the words a hyphen joins to `text[start:end]`: `Long` in `Long-range` is
    joined to `range`, `Khrushchev` in `pro-Khrushchev` to `pro`."""
    joined = []
    if start >= 2 and text[start - 1] == "-" and _word_char(text[start - 2]):
        first = start - 2
        while first > 0 and _word_char(text[first - 1]):
            first -= 1
        joined.append((first, start - 1))
    if end + 1 < len(text) and text[end] == "-" and _word_char(text[end + 1]):
        last = end + 2
        while last < len(text) and _word_char(text[last]):
            last += 1
        joined.append((end + 1, last))
    return joined


def in_a_compound(text: str, start: int, end: int,
                  is_name: Callable[[int, int], bool] = lambda start, end: False) -> bool:
    """Whether a hyphen joins to `text[start:end]` a word that `is_name` (given its span) says
    is no name: `Long-range`, `pro-Castro` make one word, no person's name, where `Kennedy-
    Khrushchev letters` join two names, each one (a place's stays one: `US-Soviet talks`,
    `anti-US propaganda`)."""
    return any(not is_name(*span) for span in joined_words(text, start, end))


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def capitalised_words(words) -> str:
    """An alternation of `words` capitalised and in capitals (`Hotel|Inn|HOTEL|INN`), as a
    title, a heading or a telegram writes them; never in lower case (`may` is no month)."""
    words = [word.capitalize() for word in words]
    return "|".join(words + [word.upper() for word in words])


def trie_regex(forms, after_first: str = "") -> str:
    """One regex for many literal forms; shared prefixes factored, longer forms tried first.

    `after_first` (a lookbehind) follows the first character of every form: a regex that opens
    with a literal lets `re` skip to the places where it can match."""
    trie: dict = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}
    return node_regex(trie, after_first)


def node_regex(node: dict, after_first: str = "") -> str:
    branches = [re.escape(char) + after_first + node_regex(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?" if len(branches) == 1 else body + "?"
    return body
