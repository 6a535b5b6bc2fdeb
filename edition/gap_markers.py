"""Gap markers: which contents of an editorial bracket say that text is missing, and why.

    >>> gap_reason("2 lines of source text not declassified"), gap_reason("the deleted clause")
    ('omission', '')
"""

from __future__ import annotations

import re

from .model import Inline, Text

# A gap marker is the whole content of its bracket, never a word inside an insertion: `[2 lines
# of source text not declassified]`, `[... sampling ...]`, `[illegible signature]` are gaps;
# `[dismissing]`, `[the deleted clause]` are supplied words.
_AROUND = r"[\s.…*_–—-]*"   # the ellipses and dashes around a marker: `[... sampling ...]`
_AMOUNT = (r"(?:(?:(?:less|more)\s+than\s+|about\s+|approximately\s+)?(?:some|several|a\s+few|an?"
           r"|one|two|three|four|five|six|seven|eight|nine|ten|\d+(?:[.,/]\d+)?)\s+)?")
_PART = (r"(?:text|lines?|words?|pages?|paragraphs?|sentences?|passages?|portions?|phrases?|names?"
         r"|signatures?|sources?)")
_REST = r"(?:(?:the\s+)?(?:remainder|rest)\s+of\s+(?:the\s+|this\s+)?)?"
"""The rest of a part: `[remainder of sentence deleted]`, `[the rest of this page omitted]`."""
_WHAT = (rf"{_REST}(?:(?:source|original)\s+)?{_PART}"
         r"(?:\s+of\s+(?:the\s+)?(?:(?:source|original)\s+)?(?:text|document|original))?")
_IS = r"(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?"
_WHERE = (r"(?:\s+(?:in|from)\s+(?:the\s+|this\s+)?"
          r"(?:(?:source|original)(?:\s+(?:text|document|copy))?|text|document|transcript|record"
          r"|copy))?")
"""Where the text is missing: `in the source text`, `in the original`, `in the copy` (the one the
transcriber had: `[The remainder of this paragraph is illegible in the copy.]`)."""


_SOMETHING = rf"(?:{_WHAT}|[\w’'-]+(?:\s+[\w’'-]+){{0,2}})"
"""What a transcriber could not read or hear, or saw crossed out: a part of the text (`2 lines`)
or up to three words of any kind (`[initials illegible]`, `[3 seconds inaudible]`)."""
DURATION = re.compile(r"(?:(?:about|approximately|some)\s+)?\d+(?:[.,]\d+)?\s*"
                      r"(?:seconds?|secs?\b\.?|minutes?|mins?\b\.?)", re.IGNORECASE)
"""How long a recording could not be heard: `[inaudible 3 seconds]` (the gap's @extent)."""


def _marker(participles: str, nouns: str, what: str = _WHAT) -> re.Pattern[str]:
    return re.compile(
        rf"{_AROUND}(?:{_AMOUNT}(?:{what}\s+)?{_IS}(?:{participles})"  # [1 line not declassified]
        rf"|(?:{nouns})(?:\s+of\s+{_AMOUNT}{_WHAT})?)"                  # [omission of one page]
        rf"{_WHERE}{_AROUND}", re.IGNORECASE)                           # ... in the source text


_UNREADABLE = r"illegible|unreadable|indecipherable|unintelligible"
_UNHEARD = r"inaudible|indistinct"
"""What a recording does not let one hear: `[inaudible]`, FBIS's `[words indistinct]`."""
UNMADE_OUT = re.compile(r"\b(?:unclear|unintelligible)\b", re.IGNORECASE)
"""What a transcriber could not make out, heard or read: `[unclear]`, `[2 words unintelligible]`;
in a recording's transcript inaudible, elsewhere illegible (`gap_reason`)."""
_LEFT_OUT = r"omitted|missing|excised|deleted|redacted|withheld|sanitized|sanitised"
"""A part of the text left out: `[text omitted]`, `[name deleted]`, `[3 lines redacted]`,
`[source redacted]`, `[sanitized]` (a CIA release's)."""
_ABOUT = (r"(?:\s+(?:on|about|concerning|regarding|dealing\s+with|describing|reporting|listing"
          r"|containing)\b|\s*[:;,—–-])\s*\S.*")
"""What the part left out was about, after its marker: `[Passage omitted on the history of the
Guantanamo base]`, `[Text omitted: a list of ships]` (FBIS): the whole bracket the gap's desc."""
EXCISED = re.compile(rf"{_AROUND}(?:{_LEFT_OUT})\s*:\s*{_AMOUNT}(?:{_WHAT}|numbers?){_AROUND}",
                     re.IGNORECASE)
"""A declassifier's excision with a colon and what it took, an extent or a kind of words:
`[deleted: 2 lines]`, `[deleted: one word]`, `[deleted: name]`, `[redacted: number]`: an
omission as `[name deleted]` is; `[deleted: not]`, real words, are a hand's (`source_marks`)."""
CANCELLED_WORDS = r"crossed\s+out|struck\s+(?:out|through)|scratched\s+out|lined\s+out"
"""What the author's hand cancelled (`[word crossed out]`): a gap inside `del`, the Guidelines'
encoding of deleted text not transcribed. (`deleted` is an omission: FRUS's `[name deleted]` is
the declassifier's; `cancelled` is no mark: `[the order was cancelled]` is supplied.)"""
FOREIGN_MARKERS: dict[str, tuple[str, ...]] = {
    "illegible": ("неразборчиво", "нрзб", "неразб", "неразборчивая подпись",
                  "подпись неразборчива", "текст неразборчив",
                  "unleserlich", "unleserliche Unterschrift", "Unterschrift unleserlich",
                  "unverständlich",
                  "illisible", "signature illisible", "mot illisible", "mots illisibles",
                  "ilegible", "firma ilegible", "palabra ilegible", "texto ilegible",
                  "ilegível", "assinatura ilegível", "palavra ilegível", "texto ilegível",
                  "nieczytelne", "nieczytelny", "nieczytelna", "nieczyt", "podpis nieczytelny",
                  "nieczytelny podpis", "tekst nieczytelny", "niezrozumiałe"),
    "signature": ("подпись", "Unterschrift", "signature", "signé", "firma", "assinatura",
                  "podpis"),
    "omission": ("пропуск", "пропуск в тексте", "текст отсутствует", "текст утрачен", "опущено",
                 "Auslassung", "Text fehlt", "ausgelassen",
                 "texte manquant", "lacune", "omission",
                 "texto faltante", "falta texto", "omisión", "omitido",
                 "texto em falta", "texto faltando", "omissão",
                 "pominięto", "opuszczenie", "brak tekstu", "tekst pominięty", "luka w tekście"),
    "inaudible": ("unhörbar", "inaudible", "inaudível", "niesłyszalne"),
}
"""The archive's other languages' words for a gap, the whole content of its bracket, by reason
and language: `[неразборчиво]`, `[nieczytelne]` (illegible), `[подпись]`, `[Unterschrift]`,
`[podpis]` (signature), `[Text fehlt]`, `[texte manquant]` (omission), `[inaudível]`, as the
English `[illegible]`, `[signature]`, `[text missing]`, `[inaudible]`. A word unknown here stays
`supplied`. Each row lists Russian, German, French, Spanish, Portuguese and Polish words in that
order (a word two of them share once), with no language key: a bracket's language need not be
its document's (`Lechuga [firma]` closes an English translation), so every word is read in
every document."""


_EXEMPTION = r"\(b\)\s*\(\d\)(?:\s*\([A-Z]\))?"
_EXEMPTION_CODE = rf"{_EXEMPTION}|b\s*\(?\d\)?"
_EXEMPTIONS = (rf"(?:(?:FOIA\s+)?exemptions?|FOIA)\s+(?:{_EXEMPTION_CODE})"
               rf"(?:\s*(?:,|and|&)?\s*(?:{_EXEMPTION_CODE}))*"
               rf"|{_EXEMPTION}(?:\s*(?:,|and|&)?\s*{_EXEMPTION})*")
"""Text the agency withheld under an exemption of the Freedom of Information Act, named by its
code: `[FOIA exemption (b)(1)]`, `[exemptions b1, b3]`, `[(b)(1)(A)]` (a code alone only in its
parentheses: `[B1]` may be anything), a gap as `[1 line not declassified]` is."""


def _foreign_marker(reason: str) -> re.Pattern[str]:
    """The pattern of a whole bracket holding one of `FOREIGN_MARKERS[reason]` (any case, the
    words of a phrase apart by any spaces, an abbreviation's period after it: `[нрзб.]`)."""
    phrases = (r"\s+".join(map(re.escape, phrase.split()))
               for phrase in FOREIGN_MARKERS[reason])
    return re.compile(rf"{_AROUND}(?:{'|'.join(phrases)}){_AROUND}", re.IGNORECASE)


GAP_KINDS = (
    (re.compile(r"signature", re.I), "signature"),
    (re.compile(r"email\s+protected", re.I), "email-protected"),
    (_marker(_UNREADABLE, rf"(?:{_UNREADABLE})(?:\s+(?:{_PART}|signature|handwriting|notations?))?",
             _SOMETHING), "illegible"),   # [illegible signature], [initials illegible]
    (_marker(CANCELLED_WORDS, r"crossings?[\s-]+out", _SOMETHING), "cancelled"),   # [word crossed out]
    (_marker(rf"{_LEFT_OUT}|sampling", r"omissions?"), "omission"),   # [name deleted]
    (EXCISED, "omission"),   # [deleted: 2 lines]
    (re.compile(rf"{_AROUND}{_AMOUNT}{_WHAT}\s+{_IS}(?:{_LEFT_OUT}){_ABOUT}", re.I | re.S),
     "omission"),   # FBIS: [Passage omitted on the history of the Guantanamo base]
    (re.compile(rf"{_AROUND}{_EXEMPTIONS}{_AROUND}", re.I), "omission"),   # [FOIA exemption (b)(1)]
    (re.compile(rf".*\bnot\s+declassified{_WHERE}{_AROUND}", re.I | re.S), "omission"),  # FRUS,
    # any amount: [1½ lines not declassified], [document number not declassified], [1 paragraph
    # (5 lines) not declassified], [2 lines of source text not declassified in the original]
    (re.compile(r"omitted\s+here\s+(?:is|are)\b.*", re.I | re.S), "omission"),  # FRUS: [Omitted
    # here is discussion of Berlin.]
    (_marker(_UNHEARD, rf"(?:{_UNHEARD})(?:\s+{_PART})?(?:,?\s+(?:for\s+)?{DURATION.pattern})?",
             _SOMETHING), "inaudible"),   # [inaudible], [2 words inaudible], [inaudible 3 seconds],
    # FBIS's [words indistinct]: TEI's own reason for what a recording does not let one hear
    (_marker("unclear", "unclear"), "illegible"),   # [unclear], [2 words unclear]; not
    # [meaning unclear], an editor's comment: only a part of the text (`_WHAT`) before it
    *((_foreign_marker(reason), reason) for reason in FOREIGN_MARKERS),
    (re.compile(r"[\W_]*"), "omission"),   # [...], [--]
)
"""(pattern for the whole content of a bracket, the gap's reason), tried in order."""
CLAUSE_BREAK = re.compile(r"\s*;\s*|(?<=[.!?])\s+")
"""Between the clauses of a bracket that describes its gap: `[The remainder of page 4 is torn;
approximately 6 lines are missing.]` is a gap because one clause is a whole marker."""


def gap_reason(desc: str, transcript: bool = False) -> str:
    """The reason of the gap a bracket's content marks, or '': the whole content a marker
    (`GAP_KINDS`), or one of its clauses when it has several (`[The remainder of page 4 is torn;
    approximately 6 lines are missing.]`): the others describe the gap. In a recording's
    `transcript` what could not be made out (`[unclear]`, `UNMADE_OUT`) was not heard."""
    reason = _marked_reason(desc)
    if transcript and reason == "illegible" and UNMADE_OUT.search(desc):
        return "inaudible"
    return reason


def _marked_reason(desc: str) -> str:
    """The reason by the words alone, wherever the bracket stands (`gap_reason`)."""
    for pattern, reason in GAP_KINDS:
        if pattern.fullmatch(desc):
            return reason
    clauses = [clause.rstrip(".!?") for clause in CLAUSE_BREAK.split(desc.strip())]
    for clause in clauses if len(clauses) > 1 else ():
        for pattern, reason in GAP_KINDS[:-1]:   # not the marker of nothing, `[...]`
            if clause and pattern.fullmatch(clause):
                return reason
    return ""


NESTED = re.compile(r"\s*\[[^\[\]]*\]")


def outer_words(content: str) -> str:
    """A bracket's content without the brackets it holds, by which it is a gap marker or not:
    `remainder of sentence [2 words illegible] deleted` -> `remainder of sentence deleted`."""
    while (shorter := NESTED.sub("", content)) != content:
        content = shorter
    return " ".join(content.split())


def gap_element(desc: str, reason: str, *printed: tuple[str, str]) -> Inline:
    """The gap a marker `desc` describes, its words kept in `desc`; a duration (`[inaudible 3
    seconds]`) is its @extent; what the author crossed out (`[word crossed out]`) is a gap inside
    `del`: `<del><gap reason="cancelled"><desc>word crossed out</desc></gap></del>`. `printed`:
    how the source marked it when not in brackets (`("rend", "parentheses")`: `(inaudible)`)."""
    extent = DURATION.search(desc) if reason == "inaudible" else None
    attributes = (("reason", reason),) + ((("extent", extent.group()),) if extent else ()) \
        + printed
    gap = Inline("gap", attributes, (Inline("desc", (), (Text(desc),)),))
    return Inline("del", (), (gap,)) if reason == "cancelled" else gap
