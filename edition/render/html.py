"""The walker: TEI elements -> HTML by the behaviour table, written as text escaped as lxml would.

The HTML is written straight into a list of strings, in document order, never built as a tree:
a document page has thousands of elements, and a tree of them cost more than the rest of the
page. The strings are made by `render.markup`, escaped exactly as lxml would.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from lxml import etree
from markupsafe import Markup

from ..collect import entry_id, text_of
from ..records import DocumentRecord, SiteModel
from ..config import EditionInfo
from ..tei.citation import target_line
from ..tei.notes import NoteMark
from ..tei.reading import MARKED, brackets, tail_after_mark
from ..namespaces import XML_LANG
from . import urls
from .behaviours import TABLE, Rule, date_explanation, rule_for
from .mark_behaviours import EditorialMarks
from .markup import cached_start, classed, end, hidden, start, text
from .page_marks import cite_start, label_start, licence_link, line_start, note_marker
from .hyphens import kept_hyphen
from .note_list import footnote_list, number_notes

@dataclass
class Context:
    """What the walker needs besides the TEI: the page, the site model, the citation data."""

    page: str
    site: SiteModel
    edition: EditionInfo
    build_date: str
    doc: DocumentRecord | None = None
    line_citation: Callable[..., Markup] | None = None
    """The citation of a line of `doc` by its number (`cite.line_citer`), made once per page:
    each line's citation box gives it; None: no boxes (a fragment, a test)."""
    notes: dict[etree._Element, NoteMark] = field(default_factory=dict)
    notes_by_id: dict[str, etree._Element] = field(default_factory=dict)
    markers: dict[str, list[tuple[NoteMark, str]]] = field(default_factory=dict)
    footnotes: list[etree._Element] = field(default_factory=list)


@lru_cache(maxsize=512)
def local_name(tag: str) -> str:
    """'{http://www.tei-c.org/ns/1.0}p' -> 'p'."""
    return tag.rpartition("}")[2]


def local(element: etree._Element) -> str:
    return local_name(element.tag)


@lru_cache(maxsize=512)
def fixed_rule(tag: str) -> Rule | None:
    """The one rule of an element whose rules have no predicate; None when attributes decide."""
    rules = TABLE.get(local_name(tag), ())
    return rules[0] if len(rules) == 1 and rules[0].when is None else None


class Walker(EditorialMarks):
    """Applies the behaviour table to a TEI subtree, appending its HTML to `out`."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.out: list[str] = []
        self.handlers = {name[2:]: getattr(self, name) for name in dir(self)
                         if name.startswith("b_")}
        self.entry_hrefs: dict[str, str] = {}
        self.link_tags: dict[tuple[str, str, str | None, bool], tuple[str, str]] = {}
        self.in_link = False    # inside an <a>: a name or reference in it is not a link again;
        self.held: list[str] = []   # a note marker waits for the link's end, nothing takes focus
        self.line_citation = ctx.line_citation

    def children(self, element: etree._Element) -> None:
        out, handlers = self.out, self.handlers
        if element.text:
            out.append(text(element.text))
        for child in element:
            tag = child.tag
            if tag.__class__ is str:   # not a comment or processing instruction
                rule = fixed_rule(tag) or rule_for(local_name(tag), child.attrib)
                handlers[rule.behaviour](child, rule)
            if child.tail:   # less what a mark's element wrote before its mark: `"bitter" [sic]`
                out.append(text(tail_after_mark(child) if tag in MARKED else child.tail))

    def node(self, element: etree._Element) -> None:
        rule = fixed_rule(element.tag) or rule_for(local(element), element.attrib)
        self.handlers[rule.behaviour](element, rule)

    def _open(self, element: etree._Element, rule: Rule,
              *attributes: tuple[str, str]) -> str | None:
        """The start tag of a block, inside a citable line wrapper when it has @n; the @n."""
        n = element.get("n")
        if n is not None:
            self.out.append(line_start(n))
        lang = element.get(XML_LANG)
        if lang:
            attributes = (("lang", lang),) + attributes
        self.out.append(cached_start(rule.tag, "", *classed(rule.css, *attributes))
                        if attributes else cached_start(rule.tag, rule.css))
        return n

    def _close(self, n: str | None, rule: Rule) -> None:
        """After a block's content: note markers, the end tag, then the line's citation and the
        end of the line (when numbered `n`)."""
        if self.ctx.markers:
            self._markers(n)
        out = self.out
        out.append(end(rule.tag))
        if n is None:
            return
        if self.line_citation is not None:
            out.append(f"{cite_start(n)}{self.line_citation(n)}</p></details>")
        out.append("</div>")

    def _markers(self, n: str | None) -> None:
        for mark, note_n in self.ctx.markers.get(n or "", ()):
            self.out.append(" " + note_marker(mark, urls.line(note_n)))

    def _entry_href(self, entry) -> str:
        href = self.entry_hrefs.get(entry.id)
        if href is None:
            href = self.entry_hrefs[entry.id] = urls.relative(self.ctx.page,
                                                              urls.entry(entry.kind, entry.id))
        return href

    # ----------------------------------------------------------------- behaviours

    def b_pass(self, element, rule) -> None:
        self.children(element)

    def b_omit(self, element, rule) -> None:
        pass

    def b_block(self, element, rule) -> None:
        n = self._open(element, rule)
        self.children(element)
        self._close(n, rule)

    b_heading = b_block
    b_inline = b_block

    def b_furniture(self, element, rule) -> None:
        """Page furniture (`-2-`, `TOP SECRET` at a page's top) shown as an inline element, but
        no words of the text for the search: the word of a running head would find every page."""
        n = self._open(element, rule, ("data-pagefind-ignore", ""))
        self.children(element)
        self._close(n, rule)

    def b_enclosed(self, element, rule) -> None:
        """Inline text in the enclosure the source printed (`brackets`: its @rend), inside the
        element: `<i class="stage">(Applause)</i>`; bare where it printed none."""
        before, after = brackets(element)
        n = self._open(element, rule)
        self.out.append(text(before))
        self.children(element)
        self.out.append(text(after))
        self._close(n, rule)

    def b_turn(self, element, rule) -> None:
        who = ("data-who", " ".join(map(entry_id, (element.get("who") or "").split())))
        self.out.append(cached_start(rule.tag, "", *classed(rule.css, who)))
        if element.find("{*}speaker") is None:
            self._attributed_speaker(element, who[1])
        self.children(element)
        self.out.append(end(rule.tag))

    def _attributed_speaker(self, turn, who: str) -> None:
        """The heading of a turn whose source prints no speaker label (an `sp` without `speaker`):
        the register's name, in brackets as the editors' attribution."""
        entry = self.ctx.site.entry_by_id.get(who)
        if entry is not None:
            rule = TABLE["speaker"][0]
            self.out.append(cached_start(rule.tag, rule.css) + label_start(turn) + "["
                            + cached_start("a", "", ("href", self._entry_href(entry)))
                            + text(entry.name) + "</a>]"
                            + hidden(" (speaker not named in the source)") + "</span>"
                            + end(rule.tag))

    def b_speaker(self, element, rule) -> None:
        who = element.getparent().get("who") or ""
        entry = self.ctx.site.entry_by_id.get(entry_id(who)) if len(who.split()) == 1 else None
        self.out.append(cached_start(rule.tag, rule.css) + label_start(element.getparent()))
        if entry is None:
            self.children(element)
        else:
            self._linked(element, (cached_start("a", "", ("href", self._entry_href(entry))),
                                   "</a>"))
        self.out.append("</span>" + end(rule.tag))

    def b_break(self, element, rule) -> None:
        self.out.append(start(rule.tag) + end(rule.tag))

    def b_hyphen(self, element, rule) -> None:
        """An empty element whose style draws the hyphen and the break: no text of its own;
        only the break where the source keeps its hyphen (`Wort-<lb break="no"/>teil`)."""
        css = "lb-join" if kept_hyphen(element) else rule.css
        self.out.append(cached_start(rule.tag, css) + end(rule.tag))

    def b_link(self, element, rule) -> None:
        key = (rule.tag, rule.css, element.get("ref"), self.in_link)
        tags = self.link_tags.get(key)
        if tags is None:
            tags = self.link_tags[key] = self._link_tags(rule, key[2])
        self._linked(element, tags)

    def _linked(self, element, tags: tuple[str, str]) -> None:
        """The content of `element` between `tags` (an <a>, or a span where nothing links): in
        an <a>, nothing is a link or takes the focus again; note markers follow the link."""
        outer, self.in_link = self.in_link, self.in_link or tags[1] == "</a>"
        self.out.append(tags[0])
        self.children(element)
        self.out.append(tags[1])
        self.in_link = outer
        if not outer and self.held:
            self.out.extend(self.held)
            self.held = []

    def _link_tags(self, rule: Rule, ref: str | None) -> tuple[str, str]:
        """(start, end) of a name: a link to its register entry; a span if it has none, or
        inside another link."""
        entry = self.ctx.site.entry_by_id.get(entry_id(ref))
        if entry is None or self.in_link:
            return start("span", rule.css), "</span>"
        return start(rule.tag, rule.css, ("href", self._entry_href(entry))), end(rule.tag)

    def b_reference(self, element, rule) -> None:
        """A link to the page the target names (`urls.reference`); the words alone without one."""
        href = urls.reference(self.ctx.page, element.get("target") or "", self.ctx.site.by_id)
        if href and not self.in_link:
            self._linked(element, (start(rule.tag, rule.css, ("href", href)), end(rule.tag)))
        else:
            self.children(element)

    def b_date(self, element, rule) -> None:
        """A <time>; a date the encoder inferred or bounded is explained as the [supplied]
        text is: on hover, on focus (a tap on a phone, Tab; in a link, the link's focus) and to
        screen readers."""
        start_date = element.get("when") or element.get("notBefore")
        conjecture = element.get("evidence") == "conjecture"
        explained = date_explanation(element.get("when"), element.get("notBefore"),
                                     element.get("notAfter"), conjecture,
                                     element.get("calendar") == "#julian")
        css = rule.css + " conjecture" if conjecture else rule.css
        attributes = [("datetime", start_date)] if start_date else []
        if explained:
            attributes += [*self._focusable(), ("data-explain", explained)]
        self.out.append(cached_start(rule.tag, "", *classed(css, *attributes)))
        self.children(element)
        self.out.append((hidden(f" ({explained})") if explained else "") + end(rule.tag))

    def b_footnote(self, element, rule) -> None:
        mark = self.ctx.notes[element]
        marker = note_marker(mark, f"#{mark.anchor}", ("title", text_of(element)))
        (self.held if self.in_link else self.out).append(marker)
        self.ctx.footnotes.append(element)

    def b_note_call(self, element, rule) -> None:
        """A later marker of a footnote called twice (`<ref type="note-marker" target="#fn2">`):
        the note's marker again, linked to it; the words alone when no note has that id."""
        called = element.get("target", "").removeprefix("#")
        note = self.ctx.notes_by_id.get(called)
        if note is None:
            self.children(element)
            return
        mark = self.ctx.notes[note]
        marker = note_marker(mark, f"#{mark.anchor}", ("title", text_of(note)), first=False)
        (self.held if self.in_link else self.out).append(marker)

    def b_item_reference(self, element, rule) -> None:
        """`As stated in [1] above`: the number in its brackets, a link to the line of the
        paragraph it numbers (`<ref type="item" target="#L4">`); the words alone without one."""
        before, after = brackets(element)
        line = target_line(element)
        linked = bool(line) and not self.in_link   # its words are a number: no link inside
        self.out.append((start(rule.tag, rule.css, ("href", urls.line(line))) if linked else "")
                        + text(before))
        self.children(element)
        self.out.append(text(after) + (end(rule.tag) if linked else ""))

    def b_licence(self, element, rule) -> None:
        """The paragraphs of a source's licence; each web address of its @target a link
        (rel="license"): the paragraph whose words are the address (ParlaMint), else a line
        "Licence: address" after them."""
        unprinted = (element.get("target") or "").split()
        self.out.append(text(element.text or ""))
        for child in element:
            address = text_of(child) if child.tag.__class__ is str else None
            if address in unprinted:
                unprinted.remove(address)
                block = rule_for(local(child), child.attrib)
                self.out.append(start(block.tag, block.css))
                self._linked(child, (licence_link(address), "</a>"))
                self.out.append(end(block.tag))
            elif address is not None:
                self.node(child)
            self.out.append(text(tail_after_mark(child)))
        self.out.extend(f'<p class="licence-address">Licence: {licence_link(address)}'
                        f'{text(address)}</a></p>' for address in unprinted)

    def b_note(self, element, rule) -> None:
        mark = self.ctx.notes.get(element)
        n = self._open(element, rule, ("role", "note"))
        target = target_line(element)
        label = text(f"Editorial note {mark.label if mark is not None else 0}")
        if target and any(marked is mark for marked, _ in self.ctx.markers.get(target, ())):
            label = (start("a", "", ("href", f"#{mark.marker}")) + label + "</a>"
                     + " on " + start("a", "", ("href", urls.line(target)))
                     + text(f"line {target}") + "</a>")
        else:
            label = f"<span>{label}</span>"
        self.out.append(f'<p class="note-label">{label}</p><p class="note-text">')
        self.children(element)
        self.out.append("</p>")
        self._close(n, rule)


def render_text(root: etree._Element, ctx: Context) -> tuple[Markup, Markup]:
    """(the body as HTML, the list of inline notes) of a TEI document."""
    number_notes(root, ctx)
    walker = Walker(ctx)
    walker.out.append('<div class="text">')
    for body in root.iterfind("{*}text/{*}body"):
        walker.node(body)
    walker.out.append("</div>")
    return Markup("".join(walker.out)), Markup(footnote_list(walker))


def render_fragment(elements, ctx: Context) -> Markup:
    """A few TEI elements (e.g. the paragraphs of a licence) as HTML: each element with the text
    that follows it, none before the first."""
    walker = Walker(ctx)
    for element in elements:
        walker.node(element)
    written = "".join(walker.out)
    first = written.find("<")   # escaped text holds no '<': the first one starts an element
    return Markup(written[first:] if first >= 0 else "")
