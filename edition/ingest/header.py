"""The metadata of a foreign TEI document: title, date, source, rights, record id, document type.

Where each value is looked for, first found wins (`profile` is what the markup looks like:
`speeches` has `u`, `drama` has `sp`, anything else is `prose`):

| value | looked for in |
| --- | --- |
| title | `titleStmt/title[@type='sub']` when the main title names a corpus, else the main (or first) title; a leading volume number `122. ` is dropped |
| date | `settingDesc//date`, the first `dateline//date` (or `docDate`) of the text, `standOff//event[@type='written']`, `sourceDesc/bibl/date`: `@when`, `@from`, `@notBefore` |
| source | the text's `note[@type='source']` (FRUS), numbered as printed or by its place among the text's notes, then the `sourceDesc/bibl` as one line |
| rights | `availability`: its `licence` and `p`, one paragraph each; a licence's web address (`@target`, or its text) also as our `licence/@target` |
| authors | `titleStmt/author`, each as our `titleStmt/author` |
| record id | `TEI/@xml:id`, else the first `publicationStmt/idno`, else the file stem |
| doc type | `speeches` -> minutes, `drama` -> drama, else the title's words (telegram, letter, memorandum, transcript, minutes), the registers naming a diplomatic note's parties as for a plain-text source |
| classification | `Top Secret`, `Secret`, `Confidential` ... in the source note, read as a text's source statement is (`security_markings.stated_classification`) |
| language | `text/@xml:lang` (the more specific), `TEI/@xml:lang`, the first `langUsage/language/@ident`; else English; its name from that `language` element, else `languages.LANGUAGE_NAMES`, else the tag |

A value copied from the source (title, author, printed date, source statement, rights) keeps
the language its element is declared in (`declared_language`; the text's when none is), so that
a Slovenian title is `title xml:lang="sl"` in our English header. Of several titles, those in the text's
language are preferred (ParlaMint gives each in Slovenian and English).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from ..breaks import spaced_text
from ..languages import LANGUAGE_NAMES
from ..model import Field, Metadata
from ..namespaces import NS, T, XML_ID, XML_LANG
from ..readers.common import doc_type_of, translator_in
from ..registers import Registers
from ..security_markings import stated_classification
from ..tei.xml import DECLARED_LANGUAGE, foreign_tag
from ..weblinks import WEB_ADDRESS

ISO_DATE = re.compile(r"^-?\d{4}(?:-\d{2}(?:-\d{2})?)?")
VOLUME_NUMBER = re.compile(r"^\d+\.\s+")
DATE_PATHS = (
    "t:teiHeader/t:profileDesc/t:settingDesc//t:date",
    "t:text//t:dateline//t:date", "t:text//t:docDate",
    "t:standOff//t:event[@type='written']", "t:teiHeader//t:creation//t:date",
    "t:teiHeader/t:fileDesc/t:sourceDesc/t:bibl/t:date",
)
DATE_ATTRIBUTES = ("when", "from", "notBefore", "when-iso")
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
"""A BCP 47 tag (a two- or three-letter language and subtags), which our schema takes as
xml:lang and language/@ident: not `English`, not `!!`."""


@dataclass(frozen=True)
class ForeignHeader:
    """What the foreign header (and a few places of the text) says about the document."""

    metadata: Metadata
    date: str                        # ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or ""
    doc_type: str
    profile: str                     # speeches, drama or prose
    source_notes: tuple[etree._Element, ...]
    bibl: Field
    bibl_parts: tuple[Field, ...] = ()  # the pieces of `bibl`, each with its own language
    language: str = "en"
    language_name: str = "English"


def clean(text: str | None) -> str:
    return " ".join((text or "").split())


def text_of(element: etree._Element | None) -> str:
    """The text of a header element as a reader reads it, a line break a space
    (`breaks.spaced_text`: `Kosygin<lb/>to Nixon` is "Kosygin to Nixon"); '' for None."""
    return spaced_text(element) if element is not None else ""


def unbracketed(text: str) -> str:
    """Header values are plain text, and no square bracket may stay in our TEI: use parentheses."""
    return text.replace("[", "(").replace("]", ")")


def declared_language(element: etree._Element, fallback: str) -> str:
    """The BCP 47 tag `element` is declared in (its own xml:lang, or its nearest ancestor's),
    else `fallback`."""
    tag = DECLARED_LANGUAGE(element).strip()
    return tag if LANGUAGE_TAG.fullmatch(tag) else fallback


def foreign_language(element: etree._Element, fallback: str) -> str:
    """`declared_language`, or '' when it is the edition's own (see `Field.language`)."""
    return foreign_tag(declared_language(element, fallback))


def profile_of(root: etree._Element) -> str:
    body = root.find(f"{T}text/{T}body")
    if body is not None and body.find(f".//{T}u") is not None:
        return "speeches"
    if body is not None and body.find(f".//{T}sp") is not None:
        return "drama"
    return "prose"


def _first(root: etree._Element, path: str) -> etree._Element | None:
    found = root.xpath(path, namespaces=NS)
    return found[0] if found else None


def _title(root: etree._Element, language: str) -> Field:
    stmt = _first(root, "t:teiHeader/t:fileDesc/t:titleStmt")
    every = stmt.findall(T + "title") if stmt is not None else []
    titles = [t for t in every if declared_language(t, language) == language] or every
    main = next((t for t in titles if t.get("type") == "main"), titles[0] if titles else None)
    sub = next((t for t in titles if t.get("type") == "sub"), None)
    corpus = any("corpus" in text_of(t).lower() for t in every if t.get("type") == "main")
    chosen = sub if sub is not None and (corpus or "corpus" in text_of(main).lower()) else main
    if chosen is None:
        head = _first(root, "t:text/t:body//t:head")
        chosen = head
    if chosen is None:
        return Field("")
    title = VOLUME_NUMBER.sub("", unbracketed(text_of(chosen)))
    return Field(title, chosen.sourceline or 0, foreign_language(chosen, language))


def _date(root: etree._Element, language: str) -> tuple[Field, str]:
    for path in DATE_PATHS:
        for element in root.xpath(path, namespaces=NS):
            for attribute in DATE_ATTRIBUTES:
                match = ISO_DATE.match(element.get(attribute) or "")
                if match:
                    printed = text_of(element) or match.group()
                    worded = foreign_language(element, language) if text_of(element) else ""
                    return (Field(unbracketed(printed), element.sourceline or 0, worded),
                            match.group())
    return Field(""), ""


def _source_notes(root: etree._Element) -> tuple[etree._Element, ...]:
    return tuple(root.iterfind(f"{T}text//{T}note[@type='source']"))


def printed_number(note: etree._Element) -> str:
    """The number the source printed a note with, its `@n` (FRUS `<note n="3">`); '' if none."""
    return clean(note.get("n"))


def source_note_number(note: etree._Element) -> str:
    """The number of a source note (FRUS footnote 1): the one printed, else its place among the
    notes of the text, as a page counts the notes its source did not number (FRUS's source note
    is the first of a document's notes: `<head>…<note type="source">` is footnote 1)."""
    before = note.xpath("count(preceding::t:note[ancestor::t:text])", namespaces=NS)
    return printed_number(note) or str(int(before) + 1)


def _bibl(root: etree._Element, language: str) -> tuple[Field, tuple[Field, ...]]:
    """The source description as one line (in the language of its `bibl`), and its pieces: each
    child of a `bibl` of elements (`<title>…</title><idno>…</idno>`), or the whole of one that
    runs as text (`Printed in <title>…</title>, vol. 2`), so that no word between its children
    is lost."""
    bibl = _first(root, "t:teiHeader/t:fileDesc/t:sourceDesc/t:bibl")
    if bibl is None:
        bibl = _first(root, "t:teiHeader/t:fileDesc/t:sourceDesc/*")
    if bibl is None:
        return Field(""), ()
    line, own = bibl.sourceline or 0, foreign_language(bibl, language)
    if clean(bibl.text) or any(clean(child.tail) for child in bibl):
        parts = [Field(text_of(bibl), line, own)]
    else:
        parts = [Field(text_of(child), child.sourceline or line, foreign_language(child, language))
                 for child in bibl if isinstance(child.tag, str)]
    parts = [Field(unbracketed(p.value), p.line, p.language) for p in parts if p.value]
    return Field("; ".join(p.value for p in parts), line, own), tuple(parts)


def _rights(root: etree._Element, language: str) -> tuple[Field, ...]:
    availability = _first(root, "t:teiHeader/t:fileDesc/t:publicationStmt/t:availability")
    if availability is None:
        return ()
    blocks = [e for e in availability if isinstance(e.tag, str)] or [availability]
    return tuple(Field(unbracketed(text_of(e)), e.sourceline or 0, foreign_language(e, language))
                 for e in blocks if text_of(e))


def _licence_targets(root: etree._Element) -> tuple[str, ...]:
    """The web addresses a `licence` gives: its `@target`, or its text when that is one
    (ParlaMint: `<licence>http://creativecommons.org/licenses/by/4.0/</licence>`)."""
    found = []
    for licence in root.xpath("t:teiHeader/t:fileDesc/t:publicationStmt/t:availability/"
                              "t:licence", namespaces=NS):
        found += (licence.get("target") or "").split() + [text_of(licence)]
    return tuple(dict.fromkeys(url for url in found if WEB_ADDRESS.fullmatch(url)))


def _authors(root: etree._Element, language: str) -> tuple[Field, ...]:
    """The authors of `titleStmt` (DraCor: `<author>William Shakespeare</author>`)."""
    return tuple(Field(unbracketed(text_of(a)), a.sourceline or 0, foreign_language(a, language))
                 for a in root.iterfind(f"{T}teiHeader/{T}fileDesc/{T}titleStmt/{T}author")
                 if text_of(a))


def _record_id(root: etree._Element, stem: str) -> Field:
    if root.get(XML_ID):
        return Field(root.get(XML_ID), root.sourceline or 0)
    idno = _first(root, "t:teiHeader/t:fileDesc/t:publicationStmt/t:idno")
    if idno is not None and text_of(idno):
        return Field(unbracketed(text_of(idno)), idno.sourceline or 0)
    return Field(stem)


def _classification(notes: tuple[etree._Element, ...]) -> Field:
    for note in notes:
        stated, _ = stated_classification(text_of(note))   # as our text reader reads it
        if stated:
            return Field(stated, note.sourceline or 0)
    return Field("")


def _language(root: etree._Element) -> tuple[Field, str]:
    """The language tag of the text (with its line) and its name; English when none is given."""
    text = root.find(f"{T}text")
    used = root.xpath("t:teiHeader/t:profileDesc/t:langUsage/t:language[@ident]", namespaces=NS)
    given = [(text, text.get(XML_LANG)), (root, root.get(XML_LANG))]
    for element, value in given + [(u, u.get("ident")) for u in used[:1]]:
        tag = (value or "").strip()
        if LANGUAGE_TAG.fullmatch(tag):
            named = next((text_of(u) for u in used if u.get("ident") == tag and text_of(u)), "")
            name = named or LANGUAGE_NAMES.get(tag.split("-")[0].lower(), tag)
            return Field(tag, element.sourceline or 0), unbracketed(name)
    return Field("en"), "English"


def _doc_type(profile: str, title: str, registers: Registers) -> str:
    """The type by the markup, else by the title's words, the registers naming a diplomatic
    note's parties as for a plain-text source (`Note from Khrushchev to Castro`: a letter)."""
    if profile == "speeches":
        return "minutes"
    if profile == "drama":
        return "drama"
    return doc_type_of(title, registers=registers)


def read_header(root: etree._Element, stem: str, registers: Registers) -> ForeignHeader:
    """The metadata of the foreign document `root` (file stem `stem`); `registers` name the
    parties a title's `Note of X to Y` needs to be a letter."""
    language, language_name = _language(root)
    title = _title(root, language.value)
    printed_date, date = _date(root, language.value)
    notes = _source_notes(root)
    profile = profile_of(root)
    source_text = " ".join(text_of(n) for n in notes)
    metadata = Metadata(
        title=title, date=printed_date, classification=_classification(notes),
        source=Field(source_text), rights=_rights(root, language.value),
        licence_targets=_licence_targets(root), authors=_authors(root, language.value),
        record_id=_record_id(root, stem), language=language)
    bibl, bibl_parts = _bibl(root, language.value)
    return ForeignHeader(metadata, date, _doc_type(profile, title.value, registers), profile, notes,
                         bibl, bibl_parts, language.value, language_name)


def translator_of(header: ForeignHeader) -> str:
    return translator_in(header.metadata.source.value)
