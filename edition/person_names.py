"""A register person's surname in the text: where the name begins, or the signs it is another's.

    Ambassador Anatoly F. Dobrynin -> the name begins at `Anatoly` (the person's given names)
    Mrs. Kennedy, Robert F. Kennedy, Kennedy Library, THE BALL IS NOW -> none of the person's
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable

from .forenames import LETTERED_WORDS, is_forename
from .given_before import another_persons_given
from .given_names import given_names_contradict, given_names_fit, initials_contradict
from .name_forms import NAME_TITLES, TITLES, fold
from .name_regex import capitalised_words
from .registers import Entry, Registers

NOT_NAMES = frozenset("""
I A The This That These Those It We You He She They Our Your His Her Their My In On At Of For
And But Or If When While After Before Since So Then There Here As By From To With Without Yes No
Comrade Comrades Com Mr Mrs Ms Dr President Minister Ambassador Chairman Secretary General Premier
Government Party Council Article Protocol Document Documents Soviet Soviets American Americans
Cuban Cubans Chinese Russian Russians Latin Central Western Eastern Northern Southern Caribbean
Marxist Marxists Leninist Communist Communists Socialist Socialism Revolution Revolutionary
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday God Embassy Department State States
Ministry Foreign Affairs Tab Subject Dear Sincerely Lord Sir King Queen Prince Duke Lady Mister
""".split())
"""Capitalized words that are no names: not reported as unresolved (`resolve`), nor a forename
before a surname (`title_or_name`)."""
PERSON_TITLES = NAME_TITLES | {title.lower() for title in TITLES} \
    | {"interpreter", "counsellor", "advisor"}
"""Titles and offices, lower case, that stand before a surname without being a forename:
nameparser's 800 or so (`minister`, `assistant`, `translator`), those a speaker's label may open
with (`name_forms.TITLES`: `comrade`, `chairman`, `marshal`, `amb`, `cde`, `tow`, which it lacks),
and the few a delegation's list puts before a name that nameparser lacks (`Interpreter Bazykin`,
the British `Counsellor`, `Advisor` beside its `counselor`, `adviser`), one list for labels and
names in the text (`MARSHAL MALINOVSKY`, `Marshal Malinovsky`)."""
WORD_TITLES = frozenset({"tow", "m"})
"""Titles (`PERSON_TITLES`) that are also a word or a letter: a title before a name only with
their period (`Tow. Gomułka`, `M. Couve`), not `THE TRUCKS TOW BALL BEARINGS`, `PLAN M BALL`."""
OPENERS_BEFORE_NAMES = frozenset("Did Does Do Has Have Had Is Was Were Are Can Could Should "
                                 "Would Must Shall Will Might May Let Tell Ask Take Said "
                                 "Even Just Soon Here So Oh In On To Per The His My He You "
                                 "Major General Judge King".split())
"""Words that open a question or a request right before a name (`Will Khrushchev agree?`, `Tell
Mikoyan`), or a statement (`Even Khrushchev could not`, `Said Mikoyan:`, `Soon Castro`, `In
Havana`, `The Kennedy letter`), and titles (`Major`, `King`), that the forename dictionary also
knows as forenames (`Will`, `Even`, `Said`): no forename opening a sentence."""
LOWER_CASE_LETTERS = re.compile("[a-z]+")
"""A word in lower case, whole (`WordsInLowerCase`): `during`, not `cember` of `De-cember`."""
WOMEN_TITLES = frozenset("Mrs Miss Ms Madame Mme Señora Sra".split())
"""Titles that name a woman: before a man's surname alone, they name someone else (his wife)."""
WORD_BEFORE = re.compile(r"(?:^|(.)\s*)\b([A-Z][^\W\d_]*)(\.?)\s+$")
"""The word just before a name, the last character before that word and a period after it."""
GIVEN_BEFORE = re.compile(r"(?<![\w.])(?:[A-ZА-ЯЁ]\.\s?|[A-ZА-ЯЁ][^\W\d_]+\s+){1,4}$")
"""Initials and capitalized words right before a name, which may be given names: `N.S. `
(`N.S. Khrushchov`), `A. ` (`A. Dobrynin`), `Ambassador Anatoly F. ` (`Dobrynin`), in Latin or
Cyrillic letters (`Н. С. ` of `Н. С. Хрущев`)."""
GIVEN_WORD = re.compile(r"(?<![\w.])[A-ZА-ЯЁ]")
"""Where a word of `GIVEN_BEFORE` begins: not inside a word nor after a period (`S.` of `U.S.`)."""
INITIAL_LAST = re.compile(r"(?<!\w)[A-Z]\.\s*$")
"""An initial ending the words before a name: `M. ` of `Edward M. Kennedy`."""
FORENAME = re.compile(r"[A-Z][^\W\d_]+")
"""A capitalized word of two letters or more, no initial: `Edward` of `Edward M. Kennedy`."""
GLUED_INITIALS = re.compile(r"(?<![\w.])(?:(?:[A-Z]\.)+|(?:[A-Z]\.[ \t])+)$")
"""Initials right before a name's first one, written against it (`V.` of `V.V. Tikhmenev`, whose
register form `V. Tikhmenev` is found from the second `V`) or each a space apart, as the name's
own are (`S. ` of `S. A. Mikoyan`, found as `A. Mikoyan`); not letters written together and then
a space, an abbreviation ending the sentence before the name (`the U.S. A. Mikoyan`, `5 P.M. A.
Mikoyan`, `Washington, D.C. A. Mikoyan`)."""
ONE_LETTER = re.compile(r"[A-Z]\.(?!\s*[A-Z]\.)\s*")
"""A single letter opening a name, with its period: `A. ` of `A. Dobrynin`, not `N.S. `."""
POSTS = {"attorney general": "attorney general", "senator": "senat", "sen.": "senat",
         "vice president": "vice president", "congressman": "congressman", "mayor": "mayor"}
"""Offices one holds in person, as written before a surname and read as an occupation is
(`occupation_words`: `Vice-President` -> `vice president`) -> as a register's `occupation` says
them (`senat` for `Senator` and `the Senate Foreign Relations Committee`): a
mention after one of them that the person's occupation does not name is another's (`Attorney
General Kennedy` is not the President's); a rank or a courtesy title (`General`, `Mr.`,
`Ambassador`) is no such sign, nor is `President`, which other offices hold too, nor `Governor`,
which American usage keeps for life (FRUS's `Governor Stevenson` is the Ambassador)."""
POST_BEFORE = re.compile(r"(?<![\w.])(Attorney General|Vice[- ]President|Congressman|Senator"
                         r"|Mayor|Sen\.)\s+$", re.IGNORECASE)
"""A post of `POSTS` right before a name, in any case: `Attorney General `, `SENATOR `,
`Vice-President `."""
QUALIFIERS = {"vice": ("vice", "deputy"), "deputy": ("vice", "deputy"),
              "assistant": ("assistant",)}
"""Words that make an office before them another's, its deputy's or assistant's (`Vice
President`, `Deputy Prime Minister`) -> the words of a register's `occupation` that say the
person holds such an office (`Deputy` and `Vice` are one: `Vice Premier Mikoyan` is the `First
Deputy Chairman`'s). Not `Acting`, which holds the office, nor `Under`, also a preposition
(`Under President Kennedy`)."""
QUALIFIED_BEFORE = re.compile(r"(?<![\w.-])(Vice|Deputy|Assistant)(?:-\s*|\s+)"
                              r"((?:[A-Z][a-z]+(?:-|\s+)){0,3})$")
"""A qualifier of `QUALIFIERS`, capitalized, and the capitalized words of an office after it,
right before a name: `Vice `, `Deputy Prime Minister `, `Vice-President `."""
INSTITUTIONS = """Library Center Centre Institute Foundation Museum Mausoleum Memorial University
College School Academy Hospital Airport Stadium Prize Award Fund Square Street Avenue Boulevard
Prospekt Bridge Park Hall House Hills Station""".split()
"""Head words of the name of an institution, a building or a place named after a person, or
whose first word is a surname: a person's name before one of them is part of that name
(`Kennedy Library`, `Lenin Mausoleum`, `the White House`, `Blair House`), not the person."""
INSTITUTION_QUALIFIERS = "Presidential National International State Space Peace Public Central".split()
INSTITUTION_AFTER = re.compile(r"\s(?:(?:{0})\s){{0,2}}(?:{1})\b(?!\s+(?:Day|DAY)\b)".format(
    capitalised_words(INSTITUTION_QUALIFIERS),
    capitalised_words(INSTITUTIONS)))
"""After a person's name, the rest of an institution's name: ` Library`, ` Presidential Library`,
` State Library`, ` LIBRARY`; not a day's name (`Kennedy Memorial Day address` is his)."""

ORDER_BEFORE = re.compile(r"(?<![\w.])(?:Order[ \t]+of|Orden(?:[ \t]+de)?)[ \t]+$")
"""An order of merit named after a person, right before the name: `Order of ` (`the Order of
Lenin`), Spanish `Orden ` (`Orden Lenin`, `Orden de Lenin`): a decoration, not the person; in
lower case a command (`by order of Khrushchev`) that names him."""


class WordsInLowerCase:
    """The words `texts` write in lower case, whole (`LOWER_CASE_LETTERS`, no letter, digit,
    apostrophe or hyphen before or after them): such a word opening a sentence capitalized is
    that word, no forename (`During Mikoyan's visit` in a text that has `during`), as a
    forename is never written so. Asked one word at a time (`word in words`), it searches the
    texts for the word once: few are asked (`_opens_a_sentence`), and listing them all cost a
    twentieth of a document's encoding."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._text = "\n".join(texts)   # no line break in or around a word
        self._found: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        if word not in self._found:
            self._found[word] = LOWER_CASE_LETTERS.fullmatch(word) is not None and re.search(
                # the lookbehind after the first letter lets `re` skip to that letter
                rf"{word[0]}(?<![\w'’-]{word[0]}){word[1:]}(?![\w'’-])", self._text) is not None
        return self._found[word]


def _someone_else(text: str, start: int, entry: Entry, registers: Registers,
                  common_words: Container[str] | None = frozenset()) -> bool:
    """Whether a surname standing alone at `start` is someone else's than the register's bearer,
    by the word before it: a woman's title ("Mrs. Kennedy"); a given name the registers know for
    another person only ("Vladimir Kuznetsov"); or a capitalized word that is no title or office
    (nameparser's list and ours: "Chairman of the Council of Ministers Khrushchev", "Assistant
    Kissinger") and no name of the registers ("and Moscow Khrushchev"), so a forename ("with
    Robert Kennedy"): inside a sentence any such word, opening one in an English text one that
    is no word opening a sentence (`_opens_a_sentence`: "Robert Kennedy said", not "Then
    Kennedy", "Yesterday Kennedy", nor a word of the text's `common_words`, those it writes in
    lower case); in another language (`common_words` None) the first word of a sentence says
    nothing. A word in capitals is none, whose capital says nothing ("SAID KHRUSHCHEV", "the
    CIA"). Or a post the person's occupation does not name (`another_post`: "Attorney General
    Kennedy")."""
    if another_post(text, start, entry) or under_a_deputys_office(text, start, entry, False):
        return True
    match = _word_before(text, start)
    if match is None:
        return False
    before, word, period = match.groups()
    if word.capitalize() in WOMEN_TITLES:
        return True
    if period:   # "Gen. Pliev"; or the word ends a sentence: "in Havana. Fidel"
        return False
    if registers.forename_of_another(word, entry):
        return True
    if len(word) == 1 or word.isupper() or title_or_name(word, registers):
        return False
    if before is not None and before not in ".!?:\"“":   # inside a sentence
        return True
    return common_words is not None and not _opens_a_sentence(word, common_words)


def _opens_a_sentence(word: str, common_words: Container[str]) -> bool:
    """Whether `word`, which opens a sentence right before a surname, is no forename: one the
    forename dictionary does not know (`Following`, `Despite`, `Why`, `Study`: `forenames`), or
    one it knows that opens a question or a request (`OPENERS_BEFORE_NAMES`: `Will`, `Tell`) or that
    the text writes in lower case (`common_words`: `Mark` where it says `mark`)."""
    return not is_forename(word) or word in OPENERS_BEFORE_NAMES or word.lower() in common_words


def another_post(text: str, start: int, entry: Entry) -> bool:
    """Whether a post of `POSTS` stands right before the name at `start` (`POST_BEFORE`) that the
    register's occupation of the person `entry` does not name: "Attorney General Kennedy",
    "Senator Kennedy" for John F. Kennedy, President of the United States (a register form
    `Senator Kennedy` of his, in an edition of his senate years, would be found whole and link
    him); no sign where the register gives no occupation, which says nothing then."""
    post = POST_BEFORE.search(text, max(0, start - 20), start)
    if post is None or not entry.role or not post.group(1)[0].isupper():
        return False
    office = POSTS.get(occupation_words(post.group(1)), "")
    return bool(office) and office not in occupation_words(entry.role)


def under_a_deputys_office(text: str, start: int, entry: Entry, office_in_name: bool) -> bool:
    """Whether the name at `start` follows an office with a qualifier (`QUALIFIED_BEFORE`) that
    the register's occupation of `entry` does not hold (`QUALIFIERS`): `Vice President Kennedy`,
    where the register form `President Kennedy` (`office_in_name`) opens the name, and `Deputy
    Prime Minister Nehru` are not the President's nor the Prime Minister's; `Deputy Premier
    Mikoyan` stays the First Deputy Chairman's. Every word between is an office's (`Vice Admiral
    Kennedy` is not his either); a qualifier alone before a surname says nothing (`Deputy
    Kennedy`), nor does an occupation the register does not give."""
    found = QUALIFIED_BEFORE.search(text, max(0, start - 50), start)
    if found is None or not entry.role:
        return False
    words = found.group(2).replace("-", " ").split()
    if not (words or office_in_name) or not all(_is_title(word) for word in words):
        return False
    held = occupation_words(entry.role).split()
    return not any(word in held for word in QUALIFIERS[found.group(1).lower()])


def occupation_words(occupation: str) -> str:
    """A register's `occupation` in lower case, its hyphens and runs of spaces one space, as
    `POSTS` names the offices: `Vice-President of ...` -> "vice president of ..."."""
    return re.sub(r"[-\s]+", " ", occupation.lower())


def _word_before(text: str, start: int) -> re.Match[str] | None:
    """`WORD_BEFORE` a name at `start`: the capitalized word just before it, within the 40
    characters there. (`_someone_else` asks for the word before a surname, `_past_anothers_letter`
    for the one before its initial: one search each, at two places.)"""
    return WORD_BEFORE.search(text, max(0, start - 40), start)


def person_start(text: str, start: int, end: int, entry: Entry, registers: Registers,
                  speaks: bool = False, named_before: bool = False,
                  common_words: Container[str] | None = frozenset()) -> int | None:
    """Where the name of the person `entry` found at `start`..`end` begins: before the given names
    of the person right before a surname alone (`_given_start`), after a letter that is another
    word's (`_past_anothers_letter`); None where the name is not the person's: it opens an
    institution's (`Kennedy Library`) or ends an order's (`Order of Lenin`), the word before it says
    it is someone else's (`_someone_else`: `Mrs. Kennedy`, `Robert F. Kennedy`), or, in a text in
    capitals, where the capital says nothing, nothing says it is a person's: a surname alone is a
    name there only after a title or office (`SECRETARY RUSK`, `MR. WHITE`), after the person's own
    given names or initials (`GEORGE BALL`, `A. GROMYKO`), or of a person who `speaks` in the
    document (`MIKOYAN — TALKS IN HAVANA` in his conversation), else it may be a word (`THE BALL IS
    NOW IN THE SOVIET COURT`, `A LONG DEBATE`, `RICE AND SUGAR`). So too in mixed case for a form
    the register marks as also a word (`Entry.word_forms`: `Rice shipments`, `White paper`, `Long
    delays`), where besides a title, given names and initials (`Mr. Rice`, `Edward Rice`), a person
    who `speaks` or was `named_before` in more than the surname (`George W. Ball ... Ball said`)
    says it is theirs. The word opening a sentence before a surname is read as English words are,
    and as the text's `common_words`, where they are given (`_someone_else`)."""
    if INSTITUTION_AFTER.match(text, end) or ORDER_BEFORE.search(text, max(0, start - 12), start) \
            or JUNIOR_AFTER.match(text, end) or another_persons_given(text, start, end, entry):
        return None   # `R. Kennedy`, `Роберт Кеннеди`: `given_before`
    if " " in text[start:end]:   # a full form of the register's (`ROBERT KENNEDY`)
        if _anothers_forename_before(text, start, entry, registers):
            return None   # `Sergo A. Mikoyan`, found as Anastas's form `A. Mikoyan`
        given = text[start:end].rsplit(None, 1)[0]
        if not given_names_fit(registers.person_key(entry), given) \
                and under_a_deputys_office(text, start, entry, True):
            return None   # `Vice President Kennedy`: the form `President Kennedy` after `Vice`
        return _glued_start(text, start, end, entry, registers)
    named = _past_anothers_letter(text, _given_start(text, start, entry, registers))
    if named == start and (_anothers_initials(text, start, entry, registers)
                           or _initials_of_another(text, start, entry, registers)):
        return None   # `Edward M. Kennedy`, `R. Kennedy`: not John F. Kennedy
    a_word = text.isupper() and not speaks \
        or text[start:end] in entry.word_forms and not (speaks or named_before)
    if a_word and named == start and not _after_a_title(text, start):
        return None   # a word that may be no name: `THE BALL IS`, `A LONG DEBATE`, `Rice shipments`
    return None if _someone_else(text, named, entry, registers, common_words) else named


def _glued_start(text: str, start: int, end: int, entry: Entry, registers: Registers
                 ) -> int | None:
    """Where a full register form found at `start`..`end` begins: at the initials before its
    first one (`V.V. Tikhmenev` for the form `V. Tikhmenev`, `S. A. Mikoyan` for `A. Mikoyan`,
    whose `S.` is Sergo Anastasovich's: `namesakes.by_initials`), None where, with the form's, any
    of them is not the person's given name or patronymic at its place (`I.A. Alekseev` is not
    Aleksandr Ivanovich's, nor `A.A. Mikoyan` Anastas Ivanovich's); else as
    `_past_anothers_letter` says."""
    glued = GLUED_INITIALS.search(text, max(0, start - 12), start) if ONE_LETTER.match(
        text, start) else None
    if glued is None or _lettered(text, glued.start()):   # `Item C. A. Mikoyan`: the item's C
        return _past_anothers_letter(text, start)
    if initials_contradict(registers.person_key(entry), text[glued.start():end].rsplit(None, 1)[0]):
        return None
    return glued.start()


def _given_start(text: str, start: int, entry: Entry, registers: Registers) -> int:
    """Where a person's surname found alone at `start` begins with the given names right before
    it that are, in order, the person's own, in full or as initials (`N.S. Khrushchov`, `A.
    Dobrynin`, `Anatoly F. Dobrynin` after `Ambassador`: the register holds `Khrushchov` and
    `Dobrynin`); no other word, capitalized or not (`Ambassador`), and no initials not the
    person's (`R. Kennedy` for John F. Kennedy; `U.S. Khrushchev`), else at `start`."""
    match = GIVEN_BEFORE.search(text, max(0, start - 48), start)
    if match is None:
        return start
    for word in GIVEN_WORD.finditer(text, match.start(), start):   # the longest first
        if given_names_fit(registers.person_key(entry), text[word.start():start]):
            return word.start()
    return start


def _anothers_initials(text: str, start: int, entry: Entry, registers: Registers) -> bool:
    """Whether a forename and initials right before a surname found alone at `start`, ending in
    an initial that is not the person's (`_given_start` took it else), are another's: the
    forename, past titles and words that are no name (`Senator`, `Then`), is none of the
    person's given names (`Edward M. Kennedy`, `Joseph P. Kennedy` are not John F. Kennedy;
    `Valerian A. Zorin` stays Zorin's, whose patronymic the register lacks). Initials alone say
    too little: `5 P.M. Gromyko`, `P.P.S. Thompson`, French `M. Rusk`, `option B. Gromyko` end a
    time, a mark, a title, a sentence; nor is a letter that is another word's an initial (`Plan
    B. Dobrynin`: `_past_anothers_letter`)."""
    run = GIVEN_BEFORE.search(text, max(0, start - 48), start)
    letter = INITIAL_LAST.search(text, run.start(), start) if run else None
    if letter is None or _past_anothers_letter(text, letter.start()) != letter.start():
        return False
    words = [word for word in run.group().split() if registers.entry_named(word) is None
             and not title_or_name(word.rstrip("."), registers)]
    return bool(words) and FORENAME.fullmatch(words[0]) is not None \
        and given_names_contradict(registers.person_key(entry), " ".join(words))


JUNIOR_AFTER = re.compile(r",?[ \t]+(?:Jr\.|Junior\b|jr\.)")
"""After a surname, the son's mark (`Mikoyan Jr.`): not the father the register's surname
names."""
TWO_INITIALS = re.compile(r"(?<![\w.])(?P<initials>[A-ZА-ЯЁ]\.[ \t]?[A-ZА-ЯЁ]\.)[ \t]?$")
NOT_INITIALS = frozenset({"P.M.", "A.M.", "P.S.", "U.S.", "U.N.", "D.C.", "N.B."})
"""Two letters with periods that are no one's initials: a time, a mark, a country's or a
city's short name (`5 P.M. Gromyko`, `the U.S. Dorticos said`)."""


def _initials_of_another(text: str, start: int, entry: Entry, registers: Registers) -> bool:
    """Whether two initials right before a surname found alone at `start` are another person's:
    none of them at its place the given name or patronymic the register knows for `entry` (`N.
    G. Kuznetsov`, the admiral, is not V. V. Kuznetsov); not a time's or a country's letters
    (`NOT_INITIALS`), nor after a digit."""
    found = TWO_INITIALS.search(text, max(0, start - 8), start)
    if found is None or found["initials"].replace(" ", "") in NOT_INITIALS \
            or text[:found.start()].rstrip()[-1:].isdigit():
        return False
    return initials_contradict(registers.person_key(entry), found["initials"])


def _anothers_forename_before(text: str, start: int, entry: Entry, registers: Registers) -> bool:
    """Whether the word right before a full register form of `entry` at `start` that opens with
    initials is a given name of another register person and none of `entry`'s (`Sergo` of `Sergo
    A. Mikoyan`, Anastas's form `A. Mikoyan`)."""
    before = re.search(r"(?<![\w.])([A-Z][^\W\d_]+)[ \t]+$", text[max(0, start - 24):start])
    return before is not None and ONE_LETTER.match(text, start) is not None \
        and registers.forename_of_another(before.group(1), entry)


def _past_anothers_letter(text: str, start: int) -> int:
    """Where a person's name found at `start` begins when a single letter opens it that belongs
    to the word before it, a word that takes a letter (`LETTERED_WORDS`): after the letter
    (`Plan A. Dobrynin said`, `See Tab A. Alekseev's report`: the plan's and the tab's letter,
    though `A. Alekseev` is a register form); else at `start` (`Comrade A. Dobrynin`, `Then A.
    Alekseev said`, `to A. Dobrynin`, `N.S. Khrushchov`)."""
    letter = ONE_LETTER.match(text, start)
    if letter is None:
        return start
    match = _word_before(text, start)
    if match is None:
        return start
    _, word, period = match.groups()
    owns_the_letter = not period and word.capitalize() in LETTERED_WORDS
    return letter.end() if owns_the_letter else start


def _lettered(text: str, start: int) -> bool:
    """Whether the letter at `start` is the name of the word before it (`LETTERED_WORDS`: `Plan
    B.`), not an initial."""
    match = _word_before(text, start)
    return match is not None and not match.group(3) \
        and match.group(2).capitalize() in LETTERED_WORDS


def _after_a_title(text: str, start: int) -> bool:
    """Whether the word right before `start` is a title or office (`SECRETARY RUSK`, `MR.
    WHITE`, `CHAIRMAN KHRUSHCHEV`, `MARSHAL MALINOVSKY`; `TOW.` with its period: `WORD_TITLES`)."""
    match = _word_before(text, start)
    return match is not None and _is_title(match.group(2)) \
        and bool(match.group(3) or match.group(2).lower() not in WORD_TITLES)


def _is_title(word: str) -> bool:
    """Whether a capitalized word is a title or office (`Comrade`, `Ambassador`, `Ministers`)."""
    lower = fold(word).lower()   # `Präsident`, `Maréchal`: `name_forms.TITLES` are folded
    return lower in PERSON_TITLES or lower.removesuffix("s") in PERSON_TITLES


def title_or_name(word: str, registers: Registers) -> bool:
    """Whether a capitalized word is a title or office (`Chairman`, `Ministers`, `Cardinal`), a
    word of ours that is no name (`NOT_NAMES`), or a name the registers hold (`Moscow`)."""
    return word in NOT_NAMES or _is_title(word) or registers.entry_named(word) is not None
