"""A speech's author: the speaker its title names, else the one its archive's summary tells of."""

from __future__ import annotations

import re

from .doc_types import SPEECH_FIELD, titled_speech
from .registers import Registers
from .resolve import named_mentions
from .summary_words import ARTICLES, TELLING_VERBS, VERB_WITHIN

SPEAKER_IN_TITLE = re.compile(r"\b(?:(?:Speech|Address|Remarks|Report)\s+(?:by|of)|by)\s+"
                              r"(?P<speaker>[^,;:()]+?)\s*(?:,|;|:|\(|$|\s(?:at|to|on|before|in"
                              r"|over|from|delivered|given)\s)")
"""The speaker a speech's title names: after `by`, or `of` right after the speech's word, up to a
comma or a word that goes on to the place, the hearers or the topic: `Speech by N.S. Khrushchev
at ...`, `Address by President Kennedy to ...`, `Speech of Fidel Castro on ...`, `Radio and
Television Report to the American People ... by President Kennedy`; not `Address on the Visit
of Mikoyan` (`of` after another word)."""


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
    for match in SPEAKER_IN_TITLE.finditer(title):
        if (ref := _person_named(match["speaker"], registers)):
            return ref
    return _summary_subject(summary, registers)


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
