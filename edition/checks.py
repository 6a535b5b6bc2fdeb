"""Corpus checks the schemas cannot make: no word of a source lost, no Record ID used twice."""

from __future__ import annotations

import re
from collections import Counter

from lxml import etree

from .diagnostics import Location, Reporter
from .model import RawDocument
from .source import SourceText

WORD = re.compile(r"\w+(?:['’]\w+)*")
CONVENTION_MARKERS = re.compile(
    r"\[\s*(?:ed(?:itor)?(?:'s|’s)?\.?\s*note|note)\s*:|(?:--|—|–|-)\s*ed\.?\s*\]", re.IGNORECASE)
"""`[Ed. note:` and `--ed.]` say who wrote a bracket; they are markup, not words of the text."""


def words(text: str) -> list[str]:
    return WORD.findall(text.replace("\u00a0", " "))


JOINED = frozenset(f"{{http://www.tei-c.org/ns/1.0}}{tag}" for tag in
                   "persName placeName orgName date unclear hi".split())
"""Inline elements that may sit inside a word (`Mikoyan's`); all others separate words, as the
brackets they come from (`supplied`, `foreign`) separate words of the source: `r[ana]`."""


def flat_text(element: etree._Element) -> str:
    """The text of a tree, with a space at the edges of every element that is not a word part."""
    return text_of(element, lambda e: e.tag not in JOINED)


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
    have = Counter(words(flat_text(tei)))
    have.update(dropped)
    missing: list[tuple[int, str]] = []
    for number, line in enumerate(source.lines, 1):
        for word in words(CONVENTION_MARKERS.sub(" ", line)):
            if have[word] > 0:
                have[word] -= 1
            else:
                missing.append((number, word))
    return missing


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
