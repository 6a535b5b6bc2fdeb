"""TEI -> HTML as a table, after the TEI Processing Model: element (+ predicate) -> behaviour."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..footnotes import ITEM_REFERENCE, NOTE_MARKER
from ..tei.notes import NOTE_KINDS
from .written_dates import long_date


@dataclass(frozen=True)
class Rule:
    """How one TEI element is shown: a behaviour, the HTML tag and the CSS class.

    `when` is an optional predicate `(attribute, value)`: the rule applies only when the
    element has that attribute value; `has`, only when it has that attribute. Rules of one
    element are tried in order.
    """

    behaviour: str
    tag: str = ""
    css: str = ""
    when: tuple[str, str] | None = None
    has: str = ""

    def applies(self, attributes) -> bool:
        return (self.when is None or attributes.get(self.when[0]) == self.when[1]) \
            and (not self.has or self.has in attributes)


BEHAVIOURS_DOC = {
    "block": "a block of the text (a line when it has @n)",
    "heading": "a heading of the text",
    "turn": "a speaker turn: a group of blocks spoken by one person",
    "speaker": "the speaker label of a turn, linked to the person",
    "inline": "inline text in an HTML element",
    "enclosed": "inline text in an HTML element, in the parentheses or brackets the source "
                "printed around it (its @rend): (Applause), [Laughter]",
    "pass": "no element of its own: only the content is shown",
    "omit": "not shown in the text (shown elsewhere, e.g. in the document's metadata)",
    "break": "a line break",
    "hyphen": "a line break inside a word: a new line drawn by the style sheet, with a hyphen "
              "unless the source transcribes one, not part of the text, so the word is copied "
              "and found whole",
    "link": "a name linked to its register page",
    "reference": "a cross-reference of the source, linked to the edition's page of the document "
                 "it points at, else to its public address",
    "date": "a date as <time datetime>; an inferred or approximate one explained on hover and focus",
    "supplied": "text added by the editors, in brackets, explained on hover and focus",
    "signed_supplied": "text added by the editors who signed it \"ed.\" in the source: in "
                       "brackets with their \"—ed.\", explained like [supplied]",
    "unclear": "an uncertain reading, marked [?] and explained",
    "sic": "a word reproduced as the source has it, although apparently wrong, marked [sic] and "
           "explained",
    "correction": "the editors' correction of a word kept as wrong, after it: [sic: ...], "
                  "explained",
    "page": "where a page begins: [Page 345], explained as the original document's or, by "
            "its @ed, the printed edition's",
    "furniture": "the source's page furniture (its page number, a marking at the top "
                 "or foot of a page, (continued)): shown small between the lines, not "
                 "searched",
    "gap": "something left out of the text, its description in brackets",
    "deletion": "words a hand crossed out on the source document, struck through, explained",
    "bracketed": "what the source document shows besides its typed words (the author's hand, a "
                 "stamp, blank space, a recording's time stamps and events, a footnote's marker "
                 "whose note it does not give), in brackets as the source prints it, explained",
    "foreign": "a word in another language, with its language tag",
    "gloss": "an editor's gloss, in brackets, explained",
    "note": "an editorial note in its own block, numbered, linked with the line it annotates",
    "footnote": "an inline editorial note: a numbered marker and the note in the notes list",
    "note_call": "a later marker of a footnote called twice: its number, linked to the note",
    "item_reference": "a reference to a paragraph the source numbers, in its brackets, linked "
                      "to that paragraph's line where the TEI points at it: see [1] above",
    "licence": "the rights a source states, each web address of its licence a link to it: "
               "the paragraph that prints the address, else a line after the words",
}
"""What each behaviour means (printed on the About page)."""


class UnmappedElement(LookupError):
    """A TEI element the table does not know: the table must be extended, not guessed."""


def note_rules(**shown: Rule) -> tuple[Rule, ...]:
    """The rules of `<note>`: how each kind of note `tei.notes.NOTE_KINDS` tells apart is shown,
    given by kind, with that kind's predicate, in its order. Which notes there are, and which
    are numbered, is decided there once, for the page and for the mentions in context."""
    kinds = [kind for kind, _ in NOTE_KINDS]
    if sorted(shown) != sorted(kinds):
        raise UnmappedElement(f"<note> needs a rule for each kind of note: {', '.join(kinds)}")
    return tuple(replace(shown[kind], when=when) for kind, when in NOTE_KINDS)


HEADER = Rule("omit")
TABLE: dict[str, tuple[Rule, ...]] = {
    # structure of the body
    "TEI": (Rule("pass"),),
    "text": (Rule("pass"),),
    "body": (Rule("pass"),),
    "div": (Rule("block", "div", "tei-text tei-part", ("type", "part")),   # one of several
            Rule("block", "div", "tei-text tei-part tei-entry", ("type", "entry")),   # a diary's
            Rule("block", "div", "tei-text tei-section", ("type", "section")),   # a report's
            Rule("block", "div", "tei-text"),),
    "head": (Rule("heading", "h3", "head"),),
    "opener": (Rule("block", "div", "opener"),),
    "closer": (Rule("block", "div", "closer"),),
    "postscript": (Rule("block", "div", "postscript"),),
    "stamp": (Rule("enclosed", "p", "stamp", has="n"),   # a line: `[Stamp: "..."]` as printed
              Rule("bracketed", "span", "stamp-bracketed", has="rend"),   # [Stamp: "..."]
              Rule("block", "p", "stamp")),
    "byline": (Rule("block", "p", "byline"),),   # the issuing office over the dateline
    "dateline": (Rule("block", "p", "dateline"),),
    "address": (Rule("block", "div", "address"),),
    "addrLine": (Rule("block", "p", "addrline"),),
    "salute": (Rule("block", "p", "salute"),),
    "signed": (Rule("block", "p", "signed"),),
    "trailer": (Rule("block", "p", "trailer"),),   # `END OF MESSAGE` after the text
    "idno": (Rule("block", "p", "idno", ("type", "registration")),   # `No. 0075` in a closer
             HEADER),
    "p": (Rule("block", "p", "p"),),
    "sp": (Rule("turn", "section", "sp"),),
    "speaker": (Rule("speaker", "h3", "speaker"),),
    "stage": (Rule("enclosed", "i", "stage stage-business", ("type", "business"), has="rend"),
              Rule("block", "p", "stage stage-business", ("type", "business")),
              Rule("enclosed", "i", "stage stage-delivery")),   # (Applause), [Laughter]
    "note": note_rules(gloss=Rule("gloss", "span", "gloss"),
                       original=Rule("bracketed", "span", "note-original"),
                       footnote=Rule("footnote", "span", "footnote"),
                       source=Rule("omit"),
                       block=Rule("note", "div", "note note-block")),
    "interpretation": (Rule("block", "div", "interpretation"),),
    # phrases
    "lb": (Rule("hyphen", "span", "lb-hyphen", ("break", "no")),
           Rule("break", "br")),
    "persName": (Rule("link", "a", "name name-person"),),
    "placeName": (Rule("link", "a", "name name-place"),),
    "orgName": (Rule("link", "a", "name name-org"),),
    "name": (Rule("inline", "span", "name"),),
    "forename": (Rule("pass"),),
    "surname": (Rule("pass"),),
    "addName": (Rule("pass"),),
    "roleName": (Rule("pass"),),
    "date": (Rule("date", "time", "date"),),
    "docDate": (Rule("date", "time", "date docdate"),),
    "supplied": (Rule("signed_supplied", "span", "supplied", ("source", "ed-marked")),
                 Rule("supplied", "span", "supplied")),
    "unclear": (Rule("unclear", "span", "unclear"),),
    "sic": (Rule("sic", "span", "sic"),),
    "choice": (Rule("pass"),),   # a reading kept as wrong and its correction: [sic: ...]
    "corr": (Rule("correction", "span", "corr"),),
    "pb": (Rule("page", "span", "pb"),),
    "fw": (Rule("furniture", "span", "fw"),),   # `-2-`, `TOP SECRET` at a page's top
    "gap": (Rule("gap", "span", "gap"),),
    "del": (Rule("deletion", "del", "del", has="rend"),   # [crossed out: I welcome]
            Rule("pass")),   # holds the gap of what was crossed out: [word crossed out]
    "add": (Rule("bracketed", "span", "add"),),
    "space": (Rule("bracketed", "span", "space"),),
    "time": (Rule("bracketed", "span", "time"),),
    "incident": (Rule("bracketed", "span", "incident"),),
    "desc": (Rule("omit"),),  # read by the gap behaviour
    "foreign": (Rule("foreign", "i", "foreign"),),
    "hi": (Rule("inline", "span", "hi underline", ("rend", "underline")),   # [underlined: ...]
           Rule("inline", "em", "hi")),
    "title": (Rule("inline", "cite", "title"),),
    "label": (Rule("enclosed", "strong", "label"),),   # [1] The Chancellor: a paragraph's number
    "ref": (Rule("inline", "code", "ref", ("type", "encoding")),
            Rule("note_call", "a", "noteref", ("type", NOTE_MARKER), has="target"),
            Rule("bracketed", "span", "note-marker", ("type", NOTE_MARKER)),   # [2], no note
            Rule("item_reference", "a", "item-ref", ("type", ITEM_REFERENCE)),   # see [1] above
            Rule("reference", "a", "ref")),
    "code": (Rule("inline", "code", "code"),),
    "gi": (Rule("inline", "code", "gi"),),
    "val": (Rule("inline", "code", "val"),),
    "term": (Rule("inline", "span", "term"),),
    "availability": (Rule("pass"),),
    "licence": (Rule("omit", when=("n", "edition")),   # the edition's: in every page's footer
                Rule("licence")),
    # the header and the registers: shown from the site model, not by the walker
    **{name: (HEADER,) for name in """
        teiHeader fileDesc titleStmt author respStmt resp editionStmt edition publicationStmt
        publisher sourceDesc
        bibl encodingDesc editorialDecl refsDecl citeStructure classDecl taxonomy category catDesc
        profileDesc catRef
        abstract correspDesc correspAction langUsage language textClass keywords particDesc
        listPerson person calendarDesc calendar
        listPlace place listOrg org birth death occupation country
        """.split()},
}


def rule_for(name: str, attributes) -> Rule:
    """The first rule of element `name` whose predicate holds; raises for unknown elements."""
    rules = TABLE.get(name)
    if rules is None:
        raise UnmappedElement(f"no behaviour for TEI element <{name}>: add it to render/behaviours.py")
    for rule in rules:
        if rule.applies(attributes):
            return rule
    raise UnmappedElement(f"no rule of <{name}> applies to {dict(attributes)}")


REASONS = {
    "clarification": "added by the editors or the translator to clarify the text",
    "ed-marked": "added by the editors of the source edition to clarify the text, signed \"ed.\"",
    "punctuation": "punctuation supplied by the editors",
    "uncertain-reading": "uncertain reading",
    "signature": "signature not transcribed",
    "omission": "omitted in the source text",
    "illegible": "illegible or not declassified",
    "inaudible": "inaudible in the recording",
    "email-protected": "address hidden by the archive's web page",
    "cancelled": "crossed out in the source, not transcribed",
}
"""Explanations shown on hover and focus for @reason values."""


SHOWN = {
    "add": "written by hand on the source document",
    "del": "crossed out on the source document",
    "stamp": "a stamp on the source document",
    "space": "left blank in the source document",
    "time": "a time stamp of the recording",
    "incident": "heard on the recording besides the speech",
    "ref": "a footnote's marker; the source does not give the note",
    "note": "a note of the original record, its interpreter's, drafter's or field office's, "
            "not the editors'",
}
"""Explanations shown on hover and focus for the elements of the "bracketed" and "deletion"
behaviours."""


def explanation(reason: str | None, fallback: str) -> str:
    return REASONS.get(reason or "", fallback)


def date_explanation(when: str | None, not_before: str | None, not_after: str | None,
                     conjecture: bool, julian: bool = False) -> str:
    """What a reader is told about a date the encoder inferred or could only bound, or one the
    text names in the Julian calendar (`julian`: its Gregorian day); '' if nothing:
    ('1962-11-04', None, None, True) -> 'November 4, 1962, inferred by the encoder'."""
    if julian and when:
        told = f"{long_date(when)} in the Gregorian calendar (the text's day is Old Style)"
        return f"{told}, inferred by the encoder" if conjecture else told
    if not_before and not_after:
        told = f"between {long_date(not_before)} and {long_date(not_after)}"
    elif not_after or not_before:
        told = (f"not after {long_date(not_after)}" if not_after  # TEI's bounds include the day
                else f"not before {long_date(not_before)}")
    elif conjecture and when:
        told = long_date(when)
    else:
        return "inferred by the encoder" if conjecture else ""
    return f"{told}, inferred by the encoder" if conjecture else told
