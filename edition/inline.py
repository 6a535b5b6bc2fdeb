"""Inline parsing: editorial brackets and parenthetical stage directions of a paragraph -> inline nodes.

    >>> parse_inline("die[?] It is", Locator("x.txt", 1), Reporter())
    (Text('die'), Inline('supplied', (('reason', 'punctuation'), ('resp', '#ed')), (Text('?'),)), Text(' It is'))

Every bracket of the source becomes an element (see docs/encoding.md, "Inline brackets"); no
literal `[` or `]` survives. Names and dates inside text are found later, by `resolve`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .diagnostics import Location, Reporter
from .model import Inline, Node, Text

ED = (("resp", "#ed"),)

ED_NOTE = re.compile(r"^(?:ed(?:itor)?(?:'s|’s)?\.?\s*note|note)\s*:\s*", re.IGNORECASE)
ED_SUFFIX = re.compile(r"\s*(?:--|—|–|-)\s*ed\.?\s*$", re.IGNORECASE)
GAP_KINDS = (
    (re.compile(r"^signature$", re.I), "signature"),
    (re.compile(r"^email\s+protected$", re.I), "email-protected"),
    (re.compile(r"illegible|unreadable|indecipherable", re.I), "illegible"),
    (re.compile(r"not declassified|omission|omitted|sampling|^\W*$|^\.\.\.|missing|excised|"
                r"deleted", re.I), "omission"),
)
TRANSLITERATION = re.compile(r"zh|kh|shch|(?:ii|yi|nyi|skii|aia|iia|ogo)$")
STAGE_PAREN = re.compile(
    r"\((?P<body>(?:[Tt]o|[Aa]side|[Aa]ddressing|[Tt]urning to)\b[^()\[\]]*|"
    r"[A-Z][^()\[\]]*[.!?])\)(?P<colon>:?)"
)
BRACKET = re.compile(r"[\[\]]")
MAX_SUPPLIED_WORDS = 4
"""An `[... --ed.]` insertion of up to this many words reads as part of the sentence: supplied."""


@dataclass(frozen=True)
class Locator:
    """Turns an offset in a paragraph's text into a source location (first line, column)."""

    path: str
    line: int
    column: int = 1

    def at(self, offset: int) -> Location:
        return Location(self.path, self.line, self.column + offset)


def parse_inline(text: str, where: Locator, reporter: Reporter,
                 stage_directions: bool = False) -> tuple[Node, ...]:
    """Parse one paragraph's text into inline nodes."""
    nodes: list[Node] = []
    for piece, offset in split_brackets(text, where, reporter):
        if isinstance(piece, str):
            nodes.extend(_stages(piece) if stage_directions else [Text(piece)])
        else:
            _append_bracket(nodes, piece.content, where, offset, reporter)
    return tuple(_merge_text(nodes))


@dataclass(frozen=True)
class Bracket:
    content: str


def split_brackets(text: str, where: Locator, reporter: Reporter) -> list[tuple[str | Bracket, int]]:
    """Split text into plain runs and top-level `[...]` spans (nested brackets stay inside)."""
    if "[" not in text and "]" not in text:
        return [(text, 0)] if text else []
    pieces: list[tuple[str | Bracket, int]] = []
    depth, start, run_start = 0, 0, 0
    for found in BRACKET.finditer(text):
        index, char = found.start(), found.group()
        if char == "[":
            if depth == 0:
                if index > run_start:
                    pieces.append((text[run_start:index], run_start))
                start = index
            depth += 1
        elif char == "]":
            if depth == 0:
                reporter.error(where.at(index), "']' without a matching '['", "bracket-unbalanced")
                pieces.append((text[run_start:index], run_start))
                run_start = index + 1
                continue
            depth -= 1
            if depth == 0:
                pieces.append((Bracket(text[start + 1:index]), start))
                run_start = index + 1
    if depth:
        reporter.error(where.at(start), f"'[' is never closed: {text[start:start + 40]!r}",
                       "bracket-unclosed")
        pieces.append((text[start + 1:], start + 1))
    elif run_start < len(text):
        pieces.append((text[run_start:], run_start))
    return pieces


def _append_bracket(nodes: list[Node], content: str, where: Locator, offset: int,
                    reporter: Reporter) -> None:
    inner = Locator(where.path, where.line, where.column + offset + 1)
    stripped = content.strip()
    if stripped == "?":
        _uncertain(nodes)
        return
    if not stripped:
        nodes.append(Inline("gap", (("reason", "omission"),)))
        return
    nodes.append(classify_bracket(stripped, inner, reporter))


def classify_bracket(content: str, where: Locator, reporter: Reporter) -> Inline:
    """The element for the content of one `[...]` (without the brackets)."""
    note = ED_NOTE.match(content)
    if note:
        body = parse_inline(content[note.end():], where, reporter)
        return Inline("note", (("type", "editorial"), ("place", "inline")) + ED, body)
    suffix = ED_SUFFIX.search(content)
    if suffix:
        return _editor_marked(content[:suffix.start()].strip(), where, reporter)
    for pattern, reason in GAP_KINDS:
        if pattern.search(content):
            desc = content.replace("\u00a0", " ")
            return Inline("gap", (("reason", reason),), (Inline("desc", (), (Text(desc),)),))
    if is_transliteration(content):
        return Inline("foreign", (("xml:lang", "ru-Latn"),), (Text(content),))
    body = parse_inline(content, where, reporter)
    return Inline("supplied", (("reason", "clarification"),) + ED, body)


def _editor_marked(body: str, where: Locator, reporter: Reporter) -> Inline:
    """`[in Cuba--ed.]` -> supplied; `[escort?--ed.]` -> uncertain gloss; longer -> note."""
    if body.endswith("?"):
        children = parse_inline(body[:-1].rstrip(), where, reporter)
        return Inline("note", (("type", "gloss"), ("place", "inline")) + ED + (("cert", "low"),),
                      children)
    children = parse_inline(body, where, reporter)
    if len(body.split()) <= MAX_SUPPLIED_WORDS:
        return Inline("supplied", (("reason", "clarification"),) + ED, children)
    return Inline("note", (("type", "editorial"), ("place", "inline")) + ED, children)


def is_transliteration(content: str) -> bool:
    """`obeskurazheni`, `iuridicheskii`: one or two lowercase words in a Latin transliteration."""
    words = content.split()
    return (0 < len(words) <= 2 and all(w.isascii() and w.isalpha() and w.islower() for w in words)
            and any(TRANSLITERATION.search(w) for w in words))


def _uncertain(nodes: list[Node]) -> None:
    """`die[?]` -> supplied question mark; `word [?]` -> the word marked as an unclear reading."""
    previous = nodes[-1] if nodes else None
    if isinstance(previous, Text) and previous.text and not previous.text[-1].isspace():
        nodes.append(Inline("supplied", (("reason", "punctuation"),) + ED, (Text("?"),)))
        return
    if isinstance(previous, Text) and previous.text.strip():
        head, word, tail = _last_word(previous.text)
        nodes[-1:] = [Text(head),
                      Inline("unclear", (("reason", "uncertain-reading"),) + ED, (Text(word),)),
                      Text(tail)]
        return
    nodes.append(Inline("unclear", (("reason", "uncertain-reading"),) + ED))


def _last_word(text: str) -> tuple[str, str, str]:
    match = re.search(r"(\S+)(\s*)$", text)
    assert match
    return text[:match.start()], match.group(1), match.group(2)


def _stages(text: str) -> list[Node]:
    """Split parenthetical stage directions `(To Alekseev):` out of a turn's text."""
    nodes: list[Node] = []
    position = 0
    for match in STAGE_PAREN.finditer(text):
        nodes.append(Text(text[position:match.start()]))
        body = match.group("body") + match.group("colon")
        nodes.append(Inline("stage", (("type", "delivery"),), (Text(body),)))
        position = match.end()
    nodes.append(Text(text[position:]))
    return nodes


def _merge_text(nodes: list[Node]) -> list[Node]:
    merged: list[Node] = []
    for node in nodes:
        if isinstance(node, Text):
            if not node.text:
                continue
            if merged and isinstance(merged[-1], Text):
                merged[-1] = Text(merged[-1].text + node.text)
                continue
        merged.append(node)
    return merged
