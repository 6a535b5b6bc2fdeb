"""Paragraphs the page layout broke joined again: a sentence cut at a page or a blank line."""

from __future__ import annotations

from .line_words import TERMINAL
from .model import Inline, Paragraph
from .page_furniture import page_break_nodes
from .paragraphs import (ANNEX, field_lines, marked_signature, opens_in_lower_case,
                         unclosed_brackets)


def _cut_by_layout(previous: Paragraph, para: Paragraph) -> bool:
    return opens_in_lower_case(para.text) and not previous.text.rstrip().endswith(TERMINAL) \
        and not field_lines(previous.lines[-1], para.text) and not ANNEX.match(para.text) \
        and not marked_signature(para.text)


def _closes_bracket_of(previous: Paragraph, para: Paragraph) -> bool:
    """Whether `para` closes a bracket `previous` leaves open (only the next paragraph may: a
    bracket never closed is reported, not allowed to take the paragraphs after it)."""
    return unclosed_brackets(previous.text) > 0 and unclosed_brackets(para.text) < 0


def join_broken_paragraphs(paras: list[Paragraph], furniture: dict[int, tuple[Inline, ...]]
                           | None = None) -> list[Paragraph]:
    """Join a paragraph cut by the page layout: `...it is` / blank / `still a poor country.`;
    and a bracket the next paragraph closes: `[The remainder of page 4 is torn.` / blank / `The
    text resumes on page 5.]` is one bracket, one element, as across a line break
    (`paragraphs._continues`; `inline` warns that the blank line inside it is not kept).

    A sentence a page breaks (`furniture`: first line -> the `pb`, `fw` of a paragraph of page
    furniture, `page_furniture`) goes on across the furniture, which stands inside the
    paragraph where the page broke (`Paragraph.page_breaks`), a word divided there joined as
    across a line break: `... is irre-` / `-3-` / `vocable ...` -> `irre-<lb break="no"/><pb
    n="3"/><fw type="pageNum">-3-</fw>vocable`. Furniture after a finished sentence stays
    between the paragraphs."""
    furniture = furniture or {}
    joined: list[Paragraph] = []
    between: list[Paragraph] = []   # the furniture since the last paragraph of text
    for para in paras:
        if para.line in furniture:
            between.append(para)
            continue
        if joined and between and _cut_by_layout(joined[-1], para):
            para = _joined(joined.pop(), para, [furniture[p.line] for p in between])
            between = []
        elif joined and not between \
                and (_cut_by_layout(joined[-1], para) or _closes_bracket_of(joined[-1], para)):
            para = _joined(joined.pop(), para)
        joined.extend(between)
        between = []
        joined.append(para)
    return joined + between


def _joined(previous: Paragraph, para: Paragraph,
            furniture: list[tuple[Inline, ...]] | None = None) -> Paragraph:
    """`previous` and `para` one paragraph, with the page break of `furniture` between them."""
    breaks = previous.page_breaks
    if furniture:
        in_word = previous.divides_word(previous.lines[-1].strip(), para.lines[0].strip())
        breaks += ((len(previous.lines), page_break_nodes(furniture, in_word)),)
    return Paragraph(previous.lines + para.lines, previous.line,
                     previous.line_numbers + para.line_numbers, breaks, previous.hyphen_dashes)
