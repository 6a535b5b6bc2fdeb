"""Brackets that are notes of the original record (its interpreter's, drafter's, field office's),
not of the source edition's editors: `note type="original"`, no @resp.

    [Interpreter's note: Mr. Mikoyan used the Russian word "zharkie".]  -> the record's note
    [Field comment: This is consistent with ...]                        -> the record's note
    [Sukhodrev translated this as "only partly".] (Interpreters: Sukhodrev) -> the record's
    [Ed. note: ...], [Translator's note: ...], [Comment: ...]           -> the editors' (inline)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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
    r"(?:The\s+(?:\w+\s+)?interpreter|(?:[A-Z][\w’'.-]+\s+)?(?P<name>[A-Z][\w’'-]+))"
    r"\s+(?:translated|rendered)\s+(?:this|it|that|the\s+\w+(?:\s+\w+)?)\s+as\s")
"""The record telling how a word was interpreted: `The interpreter rendered the phrase as ...`,
or `Sukhodrev translated this as "only partly".` where the document's head names Sukhodrev its
interpreter (`interpreters`); not `Khrushchev interpreted this as a sign of weakness.` (understood
it), nor the editors' `We translated this as ...`."""
INTERPRETERS_LINE = re.compile(r"^Interpreters?[ \t]*:[ \t]*(?P<names>.+)", re.M)
"""A head's line naming the interpreters: `Interpreters: V.M. Sukhodrev (Soviet side), ...`."""


def interpreters(texts: Iterable[str]) -> frozenset[str]:
    """The capitalized words of the lines `texts` that name the interpreters
    (`INTERPRETERS_LINE`): `Sukhodrev`, `Akalovsky`, the names a bracket may say translated."""
    return frozenset(word for text in texts if "Interpreter" in text   # most lines: no search
                     for line in INTERPRETERS_LINE.finditer(text)
                     for word in re.findall(r"[A-Z][\w’'-]+", line["names"]))


def is_record_note(content: str, named: frozenset[str] = frozenset()) -> bool:
    """Whether a bracket's content is a note of the original record: headed by whose remark it
    is, a word of the record's side (`RECORDS_WORD`) and none of the editors' or the
    translator's (`Interpreter's note:`, `Field comment:`, `Note by the interpreter:`;
    `record_fields.heads_a_remark`, a word before or after the remark word), or telling how the
    interpreter, or one of the interpreters the head `named`, rendered a word (`INTERPRETED`)."""
    head = HEAD.match(content)
    if head is not None:
        words = [POSSESSIVE.sub("", word) for word in head["head"].split()]
        return heads_a_remark(head["head"]) \
            and any(RECORDS_WORD.fullmatch(word) for word in words) \
            and not any(EDITORS_WORD.fullmatch(word) for word in words)
    told = INTERPRETED.match(content)
    return told is not None and (told["name"] is None or told["name"] in named)
