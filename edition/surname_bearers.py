"""Another bearer of a speaker's surname the document names (`Robert Kennedy` beside `Kennedy:`)."""

from __future__ import annotations

import re

from .forenames import is_forename
from .label_heads import SENTENCE_OPENERS
from .label_words import TITLE_STOPWORDS
from .name_forms import TITLES, fold, given_agree, tokens, untitled_tokens
from .person_names import another_post
from .register_files import PersonKey
from .registers import Registers, SpeakerMatch

NAMED_BEFORE = r"(?P<given>\b[A-Z][a-z]+|(?<![.\w])[A-Z]\.)(?:\s+[A-Z]\.)?\s+"
"""`Robert `, `R. `, `Robert F. `: a forename or an initial before a surname; not the end of an
abbreviation (`a blow to the U.S. Dorticos said`: no `S. Dorticos`)."""
NOT_FORENAMES = TITLE_STOPWORDS | SENTENCE_OPENERS
"""Words before a surname that name no one, though a dictionary of forenames may hold them."""


def provisional_only(match: SpeakerMatch) -> SpeakerMatch:
    """`match` without the register's persons: the provisional person an earlier turn of the
    label made (`Kennedy` named `Robert Kennedy`), else no one."""
    made = tuple(entry for entry in match.candidates if entry.provisional)
    return SpeakerMatch(made[0] if len(made) == 1 else None, made, "")


def another_bearer(registers: Registers, match: SpeakerMatch, label: str, title: str,
                   texts: list[str]) -> str:
    """What a diagnostic says where `label`, a surname alone that the register reads as one
    person's of `match` (`Kennedy`, a variant of John F. Kennedy's; a provisional person an
    earlier turn made aside), may be another's: the title or the
    text names a person of that surname by a forename or an initial not his (`Robert Kennedy`,
    `R. Kennedy`, `Robert F. Kennedy`) or with a post he never held (`Attorney General Kennedy`:
    `person_names.another_post`); '' where none is named."""
    registered = [entry for entry in match.candidates if not entry.provisional]
    entry = registered[0] if len(registered) == 1 else None
    key = registers.person_key(entry) if entry is not None else None
    words = untitled_tokens(label)
    if key is None or len(label.split()) != 1 or len(words) != 1 \
            or words[0] not in key.surnames:   # `President Kennedy` names his office
        return ""
    surname = label.split()[-1].title()
    for text in (title, *texts):
        for found in re.finditer(rf"\b{re.escape(surname)}\b", text):
            given = re.search(rf"{NAMED_BEFORE}$", text[:found.start()])
            other = given is not None and _names_another(given["given"], key) \
                and not _registered(registers, text[given.start():found.end()])
            if other or another_post(text, found.start(), entry):
                start = given.start() if other else max(0, found.start() - 20)
                return (f"speaker '{label}' reads as {entry.name} ('{entry.id}'), but the "
                        f"document names another: '{text[start:found.end()].strip()}'; not read "
                        f"as his, settle it in the overrides file")
    return ""


def _registered(registers: Registers, name: str) -> bool:
    """Whether `name` (`Sergo Mikoyan`) is a person of the register file, not provisional: a
    namesake the register holds, whom `namesakes` tells apart."""
    entry = registers.find_person(name).entry
    return entry is not None and not entry.provisional


def _names_another(given: str, key: PersonKey) -> bool:
    """Whether `given`, before the surname, is an initial or a forename (`forenames`; not a word
    opening a sentence, `To`, `Here`, nor a title, `Comrade`) not the person's of `key`."""
    forename = given.endswith(".") or (given not in NOT_FORENAMES
                                       and fold(given).upper() not in TITLES
                                       and is_forename(given))
    return forename and not given_agree(tokens(given), key.given)
