"""The persons a document's head lists as there: `Present: Brezhnev, Kosygin`, `Mr. Georgi
Kornienko, Counselor of the Soviet Embassy` -> (forenames, surname) each."""

from __future__ import annotations

import re

from .alphabets import UPPER
from .letter_forms import NAME_PARTICLES
from .name_forms import (LISTING_TITLE_OPENING, NAME_TITLES, OFFICE_OF, listed_name, names_listed,
                         tokens)
from .record_fields import PRESENCE_FIELDS
from .label_words import FIRST_PERSON, REPLY_WORDS
from .speakers import colon_label, loose_label, match_label

LIST_BREAK = re.compile(r"[,;:]|\s+and\s+")
"""What parts the persons a list names: `Present: Mr. Bundy, Mr. Rusk and Ambassador Thompson`."""
LIST_BREAKS_KEPT = re.compile(f"({LIST_BREAK.pattern})")
"""`LIST_BREAK` captured: a split by it keeps each break between the parts."""
PRESENCE_HEAD = re.compile(rf"^(?:(?:\w+\s+)?(?:{'|'.join(sorted(PRESENCE_FIELDS))})"
                           rf"|(?:(?:on|from|for)\s+the\s+)?(?-i:[{UPPER}])[^\W\d_]+\s+"
                           r"(?:side|delegation))\s*:", re.IGNORECASE)
"""`Present:`, `Chinese participants:`, `Присутствовали:`, `PRESENT:`, and a delegation's,
`Cuban side:`, `Soviet delegation:`, `On the Soviet side:`: the head of the record's list of who
was there, whose every name is a participant's, with no title (`Present: Brezhnev, Kozlov,
Kosygin`)."""
BRACKETED = re.compile(r"\[[^\[\]]*\]")
OFFICE_LINKS = frozenset("of the for and to in at on".split()) | NAME_PARTICLES
"""The small words inside an office (`President of the Republic`, `Presidente de la República`)."""
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


def listed_names(text: str, lines: tuple[str, ...],
                 continued: bool = False) -> list[tuple[tuple[str, ...], str]]:
    """(forenames, surname) of each person the paragraph `text` of source `lines` lists
    (`SpeakerLookup.participants`); under a head alone on its line (`Participants:`), a person
    a line (`The President` / `Secretary of State Rusk`), whose line ends the name, and so in
    the paragraphs that go on with such a list (`continued`: `continued_lists`, `Participants:`
    / `Fidel Castro` / `Raúl Roa, Minister of Foreign Affairs of Cuba`), names with no title."""
    presence = PRESENCE_HEAD.match(text)
    if presence is not None and len(lines) > 1 and PRESENCE_HEAD.fullmatch(lines[0].strip()):
        parts = [part for line in lines[1:] for part in LIST_BREAK.split(BRACKETED.sub("", line))]
    elif presence is not None:
        listing = LISTING_TITLE_OPENING.sub("", text[presence.end():], count=1)
        parts = LIST_BREAK.split(BRACKETED.sub("", listing))
    else:
        parts = [part for line in lines for part in LIST_BREAK.split(line)]
    found = []
    for part in filter(capitalized, map(str.strip, parts)):
        listed = listed_name(part)
        if listed is None and (presence is not None or continued) \
                and 0 < len(words := tokens(part)) <= 4:
            listed = words[:-1], words[-1]   # `Present: Brezhnev, Kosygin`
        if listed is not None:
            found.append(listed)
    return found


def presence_lines(paragraphs: list[tuple[str, ...]]) -> list[str]:
    """The lines of the head's lists of who was there among `paragraphs` (their source lines):
    each paragraph a presence head opens (`PRESENCE_HEAD`: `Present: President Kennedy, ...`),
    and after a head alone in its paragraph (`PARTICIPANTS:`), the paragraphs of names that
    follow it, each line of capitalized words (`capitalized`: `President Kennedy` / `Secretary
    Rusk`) or a name and an office (`named_with_office`: `Raúl Roa, Minister of Foreign
    Affairs of Cuba`), up to the first that is not (`Subject: Reply to President Kennedy`)."""
    continued = continued_lists(paragraphs)
    return [line for n, lines in enumerate(paragraphs)
            if n in continued or lines and PRESENCE_HEAD.match(lines[0].strip())
            for line in lines]


def continued_lists(paragraphs: list[tuple[str, ...]]) -> frozenset[int]:
    """The indexes of `paragraphs` (their source lines) that go on with a list of who was there
    after its head alone in its paragraph (`PARTICIPANTS:`): each line of capitalized words or a
    name and an office, up to the first paragraph that is not (`presence_lines`)."""
    found: set[int] = set()
    listing = False
    for n, lines in enumerate(paragraphs):
        if lines and PRESENCE_HEAD.match(lines[0].strip()):
            listing = len(lines) == 1 and PRESENCE_HEAD.fullmatch(lines[0].strip()) is not None
        elif listing and lines and all(capitalized(line.strip().rstrip(".,;"))
                                       or named_with_office(line) for line in lines):
            found.add(n)
        else:
            listing = False
    return frozenset(found)


def named_with_office(line: str) -> bool:
    """Whether `line` is a person's name of two to five capitalized words, a comma and what he
    is, in capitals first (`Raúl Roa, Minister of Foreign Affairs of Cuba`): a list's line."""
    name, comma, office = line.strip().partition(",")
    return bool(comma) and 1 < len(name.split()) <= 5 and capitalized(name) \
        and office.strip()[:1].isupper()


def capitalized(words: str) -> bool:
    """Whether every word of `words` opens with a capital, or is a name's particle (`de`) or a
    small word between two titles of an office (`Secretary of State Rusk`: `OFFICE_OF`; not
    `Counselor of the Soviet Embassy`, whose `Soviet` is no title)."""
    split = words.split()
    return all(word[:1].isupper() or word in NAME_PARTICLES or _inside_office(split, n)
               for n, word in enumerate(split))


def _inside_office(words: list[str], at: int) -> bool:
    """Whether `words[at]` is a small word of an office (`of`, `the`) that a title follows, past
    other such words, and no word opening them: `Secretary of State`, not `of State`."""
    after = next((word for word in words[at:] if word.upper() not in OFFICE_OF), "")
    return at > 0 and words[at].upper() in OFFICE_OF and after.lower() in NAME_TITLES


def list_item(text: str, listed: list[tuple[tuple[str, ...], str]],
              trusted: frozenset[str] = frozenset()) -> bool:
    """Whether `text`, in a document's head, is an item of its list of persons, not a turn: one
    of the `listed` persons before a colon and what he is, no sentence (`describes_person`):
    `Dorticos: President of the Republic` under `Present: Dorticos, Guevara, Rodriguez.`; its
    label read with the labels the document trusts (`speakers.trusted_labels`), as its turns'
    are (`K: Assistant to the President` under `Present: K, D` where `K:` recurs)."""
    label = match_label(text, trusted) or loose_label(text) or colon_label(text)
    return label is not None and label.kind == "turn" and label.mark == ":" \
        and describes_person(text[label.rest:]) \
        and any(names_listed(label.name or label.label, person) for person in listed)


def list_items(texts: list[str], source_lines: list[tuple[str, ...]], first_label: int,
               trusted: frozenset[str] = frozenset()) -> frozenset[int]:
    """The indexes in `texts` of the items of a list of persons (`list_item`, reading labels
    with the document's `trusted` ones) that follow it, one after another: the list a paragraph
    before `first_label` (the first a turn's label opens, as `match_label` reads it), its persons
    those it and the paragraphs before it list (`listed_names`)."""
    items: set[int] = set()
    listed: list[tuple[tuple[str, ...], str]] = []
    listing = False
    for position, (text, lines) in enumerate(zip(texts, source_lines)):
        if listing and list_item(text, listed, trusted):
            items.add(position)
            continue
        if position >= first_label:
            break
        found = listed_names(text, lines)
        listed.extend(found)
        listing = bool(found)
    return frozenset(items)


def describes_person(words: str) -> bool:
    """Whether `words`, after a listed person's name and a colon, describe the person rather than
    say something: no first person (`FIRST_PERSON`), and no sentence (no period, question or
    exclamation mark at the end: `President of the Republic`, `Minister of Industries`) or an
    office of two capitalized words or more and the small words between them (`President of the
    Republic.`, `Ministro de Industrias.`); not `Thank you.`, `La firma no es posible.`,
    `President of Cuba since 1959.`, nor words a speech opens with (`REPLY_WORDS`: `Hello,
    Anatoly.`)."""
    words = words.strip()
    if not words[:1].isupper() or FIRST_PERSON.search(words) \
            or words.split()[0].strip(",.!?") in REPLY_WORDS:   # `Hello, Anatoly.`
        return False
    if not SENTENCE_END.search(words):
        return True
    office = SENTENCE_END.sub("", words).split()
    return len(office) >= 2 and all(word[:1].isupper() or word in OFFICE_LINKS
                                    for word in office)
