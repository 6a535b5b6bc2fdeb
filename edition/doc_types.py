"""The document types and what each is: sent, a record, spoken; the sets the reading rules ask."""

from __future__ import annotations

import re
from itertools import islice
from typing import NamedTuple

DOC_TYPES = frozenset({"memorandum", "telegram", "letter", "transcript", "minutes", "drama",
                       "other"})
"""Every document type (`div/@subtype`); an override may set one."""
CORRESPONDENCE = frozenset({"letter", "telegram"})
"""Sent to someone: a sender and an addressee (`correspDesc`), an inside address."""
RECORDS = frozenset({"memorandum", "minutes", "transcript", "drama"})
"""Records, not addressed: a short line ending in a colon at their top (`Present:`,
`Discussion of the withdrawal:`) labels what follows, a salutation only when it opens as a
letter's does (`Mr. President:`)."""
SAME_DAY_RECORDS = frozenset({"memorandum", "transcript", "minutes"})
"""Written on the day they tell of: there `tomorrow` is the day after the document date (not an
oral history's, `day_counting`)."""
ORAL_HISTORY_WORDS = r"oral[- ]histor(?:y|ies)"
"""An oral history named by a title: a transcript (`readers.common`) told years after its day."""
ORAL_HISTORY = re.compile(rf"\b{ORAL_HISTORY_WORDS}\b", re.I)
"""An oral history's title (`Oral History Interview with Sergo Mikoyan`): a transcript told
years after the days it tells of."""
INTERVIEW = re.compile(r"(?:transcript\s+of\s+(?:an?\s+|the\s+)?)?interviews?\s+(?:with|of)\b",
                       re.I)
"""An interview's title, naming it first (`Interview with a Former Soviet Officer about Cuba`,
`Transcript of an Interview with Sergo Mikoyan`); not `Memorandum of an Interview with ...`."""
INTERVIEW_TYPES = frozenset({"transcript", "other"})
"""The types of a document an `INTERVIEW` title makes one told later (`told_later`): not a
memorandum, minutes, a letter or a telegram, written on the day of the interview they tell of."""
SPOKEN_RECORDS = frozenset({"drama", "transcript", "minutes"})
"""Written as speech: a label's every shape opens a turn (`KING, aside.`, `Mr. Healey.`), and a
paragraph wholly in parentheses is stage business."""
WHOLLY_SPOKEN = frozenset({"drama", "transcript"})
"""No voice but the speakers': a play's or a tape's `The President said that ...` is a speaker's,
and a bracketed sentence in a turn (`[He gives a letter.]`) a stage direction (in an archival
memorandum or letter `[The President's view.]` is the editor's)."""
DEBATE = re.compile(r"\b(?:House\s+of\s+(?:Commons|Lords|Representatives)|Bundestag|Hansard"
                    r"|Parliamentary\s+Debates|Congressional\s+Record|Sitting\s+of\s+the\s+House"
                    r"|(?:Commons|Lords|Senate)\s+Debates?|Verbatim\s+Records?)\b")
"""The chamber or the record of debates a parliament's minutes name in their title (`Minutes of
the House of Commons, Daily Session`, `House of Lords: Cuba — Minutes of Proceedings`, `Commons
Debate on Cuba`, `Sitting of the House, 5 November 1962`, the United Nations' `Provisional
Verbatim Record of the 1025th Meeting of the Security Council`): a debate,
which, as a transcript, has no voice but the speakers' besides its procedural lines. The minutes
of a meeting (`Summary Record of the 26th Meeting of the Executive Committee`, `Minutes of the
Sitting of the CC CPSU Presidium`, a Senate committee's) have the record's."""
SPEECH = re.compile(r"(?:[A-Z][\w’'.-]*\s+(?:and\s+)?){0,3}?(?:Speech|Address|Remarks)"
                    r"\s+(?:by|of|at|to|before|on|in|delivered|given)\s"
                    r"|(?:Discurso|Comparecencia|Alocución)\s+(?:del?|pronunciado|ante|en)\s")
"""The opening of a speech's title: `Speech by N.S. Khrushchev at ...`, `Address by President
Kennedy to the Nation`, `Remarks of the President at ...`, `Radio and Television Address to
...`, `Khrushchev's Speech at ...` (up to three capitalized words before it); in Spanish `Discurso
pronunciado por ...`, `Comparecencia del Comandante Fidel Castro ante ...`. Not `Report on the
Speech by ...`, `Text of the Speech ...`, `Summary of Khrushchev's Address ...` (a word in lower
case before it), nor `Statement by ...` (a government's is written) or `Report of ... to ...`
(`Report by Defense Minister R. Malinovsky to the CC CPSU` is a written one)."""

CHAMBER = re.compile(r"\b(?:(?:Mr|Madam)\.?\s+(?:Deputy\s+)?Speaker|[Hh]on\.\s+(?:Members?|Gentleman"
                     r"|Lady|Friends?)|[Nn]oble\s+(?:Lords?|Lady|Earl|Baroness|Viscount|Friend)"
                     r"|My\s+Lords|The\s+House\s+divided|Question\s+put)\b")
"""The words of a parliament's chamber, which no meeting's minutes use: the chair and the members
as a House addresses them (`Mr. Speaker`, `Mr. Deputy Speaker`, `the right hon. Gentleman`, `Hon.
Members`, `the noble Lord`, `My Lords`) and its procedure (`Question put.`, `The House divided`).
`The Speaker` alone is no sign: minutes of a meeting may tell of Speaker McCormack."""


def debate_in_body(texts: list[str], labelled: list[bool]) -> bool:
    """Whether two paragraphs or more of `texts` hold a chamber's words (`CHAMBER`) as a debate
    does: in a member's speech (a paragraph a speaker's label opens, `labelled`) or as the line
    of procedure that opens a paragraph (`Question put.`). Such minutes of a debate whose title
    names no chamber (`Cuba (Bombers) — Minutes of Proceedings`), as one whose title does
    (`DEBATE`), have no voice but the speakers' (`turn_ends`); a meeting's minutes that tell of
    a debate or quote it (`Mr. Gaitskell had opened with "Mr. Speaker, ..."`) are none."""
    spoken = (text for text, label in zip(texts, labelled)
              if CHAMBER.match(text) or label and CHAMBER.search(text))
    return sum(1 for _ in islice(spoken, 2)) == 2


def titled_debate(doc_type: str, title: str) -> bool:
    """Whether a document of type `doc_type` titled `title` is minutes whose title names a debate
    (`DEBATE`): `House of Commons Debate: Cuba (Minutes of Proceedings)`."""
    return doc_type == "minutes" and bool(DEBATE.search(title))


class DayCounting(NamedTuple):
    """How the days a document tells of are counted from its date (`day_counting`)."""
    told_later: bool
    """Told years after the days it tells of (`told_later`): no day is counted from its date."""
    written_that_day: bool
    """Written on the day it tells of, so that its `tomorrow` is the day after its date: a record
    (`SAME_DAY_RECORDS`), a letter or a telegram; not one told later, whose `tomorrow` is the
    told day's, years before."""
    sent: bool
    """A letter or a telegram (`CORRESPONDENCE`) written on its date, whose `tomorrow` is the day
    after it while it tells of that day (it may go on to tell of days before:
    `resolve.Resolver.days_read_until_told`)."""


def day_counting(doc_type: str, title: str) -> DayCounting:
    """How the days of a document of type `doc_type` titled `title` are counted (`DayCounting`):
    a diary's entries are written on the days they tell of, as a letter is."""
    later = told_later(doc_type, title)
    sent = doc_type in CORRESPONDENCE and not later
    same_day = doc_type in SAME_DAY_RECORDS or titled_diary(title)
    return DayCounting(later, sent or (same_day and not later), sent)


DIARY = re.compile(r"\bdiary\b", re.IGNORECASE)
TITLED_DOCUMENT = re.compile(r"(?:(?:excerpts?|extracts?|pages?|entry|entries)\s+(?:from|of)\s+"
                             r"|from\s+)?"
                             r"(?:the\s+)?(?P<document>[^,:;(]*?)(?=\s+(?:of|from|by|on|for|to"
                             r"|in|at|about|with|compiled|kept)\b|[,:;(]|$)", re.IGNORECASE)
"""The words of a title that name what the document is, before the first preposition or comma:
`Diary` of `Diary of V. Tikhmenev, ...`, `Excerpt from the Diary of ...`, `Entries from the Diary
of ...` (a diary's extract), `Tikhmenev's Diary, 3-5 November`; `Chronology` of `Chronology of
Events Compiled from the Embassy Diary`."""


def titled_diary(title: str) -> bool:
    """Whether `title` names a diary as what the document is (`TITLED_DOCUMENT`: `Diary of A. I.
    Alekseev`, `Tikhmenev's Diary`; not `Chronology of Events Compiled from the Embassy
    Diary`)."""
    return bool(DIARY.search(TITLED_DOCUMENT.match(title.strip())["document"]))


DIARY_FIELD = frozenset({"diary", "diaries"})
"""The archive's Type field of a diary (`Diary`)."""


def names_a_diary(doc_type: str, title: str, type_field: str) -> bool:
    """Whether a document of type `doc_type` titled `title`, its archive's Type field
    `type_field`, is a diary: of no other type, its title names one as what it is
    (`titled_diary`: `Diary of A. I. Alekseev`) or the field does (`DIARY_FIELD`)."""
    return doc_type == "other" and (titled_diary(title)
                                    or type_field.strip().lower() in DIARY_FIELD)


AIDE_MEMOIRE = re.compile(r"\baide[- ]m[ée]moires?\b", re.IGNORECASE)
"""An aide-mémoire as a title or the archive's Type names it (`Aide-Mémoire`, `Aide-Memoire`,
`aide memoire`): a diplomat's written summary of a position, handed over, of no type of the
list (`DOC_TYPES`)."""


def names_an_aide_memoire(doc_type: str, title: str, type_field: str) -> bool:
    """Whether a document of type `doc_type` titled `title`, its archive's Type field
    `type_field`, is an aide-mémoire: of no other type, the field is `Aide-Mémoire` or the
    title names one as what it is (`TITLED_DOCUMENT`: `Aide-Mémoire of the Secretary-General to
    ...`; not `Reply to the Aide-Mémoire of 7 November`)."""
    return doc_type == "other" and bool(
        AIDE_MEMOIRE.fullmatch(type_field.strip())
        or AIDE_MEMOIRE.search(TITLED_DOCUMENT.match(title.strip())["document"]))


def told_later(doc_type: str, title: str) -> bool:
    """Whether a document of type `doc_type` titled `title` is told years after the days it tells
    of, so that no day, month or year is counted from its date (`on Monday`, `in October`, `6
    November`: the told days', 1962, not the interview's): an oral history (`ORAL_HISTORY`), a
    transcript or an untyped document whose title opens naming an interview (`INTERVIEW`).
    An interview of its own days (`Interview with Premier Khrushchev`, 1962) is read so too:
    its relative dates unread, no wrong one asserted."""
    return bool(ORAL_HISTORY.search(title)) \
        or doc_type in INTERVIEW_TYPES and bool(INTERVIEW.match(title.strip()))


def titled_speech(doc_type: str, title: str) -> bool:
    """Whether a document of type `doc_type` titled `title` is a speech: of no other type
    (`other`), its title opens naming one (`SPEECH`): `Speech by N.S. Khrushchev at the Kremlin
    Reception`. Its body is its speaker's words, turn or not: a parenthesis there reads as in a
    turn, `(Applause)` a stage direction (`stage_parens`), where a play's or a transcript's
    paragraph outside the turns is its author's or its transcriber's."""
    return doc_type == "other" and bool(SPEECH.match(title.strip()))


def wholly_spoken(doc_type: str, title: str) -> bool:
    """Whether a document of type `doc_type` titled `title` has no voice but the speakers': a play,
    a transcript, or minutes whose title names a debate (`titled_debate`; minutes whose body
    reads as a debate's are too, `debate_in_body`, which `speaker_refs.SpeakerLookup.debates` asks of the paragraphs)."""
    return doc_type in WHOLLY_SPOKEN or titled_debate(doc_type, title)


SPEECH_FIELD = frozenset({"speech", "address", "remarks"})
"""The archive's Type field of a speech (`Speech`), where the title names none (`Radio and
Television Report to the American People on the Soviet Arms Build-up in Cuba`)."""


def one_speech(doc_type: str, title: str, type_field: str) -> bool:
    """Whether a document of type `doc_type` titled `title`, its archive's Type field
    `type_field`, is one speaker's speech, by its title (`titled_speech`) or by the field
    (`SPEECH_FIELD`): a voice from the hall (`A VOICE:`, `PUEBLO:`) breaks in, the speech goes
    on."""
    return titled_speech(doc_type, title) or type_field.strip().lower() in SPEECH_FIELD


def delivered(doc_type: str, title: str, type_field: str) -> bool:
    """Whether a document of type `doc_type` titled `title`, its archive's Type field
    `type_field`, is words delivered to hearers: a play, a transcript, a debate
    (`wholly_spoken`), or a speech by its title (`titled_speech`) or by the field
    (`SPEECH_FIELD`). Its text tells no one's report in the third person: a paragraph after it
    that does is the archive's (`summary_words`)."""
    return wholly_spoken(doc_type, title) or titled_speech(doc_type, title) \
        or type_field.strip().lower() in SPEECH_FIELD
