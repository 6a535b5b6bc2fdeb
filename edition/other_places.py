"""Register place names that name another place, or a piece of another name: not linked.

    The Embassy in Santiago reports, the Chilean government  -> Chile's capital, not the
        register's Santiago (de Cuba): a capital's embassy, Chile named, other capitals listed
    Santiago de Chile, Guatemala City, Turkey Point        -> another place's whole name
    Lake Washington, Washington Heights, Moscow, Idaho     -> a lake, a quarter, a town
    George Washington said it                              -> a man, not the city
"""

from __future__ import annotations

import re

from .forenames import is_forename
from .line_words import sentence_at
from .register_files import Entry

Span = tuple[int, int, "Entry"]

CAPITAL_HOMONYMS = {"santiago": ("Chile", "Chilean", "Chileans", "Chilena", "Chileno",
                                 "Chilenos")}
"""A register place's short form, folded, that is another country's capital too -> the words
naming that country and its people: bare `Santiago` is the register's Santiago de Cuba in a
Cuban text, Chile's capital where these words in its sentence or a capital's signs say so
(`_a_capitals`)."""
LATIN_AMERICAN_CAPITALS = """Rio de Janeiro|Brasilia|Brasília|Buenos Aires|Montevideo|Asunción|
Asuncion|La Paz|Lima|Quito|Bogota|Bogotá|Caracas|Mexico City|Guatemala City|San Salvador|
Tegucigalpa|Managua|San José|San Jose|Panama City|Santo Domingo|Port-au-Prince""".replace(
    "\n", "").split("|")
"""The capitals of Latin America but Havana: one of them in the sentence (`Embassies in Rio de
Janeiro, Buenos Aires, Santiago, Lima`) makes `Santiago` the capital of Chile."""
EMBASSY_BEFORE = re.compile(
    r"(?i:\b(?:am)?embass(?:y|ies)|\bambassadors?|\bembajad(?:a|or))\s+(?:(?i:in|at|en|to)\s+)?$")
"""An embassy or an ambassador right before a city (`the Embassy in`, `EMBASSY`): a capital's."""
SENTENCE_END = re.compile(r"[.!?;](?=\s|$)")
GEOGRAPHIC_BEFORE = re.compile(r"(?<!\w)(?:Lake|Mount|Mt\.|Fort|Port|Cape)\s$")
"""A word that opens another place's name with a city's or a country's (`Lake Washington`)."""
GEOGRAPHIC_AFTER = re.compile(r"\s(?:Heights|Point|County|Springs|Falls)(?!\w)")
"""A word that ends another place's name begun with a city's or a country's (`Turkey Point`)."""
CITY_AFTER = re.compile(r"\sCity(?!\w)")
"""`City` after a country's name: the city named for it (`Guatemala City`), not the country."""
US_STATES = """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida
Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland
Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma
Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming""".split() + [
    "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota",
    "Rhode Island", "South Carolina", "South Dakota", "West Virginia"]
"""The states of the USA whose names no register city bears (not Washington, New York): after a
comma they put a city of another country in America (`Moscow, Idaho`)."""
STATE_AFTER = re.compile(r",\s*(?:{})(?!\w)".format("|".join(US_STATES)))
NOT_FORENAMES_BEFORE_A_CITY = frozenset("""
a an the this that in on at of for and but or to from by with as so then when if since until
will may can shall must did does do has had have should would could tell even
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday""".split())
"""Words the forename dictionary knows (`In`, `To`, `May`, `Will`) that open or join a sentence
before a city more often than they name a man."""
FORENAME_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+)\s$")


def other_place(text: str, start: int, end: int, entry: Entry) -> bool:
    """Whether the place at `start`..`end` is another place, or a piece of another's name: a
    capital homonym of the register's place (`_a_capitals`), another place's name it opens or
    ends (`Lake Washington`, `Turkey Point`, `Guatemala City`, `Santiago de Chile`), a town of
    the USA (`Moscow, Idaho`) or a man's surname after his forename (`George Washington`)."""
    if GEOGRAPHIC_BEFORE.search(text, max(0, start - 6), start) \
            or GEOGRAPHIC_AFTER.match(text, end):
        return True
    if entry.type == "country" and CITY_AFTER.match(text, end):
        return True
    if entry.type == "city" and (entry.country != "usa" and STATE_AFTER.match(text, end)
                                 or _after_a_forename(text, start)):
        return True
    return _a_capitals(text, start, end, entry) or _in_a_capitals_name(text, start, end)


def _a_capitals(text: str, start: int, end: int, entry: Entry) -> bool:
    """Whether a register place's short form that is another country's capital
    (`CAPITAL_HOMONYMS`) names the capital here: followed by `de` and that country (`Santiago
    de Chile`), after an embassy (`EMBASSY_BEFORE`), or with that country or its people
    (`Chilean`) or another Latin-American capital named in its sentence."""
    form = text[start:end]
    country = CAPITAL_HOMONYMS.get(form.casefold())
    if country is None or form.casefold() == entry.name.casefold():
        return False
    if re.match(r"\s+(?i:de)\s+(?:{})(?!\w)".format(_words(country)), text[end:]):
        return True
    if EMBASSY_BEFORE.search(text, max(0, start - 24), start):
        return True
    sentence = sentence_at(text, start, end, SENTENCE_END)
    return re.search(r"(?<!\w)(?:{})(?!\w)".format(_words((*country, *LATIN_AMERICAN_CAPITALS))),
                     sentence) is not None


def _in_a_capitals_name(text: str, start: int, end: int) -> bool:
    """Whether the place at `start`..`end` is the country in a capital's name (`Chile` of
    `Santiago de Chile`)."""
    form = text[start:end]
    return any(form.casefold() in map(str.casefold, country) and re.search(
        r"(?i:{}\s+de)\s+$".format(capital), text[max(0, start - 16):start])
        for capital, country in CAPITAL_HOMONYMS.items())


def _after_a_forename(text: str, start: int) -> bool:
    """Whether a forename stands right before the city (`George Washington`): not a word the
    dictionary holds that opens a sentence or joins one (`NOT_FORENAMES_BEFORE_A_CITY`: `In`,
    `May`)."""
    before = FORENAME_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and before.group(1).casefold() not in NOT_FORENAMES_BEFORE_A_CITY \
        and is_forename(before.group(1))


def _words(words: tuple[str, ...] | list[str]) -> str:
    """`words` as alternatives of a pattern, as written and in capitals (`CHILEAN`)."""
    return "|".join(re.escape(form) for word in words for form in (word, word.upper()))
