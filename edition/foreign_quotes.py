"""Sentences an English text quotes in another language: `"Wir werden das nicht annehmen."`."""

from __future__ import annotations

from .languages import OPENING_MARKS, QUOTATION, sentence_language
from .model import Inline, Node, Text, plain_text
from .tei.xml import EDITION_LANGUAGE

SENTENCE_ENDS = (".", "!", "?", "…")


def mark_foreign_quotes(nodes: tuple[Node, ...], language: str,
                        source: str) -> tuple[Node, ...]:
    """`nodes`, parsed from `source`, of a text in `language`, each sentence it quotes in
    another language beyond doubt (`languages.sentence_language`) inside the quotation marks in
    `foreign[@xml:lang]`, names and dates in it as they were read; only in an English text, and
    only where the marks stand in its text, not inside an element:
    `He said: "Wir werden das nicht annehmen."` -> `He said: "<foreign xml:lang="de">Wir werden
    das nicht annehmen.</foreign>"`; `"Patria o Muerte"`, a motto, and `"The people of Santiago
    de Cuba will fight."`, English, stay as they are. A `source` without `OPENING_MARKS`, as
    most are, is not read further."""
    if language != EDITION_LANGUAGE or not OPENING_MARKS.search(source):
        return nodes
    text = plain_text(nodes)
    for quotation in reversed(list(QUOTATION.finditer(text))):
        start, end = quotation.start() + 1, quotation.end() - 1
        sentence = text[start:end]
        if _whole_sentence(sentence) and (tag := sentence_language(sentence)):
            nodes = _wrapped(nodes, start, end, tag)
    return nodes


def _whole_sentence(text: str) -> bool:
    """Whether the words inside quotation marks are a whole sentence: capitalised (after a
    Spanish `¡` or `¿`), ending with its own punctuation (`Wir werden das nicht annehmen.`)."""
    return text.lstrip("¡¿")[:1].isupper() and text.endswith(SENTENCE_ENDS)


def _wrapped(nodes: tuple[Node, ...], start: int, end: int, tag: str) -> tuple[Node, ...]:
    """`nodes` with their text from offset `start` to `end` in `foreign[@xml:lang=tag]`; as they
    are when either offset falls inside an element."""
    head = _split(nodes, start)
    tail = head and _split(head[1], end - start)
    if not head or not tail:
        return nodes
    return head[0] + (Inline("foreign", (("xml:lang", tag),), tail[0]),) + tail[1]


def _split(nodes: tuple[Node, ...], offset: int
           ) -> tuple[tuple[Node, ...], tuple[Node, ...]] | None:
    """`nodes` split at `offset` of their text, a text node cut in two there; None when it falls
    inside an element."""
    at = 0
    for index, node in enumerate(nodes):
        if offset == at:
            return nodes[:index], nodes[index:]
        size = len(plain_text((node,)))
        if offset < at + size:
            if not isinstance(node, Text):
                return None
            cut = offset - at
            return nodes[:index] + (Text(node.text[:cut]),), \
                (Text(node.text[cut:]),) + nodes[index + 1:]
        at += size
    return (nodes, ()) if offset == at else None
