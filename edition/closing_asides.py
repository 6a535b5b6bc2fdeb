"""What the closing lines step over: a page's furniture, the footnotes ending the text, and the
editors' notes among them.

    We received your letter.[1] / Sincerely, / A. Mikoyan / -2- / P.S. Regards. / [1] Not printed.
    -> furniture: `-2-`; footnote: `[1] Not printed.`

Neither is a line of the closer nor of the text after it: a page break between the signature and
a `P.S.` leaves the signature the closer's, and footnotes after the signature leave the closing
lines before them (`text_end` reads the closing roles without them). Read on the paragraphs'
words, before the footnotes are moved to their markers (`footnotes`), and as narrowly: a footnote
opened by a sign, a letter or a number is one the text calls (`letter.*`, `at sea (a) but`,
`letter.[1]`), as a closing line may open so (`* Copy to Mr. Jones`); one opened by a marker
(`[1] Not printed.`) opens no closing line, nor the archive's summary.
"""

from __future__ import annotations

import re

from .diagnostics import Reporter
from .footnote_signs import SIGN_CALLS, SIGN_NOTE
from .footnotes import LIST_HEAD, MARKER_NUMBER, NUMBERED_NOTE, RULE_OR_HEAD
from .inline import PAGE, Locator, classify_bracket
from .model import Paragraph
from .paragraphs import ED_NOTE_PARAGRAPH

FURNITURE = "furniture"
"""The closing role of a page's furniture: `-2-`, `TOP SECRET` over it, `[Page 2]`."""
FOOTNOTE = "footnote"
"""The closing role of a footnote ending the text: `[1] Not printed.`"""
PAGE_BREAKS_ONLY = re.compile(rf"(?:\s*\[\s*{PAGE.pattern}\s*\])+\s*", re.IGNORECASE)
"""`[Page 2]`, `[p. 12]`: a paragraph of page breaks alone (`inline.PAGE`)."""
MARKED_NOTE = re.compile(rf"\[(?P<n>{MARKER_NUMBER.pattern})\]\s+\S")
"""`[1] Not printed.`: a footnote opened by its marker."""
ONE_BRACKET = re.compile(r"\[([^\[\]]+)\]")
"""A paragraph wholly one bracket, none inside it."""


def closing_asides(paras: list[Paragraph], furniture: set[int], given: list[str],
                   summary_after: bool) -> list[dict[int, str]]:
    """The readings of what the closing lines of `paras` step over, to try in turn: each the
    first line of a paragraph stepped over -> `FURNITURE` or `FOOTNOTE`. The footnotes that end
    the text; where the layout prints the archive's summary after the text (`summary_after`),
    those before its last paragraph; then none but the furniture (`furniture`: the first lines
    of the page's furniture, `page_furniture`). `given`: the editor's role of each paragraph (a
    paragraph given one is never stepped over)."""
    pages = {para.line: FURNITURE for para, role in zip(paras, given) if not role
             and (para.line in furniture or PAGE_BREAKS_ONLY.fullmatch(para.text))}
    readings = []
    for end in (len(paras), len(paras) - 1) if summary_after else (len(paras),):
        start = footnotes_start(paras[:end], given[:end])
        if start < end:
            readings.append(pages | {para.line: FOOTNOTE for para in paras[start:end]})
    return readings + [pages]


def footnotes_start(paras: list[Paragraph], given: list[str]) -> int:
    """Where the footnotes that end `paras` begin (`len(paras)` where none do): the paragraphs
    opened by a marker (`[1] ...`); those opened by a sign (`* ...`) where a paragraph before
    them calls it (`the 26th.*`: after a word, not opening it); after a rule or a Notes head
    (`-----`, `Notes`), those opened by the number a paragraph calls (`[1]`, `1. ...`), the rule
    or head with them; none under the head of a list of the document's own (`Enclosures:` /
    `[1] Draft reply`). (Whether they are footnotes of closing lines, `text_end` asks.)"""
    start = len(paras)
    while start and not given[start - 1] and opens_note(paras[start - 1].text):
        start -= 1
    ruled = bool(start) and not given[start - 1] \
        and RULE_OR_HEAD.fullmatch(paras[start - 1].text) is not None
    run = [para.text for para in paras[start:]]
    if not run or (not ruled and start and LIST_HEAD.fullmatch(paras[start - 1].text)) \
            or not (ruled or all(MARKED_NOTE.match(text) or SIGN_NOTE.match(text)
                                 for text in run)):
        return len(paras)
    start -= ruled
    called = " ".join(para.text for para in paras[:start])
    calls = all(_called(text, called) for text in run if not MARKED_NOTE.match(text))
    return start if calls and start > 1 else len(paras)


def opens_note(text: str) -> bool:
    """Whether `text` opens as a footnote does: `[1] ...`, `* ...`, `(a) ...`, `1) ...`, `1. ...`
    (`footnotes`, `footnote_signs.SIGN_NOTE`)."""
    return bool(MARKED_NOTE.match(text) or SIGN_NOTE.match(text) or NUMBERED_NOTE.match(text))


def _called(text: str, called: str) -> bool:
    """Whether the text before the footnotes, `called`, prints the marker of footnote `text` as a
    call, set on the word or punctuation before it (`letter.[1]` for `[1] ...` and `1. ...`,
    `the 26th.*` for `* ...`), or `(a)`, `a)`, `1)` as `footnote_signs.SIGN_CALLS` read them."""
    found = MARKED_NOTE.match(text) or NUMBERED_NOTE.match(text)
    if found:
        marker = re.escape(f"[{found.group('n')}]")
        return re.search(rf"(?<=\S){marker}", called) is not None
    sign = SIGN_NOTE.match(text).group("sign")
    return any(call.group("sign") == sign for family in SIGN_CALLS
               for call in family.finditer(called))


def is_closing_note(para: Paragraph, role: str) -> bool:
    """A note among or after the closing lines (`is_note`), or a paragraph there wholly the
    editors' bracket (`is_editors_note`), which the text's body keeps as its paragraph."""
    return role == "note" or (not role and is_editors_note(para.text))


def is_editors_note(text: str) -> bool:
    """`[Ed. note: ...]`, or a paragraph wholly one bracket that the text's reading makes the
    editors' note (`inline.classify_bracket`: `[Registered at the Foreign Ministry on
    4.XII.1962, under no. 5/bk/1962]`, `[Text not found in the Department of State files.]`); not
    a bracket of the record's own (`[Interpreter's note: ...]`), of what a hand or a stamp put on
    the page (`[Stamp: received]`), nor words the editors supplied (`[signature]`)."""
    if ED_NOTE_PARAGRAPH.match(text):
        return True
    bracket = ONE_BRACKET.fullmatch(text.strip())
    if bracket is None:
        return False
    made = classify_bracket(bracket.group(1).strip(), Locator("", 0), Reporter())
    return made.tag == "note" and ("type", "editorial") in made.attrs
