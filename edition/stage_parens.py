"""Stage directions in a speaker's turn, one rule for `(...)` and `[...]`; a transcript's `(inaudible)`."""

from __future__ import annotations

import re

from .gap_markers import gap_element, gap_reason
from .model import Inline, Node, Text
from .name_forms import LISTING_TITLES
from .record_fields import heads_a_remark

RECORDED_WORDS = frozenset("""
laughter laughs laughing applause cheers interruption interruptions interrupting uproar noise
pause silence reading reads sighs coughs ovation shouts animation aplausos risas ovación
exclamaciones
""".split())
"""The record's words for what the room or a speaker does (`[Laughter]`, `(Applause)`,
`[reading]`, a Soviet stenogram's `(Animation in the hall)` in translation, a Cuban one's
`(APLAUSOS)`, `(OVACIÓN)`): a stage direction in any case in a play's or transcript's turn
(`[laughs]`)."""
STAGE_WORDS = frozenset("to aside addressing turning enter exit exeunt within hear".split()) \
    | RECORDED_WORDS
"""Capitalised first words of a stage direction that needs no sentence's period: the stage's cues
(`[To an Attendant]`, `[Aside]`, `[Reads]`, `[Exit]`) and the `RECORDED_WORDS` (`[Laughter]`,
`(Applause)`, `[Interruption]`, `[Hear, hear]`)."""
DELIVERY_WORDS = STAGE_WORDS | {"through"}
"""Capitalised first words of a label's parenthesis that tell how the turn is delivered, not who
speaks: the `STAGE_WORDS` and `Through` (`ANSWER (Through the interpreter):`)."""
ROOM_NOUNS = frozenset("applause laughter cheers ovation".split())
"""What the room does, told with a word or three before it: `(Prolonged applause)`, `[Stormy,
prolonged applause]`, `(General laughter)`."""
SILENCES = frozenset("pause silence".split())
"""A pause told with how long it was, `HOW_LONG` (`[long pause]`, `(Brief silence)`), as `[pause]`."""
HOW_LONG = frozenset("long longer short brief slight lengthy momentary prolonged extended awkward "
                     "general very".split())
"""The words that may tell a pause (`SILENCES`): `[test pause]`, a pause in testing, is none."""
NOT_ROOM = frozenset("the a an his her their our its this that these those your my".split())
"""Words that make a noun of `ROOM_NOUNS` the sentence's (`[Their laughter]`), not the room's."""
ABOUT_THE_TEXT = re.compile(r"(?:the\s+)?(?:text|original|document|page|remainder|rest|transcript"
                            r"|translation|source|record|file|copy)\b", re.I)
"""The opening of a bracketed sentence about the document itself (`[Text not found in the
files.]`, `[The remainder of page 4 is torn.]`): the editor's remark, never a stage direction."""
_NAME = r"(?:[A-Z]\.\s?)*[A-ZА-Я][\w’'-]+"
PERSONS_LISTED = re.compile(
    rf"\((?:{LISTING_TITLES})\s+{_NAME}"
    rf"(?:(?:,\s*|\s+(?:and|и|und)\s+){_NAME})*\.?\)")
"""A protocol's list of who spoke to an item, in parentheses under it: `(Coms. Khrushchev,
Kozlov, Mikoyan)`, `(Тт. Хрущев, Микоян)`: names after a title, no verb, no stage business."""
FIRST_WORD = re.compile(r"[A-Za-z][\w’'-]*")
"""The word a direction opens with, which may make it one (`STAGE_WORDS`)."""
CLOSING_QUOTES = "\"”’'"
DELIVERY = (("type", "delivery"),)
"""A direction inside a turn's paragraph; its @rend records how the source enclosed it,
`(Applause)` in parentheses, `[Laughter]` in brackets (`tei.reading.ENCLOSURES`)."""

NARRATION = (("type", "business"),)
"""A turn's parenthesis telling what someone does while the speaker speaks (`tells_of_another`):
the record's narration, no way of saying the speech."""

_CUE = r"(?P<cue>(?:[Tt]o|[Aa]side|[Aa]ddressing|[Tt]urning to)\b[^()\[\]]*)"
PAREN = re.compile(rf"\((?:{_CUE}|(?P<body>[^()\[\]]+))\)(?P<colon>:?)")
"""A parenthesis of a turn: a cue (`(To Alekseev):`, `(aside)`) or any other words, which
`reads_as_direction` or, in a transcript, `gap_reason` judges."""
UNHEARD = frozenset({"inaudible", "illegible"})
"""Gap reasons of a transcript's parenthesis: `(inaudible)`, `(unintelligible)`."""
NOT_STAGE_WORDS = frozenset("""
ibid id etc cf viz op cit loc no nos vol vols art arts ch chap sec para p pp ed eds doc docs tel
fig app encl incl approx cont dept govt gen col lt capt adm mr mrs ms dr jr sr st co corp inc ltd
jan feb mar apr jun jul aug sep sept oct nov dec
""".split())
"""Words that end a capitalised parenthetical with an abbreviation's period, not a sentence's:
`(Ibid.)`, `(See Vol.)` stay text."""


def split_parentheses(text: str, transcript: bool = False, sentences: bool = True) -> list[Node]:
    """Split a turn's stage directions in parentheses out of its text, by the rule of those in
    brackets (`reads_as_direction`): `(To Alekseev):`, `(Laughter.)`, `(Applause)`,
    `(Prolonged applause)`; and, in a `transcript`, what could not be heard or read,
    `(inaudible)` (a gap printed in parentheses). `sentences`: a sentence in lowercase,
    `(laughs)`, is one too (a play's or a verbatim record's turn). `(U.N.)`, `(No. 5.)`,
    `(Seal)` stay text. A direction keeps its parentheses in @rend, a colon after them outside it:
    `(To Alekseev):` -> `<stage type="delivery" rend="parentheses">To Alekseev</stage>:`."""
    nodes: list[Node] = []
    position = 0
    for match in PAREN.finditer(text):
        body, unheard = match.group("body"), ""
        if body is None:
            body = match.group("cue")
        elif transcript and body[0].islower() and gap_reason(body, True) in UNHEARD:
            unheard = gap_reason(body, True)
        elif not reads_as_direction(body, sentences, parenthesis=True):
            continue
        nodes.append(Text(text[position:match.start()]))
        if unheard:
            nodes += [gap_element(body, unheard, ("rend", "parentheses")), Text(match["colon"])]
        else:
            kind = NARRATION if match.group("cue") is None and tells_of_another(body) \
                else DELIVERY
            nodes += [Inline("stage", kind + (("rend", "parentheses"),), (Text(body),)),
                      Text(match["colon"])]
        position = match.end()
    nodes.append(Text(text[position:]))
    return nodes


def unheard_alone(text: str, doc_type: str) -> bool:
    """Whether `text` is wholly a transcript's parenthesis of what could not be heard, in small
    letters (`(inaudible)`, `(unintelligible)`): a gap in the recording, as in a line, no stage
    direction."""
    whole = PAREN.fullmatch(text.strip())
    body = whole["body"] if whole else None
    return doc_type == "transcript" and body is not None and body[:1].islower() \
        and gap_reason(body, True) in UNHEARD


def tells_of_another(body: str) -> bool:
    """Whether a parenthesis's words are a sentence of five words or more opening with `The` and
    ending in a period (`(The interpreter asked Mr. Mikoyan to repeat the last phrase.)`): taken
    for what another does or did, though the speaker himself may be its subject (`(The
    Secretary then read the note aloud.)`); not `(Laughter.)`, `(Pause.)`, `(The audience
    laughs.)`."""
    words = body.split()
    return len(words) >= 5 and words[0] == "The" and body.rstrip(CLOSING_QUOTES).endswith(".")


def reads_as_direction(content: str, sentences: bool = False, parenthesis: bool = False) -> bool:
    """Whether the words of a turn's `[...]` or `(...)` are a stage direction: a `STAGE_WORDS`
    word first, capitalised (`[Laughter]`, `(Applause)`, `[To an Attendant]`, `[Reads]`), or a
    noun of `ROOM_NOUNS` after a word or three (`(Stormy, prolonged applause)`, `[Long pause]`);
    with `sentences` also these in lowercase (`[laughs]`, `[long pause]`); in parentheses, or in
    brackets with `sentences`, a capitalised sentence `reads_as_stage` takes, a closing quote
    after it allowed (`[He gives a letter.]`, `(Stormy applause. Shouts: "Right!")`), unless
    about the document itself (`ABOUT_THE_TEXT`); not `[Carlos M.]`, `(U.S.)`, nor a remark
    the record heads as one (`(Field comment: Source's count is not reliable.)`, `(Note: ...)`:
    `record_fields.heads_a_remark`), which stays its text."""
    first = FIRST_WORD.match(content)
    head, colon, _ = content.partition(":")
    if first is None or (colon and heads_a_remark(head)):
        return False
    word, capitalised = first.group().lower(), content[0].isupper()
    if word in STAGE_WORDS and (capitalised or (sentences and word in RECORDED_WORDS)):
        return True
    if (capitalised or sentences) and _tells_the_room(content):
        return True
    if not (capitalised and (sentences or parenthesis)):
        return False
    sentence = content.rstrip(CLOSING_QUOTES)
    return not ABOUT_THE_TEXT.match(content) and sentence.endswith((".", "!", "?")) \
        and reads_as_stage(sentence)


def _tells_the_room(content: str) -> bool:
    """`Prolonged applause`, `Stormy, prolonged applause`, `General laughter`: up to four words,
    the last a `ROOM_NOUNS` noun, the first no article or possessive (`Their laughter`); `Long
    pause`, `brief silence`: the words before `SILENCES` all `HOW_LONG`."""
    words = content.rstrip(".!").replace(",", " ").lower().split()
    if not (2 <= len(words) <= 4 and all(w.isalpha() for w in words)):
        return False
    if words[-1] in SILENCES:
        return all(word in HOW_LONG for word in words[:-1])
    return words[-1] in ROOM_NOUNS and words[0] not in NOT_ROOM


def reads_as_stage(body: str) -> bool:
    """`Laughter.`, `LAUGHTER.`, `He sits.`, `Hear, hear!`: a sentence, its last word a word of
    two letters or more, not an abbreviation: not `U.N.`, `No. 5.`, `Ibid.` (`NOT_STAGE_WORDS`),
    `(USA.)` (three capitals or fewer)."""
    if body.endswith(("!", "?")):
        return True
    words = body[:-1].split()
    last = words[-1] if words else ""
    return len(last) >= 2 and last.isalpha() and not (last.isupper() and len(last) <= 3) \
        and last.lower() not in NOT_STAGE_WORDS
