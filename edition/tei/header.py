"""Document model -> TEI `teiHeader`: title, responsibilities, publication, source, conventions, profile."""

from __future__ import annotations

import copy
from functools import lru_cache

from lxml import etree

from .. import languages   # the module, not its names: it imports tei.xml, whose package imports this one
from ..config import DEFAULTS, EditionInfo
from ..correspondents import names_an_organization
from ..doc_types import (CORRESPONDENCE, SPEECH_FIELD, names_a_diary, names_an_aide_memoire,
                         titled_speech)
from ..date_checks import spanned_days
from ..letter_datelines import sent_dateline
from ..date_calendars import JULIAN
from ..dates import parse_date, parse_mention
from ..model import Block, Document, Field, Inline, Text, plain_text
from ..namespaces import tei_xpath
from ..readers.common import SOURCE_EDITORS, names_a_report, of_conversation
from ..registers import Registers
from ..resolve import CONJECTURE
from ..security_markings import CLASSIFICATIONS, classification_level
from .citation import add_refs_decl
from .conventions import CONVENTIONS
from .date_marks import editors_date_marks
from .xml import add_nodes, foreign_tag, lang_attributes, qname, root, sub

TYPE_NAMES = {
    "memorandum": "memorandum", "telegram": "telegram", "letter": "letter",
    "transcript": "transcript", "minutes": "minutes", "drama": "drama",
    "other": "other document",
}
"""The type as a reader names it (`keywords[@scheme='#document-type']/term`), by `div/@subtype`:
the catch-all is "other document" (the type list's "Other document", the page's kicker), which
"document" did not say."""
NAME_TAGS = {"person": "persName", "place": "placeName", "org": "orgName"}
TEI_LAYOUT = "tei"
"""The layout of TEI made elsewhere (`ingest.LAYOUT`, spelled again: the ingest imports this)."""


def encode_header(tei: etree._Element, document: Document, registers: Registers,
                  edition: EditionInfo) -> None:
    """Append the `teiHeader` of `document` to the TEI root."""
    header = sub(tei, "teiHeader")
    file_desc = sub(header, "fileDesc")
    _title_stmt(file_desc, document, registers)
    _edition_stmt(file_desc, edition)
    _publication_stmt(file_desc, document, edition)
    dated = document_date_attributes(document)
    _source_desc(file_desc, document, dated)
    _encoding_desc(header)
    _profile_desc(header, document, registers, dated)


def _text(field: Field) -> str:
    return field.value.replace("\u00a0", " ").strip()


def _title_stmt(file_desc: etree._Element, document: Document, registers: Registers) -> None:
    """The title, the authors the source names, the speaker of a speech as its author (the
    register's name: `speech_authors`) and the persons the archive's Author field names
    (`author_field`), the translator and who answers for the rest."""
    stmt = sub(file_desc, "titleStmt")
    _title(stmt, (("type", "main"),), document)
    for author in document.raw.metadata.authors:
        sub(stmt, "author", lang_attributes(author.language), _text(author), author.line)
    if (speaker := registers.get(document.speaker) if document.speaker else None) is not None:
        sub(sub(stmt, "author"), "persName", (("ref", speaker.ref),), speaker.name)
    for ref, name in document.authors:   # the archive's Author field: `author_field`
        if not ref or ref != document.speaker:
            entry = registers.get(ref) if ref else None
            sub(sub(stmt, "author"), "persName", (("ref", entry.ref),) if entry else (),
                entry.name if entry else name)
    if document.translator:
        resp = sub(stmt, "respStmt", (("xml:id", "translator"),))
        sub(resp, "resp", text="translation")
        _translator_name(resp, document)
    editors = sub(stmt, "respStmt", (("xml:id", "ed"),))
    sub(editors, "resp", text="editorial notes and additions printed in the source")
    sub(editors, "name", text=SOURCE_EDITORS)
    encoder = sub(stmt, "respStmt", (("xml:id", "encoder"),))
    sub(encoder, "resp", text="TEI encoding, normalized and inferred values")
    sub(encoder, "name", text="edition, the automatic encoder of this digital edition")


def _translator_name(resp: etree._Element, document: Document) -> None:
    """The translator's name in their `respStmt`: the editors of the source edition point at
    their own statement (`<name ref="#ed">the editors of the source edition</name>`: "Translated
    by the editors from the Russian text."); a person is a `persName`, linked as `_linked_as`."""
    if document.translator == SOURCE_EDITORS:
        sub(resp, "name", (("ref", "#ed"),), SOURCE_EDITORS)
        return
    ref = _linked_as(document.source + [block for _, block in document.fields],
                     document.translator)
    sub(resp, "persName", (("ref", ref),) if ref else (), document.translator)


def _linked_as(blocks: list[Block], name: str) -> str:
    """The register entry (`@ref`) a person's name is linked to in `blocks` (the translator in
    the source statement or the field that names them: "translation by Mark H. Doctoroff"),
    else ''."""
    nodes = [node for block in blocks for node in block.content]
    while nodes:
        node = nodes.pop(0)
        if isinstance(node, Inline):
            ref = dict(node.attrs).get("ref")
            if node.tag == "persName" and ref and plain_text(node.children) == name:
                return ref
            nodes[:0] = node.children
    return ""


def _title(parent: etree._Element, attrs: tuple[tuple[str, str], ...], document: Document) -> None:
    """The document's title, its editorial brackets as elements (`[Excerpt]` is `supplied`),
    in its language (`_title_language`)."""
    printed = document.raw.metadata.title
    title = sub(parent, "title", attrs + lang_attributes(_title_language(document)),
                line=printed.line)
    add_nodes(title, document.title or (Text(_text(printed)),), printed.line)


def _title_language(document: Document) -> str:
    """The language of the title where it is not the edition's: the one TEI made elsewhere
    declares ('' for English), else, for a transcription, the one its own words show among the
    text's and the original's the Language field names (`languages.title_language`): a title's
    language is the title's, not the text's: `Запись беседы А.И. Микояна с Ф. Кастро`,
    `Aufzeichnung über das Gespräch ... in Bonn` above their texts, `Compte rendu de
    l'entretien ...` above an English translation; not `Record of Conversation with Castro`
    above a Russian text."""
    printed = document.raw.metadata.title
    if document.raw.layout == TEI_LAYOUT or printed.language:
        return printed.language
    named = languages.language_tag(document.raw.metadata.language.value)
    return languages.title_language(printed.value, (document.language, named))


def _edition_stmt(file_desc: etree._Element, edition: EditionInfo) -> None:
    """The edition this file is part of, with its version (edition.toml): `<edition
    n="1.2.0"><title>Cuban Missile Crisis Documents</title>, version 1.2.0</edition>`."""
    stated = sub(sub(file_desc, "editionStmt"), "edition", (("n", edition.version),))
    sub(stated, "title", text=edition.title).tail = f", version {edition.version}"


def document_url(base_url: str, doc_id: str) -> str:
    """The address of the document's page, which citations cite: `render.urls.document` under
    the edition's `base_url`, spelled again here (the encoder sits below the renderer:
    test_layers); tests/encoder/test_header.py checks that the two agree."""
    return f"{base_url}documents/{doc_id}.html"


def _publication_stmt(file_desc: etree._Element, document: Document, edition: EditionInfo) -> None:
    """Who publishes the file and when (the edition's release date, from edition.toml, never
    the clock), its identifiers (the document id, its page's address, the archive's record id),
    the rights, and the archive's upload date."""
    meta = document.raw.metadata
    stmt = sub(file_desc, "publicationStmt")
    sub(stmt, "publisher", text=edition.publisher)
    sub(stmt, "date", (("type", "release"), ("when", edition.release_date)), edition.release_date)
    sub(stmt, "idno", (("type", "document"),), document.doc_id)
    sub(stmt, "idno", (("type", "URL"),), document_url(edition.base_url, document.doc_id))
    if meta.record_id.value:
        sub(stmt, "idno", (("type", "record"),), _text(meta.record_id), meta.record_id.line)
    availability = sub(stmt, "availability")
    targets = (("target", " ".join(meta.licence_targets)),) if meta.licence_targets else ()
    licence = sub(availability, "licence", targets)
    for rights in document.rights:
        add_nodes(sub(licence, "p", rights.attrs, line=rights.line), rights.content, rights.line)
    if not document.rights:
        sub(licence, "p", text="No rights statement is given in the source.")
    if edition.licence != DEFAULTS.licence:     # the licence of this edition's encoding
        sub(availability, "licence", (("n", "edition"),), edition.licence)
    if meta.uploaded.value:
        when = parse_date(_text(meta.uploaded))  # "2011-11-20" or "November 20, 2011"
        sub(stmt, "date", (("type", "uploaded"),) + ((("when", when),) if when else ()),
            _text(meta.uploaded), meta.uploaded.line)


Attributes = tuple[tuple[str, str], ...]


def document_date_attributes(document: Document) -> Attributes:
    """`@when` of the document date, or `@notBefore` and `@notAfter` where its date field names
    a span of days (`26-27 October 1962`: the document date is its first day), a part of a month's
    (`Late October 1962`: the 21st to the 31st, the encoder's convention) marked the encoder's
    (`resolve.CONJECTURE`, as a date of the text is), or of months or years; none if undated."""
    if document.dated_by is not None:
        return document.dated_by.attrs
    span = spanned_days(document.raw.metadata.date) if document.date else None
    if span and span.first == document.date:
        ours = CONJECTURE if span.part_of_month else ()
        return (("notBefore", span.first), ("notAfter", span.last)) + ours
    return _field_date_attributes(document) if document.date else ()


def _field_date_attributes(document: Document) -> Attributes:
    """`@when` of a dated document's date field, with the time it prints (`27 October 1962, 11
    p.m.`: `1962-10-27T23:00:00`, the document date the day), or `@notBefore` and `@notAfter` of
    a span of months or years it names (`October-November 1962`, `Winter 1962-1963`)."""
    read = parse_mention(document.raw.metadata.date.value)
    if read is not None and read.not_before == document.date and read.not_after:
        return ("notBefore", read.not_before), ("notAfter", read.not_after)
    if read is not None and read.when[:len(document.date)] == document.date:
        return (("when", read.when),)
    return (("when", document.date),)


def _source_desc(file_desc: etree._Element, document: Document, dated: Attributes) -> None:
    """The source's `bibl`: its title, its date (`dated`, `document_date_attributes`, and the
    editors' marks on the field), its source statements and other fields."""
    meta = document.raw.metadata
    bibl = sub(sub(file_desc, "sourceDesc"), "bibl", (("type", "source"),))
    _title(bibl, (), document)
    if meta.date.value:
        words, marks = editors_date_marks(_text(meta.date))
        attrs = dated + lang_attributes(meta.date.language)
        date = sub(bibl, "date", attrs + tuple(m for m in marks if m[0] not in dict(attrs)),
                   line=meta.date.line)
        add_nodes(date, words, meta.date.line)
    elif document.dated_by is not None:   # the dateline's date, as the text prints it
        sub(bibl, "date", dated + lang_attributes(foreign_tag(document.language)),
            plain_text(document.dated_by.children))
    for source in document.source:
        note = sub(bibl, "note", (("type", "source"),) + source.attrs, line=source.line)
        add_nodes(note, source.content, source.line)
    for label, value in document.fields:
        note = sub(bibl, "note", (("type", "field"), ("n", label)), line=value.line)
        add_nodes(note, value.content, value.line)


TAXONOMIES = (
    ("document-type", "The kind of document, as a reader names it: memorandum of conversation, "
                      "memorandum, telegram, letter, transcript, minutes, drama, report or "
                      "other."),
    ("classification", "The security classification printed on the source document; its "
                       "categories are the edition's vocabulary of classifications."),
)
"""The schemes of `textClass/keywords/@scheme`, declared in `classDecl` so the pointers resolve;
the classification's has a category for each of `security_markings.CLASSIFICATIONS`, which
`textClass/catRef` points at."""


def _encoding_desc(header: etree._Element) -> None:
    """The conventions and the citation scheme: the same in every document, built once."""
    header.append(copy.deepcopy(_encoding_desc_template()))


@lru_cache(maxsize=1)
def _encoding_desc_template() -> etree._Element:
    encoding = root("encodingDesc")
    decl = sub(encoding, "editorialDecl")
    for form, element, explanation in CONVENTIONS:
        p = sub(decl, "p")
        sub(p, "label", text=form)
        sub(p, "ref", (("type", "encoding"),), element).tail = " " + explanation
    add_refs_decl(encoding)
    classes = sub(encoding, "classDecl")
    for ident, description in TAXONOMIES:
        taxonomy = sub(classes, "taxonomy", (("xml:id", ident),))
        sub(taxonomy, "desc", text=description)
        for level in CLASSIFICATIONS if ident == "classification" else ():
            category = sub(taxonomy, "category", (("xml:id", classification_id(level)),))
            sub(category, "catDesc", text=level.title())
    return encoding


def classification_id(level: str) -> str:
    """The id of the category of a classification in the vocabulary (`classDecl`): `top secret`
    -> `classification.top-secret`."""
    return "classification." + "-".join(level.split())


def _profile_desc(header: etree._Element, document: Document, registers: Registers,
                  dated: Attributes) -> None:
    profile = sub(header, "profileDesc")
    if document.summary.value:
        sub(sub(profile, "abstract"), "p", text=_text(document.summary), line=document.summary.line)
    _corresp_desc(profile, document, registers, dated)
    usage = sub(profile, "langUsage")
    for ident, name in _languages(document):
        sub(usage, "language", (("ident", ident),), name)
    text_class = sub(profile, "textClass")
    sub(sub(text_class, "keywords", (("scheme", "#document-type"),)), "term",
        text=_type_name(document))
    printed = document.classification
    if printed.value:
        keywords = sub(text_class, "keywords", (("scheme", "#classification"),))
        sub(keywords, "term", lang_attributes(printed.language), _text(printed), printed.line)
    level = classification_level(printed.value)
    if level:
        sub(text_class, "catRef", (("scheme", "#classification"),
                                   ("target", "#" + classification_id(level))))
    if document.participants or document.listed or document.listed_names:
        people = sub(sub(profile, "particDesc"), "listPerson")
        for ref in document.participants:
            sub(people, "person", (("sameAs", ref), ("role", "speaker")))
        for ref in document.listed:
            sub(people, "person", (("sameAs", ref), ("role", "listed")))
        for name in document.listed_names:   # `Blas Roca`, whom no register holds
            sub(sub(people, "person", (("role", "listed"),)), "persName", text=name)


def declare_calendars(tei: etree._Element) -> None:
    """The Julian calendar in `profileDesc/calendarDesc`, where a date of the text is named in
    it (`date/@calendar`: `25 December O.S.`, `date_calendars`)."""
    if not tei_xpath("t:text//t:date[@calendar]")(tei):
        return
    profile = tei.find(f"{qname('teiHeader')}/{qname('profileDesc')}")
    calendar = sub(sub(profile, "calendarDesc"), "calendar", (("xml:id", JULIAN),))
    sub(calendar, "p", text="The Julian calendar (Old Style), in which the text names the days "
        "said to be Old Style; their @when is the Gregorian day.")


def _languages(document: Document) -> list[tuple[str, str]]:
    """(tag, name) of each language of the text: its own (`languages.text_language`), then the
    one the archive's Language field names where that is another and no translator is named (a
    translation's field names its original): `Language / Spanish` above an English cable that
    quotes its Spanish -> English, Spanish; then the language of the words it quotes where that is
    another (`languages.quoted_language`): an English cable quoting de Gaulle's French -> English,
    French."""
    found = [(document.language, document.language_name)]
    named = languages.language_tag(document.raw.metadata.language.value)
    if named and named != document.language and not document.translator:
        found.append((named, languages.LANGUAGE_NAMES[named]))
    quoted = languages.quoted_language(document.raw.body)
    if quoted and quoted not in dict(found):
        found.append((quoted, languages.LANGUAGE_NAMES[quoted]))
    return found


def _type_name(document: Document) -> str:
    """The document type as a reader names it: a memorandum is one of conversation only when
    its title or the archive says so ("Memorandum From Kissinger to Nixon" is not); a document
    of no other type is a report where they name one (`readers.common.names_a_report`), a
    speech where the title or the archive's Type does (`doc_types.titled_speech`,
    `SPEECH_FIELD`: `Radio and Television Address ...`, Type `Speech`), a diary where the title
    or the Type does (`doc_types.names_a_diary`: `Diary of A. I. Alekseev`, Type `Diary`), an
    aide-mémoire likewise (`doc_types.names_an_aide_memoire`, Type `Aide-Mémoire`)."""
    meta = document.raw.metadata
    if document.doc_type == "memorandum" and of_conversation(meta):
        return "memorandum of conversation"
    if document.doc_type == "other" and (titled_speech(document.doc_type, meta.title.value)
                                         or meta.doc_type.value.strip().lower() in SPEECH_FIELD):
        return "speech"
    if names_a_diary(document.doc_type, meta.title.value, meta.doc_type.value):
        return "diary"
    if names_an_aide_memoire(document.doc_type, meta.title.value, meta.doc_type.value):
        return "aide-mémoire"
    if document.doc_type == "other" and names_a_report(meta):
        return "report"
    return TYPE_NAMES[document.doc_type]


def _corresp_desc(profile: etree._Element, document: Document, registers: Registers,
                  dated: Attributes) -> None:
    parties = (document.sender, document.sender_name, document.addressee, document.addressee_name)
    if document.doc_type not in CORRESPONDENCE and not any(parties):   # a memorandum From X to Y
        return
    corresp = sub(profile, "correspDesc")
    sent = sub(corresp, "correspAction", (("type", "sent"),))
    _party(sent, document.sender, document.sender_name, registers)
    day, place = sent_dateline(document)   # the letter's own: `Moscow, October 26, 1962`
    if place and (entry := registers.get(place)) is not None:
        sub(sent, "placeName", (("ref", entry.ref),), entry.name)
    if day and day != document.date[:len(day)]:   # sent the day before the archive's date
        sub(sent, "date", (("when", day),))
    elif document.date:
        sub(sent, "date", dated)
    if not len(sent):
        corresp.remove(sent)
    if document.addressee or document.addressee_name:
        received = sub(corresp, "correspAction", (("type", "received"),))
        _party(received, document.addressee, document.addressee_name, registers)
        for ref in document.more_addressees:
            _party(received, ref, "", registers)
    if not len(corresp):
        profile.remove(corresp)


def _party(action: etree._Element, ref: str, name: str, registers: Registers) -> None:
    """The register entry of a correspondent, or the name as printed (an `orgName` when it
    names an organization: `Mission to the United Nations`), or nothing."""
    entry = registers.get(ref) if ref else None
    if entry is not None:
        sub(action, NAME_TAGS[entry.kind], (("ref", entry.ref),), entry.name)
    elif name:
        sub(action, "orgName" if names_an_organization(name) else "name", text=name)
