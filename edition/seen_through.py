"""The text as names and dates are read in it: through the marks a copy puts inside a word.

    Fidel\\u00a0Castro   -> `Fidel Castro`  (a no-break space read as a space)
    Khru\\u00adshchev    -> `Khrushchev`    (a soft hyphen, a zero-width space: not read)
    Octo-\\nber 31       -> `October 31`    (a word run on across a line: `model.LINE_IN_WORD`)

The text itself keeps them: a span found in the text as read is mapped back to the characters
the source has (`written_span`), so the TEI keeps every character the source has.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .alphabets import LOWER
from .model import LINE_IN_WORD, Inline, Node, Text

NO_BREAK_SPACES = "\u00a0\u202f\u2007"
"""No-break spaces (the web's, the narrow one, the figure space): a space between two words."""
SPACES = str.maketrans(dict.fromkeys(NO_BREAK_SPACES, " "))
UNSEEN_MARKS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
"""A soft hyphen, the zero-width spaces and joiners: no character a reader sees."""
UNSEEN = re.compile(rf"[{UNSEEN_MARKS}]"
                    rf"|(?<=[^\W\d_])-{LINE_IN_WORD}(?=[{LOWER}])")
"""What a reader does not see inside a word: a soft hyphen, the zero-width spaces and joiners,
and a hyphen at a line's end before a lower-case letter (`Khru-` / `shchev`); not one before a
capital (`Kennedy-` / `Khrushchev`), a compound's, whose words are read apart."""
MARKS = re.compile(rf"[{NO_BREAK_SPACES}{UNSEEN_MARKS}]|-{LINE_IN_WORD}")
"""Any of those marks: a text without one (most texts) is read as it is."""


def seen_through(text: str, is_name: Callable[[str], bool] = lambda word: False
                 ) -> tuple[str, list[int]] | None:
    """(the text as read, each of its offsets -> the offset in `text`, one more for its end),
    None where nothing in `text` is unseen or a no-break space (most texts). A line's end after
    a word that `is_name` says is a name stays (`Moscow-` / `based`: a compound of the name)."""
    if not MARKS.search(text):
        return None
    spaced = text.translate(SPACES)
    seen: list[str] = []
    origin: list[int] = []
    position = 0
    for unseen in UNSEEN.finditer(spaced):
        if unseen.group() == "-" + LINE_IN_WORD and is_name(_word_before(spaced, unseen.start())):
            continue
        seen.append(spaced[position:unseen.start()])
        origin.extend(range(position, unseen.start()))
        position = unseen.end()
    seen.append(spaced[position:])
    origin.extend(range(position, len(text) + 1))
    return "".join(seen), origin


def written_span(span: tuple[int, int, Node], text: str, origin: list[int]
                 ) -> tuple[int, int, Node]:
    """A (start, end, node) found in the text as read (`seen_through`) as `text` writes it:
    from the first character read to the last, the marks between them kept inside the node
    (`<persName>Khru-\\nshchev</persName>`, `model.with_word_breaks` then makes the `lb`)."""
    start, end, node = span
    first, last = origin[start], (origin[end - 1] + 1 if end > start else origin[start])
    written = text[first:last]
    if isinstance(node, Inline) and len(node.children) == 1 \
            and isinstance(node.children[0], Text) and node.children[0].text != written:
        node = Inline(node.tag, node.attrs, (Text(written),))
    return first, last, node


def _word_before(text: str, end: int) -> str:
    """The word of letters ending at `end`."""
    start = end
    while start and text[start - 1].isalpha():
        start -= 1
    return text[start:end]
