"""The full name a document's title gives a speaker's surname label: `BALL` -> `George Ball`."""

from __future__ import annotations

import re

from .name_forms import fold, untitled_tokens
from .person_names import title_or_name
from .registers import Registers

TITLE_WORD = re.compile(r"[^\W\d_][\w’'.-]*")
"""A word of a title, with its inner apostrophes, hyphens and periods (`McGeorge`, `O'Brien`,
`J.`)."""
GIVEN_WORD = re.compile(r"(?:[A-Z]\.)+|[A-Z][^\W\d_]*(?:[’'-][^\W\d_]+)*")
"""A given name or initials as a title spells them: `McGeorge`, `George`, `J.`, `J.F.`."""
LINK_WORDS = frozenset("""
and between with among from to by of for at in on during before after re regarding about
""".split())
"""Little words of a title, in any case, that a participant's name may follow (`Between`, `and`,
`With`): never a given name, and a place where one may begin."""
JOINING_WORDS = ("between", "with", "among", "from", "by")
"""The words of a title that open the list of those who meet (`Conversation between ...`)."""
TOPIC_WORDS = ("on", "about", "regarding", "concerning", "re", "over")
"""The words of a title after which it says what was spoken of (`... on the Pledge of ...`)."""
RECORD_WORDS = frozenset("""
conversation conversations telephone telephones call calls telcon telcons meeting meetings
memorandum memo record records transcript minutes notes note summary talk talks discussion
discussions interview luncheon lunch dinner breakfast session sessions conference excom exec
comm present participants subject message letter telegram cable draft
""".split())
"""Words, in any case, that name the record or the occasion (`Telephone Conversation`, `Excom
Meeting`, `Transcript`): in Title Case they have a given name's shape, but are none."""
BOUNDARY = re.compile(r"\s*[,(;:\u2013\u2014-]\s*$")
"""What ends the text before a name's first word when a mark sets it apart: `, `, ` (`, `: `."""


def spelt_out(title: str, label: str, registers: Registers) -> str:
    """The name the title spells in full for a `label` that is a surname alone (`BALL`, `Mr.
    Ball`): the given names or initials right before that surname in the title, no title, no
    word that is no name and no name of the registers before them (`Telephone Conversation
    between McGeorge Bundy and George Ball` -> `George Ball`); '' where the title names the
    surname with no given name, or in two ways (`Ball and Mr. Ball`, `George Ball and Ann
    Ball`)."""
    words = untitled_tokens(label)
    if len(words) != 1:
        return ""
    found = [match for match in TITLE_WORD.finditer(title)]
    forms = {_given_before(title, found, n, registers) for n, match in enumerate(found)
             if fold(match.group().rstrip(".")) == words[0]}
    return forms.pop() if len(forms) == 1 and "" not in forms else ""


def _given_before(title: str, found: list[re.Match[str]], at: int, registers: Registers) -> str:
    """The words of `found` right before the one at `at`, a space apart, that may be given names
    (`GIVEN_WORD`, no title nor word of ours, `person_names.title_or_name`), up to three, and the
    surname: `George Ball`; '' for none, or where those words do not open the name (`_opens`:
    `Transcript Ball Bundy` spells out no `Ball Bundy`)."""
    start = at
    while start > 0 and at - start < 3 and _given_name(title, found, start - 1, registers):
        start -= 1
    if start == at or not _opens(title, found, start, registers):
        return ""
    return title[found[start].start():found[at].end()].rstrip(".")


def _opens(title: str, found: list[re.Match[str]], at: int, registers: Registers) -> bool:
    """Whether a name may begin at the word at `at` of `found`: the title opens with it, a mark
    sets it apart (`BOUNDARY`: `, George Ball`), or it follows a little word (`LINK_WORDS`:
    `between`, `With`) or a title or word of ours (`Under Secretary George Ball`, `Mr. George
    Ball`); not a word of the record (`Transcript Ball Bundy`) nor a fourth given name."""
    if at == 0 or BOUNDARY.search(title, found[at - 1].end(), found[at].start()):
        return True
    before = found[at - 1].group().rstrip(".")
    return before.casefold() in LINK_WORDS or before.casefold() not in RECORD_WORDS \
        and title_or_name(before, registers)


def _given_name(title: str, found: list[re.Match[str]], at: int, registers: Registers) -> bool:
    """Whether the word at `at` of `found` may be a given name of the name after it: a space
    apart from the next word, a given name's or initials' shape (`GIVEN_WORD`), no little word
    nor word of the record in any case (`LINK_WORDS`, `RECORD_WORDS`: `Between`, `Telephone`,
    `Call`), no title nor word of ours nor name of the registers (`person_names.title_or_name`:
    `President`, `Washington`)."""
    word = found[at].group()
    return title[found[at].end():found[at + 1].start()] == " " \
        and GIVEN_WORD.fullmatch(word) is not None \
        and word.rstrip(".").casefold() not in LINK_WORDS | RECORD_WORDS \
        and not title_or_name(word.rstrip("."), registers)
