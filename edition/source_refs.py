"""A document's source statements read for citing: a concise archive reference, the FRUS volume;
the volumes and books a text cites, whose titles name nothing of the text.

A FRUS source note is an archive reference followed by the classification and the editors'
commentary ("Source: National Archives, …, Box 765, Presidential Correspondence, Kosygin.
Secret; Nodis. According to a February 3 memorandum …"); a citation gives the reference alone:

    >>> archive_reference("Source: National Archives, RG 59, Vol. VI. Secret; Nodis. Sent to X.")
    'National Archives, RG 59, Vol. VI.'

The FRUS volume is where the TEI states it: in a FRUS source note as its text reader keeps it
("Published in: Foreign Relations of the United States, 1969–1976, Volume XII, Soviet Union,
January 1969–October 1970, Document 125."), or in the source description of a FRUS TEI file,
which the ingest keeps as a statement of its own ("Foreign Relations of the United States,
1969–1976, Volume XII, Soviet Union, January 1969–October 1970; Office of the Historian, …").
The latter names no document: its number is taken from the document's record id, which FRUS
files have as `{volume}-d{number}` (`frus1969-76v12-d126`, as in `edition.weblinks`).
"""

from __future__ import annotations

import re

from .date_months import ENGLISH_MONTHS
from .records import Publication
from .weblinks import FRUS_FILE

SOURCE_LABEL = re.compile(r"^Source:\s*")
COMMENTARY = re.compile(
    r"(?<=\.)\s+(?:(?:Top Secret|Secret|Confidential|Limited Official Use|Unclassified|"
    r"Eyes Only|Administratively Confidential|No classification marking)(?=[;.,]|$)"
    r"|(?:Published in|Digital edition):)")
"""Where the archive reference of a FRUS source note ends: the classification that follows
it, or the publication the text reader appends."""
PRINTED_VOLUME = re.compile(
    r"(?P<series>Foreign Relations of the United States, \d{4}(?:[–-]\d{2,4})?), "
    r"Volume (?P<volume>[IVXLC]+|[A-Z][–-]\d+)(?P<part>, Part \d+)?"
    r"(?:, (?!Document \d)(?P<title>[^;]+?))?(?=;|, Document \d|\.?$|\.\s)")
"""A FRUS volume as a source statement names it: its series, number, part and title; a volume
printed without its title ("Volume XI, Document 120.") has none, not "Document 120"."""
DOCUMENT = re.compile(r", Document (?P<n>[1-9]\d*)\b")
PUBLICATION = re.compile(r"(?<=\.)\s+(?=(?:Published in|Digital edition):)")
"""Where a source statement's own words end and the publication the text reader appends to a
FRUS source note begins: a volume's title, not a mention of its places and years."""


def split_publication(statement: str) -> tuple[str, str]:
    """A source statement as (its own words, the appended publication, with the space before
    it); the publication is '' when there is none."""
    found = PUBLICATION.search(statement)
    return (statement[:found.start()], statement[found.start():]) if found else (statement, "")


def archive_reference(statement: str) -> str:
    """The archive reference of a source statement: without a leading 'Source:' and without
    what follows it in a FRUS source note (classification, commentary, publication); any
    other statement as it is."""
    text = SOURCE_LABEL.sub("", statement.strip())
    end = COMMENTARY.search(text)
    return text[:end.start()] if end else text


def frus_publication(statements: list[str], record_id: str) -> Publication | None:
    """The FRUS volume and document the first statement naming a volume states, or None. The
    document number is the statement's own ('…, Document 125'), else that of the record id
    (`frus1969-76v12-d126`), else ''."""
    for statement in statements:
        found = PRINTED_VOLUME.search(statement)
        if found is None:
            continue
        number = DOCUMENT.match(statement, found.end()) or FRUS_FILE.fullmatch(record_id)
        part = found["part"].replace(", Part ", ", pt. ") if found["part"] else ""
        return Publication(found["series"], found["volume"] + part, found["title"] or "",
                           (number["n"] or "") if number else "")
    return None


_SERIES = (r"(?:\bFRUS|(?<!on[ \t])\bForeign[ \t]+Relations(?:[ \t]+of[ \t]+the[ \t]+United"
           r"[ \t]+States)?),?[ \t]+\d{4}(?:[ \t]*[–-][ \t]*\d{2,4})?")
_VOLUME = r",?[ \t]+(?:[Vv]olume|[Vv]ol\.)[ \t]*(?:[IVXLC]+|\d+)\b(?:,[ \t]+Part[ \t]+\d+)?"
_TITLE_WORD = r"(?:[A-Z](?:[\w'’-]|\.(?=\w))*|\d{1,4})"
_NOT_THE_DOCUMENT = r"(?![ \t,]*(?:Document|[Dd]oc\.|pp?\.)[ \t]*\d)"
_TITLE = (rf",[ \t]+{_NOT_THE_DOCUMENT}{_TITLE_WORD}(?:{_NOT_THE_DOCUMENT}"
          rf"(?:(?:,?[ \t]+|[ \t]*[–-][ \t]*){_TITLE_WORD}"
          rf"|[ \t]+(?:and|of|the|in|on|to|for)(?=[ \t]+[A-Z])))*")
CITED_VOLUME = re.compile(rf"{_SERIES}(?:{_VOLUME}(?:{_TITLE})?)?")
"""A FRUS volume cited in the text, as a source note or a footnote prints it: the series and
the years it covers, its volume and part, and the volume's title, whose words are capitalized
but for small words between them (`Foreign Relations of the United States, 1961–1963, Volume XI,
Cuban Missile Crisis and Aftermath`, `FRUS 1961-1963, vol. XI`, `Foreign Relations, 1961–1963,
vol. X, Cuba, 1961–1962`), up to the document or page cited (`, Document 96`, `, doc. 121`, `,
p. 12`); not `the Committee on Foreign Relations, 1962`."""


_SMALL_WORD = r"(?:a|an|and|of|the|in|on|to|for|at|with|from|by)"
_MONTH = rf"(?:{'|'.join(sorted((m.title() for m in ENGLISH_MONTHS), key=len, reverse=True))})" \
    r"(?![a-z])\.?"
"""An English month's name or its abbreviation (`date_months.ENGLISH_MONTHS`), in title case:
`November`, `Nov.`, `Sept`."""
_DAY = rf"(?:{_MONTH}[ \t]+\d{{1,2}}\b|\d{{1,2}}[ \t]+{_MONTH}(?![\w]))"
"""A day of a month, `November 1`, `2 November`: no word of a book's title, which stops before
it (`speech of November 1, 1962, Revolución, Havana, November 2, 1962 (Havana: ...)` cites a
speech and a newspaper of those days, rv2 F4)."""
_AFTER_A_DAY = re.compile(rf"{_DAY}[ \t]*,?[ \t]*$")
"""A title that starts after a day of a month starts with its year (`November 2, 1962 (Havana:
...)`): no book's."""
_BOOK_WORD = rf"(?!{_DAY}){_TITLE_WORD}"
_BOOK_TITLE = (rf"{_BOOK_WORD}(?:(?::?[ \t]+|,[ \t]+(?:and[ \t]+)?|[ \t]*[–-][ \t]*)"
               rf"{_BOOK_WORD}|(?:[ \t]+{_SMALL_WORD})+(?=[ \t]+[A-Z]))*")
_IMPRINT = (r"[ \t]*\([A-Z][^():;,]*(?:,[ \t]*[A-Z][^():;,]*)?:[ \t]*[A-Z][^():;]*?,"
            r"[ \t]*(?:1[5-9]\d\d|20\d\d)\)")
CITED_BOOK = re.compile(rf"(?<=,[ \t]){_BOOK_TITLE}{_IMPRINT}")
"""A book cited with its imprint, as a footnote prints it: after its author and a comma (`Tad
Szulc, `), a title of capitalized words and years, but for small words between them, a colon or
a comma after one (`Fidel: A Critical Portrait`, `One Hell of a Gamble: Khrushchev, Castro, and
Kennedy, 1958-1964`), no day of a month (`_DAY`), then in parentheses the place, a colon, the
publisher and the year (`(New York: Morrow, 1986)`, `(Cambridge, Mass.: Harvard University Press, 1987)`); not the pages cited
after it (`, p. 585`)."""


def _cited_books(text: str) -> list[tuple[int, int]]:
    """Where `text` cites a book (`CITED_BOOK`), a title after a day of a month (its year) not
    one: the title may start at a later comma (`October 28, 1962, Public Papers ... (Washington:
    ...)`)."""
    found, start = [], 0
    while book := CITED_BOOK.search(text, start):
        after_a_day = _AFTER_A_DAY.search(text, max(0, book.start() - 20), book.start())
        if not after_a_day:
            found.append(book.span())
        start = book.start() + 1 if after_a_day else book.end()
    return found


def cited_volumes(text: str) -> list[tuple[int, int]]:
    """Where `text` cites a FRUS volume (`CITED_VOLUME`) or a book with its imprint
    (`CITED_BOOK`): a book's title and imprint, which name no place, body, person or date of the
    text (`the United States`, `Soviet Union, January 1969–October 1970`, `Fidel: A Critical
    Portrait (New York: Morrow, 1986)`)."""
    found = _cited_books(text) if "(" in text else []
    if "FRUS" not in text and "Relations" not in text:
        return found
    return found + [volume.span() for volume in CITED_VOLUME.finditer(text)]
