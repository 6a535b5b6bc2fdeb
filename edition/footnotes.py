"""Footnotes of a plain-text source: the notes at its end moved to the markers `[1]` that call them.

    We should press for it on October 30.[2] McCloy believes ...
    ...
    [2] See Document 130.

    -> <p>... on <date when="1962-10-30">October 30</date>.<note type="editorial" place="inline"
       resp="#ed" n="2">See Document 130.</note> McCloy believes ...</p>

A bare number in brackets, `[2]`, is a footnote's marker (`inline.classify_bracket` makes it a
`NOTE_MARKER`). The footnotes are the paragraphs that end the document and open with a marker,
`[2] See Document 130.`, or, after a rule (`-----`) or a head (`Notes`, `Footnotes`), with the
number and a period, `2. See Document 130.`; notes called by a sign, a letter or a number and
a parenthesis, `* ...`, `(a) ...`, `1) ...`, may stand among them, and move to the first marker
of their sign in the text, `the 26th.*`, `at sea (a) but`, `October 30.1)`, where both sides
agree (`footnote_signs`, `_mark_sign_calls`): `<note ... n="*">`, `<note ... n="a">`. Under the head of a list of the document's own,
`Papers:`, `Enclosures:`, the paragraphs `[1] Draft reply ...` are that list, not footnotes.
Each is moved to the first marker of its number in
the text, as the TEI Guidelines place a note at its point of attachment (3.9.1), with the number
the source printed in @n: the page shows that number and links the note back to its marker, as
a FRUS footnote's (`tei.notes`). A footnote called again is pointed at: the note gets the id
`fn2`, each later marker is `<ref type="note-marker" target="#fn2">2</ref>` (`note_call`),
shown as the same marker linked to the note. A marker whose note the source does not give stays a
`NOTE_MARKER` `ref`, its number its text, shown as printed, `[2]`; a footnote no marker calls
stays a paragraph where it is.
A marker left that opens a paragraph numbers it, `<label rend="brackets">1</label>`, and a marker
of that number in the text, where the words refer by it (`paragraph [1]`, `[1] above`), refers to
it, `<ref type="item">1</ref>` (`number_paragraphs`), which
points at that paragraph once the lines are numbered (`target="#L4"`: `tei.body`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

from .footnote_signs import (SIGN_CALLS, opened_by, opened_by_sign, printed_signs, sign_markers,
                             sign_notes, split_at_signs)
from .date_patterns import MONTHS
from .model import (Block, Document, Inline, Node, Postscript, Text, Turn, map_blocks,
                    plain_text)

NOTE_MARKER = "note-marker"
"""The @type of the `ref` of a footnote marker, `[2]`: `<ref type="note-marker">2</ref>`, its
number its text (an @n in the body is a line of the citation scheme, `tei.citation`)."""
ITEM_REFERENCE = "item"
"""The @type of the `ref` of a marker that refers to a numbered paragraph: `<ref type="item">1</ref>`."""
MARKER_NUMBER = re.compile(r"[1-9]\d{0,2}")
"""The content of a bracket that is a footnote's marker: `[2]`, `[12]` (not `[1962]`)."""
NUMBERED_NOTE = re.compile(r"\s*(?P<n>[1-9]\d{0,2})\.\s+")
"""A footnote opened by its number and a period (`2. See Document 130.`), after a rule or head."""
RULE_OR_HEAD = re.compile(r"\s*(?:[-_*=—–]\s*){3,}|\s*(?:foot|end)?notes?\s*:?\s*", re.I)
"""What may stand before the footnotes: a rule (`-----`, `* * *`) or a head (`Notes`, `Footnotes`)."""
LIST_HEAD = re.compile(r"\s*[^\W\d_][\w'’ .-]{0,40}:\s*")
"""A head of the document's own list, `Papers:`, `Enclosures:`, `Attachments:`, `Tabs:`: the
numbered paragraphs under it are its items, not footnotes (`[1] Draft reply ...`)."""
NOTE_ATTRS = (("type", "editorial"), ("place", "inline"), ("resp", "#ed"))
REFERRING_BEFORE = re.compile(r"\b(?:paragraphs?|paras?\.?|items?|points?|sections?|papers?|tabs?|"
                              r"enclosures?|attachments?|annex(?:es)?|see|cf\.)\s*$", re.I)
"""The words before a marker that refer by it to a numbered paragraph: `paragraph [2]`,
`Papers [1] and [2]`, `see [2]` (`number_paragraphs`)."""
REFERRING_AFTER = re.compile(r"\s*(?:above|below|supra|infra)\b", re.I)
"""The words after one that do: `As stated in [1] above`."""
MARKERS_JOINED = re.compile(r"\s*(?:,|and|or|to|&|-|–)\s*", re.I)
"""What joins markers of one reference: `[1] and [2]`, `[1], [2]`, `[1]-[3]`."""


SIGN_NAMES = {"*": "star", "†": "dagger", "‡": "ddagger", "§": "section"}
"""The signs a note may be called by, named in its id: `**` -> `fn-star-star`."""


def printed_anchor(n: str) -> str:
    """The id of the note printed with number `n`: `fn3` (as on history.state.gov), on the page
    (`tei.notes`) and, for a footnote called again, in the TEI (`note_call`); of a note called
    by a letter `fna`, by a sign the sign's names, `fn-star` (an id holds no `*`)."""
    if n and all(sign in SIGN_NAMES for sign in n):
        return "fn-" + "-".join(SIGN_NAMES[sign] for sign in n)
    return f"fn{n}"


def note_marker(number: str) -> Inline:
    """`[2]` -> `<ref type="note-marker">2</ref>`: the marker, its number kept as printed."""
    return Inline("ref", (("type", NOTE_MARKER),), (Text(number),))


def attach_footnotes(document: Document) -> None:
    """Move the footnotes that end `document` to the markers that call them (see the module);
    then the markers left that open a paragraph number it (`number_paragraphs`)."""
    tail, every_block = _trailing_blocks(document), list(_blocks(document))
    notes = _footnotes(tail, every_block) or _footnotes_before_summary(tail, every_block)
    if notes:
        _mark_sign_calls(document, notes)
        _move_footnotes(document, notes)
    number_paragraphs(document)


def _move_footnotes(document: Document,
                    notes: dict[str, tuple[Block, tuple[Node, ...]]]) -> None:
    calls: dict[str, tuple[Node, ...]] = {n: body for n, (_, body) in notes.items()}
    footnote_blocks = {id(block) for block, _ in notes.values()}
    counted = Counter(number for block in _blocks(document) if id(block) not in footnote_blocks
                      for number in _marker_numbers(block.content))
    placed: set[str] = set()

    def place(nodes: tuple[Node, ...]) -> tuple[Node, ...]:
        out: list[Node] = []
        for node in nodes:
            number = _marker_number(node) if isinstance(node, Inline) else ""
            if number in calls and number not in placed:
                placed.add(number)
                called_again = (("xml:id", printed_anchor(number)),) if counted[number] > 1 else ()
                printed = number.strip("()")   # `(a)`, `1)`: the letter, the number
                out.append(Inline("note", NOTE_ATTRS + (("n", printed),) + called_again,
                                  calls[number]))
            elif number in placed:
                out.append(note_call(number))
            elif isinstance(node, Inline) and node.tag != "note":
                out.append(replace(node, children=place(node.children)))
            else:
                out.append(node)
        return tuple(out)

    map_blocks(document, lambda block: block if id(block) in footnote_blocks
                else replace(block, content=place(block.content)))
    moved = {id(notes[n][0]) for n in placed}
    map_blocks(document, lambda block: None if id(block) in moved else block)


def _mark_sign_calls(document: Document,
                     notes: dict[str, tuple[Block, tuple[Node, ...]]]) -> None:
    """The first marker in the text of each note called by a sign (`SIGN_CALLS`), `the 26th.*`,
    `at sea (a) but`, made a footnote's marker as `[2]` is, `<ref type="note-marker">(a)</ref>`,
    for `_move_footnotes`; a later one stays as printed. Both sides must agree: where the text
    holds a marker of a family that no footnote gives (`(a)` and `(b)` in the text, a footnote
    `(a)` alone), that family's signs are no calls and their notes stay paragraphs (`notes` loses
    them). A sign no marker calls stays a paragraph too."""
    footnote_blocks = {id(block) for block, _ in notes.values()}
    body = [block for block in _blocks(document) if id(block) not in footnote_blocks]
    for family in SIGN_CALLS:
        given = {sign for sign in notes if family.fullmatch(sign)}
        printed = {found.group("sign") for block in body
                   for found, _, _ in sign_markers(block.content, family, "")}
        if printed - given:
            for sign in given:
                del notes[sign]
    pending = {sign for sign in notes if not sign.isdigit()}
    if not pending:
        return

    def mark(nodes: tuple[Node, ...], before: str) -> tuple[Node, ...]:
        out: list[Node] = []
        for node in nodes:
            if isinstance(node, Text):
                out.extend(split_at_signs(node.text, before, pending, note_marker))
            elif node.tag != "note":
                out.append(replace(node, children=mark(node.children, "x")))
            else:
                out.append(node)
            before = node.text[-1:] if isinstance(node, Text) else "x"
        return tuple(out)

    map_blocks(document, lambda block: block if id(block) in footnote_blocks
                else replace(block, content=mark(block.content, "")))


def number_paragraphs(document: Document) -> None:
    """A marker left that opens a paragraph, no footnote moved to it, is the paragraph's number
    (`[1] The Chancellor told ...`, `[1] Draft reply ...` under `Papers:`): `<label
    rend="brackets">1</label>`, as TEI labels a numbered part of a text, its brackets in @rend;
    a marker of that number in the text refers to the paragraph, no footnote call, where the
    words say so (`As stated in [1] above`, `Papers [1] and [2]`: `_referring`): `<ref
    type="item">1</ref>` (its @target the paragraph's id, set by `tei.body` once lines are
    numbered). A marker of no such number stays one, and so does one the words do not refer
    by (`his note of November [2]`, the editor's day)."""
    labelled: set[str] = set()

    def label(block: Block) -> Block:
        opened = _opened_by_marker(block)
        if opened is None:
            return block
        content = _strip_leading_space(block.content)
        if _calls_again(content[0]):
            return block
        labelled.add(opened[0])
        return replace(block, content=(Inline("label", (("rend", "brackets"),),
                                              (Text(opened[0]),)),) + content[1:])

    def refer(nodes: tuple[Node, ...]) -> tuple[Node, ...]:
        out: list[Node] = []
        referring = _referring(nodes)
        for index, node in enumerate(nodes):
            if index in referring and _marker_number(node) in labelled:
                out.append(item_reference(_marker_number(node)))
            elif isinstance(node, Inline):
                out.append(replace(node, children=refer(node.children)))
            else:
                out.append(node)
        return tuple(out)

    map_blocks(document, label)
    if labelled:
        map_blocks(document, lambda block: replace(block, content=refer(block.content)))


def _referring(nodes: tuple[Node, ...]) -> set[int]:
    """The indexes of the markers among `nodes` whose words refer to a numbered paragraph: a
    run of markers (`[1] and [2]`, `[1], [2]`) after a word naming what is numbered or `see`
    (`paragraph [2]`, `Papers [1] and [2]`, `see [2]`: `REFERRING_BEFORE`), or before `above`,
    `below` (`As stated in [1] above`), and no month's name beside it: `note of November [2]`,
    `telegram of [3] December` hold a day the editor supplied, no reference."""
    runs: list[list[int]] = []
    for index, node in enumerate(nodes):
        if not isinstance(node, Inline) or not _marker_number(node) or _calls_again(node):
            continue
        if runs and runs[-1][-1] == index - 2 and MARKERS_JOINED.fullmatch(_words(nodes, index - 1)):
            runs[-1].append(index)
        else:
            runs.append([index])
    referring: set[int] = set()
    for run in runs:
        before, after = _words(nodes, run[0] - 1), _words(nodes, run[-1] + 1)
        beside = before.split()[-1:] + after.split()[:1]
        if any(word.strip(".,;:()").lower() in MONTHS for word in beside):
            continue
        if REFERRING_BEFORE.search(before) or REFERRING_AFTER.match(after):
            referring.update(run)
    return referring


def _words(nodes: tuple[Node, ...], index: int) -> str:
    """The text of `nodes[index]`, '' where there is none."""
    return plain_text((nodes[index],)) if 0 <= index < len(nodes) else ""


def item_reference(number: str) -> Inline:
    """`[1]` in `As stated in [1] above`: `<ref type="item">1</ref>`, the paragraph numbered 1."""
    return Inline("ref", (("type", ITEM_REFERENCE),), (Text(number),))


def note_call(number: str) -> Inline:
    """A later marker of footnote `number`, whose note stands at the first: `<ref
    type="note-marker" target="#fn2">2</ref>`, the Guidelines' pointer to the note (3.9.1)."""
    return Inline("ref", (("type", NOTE_MARKER), ("target", "#" + printed_anchor(number))),
                  (Text(number),))


def _calls_again(marker: Inline) -> bool:
    """A later marker of a footnote called twice, pointing at its note (`note_call`)."""
    return "target" in dict(marker.attrs)


def _marker_numbers(nodes: tuple[Node, ...]) -> Iterator[str]:
    """The numbers of the footnote markers among `nodes`, in order, as `place` finds them (not
    inside a note)."""
    for node in nodes:
        if isinstance(node, Inline) and node.tag != "note":
            if number := _marker_number(node):
                yield number
            yield from _marker_numbers(node.children)


def _marker_number(node: Inline) -> str:
    """The number of a footnote's marker, '' for any other node."""
    if node.tag != "ref" or dict(node.attrs).get("type") != NOTE_MARKER:
        return ""
    return "".join(child.text for child in node.children if isinstance(child, Text))


def _trailing_blocks(document: Document) -> list[Block]:
    """The blocks that end the document, in order: its last top-level blocks, or the last blocks
    of the turn or postscript that ends it."""
    parts = document.parts
    tail: list[Block] = []
    for part in reversed(parts):
        if not isinstance(part, Block):
            if not tail and isinstance(part, (Turn, Postscript)):
                tail = list(part.blocks)
            break
        tail.insert(0, part)
    return tail


def _footnotes(blocks: list[Block], every_block: list[Block]
               ) -> dict[str, tuple[Block, tuple[Node, ...]]]:
    """{number or sign: (its block, the note's words)} of the footnotes ending `blocks`: those
    opened by a marker, `[2] ...`, or after a rule or head those opened by a number, `2. ...`,
    and those called by a sign, `* ...`, `(a) ...` (`footnote_signs.sign_notes`: the markers
    printed in the rest of `every_block`, the text, are its evidence); a run read from the end,
    which the first other block stops. A run under the head of a list that is no Notes head
    (`Papers:`, `LIST_HEAD`) is the document's list: no footnotes (footnotes follow the body, a
    rule or a Notes head)."""
    found: list[tuple[str, Block, tuple[Node, ...]]] = []
    numbered: list[tuple[str, Block, tuple[Node, ...]]] = []
    signed: list[tuple[str, Block, tuple[Node, ...]]] = []
    headed = False
    for index in range(len(blocks) - 1, -1, -1):
        block = blocks[index]
        marked = _opened_by_marker(block)
        if marked:
            found.insert(0, (marked[0], block, marked[1]))
            continue
        by_number = _opened_by_number(block)
        if by_number:
            numbered.insert(0, (by_number[0], block, by_number[1]))
            continue
        by_sign = None if _is_rule_or_head(block) else opened_by_sign(block)   # `* * *`: a rule
        if by_sign:
            signed.insert(0, (by_sign[0], block, by_sign[1]))
            continue
        headed = _is_rule_or_head(block)
        if numbered and headed:
            found = numbered + found
        elif _is_list_head(block):
            found, signed = [], []
        break
    if not found and not signed:   # most documents: nothing of the text to read for calls
        return {}
    run = {id(block) for _, block, _ in found + signed}
    text = [block for block in every_block if id(block) not in run]
    called = {number for block in text for number in _marker_numbers(block.content)}
    among_footnotes = headed or any(number in called for number, _, _ in found)
    signs = printed_signs(text) if signed and not among_footnotes else set()
    notes: dict[str, tuple[Block, tuple[Node, ...]]] = {}
    for number, block, body in found + sign_notes(signed, among_footnotes, signs):
        notes.setdefault(number, (block, body))
    return notes


def _footnotes_before_summary(blocks: list[Block], every_block: list[Block]
                              ) -> dict[str, tuple[Block, tuple[Node, ...]]]:
    """The footnotes `[1] ...` before a last paragraph of prose, the archive's summary line its
    page prints after them (`Report of the Chinese Embassy in Havana on ...`), where the text
    calls each: they move, the last paragraph stays (`_footnotes` of the blocks before it)."""
    last = plain_text(blocks[-1].content).strip() if blocks else ""
    if len(blocks) < 2 or blocks[-1].kind != "p" or len(last.split()) < 3 \
            or not last.endswith((".", "!", "?")) or any(_marker_numbers(blocks[-1].content)):
        return {}
    notes = _footnotes(blocks[:-1], every_block)
    run = {id(block) for block, _ in notes.values()}
    called = {number for block in every_block if id(block) not in run
              for number in _marker_numbers(block.content)}
    return notes if all(_opened_by_marker(block) and number in called
                        for number, (block, _) in notes.items()) else {}


def _opened_by_marker(block: Block) -> tuple[str, tuple[Node, ...]] | None:
    content = _strip_leading_space(block.content)
    if block.kind != "p" or not content or not isinstance(content[0], Inline):
        return None
    number = _marker_number(content[0])
    body = _strip_leading_space(content[1:])
    return (number, body) if number and body else None


def _opened_by_number(block: Block) -> tuple[str, tuple[Node, ...]] | None:
    """`1. See ...` -> ('1', its words); None for any other block, or a number alone."""
    opened = opened_by(NUMBERED_NOTE, block)
    return opened if opened and opened[1] else None


def _is_rule_or_head(block: Block) -> bool:
    return all(isinstance(node, Text) for node in block.content) \
        and RULE_OR_HEAD.fullmatch("".join(node.text for node in block.content)) is not None


def _is_list_head(block: Block) -> bool:
    """`Papers:`, `Enclosures:`: a head of up to four words and a colon, not `Notes:`."""
    text = "".join(node.text for node in block.content if isinstance(node, Text))
    return block.kind == "p" and all(isinstance(node, Text) for node in block.content) \
        and LIST_HEAD.fullmatch(text) is not None and len(text.split()) <= 4 \
        and not _is_rule_or_head(block)


def _strip_leading_space(nodes: tuple[Node, ...]) -> tuple[Node, ...]:
    if nodes and isinstance(nodes[0], Text):
        text = nodes[0].text.lstrip()
        if text and len(text) == len(nodes[0].text):
            return nodes   # nothing to strip: the usual case, no node made again
        return ((Text(text),) if text else ()) + nodes[1:]
    return nodes


def _blocks(document: Document) -> Iterator[Block]:
    """Each block of the document's opener and parts (turns, closers, postscripts too)."""
    yield from document.opener
    for part in document.parts:
        yield from (part,) if isinstance(part, Block) else part.blocks
