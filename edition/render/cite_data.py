"""A document's citation as data for reference managers: a BibTeX entry, a CSL-JSON item.

`cite` gives the reasons for what they hold.
"""

from __future__ import annotations

import json
import re

from markupsafe import Markup, escape

from ..config import EditionInfo
from ..records import DocumentRecord
from .cite_parts import (document_url, given_name, inverted, participants, published_in,
                         sources)
from .written_dates import ACCESS_PLACEHOLDERS, access_date, date_parts, iso_span
from ..write import markup_escaped

APPROXIMATE = "~"
"""biblatex's (EDTF's) mark after a date that is approximate: the encoder's days of `Late
October 1962`, `1962-10-21~/1962-10-31~`."""


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
    document id. `parties` (`cite_parts.party_names`) open the `note`, the free-form field of
    both BibTeX and biblatex, which have none for participants."""
    fields = [("author", " and ".join(_bibtex_name(*author, True) for author in doc.authors)),
              ("title", "{" + _bibtex_escape(doc.title) + "}"),
              ("date", iso_span(doc.date, doc.date_end, APPROXIMATE * doc.date_inferred)),
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
    return " ".join(_participants_noted(parties) + sources(doc) + record)


def _participants_noted(parties: tuple[str, ...]) -> list[str]:
    """['Participants: A and B.'] to open a BibTeX or CSL-JSON note; [] for none."""
    return [participants(parties).strip()] if parties else []


def csl_item(doc: DocumentRecord, edition: EditionInfo, build_date: str,
             parties: tuple[str, ...] = ()) -> dict:
    """The document as one CSL-JSON item; `parties` (`cite_parts.party_names`) open its
    `note`: CSL has no variable for the participants of a conversation (its name variables are
    the item's makers and recipients)."""
    item = {"id": doc.id, "type": "manuscript", "title": doc.title,
            "container-title": edition.title, "publisher": edition.publisher,
            "version": edition.version, "URL": document_url(doc, edition),
            "archive": doc.archive,
            "note": " ".join(_participants_noted(parties)
                             + [published_in(doc)] * bool(doc.published_in) + [
                f"Version {edition.version} of the edition, built {build_date}."]),
            "language": doc.language}
    if build_date:
        item["available-date"] = {"date-parts": [date_parts(build_date)]}
    if doc.date:
        days = (doc.date, doc.date_end) if doc.date_end else (doc.date,)
        item["issued"] = {"date-parts": [date_parts(day) for day in days]}
        if doc.date_inferred:   # the encoder's days of `Late October 1962`
            item["issued"]["circa"] = True
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
    return Markup(markup_escaped(pretty_json(data)))


def csl_shown(item: dict) -> Markup:
    """The CSL-JSON of `item` as the page shows it: with `accessed`, the reader's date of
    access, a raw date (YYYY-MM-DD) that the page's script fills in."""
    raw = '"raw": "{}"'
    placeholder = escape(raw.format(ACCESS_PLACEHOLDERS["iso"]))
    text = escape(pretty_json([dict(item, accessed={"raw": ACCESS_PLACEHOLDERS["iso"]})]))
    return text.replace(placeholder, escape(raw).format(access_date("iso")), 1)
