"""Brackets that are notes of the original record (its interpreter's, drafter's, field office's),
not of the source edition's editors: `note type="original"`, no @resp.

    [Interpreter's note: Mr. Mikoyan used the Russian word "zharkie".]  -> the record's note
    [Field comment: This is consistent with ...]                        -> the record's note
    [Sukhodrev translated this as "only partly".]                       -> the record's note
    [Ed. note: ...], [Translator's note: ...], [Comment: ...]           -> the editors' (inline)
"""

from __future__ import annotations

import re

from .record_fields import heads_a_remark

HEAD = re.compile(r"(?P<head>[^:\[\]]{3,48}?)\s*:\s*\S")
"""The words before the colon of a headed note: `Interpreter's note: ...`."""
EDITORS_WORD = re.compile(r"(?:ed\.?|edit\w*|transl\w*|tr\.|archiv\w*|redak\w*|редак\w*|перевод\w*"
                          r"|übersetz\w*|herausg\w*|hrsg\.?|traduc\w*|rédac\w*|redac\w*)", re.I)
"""A word naming the source edition's side, whose note it then is: `Ed.`, `Editor's`,
`Translator's`, `Archivist's`, `редакции`, `переводчика`, `des Übersetzers`, `du traducteur`."""
RECORDS_WORD = re.compile(r"(?:interpret\w*|interviewer|drafter|drafting|field|embassy|station"
                          r"|mission|delegation|legation|consulate|dolmetsch\w*|botschaft"
                          r"|ambassade|embajada|int[ée]rpr[eè]te|посольств\w*)", re.I)
"""A word naming the original record's side, whose remark the head then says it is: the
interpreter's, the interviewer's, the drafter's, the field office's or station's, the embassy's
or mission's (`Interpreter's note`, `Field comment`, `Note by the interpreter`, `Embassy
comment`); a head without one (`Source note`, `Compiler's note`, `Wilson Center note`,
`Handwritten note`) is the editors' description."""
POSSESSIVE = re.compile(r"[’'](?:s)?$")
INTERPRETED = re.compile(
    r"(?:The\s+(?:\w+\s+)?interpreter|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:translated|"
    r"interpreted|rendered)\s+(?:this|it|that|the\s+\w+(?:\s+\w+)?)\s+as\s")
"""The record telling how a word was interpreted: `Sukhodrev translated this as "only
partly".`, `The interpreter rendered the phrase as ...`."""


def is_record_note(content: str) -> bool:
    """Whether a bracket's content is a note of the original record: headed by whose remark it
    is, a word of the record's side (`RECORDS_WORD`) and none of the editors' or the
    translator's (`Interpreter's note:`, `Field comment:`, `Note by the interpreter:`;
    `record_fields.heads_a_remark`, a word before or after the remark word), or telling how the
    interpreter rendered a word (`INTERPRETED`)."""
    head = HEAD.match(content)
    if head is not None:
        words = [POSSESSIVE.sub("", word) for word in head["head"].split()]
        return heads_a_remark(head["head"]) \
            and any(RECORDS_WORD.fullmatch(word) for word in words) \
            and not any(EDITORS_WORD.fullmatch(word) for word in words)
    return INTERPRETED.match(content) is not None
