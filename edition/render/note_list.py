"""The notes of a document page: numbered in document order, and the list of inline notes at
the end of its text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from ..namespaces import XML_ID, XML_LANG
from ..tei.notes import page_notes
from .markup import hidden, start

if TYPE_CHECKING:
    from .html import Context, Walker


def number_notes(root: etree._Element, ctx: Context) -> None:
    """Number notes in document order (see `tei.notes`); remember which line each block note
    annotates, and each note by its id (the one a footnote called twice has)."""
    ctx.notes = page_notes(root)
    ctx.notes_by_id = {note.get(XML_ID): note for note in ctx.notes if note.get(XML_ID)}
    for note, mark in ctx.notes.items():
        target = (note.get("target") or "").lstrip("#").removeprefix("L")
        if mark.block and target and note.get("n"):
            ctx.markers.setdefault(target, []).append((mark, note.get("n")))


def footnote_list(walker: Walker) -> str:
    """The list of inline notes at the end of the text, each with a link back and its own
    language (an encoder's note in a foreign text); '' if none."""
    if not walker.ctx.footnotes:
        return ""
    walker.out = out = ['<ol class="footnotes">']
    for note in walker.ctx.footnotes:
        mark = walker.ctx.notes[note]
        lang = (("lang", note.get(XML_LANG)),) if note.get(XML_LANG) else ()
        out.append(start("li", "lettered" if mark.lettered else "", ("id", mark.anchor),
                         ("value", str(mark.value)), *lang))
        walker.children(note)
        out.append(" " + start("a", "backref", ("href", f"#{mark.marker}")) + "↩"
                   + hidden(f" back to the text of note {mark.label}") + "</a></li>")
    out.append("</ol>")
    return "".join(out)
