"""The written forms of names: folded to upper case without accents, split into tokens, compared;
the id a provisional person gets from them."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from nameparser.config import CONSTANTS as NAME_CONSTANTS

CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
NAME_TITLES = frozenset(NAME_CONSTANTS.titles)
"""Titles and offices, lower case (nameparser's 800 or so), that stand before a surname without
being a forename: `minister`, `assistant`, `cardinal`, `ambassador`, `mr`, `sir`."""
HONORIFICS = ("Mr|Mrs|Ms|Dr|Gen|Sen|Amb|Adm|Col|Gov|Rep|Lt|Capt|Prof|Sir|M|MM|Mme|Mlle|Com|Cde"
              "|Tow|Tov|Sr|Sig")
"""Titles before a name, with a period or not; `M.`, `MM.`, `Mme.`, `Mlle.` are French courtesy
titles (`MM.` Messieurs),
`Com.`, `Cde.` a comrade's (the Soviet records' `Com. Mikoyan`), `Tow.` the Polish `towarzysz`,
`Tov.` the Russian `tovarishch` transliterated, `Sr.` the Spanish and Portuguese courtesy title
(`Sr. Roa:`; not `Sra.`, a woman's, whose label is no man's of the same surname), `Sig.` the
Italian `Signor` (`Sig. Fanfani:`)."""
LISTING_TITLES = r"Coms?\.|Comrades?|Messrs\.|Tt\.|Тт\.|Тов\.|товарищи|Genossen|Gen\."
"""The titles before a list of names (`Coms. Khrushchev, Kozlov, Mikoyan`, `Тт. Хрущев, Микоян`,
`Gen. Ulbricht, Honecker`): the plurals of a comrade's title, and `Com.`, `Тов.`, `Comrade`
that a record puts before a list too; a pattern's alternation (`stage_parens.PERSONS_LISTED`).
Apart from `HONORIFICS`, where `Gen.` is a General's: here it is the German `Genossen`."""
LISTING_TITLE_OPENING = re.compile(rf"\s*(?:{LISTING_TITLES})\s+(?=[^\W\d_])")
"""A listing title opening a list of names, the space after it (`Comrades Ulbricht, Grotewohl`):
the list's, no word of its first name."""
TITLES_BY_LANGUAGE = {
    "pl": "AMBASADOR PREZYDENT GENERAŁ MARSZAŁEK TOWARZYSZ",
    "de": "BOTSCHAFTER PRASIDENT GENOSSE HERR",
    "fr": "AMBASSADEUR MINISTRE MARECHAL CAMARADE",
    "es": "EMBAJADOR PRESIDENTE MINISTRO MARISCAL COMPANERO CAMARADA",
    "pt": "SENHOR",
    "ru": "ПОСОЛ ПРЕЗИДЕНТ МИНИСТР ГЕНЕРАЛ МАРШАЛ ТОВАРИЩ",
}
"""The titles of `TITLES` as the archive's other languages spell them, folded (`fold`): Polish
`Ambasador Aristow`, German `Botschafter`, French `Maréchal`, Spanish `Compañero`, Russian
`Товарищ`, the German courtesy title `Herr`; those spelt as in English (`Minister`, `General`) are not repeated."""
TITLES = frozenset(HONORIFICS.upper().split("|")) | frozenset({
    "COMRADE", "PRESIDENT", "AMBASSADOR", "MINISTER", "GENERAL", "MARSHAL", "CHAIRMAN", "SENOR",
    "SR"}) | frozenset(" ".join(TITLES_BY_LANGUAGE.values()).split())
"""Words before a speaker's name, folded, that are no part of it (`Com. Mikoyan`, `Mr. Healey`,
`Gen. Pliev`, `Chairman Khrushchev`, `Ambasador Aristow`): the titles a label may open with
(`HONORIFICS`), the words of office, and both in other languages (`TITLES_BY_LANGUAGE`); the
titles a name in the text may follow too (`person_names.PERSON_TITLES`)."""
TRANSLITERATIONS = (("TSCH", "CH"), ("SZCZ", "SHCH"), ("SCH", "SH"), ("SZ", "SH"), ("CZ", "CH"),
                    ("ZH", "Z"), ("Ł", "L"), ("W", "V"), ("J", "Y"))
"""Letters that spell one Russian sound in the Polish or German transliteration and in the
English one (`Aristow`, `Aristov`; `Tschuikow`, `Chuikov`; `Chruszczow`'s `szcz`, `shch`)."""
NAME_ENDING = re.compile(r"(?:IJ|YJ|IY|II|YI|Y)$")
"""The ending `-ий`, `-ый` as each transliteration spells it: `Malinowski`, `Malinovsky`,
`Malinovskii`, `Malinovskij`."""


def transliteration_key(surname: str) -> str:
    """A folded surname spelt the same whichever transliteration of Russian it is in: 'ARISTOW',
    'ARISTOV' -> 'ARISTOV'; 'MALINOWSKI', 'MALINOVSKY' -> 'MALINOVSKI' (`TRANSLITERATIONS`,
    `NAME_ENDING`)."""
    for spelling, common in TRANSLITERATIONS:
        surname = surname.replace(spelling, common)
    return NAME_ENDING.sub("I", surname)


def untitled(name: str) -> str:
    """`MR. GHALEB` -> "GHALEB": a folded name without the titles before it (`TITLES`)."""
    words = name.split()
    while len(words) > 1 and words[0].rstrip(".") in TITLES:
        words = words[1:]
    return " ".join(words)


def fold(text: str) -> str:
    """Upper case without accents: 'Dorticós' -> 'DORTICOS'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper()


def tokens(text: str) -> tuple[str, ...]:
    """Folded name tokens, initials split: 'A.I. Mikoyan' -> ('A', 'I', 'MIKOYAN')."""
    return tuple(re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", fold(text)))


def untitled_tokens(text: str) -> tuple[str, ...]:
    """Folded name tokens (`tokens`) without the titles before the name (`TITLES`), the last
    word kept: 'Mr. Mikoyan' -> ('MIKOYAN',), 'Ambassador' -> ('AMBASSADOR',)."""
    words = tokens(text)
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]
    return words


PATRONYMIC = re.compile(r"(?:ICH|OVNA|EVNA|ICHNA|ИЧ|ОВНА|ЕВНА|ИЧНА)$")
"""How a Russian patronymic ends, folded: `IVANOVICH`, `SERGEYEVICH`, `ILYICH`, `IVANOVNA`."""


def is_patronymic_address(words: tuple[str, ...], key) -> bool:
    """Whether `words` are a forename and a patronymic (`Anastas Ivanovich`, `Nikita
    Sergeyevich`), the given names of the person whose name key (`PersonKey`) is `key`."""
    return len(words) == 2 and PATRONYMIC.search(words[1]) is not None \
        and key is not None and key.given[:2] == words


def clean(text: str) -> str:
    return " ".join(text.split())


CYRILLIC_LATIN = {letter: latin.strip("-") for letter, latin in zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўђјљњћџѓќѕ",
    "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i yi ye g u dj j "
    "lj nj c dz gj kj dz".split())}
"""Cyrillic -> Latin, lower case: BGN/PCGN for Russian without its marks (`е` is `e` everywhere,
`ъ` and `ь` dropped) as the edition's English texts spell Russian names (Микоян -> mikoyan,
Тихменев -> tikhmenev), and the Ukrainian, Belarusian, Serbian and Macedonian letters."""

GREEK_LATIN = dict(zip(
    "αβγδεζηθικλμνξοπρσςτυφχψω",
    "a v g d e z i th i k l m n x o p r s s t y f ch ps o".split()))
"""Greek -> Latin, lower case (ELOT 743: `ου` is `ou`, other pairs letter by letter), read
once `fold` has dropped the accents (Ἀνδρέας -> andreas, ΠΑΠΑΝΔΡΕΟΥ -> papandreou)."""

CYRILLIC_READ = str.maketrans(CYRILLIC_LATIN)
GREEK_READ = str.maketrans(GREEK_LATIN)


def slug(text: str) -> str:
    """Lower-case Latin letters and digits, words joined by `-`, names in Cyrillic or Greek
    transliterated ('Ф. КАСТРО' -> 'f-kastro', 'Dorticós' -> 'dorticos'); 'x' when nothing is
    left (a name in another script: its id is told apart by its hash)."""
    cyrillic_read = unicodedata.normalize("NFC", text).lower().translate(CYRILLIC_READ)
    latin = fold(cyrillic_read).lower().replace("ου", "ou").translate(GREEK_READ)
    return re.sub(r"[^a-z0-9]+", "-", latin).strip("-") or "x"


def given_agree(label: tuple[str, ...], given: tuple[str, ...]) -> bool:
    """Every label token matches, in order, a given name (in full or as its initial)."""
    rest = iter(given)
    for token in label:
        if not any(name == token or (len(token) == 1 and name.startswith(token))
                   for name in rest):
            return False
    return True


@lru_cache(maxsize=None)
def titled_name(label: str) -> tuple[tuple[str, ...], tuple[str, ...], str] | None:
    """(titles, forenames, surname) of a label that opens with a title and names a person by
    name: 'Mr. Denis Healey' -> (('MR',), ('DENIS',), 'HEALEY'), 'Secretary of State Dean
    Rusk' -> (('SECRETARY', 'OF', 'STATE'), ('DEAN',), 'RUSK'); None for one without a title
    or whose other words are titles or offices too ('Mr. Deputy Speaker', 'Healey')."""
    words = tokens(label)
    count = _titles_before(words)
    names = words[count:]
    if not count or not names or any(word.lower() in NAME_TITLES for word in names):
        return None
    return words[:count], names[:-1], names[-1]


def listed_name(text: str) -> tuple[tuple[str, ...], str] | None:
    """(forenames, surname) of a person named with a title or with initials, as a list of
    participants names them: 'Mr. Georgi Kornienko' -> (('GEORGI',), 'KORNIENKO'), 'А.И.
    Алексеев' -> (('А', 'И'), 'АЛЕКСЕЕВ'); None for other words ('USSR', 'United States')."""
    titled = titled_name(text)
    if titled is not None:
        return titled[1], titled[2]
    words = tokens(text)
    if len(words) > 1 and re.fullmatch(r"(?:[^\W\d_]\.\s?)+\s*[^\W\d_]{2,}(?:['’-][^\W\d_]+)*",
                                       text.strip()):
        return words[:-1], words[-1]
    return None


OFFICE_OF = frozenset({"OF", "THE", "FOR"})
"""The small words inside an office of titles (`Secretary of State`, `Minister for the Army`)."""


def _titles_before(words: tuple[str, ...]) -> int:
    """How many of `words` (`tokens`) open them as titles (`NAME_TITLES`), with the small words
    between two titles (`OFFICE_OF`): 1 of `MR DENIS HEALEY`, 3 of `SECRETARY OF STATE DEAN
    RUSK`; not `OF` before a name (`MINISTER OF ... CASTRO` stops at `OF` unless a title
    follows)."""
    count = 0
    while count < len(words):
        if words[count].lower() in NAME_TITLES:
            count += 1
            continue
        links = count
        while count and links < len(words) and words[links] in OFFICE_OF:
            links += 1
        if links == count or links == len(words) or words[links].lower() not in NAME_TITLES:
            return count
        count = links
    return count


def names_listed(label: str, listed: tuple[tuple[str, ...], str]) -> bool:
    """Whether a speaker's `label` ('Kornienko', 'G. Kornienko', 'Mr. Kornienko') names the person
    `listed` names (`listed_name`): the surname, and forenames or initials that agree."""
    titled = titled_name(label)
    if titled is not None:
        forenames, surname = titled[1], titled[2]
    else:
        words = tokens(label)
        forenames, surname = words[:-1], (words[-1] if words else "")
    return surname == listed[1] and given_agree(forenames, listed[0])


def same_person(one: tuple[tuple[str, ...], tuple[str, ...], str],
                 other: tuple[tuple[str, ...], tuple[str, ...], str] | None) -> bool:
    """Whether two (titles, forenames, surname) (`titled_name`) may name one person:
    the same titles and surname, the forenames of one those of the other or fewer."""
    return other is not None and one[0] == other[0] and one[2] == other[2] \
        and (given_agree(one[1], other[1]) or given_agree(other[1], one[1]))


def provisional_id(label: str) -> str:
    """`prov-` + the label's slug + 6 hex digits of its hash: the id of one label in every
    build, whatever other documents made ('KING' and 'King' are two persons, `prov-king-...`)."""
    return f"prov-{slug(label)}-{hashlib.sha256(label.encode('utf-8')).hexdigest()[:6]}"


def provisional_source_id(source: str) -> str:
    """`prov-` + the slug of the foreign id + 6 hex digits of the hash of the scoped id:
    `frus1969-76v12#p_NRM1` -> `prov-p-nrm1-...`, `...#DavidDavis` -> `prov-david-davis-...`."""
    spelled = CAMEL.sub(" ", source.rpartition("#")[2])
    return f"prov-{slug(spelled)}-{hashlib.sha256(source.encode('utf-8')).hexdigest()[:6]}"
