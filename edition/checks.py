"""Corpus checks the schemas cannot make: no word of a source lost, no Record ID used twice."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from lxml import etree

from .diagnostics import Location, Reporter
from .model import RawDocument
from .namespaces import T
from .source import SourceText
from .footnotes import MARKER_NUMBER
from .source_marks import LABELLED_MARK

WORD = re.compile(r"\w+(?:['’]\w+)*")
_SPACE = r"[^\S\n]"
"""Space within a line (a line never holds a line break): so markers are found in the lines
joined by line breaks too, each within its line."""
CONVENTION_MARKERS = re.compile("|".join(
    [rf"\[{_SPACE}*(?:ed(?:itor)?(?:'s|’s)?\.?{_SPACE}*note|note){_SPACE}*:",
     rf"\[{_SPACE}*sic\b",
     rf"\[{_SPACE}*(?:page|p\.){_SPACE}*(?:\d+[a-z]?|[ivxlcdm]+){_SPACE}*\]",
     rf"\[{_SPACE}*(?:{MARKER_NUMBER.pattern}){_SPACE}*\]",
     rf"\[{_SPACE}*" + LABELLED_MARK.replace(r"\s", _SPACE)]
    + [rf"{dash}{_SPACE}*ed\.?{_SPACE}*\]" for dash in ("--", "—", "–", "-")]), re.IGNORECASE)
"""`[Ed. note:` and `--ed.]` say who wrote a bracket, `[sic` what it is (`sic`); a page break
`[Page 345]` is all markup (`pb`, its number the required @n), and so is a footnote's marker `[2]`
(the @n of the note moved to it, `edition.footnotes`, or of the `ref` left); so is the label of a bracket of
the author's hand or a stamp, `[handwritten in the margin:`, `[Stamp:` (`add`, `stamp`, the label
kept in @rend). None of them are words of the text. (Every alternative opens with a literal
character, so that `re` can skip to them.)"""


def words(text: str) -> list[str]:
    return WORD.findall(text.replace("\u00a0", " "))


JOINED = frozenset(T + tag for tag in
                   "persName placeName orgName date hi".split())
"""Inline elements that may sit inside a word (`Mikoyan's`); all others separate words, as the
brackets they come from (`supplied`, `foreign`) separate words of the source: `r[ana]`; so does
`unclear`, the word before a `[?]`, whose bracket parts it from what follows (`the [?]_`)."""


def flat_text(element: etree._Element) -> str:
    """The text of a tree, with a space at the edges of every element that is not a word part:
    `text_of(element, lambda e: e.tag not in JOINED)`, made by XSLT (a few times faster); an
    inline note's printed number, @n, read twice before its words, as the source prints it at
    the marker in the text and before the footnote (`(a)` and `(a) Marginal note ...`, `2. See
    Document 130.`: `edition.footnotes`)."""
    return str(_flat_text_xslt()(element))


@lru_cache(maxsize=1)
def _flat_text_xslt() -> etree.XSLT:
    joined = "|".join(f"t:{etree.QName(tag).localname}" for tag in sorted(JOINED))
    return etree.XSLT(etree.XML(f"""\
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:t="http://www.tei-c.org/ns/1.0">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:template match="*">
    <xsl:text> </xsl:text><xsl:apply-templates/><xsl:text> </xsl:text>
  </xsl:template>
  <xsl:template match="{joined}"><xsl:apply-templates/></xsl:template>
  <xsl:template match="t:note[@n and @place='inline']">
    <xsl:value-of select="concat(' ', @n, ' ', @n, ' ')"/><xsl:apply-templates/><xsl:text> </xsl:text>
  </xsl:template>
  <xsl:template match="comment()|processing-instruction()"/>
</xsl:stylesheet>"""))


def text_of(element: etree._Element, separates, dropped=lambda e: False) -> str:
    """The text of a tree: `separates(e)` puts a space around e, `dropped(e)` leaves e out."""
    parts: list[str] = []
    _flatten(element, parts, separates, dropped)
    return "".join(parts)


def _flatten(element: etree._Element, parts: list[str], separates, dropped) -> None:
    if dropped(element):
        return
    gap = " " if separates(element) else ""
    parts.append(gap + (element.text or ""))
    for child in element:
        if isinstance(child.tag, str):   # comments and processing instructions hold no text
            _flatten(child, parts, separates, dropped)
        parts.append(child.tail or "")
    parts.append(gap)


def lost_words(source: SourceText, raw: RawDocument, tei: etree._Element) -> list[tuple[int, str]]:
    """(line, word) for every word of the source that the TEI does not hold, chrome excepted."""
    dropped = Counter(w for field in raw.chrome for w in words(field.value))
    flat = flat_text(tei)
    if _all_words_kept(source, flat, dropped):
        return []   # the usual case, found at once; else the words are looked for line by line
    have = Counter(words(flat))
    have.update(dropped)
    missing: list[tuple[int, str]] = []
    for number, line in enumerate(source.lines, 1):
        for word in words(CONVENTION_MARKERS.sub(" ", line)):
            if have[word] > 0:
                have[word] -= 1
            else:
                missing.append((number, word))
    return missing


def _all_words_kept(source: SourceText, flat: str, dropped: Counter[str]) -> bool:
    """Whether the TEI text `flat` (with the chrome words `dropped`) holds every word of the
    source, convention markers left out.

    Words never hold white space: the words of a text are those of its white-space separated
    tokens. Most tokens are the same in the source and the TEI, and what is common to both
    cannot be missing, so only the words of the other tokens are compared (several times faster
    than finding every word). A token that is a word as it is (`isalnum`) holds only itself, so
    the TEI's surplus of it is looked up for the words wanted, not counted for every such token
    (the header's, some five hundred)."""
    source_tokens = Counter(CONVENTION_MARKERS.sub(" ", "\n".join(source.lines)).split())
    tei_tokens = Counter(flat.split())
    only_in_source = _surplus(source_tokens, tei_tokens)
    if not only_in_source:
        return True
    only_in_tei = _surplus(tei_tokens, source_tokens)
    in_other_tokens = _token_words({token: times for token, times in only_in_tei.items()
                                    if not token.isalnum()})
    return all(times <= in_other_tokens[word] + dropped[word]
               + (only_in_tei.get(word, 0) if word.isalnum() else 0)
               for word, times in _token_words(only_in_source).items())


def _surplus(counts: Counter[str], other: Counter[str]) -> dict[str, int]:
    """`counts - other` for counts that are all positive (a few times faster than Counter's)."""
    get = other.get
    return {token: times - get(token, 0) for token, times in counts.items()
            if times > get(token, 0)}


def _token_words(tokens: dict[str, int]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for token, times in tokens.items():
        if token.isalnum():   # a word as it is (\w is what isalnum() accepts, and "_")
            counts[token] += times
        else:
            for word in WORD.findall(token):
                counts[word] += times
    return counts


def check_lost_words(source: SourceText, raw: RawDocument, tei: etree._Element,
                     reporter: Reporter) -> None:
    missing = lost_words(source, raw, tei)
    if missing:
        line, _ = missing[0]
        sample = ", ".join(repr(w) for _, w in missing[:8])
        reporter.error(Location(source.path, line), f"{len(missing)} word(s) of the source are "
                       f"missing from the TEI: {sample}", "words-lost")


def check_record_ids(records: list[tuple[str, str, int]], reporter: Reporter) -> None:
    """`records`: (record id, path, line). Report every reuse of an id."""
    first: dict[str, tuple[str, int]] = {}
    for record, path, line in records:
        if not record:
            continue
        if record in first:
            other, other_line = first[record]
            reporter.error(Location(path, line), f"Record ID {record} is already used by "
                           f"{other}:{other_line}", "record-id-duplicate")
        else:
            first[record] = (path, line)
