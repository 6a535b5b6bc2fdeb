"""Reader for the archive page dump: date line, title line, body, trailing `Document Information` block."""

from __future__ import annotations

import re

from ..diagnostics import Location, Reporter, did_you_mean
from ..model import Field, Metadata, Paragraph, RawDocument
from ..security_markings import take_marking
from ..source import SourceText
from .common import (TRANSLATION_FIELD, is_date_line, paragraphs, split_chrome, split_title_date,
                     take_translation_note)

LAYOUT = "archive-page"

INFO_HEADING = "document information"
SET_APART = 3
"""How far the archive's summary stands from the text's last line, in lines: two blank lines
between (`text_end`, `unread_parts`)."""


def has_info_block(raw: RawDocument) -> bool:
    """Whether the page prints its `Document Information` block (`INFO_HEADING`)."""
    return any(line.value.lower() == INFO_HEADING for line in raw.chrome)


INFO_LABELS = {
    "source": "source", "rights": "rights", "original uploaded date": "uploaded",
    "uploaded date": "uploaded", "type": "doc_type", "summary": "summary",
    "language": "language", "original language": "language", "record id": "record_id",
}
PRINTED_AS_FIELDS = (("doc_type", "Type"), ("language", "Language"))
"""Fields the encoder interprets (document type, language) and also keeps as printed."""
OTHER_LABELS = frozenset("""
original archive|archive|donors|donor|funders|contributed by|associated people & organizations|
associated people and organizations|associated places|associated topics|subjects discussed|
subjects|keywords|theme|themes|collection|collections|author|authors|date|title|translation|
translated by|translator|translators|translated from|editor|editors|credits|redactions|citation|
copyright|related documents|notes|original classification
""".replace("\n", "").split("|"))
"""Other fields of the archive's block: kept in the header under their label, never lost (a
translator's field also names the translator: `common.translator_of`)."""
SINGLE_VALUED = frozenset({"uploaded", "doc_type", "language", "record_id"})
"""Fields of one short line: a second paragraph under one of them is another field's."""
LABEL_WORD = r"[^\W\d_](?:[^\W\d_]|['’\-])*"
LABEL_SHAPE = re.compile(rf"^[A-ZÀ-Þ](?:[^\W\d_]|['’\-])*(?:\s+(?:&|{LABEL_WORD})){{0,3}}$")
"""`Translator`, `Translated by`, `Associated People & Organizations`: a line shaped as a label."""
UNLABELLED = "extra:Document Information"
"""Where lines of the block before its first known label go: a header field, never dropped."""


def claims(source: SourceText) -> bool:
    """The fallback layout: every source is read as a page dump."""
    return True


def _info_start(lines: tuple[str, ...]) -> int:
    """Index of the `Document Information` line, or len(lines) when the block is missing."""
    for index in range(len(lines) - 1, -1, -1):
        if lines[index].strip().lower() == INFO_HEADING:
            return index
    return len(lines)


def read_info_block(lines: tuple[str, ...], start: int) -> tuple[dict[str, list[Field]], list[Field]]:
    """Label -> value lines of the `Document Information` block, and the label lines themselves.

    Empty values stay empty lists; the labels are page chrome, not document text, and so is a
    label the value repeats (`Source` / `Source: Department of State, ...`). A line shaped
    as a label that no list holds opens a field of its own where it cannot go on the field before
    it (`_opens_a_field`): `Source` / `A collection.` / `Translater` / `J. Perez`.
    """
    fields: dict[str, list[Field]] = {}
    labels = [Field(lines[start].strip(), start + 1)]
    current = UNLABELLED
    block = lines[start + 1:]
    for index, line in enumerate(block):
        text = line.strip()
        if not text:
            continue
        key = INFO_LABELS.get(text.lower()) or \
            (f"extra:{text}" if text.lower() in OTHER_LABELS
             or _opens_a_field(block, index, current, fields.get(current)) else "")
        if key:
            current = key
            fields.setdefault(key, [])
            labels.append(Field(text, start + 2 + index))
            continue
        values = fields.setdefault(current, [])
        repeated = _repeated_label(text, labels[-1].value) if not values else ""
        if repeated:
            labels.append(Field(repeated, start + 2 + index, column=1))
        values.append(Field(text[len(repeated):].lstrip(), start + 2 + index,
                            column=len(text) - len(text[len(repeated):].lstrip()) + 1))
    return fields, labels


def _repeated_label(text: str, label: str) -> str:
    """The field's label with its colon where its value repeats it (`Source` / `Source:
    Department of State, ...`: the archive's page prints both), else ''."""
    head, colon, rest = text.partition(":")
    return head + colon if colon and rest.strip() and head.strip().lower() == label.lower() else ""


def _opens_a_field(block: tuple[str, ...], index: int, current: str, values: list[Field] | None) -> bool:
    """Whether line `index` of the block, no known label, is one all the same: shaped as a label,
    a paragraph of its own between blank lines with a value after it, where the field before it
    is complete (it ends a sentence, or holds its one short line)."""
    if current == UNLABELLED or not values or not LABEL_SHAPE.match(block[index].strip()):
        return False
    own_paragraph = index > 0 and not block[index - 1].strip() and index + 2 < len(block) \
        and not block[index + 1].strip() and block[index + 2].strip()
    complete = current in SINGLE_VALUED or values[-1].value.endswith((".", "!", "?"))
    return bool(own_paragraph and complete)


def _is_known_label(text: str) -> bool:
    return text.lower() in INFO_LABELS or text.lower() in OTHER_LABELS


def report_unknown_labels(labels: list[Field], source: SourceText, reporter: Reporter) -> None:
    """Say where a line was read as a label no list holds (`Translater`), with the label meant."""
    for label in labels[1:]:
        if not _is_known_label(label.value) and not label.value.endswith(":"):   # a repeat
            hint = did_you_mean(label.value.lower(), [*INFO_LABELS, *OTHER_LABELS])
            reporter.warning(source.location(label.line),
                             f"'{label.value}' is not a label of the Document Information block"
                             f"{hint}; it stands alone between the fields, so it is kept as the "
                             "label of the lines under it", "info-label-unknown")


def report_unlabelled(fields: dict[str, list[Field]], source: SourceText,
                      reporter: Reporter) -> None:
    """Lines of the block before its first known label are kept as a field of their own (see
    `UNLABELLED`); say so, with the label they may have meant."""
    lines = fields.get(UNLABELLED)
    if lines:
        first = lines[0].value
        hint = did_you_mean(first.lower(), [*INFO_LABELS, *OTHER_LABELS])
        reporter.warning(source.location(lines[0].line),
                         f"'{first}' is not a label of the Document Information block{hint}; "
                         "what comes before the first label is kept in the header under "
                         "'Document Information'", "info-unlabelled")


def _first(fields: dict[str, list[Field]], key: str) -> Field:
    values = fields.get(key) or []
    if not values:
        return Field("")
    return Field(" ".join(v.value for v in values), values[0].line, column=values[0].column or 1)


def _take_date_field(fields: dict[str, list[Field]]) -> Field:
    """The block's `Date` field, taken out of the other fields: the document date where the
    page prints none over its title nor after it (`Date` / `1962-12-01`); else an empty field."""
    key = next((key for key in fields if key.lower() == "extra:date" and fields[key]), "")
    date = _first(fields, key)
    fields.pop(key, None)
    return date


def _split_heading(paras: list[Paragraph]) -> tuple[Field, Field, Field, list[Paragraph]]:
    """Take the date line, the title line and a security marking (`take_marking`) off the top
    of the page."""
    lines = [(p.line + i, text) for p in paras[:3] for i, text in enumerate(p.lines)]
    date = title = Field("")
    used = 0
    if lines and is_date_line(lines[0][1]):
        date, used = Field(lines[0][1], lines[0][0], column=1), 1
    if len(lines) > used:
        number, text = lines[used]
        title_date = None if date.value else split_title_date(text)
        title, used = Field(title_date[0] if title_date else text, number), used + 1
        if title_date:
            date = Field(title_date[1], number, column=text.rfind(title_date[1]) + 1)
    last_used = lines[used - 1][0] if used else 0
    classification, rest = take_marking(_drop_lines_up_to(paras, last_used))
    return date, title, classification, rest


def _drop_lines_up_to(paras: list[Paragraph], last_line: int) -> list[Paragraph]:
    rest: list[Paragraph] = []
    for para in paras:
        if para.last_line <= last_line:
            continue
        if para.line <= last_line:
            keep = para.lines[last_line - para.line + 1:]
            para = Paragraph(keep, last_line + 1)
        rest.append(para)
    return rest


def read(source: SourceText, doc_id: str, reporter: Reporter) -> RawDocument | None:
    """Read a page dump into metadata and body paragraphs."""
    end = _info_start(source.lines)
    fields, labels = read_info_block(source.lines, end) if end < len(source.lines) else ({}, [])
    if end == len(source.lines):
        reporter.warning(Location(source.path, len(source.lines) or 1, 1),
                         "no 'Document Information' block after the text: its source, rights and "
                         "record ID are not stated (a page copied short?)", "info-missing")
    report_unlabelled(fields, source, reporter)
    report_unknown_labels(labels, source, reporter)
    paras, chrome = split_chrome(paragraphs(source.lines[:end]))
    date, title, classification, body = _split_heading(paras)
    body, translation = take_translation_note(body)
    if not date.value:
        date = _take_date_field(fields)
    if not title.value:
        reporter.error(source.location(1), "no title line found", "header-title")
        return None
    metadata = Metadata(
        title=title, date=date, classification=classification,
        source=_first(fields, "source"), rights=tuple(fields.get("rights", [])),
        uploaded=_first(fields, "uploaded"), doc_type=_first(fields, "doc_type"),
        language=_first(fields, "language"), summary=_first(fields, "summary"),
        record_id=_first(fields, "record_id"),
        extra=tuple((key[6:], _first(fields, key)) for key in fields
                    if key.startswith("extra:") and fields[key])
        + tuple((label, _first(fields, key)) for key, label in PRINTED_AS_FIELDS
                if fields.get(key))
        + tuple((TRANSLATION_FIELD, field) for field in translation),
    )
    return RawDocument(doc_id, source.path, LAYOUT, metadata, tuple(body), tuple(chrome + labels))
