"""Inline parsing: editorial brackets and parenthetical stage directions of a paragraph -> inline nodes.

    >>> parse_inline("die[?] It is", Locator("x.txt", 1), Reporter())
    (Text('die'), Inline('supplied', (('reason', 'punctuation'), ('resp', '#ed')), (Text('?'),)), Text(' It is'))

Every bracket of the source becomes an element (see docs/encoding.md, "Inline brackets"); no
literal `[` or `]` survives. Names and dates inside text are found later, by `resolve`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from .diagnostics import Location, Reporter
from .model import Inline, Node, Paragraph, Text

ED = (("resp", "#ed"),)

ED_NOTE = re.compile(r"^(?:ed(?:itor)?(?:'s|’s)?\.?\s*note|note)\s*:\s*", re.IGNORECASE)
ED_SUFFIX = re.compile(r"\s*(?:--|—|–|-)\s*ed\.?\s*$", re.IGNORECASE)

# A gap marker is the whole content of its bracket, never a word inside an insertion: `[2 lines
# of source text not declassified]`, `[... sampling ...]`, `[illegible signature]` are gaps;
# `[dismissing]`, `[the deleted clause]` are supplied words.
_AROUND = r"[\s.…*_–—-]*"   # the ellipses and dashes around a marker: `[... sampling ...]`
_AMOUNT = (r"(?:(?:(?:less|more)\s+than\s+|about\s+|approximately\s+)?(?:some|several|a\s+few|an?"
           r"|one|two|three|four|five|six|seven|eight|nine|ten|\d+(?:[.,/]\d+)?)\s+)?")
_PART = r"(?:text|lines?|words?|pages?|paragraphs?|sentences?|passages?|portions?|phrases?|names?)"
_WHAT = (rf"(?:(?:source|original)\s+)?{_PART}"
         r"(?:\s+of\s+(?:the\s+)?(?:(?:source|original)\s+)?(?:text|document|original))?")
_IS = r"(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?"
_WHERE = (r"(?:\s+(?:in|from)\s+(?:the\s+)?(?:(?:source|original)(?:\s+(?:text|document))?|text"
          r"|document|transcript|record))?")


def _marker(participles: str, nouns: str) -> re.Pattern[str]:
    return re.compile(
        rf"{_AROUND}(?:{_AMOUNT}(?:{_WHAT}\s+)?{_IS}(?:{participles})"  # [1 line not declassified]
        rf"|(?:{nouns})(?:\s+of\s+{_AMOUNT}{_WHAT})?)"                  # [omission of one page]
        rf"{_WHERE}{_AROUND}", re.IGNORECASE)                           # ... in the source text


_UNREADABLE = r"illegible|unreadable|indecipherable|unintelligible"
GAP_KINDS = (
    (re.compile(r"signature", re.I), "signature"),
    (re.compile(r"email\s+protected", re.I), "email-protected"),
    (_marker(_UNREADABLE, rf"(?:{_UNREADABLE})(?:\s+(?:{_PART}|signature|handwriting|notations?))?"),
     "illegible"),
    (_marker(r"omitted|missing|excised|deleted|sampling", r"omissions?"), "omission"),
    (re.compile(rf".*\bnot\s+declassified{_WHERE}{_AROUND}", re.I | re.S), "omission"),  # FRUS,
    # any amount: [1½ lines not declassified], [document number not declassified], [1 paragraph
    # (5 lines) not declassified], [2 lines of source text not declassified in the original]
    (re.compile(r"[\W_]*"), "omission"),   # [...], [--]
)
"""(pattern for the whole content of a bracket, the gap's reason), tried in order."""
TRANSLITERATION = re.compile(r"zh|kh|shch|(?:ii|yi|nyi|skii|aia|iia|ogo)$")
STAGE_PAREN = re.compile(
    r"\((?P<body>(?P<cue>[Tt]o|[Aa]side|[Aa]ddressing|[Tt]urning to)\b[^()\[\]]*|"
    r"[A-Z][^()\[\]]*[.!?])\)(?P<colon>:?)"
)
NOT_STAGE_WORDS = frozenset("""
ibid id etc cf viz op cit loc no nos vol vols art arts ch chap sec para p pp ed eds doc docs tel
fig app encl incl approx cont dept govt gen col lt capt adm mr mrs ms dr jr sr st co corp inc ltd
jan feb mar apr jun jul aug sep sept oct nov dec
""".split())
"""Words that end a capitalised parenthetical with an abbreviation's period, not a sentence's:
`(Ibid.)`, `(See Vol.)` stay text."""
BRACKET = re.compile(r"[\[\]]")
MAX_SUPPLIED_WORDS = 4
"""An `[... --ed.]` insertion of up to this many words reads as part of the sentence: supplied."""


@dataclass(frozen=True)
class Locator:
    """Turns an offset in the text being parsed into a source location.

    `column` is where that text begins on `line` (1 + its offset in the paragraph's text). A
    paragraph of several source lines, joined by spaces, also gives `starts`: (offset in the
    paragraph's text where a line begins, that line's number), so that an offset past the first
    line lands on its own line and column:

        >>> Locator.of_paragraph("x.txt", Paragraph(("An opening line", "with a ] bracket"), 5)).at(23)
        Location(path='x.txt', line=6, column=8)
    """

    path: str
    line: int
    column: int = 1
    starts: tuple[tuple[int, int], ...] = ()

    @classmethod
    def of_paragraph(cls, path: str, para: Paragraph, column: int = 1) -> Locator:
        """The locator of `para.text` from `column` on (1: the whole text)."""
        if len(para.lines) == 1:
            return cls(path, para.line, column)
        starts: list[tuple[int, int]] = []
        offset = 0
        for text, number in zip(para.lines, para.line_numbers):
            starts.append((offset, number))
            offset += len(text.strip()) + 1   # `Paragraph.text` joins the stripped lines by a space
        return cls(path, para.line, column, tuple(starts))

    def at(self, offset: int) -> Location:
        position = self.column - 1 + offset   # in the paragraph's text
        if not self.starts:
            return Location(self.path, self.line, position + 1)
        index = max(bisect_right(self.starts, (position, float("inf"))) - 1, 0)
        start, line = self.starts[index]
        return Location(self.path, line, position - start + 1)

    def shifted(self, offset: int) -> Locator:
        """The locator of the text that begins `offset` characters further on."""
        return replace(self, column=self.column + offset)


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
    stripped = content.strip()
    inner = where.shifted(offset + 1 + len(content) - len(content.lstrip()))
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
        body = parse_inline(content[note.end():], where.shifted(note.end()), reporter)
        return Inline("note", (("type", "editorial"), ("place", "inline")) + ED, body)
    suffix = ED_SUFFIX.search(content)
    if suffix:
        return _editor_marked(content[:suffix.start()].strip(), where, reporter)
    desc = content.replace("\u00a0", " ")
    for pattern, reason in GAP_KINDS:
        if pattern.fullmatch(desc):
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
        return Inline("supplied", (("reason", "clarification"),) + ED + (("source", "ed-marked"),),
                      children)
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
        head, word = _last_word(previous.text)   # the space before "[?]" goes with it
        nodes[-1:] = [Text(head),
                      Inline("unclear", (("reason", "uncertain-reading"),) + ED, (Text(word),))]
        return
    nodes.append(Inline("unclear", (("reason", "uncertain-reading"),) + ED))


def _last_word(text: str) -> tuple[str, str]:
    match = re.search(r"(\S+)\s*$", text)
    assert match
    return text[:match.start()], match.group(1)


def _stages(text: str) -> list[Node]:
    """Split parenthetical stage directions `(To Alekseev):`, `(Laughter.)` out of a turn's text;
    `(U.N.)`, `(No. 5.)` stay text."""
    nodes: list[Node] = []
    position = 0
    for match in STAGE_PAREN.finditer(text):
        if not match.group("cue") and not reads_as_stage(match.group("body")):
            continue
        nodes.append(Text(text[position:match.start()]))
        body = match.group("body") + match.group("colon")
        nodes.append(Inline("stage", (("type", "delivery"),), (Text(body),)))
        position = match.end()
    nodes.append(Text(text[position:]))
    return nodes


def reads_as_stage(body: str) -> bool:
    """`Laughter.`, `LAUGHTER.`, `He sits.`, `Hear, hear!`: a sentence, its last word a word of
    two letters or more, not an abbreviation: not `U.N.`, `No. 5.`, `Ibid.` (`NOT_STAGE_WORDS`),
    `(USA.)` (three capitals or fewer)."""
    if body.endswith(("!", "?")):
        return True
    words = body[:-1].split()
    last = words[-1] if words else ""
    return len(last) >= 2 and last.isalpha() and not (last.isupper() and len(last) <= 3) \
        and last.lower() not in NOT_STAGE_WORDS


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
