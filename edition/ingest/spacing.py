"""Word boundaries without a character of their own, and notes that would split a word.

A page break, or the edge of a `choice` whose readings are shown side by side, ends a word
although no space is written there. It is a BOUNDARY node until the block is finished, then a
space where the words on either side would otherwise run together, and nothing where they
would not; only the CONTEXT characters either side of a boundary are read, never the whole
block (`before` and `after`: the text around the nodes given):

    Text('line two'), BOUNDARY, Text('line three')   ->  Text('line two'), Text(' '), ...
    Text('two'), BOUNDARY, Text(', three')          ->  Text('two'), Text(', three')

White space next to a break marked `break="no"` is only the layout of the file: it goes
(`join_unbroken`), so that `sen\n<pb break="no"/>\ntence` is one word for the converter and the
words check alike. A line break so marked stays in our TEI (WORD_BREAK) but, unlike any other
line break, does not part the words either side of it.

A note the encoder writes for a deletion or a variant reading (`resp="#encoder"`) stands
after the word it belongs to, so that the word reads whole: `wo<note/>rd` -> `word<note/>`.
"""

from __future__ import annotations

import re

from lxml import etree

from ..checks import words
from ..model import Inline, Node, Text
from ..tei.xml import EDITION_LANGUAGE

BOUNDARY = Inline("boundary")
ENCODER_NOTE = (("type", "editorial"), ("place", "inline"), ("resp", "#encoder"),
                ("xml:lang", EDITION_LANGUAGE))
"""The attributes of a note the encoder writes, in English whatever the language of the text:
a deletion or another reading of the source."""
APART = frozenset({"note", "gap", "lb", "stage", "desc"})
"""Our inline elements whose text does not run on with the text around them."""
WORD_BREAK = Inline("lb", (("break", "no"),))
"""A line break inside a word (`sen<lb break="no"/>tence`): the word runs on across it."""
WORD_REST = re.compile(r"\w*(?:['’]\w+)*")
UNBROKEN = "//*[(local-name() = 'pb' or local-name() = 'cb' or local-name() = 'lb') " \
           "and @break = 'no']"
CONTEXT = 2
"""Characters either side that decide whether two pieces would make one word."""


def resolve_boundaries(nodes: list[Node], before: str = "", after: str = "") -> list[Node]:
    """Each BOUNDARY made a space or nothing by the CONTEXT characters either side of it."""
    if not _has_boundary(nodes):
        return nodes
    heads = _heads(nodes, after[:CONTEXT])
    out: list[Node] = []
    before = before[-CONTEXT:]
    for index, node in enumerate(nodes):
        if node == BOUNDARY:
            if not _would_join(before, heads[index + 1]):
                continue
            node = Text(" ")
        elif isinstance(node, Inline) and node.children and node.tag not in APART:
            node = Inline(node.tag, node.attrs, tuple(
                resolve_boundaries(list(node.children), before, heads[index + 1])))
        elif isinstance(node, Inline) and node.children:
            node = Inline(node.tag, node.attrs, tuple(resolve_boundaries(list(node.children))))
        out.append(node)
        before = (before + _edge([node], last=True))[-CONTEXT:]
    return out


def _has_boundary(nodes: list[Node] | tuple[Node, ...]) -> bool:
    """Whether a BOUNDARY is among `nodes` or inside them; a block without one is left as it is."""
    return any(isinstance(node, Inline) and (node == BOUNDARY or _has_boundary(node.children))
               for node in nodes)


def _heads(nodes: list[Node], after: str) -> list[str]:
    """For each index, the first CONTEXT characters of the text from there on (then `after`)."""
    heads = [after]
    for node in reversed(nodes):
        heads.append((_edge([node], last=False) + heads[-1])[:CONTEXT])
    return heads[::-1]


def _would_join(before: str, after: str) -> bool:
    """Whether the text before a boundary and after it (each at most CONTEXT characters, as the
    caller cuts them) run into one word when nothing stands between them."""
    return words(before + after) != words(f"{before} {after}")


def _edge(nodes: list[Node] | tuple[Node, ...], last: bool) -> str:
    """The first (`last`: last) CONTEXT characters of `nodes`' text; an APART element is a space."""
    found = ""
    for node in (reversed(nodes) if last else nodes):
        if len(found) >= CONTEXT:
            break
        if isinstance(node, Text):
            piece = node.text
        else:
            piece = " " if _apart(node) else _edge(node.children, last)
        found = piece[-CONTEXT:] + found if last else found + piece[:CONTEXT]
    return found[-CONTEXT:] if last else found[:CONTEXT]


def _apart(node: Inline) -> bool:
    return node.tag in APART and node != WORD_BREAK


def notes_after_words(nodes: list[Node]) -> list[Node]:
    """Encoder's notes inside a word moved to its end: `wo<note/>rd` -> `word<note/>`."""
    out: list[Node] = []
    waiting: list[Node] = []
    for node in nodes:
        if _is_encoder_note(node) and (waiting or _ends_word(out)):
            waiting.append(node)
            continue
        if waiting and isinstance(node, Text):
            rest = WORD_REST.match(node.text).end()
            out.extend([Text(node.text[:rest]), *waiting])
            waiting = []
            node = Text(node.text[rest:])
        out.extend(waiting)
        waiting = []
        if isinstance(node, Inline) and node.children and node.tag != "desc":
            node = Inline(node.tag, node.attrs, tuple(notes_after_words(list(node.children))))
        out.append(node)
    return _merged(out + waiting)


def _merged(nodes: list[Node]) -> list[Node]:
    """Adjacent texts as one, empty ones left out."""
    out: list[Node] = []
    for node in nodes:
        if isinstance(node, Text) and out and isinstance(out[-1], Text):
            out[-1] = Text(out[-1].text + node.text)
        elif not (isinstance(node, Text) and not node.text):
            out.append(node)
    return out


def _is_encoder_note(node: Node) -> bool:
    return isinstance(node, Inline) and node.tag == "note" and node.attrs == ENCODER_NOTE


def _ends_word(nodes: list[Node]) -> bool:
    return bool(nodes) and isinstance(nodes[-1], Text) and bool(re.search(r"\w$",
                                                                          nodes[-1].text))


def join_unbroken(root: etree._Element) -> None:
    """The white space either side of each page, column or line break with `break="no"`
    removed."""
    for element in root.xpath(UNBROKEN):
        element.tail = (element.tail or "").lstrip() or None
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "").rstrip() or None
        elif element.getparent() is not None:
            parent = element.getparent()
            parent.text = (parent.text or "").rstrip() or None
