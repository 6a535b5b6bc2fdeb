"""Whether a paragraph's words describe the document, as the archive's summary after it does."""

from __future__ import annotations

import re

from .date_months import ENGLISH_MONTHS
from .name_forms import TITLES
from .paragraphs import reads_as_summary

TELLING_VERBS = frozenset("""
report reports recall recalls answer answers discuss discusses describe describes inform informs
record records summarize summarizes summarise summarises outline outlines explain explains convey
conveys relay relays transmit transmits assess assesses analyze analyzes analyse analyses review
reviews evaluate evaluates brief briefs recount recounts relate relates announce announces
express expresses warn warns criticize criticizes criticise criticises detail details urge urges
argue argues condemn condemns reiterate reiterates reaffirm reaffirms welcome welcomes
обсуждает обсуждают описывает описывают излагает излагают сообщает сообщают докладывает
докладывают информирует информируют оценивает оценивают
""".split())
"""Verbs the archive's summary tells the document's content with, in the present tense (`A CIA
source in Havana reports on ...`, `Sergo Mikoyan ... recalls the mission`, `Mikoyan answers
questions from the press`, `President Kennedy announces the lifting of the quarantine`,
`Castro expresses his disappointment ...`; in Russian, `Микоян и Кастро обсуждают ...`); not
those a text's own
last words may say in the present (`The Embassy requests instructions.`, `asks`, `proposes`,
`considers`, `notes`)."""
SPEECH_VERBS = frozenset("""
recall recalls answer answers explain explains relate relates recount recounts warn warns
urge urges argue argues reiterate reiterates reaffirm reaffirms
""".split())
"""Telling verbs that also tell what someone said, the text's own reported speech where their
clause follows with `that` (`Embassy recalls that the Minister ...`, `Rodriguez answers that
...`). The other telling verbs' clause after `that` is the summary's only where it tells what
the document's own speaker or sender says (`_tells_its_own`: `Dobrynin reports that ...`)."""
ARTICLES = frozenset({"The", "A", "An"})
"""Words a subject that describes someone opens with (`The Ambassador`, `A reliable source in
Havana`), where a name does not (`Dobrynin`, `President Kennedy`, `A. Dobrynin`)."""
NAME_LINKS = frozenset({"to", "in", "of", "at"})
"""The small words of an office before a name (`Soviet Ambassador to Cuba Alekseev`)."""
NOT_BEFORE_VERB = frozenset("""
the a an his her its their this these those that to will would shall should may might can could
must did does do not no in on of for with by at from as into after before without upon about
""".split())
"""Words after which a telling verb's word is a noun or no present tense (`the records`, `to
report`, `will report`, `does not recall`, `In answer to General Vogt's question`)."""
REPORTED_SPEECH = re.compile(r"\b(?:said|told|asked|replied|stated|added|agreed|answered|remarked"
                             r"|suggested|declared|responded|explained|noted|observed)\b")
"""Words of a record telling what was said, in the past: a memorandum's last paragraph (`Mr.
Kissinger said that ...`), not the archive's summary, which tells what the document does."""
FIRST_OR_SECOND_PERSON = re.compile(r"\b(?:I|[Ww]e|me|us|[Mm]y|[Oo]urs?|[Yy]ou|[Yy]ours?)\b")
"""Words of a writer or speaker and the one addressed: the archive's summary tells of the
document in the third person; the text's own last paragraph (`We await your reply.`) is no
summary."""
SENTENCE = re.compile(r"[.!?](?:\s|$)")
VERB_WITHIN = 15
"""The telling verb stands among the first words of the summary's first sentence, after its
subject (`Sergo Mikoyan, son and secretary of Anastas Mikoyan, recalls ...`: the ninth)."""
MAX_WORDS = 80
"""The archive's summary is a sentence or two: a longer paragraph is the text's."""


def describes_the_document(text: str, title: str = "", spoken: bool = False) -> bool:
    """Whether `text` reads as the archive's summary by its words alone: prose (`reads_as_summary`)
    of up to `MAX_WORDS`, in the third person, whose first sentence tells what the document does,
    a subject then a verb of `TELLING_VERBS` among its first words (`Mikoyan answers questions
    from the press after his meeting with President Kennedy.`). Not `The Embassy requests
    instructions.`, `The records show that ...`, `We report that ...`, nor a verb's clause after
    `that` that is the text's own reported speech (`_tells_its_own`, asked with the document's
    `title` and whether it is `spoken`: `Embassy recalls that the Minister ...`, `A reliable
    source in Havana reports that ...` ending a bulletin)."""
    opening = _first_words(text)
    if opening is None or REPORTED_SPEECH.search(opening[0]):
        return False
    words = opening[1]
    return any(word in TELLING_VERBS and _verb_after(words[index - 1])
               and (words[index + 1:index + 2] != ["that"]
                    or _tells_its_own(word, words[:index], title, spoken))
               for index, word in enumerate(words[:VERB_WITHIN]) if index)


def _first_words(text: str) -> tuple[str, list[str]] | None:
    """The first sentence of `text` and its first `VERB_WITHIN` + 1 words, stripped of their
    punctuation, where `text` may be the archive's summary: prose (`reads_as_summary`) of up to
    `MAX_WORDS`, opened by a capital, in the third person; None for any other text."""
    if not reads_as_summary(text) or len(text.split()) > MAX_WORDS \
            or FIRST_OR_SECOND_PERSON.search(text) or not text[:1].isupper():
        return None
    first = SENTENCE.split(text, maxsplit=1)[0]
    return first, [word.strip(",;:()\"'“”‘’") for word in first.split()[:VERB_WITHIN + 1]]


def _tells_its_own(verb: str, subject: list[str], title: str, spoken: bool) -> bool:
    """Whether `subject` `verb` that ... tells what the document's own speaker or sender says, as
    the archive's summary does, not what the text reports another saying: never a verb of what
    was said (`SPEECH_VERBS`: `Embassy recalls that ...`); another telling verb after a name the
    document's `title` holds (`Dobrynin reports that ...` under `Telegram from A. Dobrynin to the
    USSR MFA`), or after any subject where the document is `spoken` (a speech, a transcript: its
    words are its speakers', none tells in the third person what another reports). Not `A
    reliable source in Havana reports that ...` ending a bulletin or a memorandum for the record,
    nor `The Ambassador reports that ...` ending a memorandum of conversation."""
    if verb in SPEECH_VERBS:
        return False
    return spoken or _names_one_of(subject, title)


def _names_one_of(subject: list[str], title: str) -> bool:
    """Whether the words of `subject` are a name (in capitals, not opened by an article: not `The
    Ambassador`), an office before it with its small words too (`NAME_LINKS`: `Soviet Ambassador
    to Cuba Alekseev`), whose last word, the surname, is a word of `title` and no title of office
    (not `Ambassador` of `Telegram from Ambassador Dobrynin`)."""
    if not subject or subject[0] in ARTICLES or not subject[0][:1].isupper() \
            or not all(word[:1].isupper() or word in NAME_LINKS for word in subject):
        return False
    surname = subject[-1].rstrip(".")
    return surname[:1].isupper() and surname.upper() not in TITLES \
        and re.search(rf"\b{re.escape(surname)}\b", title) is not None


def _verb_after(word: str) -> bool:
    """Whether a verb may follow `word` in the present tense: not an article, a possessive, a
    modal, a preposition or a participle (`Mikoyan's records`, `the attached report` are
    nouns)."""
    return word.lower() not in NOT_BEFORE_VERB and not word.endswith(("'s", "’s", "ed"))


SUBJECT_LINKS = NAME_LINKS | {"and"}
"""The small words of a subject that names people (`Mikoyan and Castro`, `Ambassador to Cuba
Alekseev`)."""
NOT_PRESENT = frozenset("is has was does this thus its his plus versus whereas as".split())
"""Words in `-s` that tell no present action of the subject (`is`, `has`), or are no verb."""


def present_subject(text: str) -> str:
    """The subject of `text`'s first sentence where it tells in the third person and the present
    tense what someone does, as the archive's summary does, whatever its verb: the capitalized
    words before its first word in small letters, that word a verb in `-s` (`Castro voices his
    disappointment ...` -> 'Castro'), or without it after two subjects (`Mikoyan and Castro
    agree ...`); '' for any other text (`We await ...`, `Castro said ...`, `The talks ended.`,
    `Sergo Mikoyan, son of ...`)."""
    opening = _first_words(text)
    if opening is None:
        return ""
    words = opening[1]
    index = next((index for index, word in enumerate(words)
                  if word[:1].islower() and word not in SUBJECT_LINKS), 0)
    verb, subject = words[index], words[:index]
    plural = "and" in subject
    present = not verb.endswith(("ed", "s")) if plural \
        else verb.endswith("s") and not verb.endswith(("ss", "us"))
    if not index or not present or verb in NOT_PRESENT or not _verb_after(words[index - 1]):
        return ""
    return " ".join(subject)


TYPE_NOUNS = frozenset("""
record records memorandum memoranda minutes notes report reports chronology conversation
conversations transcript telegram telegrams cable cables letter letters information summary
excerpt excerpts message messages protocol
""".split())
"""Nouns naming a kind of record, which the archive's summary opens with when it names the
document rather than tells what it does (`Record of the meeting of ...`, `Notes of ...`)."""
NAMING = re.compile(r"\s+(?:(?:of|on|from|to|between|with|for|about|concerning|regarding)\s"
                    r"|(?:(?:prepared|compiled|drawn\s+up|written)\s+)?by\s+the\s"
                    r"|[a-z]{3,}ing\s)")
"""The words after the type's noun that name what the record is of or whose it is (`Record of`,
`Conversation between`, `Report on`, `Navy memorandum listing ...`); `by` only before a body
(`Chronology prepared by the Office of Naval Intelligence`), not a person (`Notes by V.
Tikhmenev`, a recorder's line)."""
FINITE = frozenset("""
is are was were be been being will would shall should can could may must has have had do does
did not follow follows attached enclosed remain remains show shows say says state states
contain contains confirm confirms indicate indicates suggest suggests reveal reveals include
includes give gives prove proves conclude concludes mention mentions list lists
""".split())
"""Words of a sentence that says something (`Record of the talks will follow.`, `Report of the
commander not received.`, `Record of the meeting confirms this.`): the summary that names the
record has no verb of its own (the record's noun aside: `Notes of ...`)."""
MODIFIERS = 2
"""The most words before the record's noun, none an article, a possessive pronoun or a
preposition (`Handwritten notes of ...`, `Two ciphered telegrams from ...`; not `The record of
...`)."""
MAX_NAMING_WORDS = 40
SHARED_WORDS = 2
"""The words of the document's title a naming summary repeats at least (`Record of the meeting
...` under `Record of the Meeting of ...`; `Chronology prepared by the Office of Naval
Intelligence` under `Chronology of Soviet Naval Movements ...`: the noun and `Naval`)."""


def names_a_record(text: str) -> bool:
    """Whether `text` opens by naming a kind of record (`TYPE_NOUNS`), after up to `MODIFIERS`
    words, and what it is of (`NAMING`): `Record of the meeting ...`, `Conversation between Raúl
    Roa and ...`, `Handwritten notes of ...`; in a capital's sentence (not `The record of ...`)."""
    return _after_naming(text) is not None


def _after_naming(text: str) -> str | None:
    """The words of `text` after its opening that names a record (`names_a_record`: `the meeting
    ...` of `Record of the meeting ...`), or None where it opens no such way."""
    words = text.split(" ", MODIFIERS + 1)
    if not text[:1].isupper():
        return None
    for index, word in enumerate(words[:MODIFIERS + 1]):
        if word.lower() in TYPE_NOUNS:
            rest = " " + " ".join(words[index + 1:])
            match = NAMING.match(rest)
            return rest[match.end():] if match else None
        if word.lower() in NOT_BEFORE_VERB or not word.isalpha():
            return None
    return None


def names_the_document(text: str, title: str) -> bool:
    """Whether `text` reads as the archive's summary naming the document: a phrase of up to
    `MAX_NAMING_WORDS` that names a record (`names_a_record`), with no verb that says something
    (`FINITE`, `REPORTED_SPEECH`), in the third person, repeating `SHARED_WORDS` of the `title`'s
    words (`Record of the meeting of the Soviet and Cuban delegations in Havana.` under `Record of
    the Meeting of the Soviet and Cuban Delegations, 4 November 1962`; `Report of the Chinese
    Embassy in Havana on Cuban public opinion.` under `Memorandum by the Chinese Embassy in Havana
    on Cuban Opinion`). Not `Record of the talks will follow.`, `Notes by V. Tikhmenev.`, nor a
    line of the record's own telling what became of it (`_tells_its_fate`: `Minutes of the
    meeting signed by both delegations.`, `Record of conversation sent to Moscow by telegram.`)."""
    words = [word.lower() for word in re.findall(r"[^\W\d_]+", text)]
    rest = _after_naming(text)
    if not reads_as_summary(text) or len(text.split()) > MAX_NAMING_WORDS \
            or rest is None or FINITE.intersection(words[1:]) or _tells_its_fate(rest) \
            or REPORTED_SPEECH.search(text) or FIRST_OR_SECOND_PERSON.search(text):
        return False
    return len(_content_words(text) & _content_words(title)) >= SHARED_WORDS


PARTICIPLES = frozenset("sent read given handed signed made kept drawn written shown taken seen"
                        .split())
"""The participles not in `-ed` a line of the record's own tells what was done with it by
(`Record of conversation sent to Moscow ...`, `... read and approved by ...`)."""
NOT_PARTICIPLES = frozenset("hundred indeed need speed seed feed creed breed".split())
"""Words in `-ed` that are no participle."""
OWN_WORDS = frozenset({"only", "copy", "copies"})
"""Words of the record's own note of who may read it and its copies (`... for members of the
Presidium only.`, `... in two copies.`, `... copy no. 2.`)."""
_MONTH = "|".join(sorted(ENGLISH_MONTHS, key=len, reverse=True))
DAY_DATE = re.compile(rf"\b(?:on|dated)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
                      rf"(?:{_MONTH})\b|(?:{_MONTH})\.?\s+\d{{1,2}}\b(?!\d))", re.IGNORECASE)
"""A day and its month after `on` (`on 5 November`, `dated November 5`): the day a record was
sent or approved; not the days the record is of (`talks in Havana, 30-31 October 1962`)."""


def _tells_its_fate(rest: str) -> bool:
    """Whether `rest`, the words after a line's opening naming a record, tell what became of the
    record, as the record's own last line does and the archive's summary naming it does not: a
    participle in small letters (`forwarded to Comrade Khrushchev`, `signed by both delegations`,
    `sent to Moscow`: `PARTICIPLES`, `-ed` but `NOT_PARTICIPLES`), who may read it or its copies
    (`OWN_WORDS`), a colon (`...: see attachment.`) or a day's date (`... on 5 November.`)."""
    words = re.findall(r"[^\W\d_]+", rest)
    return ":" in rest or DAY_DATE.search(rest) is not None or any(
        word in PARTICIPLES or word in OWN_WORDS
        or (word.endswith("ed") and len(word) > 4 and word not in NOT_PARTICIPLES)
        for word in words if word.islower() or word.lower() in OWN_WORDS)


def _content_words(text: str) -> set[str]:
    """The words of `text` that carry its matter, folded, a plural's `s` cut: not the small words
    (`NOT_BEFORE_VERB`: `the`, `of`, `on`), nor those of one or two letters."""
    return {word.lower().removesuffix("s") for word in re.findall(r"[^\W\d_]{3,}", text)
            if word.lower() not in NOT_BEFORE_VERB and word.lower() != "and"}
