"""Our inline nodes fitted to our schema: XML whitespace collapsed, edges trimmed, unwrapped."""

from __future__ import annotations

import re

from ..model import Inline, Node, Text, plain_text

XML_SPACE = re.compile(r"[ \t\r\n]+")
PHRASE_ONLY = frozenset("persName placeName orgName name date supplied unclear foreign hi "
                        "speaker dateline desc forename surname ref".split())
"""Our elements whose content is phrase level (no stage directions) in edition.rng."""


def collapse(nodes: list[Node]) -> list[Node]:
    """Texts merged, XML whitespace runs made one space; an element's edge spaces moved out."""
    out: list[Node] = []
    for node in nodes:
        if isinstance(node, Text):
            _add_text(out, node.text)
            continue
        children = collapse(list(node.children))
        if node.tag in ("desc", "lb"):
            out.append(Inline(node.tag, node.attrs, tuple(children)))
            continue
        hoist = node.tag not in ("note",)      # a note's marker stays where the note starts
        lead = hoist and bool(children) and isinstance(children[0], Text) \
            and children[0].text[:1] == " "
        trail = hoist and bool(children) and isinstance(children[-1], Text) \
            and children[-1].text[-1:] == " "
        if lead:
            _add_text(out, " ")
        out.append(Inline(node.tag, node.attrs, tuple(trim(children))))
        if trail:
            _add_text(out, " ")
    return out


def _add_text(out: list[Node], text: str) -> None:
    """`text`, its whitespace runs one space, appended to `out`, merged into a text ending it."""
    text = XML_SPACE.sub(" ", text)
    if not text:
        return
    if out and isinstance(out[-1], Text):
        out[-1] = Text(XML_SPACE.sub(" ", out[-1].text + text))
    else:
        out.append(Text(text))


def trim(nodes: list[Node]) -> list[Node]:
    """`nodes` without the spaces at their edges, nor a text left empty."""
    nodes = list(nodes)
    if nodes and isinstance(nodes[0], Text):
        nodes[0] = Text(nodes[0].text.lstrip(" "))
    if nodes and isinstance(nodes[-1], Text):
        nodes[-1] = Text(nodes[-1].text.rstrip(" "))
    return [n for n in nodes if not (isinstance(n, Text) and not n.text)]


def drop_leading_breaks(nodes: list[Node]) -> list[Node]:
    """A line break before any text of a block shows nothing: `<p><lb/>Thy` -> `Thy`."""
    while nodes and (isinstance(nodes[0], Inline) and nodes[0].tag == "lb"
                     or isinstance(nodes[0], Text) and not nodes[0].text.strip(" ")):
        nodes = nodes[1:]
    return nodes


def fit(nodes: list[Node], phrase_only: bool) -> list[Node]:
    """Unwrap what our schema does not allow here: stages in phrase content, elements in desc."""
    out: list[Node] = []
    for node in nodes:
        if isinstance(node, Text):
            out.append(node)
        elif node.tag == "stage" and phrase_only:
            out.extend([Text(" "), *fit(list(node.children), True), Text(" ")])
        elif node.tag == "desc":
            out.append(Inline("desc", (), (Text(plain_text(node.children)),)))
        else:
            inner = phrase_only or node.tag in PHRASE_ONLY
            out.append(Inline(node.tag, node.attrs, tuple(fit(list(node.children), inner))))
    return collapse(out)
