"""TEI trees -> the site model: documents in date order, register indices, dates, speakers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from lxml import etree

from .assemble import assemble_site
from .breaks import line_break_text, spaced_text
from .kwic import KwicStore, Row, digest, pack
from .records import (Convention, DateMention, DocumentPart, DocumentRecord, Mentions, SiteModel,
                      Snippet, SpeakerStat)
from .namespaces import NS, TEI_NS, XML_LANG, tei_xpath
from .registers import Registers
from .tei.citation import line_number
from .tei.notes import NoteMark, page_notes
from .tei.reading import (CORR, NONE, SIC, bracketed_text, brackets, mark_after,
                          tail_after_mark)
from .tei.xml import EDITION_LANGUAGE
from .source_refs import archive_reference, frus_publication
from .ties import LISTED_NAMES, PARTICIPANTS, PARTIES, SOURCE_NOTES, TRANSLATOR, header_ties
from .weblinks import edition_document

MAIN_TITLE = "t:fileDesc/t:titleStmt/t:title[@type='main']"
"""The document's title in its teiHeader: what its page, citations and indices show."""
CLASSIFICATION = ("t:encodingDesc/t:classDecl/t:taxonomy/t:category[concat('#', @xml:id) = "
                  "../../../../t:profileDesc/t:textClass/t:catRef[@scheme='#classification']"
                  "/@target]/t:catDesc")
"""The document's classification in the edition's vocabulary (`Top Secret` whether the source
prints `TOP SECRET` or `Совершенно секретно`): the category its `catRef` points at."""
NAME_TAGS = {f"{{{TEI_NS}}}{tag}": kind for tag, kind in
             (("persName", "person"), ("placeName", "place"), ("orgName", "org"))}
DATE_TAGS = {f"{{{TEI_NS}}}date", f"{{{TEI_NS}}}docDate"}
UNSPOKEN = {f"{{{TEI_NS}}}{tag}" for tag in ("stage", "note", "speaker", "fw")}
"""What a turn holds that no one speaks: its words are not the speaker's (`fw`: the page
furniture where a page breaks the speech, `-2-`, `TOP SECRET`)."""
SNIPPET = 60
LB, SP, REF, NOTE = (f"{{{TEI_NS}}}{tag}" for tag in ("lb", "sp", "ref", "note"))
WHITESPACE = re.compile(r"\s+")
WORD = re.compile(r"[^\W_]\S*")
"""A word from its first letter or digit (`\\w` less `_` is `str.isalnum`) to the space after it:
one match a token that holds a letter or a digit, found in C instead of a Python loop a token."""
UNIDENTIFIED = ""
"""The key of the turns of speakers the text names no one by (`sp` without @who:
`Unidentified:`, `Speaker?:`): counted together, apart from the register's persons."""
@dataclass
class _Line:
    """Text of one block being collected, with the character spans of names and dates; or of
    one inline note of a block, which its page moves out of the line (`note`, the page's
    label of the note, and `anchor`, its id): collected apart, recorded with its line
    (`notes`)."""

    n: str | None
    note: str = ""
    anchor: str = ""
    parts: list[str] = field(default_factory=list)
    spoken: list[str] = field(default_factory=list)
    spans: list[tuple[int, int, etree._Element]] = field(default_factory=list)
    length: int = 0
    notes: list["_Line"] = field(default_factory=list)

    def add(self, text: str | None, spoken: bool) -> None:
        if text:
            self.parts.append(text)
            self.length += len(text)
            if spoken:
                self.spoken.append(text)


def text_of(element: etree._Element | None) -> str:
    """All text of an element, whitespace normalized and a line break read as the source reads
    it (`spaced_text`); '' for None."""
    return spaced_text(element) if element is not None else ""


def entry_id(ref: str | None) -> str:
    """'persons.xml#mikoyan-anastas' -> 'mikoyan-anastas'."""
    return (ref or "").rpartition("#")[2]


def word_count(text: str) -> int:
    """The words of `text`: its tokens between spaces that hold a letter or a digit; a dash,
    a quotation mark or a colon standing alone (`“`, `--`, `:`) is none."""
    return len(WORD.findall(text))


class _BodyCollector:
    """Walks one document body once: lines, mentions, dates and speaker turns."""

    def __init__(self, doc_id: str, registers: Registers,
                 marks: dict[etree._Element, NoteMark]) -> None:
        self.doc_id, self.registers, self.marks = doc_id, registers, marks
        self.lines: list[str] = []
        self.mentions: dict[str, list[Row]] = {}
        self.dates: list[DateMention] = []
        self.pending: list[tuple[_Line, list]] = []
        self.turns: dict[str, list[int]] = {}
        self.words = 0
        self.references: set[str] = set()

    def visit(self, element: etree._Element, line: _Line | None, spoken: bool) -> None:
        tag = element.tag  # lxml makes a new string at each access: read once
        if not isinstance(tag, str):
            return
        own, n, text = None, line_number(element), element.text
        if n is not None:
            own = line = _Line(n)
            self.lines.append(n)
        elif line is None and text and not text.isspace():
            own = line = _Line(None)
        spoken = spoken and tag not in UNSPOKEN
        if tag == REF:
            held = edition_document(element.get("target") or "")
            if held:
                self.references.add(held[0])
        if tag == SP:
            self._turn(element)
            return
        if line is None:
            for child in element:
                self.visit(child, None, spoken)
            return
        if tag == NOTE and element.get("place") == "inline":
            if element in self.marks:
                self._note(element, line)
            else:
                self._gloss(element, line)
            if own is not None:  # a note between blocks, a line of none: the next line's
                self._finish(own)
            return
        start = line.length   # its words as its page shows them, a line's own in no brackets
        before, after = brackets(element) if own is None else NONE
        line.add(before, False)
        line.add(line_break_text(element) if tag == LB else text, spoken)
        for child in element:
            self.visit(child, line, spoken)
            line.add(tail_after_mark(child), spoken)
        line.add(mark_after(element), spoken)   # `"bitter" [sic]`: the quote before the mark
        line.add(after, False)
        if tag in NAME_TAGS or tag in DATE_TAGS:
            line.spans.append((start, line.length, element))
        if own is not None:
            self._finish(own)

    def _note(self, note: etree._Element, line: _Line) -> None:
        """An inline note the page numbers: its text collected apart, as its own, and in the
        line only its marker (`[note 5]`), where the page shows its number."""
        mark = self.marks[note]
        line.add(f" [note {mark.label}]", False)
        inner = _Line(line.n, mark.label, mark.anchor)
        line.notes.append(inner)
        self._content(note, inner)

    def _gloss(self, gloss: etree._Element, line: _Line) -> None:
        """An editor's gloss, read in its line in brackets, as its page shows it: `lead
        [escort?] planes`."""
        before, after = brackets(gloss)
        line.add(before, False)
        self._content(gloss, line)
        line.add(after, False)

    def _content(self, element: etree._Element, line: _Line) -> None:
        """The text and children of an element no one speaks (a note), into `line`."""
        line.add(element.text, False)
        for child in element:
            self.visit(child, line, False)
            line.add(tail_after_mark(child), False)

    def _turn(self, sp: etree._Element) -> None:
        before = self.words
        for child in sp:
            self.visit(child, None, True)
        refs = sp.get("who", "").split() or [UNIDENTIFIED]   # DraCor's ALL: several at once
        for ref in refs:
            counts = self.turns.setdefault(entry_id(ref), [0, 0])
            counts[0] += 1
            counts[1] += self.words - before

    def _finish(self, line: _Line) -> None:
        self.words += word_count("".join(line.spoken))
        if line.n is None:
            self.pending.append(line)
            return
        for waiting in self.pending:  # unnumbered blocks belong to the next numbered line
            waiting.n = line.n
            self._record(waiting)
        self.pending = []
        self._record(line)

    def _record(self, line: _Line) -> None:
        """The names and dates of a line, then those of its inline notes (each a row of its
        own, its words around it: `kwic.Row`)."""
        text = "".join(line.parts)
        for start, end, element in sorted(line.spans, key=lambda s: s[0]):
            ref = element.get("ref") or ""
            if element.tag in DATE_TAGS:
                self._date(element, line)
            elif self.registers.get(ref) is not None:
                keyword = " ".join(text[start:end].split())
                snippet = _snippet(text, start, end, keyword)
                self.mentions.setdefault(entry_id(ref), []).append(
                    (line.n, snippet.before, keyword, snippet.after, line.note, line.anchor))
        for note in line.notes:
            note.n = line.n
            self._record(note)

    def _date(self, element: etree._Element, line: _Line) -> None:
        """A dated line, or the inline note of a line that holds the date, as for a name; not
        a date the editors correct (`15 November [sic; 10 November]`: the chronology lists
        their 10 November alone, `_corrected`)."""
        start = element.get("when") or element.get("notBefore") or ""
        if start and not _corrected(element):
            conjecture = element.get("evidence") == "conjecture"
            self.dates.append(DateMention(start, element.get("notAfter") or "", text_of(element),
                                          self.doc_id, line.n, conjecture, line.note, line.anchor))

    def close(self) -> None:
        """Unnumbered blocks after the last numbered one belong to the last line."""
        for waiting in self.pending:
            waiting.n = self.lines[-1] if self.lines else "1"
            self._record(waiting)
        self.pending = []


def _corrected(element: etree._Element) -> bool:
    """Whether `element` is in words the editors correct: a `sic` with a `corr` beside it."""
    sic = next(element.iterancestors(SIC), None)
    return sic is not None and sic.getparent() is not None \
        and sic.getparent().find(CORR) is not None


def _snippet(text: str, start: int, end: int, keyword: str) -> Snippet:
    """About SNIPPET characters either side of text[start:end], cut at word boundaries."""
    left = text[max(0, start - SNIPPET):start]  # not text[:start]: a paragraph has many names
    if start > SNIPPET:
        left = "… " + left.split(" ", 1)[-1]
    right = text[end:end + SNIPPET]
    if len(text) - end > SNIPPET:
        right = right.rsplit(" ", 1)[0] + " …"
    return Snippet(_single_spaced(left), keyword, _single_spaced(right))


def _single_spaced(text: str) -> str:
    """`text` with each run of white space one space; most snippets are so already, which two
    quick tests tell (every white space character but the space is unprintable)."""
    if "  " in text or not text.isprintable():
        return WHITESPACE.sub(" ", text)
    return text


def line_key(n: str) -> tuple[int, str]:
    """Sort key of a line number: numeric where it is a number."""
    return (int(n) if n.isdigit() else 0, n)


def _first(root: etree._Element, path: str) -> str:
    found = tei_xpath(path)(root)
    if not found:
        return ""
    value = found[0]
    return text_of(value) if isinstance(value, etree._Element) else str(value)


def _record(doc_id: str, root: etree._Element, body: _BodyCollector) -> DocumentRecord:
    header = root.find(f"{{{TEI_NS}}}teiHeader")
    senders = _parties(header, "sent")
    record_id = _first(header, "t:fileDesc/t:publicationStmt/t:idno[@type='record']")
    statements = [bracketed_text(note) for note in tei_xpath(SOURCE_NOTES)(header)]
    source = statements[0] if statements else ""
    return DocumentRecord(
        id=doc_id,
        title=bracketed_text(header.find(MAIN_TITLE, NS))
        or doc_id,
        date=_first(header, "t:fileDesc/t:sourceDesc/t:bibl/t:date/@when")[:len("1962-10-27")]
        or _first(header, "t:fileDesc/t:sourceDesc/t:bibl/t:date/@notBefore"),  # a span's first
        date_text=_first(header, "t:fileDesc/t:sourceDesc/t:bibl/t:date"),
        date_end=_first(header, "t:fileDesc/t:sourceDesc/t:bibl/t:date[not(@when)]/@notAfter"),
        date_inferred=bool(_first(header, "t:fileDesc/t:sourceDesc/t:bibl/t:date[@evidence or "
                                          "@cert]")),   # inferred, dated by the editors, circa
        record_id=record_id, source=source, archive=archive_reference(source),
        published_in=frus_publication(statements, record_id),
        translator=_first(header, TRANSLATOR + "/*[not(self::t:resp)]"),   # the name, beside resp
        classification=_first(header, CLASSIFICATION),
        summary=_first(header, "t:profileDesc/t:abstract"),
        document_type=_first(header, ".//t:keywords[@scheme='#document-type']/t:term"),
        senders=senders, recipients=_parties(header, "received"),
        authors=_authors(senders or _speakers(header), body.registers),
        participants=tuple(entry_id(ref) for ref in tei_xpath(PARTICIPANTS)(header)),
        listed_names=tuple(map(text_of, tei_xpath(LISTED_NAMES)(header))),
        speakers=tuple(SpeakerStat(who, turns, words)
                       for who, (turns, words) in body.turns.items() if who != UNIDENTIFIED),
        unidentified=_unidentified(body.turns), lines=tuple(body.lines),
        turns=sum(turns for turns, _ in body.turns.values()),
        references=tuple(sorted(body.references)),
        language=_first(root, "t:text/@xml:lang") or root.get(XML_LANG) or EDITION_LANGUAGE)


def _unidentified(turns: dict[str, list[int]]) -> SpeakerStat | None:
    """The turns and words of the speakers the text names no one by, or None if it has none."""
    counts = turns.get(UNIDENTIFIED)
    return SpeakerStat(UNIDENTIFIED, *counts) if counts else None


def _speakers(header: etree._Element) -> tuple[tuple[str, str], ...]:
    """(entry id, name) of each person `titleStmt/author` names: a speech's speaker
    (`speech_authors`) and the archive's Author field's persons (`author_field`)."""
    return tuple((entry_id(name.get("ref")), text_of(name)) for name in header.iterfind(
        "t:fileDesc/t:titleStmt/t:author/t:persName", NS))


def _parties(header: etree._Element, action: str) -> tuple[tuple[str, str], ...]:
    """(entry id, name as printed) of each correspondent; the id is "" for a name that no
    register holds."""
    path = PARTIES.format(action)
    return tuple((entry_id(party.get("ref")), text_of(party))
                 for party in tei_xpath(path)(header))


def _authors(senders: tuple[tuple[str, str], ...],
             registers: Registers) -> tuple[tuple[str, str], ...]:
    """(name as the correspDesc prints it, family name) of each sender; the family name is the
    register's `surname` of a person whose name ends in it (a citation may then write
    'Mikoyan, Anastas Ivanovich'), else '' (an organization, a name no register divides, a
    family name written first): such a name is cited as printed."""
    found = []
    for ident, name in senders:
        entry = registers.get(ident) if ident else None
        family = entry.surname if entry is not None else ""
        found.append((name, family if family and name.endswith(" " + family) else ""))
    return tuple(found)


def _conventions(root: etree._Element) -> list[Convention]:
    found = []
    for p in root.iterfind(".//t:encodingDesc/t:editorialDecl/t:p", NS):
        label, ref = _first(p, "t:label"), _first(p, "t:ref")
        rest = " ".join(x for x in [p.text] + [c.tail for c in p] if x and x.strip())
        found.append(Convention(label, ref, " ".join(rest.split())))
    return found


def collect_document(doc_id: str, root: etree._Element,
                     registers: Registers) -> tuple[DocumentPart, dict[str, bytes]]:
    """One walk over the body of one document (id, TEI root): its record, mentions and dates,
    the entries its header names (`ties`), and its mentions in context packed by entry (entry
    id -> `kwic.pack` chunk)."""
    body = _BodyCollector(doc_id, registers, page_notes(root))
    for element in root.iterfind("t:text/t:body", NS):
        body.visit(element, None, False)
    body.close()
    kwic = {ident: pack(doc_id, sorted(rows, key=lambda row: line_key(row[0])))
            for ident, rows in body.mentions.items()}
    mentions = tuple(Mentions(ident, doc_id, len(body.mentions[ident]), digest(chunk))
                     for ident, chunk in kwic.items())
    dates = sorted(body.dates, key=lambda d: (d.start, d.end, line_key(d.line)))
    part = DocumentPart(_record(doc_id, root, body), mentions, tuple(dates),
                        tuple(_conventions(root)),
                        header_ties(doc_id, root.find(f"{{{TEI_NS}}}teiHeader"), registers))
    return part, kwic


def collect_site(documents: list[tuple[str, etree._Element]], registers: Registers) -> SiteModel:
    """The site model of `documents` (id, TEI root), all in memory: one walk over each body,
    then sorting."""
    collected = {doc_id: collect_document(doc_id, root, registers)
                 for doc_id, root in sorted(documents, key=lambda d: d[0])}
    site = assemble_site([part for part, _ in collected.values()], registers)
    return replace(site, kwic=KwicStore.of(collected[r.id][1] for r in site.documents))
