"""The register persons a document's list of who was there names: its participants, speaking or
not."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .line_words import MINOR_WORDS, WORD
from .listed_persons import BRACKETED, LIST_BREAKS_KEPT, PRESENCE_HEAD, capitalized
from .name_forms import LISTING_TITLE_OPENING, TITLES
from .person_names import PERSON_TITLES
from .record_fields import PRESENCE_FIELDS, RECORD_FIELDS, heads_a_field_phrase
from .registers import Entry, Registers
from .resolve import named_mentions
from .signer_offices import OFFICE_AND_BODY_WORDS

_NOT = r"(?:not|nicht|non|no|не|nie)"
NOT_THERE = re.compile(rf"^{_NOT}\s", re.IGNORECASE)
"""A head of a list of who was not there (`Not present:`, `Не присутствовали:`, `Nie obecni:`),
whose persons are no participants."""


NOT_THERE_INSIDE = re.compile(rf"(?<=[.;])\s+{_NOT}\s+\w+\s*:", re.IGNORECASE)
"""A list of who was not there after one of who was, on its line (`Present: Fidel Castro. Not
present: Raúl Castro.`): the line ends before it."""
NAME_WORDS = 6
"""The most words of a part of a list of who was there that is a name the registers lack, its
titles with it (`Deputy Prime Minister Blas Roca`)."""
FIELD_HEAD = re.compile(r"(?P<head>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2})\s*:")
OTHER_FIELDS = frozenset(word.casefold() for word in RECORD_FIELDS - PRESENCE_FIELDS)


def _heads_another_field(line: str) -> bool:
    """Whether `line` opens with the head of a field of the record other than a list of who was
    there (`Absent:`, `COPIES TO:`, `Отсутствовали:`), whose names are no participants."""
    field = FIELD_HEAD.match(line)
    return field is not None and (field["head"].casefold() in OTHER_FIELDS
                                  or heads_a_field_phrase(field["head"]))


def persons_present(lines: Iterable[str], registers: Registers) -> list[Entry]:
    """The register persons of `names_present`, without the names the registers lack."""
    return [name for name in names_present(lines, registers) if isinstance(name, Entry)]


def names_present(lines: Iterable[str], registers: Registers) -> list[Entry | str]:
    """The register persons the lines of the head's lists of who was there name
    (`listed_persons.presence_lines`), in their order, each once: every part of a list
    (`Present: Fidel Castro, Raúl Castro, ...`, `Cuban side: ...`, `Soviet side: ...`, a person a
    line under `Participants:`, `Raúl Roa, Minister of Foreign Affairs of Cuba`) that is a
    person's name with at most his titles before it (`_named_alone`); not a list of who was
    not there (`NOT_THERE`: `Not present: ...`) nor one under another field's head (`Absent:`,
    `COPIES TO:`: `_heads_another_field`), up to the next head of who was there; a part
    that is a name the registers lack, in capitalized words (`_unregistered`: `Blas Roca`,
    `Secretary McNamara`), as printed."""
    found: list[Entry | str] = []
    absent = False   # under a head of who was not there, `Absent:`, or of another field
    for line in map(str.strip, lines):
        line = line[:cut.start()] if (cut := NOT_THERE_INSIDE.search(line)) else line
        head = PRESENCE_HEAD.match(line)
        if head is not None:
            absent = bool(NOT_THERE.match(line))
        elif _heads_another_field(line):
            absent = True
        if absent:
            continue
        named = False   # whether the part before names a person
        listing = LISTING_TITLE_OPENING.sub("", line[head.end():], count=1) if head else line
        for parted, item in _parts(BRACKETED.sub("", listing)):
            item = item.strip().rstrip(".").strip()
            entry = _named_alone(item, registers)
            if not entry and named and parted == "," and _an_office(item):
                named = False   # `Raúl Roa, Minister of Foreign Relations`: his office
                continue
            entry = entry or _unregistered(item, registers)
            named = bool(entry)
            if entry and entry not in found:
                found.append(entry)
    return found


def _parts(line: str) -> list[tuple[str, str]]:
    """The parts of a list's `line` (`LIST_BREAK`), each with the break before it ('' first)."""
    pieces = LIST_BREAKS_KEPT.split(line)
    return list(zip(["", *(piece.strip() for piece in pieces[1::2])], pieces[0::2]))


def _an_office(item: str) -> bool:
    """Whether `item` opens with an office's or a title's word and goes on with a small word
    (`Minister of Foreign Relations`, `Ambassador to the UN`): after a name and a comma, the
    office of the person the name is, no other participant (`Secretary Blas Roca` is one)."""
    words = WORD.findall(item)
    return len(words) > 2 and words[0][0].isupper() and not _a_name_word(words[0]) \
        and any(word in MINOR_WORDS for word in words[1:])


def _unregistered(item: str, registers: Registers) -> str:
    """`item` where it is a name the registers lack, in up to `NAME_WORDS` capitalized words
    (`listed_persons.capitalized`: `Blas Roca`, `Secretary McNamara`), a word of them a name's
    (`_a_name_word`: not `The President`, an office alone), and no register entry's name in it
    (`Embassy of Cuba`); '' for words of a sentence (`and others`, `Mikoyan said that ...`)."""
    words = item.split()
    if not 0 < len(words) <= NAME_WORDS or not capitalized(item) \
            or not any(map(_a_name_word, WORD.findall(item))) or registers.mention_spans(item):
        return ""
    return item


def _a_name_word(word: str) -> bool:
    """Whether `word` may be a name's: no office's or body's word, title or little word (`The
    President`, `Secretary of State`, `Interpreter` name no one)."""
    folded = word.casefold()
    return folded not in OFFICE_AND_BODY_WORDS and folded not in PERSON_TITLES \
        and folded.upper() not in TITLES and folded not in MINOR_WORDS


def names_unheard(names: Iterable[Entry | str], speakers: Iterable[str]) -> list[str]:
    """The `names` as printed (not the register's entries) whose last word is no last word of
    the names of `speakers`, the participants who speak (`Secretary of State Rusk` beside a
    provisional `Dean Rusk` who speaks is he)."""
    spoken = {name.split()[-1].casefold() for name in speakers if name.split()}
    return [name for name in names
            if isinstance(name, str) and name.split()[-1].casefold() not in spoken]


def _named_alone(item: str, registers: Registers) -> Entry | None:
    """The register person whose name ends the list's part `item`, nothing before it but
    capitalized words, a title or an office (`Prime Minister Fidel Castro`, `Interpreter
    Bazykin`, `A. I. Mikoyan`); none for words of a sentence (`Mikoyan said that ...`), an office
    alone (`The President`), a name the registers lack or read as another's (`Attorney General
    Kennedy` is not the President: `resolve.named_mentions`)."""
    for mention in named_mentions(item, registers):
        entry = mention.entry
        if entry is not None and entry.kind == "person" and not entry.provisional \
                and mention.end == len(item) and capitalized(item[:mention.start]):
            return entry
    return None
