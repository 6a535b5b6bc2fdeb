"""The site model's records, frozen and slotted: each document's part, and the whole model.

A record is pickled as its constructor's arguments, small, for the build cache; `DocumentPart`
is what one document adds, `SiteModel` the whole edition as the pages need it. The records a
document has by the dozen (`Mentions`, `DateMention`) are named tuples, which a part pickles as
columns of plain values (`DocumentPart.__reduce__`).
"""

from __future__ import annotations

import pickle
import sys
from dataclasses import dataclass, field
from itertools import repeat
from typing import NamedTuple

from .kwic import KwicStore
from .registers import Entry

intern = sys.intern


class Record:
    """Base of the site model's frozen, slotted records: pickled as their constructor's
    arguments (the dataclass default for slots walks `fields()` for every object, and the
    cache pickles about 130 records a document). A class whose fields recur from document to
    document (entry ids, dates, line numbers) is read back through its `_from_cache`, which
    shares those strings: the build holds the records of every document, and a generic walk
    over every field of 1.3 million records took a second of a rebuild at 10,000 documents."""

    __slots__ = ()

    def __reduce__(self):
        return (getattr(self, "_from_cache", self.__class__),
                tuple(getattr(self, name) for name in self.__slots__))


def interned(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(map(intern, values))


def _parties(pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    return tuple((intern(entry_id), intern(name)) for entry_id, name in pairs)


@dataclass(frozen=True, slots=True)
class Snippet(Record):
    """A keyword in context: the words before, the name as printed, the words after."""

    before: str
    keyword: str
    after: str


class Mentions(NamedTuple):
    """How often one register entry is mentioned in one document. The mentions themselves, each
    a keyword in context, are kept apart (`edition.kwic`); `digest` says whether they changed."""

    entry_id: str
    doc_id: str
    count: int
    digest: int

    SHARED = (0,)
    """The fields that recur from document to document, read back shared (`rows`)."""

    def __reduce__(self):
        return one_row, (Mentions, tuple(self))


@dataclass(frozen=True, slots=True)
class Tie(Record):
    """A register entry the header of one document names, and as what (`ties.ROLES` codes:
    its translator, a correspondent, named in the source note ...), apart from its text."""

    entry_id: str
    doc_id: str
    roles: tuple[str, ...]

    @staticmethod
    def _from_cache(entry_id, doc_id, roles):
        return Tie(intern(entry_id), doc_id, interned(roles))


class DateMention(NamedTuple):
    """A date in the text of a document (`when`, or the range notBefore..notAfter), at `line`;
    `note` and `anchor` are the label and id its page gives the inline note of that line which
    holds the date, as a mention's (`kwic.Row`), or "" and "" for the line's own words."""

    start: str
    end: str
    text: str
    doc_id: str
    line: str
    conjecture: bool
    note: str = ""
    anchor: str = ""

    SHARED = (0, 1, 2, 4)
    """The fields that recur from document to document, read back shared (`rows`)."""

    def __reduce__(self):
        return one_row, (DateMention, tuple(self))


def columns(records: tuple[tuple, ...]) -> tuple[tuple, ...]:
    """Named tuples of one class as the columns of their fields, for `rows`: plain tuples of
    strings and numbers, which unpickle without a call a record."""
    return tuple(zip(*records))


def rows(kind: type[tuple], fields: tuple[tuple, ...]) -> tuple:
    """The named tuples `kind` whose `columns` are `fields`, the fields `kind.SHARED` names
    interned (shared with every other document's). Made by `tuple.__new__`, in C: a part read
    from the build cache makes about 120 of them, and their constructors took most of the 2.5
    to 3 CPU s a rebuild at 10,000 documents spent loading the cached parts."""
    fields = [tuple(map(intern, column)) if index in kind.SHARED else column
              for index, column in enumerate(fields)]
    return tuple(map(tuple.__new__, repeat(kind), zip(*fields)))


def one_row(kind: type[tuple], values: tuple) -> tuple:
    """One named tuple `kind` pickled alone, read back as `rows` reads many."""
    return rows(kind, tuple(zip(values)))[0]


@dataclass(frozen=True, slots=True)
class SpeakerStat(Record):
    """Turns and spoken words of one speaker in one document. The speaker's name is the
    registers' once every document is read (`SiteModel.name_of`), not kept here: a
    provisional person of foreign TEI takes the longest name any document gives it."""

    entry_id: str
    turns: int
    words: int

    @staticmethod
    def _from_cache(entry_id, turns, words):
        return SpeakerStat(intern(entry_id), turns, words)


@dataclass(frozen=True, slots=True)
class Convention(Record):
    """One editorial convention as the TEI `editorialDecl` states it."""

    label: str
    encoding: str
    text: str

    @staticmethod
    def _from_cache(label, encoding, text):
        return Convention(intern(label), intern(encoding), intern(text))


@dataclass(frozen=True, slots=True)
class Publication(Record):
    """The printed edition a document is published in, as its TEI states it (FRUS)."""

    series: str         # 'Foreign Relations of the United States, 1969–1976'
    volume: str         # 'XII'; 'E–5, pt. 1'
    title: str          # the volume's: 'Soviet Union, January 1969–October 1970'
    document: str       # its number in the volume: '126', or ''


@dataclass(frozen=True, slots=True)
class DocumentRecord(Record):
    """What the header and body of one TEI document say, ready for pages and citations."""

    id: str
    title: str
    date: str
    date_text: str
    record_id: str
    source: str
    translator: str
    classification: str
    summary: str
    document_type: str
    """The type of the document as a reader names it, the one term its page, the lists, the
    search filter, its metadata and its citations give: the TEI's
    `keywords[@scheme='#document-type']/term` ('memorandum of conversation'), which the encoder
    writes for every document, foreign TEI too (`tei.header`); its `div/@subtype` ('memorandum')
    is the encoder's code of the same type, which no page shows."""
    senders: tuple[tuple[str, str], ...]      # (entry id or "", name as printed)
    recipients: tuple[tuple[str, str], ...]
    participants: tuple[str, ...]
    speakers: tuple[SpeakerStat, ...]          # in the order they first speak
    lines: tuple[str, ...]
    turns: int
    prev: str | None = None
    next: str | None = None
    language: str = "en"           # the text's BCP 47 tag (text/@xml:lang, else TEI/@xml:lang)
    references: tuple[str, ...] = ()
    """The ids of the documents the text's cross-references name (`weblinks.edition_document`):
    its page links each to the edition's page when the edition holds it, else to the web."""
    authors: tuple[tuple[str, str], ...] = ()
    """(name, family name or '') of each sender: who wrote the document, as citations name
    them (`collect._authors`)."""
    published_in: Publication | None = None
    """The FRUS volume and document, where the source statements state the volume
    (`source_refs.frus_publication`)."""
    archive: str = ""
    """`source` as citations give it: its archive reference, without a FRUS note's
    classification and commentary (`source_refs.archive_reference`)."""
    unidentified: SpeakerStat | None = None
    """The turns and words of the speakers the text names no one by (`sp` without @who:
    `Unidentified:`, `Speaker?:`), together, or None: in `turns` but in no person's numbers
    (one label may stand for many persons); its chart and the analytics page show them apart."""
    date_end: str = ""
    """The last day of a document dated by a span of days (the header date's @notAfter:
    `22-28 October 1962` is `date` 1962-10-22 to `date_end` 1962-10-28), '' for one dated by
    one day: its page, the lists and its citations show the span, `date` sorts it."""
    listed_names: tuple[str, ...] = ()
    """The names the head's list of who was there gives that no register holds, as printed
    (`particDesc` persons with a `persName` and no `@sameAs`: `Blas Roca`): after
    `participants` on its page and in its citations."""
    date_inferred: bool = False
    """Whether the document's date is an inference or uncertain (the header date's @evidence or
    @cert: the encoder's days of `Late October 1962`, the 21st to the 31st; the date the source's
    editors gave an undated paper, `[October 27, 1962]`; `October 27, 1962 [?]`; `c. 28 October
    1962`): its page says so, its citations mark the dates approximate."""

    @staticmethod
    def _from_cache(id, title, date, date_text, record_id, source, translator, classification,
                    summary, document_type, senders, recipients, participants, speakers,
                    lines, turns, prev, next, language, references, authors, published_in,
                    archive, unidentified, date_end, listed_names, date_inferred):
        return DocumentRecord(
            id, title, intern(date), intern(date_text), record_id, intern(source),
            intern(translator), intern(classification), summary, intern(document_type),
            _parties(senders), _parties(recipients), interned(participants),
            speakers, interned(lines), turns, prev, next, intern(language), references,
            _parties(authors), published_in, intern(archive), unidentified, intern(date_end),
            listed_names, date_inferred)


@dataclass(frozen=True)
class SiteModel:
    """The whole edition as the pages need it; every index is a dict built in one pass."""

    documents: tuple[DocumentRecord, ...]
    by_id: dict[str, DocumentRecord]
    entries: dict[str, tuple[Entry, ...]]
    entry_by_id: dict[str, Entry]
    mentions: dict[str, tuple[Mentions, ...]]
    """Entry id -> its mentions in each document, in chronological order of the documents."""
    turns: dict[str, tuple[tuple[str, SpeakerStat], ...]]
    ties: dict[str, tuple[Tie, ...]]
    """Entry id -> the documents whose header names it, in chronological order."""
    dates: tuple[DateMention, ...]
    conventions: tuple[Convention, ...]
    named: frozenset[str]
    """The ids of the register entries some document names: in its text, as a speaker or in
    its header (`ties`). Only these have a page and a row in their register's index; the others
    are in the downloadable registers only."""
    mentioned: dict[str, frozenset[str]] = field(default_factory=dict)
    """Doc id -> the ids of the register entries its text mentions (`mentions` by document):
    made with the indices, for the page of a document, which a rebuild renders one of."""
    kwic: KwicStore = field(default_factory=KwicStore)
    """The mentions in context of each entry (its page lists them); the build sets the store
    when it writes those pages (`output.render_entries`)."""

    def name_of(self, entry_id: str) -> str:
        """The name of register entry `entry_id` (a speaker), as the registers give it once
        every document is read (`Registers.add_source_person`); the id if no register has it."""
        entry = self.entry_by_id.get(entry_id)
        return entry.name if entry is not None else entry_id

    def named_entries(self, kind: str) -> list[Entry]:
        """The entries of register `kind` that some document names (`named`), in order."""
        return [entry for entry in self.entries[kind] if entry.id in self.named]


@dataclass(frozen=True, slots=True)
class DocumentPart(Record):
    """What one document adds to the site model; computed alone, so it can be cached and parallel."""

    record: DocumentRecord
    mentions: tuple[Mentions, ...]
    dates: tuple[DateMention, ...]
    conventions: tuple[Convention, ...]
    ties: tuple[Tie, ...] = ()

    def __reduce__(self):
        """Pickled with its mentions and dates as columns (`columns`) and its conventions as
        the bytes of their pickle (`_CONVENTIONS`)."""
        return (_part_from_cache, (self.record, columns(self.mentions), columns(self.dates),
                                   _conventions_pickle(self.conventions), self.ties))


_CONVENTIONS: dict[bytes, tuple[Convention, ...]] = {}
"""The pickle of a document's conventions -> the conventions, read once a process: every
document of an edition states the same (18 in the seeds), and unpickling them for each
of 10,000 cached documents took a fifth of loading the documents' parts in a rebuild."""


def _conventions_pickle(conventions: tuple[Convention, ...]) -> bytes:
    return pickle.dumps(conventions, protocol=pickle.HIGHEST_PROTOCOL)


def _part_from_cache(record: DocumentRecord, mentions: tuple[tuple, ...],
                     dates: tuple[tuple, ...], conventions: bytes,
                     ties: tuple[Tie, ...]) -> DocumentPart:
    """A `DocumentPart` read from the build cache: its mentions and dates from their `columns`,
    its conventions shared with every other part that states the same (`_CONVENTIONS`)."""
    shared = _CONVENTIONS.get(conventions)
    if shared is None:
        shared = _CONVENTIONS[conventions] = pickle.loads(conventions)
    return DocumentPart(record, rows(Mentions, mentions), rows(DateMention, dates), shared, ties)
