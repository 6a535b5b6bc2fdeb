"""A speaker's label the source marks unsure (`Rusk?: What does McCone say?`): the doubt's mark."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .alphabets import UPPER
from .label_words import QUESTION_LABEL

if TYPE_CHECKING:
    from .speakers import LabelMatch

DOUBT_MARK = re.compile(
    rf"^(?!{QUESTION_LABEL})[{UPPER}][^\W\d_]*(?:[\s.’'-]+[^\W\d_]+){{0,3}}"
    r"(?P<mark>\?|\s?\(\?\)|\s?\[\?\])(?=:\s+\S)")
"""`Rusk?: What does McCone say?`, `RUSK?:`: an editor's doubt about who speaks, a question mark
between a name of up to four words and the label's colon, or one in parentheses or brackets
as tape transcripts print it (`MACMILLAN (?):`, `KENNEDY [?]:`; `Speaker?:` names no one:
`UNIDENTIFIED_LABEL`); not `Why?:`, `So what?:` (`QUESTION_LABEL`), a sentence of the turn."""


def doubt_mark(text: str) -> re.Match[str] | None:
    """`DOUBT_MARK` opening `text`; not tried where no question mark stands before a colon (most
    paragraphs: a fifth of the time)."""
    return DOUBT_MARK.match(text) if "?:" in text or "?):" in text or "?]:" in text else None


def undoubted(text: str, doubt: re.Match[str] | None) -> str:
    """`text` without the question mark of its label's doubt (`DOUBT_MARK`), if it has one."""
    return text if doubt is None else text[:doubt.start("mark")] + text[doubt.end("mark"):]


def doubted(label: LabelMatch | None, doubt: re.Match[str] | None) -> LabelMatch | None:
    """`label`, read in a text without the doubt's question mark (`undoubted`), as the label of the
    text with it: a turn whose name ends where the mark stood, its text one character
    further on (a turn, or a label reported as not read: `kind` "unread"); no label where the mark
    stands elsewhere (`Why not?: ...`); the mark as printed its `doubt` (`?`, ` (?)`; `?` for
    ` [?]`, the edition's brackets being its elements')."""
    if doubt is None or label is None or label.doubted:
        return label
    if label.kind not in ("turn", "unread") or label.delivery \
            or len(label.label) != doubt.start("mark"):
        return None
    mark = doubt.group("mark")   # `[?]` the speaker's `?`: a bracket in it is an element's
    return replace(label, rest=label.rest + len(mark), doubt="?" if "[" in mark else mark)
