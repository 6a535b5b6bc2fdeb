"""Another bearer of a speaker's surname the document names (`Robert Kennedy` beside `Kennedy:`)."""

from __future__ import annotations

import re
from collections.abc import Container

from .forenames import is_forename
from .label_heads import SENTENCE_OPENERS
from .label_words import TITLE_STOPWORDS
from .name_forms import TITLES, fold, given_agree, tokens, untitled_tokens
from .person_names import LETTERED_WORDS, NOT_NAMES, OPENERS_BEFORE_NAMES, another_post
from .register_files import Entry, PersonKey
from .registers import Registers, SpeakerMatch

NAMED_BEFORE = r"(?P<given>\b[A-Z][a-z]+|(?<![.\w])[A-Z]\.)(?:\s+[A-Z]\.)?\s+"
"""`Robert `, `R. `, `Robert F. `: a forename or an initial before a surname; not the end of an
abbreviation (`a blow to the U.S. Dorticos said`: no `S. Dorticos`)."""
NAMED_JUST_BEFORE = re.compile(rf"{NAMED_BEFORE}$")
"""`NAMED_BEFORE` ending where it is searched to: no match holds more than two words."""
NOT_FORENAMES = TITLE_STOPWORDS | SENTENCE_OPENERS | OPENERS_BEFORE_NAMES | NOT_NAMES \
    | LETTERED_WORDS
"""Words before a surname that name no one, though a dictionary of forenames may hold them
(`Tell Khrushchev to come`, `See Tab A. Alekseev's report`)."""
MONOGRAMS = {"RFK": ("Robert", "Kennedy"), "JFK": ("John", "Kennedy"),
             "EMK": ("Edward", "Kennedy"), "LBJ": ("Lyndon", "Johnson")}
"""The initials the papers of the 1960s name men by -> the forename and surname they stand for:
`RFK` in a title or a text names a Kennedy who is not John F. Kennedy."""
MONOGRAM_WORDS = {monogram: re.compile(rf"\b{monogram}\b") for monogram in MONOGRAMS}
"""Each of `MONOGRAMS` as a word of its own in a text."""
POST_ALONE = re.compile(r"(?<![\w.])(?i:the)\s+(Attorney General|Vice[- ]President)(?!\s+[A-Z])")
"""A post of `POSTS` a title names its holder by, no name after it (`between the Attorney
General and Ambassador Dobrynin`): not `President`, which other offices hold too."""
PRESIDENT = re.compile(r"(?<![\w-])(?<!Vice )President\b(?!\s+of\s+the\s+(?:Council|Assembly))")
"""A head of state's post, as his occupation opens with it and a title names him by it."""


def monogram_person(registers: Registers, label: str) -> Entry | None:
    """The registered person a label of a monogram alone stands for (`JFK:` of an ExComm
    transcript: John F. Kennedy, by the forename and surname of `MONOGRAMS`), None for another
    label or a man the registers lack (`RFK`, `LBJ`)."""
    named = MONOGRAMS.get(label)
    return registers.registered_person(" ".join(named)) if named else None


def another_bearer(registers: Registers, match: SpeakerMatch, label: str, title: str,
                   texts: list[str], common_words: Container[str] = frozenset(),
                   initials: bool = True) -> str:
    """What a diagnostic says where `label`, a surname alone that the register reads as one
    person's of `match` (`Kennedy`, a variant of John F. Kennedy's; a provisional person an
    earlier turn made aside), may be another's: the title or the
    text names a person of that surname by a forename or an initial not his (`Robert Kennedy`,
    `R. Kennedy`, `Robert F. Kennedy`), by a monogram not his (`RFK`: `MONOGRAMS`) or with a
    post he never held (`Attorney General Kennedy`: `person_names.another_post`), or the title
    names a post he never held alone, not him (`between the Attorney General and Ambassador
    Dobrynin`: `_by_post_alone`); '' where none is named. Without `initials`, an initial
    alone in a text is no sign (`option B. Kennedy agreed`), in the title it is."""
    entry = match.registered
    key = registers.person_key(entry) if entry is not None else None
    words = untitled_tokens(label)
    if key is None or len(label.split()) != 1 or len(words) != 1 \
            or words[0] not in key.surnames:   # `President Kennedy` names his office
        return ""
    surname = label.split()[-1].title()
    named = _by_monogram(surname, key, (title, *texts)) or _by_post_alone(registers, title, entry)
    if named:
        return (f"speaker '{label}' reads as {entry.name} ('{entry.id}'), but the document "
                f"names another who may bear it: '{named}'; not read as his, settle it in the "
                f"overrides file")
    pattern = _whole_word(surname)
    for text in (title, *texts):
        if surname not in text:   # much faster than the search
            continue
        for found in pattern.finditer(text):
            given = _named_before(text, found.start())
            if given is not None and given["given"].endswith(".") and not initials \
                    and text is not title:
                continue   # `option B. Kennedy agreed`: an initial alone says too little
            other = given is not None and _names_another(given["given"], key, common_words) \
                and registers.registered_person(text[given.start():found.end()]) is None
            # `Sergo Mikoyan`, a namesake the register holds, is told apart by `namesakes`
            if other or another_post(text, found.start(), entry):
                start = given.start() if other else max(0, found.start() - 20)
                return (f"speaker '{label}' reads as {entry.name} ('{entry.id}'), but the "
                        f"document names another: '{text[start:found.end()].strip()}'; not read "
                        f"as his, settle it in the overrides file")
    return ""


def _whole_word(word: str) -> re.Pattern[str]:
    """`\\bword\\b`; for a word opening with a word character, the boundary before it as a
    lookbehind after its first letter, so that `re` skips to that letter (`\\b` first, it tries
    every place of the text)."""
    first, rest = re.escape(word[0]), re.escape(word[1:])
    if not re.match(r"\w", word):
        return re.compile(rf"\b{first}{rest}\b")
    return re.compile(rf"{first}(?<!\w{first}){rest}\b")


def _named_before(text: str, end: int) -> re.Match[str] | None:
    """`NAMED_BEFORE` ending at `end`, searched from 80 characters before it when they hold
    three words (a match cannot reach past two), else from the text's start."""
    start = max(0, end - 80)
    if len(text[start:end].split(maxsplit=2)) < 3:
        start = 0
    return NAMED_JUST_BEFORE.search(text, start, end)


def _names_another(given: str, key: PersonKey, common_words: Container[str]) -> bool:
    """Whether `given`, before the surname, is an initial or a forename (`forenames`; not a word
    opening a sentence, `To`, `Here`, nor a title, `Comrade`, nor a word the text writes in
    lower case, `common_words`) not the person's of `key`."""
    forename = given.endswith(".") or (given not in NOT_FORENAMES
                                       and given.lower() not in common_words
                                       and fold(given).upper() not in TITLES
                                       and is_forename(given))
    return forename and not given_agree(tokens(given), key.given)


def _by_monogram(surname: str, key: PersonKey, texts: tuple[str, ...]) -> str:
    """The monogram in `texts` (`MONOGRAMS`) of another man of `surname` than the person of
    `key` (`RFK` for John F. Kennedy's), '' where none."""
    for monogram, (forename, bearer) in MONOGRAMS.items():
        if bearer == surname and not given_agree(tokens(forename), key.given) \
                and any(monogram in text and MONOGRAM_WORDS[monogram].search(text)
                        for text in texts):   # `in`: most texts hold no monogram
            return monogram
    return ""


def _by_post_alone(registers: Registers, title: str, entry: Entry) -> str:
    """The post the title names a party by alone (`POST_ALONE`: `the Attorney General`) where
    `entry` is a president (`PRESIDENT`) the title names neither by his post nor by his name: a
    title naming its parties so would say `the President` had he taken part (`between the
    President and the Attorney General`, `between President Kennedy and the Vice President`
    do); '' where none. Another person's label the title does not name says nothing: a third
    may join any meeting."""
    post = POST_ALONE.search(title)
    if post is None or not PRESIDENT.match(entry.role) or PRESIDENT.search(title):
        return ""
    if any(named is entry for *_, named in registers.mention_spans(title)):
        return ""
    return post.group()


class NamedApart:
    """Whether a document names another bearer of a register person's surname (`another_bearer`
    over its title and paragraphs: `Robert Kennedy`, `R. Kennedy`, `RFK`, `the Attorney
    General`; an initial alone in the text too little: `_anothers_initials`), asked once a
    person: his surname alone in its text is then no more his than a label of it is
    (`Resolver.named_apart`)."""

    def __init__(self, registers: Registers, title: str, texts: list[str],
                 common_words: Container[str] | None) -> None:
        self.registers, self.title, self.texts = registers, title, texts
        self.common_words = frozenset() if common_words is None else common_words
        self._answers: dict[str, bool] = {}

    def __call__(self, entry: Entry) -> bool:
        if entry.id not in self._answers:
            self._answers[entry.id] = bool(entry.surname) and bool(another_bearer(
                self.registers, SpeakerMatch(entry, (entry,), ""), entry.surname, self.title,
                self.texts, self.common_words, initials=False))
        return self._answers[entry.id]
