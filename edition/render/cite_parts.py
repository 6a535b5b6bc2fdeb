"""What every citation form shares: a document's provenance, participants, address; names.

The provenance: its translator, archive reference and printed edition (`cite` says why).
"""

from __future__ import annotations

import re

from markupsafe import Markup

from ..config import EditionInfo
from ..date_patterns import PART_DAYS
from ..records import DocumentRecord, SiteModel
from . import urls


def capitalized(text: str) -> str:
    """A date that opens a citation's sentence with a part of a month capitalized: 'late October
    1962' -> 'Late October 1962' (`written_dates.part_of_month`); any other as it is ('n.d.')."""
    part = text.split(" ")[0].split("-")[0]
    return text[:1].upper() + text[1:] if part in PART_DAYS else text


def sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."


def translation(doc: DocumentRecord) -> str:
    """'Translated by X.' unless the archive reference already names the translator."""
    if not doc.translator or doc.translator in doc.archive:
        return ""
    return f"Translated by {doc.translator}."


def published_in(doc: DocumentRecord, italic: bool = False) -> str:
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


def sources(doc: DocumentRecord, italic: bool = False) -> list[str]:
    """The archive reference and the printed edition of `doc`, each a sentence, those it has."""
    return [x for x in (sentence(doc.archive), published_in(doc, italic)) if x]


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


def party_names(doc: DocumentRecord, site: SiteModel) -> tuple[str, ...]:
    """The names of the participants the TEI's `particDesc` lists, as the registers give them
    (those no register holds as printed: `DocumentRecord.listed_names`), for a citation to
    name after a title that names none of them ('Memorandum of Conversation', which many
    documents share); () where the title names one by the last word of its name ('…, A.I.
    Mikoyan with Osvaldo Dorticos, …'), in any case where the title capitalises it (a
    provisional 'BALL' of '… McGeorge Bundy and George Ball'; not '… the ball'), or there are
    none."""
    names = tuple(site.name_of(ident) for ident in doc.participants) + doc.listed_names
    title = {word.casefold() for word in re.findall(r"\w+", doc.title) if word[0].isupper()}
    return () if any(name.split()[-1:] and name.split()[-1].casefold() in title
                     for name in names) else names


def participants(parties: tuple[str, ...], et_al_from: int = 0) -> str:
    """'Participants: A, B, and C. ' after the title of a bibliography entry: titles repeat
    ('Memorandum of Conversation'), the parties tell the documents apart; '' for none. MLA
    names three or more as 'A et al.' (`et_al_from` 3), as it does authors."""
    return f"Participants: {sentence(name_list(parties, et_al_from))} " if parties else ""
