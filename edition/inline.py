"""Inline parsing: a paragraph's editorial brackets and stage directions -> inline nodes.

    >>> parse_inline("die[?] It is", Locator("x.txt", 1), Reporter())
    (Text('die'), Inline('supplied', (('reason', 'punctuation'), ('resp', '#ed')), (Text('?'),)), Text(' It is'))

Every bracket of the source becomes an element (see docs/encoding.md, "Inline brackets"); no
literal `[` or `]` survives. Names and dates inside text are found later, by `resolve`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from .breaks import PAGE_LABEL
from .diagnostics import Location, Reporter
from .doc_types import WHOLLY_SPOKEN
from .gap_markers import gap_element, gap_reason, outer_words
from .footnotes import MARKER_NUMBER, note_marker
from .marked_words import wrap_corrected, wrap_last_word
from .model import Inline, Node, Paragraph, Text
from .record_notes import is_record_note
from .source_marks import source_mark
from .stage_parens import DELIVERY, reads_as_direction, split_parentheses

ED = (("resp", "#ed"),)
ORIGINAL = (("type", "original"), ("place", "inline"))
"""A note of the original record in brackets (`record_notes`): no @resp, not the editors'."""

ED_NOTE = re.compile(r"^(?:ed(?:itor)?(?:'s|’s)?\.?\s*note|note)\s*:\s*", re.IGNORECASE)
ED_SUFFIX = re.compile(r"\s*(?:--|—|–|-)\s*ed\.?\s*$", re.IGNORECASE)

SIC = re.compile(r"(?P<mark>sic\b\s?[.!]*)(?:\s*(?P<then>[:;,—–]|--?)\s*(?P<remark>\S.*))?",
                 re.I | re.S)
"""`[sic]`, `[sic!]`, `[sic: probably 20 yards]`, `[sic—Kuznetsov was in New York. --ed.]`: the
word before is as the source has it (`sic`); a remark after the mark is the editor's note. The
mark as printed, where it is not `sic` (`sic!`, `Sic`, `SIC.`), is kept in @rend (`SIC_MARK`)."""
SIC_MARK = "mark({})"
"""The @rend token of a `sic` whose mark the source printed otherwise than `[sic]`: `mark(sic!)`
for `removed [sic!]`, its spaces left out (`[sic !]`); read back by `tei.reading.brackets`."""
SIC_THEN = "mark-then({})"
"""The @rend token of the `sic` of a correction whose mark the source printed with another sign
than a colon before the correction: `mark-then(;)` for `15 November [sic; 10 November]`."""
PAGE = re.compile(r"(?P<label>page|p\.)\s*(?P<n>\d+[a-z]?|[ivxlcdm]+)", re.I)
"""`[Page 345]`, `[p. 12]`: a page of the source begins here (FRUS online prints its
volume's page breaks so): `pb`, whose @n is the page's number and whose @rend the label as
printed when it is not `Page`. `[Page 345]` is one anywhere; `[p. 12]` only alone in its
paragraph: within a sentence (`as stated [p. 3] above`) it is the editor's reference."""
CROSS_REFERENCE = re.compile(r"(?:[^:\[\]]*:\s*)?(?:[Ss]ee(?:\s+also)?|[Cc]f\.)\s+(?:the\s+)?"
                             r"(?:[A-Z\d]|above\b|below\b|p\.|pp\.|pages?\b|(?:foot)?notes?\b)")
"""`[see Annex]`, `[Draft resolution: see Attachment 1.]`: the editor points the reader elsewhere,
a note, not words of the sentence; the pointer opens the bracket or follows its colon (supplied
words `[to see Castro]` are no pointer)."""
EDITORS_COMMENT = re.compile(
    r"\bin\s+the\s+(?:\w+\s+)?(?:original|source)(?:\s+text)?(?:\W*$|\s*:)"
    r"|\b(?:not|never)\s+(?:further\s+|otherwise\s+|yet\s+)?(?:identified|found|printed|located"
    r"|reproduced|attached|included|published)\b|\bunidentified\b|\bidentity\s+unknown\b", re.I)
"""What an editor says about the text or a name, not words of the sentence: `[Guevarra in the
original]`, `[not identified further]`, `[Attachment not printed]`, `[unidentified]`: a note;
`in the original` ends the bracket or a colon follows it, `[in the original: "reportes"]` (`[the
men in the original group]` are supplied). A verb alone is no sign: `[to see Castro]` is
supplied."""
REGISTRY_ENTRY = re.compile(r"(?:Registered|Received|Filed|Entered|Logged)\s+(?:at|in|by|on|under"
                            r"|with)\b.*\b(?:[Nn]o|[Nn]r|[Nn]um|№)\.?\s*\S*\d")
"""What a registry stamp or entry on the document says, in the editors' words, a number in it:
`[Registered at the Foreign Ministry on 4.XII.1962, under no. 5/bk/1962]`: their note of the
document's registration, no words they supplied to the text (`[received by the President]`)."""
TRANSLITERATION = re.compile(r"zh|kh|shch|(?:ii|yi|nyi|skii|aia|iia|ogo)$")
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

    def after_blank_line(self, start: int, end: int) -> int:
        """The first line after a blank line between offsets `start` and `end` of the text (a
        paragraph joined across it: `broken_paragraphs.join_broken_paragraphs`), else 0."""
        first, last = self.column - 1 + start, self.column - 1 + end
        for (_, before), (offset, line) in zip(self.starts, self.starts[1:]):
            if first < offset <= last and line > before + 1:
                return line
        return 0

    def shifted(self, offset: int) -> Locator:
        """The locator of the text that begins `offset` characters further on."""
        return replace(self, column=self.column + offset)


def parse_inline(text: str, where: Locator, reporter: Reporter, stage_directions: bool = False,
                 doc_type: str = "", interpreters: frozenset[str] = frozenset()
                 ) -> tuple[Node, ...]:
    """Parse one paragraph's text into inline nodes; `stage_directions`: the text is a speaker's
    turn's, in a document of type `doc_type`, whose head names `interpreters`
    (`record_notes.interpreters`)."""
    nodes: list[Node] = []
    pieces = split_brackets(text, where, reporter)
    alone = len([p for p, _ in pieces if not isinstance(p, str) or p.strip()]) == 1
    stages = "sentences" if stage_directions and doc_type in WHOLLY_SPOKEN else \
        "cues" if stage_directions else ""
    transcript = doc_type == "transcript"
    for index, (piece, offset) in enumerate(pieces):
        if isinstance(piece, str):
            nodes.extend(split_parentheses(piece, transcript, stages == "sentences")
                         if stage_directions else [Text(piece)])
        else:
            following = pieces[index + 1][0] if index + 1 < len(pieces) else ""
            _append_bracket(nodes, piece.content, where, offset, reporter, stages, alone,
                            transcript, runs_on(following), interpreters)
            nodes.append(Text(_space_taken(text, offset, following, nodes[-1])))
    return tuple(_merge_text(nodes))


def _space_taken(text: str, offset: int, following: str | Bracket, last: Node) -> str:
    """The space before a mark that took the word before it into its element (`the [?]`: the
    space goes with the mark), given back where a word follows the mark unspaced (`the
    [?]missiles`), which would else run into that word; '' anywhere else."""
    glued = isinstance(following, str) and following[:1].isalnum()   # a word, not `)` or `.`
    taken = isinstance(last, Text) and not last.text[-1:].isspace()
    return text[offset - 1] if glued and taken and offset and text[offset - 1].isspace() else ""


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
                if where.starts:
                    _warn_across_paragraphs(where, start, index, reporter)
    if depth:
        reporter.error(where.at(start), f"'[' is never closed: {text[start:start + 40]!r}",
                       "bracket-unclosed")
        pieces.append((text[start + 1:], start + 1))
    elif run_start < len(text):
        pieces.append((text[run_start:], run_start))
    return pieces


def _warn_across_paragraphs(where: Locator, start: int, end: int, reporter: Reporter) -> None:
    """A bracket the next paragraph closes is read with it as one block: say so, and where."""
    if where.after_blank_line(start, end):
        closing = where.at(end)
        reporter.warning(where.at(start), f"'[' closes only in the next paragraph, at line "
                         f"{closing.line}, column {closing.column}: the two paragraphs are read "
                         "as one block", "bracket-paragraphs")


RUNNING_ON = re.compile(r"\s*[^\W\d_]")
"""What follows a bracket inside a running sentence: a word, the first letter lower-case (`The
[signature] of the protocol`, `La [firma] del protocolo`)."""


def runs_on(following: str | Bracket) -> bool:
    """Whether the text `following` a bracket runs on with a word in lower case: the bracket
    stands inside a sentence, not where a signature does (at the end of a line, before a name)."""
    found = RUNNING_ON.match(following) if isinstance(following, str) else None
    return found is not None and found.group()[-1].islower()


def _append_bracket(nodes: list[Node], content: str, where: Locator, offset: int,
                    reporter: Reporter, stages: str = "", alone: bool = False,
                    transcript: bool = False, in_sentence: bool = False,
                    interpreters: frozenset[str] = frozenset()) -> None:
    stripped = content.strip()
    inner = where.shifted(offset + 1 + len(content) - len(content.lstrip()))
    if stripped == "?":
        _uncertain(nodes)
        return
    if not stripped:
        nodes.append(Inline("gap", (("reason", "omission"),)))
        return
    sic = SIC.fullmatch(_unsigned(stripped))
    if sic:
        _sic(nodes, sic, inner, reporter)
        return
    nodes.append(page_break(stripped, alone)
                 or classify_bracket(stripped, inner, reporter, stages, transcript, in_sentence,
                                     interpreters))


def classify_bracket(content: str, where: Locator, reporter: Reporter,
                     stages: str = "", transcript: bool = False,
                     in_sentence: bool = False, interpreters: frozenset[str] = frozenset()
                     ) -> Inline:
    """The element for the content of one `[...]` (without the brackets); `stages`: the bracket
    stands in a speaker's turn, where it may be a stage direction, "cues" (`[Laughter]`) or, in a
    play or verbatim record (`doc_types.WHOLLY_SPOKEN`), "sentences" too (`[He gives a letter.]`);
    `transcript`: in a recording's transcript (`[16:02]`, `[crosstalk]`); `in_sentence`: words
    in lower case run on after it (`runs_on`), where `[signature]`, `[firma]` is the word the
    editors supplied (`La [firma] del protocolo`), no signature left out; `interpreters`: the
    names of the document's interpreters, whose telling how they rendered a word is the record's
    note (`record_notes.is_record_note`)."""
    note = ED_NOTE.match(content)
    if note:
        body = parse_inline(content[note.end():], where.shifted(note.end()), reporter)
        return _note(body)
    suffix = ED_SUFFIX.search(content)
    if suffix:
        return _editor_marked(content[:suffix.start()].strip(), where, reporter)
    if is_record_note(content, interpreters):   # `[Interpreter's note: ...]`: the record's
        return Inline("note", ORIGINAL, parse_inline(content, where, reporter))
    desc = content.replace("\u00a0", " ")
    page = page_break(desc, alone=False)
    if page:
        return page
    if MARKER_NUMBER.fullmatch(desc):
        return note_marker(desc)
    mark = source_mark(desc, lambda body, at: parse_inline(body, where.shifted(at), reporter),
                       transcript)
    if mark:
        return mark
    nested = "[" in desc   # a bracket it holds: the marker is read by the words outside it
    outer = outer_words(desc) if nested else desc
    reason = gap_reason(outer, transcript) if outer else ""
    if reason == "signature" and in_sentence:
        reason = ""   # the signing, a word of the sentence: `The [signature] of the protocol`
    if reason and not nested:
        return gap_element(desc, reason)
    if is_transliteration(content):
        return Inline("foreign", (("xml:lang", "ru-Latn"),), (Text(content),))
    body = parse_inline(content, where, reporter)
    if reason or CROSS_REFERENCE.match(content):   # a gap marker holding a bracket: its note
        return _note(body)
    if stages and reads_as_direction(content, stages == "sentences"):
        return Inline("stage", DELIVERY + (("rend", "brackets"),), body)
    if is_remark(content):
        return _note(body)
    return Inline("supplied", (("reason", "clarification"),) + ED, body)


def page_break(content: str, alone: bool) -> Inline | None:
    """`Page 345` anywhere, `p. 12` `alone` in its paragraph -> `pb`, the label kept as printed."""
    page = PAGE.fullmatch(content.replace("\u00a0", " "))
    if page is None:
        return None
    label = page.group("label")
    if label.lower() != "page" and not alone:
        return None
    printed = (("rend", label),) if label != PAGE_LABEL else ()
    return Inline("pb", (("n", page.group("n")),) + printed)


def is_remark(content: str) -> bool:
    """The editor's note: a bracketed sentence of its own, longer than a supplied insertion
    (`MAX_SUPPLIED_WORDS`), `[Text not found in the Department of State files.]`, a comment
    on the text of any length (`EDITORS_COMMENT`), `[Guevarra in the original]`, or the
    document's registration (`REGISTRY_ENTRY`)."""
    sentence = content[:1].isupper() and content.rstrip("\"”’'").endswith((".", "!", "?")) \
        and len(content.split()) > MAX_SUPPLIED_WORDS
    return sentence or EDITORS_COMMENT.search(content) is not None \
        or REGISTRY_ENTRY.match(content) is not None


def _note(body: tuple[Node, ...]) -> Inline:
    return Inline("note", (("type", "editorial"), ("place", "inline")) + ED, body)


def _unsigned(content: str) -> str:
    """`sic--ed.` -> `sic`: the content without the editor's signature."""
    suffix = ED_SUFFIX.search(content)
    return content[:suffix.start()].strip() if suffix else content


def _sic(nodes: list[Node], sic: re.Match[str], where: Locator, reporter: Reporter) -> None:
    """`meters [sic: probably 20 yards]` -> `<sic>meters</sic>` and the remark as a note; a
    correction of the words before it, `of 28 October [sic: 27 October]` -> `of <choice><sic>28
    October</sic><corr resp="#ed">27 October</corr></choice>` (`marked_words.wrap_corrected`);
    `removed [sic!]` -> `<sic rend="mark(sic!)">removed</sic>`, the mark as printed (`SIC_MARK`),
    and a correction after another sign than a colon with it (`SIC_THEN`)."""
    mark = "".join(sic.group("mark").split())
    rend = (SIC_MARK.format(mark),) if mark != "sic" else ()
    remark = sic.group("remark")
    parsed = () if not remark else \
        parse_inline(remark, where.shifted(sic.start("remark")), reporter)
    then = (SIC_THEN.format(sic.group("then")),) if remark and sic.group("then") != ":" else ()
    corrected = rend + then
    if remark and wrap_corrected(nodes, remark,
                                 (("rend", " ".join(corrected)),) if corrected else ()):
        nodes[-1] = Inline("choice", (), (nodes[-1], Inline("corr", ED, parsed)))
        return
    if not wrap_last_word(nodes, "sic", (), rend):
        nodes.append(Inline("sic", (("rend", " ".join(rend)),) if rend else ()))
    if remark:
        nodes.append(_note(parsed))


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
    return _note(children)


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
    if not wrap_last_word(nodes, "unclear", (("reason", "uncertain-reading"),) + ED):
        nodes.append(Inline("unclear", (("reason", "uncertain-reading"),) + ED))


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
