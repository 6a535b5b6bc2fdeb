"""Register names inside a longer proper name that is not theirs: not linked.

    the Ministry of Foreign Affairs of the Republic of Cuba -> not the USSR's ministry, whose
        form `Ministry of Foreign Affairs` names no country where its others name the USSR
    the Hotel Habana Libre, the New York Times              -> a hotel, a newspaper: no city
    los Estados Unidos Mexicanos, Estados Unidos del Brasil -> Mexico, Brazil: not the USA
    the National Security Council, the Chinese Embassy in Moscow, Santiago, Chile
                                                            -> not the UN's council, the
        embassy in Havana, Santiago de Cuba: a short form another word continues, or placed in
        another city or country than its fuller forms say
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .alphabets import LOWER, UPPER
from .date_months import ENGLISH_MONTHS
from .date_patterns import WEEKDAYS
from .line_words import in_title_case
from .name_forms import NAME_TITLES, TITLES
from .name_regex import capitalised_words
from .other_places import other_place
from .register_files import Entry

Span = tuple[int, int, Entry]

OF_A_PLACE = re.compile(r"\s+(?:of|OF)\s+(?:(?:the|THE)\s+)?")
"""Between an organization's name and the country it belongs to (`... of the Republic of Cuba`)."""
NAME_WORD = re.compile(r"[^\W\d_][\w.’'-]*")
"""The word after `of (the)` that may name another country (`Serbia`, `U.S.S.R.`)."""
DATING_WORDS = frozenset(ENGLISH_MONTHS) | frozenset(WEEKDAYS)
"""Capitalised words after `of`, in lower case as `_folded` compares them, that date what an
organization did, not name its country (`the note of the Ministry of Foreign Affairs of October
27`)."""
BEFORE_A_NAME = re.compile(r"(?:[A-Z]\.\s?)+|([^\W\d_][\w’'-]*)\.?\s+")
"""Initials (`N.S. `) or a word that may be a title (`Premier `) before a person's name."""
BUILDINGS = "Hotel Hôtel Hotél".split()
"""Words that open a building's name, which a city's may continue (`Hotel Habana Libre`)."""
NEWSPAPERS = """Times Post Herald Tribune News Journal Gazette Star Sun Chronicle Daily
Telegraph Courier Dispatch Review""".split()
"""Words that end a newspaper's or a periodical's name opening with a city's (`New York Times`,
`Washington Post`, `Peking Review`): the city names the paper, not a place of the text."""
BUILDING_BEFORE = re.compile(r"(?<!\w)(?:{})\s+$".format(
    capitalised_words(BUILDINGS)))
NEWSPAPER_AFTER = re.compile(r"\s+(?:{})(?!\w)".format(
    capitalised_words(NEWSPAPERS)))
OTHER_UNITED_STATES = re.compile(
    r"\s+(?:Mexicanos|(?:of|de|del|do)\s+(?:the\s+)?(?:Mexico|México|Brazil|Brasil|Venezuela|"
    r"Colombia))(?!\w)")
"""What makes `United States`, `Estados Unidos` another federation's name: Mexico's official
one (`Estados Unidos Mexicanos`), Brazil's until 1967 (`Estados Unidos del Brasil`, `United
States of Brazil`), Venezuela's and Colombia's of the century before."""
SENTENCE_PREPOSITION_BEFORE = re.compile(
    r"(?:^|[.!?;:][\"'”’)]*\s+)(?:in|at|from|to|by|for|since|until)\s+$", re.IGNORECASE)
"""A preposition opening a sentence right before a city, which makes it a place (`In Moscow
Times of the day are given by radio`): a paper's name after one has its article (`In the New
York Times`). Inside a sentence the city may be a paper's without it (`reported in New York
Times`, as a translation from Russian writes it)."""
PREPOSITION_REACH = 24
"""How far before a city `SENTENCE_PREPOSITION_BEFORE` looks: a preposition and the end of the
sentence before it."""


NATIONALITIES = {
    "american": "america", "argentine": "argentina", "brazilian": "brazil", "british": "britain",
    "bulgarian": "bulgaria", "canadian": "canada", "chilean": "chile", "chinese": "china",
    "cuban": "cuba", "czechoslovak": "czechoslovakia", "egyptian": "egypt", "french": "france",
    "german": "germany", "greek": "greece", "hungarian": "hungary", "indian": "india",
    "indonesian": "indonesia", "italian": "italy", "japanese": "japan", "mexican": "mexico",
    "polish": "poland", "romanian": "romania", "spanish": "spain", "swedish": "sweden",
    "turkish": "turkey", "venezuelan": "venezuela", "yugoslav": "yugoslavia"}
"""A country's adjective -> the country's name, folded: the nationality that, right before an
organization's name, makes it that country's body (`Cuban Ministry of Foreign Affairs`)."""
FUNCTION_WORDS = frozenset("""
a an the this that these those its our your his her their my in on at of for and but or nor if
when while after before since so then there here as by from to with without into upon under over
about against between through during both neither either no not every each all any some which
what where why how also yet thus now later today yesterday tomorrow""".split())
"""Words, in lower case, that open or join a sentence before an organization's name and do not
continue it (`_continued_before`: `The Security Council`, `and Security Council members`)."""
CONTINUING_WORD = re.compile(r"(?<![\w.’'-])([A-Z][\w’'-]*)(?<![’']s)[ \t]+$")
"""A capitalised word, an acronym too (`GDR`), right before a name, a space between: not a word
ending in a period (`Cf.`, `U.N.`) nor after a possessive's apostrophe (`Stevenson's`)."""
PLACE_AFTER = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?|,[ \t]*")
"""Between a name and the place it stands in: `Embassy in Moscow`, `Santiago, Chile`."""
NATIONALITY_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+)\s+$")
SENTENCE_START = re.compile(r"(?:^|\n|[.!?;:][\"'”’)]*\s+)$")
"""What stands before a word opening a sentence: the text's or a line's start, or a sentence's
end (`Meanwhile` of `... met. Meanwhile Security Council members`)."""
SENTENCE_ADVERBS = frozenset("""
meanwhile however nevertheless nonetheless moreover instead furthermore therefore hence still
indeed again finally afterwards accordingly consequently otherwise besides likewise thereafter
meantime thereupon even only once next first perhaps""".split())
"""Words, in lower case, that open a sentence and do not continue an organization's name after
them (`Meanwhile Security Council members met`), with any adverb in -ly (`Unfortunately`);
another word opening a sentence may (`National Security Council members met`)."""
SESSION_WORDS = frozenset("emergency extraordinary special plenary".split())
"""Words, in lower case, that qualify a body's session, not name another body (`An Emergency
Security Council session`)."""
NOT_CONTINUING = FUNCTION_WORDS | DATING_WORDS | SESSION_WORDS
"""Words before a body's short form that do not continue it into another body's name."""
OWN_EPITHETS = {"cpsu": frozenset("soviet party kremlin communist".split()),
                "ussr": frozenset("soviet kremlin".split())}
"""A word of an entry's forms -> the words that call the body by its own party or country
(`The Party Presidium`, `The Soviet Presidium`, `Kremlin` for the CC CPSU's)."""


def own_names(text: str, spans: list[Span], places_of: Callable[[Entry], frozenset[str]],
              words_of: Callable[[Entry], frozenset[str]],
              located_in: Callable[[Entry], tuple[Entry, ...]] = lambda entry: ()
              ) -> list[Span]:
    """`spans` (in text order, no overlaps) less those inside a longer name not theirs: a
    place's in a hotel's or a newspaper's name (`_in_a_title`), in another federation's
    (`OTHER_UNITED_STATES`) or naming another place (`other_places`: `Lake Washington`), an
    organization's followed by a country none of its forms names (`_of_another_country`;
    `places_of` gives the ids of the places an entry's forms name, `words_of` the words of
    those forms and theirs, folded), an organization's short form after a word that continues
    it (`_continued_before`), and a name followed by another place than the one its forms
    place it in (`_placed_elsewhere`; `located_in` gives those places)."""
    entry_at = {start: entry for start, _, entry in spans}
    return [(start, end, entry) for start, end, entry in spans
            if not (entry.kind == "place" and (_in_a_title(text, start, end)
                                               or OTHER_UNITED_STATES.match(text, end)
                                               or other_place(text, start, end, entry)))
            and not (entry.kind == "org" and (_of_another_country(
                text, start, end, entry, entry_at, places_of, words_of)
                or _another_nations(text, start, words_of(entry))
                or _another_bodys_initials(text, start, end, entry_at)
                or _continued_before(text, start, end, entry, words_of(entry))))
            and not _placed_elsewhere(text, end, entry, entry_at, located_in(entry))
            and not (entry.kind == "person"
                     and (_another_persons_fuller(text, start, end, entry, entry_at)
                          or _another_persons_forename(text, start, end, entry, entry_at)))]


def _line_of(text: str, start: int, end: int) -> str:
    """The line of `text` that holds `start`..`end`."""
    return text[text.rfind("\n", 0, start) + 1:(text.find("\n", end) + 1 or len(text) + 1) - 1]


SURNAME_AFTER = re.compile(
    rf"[ \t]+(?-i:(?!(?:Ende|Anfang|Mitte)\b)[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)"
    rf"(?=[ \t]*(?:[,;:.)]|$)|[ \t]+(?-i:[{LOWER}]))", re.M)
"""A capitalized word right after a name, and before a comma, a period, the line's end or a
word in lower case: a second surname (`Kouri, the Cuban ambassador`, `Díaz-Balart, his son`,
`Roa Kourí and`); not a German noun (`Anastas Mikojan Ende November`, `Fidel Castro Ende des
Monats`) nor an office in apposition (`Khrushchev Premier of`)."""


def _another_persons_fuller(text: str, start: int, end: int, entry: Entry,
                            entry_at: dict[int, Entry]) -> bool:
    """Whether a person's name of two words or more goes on with another second surname than
    the one the register's fuller form of it gives: another person's fuller name (`Raúl Roa
    Kouri`, the son of `Raúl Roa García`; `Ernesto Guevara Lynch`, the father of `Ernesto
    Guevara de la Serna`); not where the register gives no fuller form (`Emilio Aragonés
    Navarro` is Emilio Aragonés), nor a weekday or a month after it (`met Fidel Castro
    Sunday`), nor in a line in title case (`Meeting of Anastas Mikoyan And ...`). A fuller form
    the register gives is read whole before (`Fidel Castro Ruz`)."""
    form = text[start:end]
    if form + " " not in _opening_words(entry.name, entry.variants):
        return False
    after = SURNAME_AFTER.match(text, end)
    if after is None or len(text[start:end].split()) < 2:
        return False
    word_at = after.start() + len(after.group()) - len(after.group().lstrip())
    line = _line_of(text, start, end)
    return word_at not in entry_at and _folded(after.group().strip()) not in DATING_WORDS \
        and not in_title_case(line)


@lru_cache(maxsize=4096)
def _opening_words(name: str, variants: tuple[str, ...]) -> frozenset[str]:
    """Each run of whole words opening the name or a variant, with the space after it (`Raúl `,
    `Raúl Roa ` of `Raúl Roa García`): `form + " "` is one where a form opens a fuller one, read
    once an entry, not at each of its mentions."""
    return frozenset(each[:at + 1] for each in (name, *variants)
                     for at, char in enumerate(each) if char == " ")


NEXT_NAME_WORD = re.compile(rf"[ \t]+(?-i:[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)\b")
PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ich)$")


def _another_persons_forename(text: str, start: int, end: int, entry: Entry,
                              entry_at: dict[int, Entry]) -> bool:
    """Whether a forename the register gives a person alone (`Fidel`, `Raúl`: the first word of
    the person's fuller forms) is followed by another surname, no register name: another
    person's name (`Fidel Velázquez`, the Mexican labour leader; `Raúl Cepero Bonilla`); not a
    patronymic (`Anastas Ivanovich`), a weekday or a month (`told Fidel Monday`), nor in a line
    in title case."""
    form = text[start:end]
    if " " in form or form == entry.name.split()[-1] \
            or form + " " not in _opening_words(entry.name, entry.variants):
        return False   # the surname of a form in the Russian order (`Mikoyan A. I.`) is none
    after = NEXT_NAME_WORD.match(text, end)
    if after is None:
        return False
    word = after.group().strip()
    line = _line_of(text, start, end)
    return after.start() + len(after.group()) - len(word) not in entry_at \
        and _folded(word) not in DATING_WORDS and not PATRONYMIC.search(word) \
        and not in_title_case(line)


def _continued_before(text: str, start: int, end: int, entry: Entry,
                      own_words: frozenset[str]) -> bool:
    """Whether the organization's form at `start`..`end` is a short one that its fuller forms
    continue before it (`Security Council` of `UN Security Council`, `Presidium` of `CC CPSU
    Presidium`) and a capitalised word right before it continues it otherwise: `National
    Security Council`, `Supreme Soviet Presidium`, `American Red Cross` are other bodies. Not a
    word that opens or joins a sentence (`FUNCTION_WORDS`: `The Security Council`), a month or a
    weekday, nor a word of the entry's forms and places (`own_words`: `U.N.`), nor in a text in
    capitals, whose capitals say nothing."""
    form = text[start:end].casefold()
    if text.isupper() or not any(variant.casefold().endswith(" " + form)
                                 for variant in entry.variants):
        return False
    return _a_continuing_word(text, start, own_words)


def _a_continuing_word(text: str, start: int, own_words: frozenset[str]) -> bool:
    """Whether the capitalised word right before `start` continues a name into another's: not
    a function word, a month or weekday, a session's word (`SESSION_WORDS`), a word of the
    entry's (`own_words`), an adverb opening a sentence (`SENTENCE_ADVERBS`, `-ly`), nor the
    entry's own party or country (`OWN_EPITHETS`: `The Soviet Presidium`) unless a word before
    that continues it (`Supreme Soviet Presidium`)."""
    before = CONTINUING_WORD.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = _folded(before.group(1))
    if word in NOT_CONTINUING or word in own_words:
        return False
    opening = SENTENCE_START.search(text, max(0, before.start() - 8), before.start())
    if opening and (word in SENTENCE_ADVERBS or word.endswith("ly")):
        return False
    epithets = frozenset().union(*(OWN_EPITHETS.get(own, ()) for own in own_words))
    if word in epithets:
        return _a_continuing_word(text, before.start(1), own_words)
    return True


def _placed_elsewhere(text: str, end: int, entry: Entry, entry_at: dict[int, Entry],
                      located: tuple[Entry, ...]) -> bool:
    """Whether the name ending at `end` is followed by `in` or a comma and a register place
    (`PLACE_AFTER`) of the same type as a place the entry's forms place it in (`located`),
    and none of those: `Chinese Embassy` (`... in Havana`) `in Moscow`, `Santiago` (`Santiago
    de Cuba`) `, Chile`; not `Santiago, Cuba`, nor `Chinese Embassy in Cuba`, a country, which
    the registers do not say holds Havana or not."""
    if not located:
        return False
    after = PLACE_AFTER.match(text, end)
    place = entry_at.get(after.end()) if after else None
    if place is None or place.kind != "place" or place.id == entry.id:
        return False
    return all(own.id != place.id for own in located) \
        and any(own.type == place.type for own in located)


def _in_a_title(text: str, start: int, end: int) -> bool:
    """Whether the place at `start`..`end` is part of a hotel's or a newspaper's name; not
    after a preposition opening a sentence (`In Moscow Times of the day ...`:
    `SENTENCE_PREPOSITION_BEFORE`)."""
    return BUILDING_BEFORE.search(text, max(0, start - 8), start) is not None \
        or NEWSPAPER_AFTER.match(text, end) is not None \
        and SENTENCE_PREPOSITION_BEFORE.search(
            text, max(0, start - PREPOSITION_REACH), start) is None


def _of_another_country(text: str, start: int, end: int, entry: Entry,
                        entry_at: dict[int, Entry], places_of: Callable[[Entry], frozenset[str]],
                        words_of: Callable[[Entry], frozenset[str]]) -> bool:
    """Whether the organization's name at `start`..`end` is followed by `of (the)` and a place
    that its forms do not name, where they name one: `Ministry of Foreign Affairs` (a form of
    the USSR's ministry, `of the USSR` in its main form) `of the Republic of Cuba`, or `of
    Serbia`, a capitalised word that reads as a country (`_reads_as_a_country`). An entry whose
    forms name no place may be any country's: kept, but for a short form that its fuller ones
    go on from with `of` (`_goes_on_with_of`) or end (`_ends_a_form`) before such a word,
    another body's: `Presidium` (`Presidium of the Central Committee of the CPSU`) `of the
    Supreme Soviet`, `Red Cross` (`... Committee of the Red Cross`) `of Cuba`. `entry_at`
    holds the register names found in `text` by where they begin."""
    joint = OF_A_PLACE.match(text, end)
    own = places_of(entry) if joint else frozenset()
    if not own:
        form = text[start:end]
        return joint is not None and (_goes_on_with_of(form, entry) or _ends_a_form(form, entry)) \
            and _reads_as_a_country(text, joint.end(), entry_at, words_of(entry))
    after = entry_at.get(joint.end())
    if after is not None and after.kind == "place":
        return after.id not in own
    return _reads_as_a_country(text, joint.end(), entry_at, words_of(entry))


COPY_LINE_HEAD = re.compile(r"(?:^|\n)[ \t]*(?:CC|Cc|cc|BCC|bcc)[ \t]*:")
"""A letter's or a memorandum's line of copies (`CC: Secretary Rusk, Mr. Bundy`), whose `CC` is
carbon copies, no Central Committee."""
INITIALS_AFTER = re.compile(rf"[ \t]+[{UPPER}]{{2,}}\b")


def _another_bodys_initials(text: str, start: int, end: int, entry_at: dict[int, Entry]) -> bool:
    """Whether an organization's initials at `start`..`end` are no body's name here: the head of a
    line of copies (`COPY_LINE_HEAD`), or another party's initials after them that no register
    name begins (`CC PURS`, the Cuban party's Central Committee; not `CC CPSU`, read whole), but
    in a line all in capitals (`THE CC DECIDED`)."""
    if not text[start:end].isupper() or len(text[start:end]) > 3:
        return False
    head = COPY_LINE_HEAD.match(text, text.rfind("\n", 0, start) + 1 if start else 0)
    if head is not None and head.end() > start:
        return True
    after = INITIALS_AFTER.match(text, end)
    line = _line_of(text, start, end)
    return after is not None and after.start() + len(after.group()) - len(after.group().lstrip()) \
        not in entry_at and line != line.upper()


def _another_nations(text: str, start: int, own_words: frozenset[str]) -> bool:
    """Whether the organization's name at `start` follows a country's adjective
    (`NATIONALITIES`) that neither its forms nor its places' name (`own_words`, as in
    `_reads_as_a_country`): `Cuban Ministry of Foreign Affairs`, no form of the USSR's ministry;
    `Soviet Foreign Ministry`, its own form, stays."""
    before = NATIONALITY_BEFORE.search(text, max(0, start - 24), start)
    if before is None:
        return False
    adjective = before.group(1).casefold()
    country = NATIONALITIES.get(adjective)
    return country is not None and not {adjective, country} & own_words


def _ends_a_form(form: str, entry: Entry) -> bool:
    """Whether `form` is a short form that ends another of the entry's forms (`Red Cross` of
    `International Committee of the Red Cross`): a country's after it names another body (`The
    Red Cross of Cuba`), as a nationality's before it does (`Cuban Red Cross`)."""
    ending = " " + form.casefold()
    return any(variant.casefold().endswith(ending) for variant in entry.variants)


def _goes_on_with_of(form: str, entry: Entry) -> bool:
    """Whether another of the entry's forms goes on from `form` with `of`, in any case
    (`Presidium` -> `Presidium of the Central Committee of the CPSU`): the body is named for
    whose it is, as another body's may be (`Presidium of the Supreme Soviet`)."""
    opening = form.casefold() + " of "
    return any(variant.casefold().startswith(opening) for variant in entry.variants)


def _reads_as_a_country(text: str, at: int, entry_at: dict[int, Entry],
                        own_words: frozenset[str]) -> bool:
    """Whether the word at `at` may name a country the registers do not hold: a capitalised word
    that is no word of the organization's forms nor of its places' (`own_words`: `of the CPSU`
    after `CC`, whose form `CC CPSU` holds it), no month or weekday (`DATING_WORDS`), no title
    or honorific (`TITLES`: `of Comrade Khrushchev`, `of Mr. Gromyko`) and no beginning of a
    register person's name (`of Premier Khrushchev`: `_begins_a_person`)."""
    word = NAME_WORD.match(text, at)
    return word is not None and word.group()[0].isupper() \
        and _folded(word.group()) not in own_words | DATING_WORDS \
        and _folded(word.group()).upper() not in TITLES \
        and not _begins_a_person(text, at, entry_at)


def _begins_a_person(text: str, at: int, entry_at: dict[int, Entry]) -> bool:
    """Whether a register person's name begins at `at`, or after initials or titles there
    (`N. Khrushchev`, `Premier Khrushchev`: `BEFORE_A_NAME`, `NAME_TITLES`)."""
    while (named := entry_at.get(at)) is None or named.kind != "person":
        before = BEFORE_A_NAME.match(text, at)
        if before is None or before.group(1) and _folded(before.group(1)) not in NAME_TITLES:
            return False
        at = before.end()
    return True


def _folded(word: str) -> str:
    """`word` as `words_of` holds its words: in lower case, no period after it."""
    return word.rstrip(".").casefold()
