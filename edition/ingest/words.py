"""The words check of a foreign document: every word of its text is in our TEI (and on its page).

Both sides are flattened the same way: text is joined across phrase-level elements (a name
inside a word, `<persName>Dobrynin</persName>'s`, stays one word), and blocks, notes, stage
directions, gaps and line breaks separate words. The words are then counted with
`edition.checks.words`, so `USSR's` on one side is `USSR's` on the other whatever the markup.

The foreign text is read as the converter shows it: a page, column or line break separates
words unless `break="no"` (`sen<lb break="no"/>tence` is one word, in our TEI as in theirs),
and a deletion or a variant reading is set aside, its words counted apart, while the text
around it, the addition or the lemma, reads on (`w<subst><del>a</del><add>o</add></subst>rd` is `word` and `a`).
"""

from __future__ import annotations

from collections import Counter

from lxml import etree

from ..checks import text_of, words
from ..diagnostics import Location, Reporter
from ..namespaces import NS, T
from ..ties import SOURCE_NOTES

SEPARATING = frozenset("""
    text front body back group div div1 div2 div3 div4 div5 div6 div7 head p ab seg u sp
    speaker l lg list item label stage kinesic vocal incident move gap desc lb pb cb note
    opener closer postscript dateline salute signed trailer byline table row cell figure
    castList castItem cit bibl
""".split())
"""TEI elements (ours and foreign) that separate the words before and after them; so does
every child of an element-only container (`<bibl><title>..</title><date>..</date>`)."""
ASIDE = frozenset({"del", "rdg"})
"""Foreign elements whose words the converter moves to a note: not in the running text."""
READING = frozenset({"subst", "app", "rdgGrp"})
"""Foreign containers of a reading (an addition, a lemma) that runs on with the text around."""

HTML_SEPARATING = frozenset("""
    html head body header footer main nav article section aside div p h1 h2 h3 h4 h5 h6 ul ol
    li dl dt dd br table tr td th figure figcaption details summary pre blockquote title
""".split())
"""HTML elements that separate words; all others (a, span, em, time, cite ...) do not."""

DROPPED_HTML_CLASSES = frozenset({"ln", "noteref", "visually-hidden", "backref"})
"""Page furniture around the text: line numbers, note markers, hidden labels, back links."""


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname


def tei_text(element: etree._Element) -> str:
    """The text of a TEI element, separated at blocks and joined across phrases."""
    return text_of(element, _separates)


def html_text(element: etree._Element) -> str:
    """The text a reader sees on an HTML page, without line numbers and note markers."""
    return text_of(element, lambda e: e.tag in HTML_SEPARATING, _furniture)


def foreign_text(body: etree._Element) -> str:
    """The words of a foreign `text` as our TEI holds them: the running text, then the words
    of each deletion and variant reading (see the module's docstring)."""
    asides = [tei_text(e) for e in body.iter(*(T + name for name in ASIDE))
              if not any(_local(a) in ASIDE for a in e.iterancestors())]
    return " ".join([text_of(body, _separates, _aside), *asides])


def _aside(element: etree._Element) -> bool:
    return _local(element) in ASIDE


def _separates(element: etree._Element) -> bool:
    name = _local(element)
    if name in SEPARATING:
        return name not in ("pb", "cb", "lb") or element.get("break") != "no"
    parent = element.getparent()
    if parent is None or _local(parent) in READING:
        return False
    return not (parent.text or "").strip() and not any((c.tail or "").strip() for c in parent)


def _furniture(element: etree._Element) -> bool:
    classes = set((element.get("class") or "").split())
    return bool(classes & DROPPED_HTML_CLASSES) or element.tag in ("script", "style", "svg")


def missing_words(have: str, need: str) -> list[str]:
    """Words of `need` that `have` does not hold (as many times as `need` has them)."""
    available = Counter(words(have))
    missing = []
    for word in words(need):
        if available[word] > 0:
            available[word] -= 1
        else:
            missing.append(word)
    return missing


def foreign_body(root: etree._Element) -> etree._Element:
    return root.find(f"{T}text")


def our_text(tei: etree._Element) -> str:
    """Where the foreign text's words are in our TEI: the body and the source statement."""
    parts = [tei.find(f"{T}text")] + tei.xpath("t:teiHeader/" + SOURCE_NOTES, namespaces=NS)
    return " ".join(tei_text(part) for part in parts if part is not None)


def check_foreign_words(foreign: etree._Element, ours: etree._Element, shown: str,
                        reporter: Reporter) -> list[str]:
    """Report (an error) the words of the foreign `text` missing from our TEI; returns them."""
    body = foreign_body(foreign)
    missing = missing_words(our_text(ours), foreign_text(body))
    if missing:
        sample = ", ".join(repr(w) for w in missing[:8])
        reporter.error(Location(shown, _line_of(body, missing[0])), f"{len(missing)} word(s) of "
                       f"the foreign text are missing from our TEI: {sample}", "words-lost")
    return missing


def _line_of(body: etree._Element, word: str) -> int:
    """The line of the first element whose own text (or the text after it) holds `word`."""
    for element in body.iter():
        if not isinstance(element.tag, str):
            continue
        if any(word in words(piece or "") for piece in (element.text, element.tail)):
            return element.sourceline or 0
    return body.sourceline or 0
