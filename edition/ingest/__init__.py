"""Foreign TEI (`seeds/*.xml` made elsewhere) -> our document model, then the shared encoder.

A TEI document made by another project (FRUS, ParlaMint, DraCor ...) is read into the same
`model.Document` as a plain-text source, so that it is encoded, validated, rendered and cited
exactly like our own documents:

  parse    safe parsing: size limit, no entities, no DTD, no network, a TEI root
  header   title, date, source, rights, record id, document type from the foreign header
  people   the foreign document's person ids -> provisional persons of our register
  phrases  the phrase level by a table: names, dates, notes, gaps, stage directions ...
  schema_fit  the phrases' nodes fitted to our schema: whitespace collapsed, what a place
           does not allow unwrapped
  refs     cross-references (FRUS `#d121`) -> public URLs
  convert  the block level by a table: heads, paragraphs, lists, turns, verse, closers ...
  behaviours  the table of foreign block elements -> behaviour
  spacing  word boundaries at breaks and choices, encoder's notes moved to the end of a word
  zones    blocks fitted to their zone (turn, closer, postscript)
  words    the words check: every word of the foreign text is in our TEI

    encoded = ingest_tei(Path("seeds/frus1969-76v12-d122.xml"), registers, settings, reporter)
    encoded.tei       # our TEI: <div type="document" subtype="transcript"> with 8 <sp> turns

Diagnostics of the foreign file (never a traceback) go to `reporter` and stay with the
document; person ids mapped to provisional register entries are an info, elements we do not
know are warnings, a refused file (entities, not XML, not TEI, too large) is an error.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from ..breaks import spaced_text
from ..doc_types import CORRESPONDENCE
from ..config import Settings
from ..diagnostics import Location, Reporter
from ..inline import Locator, parse_inline
from ..model import Block, Document, Field, Inline, Node, RawDocument, Text, Turn
from ..registers import Registers
from ..security_markings import printed_classification
from ..source import check_doc_id
from ..tei import encode_document
from ..tei.xml import EDITION_LANGUAGE, foreign_tag, lang_attributes
from .convert import Converter
from .header import (ForeignHeader, foreign_language, read_header, source_note_number,
                     translator_of)
from .parse import TEI_NS, parse_foreign
from .people import ForeignPeople, source_scope
from .refs import Links, volume_of
from .spacing import join_unbroken
from .words import check_foreign_words

if TYPE_CHECKING:
    from ..pipeline import EncodedDocument

__all__ = ["ingest_tei", "read_foreign_document"]
LAYOUT = "tei"


def ingest_tei(path: Path, registers: Registers, settings: Settings,
               reporter: Reporter) -> "EncodedDocument | None":
    """Encode one foreign TEI file as our TEI; None when it is refused (see `parse`)."""
    from ..pipeline import EncodedDocument, shown_path   # pipeline dispatches here: import late

    shown = shown_path(path)
    local = Reporter()
    encoded = None
    root = parse_foreign(path, shown, local) if check_doc_id(path.stem, shown, local) else None
    if root is not None:
        join_unbroken(root)
        document = read_foreign_document(root, path.stem, shown, registers, local)
        tei = encode_document(document, registers, settings.edition)
        check_foreign_words(root, tei, shown, local)
        encoded = EncodedDocument(document, tei, list(local.diagnostics))
    reporter.extend(local.diagnostics)
    return encoded


def read_foreign_document(root: etree._Element, doc_id: str, shown: str, registers: Registers,
                          reporter: Reporter) -> Document:
    """The model of a parsed foreign TEI document (its persons added to `registers`)."""
    header = read_header(root, doc_id, registers)
    volume = volume_of(root)
    people = ForeignPeople(root, registers, shown, source_scope(root, doc_id, volume))
    converter = Converter(people, shown, reporter, header.language, Links(volume))
    body = converter.convert(root.find(f"{{{TEI_NS}}}text"))
    raw = RawDocument(doc_id, shown, LAYOUT, header.metadata, ())
    document = Document(raw=raw, date=header.date, doc_type=header.doc_type,
                        classification=printed_classification(header.metadata,
                                                              foreign_tag(header.language)),
                        opener=body.opener, parts=body.parts,
                        translator=translator_of(header), language=header.language,
                        language_name=header.language_name)
    document.source = _source_blocks(header, converter, reporter, shown)
    document.rights = [Block("p", _plain(f, shown), f.line, lang_attributes(f.language))
                       for f in header.metadata.rights]
    document.participants = _speakers(document)
    if header.doc_type in CORRESPONDENCE:
        document.sender, document.addressee = _parties(root, people)
    if not header.date:
        reporter.warning(Location(shown), "no document date found in the foreign header or "
                         "text", "date-missing")
    people.report(reporter)
    return document


def _plain(field: Field, shown: str) -> tuple[Node, ...]:
    """A header value as inline nodes: its brackets read as our editorial brackets."""
    local = Reporter()
    nodes = parse_inline(field.value, Locator(shown, field.line), local)
    return (Text(field.value.replace("[", "(").replace("]", ")")),) if local.diagnostics \
        else nodes


def _source_blocks(header: ForeignHeader, converter: Converter, reporter: Reporter,
                   shown: str) -> list[Block]:
    """The source statement (FRUS `note type=source`, with its number) first, then the foreign
    `sourceDesc`; each in the language the source declares for it, a piece in another one marked
    `foreign`."""
    blocks = []
    for note in header.source_notes:
        content = converter.phrases.finish(converter.phrases.content(note), note.sourceline or 0)
        language = lang_attributes(foreign_language(note, header.language))
        number = (("n", source_note_number(note)),)                  # FRUS footnote 1
        blocks.append(Block("note", content, note.sourceline or 0, number + language))
    if header.bibl.value:
        nodes: list[Node] = []
        for part in header.bibl_parts:
            content = _plain(part, shown)
            if part.language != header.bibl.language:
                content = (Inline("foreign", (("xml:lang", part.language or EDITION_LANGUAGE),),
                                  content),)
            nodes.extend([Text("; ")] * bool(nodes) + list(content))
        blocks.append(Block("note", tuple(nodes), header.bibl.line,
                            lang_attributes(header.bibl.language)))
    return blocks


def _speakers(document: Document) -> list[str]:
    """Register refs of the speakers, in the order they first speak."""
    refs = [ref for part in document.parts if isinstance(part, Turn) for ref in part.who.split()]
    return list(dict.fromkeys(refs))


def _parties(root: etree._Element, people: ForeignPeople) -> tuple[str, str]:
    """Sender and addressee: the names typed `from` and `to` in the heading (FRUS letters)."""
    found = {}
    for kind in ("from", "to"):
        for name in root.iterfind(f"{{{TEI_NS}}}text//{{{TEI_NS}}}head//*[@type='{kind}']"):
            ref = people.refs(name.get("corresp") or name.get("ref"),
                              spaced_text(name))
            if ref:
                found.setdefault(kind, ref.split()[0])
    return found.get("from", ""), found.get("to", "")
