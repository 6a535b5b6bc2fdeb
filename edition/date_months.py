"""The month names of English and the archive's other languages, in the forms a date writes them."""

from __future__ import annotations

_BY_LANGUAGE = {
    "de": ("Januar Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"),
    "fr": ("janvier", "février fevrier", "mars", "avril", "mai", "juin", "juillet", "août aout",
           "septembre", "octobre", "novembre", "décembre decembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre setiembre", "octubre", "noviembre", "diciembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"),
    # the nominative (`ноябрь 1962`), the genitive after a day (`19 ноября`) and the
    # prepositional after `в` (`в ноябре 1962 г.`)
    "ru": ("январь января январе", "февраль февраля феврале", "март марта марте",
           "апрель апреля апреле", "май мая мае", "июнь июня июне", "июль июля июле",
           "август августа августе", "сентябрь сентября сентябре", "октябрь октября октябре",
           "ноябрь ноября ноябре", "декабрь декабря декабре"),
    # Polish and Czech: the nominative, the genitive after a day (`9 listopada 1962 r.`, `9.
    # listopadu 1962`) and the locative after `w`, `v` (`w listopadzie`, `v listopadu`)
    "pl": ("styczeń stycznia styczniu", "luty lutego lutym", "marzec marca marcu",
           "kwiecień kwietnia kwietniu", "maj maja maju", "czerwiec czerwca czerwcu",
           "lipiec lipca lipcu", "sierpień sierpnia sierpniu", "wrzesień września wrześniu",
           "październik października październiku", "listopad listopada listopadzie",
           "grudzień grudnia grudniu"),
    "cs": ("leden ledna lednu", "únor února únoru", "březen března březnu", "duben dubna dubnu",
           "květen května květnu", "červen června červnu", "červenec července červenci",
           "srpen srpna srpnu", "září", "říjen října říjnu", "listopad listopadu",
           "prosinec prosince prosinci"),
    # Turkish, also as typewriters without its letters wrote them (`Subat`, `Kasim`)
    "tr": ("ocak", "şubat subat", "mart", "nisan", "mayıs mayis", "haziran", "temmuz",
           "ağustos agustos", "eylül eylul", "ekim", "kasım kasim", "aralık aralik"),
    # Hungarian, written year first (`date_hungarian`); `november`, `december` are English's
    "hu": ("január", "február", "március", "április", "május", "június", "július", "augusztus",
           "szeptember", "október", "november", "december"),
}
"""Each language's months, January to December, each month's forms split by spaces (also as
typewriters without accents wrote them: `fevrier`, `aout`)."""
_ABBREVIATED = {"de": ("Jan", "Feb", "Mrz", "Apr", "", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"),
                "fr": ("janv", "févr", "", "avr", "", "", "juil", "", "sept", "oct", "nov", "déc"),
                "ru": ("янв", "февр", "", "апр", "", "", "", "авг", "сент", "окт", "нояб", "дек")}
"""Abbreviations, January to December, that name no word of English (not the Spanish `ago`,
`dic`, `ene`), read with their period or without (`5. Okt. 1962`, `19 нояб. 1962 г.`)."""
ENGLISH_NAMES = ("january february march april may june july august september october "
                 "november december").split()
ENGLISH_MONTHS = {name: number for number, name in enumerate(ENGLISH_NAMES, 1)} | dict(
    jan=1, feb=2, mar=3, apr=4, jun=6, jul=7, aug=8, sep=9, sept=9, oct=10, nov=11, dec=12)
"""The forms of the months in English (lower case) -> the month's number."""


def _forms(table: dict[str, tuple[str, ...]]) -> dict[str, int]:
    """Each form of a month of `table` (lower case) -> the month's number, none of English."""
    return {form.lower(): number for months in table.values()
            for number, forms in enumerate(months, 1) for form in forms.split()
            if form.lower() not in ENGLISH_MONTHS}


FOREIGN_MONTHS = _forms(_BY_LANGUAGE)
"""Every full form of a month of the archive's other languages (lower case) -> the month's
number; none that English writes the same (`November`: `date_patterns.MONTHS`)."""
SPANISH_MONTHS = _forms({"es": _BY_LANGUAGE["es"]})
"""The Spanish months (`enero`, `setiembre`) -> the month's number: `date_spanish`."""
HUNGARIAN_MONTHS = {form: number for number, forms in enumerate(_BY_LANGUAGE["hu"], 1)
                    for form in forms.split()}
"""The Hungarian months (`október`, `november`) -> the month's number: `date_hungarian`."""
FOREIGN_ABBREVIATIONS = _forms(_ABBREVIATED)
"""Every abbreviated one, as `FOREIGN_MONTHS` (`okt`, `нояб`; not `Nov`, English's too)."""


def is_foreign_month(token: str) -> bool:
    """Whether a month's name as written (`novembre`, `Okt.`) is of another language only."""
    word = token.rstrip(".").lower()
    return word in FOREIGN_MONTHS or word in FOREIGN_ABBREVIATIONS
