"""Page furniture of a typed source: a page number alone on its line and the lines around it -> pb, fw."""

from __future__ import annotations

import re

from .model import WORD_BREAK, Inline, Node, Paragraph, Text
from .security_markings import classification_of

PAGE_NUMBER = re.compile(r"^[-–—]\s?(\d{1,4})\s?[-–—]$"
                         r"|^(?:[-–—]\s?)?Page\s(\d{1,4})(?:\sof\s\d{1,4})?(?:\s?[-–—])?$",
                         re.IGNORECASE)
"""`-2-`, `- 2 -`, `–3–`, `Page 2`, `Page 2 of 3`, `- Page 2 -`: a typed page's number, alone on
its line."""
BARE_NUMBER = re.compile(r"^\d{1,3}$")
"""`4`: a page's number with no mark around it, a page number only between two paragraphs of
prose (`bare_page_numbers`)."""
SENTENCE_END = (".", "!", ".”", '."', ".)", "!”")
"""How a sentence ends before a page's bare number; not `?` or `:`, which the number may answer."""
CONTINUED = re.compile(r"^\(?(?:continued|cont['’]?d\.?|cont\.)(?: on next page)?\)?\.?$",
                       re.IGNORECASE)
"""`(continued)`, `Continued`, `(cont'd)`, `(Continued on next page)`: the catch line that says a
text goes on over a page."""


def page_number(line: str) -> str:
    """The number of `-2-` (a page number alone on its line), else ""."""
    match = PAGE_NUMBER.match(line.strip())
    return (match.group(1) or match.group(2)) if match else ""


def page_furniture(paras: list[Paragraph]) -> dict[int, tuple[Inline, ...]]:
    """The first line of each paragraph of `paras` that is page furniture -> its TEI nodes.

    A page number alone in its paragraph (`-2-`) is where a page begins, `pb n="2"`, and the
    number as printed, `fw type="pageNum"`; the one-line paragraphs right after it that are a
    security marking (`TOP SECRET`, repeated at the page's top) are `fw type="header"`, those
    right before it `fw type="footer"`, and a `(continued)` on either side `fw type="catch"`:

        ... withdrawn as well. // -2- // TOP SECRET // (continued) // 4. The figure ...
        -> p, <pb n="2"/><fw type="pageNum">-2-</fw>, <fw type="header">TOP SECRET</fw>,
           <fw type="catch">(continued)</fw>, p

    A marking or `(continued)` with no page number beside it is the text's, as before. Read on
    the blocks of the lines (`paragraphs.split_lines`) before a sentence the page breaks is
    joined across them (`broken_paragraphs.join_broken_paragraphs`, `page_break_nodes`).
    """
    found: dict[int, tuple[Inline, ...]] = {}
    bare = bare_page_numbers(paras)
    for index, para in enumerate(paras):
        number = (page_number(para.text) if len(para.lines) == 1 else "") or bare.get(index, "")
        if not number:
            continue
        begins = (Inline("pb", (("n", number),)),) if _text_after(paras, index) else ()
        found[para.line] = (*begins, _fw("pageNum", para))
        for place, step in (("header", 1), ("footer", -1)):
            at = index + step
            while 0 <= at < len(paras) and paras[at].line not in found \
                    and (kind := _furniture_kind(paras[at], place)):
                found[paras[at].line] = (_fw(kind, paras[at]),)
                at += step
    return found


def _text_after(paras: list[Paragraph], index: int) -> bool:
    """Whether a paragraph other than the page's furniture follows the page number at `index`:
    else the number is the foot of the text's last page (`A. Mikoyan` // `Page 2 of 2`), where
    no page begins."""
    return any(not (len(para.lines) == 1 and (page_number(para.text) or _furniture_kind(
        para, "footer"))) for para in paras[index + 1:])


def bare_page_numbers(paras: list[Paragraph]) -> dict[int, str]:
    """Where a number alone in its paragraph (`4`) is a page's number -> the number: each stands
    between two paragraphs of prose, a sentence ended before it or going on after it (not a
    question or a lead-in it may answer: `How many ships?` // `12`), and the numbers rise through
    the text, as pages do; none where one number alone does not (a list of figures, `Ships
    stopped` // `42` // `Ships turned back` // `9`). A number in a line (`4.`, a table's row) is
    no page's."""
    found = {index: para.text.strip() for index, para in enumerate(paras)
             if len(para.lines) == 1 and BARE_NUMBER.match(para.text.strip())}
    numbers = [int(number) for number in found.values()]
    rising = all(number > 1 for number in numbers) and numbers == sorted(set(numbers))
    paged = rising and all(_between_prose(paras, index) for index in found)
    return found if paged else {}


def _between_prose(paras: list[Paragraph], index: int) -> bool:
    """Whether the paragraph before `index` and the first after it that is no marking over a
    page (`TOP SECRET`) are prose, and a sentence ends before it or goes on after it."""
    after = index + 1
    while after < len(paras) and _furniture_kind(paras[after], "header"):
        after += 1
    if index == 0 or after == len(paras):
        return False
    before, rest = paras[index - 1].text.rstrip(), paras[after].text.lstrip()
    ends = before.endswith(SENTENCE_END) or rest[:1].islower()
    return ends and _is_prose(before) and _is_prose(rest)


def _is_prose(text: str) -> bool:
    """Whether `text` is words of a sentence: three or more, some in small letters."""
    return len(text.split()) >= 3 and any(char.islower() for char in text)


def _furniture_kind(para: Paragraph, place: str) -> str:
    """`place` (header, footer) for a marking alone in its paragraph, `catch` for `(continued)`,
    "" for any other paragraph."""
    if len(para.lines) != 1:
        return ""
    if classification_of(para.text):
        return place
    return "catch" if CONTINUED.match(para.text.strip()) else ""


def _fw(kind: str, para: Paragraph) -> Inline:
    return Inline("fw", (("type", kind),), (Text(para.text.strip()),))



def page_break_nodes(furniture: list[tuple[Inline, ...]], in_word: bool) -> tuple[Node, ...]:
    """The nodes of a page break inside a paragraph, `furniture` the nodes of each paragraph of
    furniture between its lines: spaced from the words around them (`the <pb n="2"/><fw
    type="pageNum">-2-</fw> <fw type="header">TOP SECRET</fw> ships`), or after the line break
    of a word the page divides, none around (`irre-<lb break="no"/><pb n="3"/><fw
    type="pageNum">-3-</fw>vocable`)."""
    nodes: list[Node] = [WORD_BREAK] if in_word else []
    for index, part in enumerate(furniture):
        if not in_word or index:
            nodes.append(Text(" "))
        nodes.extend(part)
    return tuple(nodes + ([] if in_word else [Text(" ")]))
