"""Gap markers: which contents of an editorial bracket say that text is missing, and why.

    >>> gap_reason("2 lines of source text not declassified"), gap_reason("the deleted clause")
    ('omission', '')
"""

from __future__ import annotations

import re

# A gap marker is the whole content of its bracket, never a word inside an insertion: `[2 lines
# of source text not declassified]`, `[... sampling ...]`, `[illegible signature]` are gaps;
# `[dismissing]`, `[the deleted clause]` are supplied words.
_AROUND = r"[\s.…*_–—-]*"   # the ellipses and dashes around a marker: `[... sampling ...]`
_AMOUNT = (r"(?:(?:(?:less|more)\s+than\s+|about\s+|approximately\s+)?(?:some|several|a\s+few|an?"
           r"|one|two|three|four|five|six|seven|eight|nine|ten|\d+(?:[.,/]\d+)?)\s+)?")
_PART = (r"(?:text|lines?|words?|pages?|paragraphs?|sentences?|passages?|portions?|phrases?|names?"
         r"|signatures?)")
_WHAT = (rf"(?:(?:source|original)\s+)?{_PART}"
         r"(?:\s+of\s+(?:the\s+)?(?:(?:source|original)\s+)?(?:text|document|original))?")
_IS = r"(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?"
_WHERE = (r"(?:\s+(?:in|from)\s+(?:the\s+)?(?:(?:source|original)(?:\s+(?:text|document))?|text"
          r"|document|transcript|record))?")


def _marker(participles: str, nouns: str) -> re.Pattern[str]:
    return re.compile(
        rf"{_AROUND}(?:{_AMOUNT}(?:{_WHAT}\s+)?{_IS}(?:{participles})"  # [1 line not declassified]
        rf"|(?:{nouns})(?:\s+of\s+{_AMOUNT}{_WHAT})?)"                  # [omission of one page]
        rf"{_WHERE}{_AROUND}", re.IGNORECASE)                           # ... in the source text


_UNREADABLE = r"illegible|unreadable|indecipherable|unintelligible"
GAP_KINDS = (
    (re.compile(r"signature", re.I), "signature"),
    (re.compile(r"email\s+protected", re.I), "email-protected"),
    (_marker(_UNREADABLE, rf"(?:{_UNREADABLE})(?:\s+(?:{_PART}|signature|handwriting|notations?))?"),
     "illegible"),
    (_marker(r"omitted|missing|excised|deleted|sampling", r"omissions?"), "omission"),
    (re.compile(rf".*\bnot\s+declassified{_WHERE}{_AROUND}", re.I | re.S), "omission"),  # FRUS,
    # any amount: [1½ lines not declassified], [document number not declassified], [1 paragraph
    # (5 lines) not declassified], [2 lines of source text not declassified in the original]
    (re.compile(r"omitted\s+here\s+(?:is|are)\b.*", re.I | re.S), "omission"),  # FRUS: [Omitted
    # here is discussion of Berlin.]
    (_marker("inaudible", rf"inaudible(?:\s+{_PART})?"), "inaudible"),   # [inaudible], [2 words
    # inaudible]: TEI's own reason for what a recording does not let one hear
    (re.compile(r"[\W_]*"), "omission"),   # [...], [--]
)
"""(pattern for the whole content of a bracket, the gap's reason), tried in order."""
CLAUSE_BREAK = re.compile(r"\s*;\s*|(?<=[.!?])\s+")
"""Between the clauses of a bracket that describes its gap: `[The remainder of page 4 is torn;
approximately 6 lines are missing.]` is a gap because one clause is a whole marker."""


def gap_reason(desc: str) -> str:
    """The reason of the gap a bracket's content marks, or '': the whole content a marker
    (`GAP_KINDS`), or one of its clauses when it has several (`[The remainder of page 4 is torn;
    approximately 6 lines are missing.]`): the others describe the gap."""
    for pattern, reason in GAP_KINDS:
        if pattern.fullmatch(desc):
            return reason
    clauses = [clause.rstrip(".!?") for clause in CLAUSE_BREAK.split(desc.strip())]
    for clause in clauses if len(clauses) > 1 else ():
        for pattern, reason in GAP_KINDS[:-1]:   # not the marker of nothing, `[...]`
            if clause and pattern.fullmatch(clause):
                return reason
    return ""
