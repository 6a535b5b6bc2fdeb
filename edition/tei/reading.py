"""TEI elements read back as plain text the way the source printed them, brackets and all."""

from __future__ import annotations

import re

from lxml import etree

from ..breaks import LB, PAGE_LABEL, PB, line_break_text
from ..namespaces import T

UNCLEAR, SIC, NOTE, REF = (T + name for name in ("unclear", "sic", "note", "ref"))
CHOICE, CORR = T + "choice", T + "corr"
"""`<choice><sic>28 October</sic><corr>27 October</corr></choice>`: the source's `28 October
[sic: 27 October]`, the mark read before the correction, not after the words."""
ENCLOSURES = {"brackets": ("[", "]"), "parentheses": ("(", ")")}
"""How the source enclosed an element, by its @rend: `[Laughter]`, `(Applause)`, `[1]`."""
ENCLOSED = {T + name for name in ("stage", "label")}
"""Elements the source prints enclosed or not (a direction in a turn, `(Applause)`, `[Laughter]`;
a paragraph's number, `[1]`; a stage line `DORTICOS objects.`, a header's label, none): read in
the enclosure their @rend records (`ENCLOSURES`), bare without one."""
BRACKETED = {T + name for name in ("supplied", "gap", "note", "foreign", "space", "time",
                                   "incident")}
"""Elements an editorial bracket of the source became (`[Excerpt]`, `[name not declassified]`,
`[obeskurazheni]`, `[remainder of page blank]`, `[16:02]`, `[crosstalk]`): read inside brackets
again (in parentheses where the source printed them, @rend="parentheses": `(inaudible)`)."""
LABELLED = {T + name for name in ("add", "del", "stamp")}
"""Elements a labelled bracket became, the label as printed in @rend (`[handwritten in the
margin: …]`, `[crossed out: …]`, `[Stamp: …]`): read inside brackets after their label. (The
opener's stamp, a marking printed as such, has no @rend; nor has a `del` holding the gap of
`[word crossed out]`.)"""
LABEL_AFTER = "label-after"
"""The @rend of an addition whose label the source printed after its words, inside its brackets
(`[from invasion [inserted by hand]]`): the label an editorial note inside it, read in brackets
of its own (written by the encoder, `source_marks.LABEL_AFTER`)."""
MARKED = {UNCLEAR, SIC}
"""Elements of a word the source marked after it, `[?]`, `[sic]`."""
MARK_AFTER = re.compile(r"mark-after\((?P<punctuation>\S+)\)")
"""@rend of a MARKED element whose mark the source printed after the punctuation that follows
the word, outside the element: `as "<sic rend="mark-after(&quot;)">bitter</sic>" ...` for `as
"bitter" [sic]` (written by the encoder, `marked_words.MARK_AFTER`), one token of the @rend.
`rend="mark-after(&quot;) mark(sic!)"` where the mark was printed otherwise too (`SIC_MARK`)."""
SIC_MARK = re.compile(r"mark\((?P<mark>\S+)\)")
"""@rend token of a `sic` whose mark the source printed otherwise than `[sic]`: `mark(sic!)` for
`removed [sic!]` (written by the encoder, `inline.SIC_MARK`)."""
SIC_THEN = re.compile(r"mark-then\((?P<then>\S+)\)")
"""@rend token of the `sic` of a correction whose mark the source printed with another sign than
a colon before it: `mark-then(;)` for `15 November [sic; 10 November]` (written by the
encoder, `inline.SIC_THEN`); a dash is read with no space after it, `[sic—10 November]`."""
SIGNED = "\u2014ed."
"""What closes text the source's editors signed, before its bracket: `[in Cuba\u2014ed.]`."""
NONE = ("", "")


def brackets(element: etree._Element) -> tuple[str, str]:
    """What is read before and after the words of `element`, as its source printed them and
    its page shows them: `(`, `)` or `[`, `]` around an element of ENCLOSED as its @rend says,
    `[`, `]` around an element of BRACKETED, `[handwritten: `, `]` around one of LABELLED (`[`,
    `]` where its label is a note inside it, `LABEL_AFTER`), `[`, `]` around a footnote's marker
    and a reference to a numbered paragraph, `[`, `\u2014ed.]` around text the source's editors
    signed, `[`, `?]` around an uncertain gloss, ` [?]` after an uncertain reading, ` [sic: `,
    `]` around the editors' correction of a reading (`CORR`, the reading's `sic` read bare
    before it), ` [sic]` after a reading kept as wrong (` [sic!]` as its @rend records the mark
    printed, `printed_mark`); nothing around any other element (a page break, which holds no
    words, reads as its `page_mark`)."""
    tag = element.tag
    if tag in LABELLED and element.get("rend") == LABEL_AFTER:
        return "[", "]"   # its label, a note inside it, in brackets of its own
    if tag in LABELLED and element.get("rend"):
        return f"[{element.get('rend')}: ", "]"
    if tag in ENCLOSED:
        return ENCLOSURES.get(element.get("rend") or "", NONE)
    if tag in BRACKETED:
        if element.get("rend") == "parentheses":
            return ENCLOSURES["parentheses"]
        if element.get("source") == "ed-marked":
            return "[", SIGNED + "]"
        return "[", "?]" if tag == NOTE and element.get("cert") == "low" else "]"
    if tag == REF and element.get("type") in ("note-marker", "item"):   # footnotes.NOTE_MARKER,
        return "[", "]"   # a marker whose note the source does not give, `[2]`; ITEM_REFERENCE,
        # a reference to a paragraph the source numbers, `As stated in [1] above`
    if tag == UNCLEAR:
        return "", " [?]"
    if tag == CORR:
        sic = element.getprevious()
        return f" [{printed_mark(sic) if sic is not None else 'sic'}{_then(sic)}", "]"
    if tag == SIC and element.getparent() is not None and element.getparent().tag == CHOICE:
        return NONE   # its mark opens the correction after it
    return ("", f" [{printed_mark(element)}]") if tag == SIC else NONE


def printed_mark(element: etree._Element) -> str:
    """The mark of a `sic` as the source printed it: `sic`, or the mark its @rend records
    (`SIC_MARK`), `sic!` for `<sic rend="mark(sic!)">`."""
    found = _rend_token(element, SIC_MARK)
    return found.group("mark") if found else "sic"


def _then(sic: etree._Element | None) -> str:
    """What the source printed between the mark of a correction and the correction (`SIC_THEN`):
    `: ` unless the `sic`'s @rend says otherwise."""
    found = _rend_token(sic, SIC_THEN) if sic is not None else None
    then = found.group("then") if found else ":"
    return then if then in ("—", "–", "--", "-") else then + " "


def _rend_token(element: etree._Element, token: re.Pattern[str]) -> re.Match[str] | None:
    """The first token of `element`'s @rend (a list of words) that `token` matches whole."""
    return next(filter(None, map(token.fullmatch, (element.get("rend") or "").split())), None)


def mark_after(element: etree._Element) -> str:
    """The punctuation that opens the tail of a MARKED `element` and that its mark followed in
    the source (`MARK_AFTER`): `"` for `"<sic rend="mark-after(&quot;)">bitter</sic>" ...`, read
    `"bitter" [sic] ...`; '' where the mark follows the word (`(Alekseev [?])`)."""
    if element.tag not in MARKED:
        return ""
    found = _rend_token(element, MARK_AFTER)
    moved = found.group("punctuation") if found else ""
    return moved if (element.tail or "").startswith(moved) else ""


def page_mark(pb: etree._Element) -> str:
    """`[Page 345]` where a page of the source begins, its label as printed (`pb/@rend`:
    `[p. 12]`)."""
    return f"[{pb.get('rend') or PAGE_LABEL} {pb.get('n', '')}]"


def bracketed_text(element: etree._Element | None) -> str:
    """All text of `element`, whitespace normalized, each editorial element in brackets again,
    an uncertain reading followed by `[?]`, a reading kept as wrong by `[sic]` and a page break
    read as `[Page 345]`: a title is shown and cited as printed."""
    if element is None:
        return ""
    return " ".join(_read(element, top=True).split())


def _read(element: etree._Element, top: bool = False) -> str:
    if not isinstance(element.tag, str):
        return ""       # a comment or processing instruction: not text
    if element.tag == LB:
        return line_break_text(element)
    if element.tag == PB:
        return page_mark(element)
    inner = (element.text or "") + "".join(_read(child) + tail_after_mark(child)
                                           for child in element)
    if top:
        return inner
    before, after = brackets(element)
    return before + inner + mark_after(element) + after


def tail_after_mark(element: etree._Element) -> str:
    """The tail of `element` read after it, less the punctuation its mark followed (`mark_after`),
    which is read before the mark."""
    return (element.tail or "")[len(mark_after(element)):]
