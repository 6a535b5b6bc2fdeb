"""Marked words: the word a mark follows (`word [?]`, `"bitter" [sic]`) put in the mark's element.

The punctuation around the word is the sentence's, outside the element (`inline` reads the
marks, `[?]` and `[sic]`, and asks for their word here).
"""

from __future__ import annotations

import re

from .model import Inline, Node, Text
from .stage_parens import NOT_STAGE_WORDS


def wrap_last_word(nodes: list[Node], tag: str, attrs: tuple[tuple[str, str], ...],
                   rend: tuple[str, ...] = ()) -> bool:
    """The last word of the text before a mark (`word [?]`, `word [sic]`) put in element `tag`;
    False when no text comes before it. The punctuation after the word is the sentence's, outside
    the element, and where the mark stood after it the element's @rend says so: `as "bitter"
    [sic]` -> `as "<sic rend="mark-after(&quot;)">bitter</sic>"` (`tei.reading.mark_after`),
    `(Alekseev [?])` -> `(<unclear>Alekseev</unclear>)`, and a short quoted phrase all
    (`quoted_phrase`); `rend`: its other @rend tokens
    (`mark(sic!)`), after that one."""
    previous = nodes[-1] if nodes else None
    if not (isinstance(previous, Text) and previous.text.strip()):
        return False
    head, word, tail = quoted_phrase(*last_word(previous.text))   # the space before the mark
    if tail:   # the mark stood after the punctuation that is the sentence's: `"bitter" [sic]`
        rend = (MARK_AFTER.format(tail),) + rend
    if rend:
        attrs += (("rend", " ".join(rend)),)
    nodes[-1:] = [Text(head), Inline(tag, attrs, (Text(word),)), Text(tail)]
    return True


def wrap_corrected(nodes: list[Node], correction: str, attrs: tuple[tuple[str, str], ...]) -> bool:
    """The words before `[sic: X]` that its correction X stands for, put in `sic`: as many words
    as X has (up to `QUOTED_WORDS`), plain words that differ from X, the first of each alike (a
    number for a number, a capital for a capital), and, where they are several, sharing a word
    with X: `of 28 October [sic: 27 October]` -> `of <sic>28 October</sic>`, `Kusnetsov [sic:
    Kuznetsov]`; False elsewhere (`meters [sic: probably 20 yards]`, `sailed [sic: see the log]`,
    a remark and no correction; `removed [sic: deleted]`, a word in small letters, may be either:
    the last word alone, `wrap_last_word`)."""
    previous = nodes[-1] if nodes else None
    fixed = correction.split()
    if not (isinstance(previous, Text) and 1 <= len(fixed) <= QUOTED_WORDS) \
            or (len(fixed) == 1 and _shape(fixed[0]) == "small"):
        return False
    found = re.search(rf"(?<!\S)[\w'’-]+(?:\s+[\w'’-]+){{{len(fixed) - 1}}}(?=\s*$)",
                      previous.text)
    wrong = found.group().split() if found else []
    if not wrong or wrong == fixed or (len(fixed) > 1 and not set(wrong) & set(fixed)) \
            or _shape(wrong[0]) != _shape(fixed[0]):
        return False
    nodes[-1:] = [Text(previous.text[:found.start()]), Inline("sic", attrs, (Text(found.group()),))]
    return True   # the space before the mark is the mark's, as `wrap_last_word` has it


def _shape(word: str) -> str:
    """A word's kind by its first letter: a number, a capital, a small letter."""
    return "number" if word[:1].isdigit() else "capital" if word[:1].isupper() else "small"


MARK_AFTER = "mark-after({})"
"""The @rend of a `sic` or `unclear` whose mark the source printed after the punctuation that
follows the word, that punctuation in the parentheses: `mark-after(")` for `"bitter" [sic]`. Read
back by `tei.reading.mark_after` (spelled there again: the TEI reader imports no encoder module)."""


QUOTES = {'"': '"', "”": "“", "»": "«"}
"""Closing double quotes and the quote that opens them."""
QUOTED_WORDS = 4
"""The most words of a quoted phrase that a mark after it is on: `"offensive weapons" [sic]`."""


def quoted_phrase(head: str, word: str, tail: str) -> tuple[str, str, str]:
    """`last_word`'s (head, word, tail), the word widened to the quoted phrase it ends where its
    closing double quote follows it (`as "offensive weapons" [sic]` -> (`as "`, `offensive
    weapons`, `"`)): a phrase of up to `QUOTED_WORDS` words, no sentence's end or quote in it,
    its opening quote after a space, a parenthesis or the start of the text."""
    opening = QUOTES.get(tail.lstrip(".,;:!?…")[:1])
    start = head.rfind(opening) if opening else -1
    phrase = head[start + 1:] + word
    if start < 0 or not head[start + 1:] or head[start + 1].isspace() \
            or head[:start].rstrip("(")[-1:] not in ("", " ") \
            or re.search(r"[.!?\"“”«»]", head[start + 1:]) or len(phrase.split()) > QUOTED_WORDS:
        return head, word, tail
    return head[:start + 1], phrase, tail


LAST_WORD = re.compile(r"(?P<lead>[\"“‘'(\[{«„¿¡]*)(?P<word>\S+?)(?P<tail>[\"”’')\]}»,;:!?…]*)\s*$")
"""The last word of a text before a mark, the punctuation around it apart: `(Alekseev`,
`"bitter"`, `Moscow,` -> `Alekseev`, `bitter`, `Moscow`."""


def last_word(text: str) -> tuple[str, str, str]:
    """(the text before the last word, the word, the punctuation after it): `as "bitter" ` ->
    (`as "`, `bitter`, `"`); the mark is on the word, its quotes and parentheses are the
    sentence's. A word of punctuation only (`— [sic]`) is the word; a period stays the word's
    when it has another (`U.S.`) or ends an abbreviation (`etc.`, `Mr.`: `stage_parens.
    NOT_STAGE_WORDS`), else it is the sentence's (`Moscow.`); an apostrophe after it is its own
    (`Kennedys'`) unless a single quote opens it (`'bitter'`)."""
    match = re.search(r"\S+(?=\s*$)", text)
    assert match
    parts = LAST_WORD.fullmatch(text, match.start())
    lead, word, tail = parts.group("lead", "word", "tail") if parts else ("", match.group(), "")
    if tail[:1] in ("'", "’") and not any(quote in lead for quote in "'‘"):
        word, tail = word + tail[0], tail[1:]   # a possessive's apostrophe: `Kennedys'`
    if word.endswith(".") and "." not in word[:-1].rstrip(".") and word.strip(".") \
            and word.rstrip(".").lower() not in NOT_STAGE_WORDS:
        word, tail = word.rstrip("."), word[len(word.rstrip(".")):] + tail
    return text[:match.start()] + lead, word, tail
