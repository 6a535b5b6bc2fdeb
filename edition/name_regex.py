"""One regular expression for many literal names: their characters as a trie, longest first;
whether a hyphen joins a word to a name found (a compound word)."""

from __future__ import annotations

import re

HYPHEN_BEFORE = re.compile(r"\w-$")
HYPHEN_AFTER = re.compile(r"-\w")


def in_a_compound(text: str, start: int, end: int) -> bool:
    """Whether a hyphen joins a word to `text[start:end]`: `Long-range`, `pro-Castro` make one
    word, no person's name (a place's stays one: `US-Soviet talks`, `anti-US propaganda`)."""
    return bool(HYPHEN_AFTER.match(text, end) or HYPHEN_BEFORE.search(text, max(0, start - 2), start))


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
