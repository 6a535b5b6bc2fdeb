"""A speech's author: the speaker its title names, else the one its archive's summary tells of."""

from __future__ import annotations

import re

from .doc_types import SPEECH_FIELD, titled_speech
from .registers import Registers
from .resolve import named_mentions
from .summary_words import ARTICLES, TELLING_VERBS, VERB_WITHIN

SPEECH_WORDS = "Speech|Address|Remarks|Report"
MESSAGE_WORDS = SPEECH_WORDS + "|Statement|Letter|Message|Note|Reply|Proposals?|Declaration"
SPEAKER_IN_TITLE = re.compile(
    rf"\b(?:(?P<speech>{SPEECH_WORDS})\s+(?:by|of)|(?P<message>{MESSAGE_WORDS})\s+by"
    r"|(?P<word>[\w’'.-]+)\s+by)\s+(?P<speaker>[^,;:()]+?)\s*(?:,|;|:|\(|$|\s(?:at|to|on"
    r"|before|in|over|from|delivered|given|Replying|Answering|Responding)\s)")
"""Who a `by` in a speech's title, or an `of` right after the speech's word, introduces, up to a
comma or a word that goes on to the place, the hearers, the topic or the speech replied to:
`Speech by N.S. Khrushchev at ...`, `Address by President Kennedy to ...`, `Speech of Fidel
Castro on ...`, `Radio and Television Report to the American People ... by President Kennedy`,
`Speech by Ambassador Zorin Replying to ...`; not `Address on the Visit of Mikoyan` (`of` after
another word)."""
PARTICIPLE = re.compile(r"(?:\w+ed|Made|Sent|Given|Written|Taken|Held|Read|Drawn|Spoken)")
"""A word whose `by` names who did it, not who speaks: `the Statement Made by ...`, `Sent by`."""


def speech_author(doc_type: str, title: str, type_field: str, summary: str,
                  registers: Registers) -> str:
    """The register ref of the person who gave a speech (a document of no other type whose title
    opens naming one, `doc_types.titled_speech`, or that the archive's Type field calls one,
    `Speech`): the person its title names as the speaker (`SPEAKER_IN_TITLE`), else the one the
    archive's `summary` opens naming as its subject, right before a telling verb (`President
    Kennedy reports that ...`: `_summary_subject`); "" where neither names a registered person,
    and for any other document (a transcript's speakers are its turns')."""
    if not (titled_speech(doc_type, title) or type_field.strip().lower() in SPEECH_FIELD):
        return ""
    speaker = _speaker_in_title(title)
    if speaker is not None:
        return _person_named(speaker, registers)
    return _summary_subject(summary, registers)


def _speaker_in_title(title: str) -> str | None:
    """The words that name the speaker of the speech `title` names (`SPEAKER_IN_TITLE`), the
    first that do; None where none do. A `by` or `of` that belongs to another phrase names no
    speaker of this speech: after a past participle (`the Statement Made by President Kennedy`,
    `PARTICIPLE`) or after a speech's or a message's word that a lower-case word opens (`in Reply
    to the Address by President Kennedy`, `on the Letter by Khrushchev`)."""
    for match in SPEAKER_IN_TITLE.finditer(title):
        before = title[:match.start()].split()[-1:] or [""]
        another = PARTICIPLE.fullmatch(match["word"]) if match["word"] else before[0][:1].islower()
        if not another:
            return match["speaker"]
    return None


def _summary_subject(summary: str, registers: Registers) -> str:
    """The person the summary's first words name, all of them up to its telling verb
    (`summary_words.TELLING_VERBS`, among its first `VERB_WITHIN` words): `President Kennedy
    reports ...`, `Khrushchev informs ...`; not a subject an article opens (`The President
    reports ...`), nor one that names more than the person (`Kennedy's aides report ...`)."""
    words = summary.split()[:VERB_WITHIN]
    verb = next((index for index, word in enumerate(words) if word in TELLING_VERBS), 0)
    subject = " ".join(words[:verb])
    if not subject or words[0] in ARTICLES:
        return ""
    mentions = [m for m in named_mentions(subject, registers) if m.entry.kind == "person"]
    return mentions[0].entry.ref if len(mentions) == 1 and mentions[0].end == len(subject) else ""


def _person_named(words: str, registers: Registers) -> str:
    """The register ref of the one person `words` name, a title of office before the name
    (`President Kennedy`, `N.S. Khrushchev`), "" otherwise."""
    mentions = [m for m in named_mentions(words, registers) if m.entry.kind == "person"]
    return mentions[0].entry.ref if len(mentions) == 1 and mentions[0].end == len(words) else ""
