"""The walker: TEI elements -> HTML elements by the behaviour table; all text escaped by lxml."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree, html
from markupsafe import Markup

from ..collect import DocumentRecord, SiteModel, entry_id, text_of
from ..config import EditionInfo
from ..tei.xml import add_text
from . import cite, urls
from .behaviours import Rule, explanation, rule_for

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass
class Context:
    """What the walker needs besides the TEI: the page, the site model, the citation data."""

    page: str
    site: SiteModel
    edition: EditionInfo
    build_date: str
    doc: DocumentRecord | None = None
    notes: dict[etree._Element, int] = field(default_factory=dict)
    markers: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    footnotes: list[etree._Element] = field(default_factory=list)


def local(element: etree._Element) -> str:
    return etree.QName(element).localname


def number_notes(root: etree._Element, ctx: Context) -> None:
    """Number notes in document order; remember which line each block note annotates."""
    for note in root.iter("{*}note"):
        rule = rule_for("note", note.attrib)
        if rule.behaviour in ("note", "footnote"):
            number = len(ctx.notes) + 1
            ctx.notes[note] = number
            target = (note.get("target") or "").lstrip("#").removeprefix("L")
            if rule.behaviour == "note" and target and note.get("n"):
                ctx.markers.setdefault(target, []).append((number, note.get("n")))



def sub(parent: etree._Element, tag: str, css: str = "", text: str | None = None,
        **attributes: str) -> etree._Element:
    element = etree.SubElement(parent, tag, {k.rstrip("_").replace("_", "-"): v
                                             for k, v in attributes.items()})
    if css:
        element.set("class", css)
    element.text = text
    return element


def hidden(parent: etree._Element, text: str) -> None:
    sub(parent, "span", "visually-hidden", text)


class Walker:
    """Applies the behaviour table to a TEI subtree, appending HTML to a parent element."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def children(self, element: etree._Element, parent: etree._Element) -> None:
        add_text(parent, element.text)
        for child in element:
            if isinstance(child.tag, str):
                self.node(child, parent)
            add_text(parent, child.tail)

    def node(self, element: etree._Element, parent: etree._Element) -> None:
        rule = rule_for(local(element), element.attrib)
        getattr(self, f"b_{rule.behaviour}")(element, rule, parent)

    def _open(self, element: etree._Element, rule: Rule, parent: etree._Element) -> etree._Element:
        """The HTML element of a block, inside a citable line wrapper when it has @n."""
        n = element.get("n")
        if n is not None:
            parent = self._line(n, parent)
        out = sub(parent, rule.tag, rule.css)
        if element.get(XML_LANG):
            out.set("lang", element.get(XML_LANG))
        return out

    def _line(self, n: str, parent: etree._Element) -> etree._Element:
        line = sub(parent, "div", "line", id=f"L{n}")
        number = sub(line, "a", "ln", href=urls.line(n), data_pagefind_ignore="")
        hidden(number, "Line ")
        add_text(number, n)
        return line

    def _close(self, element: etree._Element, out: etree._Element) -> None:
        """After a block's content: note markers, then the line's citation (when numbered)."""
        self._markers(element, out)
        n = element.get("n")
        if n is None or self.ctx.doc is None:
            return
        details = sub(out.getparent(), "details", "cite-line", data_pagefind_ignore="")
        summary = sub(details, "summary", "", "Cite")
        hidden(summary, f" line {n}")
        sub(details, "p", "", cite.line_citation(self.ctx.doc, self.ctx.edition,
                                                self.ctx.build_date, n))

    def _markers(self, element: etree._Element, out: etree._Element) -> None:
        for number, note_n in self.ctx.markers.get(element.get("n") or "", ()):
            add_text(out, " ")
            link = sub(out, "a", "noteref", id=f"noteref-{number}", href=urls.line(note_n))
            sub(link, "sup", "", str(number))
            hidden(link, f" (editorial note {number})")

    # ----------------------------------------------------------------- behaviours

    def b_pass(self, element, rule, parent) -> None:
        self.children(element, parent)

    def b_omit(self, element, rule, parent) -> None:
        pass

    def b_block(self, element, rule, parent) -> None:
        out = self._open(element, rule, parent)
        self.children(element, out)
        self._close(element, out)

    b_heading = b_block

    def b_turn(self, element, rule, parent) -> None:
        out = sub(parent, rule.tag, rule.css)
        out.set("data-who", entry_id(element.get("who")))
        self.children(element, out)

    def b_speaker(self, element, rule, parent) -> None:
        out = sub(parent, rule.tag, rule.css)
        who = entry_id(element.getparent().get("who"))
        entry = self.ctx.site.entry_by_id.get(who)
        target = sub(out, "a", "", href=self._entry_href(entry)) if entry else out
        self.children(element, target)

    def b_inline(self, element, rule, parent) -> None:
        out = self._open(element, rule, parent)
        self.children(element, out)
        self._close(element, out)

    def b_break(self, element, rule, parent) -> None:
        sub(parent, rule.tag)

    def _entry_href(self, entry) -> str:
        return urls.relative(self.ctx.page, urls.entry(entry.kind, entry.id))

    def b_link(self, element, rule, parent) -> None:
        entry = self.ctx.site.entry_by_id.get(entry_id(element.get("ref")))
        if entry is None:
            self.children(element, sub(parent, "span", rule.css))
            return
        self.children(element, sub(parent, rule.tag, rule.css, href=self._entry_href(entry)))

    def b_date(self, element, rule, parent) -> None:
        out = sub(parent, rule.tag, rule.css)
        start, end = element.get("when") or element.get("notBefore"), element.get("notAfter")
        if start:
            out.set("datetime", start)
        notes = []
        if end:
            notes.append(f"between {start} and {end}" if start else f"before {end}")
        if element.get("evidence") == "conjecture":
            out.set("class", rule.css + " conjecture")
            notes.append(f"{start}, inferred by the encoder" if not end else "inferred by the encoder")
        if notes:
            out.set("title", "; ".join(notes))
        self.children(element, out)

    @staticmethod
    def _explained(parent, rule, text: str) -> etree._Element:
        """A focusable span whose explanation shows on hover and focus and is read aloud."""
        return sub(parent, "span", rule.css, tabindex="0", data_explain=text)

    def b_supplied(self, element, rule, parent) -> None:
        text = explanation(element.get("reason"), "supplied by the editors")
        out = self._explained(parent, rule, text)
        add_text(out, "[")
        self.children(element, out)
        add_text(out, "]")
        hidden(out, f" ({text})")

    def b_unclear(self, element, rule, parent) -> None:
        self.children(element, sub(parent, "span", rule.css))
        mark = self._explained(parent, Rule("unclear", "span", "unclear-mark"),
                               explanation(element.get("reason"), "uncertain reading"))
        add_text(mark, "[?]")
        hidden(mark, " (uncertain reading)")

    def b_gap(self, element, rule, parent) -> None:
        text = explanation(element.get("reason"), "text left out")
        out = self._explained(parent, rule, text)
        add_text(out, f"[{text_of(element.find('{*}desc')) or 'gap'}]")
        hidden(out, f" ({text})")

    def b_foreign(self, element, rule, parent) -> None:
        add_text(parent, "[")
        out = self._open(element, rule, parent)
        self.children(element, out)
        add_text(parent, "]")

    def b_gloss(self, element, rule, parent) -> None:
        uncertain = element.get("cert") == "low"
        text = "editor's gloss" + (", uncertain" if uncertain else "")
        out = self._explained(parent, rule, text)
        add_text(out, "[")
        self.children(element, out)
        add_text(out, "?]" if uncertain else "]")
        hidden(out, f" ({text})")

    def b_footnote(self, element, rule, parent) -> None:
        number = self.ctx.notes[element]
        link = sub(parent, "a", "noteref", id=f"noteref-{number}", href=f"#note-{number}",
                   title=text_of(element))
        sub(link, "sup", "", str(number))
        hidden(link, f" (editorial note {number})")
        self.ctx.footnotes.append(element)

    def b_note(self, element, rule, parent) -> None:
        number = self.ctx.notes.get(element, 0)
        out = self._open(element, rule, parent)
        out.set("role", "note")
        label = sub(out, "p", "note-label")
        back = sub(label, "a", "", f"Editorial note {number}", href=f"#noteref-{number}")
        target = (element.get("target") or "").lstrip("#").removeprefix("L")
        if target and any(n == number for n, _ in self.ctx.markers.get(target, ())):
            add_text(label, " on ")
            sub(label, "a", "", f"line {target}", href=urls.line(target))
        else:
            back.attrib.pop("href")
            back.tag = "span"
        self.children(element, sub(out, "p", "note-text"))
        self._close(element, out)


def footnote_list(walker: Walker) -> etree._Element | None:
    """The list of inline notes at the end of the text, each with a link back."""
    if not walker.ctx.footnotes:
        return None
    listing = etree.Element("ol", {"class": "footnotes"})
    for note in walker.ctx.footnotes:
        number = walker.ctx.notes[note]
        item = sub(listing, "li", "", id=f"note-{number}", value=str(number))
        walker.children(note, item)
        add_text(item, " ")
        back = sub(item, "a", "backref", "↩", href=f"#noteref-{number}")
        hidden(back, f" back to the text of note {number}")
    return listing


def to_markup(element: etree._Element | None) -> Markup:
    if element is None:
        return Markup("")
    return Markup(html.tostring(element, encoding="unicode", method="html"))


def render_text(root: etree._Element, ctx: Context) -> tuple[Markup, Markup]:
    """(the body as HTML, the list of inline notes) of a TEI document."""
    number_notes(root, ctx)
    walker = Walker(ctx)
    container = etree.Element("div", {"class": "text"})
    for body in root.iterfind("{*}text/{*}body"):
        walker.node(body, container)
    return to_markup(container), to_markup(footnote_list(walker))


def render_fragment(elements, ctx: Context) -> Markup:
    """A few TEI elements (e.g. the paragraphs of a licence) as HTML."""
    walker = Walker(ctx)
    container = etree.Element("div")
    for element in elements:
        walker.node(element, container)
    return Markup("").join(to_markup(child) for child in container)
