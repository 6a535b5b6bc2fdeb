"""Letters the search folds as Pagefind folds accents: `ł` found by `l`, `ß` by `ss` (the index).

Pagefind indexes a word and compares a searched one without their combining marks ("Novotný"
is "novotny"), but `ł`, `ø`, `đ`, `ß`, `æ`, `œ`, `ı` are letters of their own, which it keeps:
"Gomulka", the usual English spelling, found nothing in a text printing "Gomułka". Pagefind
reads its own copy of each page (`edition.search`); in that copy each such letter is written as
its plain letters with a combining mark (`MARKED`: "Gomuł" as "Gomul" + U+0335), which Pagefind
takes off as it indexes, so the index holds "gomulka" at the word's place. The search page's
script (`search_fold.js`, written as `pagefind/search-fold.js`) folds a searched word the same
way and puts the letters back in the text Pagefind returns, so that an excerpt prints "Gomułka".
"""

from __future__ import annotations

import re

MARKED = {
    "ł": "l\u0335", "Ł": "L\u0335", "đ": "d\u0335", "Đ": "D\u0335", "ı": "i\u0335",
    "ø": "o\u0338", "Ø": "O\u0338",
    "ß": "s\u0336s", "ẞ": "S\u0336S", "æ": "a\u0336e", "Æ": "A\u0336E",
    "œ": "o\u0336e", "Œ": "O\u0336E",
}
"""Letter -> its plain letters with a combining mark, each sequence used by no other letter
(the same table is in `search_fold.js`)."""

_LETTERS = re.compile("[" + "".join(MARKED) + "]")
_TAG_OR_TEXT = re.compile(r"(<[^>]*>)")
_META_CONTENT = re.compile(r'(<meta [^>]*data-pagefind-meta="[^"]*"[^>]*content=")([^"]*)(")')


def has_folded(page: str) -> bool:
    """Whether a page holds a letter the search folds."""
    return _LETTERS.search(page) is not None


def marked_page(page: str) -> str:
    """The page as Pagefind is to read it: each folded letter of its text and of its searched
    metadata (the title) written with a combining mark; tags and other attributes as they are."""
    pieces = _TAG_OR_TEXT.split(page)
    for index, piece in enumerate(pieces):
        if piece.startswith("<"):
            pieces[index] = _META_CONTENT.sub(
                lambda found: found.group(1) + _marked(found.group(2)) + found.group(3), piece)
        else:
            pieces[index] = _marked(piece)
    return "".join(pieces)


def _marked(text: str) -> str:
    return _LETTERS.sub(lambda found: MARKED[found.group(0)], text)
