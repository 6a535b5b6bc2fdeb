"""Brackets telling what a document shows besides its words: the author's hand, a stamp, a blank, a recording's events.

    >>> source_mark("handwritten in the margin: not only", lambda body, at: (Text(body),)).attrs
    (('place', 'margin'), ('rend', 'handwritten in the margin'))

These are no words the editors supplied (`supplied`): the hand that wrote on the page is the
author's (`add`; `[inserted above the line: welcomed]`, `[in Kennedy's hand below the signature:
…]`, whose hand a register person, @hand, found by `resolve`), what it crossed out is `del`
(`[crossed out: I welcome]`), what it underlined `hi rend="underline"`, a stamp is the archive's
(`stamp`), a blank is the page's (`space`). The label that says so (`handwritten in the margin`,
`crossed out`, `Stamp`) is kept as printed in @rend, which the page prints back
(`[handwritten in the margin: …]`) and the words check reads as markup (`LABELLED_MARK`), like
`[Ed. note:`. In the transcript of a recording a time stamp, `[16:02]`,
is a `time`, and what the tape records besides the speech, `[crosstalk]`, `[Tape ends]`, an
`incident` (TEI's spoken transcription, 8.3).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .gap_markers import CANCELLED_WORDS, EXCISED
from .model import Inline, Node, Text

_PLACES = (("margin", r"(?:in|on)\s+(?:the\s+)?margins?|marginal"),
           ("above", r"above(?:\s+the\s+(?:line|text))?"),
           ("below", r"below(?:\s+the\s+(?:line|text|signature))?"),
           ("top", r"at\s+(?:the\s+)?(?:top|head)(?:\s+of\s+(?:the\s+)?page)?"),
           ("bottom", r"at\s+(?:the\s+)?(?:bottom|foot)(?:\s+of\s+(?:the\s+)?page)?"))
"""Where on the page a hand wrote (TEI's @place values), as a bracket's label says it."""
PLACE_IN_LABEL = tuple((value, re.compile(rf"\b{words}\b", re.IGNORECASE)) for value, words in _PLACES)
"""Each @place value with the pattern of its words in a label (`in the margin in Kennedy's
hand`, `in Kennedy's hand below the signature`)."""
_PLACE = "|".join(words for _, words in _PLACES)
_BY_HAND = (r"hand(?:\s|-)?written|(?:added|written|inserted)\s+(?:by|in)\s+hand"
            r"|in\s+(?:the\s+author['’]s\s+)?handwriting")
_INSERTED = r"(?:added|written|inserted|interlined)"
"""`inserted above the line`: a hand's addition only with the place, the hand or the medium
after it."""
_MEDIUM = (r"in\s+(?:(?:blue|red|black|green|colou?red)\s+)?(?:pencil|ink|crayon|pen)"
           r"|by\s+pen")
"""What a hand wrote with, as a label says it after `added` or `written`: `in pencil`, `in red
ink`; a typewriter's words are the text's own."""
_HAND_OF = r"in\s+(?P<who>{name})['’]s?\s+(?:own\s+)?hand(?:writing)?"
"""`in Kennedy's hand`, `in the President's handwriting`: whose hand wrote, `{name}` the name."""
_NAME = r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
WHOSE_HAND = re.compile(_HAND_OF.format(name=_NAME))
"""Whose hand a label says wrote; the name is looked up in the registers (`resolve`) for the
addition's @hand."""
_WHOSE = _HAND_OF.replace("(?P<who>{name})", f"(?:{_NAME})")
_ADDED_ALONE = (r"added|inserted|interlined|(?:above|below)\s+the\s+line"
                r"|(?:in|on)\s+(?:the\s+)?margins?"
                r"|marginal\s+(?:note|notation|annotation|comment)|margin\s+note")
"""`[inserted: already]`, `[above the line: fully]`, `[in the margin: ...]`, `[marginal note:
...]`: a label that names no hand but says the words were added on the page, or where."""
HAND_LABEL = (rf"(?:(?:(?:{_PLACE})\s+)?(?:{_BY_HAND}|{_WHOSE}"
              rf"|{_INSERTED}(?=\s+(?:{_PLACE}|{_WHOSE}|{_MEDIUM})))"
              rf"(?:\s+(?:{_PLACE}|{_WHOSE}|{_MEDIUM})){{0,2}}|{_ADDED_ALONE})")
"""`handwritten`, `handwritten in the margin`, `added by hand above the line`, `inserted above
the line`, `in the margin in Kennedy's hand`, `in Kennedy's hand below the signature`, `added in
pencil`, `written in red ink`, and with no hand `added`, `inserted`, `above the line`, `marginal
note`: the label of a bracket whose words were written on the page besides its typed text
(`add`)."""
CANCEL_LABEL = (rf"{CANCELLED_WORDS}|deleted|strike(?:\s|-)?through|overwritten|written\s+over")
"""`crossed out`, `struck through`, `strikethrough`, `deleted`, `overwritten`: the label of a
bracket whose words a hand cancelled (`del`); the words themselves cancelled, `[word crossed
out]`, are a gap (`gap_markers`; there `[name deleted]`, with no colon, is the declassifier's
omission, as `[deleted: 2 lines]`, `[deleted: name]` are: `gap_markers.EXCISED`)."""
UNDERLINE_LABEL = r"underlined|underscored"
"""`[underlined: offensive]`: words a hand underlined (`hi rend="underline"`)."""
STAMP_LABELS = ("stamp", "seal", "Stempel", "Siegel", "cachet", "tampon", "sceau", "штамп",
                "печать", "sello", "carimbo", "selo")
"""The word a bracket describing a stamp or a seal opens with, before its colon, in the archive's
languages: English `[Stamp: "Returned ..."]` (`[Seal: ...]`), German `[Stempel: "Geheim"]`
(`Siegel`), French `[cachet : "Reçu le 5 novembre"]` (`tampon`, `sceau`), Russian `[Штамп:
"Секретно"]` (`печать`), Spanish `[sello: "MINREX"]`, Portuguese `[carimbo: "Recebido"]` (`selo`);
as the words of `gap_markers.FOREIGN_MARKERS`, every one read in every document. A seal is the
stamp's kin (TEI's `stamp`: a stamp "or similar device")."""
STAMP_LABEL = "|".join(STAMP_LABELS)
LABELLED_MARK = rf"(?:{HAND_LABEL}|{CANCEL_LABEL}|{UNDERLINE_LABEL}|{STAMP_LABEL})\s*:"
"""The label of a bracket of the author's hand or of a stamp, up to its colon: markup, not
words of the text (the element and its @rend keep it)."""
HAND = re.compile(rf"(?P<label>{HAND_LABEL})\s*:\s*(?P<body>\S.*)", re.IGNORECASE | re.DOTALL)
CANCELLED = re.compile(rf"(?P<label>{CANCEL_LABEL})\s*:\s*(?P<body>\S.*)",
                       re.IGNORECASE | re.DOTALL)
UNDERLINED = re.compile(rf"(?:{UNDERLINE_LABEL})\s*:\s*(?P<body>\S.*)", re.IGNORECASE | re.DOTALL)
STAMP = re.compile(rf"(?P<label>{STAMP_LABEL})\s*:\s*(?P<body>\S.*)", re.IGNORECASE | re.DOTALL)
BLANK = re.compile(r"(?:(?:the\s+)?(?:remainder|rest)\s+of\s+(?:the\s+)?(?:page|sheet)"
                   r"|(?:the\s+)?(?:page|sheet|space))?\s*(?:is\s+|left\s+)?blank"
                   r"(?:\s+(?:page|sheet|space))?\.?", re.IGNORECASE)
"""`[remainder of page blank]`, `[page left blank]`, `[blank]`: the page is empty here: `space`."""

TIME_STAMP = re.compile(r"(?:\d{1,2}:)?\d{1,2}:[0-5]\d(?:\.\d+)?")
"""`[16:02]`, `[1:02:33]`: where in the recording (a clock's or the tape's time: the transcript
does not say which, so it is no @when)."""
TAPE = r"(?:tape|recording)(?:\s+(?:no\.\s*)?\d{1,3})?(?:,?\s+side\s+[A-D12])?"
"""A recording, with the number and the side of its tape where the transcript gives them:
`tape 1, side A`, `Tape 2`."""
CALL = r"(?:(?:tele)?phone\s+)?(?:conversation|call)"
"""The conversation a transcript records, whose end or beginning it marks: `[End of conversation]`,
`[Call begins]`."""
INCIDENT = re.compile(
    r"(?:overlapping(?:\s+(?:speech|voices))?|cross[\s-]?talk|simultaneous\s+(?:speech|voices)"
    rf"|simultaneously|break\s+in\s+(?:the\s+)?{TAPE}"
    rf"|(?:the\s+)?{TAPE}\s+(?:ends|stops|begins|starts|resumes|breaks\s+off|cuts\s+off"
    rf"|is\s+interrupted)|(?:end|beginning|start)\s+of\s+(?:the\s+)?{TAPE}"
    rf"|(?:end|beginning|start)\s+of\s+(?:the\s+)?{CALL}|(?:the\s+)?{CALL}\s+(?:ends|begins)"
    r"|background\s+(?:noise|voices|conversation)|(?:tele)?phone\s+rings)\.?", re.IGNORECASE)
"""What a recording holds besides the speech, in a transcript: `[overlapping]`, `[crosstalk]`,
`[simultaneously]`, `[Tape ends]`, `[Break in tape]`, `[End of recording]`, `[End of tape 1, side
A]`, `[End of conversation]`. What a
speaker does (`[laughs]`, `[reading]`) is a stage direction (`stage_parens.STAGE_WORDS`)."""


LABEL_AFTER = "label-after"
"""The @rend of an addition whose label the source printed after its words, in brackets of its
own inside the addition's (`[from invasion [the words "from invasion" inserted by hand]]`): the
label an editorial note inside it, which the page prints in its brackets again."""
ADDED_WORDS_LABEL = re.compile(rf"(?:the\s+words?\s+[\"“](?P<words>[^\"”\[\]]+)[\"”]\s+)?"
                               rf"(?P<label>{HAND_LABEL})", re.IGNORECASE)
"""`inserted by hand`, `the words "from invasion" inserted by hand`: a bracket saying the words
before it were written by a hand, naming them or not."""
EDITORS_NOTE = (("type", "editorial"), ("place", "inline"), ("resp", "#ed"))
"""The attributes of the editors' inline note (`inline._note`)."""


def hand_named(label: str) -> str:
    """The name of whose hand a label says wrote (`in the margin in Kennedy's hand` ->
    `Kennedy`), or ''."""
    whose = WHOSE_HAND.search(label)
    return whose.group("who") if whose else ""


Parse = Callable[[str, int], tuple[Node, ...]]
"""Parses the words of a bracket from an offset of its content (brackets inside it included)."""


def source_mark(content: str, parse: Parse, transcript: bool = False) -> Inline | None:
    """The element for a bracket's `content` that tells what the page shows, or None:
    `handwritten: words` -> `add` (with @place where the label says), `crossed out: words` ->
    `del`, `underlined: words` -> `hi rend="underline"`, `Stamp: "words"` ->
    `stamp`, `remainder of page blank` -> `space` with its words in `desc`; in a `transcript`
    also `16:02` -> `time`, `crosstalk` -> `incident` with its words in `desc`."""
    if transcript and TIME_STAMP.fullmatch(content):
        return Inline("time", (), (Text(content),))
    if transcript and INCIDENT.fullmatch(content):
        return Inline("incident", (), (Inline("desc", (), (Text(content),)),))
    if (added := _labelled_after(content, parse)) is not None:
        return added
    hand = HAND.fullmatch(content)
    if hand:
        label = " ".join(hand.group("label").split())
        place = next((value for value, words in PLACE_IN_LABEL if words.search(label)), "")
        return Inline("add", ((("place", place),) if place else ()) + (("rend", label),),
                      parse(hand.group("body"), hand.start("body")))
    cancelled = CANCELLED.fullmatch(content)
    if cancelled and not EXCISED.fullmatch(content):   # `[deleted: 2 lines]`: a gap
        return Inline("del", (("rend", " ".join(cancelled.group("label").split())),),
                      parse(cancelled.group("body"), cancelled.start("body")))
    underlined = UNDERLINED.fullmatch(content)
    if underlined:
        return Inline("hi", (("rend", "underline"),),
                      parse(underlined.group("body"), underlined.start("body")))
    stamp = STAMP.fullmatch(content)
    if stamp:
        return Inline("stamp", (("rend", stamp.group("label")),),
                      parse(stamp.group("body"), stamp.start("body")))
    if BLANK.fullmatch(content):
        return Inline("space", (), (Inline("desc", (), (Text(content),)),))
    return None


def _labelled_after(content: str, parse: Parse) -> Inline | None:
    """`from invasion [the words "from invasion" inserted by hand]` (a bracket's words, a
    bracket of its own after them saying a hand added them: `ADDED_WORDS_LABEL`, the words it
    names, where it names them, those before it) -> `add rend="label-after"` holding the words
    and the label as parsed (an editorial note), with @place where the label says; None
    elsewhere (`the treaty [inserted by hand]` is no bracket's words)."""
    if not content.endswith("]") or "[" not in content:
        return None
    opening = content.rindex("[")
    words, label = content[:opening].strip(), content[opening + 1:-1].strip()
    named = ADDED_WORDS_LABEL.fullmatch(label)
    if not words or "[" in words or named is None \
            or (named["words"] and " ".join(named["words"].split()) != " ".join(words.split())):
        return None
    place = next((value for value, found in PLACE_IN_LABEL if found.search(label)), "")
    note = Inline("note", EDITORS_NOTE, parse(label, opening + 1))
    return Inline("add", ((("place", place),) if place else ()) + (("rend", LABEL_AFTER),),
                  parse(content[:opening], 0) + (note,))
