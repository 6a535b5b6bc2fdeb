"""The notes of a document page: numbered in document order, and the list of inline notes at
the end of its text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from ..namespaces import XML_ID, XML_LANG
from ..tei.citation import target_line
from ..tei.notes import NoteMark, page_notes
from .markup import hidden, start, text

if TYPE_CHECKING:
    from .html import Context, Walker


def number_notes(root: etree._Element, ctx: Context) -> None:
    """Number notes in document order (see `tei.notes`); remember which line each block note
    annotates, and each note by its id (the one a footnote called twice has)."""
    ctx.notes = page_notes(root)
    ctx.notes_by_id = {note.get(XML_ID): note for note in ctx.notes if note.get(XML_ID)}
    for note, mark in ctx.notes.items():
        target = target_line(note)
        if mark.block and target and note.get("n"):
            ctx.markers.setdefault(target, []).append((mark, note.get("n")))


def footnote_list(walker: Walker) -> str:
    """The list of inline notes at the end of the text, each with a link back and its own
    language (an encoder's note in a foreign text); '' if none. The block notes, printed in the
    text, share their count: the list names each in its place, linked to it, so that it reads
    1, 2, 3, 4 and not from 4 (`_block_item`)."""
    if not walker.ctx.footnotes:
        return ""
    walker.out = out = ['<ol class="footnotes">']
    footnotes = set(walker.ctx.footnotes)
    listed = sorted(walker.ctx.footnotes + [note for note, mark in walker.ctx.notes.items()
                                            if mark.block and note not in footnotes],
                    key=lambda note: walker.ctx.notes[note].number)
    for note in listed:
        mark = walker.ctx.notes[note]
        if note not in footnotes:
            out.append(_block_item(note, mark))
            continue
        lang = (("lang", note.get(XML_LANG)),) if note.get(XML_LANG) else ()
        if mark.signed:   # `*`: no list item's number shows it; written, as printed
            out.append(start("li", "signed", ("id", mark.anchor), *lang)
                       + f'<span class="note-sign">{text(mark.label)}</span> ')
        else:
            out.append(start("li", "lettered" if mark.lettered else "", ("id", mark.anchor),
                             ("value", str(mark.value)), *lang))
        walker.children(note)
        out.append(" " + start("a", "backref", ("href", f"#{mark.marker}")) + "↩"
                   + hidden(f" back to the text of note {mark.label}") + "</a></li>")
    out.append("</ol>")
    return "".join(out)


def _block_item(note: etree._Element, mark: NoteMark) -> str:
    """The list item of a block note, which the text prints where it stands: 'Editorial note
    1, in the text after line 23', linked to the note (its own line); not indexed for search,
    the note's words are, in the text."""
    n, target = note.get("n"), target_line(note)
    label = f"Editorial note {text(mark.label)}"
    shown = f'<a href="#L{text(n)}">{label}</a>' if n else label
    where = f", in the text after line {text(target)}" if target else ", in the text"
    return (start("li", " ".join(["in-text"] + ["lettered"] * mark.lettered),
                  ("value", str(mark.value)), ("data-pagefind-ignore", ""))
            + shown + where + "</li>")
