"""A line's words: a sentence's end, the sentence around a word, whether a line is in title case."""

from __future__ import annotations

import re

TERMINAL = tuple('.!?:;"”’)]…') + ("--",)
"""What a line ending a sentence (or a clause, a quotation, a bracket) ends with."""
MINOR_WORDS = frozenset({"of", "the", "and", "for", "in", "to", "on", "at", "by", "a", "an", "de",
                         "del", "la", "las", "los", "y", "o", "e", "et", "en"})
"""Words a title-case line keeps in lowercase (`Prime Minister of the Revolutionary Government`,
`Comandante en Jefe`)."""
WORD = re.compile(r"[^\W\d_][\w'’\-]*")
ELIDED = re.compile(r"^[dl]['’](?=[^\W\d_])")
"""An elided particle before a word (`d'Affaires`, `l'Ambassade`): the word after it is the one
whose capital title case asks for."""


def in_title_case(text: str) -> bool:
    """Whether `text` is a short line whose words all start with a capital, but for little
    words (`Mr. John J. McCloy`, `Acting Secretary-General of the United Nations`) and an elided
    particle before one (`Chargé d'Affaires`)."""
    words = [ELIDED.sub("", word) for word in WORD.findall(text)]
    return bool(words) and len(text.split()) <= 12 and words[0][0].isupper() \
        and all(w[0].isupper() or w in MINOR_WORDS for w in words)


def sentence_at(text: str, start: int, end: int, edge: re.Pattern[str]) -> str:
    """The sentence of `text` that holds `text[start:end]`: from the end of the last `edge` (what
    ends a sentence, as the caller reads it) before `start` to the next one after `end`."""
    begin = max((found.end() for found in edge.finditer(text, 0, start)), default=0)
    after = edge.search(text, end)
    return text[begin:after.start() if after else len(text)]
