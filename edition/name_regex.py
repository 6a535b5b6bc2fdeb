"""One regular expression for many literal names: their characters as a trie, longest first."""

from __future__ import annotations

import re


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
