"""The behaviours of the source's and the editors' marks (`[?]`, `[sic]`, gaps, supplied words,
deletions, pages, glosses): how the walker writes each, its brackets and label as printed,
explained on hover, on focus and to screen readers.

A mixin of `html.Walker`, which gives it `out` (the HTML strings), `children`, `_open`
and `in_link`; it leaves out of a marked element's tail what `_punctuation_before_mark` wrote
(`tail_after_mark`).
"""

from __future__ import annotations

import re

from lxml import etree

from ..collect import text_of
from ..tei.reading import LABEL_AFTER, SIGNED, brackets, mark_after, page_mark
from .behaviours import SHOWN, Rule, explanation
from .markup import end, hidden, start, text

SIC_EXPLAINED = "so in the source, although apparently wrong"
CORRECTED = SIC_EXPLAINED + "; the editors' correction follows"
"""A `corr`: the words before it as the source has them, then what the editors read."""
NO_HAND_ADDED = "added on the source document"
"""An addition whose label names no hand (`[inserted: already]`, `[marginal note: ...]`)."""
OVERWRITTEN = "written over on the source document"
"""A deletion whose label says another reading was written over it (`[overwritten: 18]`)."""


def shown(element) -> str:
    """What a mark of the source document is, after its label where that says more than
    `SHOWN`: an addition not said to be by hand, a reading written over."""
    name, label = etree.QName(element).localname, element.get("rend") or ""
    if label == LABEL_AFTER:   # the label a note inside it: `[fully [inserted by hand]]`
        label = text_of(element)
    if name == "add" and not re.search(r"hand", label, re.IGNORECASE):
        return NO_HAND_ADDED
    if name == "del" and re.search(r"\bover", label, re.IGNORECASE):
        return OVERWRITTEN
    return SHOWN[name]


class EditorialMarks:
    """The `b_*` behaviours of the marks (see `behaviours.TABLE`)."""

    def _explained(self, rule: Rule, explained: str, before: str) -> None:
        """A focusable span whose explanation shows on hover and focus and is read aloud (in a
        link, which takes the focus itself, on hover and aloud)."""
        self.out.append(start("span", rule.css, *self._focusable(), ("data-explain", explained))
                        + text(before))

    def _focusable(self) -> tuple[tuple[str, str], ...]:
        """`tabindex` that lets an explained element take the focus, unless it is in a link."""
        return () if self.in_link else (("tabindex", "0"),)

    def b_supplied(self, element, rule) -> None:
        self._supplied(rule, element, explanation(element.get("reason"), "supplied by the editors"))

    def b_signed_supplied(self, element, rule) -> None:
        """`[in Cuba--ed.]` as the source prints it, with its "ed.": `[in Cuba\u2014ed.]`."""
        self._supplied(rule, element, explanation(element.get("source"), ""), SIGNED)

    def _supplied(self, rule, element, explained: str, signature: str = "") -> None:
        self._explained(rule, explained, "[")
        self.children(element)
        self.out.append(f"{signature}]{hidden(f' ({explained})')}</span>")

    def b_unclear(self, element, rule) -> None:
        """The word, then ` [?]` explained; after the punctuation that follows the word where the
        source printed it so (`_punctuation_before_mark`)."""
        self.out.append(start("span", rule.css))
        self.children(element)
        self.out.append("</span>" + self._punctuation_before_mark(element) + " ")
        self._explained(Rule("unclear", "span", "unclear-mark"),
                        explanation(element.get("reason"), "uncertain reading"), "[?]")
        self.out.append(f"{hidden(' (uncertain reading)')}</span>")

    def b_sic(self, element, rule) -> None:
        """The words as the source has them, then its `[sic]`, explained like `[?]`; after the
        punctuation that follows the words where the source printed it so: `"bitter" [sic]`."""
        self.out.append(start("span", rule.css))
        self.children(element)
        mark = brackets(element)[1].strip()   # `[sic]`, as the source printed it
        self.out.append("</span>" + self._punctuation_before_mark(element))
        if mark:   # none in a `choice`: the correction after it opens with the mark
            self.out.append(" ")
            self._explained(Rule("sic", "span", "sic-mark"), SIC_EXPLAINED, mark)
            self.out.append(f"{hidden(f' ({SIC_EXPLAINED})')}</span>")

    def b_correction(self, element, rule) -> None:
        """` [sic: 27 October]` after the words the source has (`28 October`): the mark as
        printed and the editors' correction, explained like `[sic]`."""
        before, after = brackets(element)
        self.out.append(" ")
        self._explained(rule, CORRECTED, before.lstrip())
        self.children(element)
        self.out.append(f"{after}{hidden(f' ({CORRECTED})')}</span>")

    def _punctuation_before_mark(self, element) -> str:
        """The punctuation opening `element`'s tail that its mark followed in the source
        (`mark_after`: `"` of `"bitter" [sic]`), written now; the walker writes the rest of the
        tail (`tail_after_mark`)."""
        return text(mark_after(element))

    def b_page(self, element, rule) -> None:
        """`[Page 345]` (`[p. 12]`, as printed) where a page begins, explained as the TEI says
        whose: of the printed edition its @ed names (FRUS's), else of the original document."""
        whose = f"the printed {element.get('ed')} volume" if element.get("ed") else "the original"
        explained = f"page {element.get('n') or ''} of {whose} begins here"
        self._explained(rule, explained, page_mark(element))
        self.out.append(f"{hidden(f' ({explained})')}</span>")

    def b_gap(self, element, rule) -> None:
        explained = explanation(element.get("reason"), "text left out")
        before, after = brackets(element)   # `[inaudible]`, or `(inaudible)` as printed
        desc = text_of(element.find("{*}desc")) or "gap"
        self._explained(rule, explained, f"{before}{desc}{after}")
        self.out.append(f"{hidden(f' ({explained})')}</span>")

    def b_bracketed(self, element, rule) -> None:
        """`[handwritten in the margin: …]`, `[Stamp: …]`, `[remainder of page blank]`: the
        element in the brackets and label the source printed (`brackets`), explained."""
        explained = shown(element)
        before, after = brackets(element)
        self._explained(rule, explained, before)
        desc = element.find("{*}desc")
        if desc is None:
            self.children(element)
        else:
            self.out.append(text(text_of(desc)))
        self.out.append(f"{after}{hidden(f' ({explained})')}</span>")

    def b_deletion(self, element, rule) -> None:
        """`[crossed out: I welcome]`: the words struck through in a <del>, as a diplomatic
        edition shows them, explained on hover and focus and to screen readers."""
        explained = shown(element)
        self.out.append(start(rule.tag, rule.css, *self._focusable(), ("data-explain", explained)))
        self.children(element)
        self.out.append(f"{hidden(f' ({explained})')}{end(rule.tag)}")

    def b_foreign(self, element, rule) -> None:
        self.out.append("[")
        n = self._open(element, rule)
        self.children(element)
        self.out.append(end(rule.tag) + ("</div>" if n is not None else "") + "]")

    def b_gloss(self, element, rule) -> None:
        uncertain = element.get("cert") == "low"
        explained = "editor's gloss" + (", uncertain" if uncertain else "")
        self._explained(rule, explained, "[")
        self.children(element)
        self.out.append(text("?]" if uncertain else "]") + f"{hidden(f' ({explained})')}</span>")
