"""What ends an open speaker turn besides the next label: a paragraph in the record's own voice.

A turn takes the plain paragraphs after its label (a speech of several paragraphs). These are
not the speaker's words, and stand as narrative after the turn:
    "II. Resolution." after "I. On the situation ..." (before the turn)   -> the record's numbering
    "3. Kuznetsov asked ..." after "2. McCloy said ..." (before the turn) -> the same
    "Interviewer’s comment: The source ...", "Note: ...", "Comment: ...", -> a remark headed so
    "EMBASSY COMMENT: ...", "Примечание: ...", "Note by the interpreter:   (`is_remark`)
    ...", "Примечание переводчика: ...", "3. COMMENT: ..."
    "Resolved: That ...", "Vote: For 7 ...", "Also present: ..."         -> a field of the record
                                        (not in a play, a transcript or a debate: an MP reading
                                        out a motion, `wholly_spoken`)
    "Comrade Mikoyan said that ..." (Mikoyan speaks in the document)     -> told of, in the past,
                                        right after the label's paragraph
    "The Secretary said that ...", "Mr. Kornienko remarked ...",        -> the record reporting a
    "Ambassador Thompson asked ...", "Castro replied ..." (he speaks)      person's words, anywhere
                                        in the turn, unless in the first person (`Castro agreed
                                        with me`, `The Secretary said that we ...`: the speaker
                                        telling of them; not in a play, a transcript or a
                                        debate: `wholly_spoken`)
    "The conversation ended at 6:05 p.m."                                -> the record's own
                                        account of the meeting, unless in the first person
    "11:10 a.m.", "10:50 a.m. The President called again."              -> the record's time
                                        heading (`clock_heading`), unless in the first person
    "The President called back.", "Rusk telephoned again."              -> the record telling
                                        of the call (`CALL_VERBS`)
    "Kosygin: I support." reported as a label not read (`speaker_refs`)  -> not the speaker's
    "Recorded by V. Tikhmenev.", "Беседу записал В. Тихменев.", "Sgd.    -> a signature
    Dean Rusk" (`paragraphs.marked_signature`)                             (a line after it too)
A debate's procedural line (`Question put.`, `The House divided: Ayes, 241; Noes, 290.`, the
House's `Resolved: That ...` after it: `procedure`) is no speaker's either: stage business.
The speaker's own list (`KHRUSHCHEV: We propose:` / `1. ...` / `2. ...`) stays in the turn: its
numbering begins inside it; so does a passage withheld or missing from it (`[1 paragraph not
declassified]`, `[Page 2 missing]`: `withheld_passage`), after which the speaker goes on.
"""

from __future__ import annotations

import re

from .speaker_refs import SpeakerLookup
from .record_fields import RECORD_FIELDS, REMARK_WORDS, remark_qualified_after
from .outline_numbers import ENUMERATOR, ROMAN, roman_value
from .letter_forms import recorder_in_full
from .paragraphs import marked_signature
from .label_words import FIRST_PERSON, OFFICES, TITLE_STOPWORDS
from .alphabets import LOWER, UPPER
from .label_patterns import HONOURED, INITIALS, NAME
from .speakers import LabelMatch, in_capitals, loose_label

WITHHELD_PASSAGE = re.compile(
    r"^\[(?:(?:(?:\d+|one|two|three|four|five|an?|several|some)\s+)?"
    r"(?:lines?|paragraphs?|pages?|sentences?|passages?|portions?)(?:\s+of\s+(?:source\s+)?text)?"
    r"\s+(?:(?:is|are|was|were)\s+)?(?:not\s+declassified|missing|omitted|withheld|excised"
    r"|deleted|redacted|illegible)"
    r"|pages?\s+\d+(?:\s*[-–]\s*\d+)?\s+(?:(?:is|are)\s+)?missing)\.?\]\.?$", re.IGNORECASE)
"""A paragraph that is only the mark of a passage of the text withheld or lost (`[1 paragraph not
declassified]`, `[2 lines of source text not declassified]`, `[Page 2 missing]`): inside a turn,
the speaker's, who goes on after it; not `[... sampling ...]`, an editor's cut between turns."""


def withheld_passage(text: str) -> bool:
    """Whether the paragraph `text` is only a withheld or missing passage's mark
    (`WITHHELD_PASSAGE`)."""
    return WITHHELD_PASSAGE.match(text.strip()) is not None

SPEAKERS_OWN = "A An My Our Your His Her Its Their This That One Another First Last Final".split()
"""Words that make a remark's head the speaker's own (`My comment:`, `One more note:`, `A last
remark:`, `Final note:`), not the record's."""
REMARK = re.compile(rf"^(?!(?:{'|'.join(SPEAKERS_OWN)})\s)"
                    rf"(?:[{UPPER}][{LOWER}’'\-]*\s+(?:[{UPPER}{LOWER}][{LOWER}’'\-]*\s+){{0,2}})?(?:"
                    + "|".join(sorted(REMARK_WORDS | {word.lower() for word in REMARK_WORDS}))
                    + r")\s*:")
"""`Comment:`, `Interviewer’s comment:`, `Translator's note:`, `Embassy comment:`, `Department
of State comment:`, `Примечание:`: the record's remark, a remark word (`REMARK_WORDS`) after up
to three words that say whose, unless the speaker's (`SPEAKERS_OWN`); `NOTE:`, `EMBASSY
COMMENT:` too (`as_written`)."""
RECORD_FIELD = re.compile(rf"^(?:Also\s+)?(?:{'|'.join(sorted(RECORD_FIELDS))})(?:\s+further)?\s*:")
"""`Resolved:`, `Resolved further:`, `Also present:`: a field of the record, which ends a turn
where the record has a voice of its own (`RESOLVED:`, `ALSO PRESENT:` too: `as_written`)."""
PERSON_TITLE = rf"(?:{HONOURED}|Comrade\s+)"
"""`Mr. `, `Comrade `, `Com. ` (`HONOURED`): a title before the name of a person told of."""
NAMED = rf"(?:{INITIALS}\s*)?{NAME}(?:\s+{NAME}){{0,2}}"
"""`Mikoyan`, `A.I. Mikoyan`, `Fidel Castro`: a person's name, with initials, without a title."""
REPORTED = re.compile(
    rf"^(?P<name>{PERSON_TITLE}?{NAMED})\s+(?:said|told|spoke|wrote|[{LOWER}]+ed)\b")
"""`Comrade Mikoyan said that`, `Castro replied`: a person told of in the third person, in the
past tense (`Mikoyan knows` may be a speaker's words)."""
REPORTING_VERBS = """said remarked asked replied answered responded noted stated observed agreed
added continued interjected pointed_out explained commented inquired suggested proposed repeated
emphasized stressed recalled reported summarized raised expressed declared""".split()
"""The past verbs with which the record reports a person's words (`pointed_out`: two words)."""
CALL_VERBS = "called_back called_again telephoned rang_back rang_off hung_up".split()
"""The past verbs of a telephone memorandum's record telling of the call, `The President called
back.`, `Rusk telephoned again.` (not `called` alone: `Rusk called it a blockade`)."""
MEETINGS = "conversation meeting talk talks discussion session interview".split()
MEETING_VERBS = """ended began closed lasted concluded adjourned was_adjourned broke_up
resumed was_resumed rose was_suspended was_called_to_order""".split()
"""`The conversation ended`, `The meeting was adjourned`, `The meeting rose`: the course of the
meeting."""


def _words(words: list[str]) -> str:
    """`said`, `pointed_out` -> a pattern of either, `_` any space."""
    return "(?:" + "|".join(word.replace("_", r"\s+") for word in words) + ")"


OFFICE = _words(OFFICES)
REPORTS = re.compile(
    rf"^(?:The\s+(?:[{UPPER}][{LOWER}]+\s+){{0,2}}{OFFICE}|(?:{PERSON_TITLE}|{OFFICE}\s+){NAMED}"
    rf"|(?P<name>{NAMED}))"
    rf"\s+(?:then\s+|also\s+|again\s+|further\s+|finally\s+)?"
    rf"{_words(REPORTING_VERBS + CALL_VERBS)}\b")
"""`The Secretary said`, `Mr. Kornienko remarked`, `Ambassador Thompson asked`, `Secretary Rusk
summarized`, `The Secretary then raised`: a person (by office, by title and name, `REPORTED`'s
subject, or by a name alone, `name`) the subject of a verb of reporting."""
MEETING_TOLD = re.compile(rf"^The\s+{_words(MEETINGS)}\s+(?:then\s+)?{_words(MEETING_VERBS)}\b")
"""`The conversation ended at 6:05 p.m.`: the record of the meeting."""
CLOCK = r"\d{1,2}(?:[.:]\d{2})?\s*[ap]\.\s?m"
"""`10.02 p.m`, `7 p.m`: a time of the clock (the period after `m` ends the sentence)."""
CLOCK_HEADING = re.compile(rf"(?:{CLOCK}\.|\d{{1,2}}:\d{{2}})(?:\s+(?P<told>[{UPPER}].*))?", re.S)
"""`10:35 a.m.`, `11:10`, `10:50 a.m. The President called again.`: a paragraph a time of the
clock opens, alone or over a sentence (a telephone memorandum's time of each call)."""
VOTE = r"(?:Ayes|Contents),?\s+\d+[;,]\s+(?:Noes|Not-Contents),?\s+\d+"
"""`Ayes, 241; Noes, 290`, `Contents, 95; Not-Contents, 40`: the count of a division."""
PROCEDURE = re.compile(
    rf"(?:Question\s+put(?:\s+and\s+(?:agreed\s+to|negatived))?"
    rf"|(?:The\s+House|Their\s+Lordships)\s+divided(?::\s+{VOTE})?|{VOTE}"
    rf"|(?:The\s+House\s+)?[Aa]djourned(?:\s+at\s+{CLOCK})?"
    rf"|(?:Mr\.?|Madam)\s+(?:Deputy\s+)?Speaker\s+in\s+the\s+Chair|Division\s+No\.\s*\d+"
    rf"|The\s+(?:meeting|sitting)\s+{_words(MEETING_VERBS)}(?:\s+at\s+{CLOCK})?"
    rf"|The\s+agenda\s+was\s+adopted|It\s+was\s+so\s+(?:decided|agreed))\.?")
"""A debate's procedural line, a whole paragraph: `Question put.`, `The House divided: Ayes, 241;
Noes, 290.`, `Ayes 320, Noes 280`, `Adjourned at 10.02 p.m.`, `Mr. Speaker in the Chair.`, and a
meeting's course as a verbatim record prints it (`The meeting was called to order at 4.20 p.m.`,
`The agenda was adopted.`, `It was so decided.`, `The meeting rose at 7.25 p.m.`): what
the House does, no speaker's words (`The House divided on this in 1956 ...` is a speaker's)."""
NOT_SUBJECT_NAMES = TITLE_STOPWORDS | frozenset(
    "Our Their His Her My Your Its We They He She".split())
"""Words that open a sentence's subject but no person's name: `The Soviets`, `Our Embassy`."""


def ends_turn(lookup: SpeakerLookup, line: int, turn_line: int, label: LabelMatch | None) -> bool:
    """Whether the paragraph on `line` (no label of a turn) ends the turn opened on `turn_line`;
    in a document with no voice but the speakers' (`SpeakerLookup.speakers_only`) the record
    tells of no one, though a signature after the last turn is the record's there too."""
    if label is not None and label.kind == "unread":
        return True
    spoken = lookup.speakers_only()
    text = lookup.text_at(line)
    return bool(is_remark(text) or marked_signature(text) or _recorder_in_full(lookup, text)
                or clock_heading(text)
                or (not spoken and _told(lookup, text, line, turn_line))
                or _numbered_before(lookup, line, turn_line))


def clock_heading(text: str) -> bool:
    """Whether `text` is the record's time heading (`CLOCK_HEADING`): `11:10 a.m.`, `10:50 a.m.
    The President called again.`; not the speaker's `10:50 a.m. I called him.` (first person),
    nor `10:50 a.m. is too late.` (no sentence after the time)."""
    found = CLOCK_HEADING.fullmatch(text.strip())
    return found is not None and not (found["told"] and FIRST_PERSON.search(found["told"]))


def _recorder_in_full(lookup: SpeakerLookup, text: str) -> bool:
    """Whether `text` names the record's recorder in full, a person of the registers: `Recorded
    by Sergo Mikoyan` (`letter_forms.recorder_in_full`)."""
    name = recorder_in_full(text)
    entry = lookup.registers.entry_named(name) if name else None
    return entry is not None and entry.kind == "person"


def procedure(lookup: SpeakerLookup, line: int) -> bool:
    """Whether the paragraph on `line` is a debate's procedural line (`PROCEDURE`), or a field of
    the record right after one (`Resolved: That this House ...` after the division), in a
    document with no voice but the speakers' (`SpeakerLookup.speakers_only`):
    stage business between the turns, ending the one open (an MP reading out `Resolved: That
    ...` after `The motion reads as follows:` goes on speaking)."""
    if not lookup.speakers_only():
        return False
    position = lookup.position(line)
    text = lookup.texts[position]
    return bool(PROCEDURE.fullmatch(text) or (RECORD_FIELD.match(as_written(text)) and position
                                              and PROCEDURE.fullmatch(lookup.texts[position - 1])))


def is_remark(text: str) -> bool:
    """Whether `text` opens with the record's remark (`REMARK`: `Comment:`, `Embassy comment:`),
    or a remark word and what qualifies it after it (`Note by the interpreter:`, `Примечание
    переводчика:`: `record_fields.remark_qualified_after`), after a number too (`3. COMMENT:`,
    a telegram's numbered paragraph); in capitals as in title case (`as_written`)."""
    numbered = ENUMERATOR.match(text)
    written = as_written(text[numbered.end():] if numbered else text)
    head, colon, _ = written.partition(":")
    return bool(REMARK.match(written) or (colon and remark_qualified_after(head)))


def as_written(text: str) -> str:
    """`text` with the head before its first colon in sentence case when in capitals: `NOTE: The
    conference ...` -> `Note: The conference ...`, `ALSO PRESENT: ...` -> `Also present: ...`; a
    field or a remark in capitals is as plain as in title case (`REMARK`, `RECORD_FIELD`). Any
    other text as it is (`Comrade Mikoyan: ...`)."""
    head, colon, rest = text.partition(":")
    return head.capitalize() + colon + rest if colon and in_capitals(head) else text


def _told(lookup: SpeakerLookup, text: str, line: int, turn_line: int) -> bool:
    """Whether `text` on `line` is the record telling of someone: a person who speaks here right
    after the label's paragraph (`Comrade Mikoyan said that`), a field of the record, or the record
    reporting a person or the meeting's course anywhere (`_told_by_the_record`)."""
    name = reported_name(text)
    first = name is not None and lookup.position(line) == lookup.position(turn_line) + 1
    return bool((first and lookup.speaker_named(name) is not None)
                or RECORD_FIELD.match(as_written(text)) or _told_by_the_record(lookup, text))


def _told_by_the_record(lookup: SpeakerLookup, text: str) -> bool:
    """Whether `text`, not in the first person, opens reporting a person's words (`REPORTS`:
    by office, by title and name, or by the name of one who speaks here) or the meeting's course
    (`MEETING_TOLD`)."""
    if FIRST_PERSON.search(text):
        return False
    if MEETING_TOLD.match(text):
        return True
    reports = REPORTS.match(text)
    if reports is None:
        return False
    name = reports.group("name")
    return name is None or (not set(name.split()) & NOT_SUBJECT_NAMES
                            and lookup.speaker_named(name) is not None)


def reported_name(text: str) -> str | None:
    """The person `text` opens telling of in the past tense (`REPORTED`): `Comrade Mikoyan said
    that` -> "Comrade Mikoyan"; `The Soviets agreed`, `Our Embassy reported` -> None."""
    reported = REPORTED.match(text)
    if reported is None or set(reported.group("name").split()) & NOT_SUBJECT_NAMES:
        return None
    return reported.group("name")


def _numbered_before(lookup: SpeakerLookup, line: int, turn_line: int) -> bool:
    """Whether the paragraph on `line` is numbered (`3.`, `II.`, `B.`) after the number before it
    (`2.`, `I.`, `A.`), and the nearest paragraph with that number stands before `turn_line`;
    the turn's own paragraph is numbered by the speech after its label (`Khrushchev: 1. We
    must ...`: the speaker's list begins in the turn, `_speech_opening`)."""
    wanted = {(kind, value - 1) for kind, value in _readings(lookup.text_at(line)) if value > 1}
    if not wanted:
        return False
    for before in reversed(range(lookup.position(line))):   # the paragraphs before, nearest first
        text = lookup.texts[before]
        if lookup.lines[before] == turn_line:
            text = _speech_opening(lookup, before)
        if _readings(text) & wanted:
            return lookup.lines[before] < turn_line
    return False


def _speech_opening(lookup: SpeakerLookup, position: int) -> str:
    """The text after the label opening the paragraph at `position`, a turn's (`labels`, or a
    one-off label the registers judged: `loose_label`); the paragraph if none is found."""
    text = lookup.texts[position]
    label = lookup.labels()[position] or loose_label(text)
    return text[label.rest:] if label is not None and label.kind == "turn" else text


def _readings(text: str) -> set[tuple[str, int]]:
    """What the number opening `text` counts: `3.` -> {("number", 3)}, `II.` -> {("roman", 2)},
    `B.` -> {("letter", 2)}, `I.` -> {("roman", 1), ("letter", 9)}; none -> set()."""
    found = ENUMERATOR.match(text)
    if found is None:
        return set()
    mark = found.group("mark")
    if mark.isdigit():
        return {("number", int(mark))}
    readings = {("letter", ord(mark) - ord("A") + 1)} if len(mark) == 1 else set()
    if ROMAN.match(mark):
        readings.add(("roman", roman_value(mark)))
    return readings

