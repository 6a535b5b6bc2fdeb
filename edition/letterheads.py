"""The lines by a letter's or a telegram's dateline that say whom it is from and to: the
issuing office's letterhead, the year's motto, a cable's place and addressee, the addressee's
lines; `opener` places them among the opening lines."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import date_checks
from .model import Paragraph
from .paragraphs import ADDRESSEE, is_address_line
from .speakers import match_label

ADDRESS_LINES = 6
"""The most lines an inside address has."""
ADDRESS_LINE_WORDS = 8
"""The most words of a line of an address or a letterhead (`New York`)."""
YEAR_MOTTO = re.compile(r"(?:Año|AÑO) (?i:del?) [^.!?;:]{3,60}")
"""The year's motto a Cuban letter prints under its dateline, naming the year: `Año de la
Planificación`; in quotes, `"Año de la Planificación"` (`QUOTED_MOTTO`)."""
QUOTED_MOTTO = re.compile(r"[\"“«](?P<motto>[^\"“”«»]*)[\"”»]")
"""A line wholly in quotes: `"Año de la Planificación"`."""
MOTTO_WORDS = 8
"""The most words of a year's motto."""
CABLED_TO = re.compile(r"(?:[A-ZА-ЯЁ]+[ \t]+){0,3}(?:AMBASSADOR|EMBASSY|CHARG[EÉ][ \t]D['’]AFFAIRES"
                       r"|CONSUL|MISSION|REPRESENTATIVE|ПОСОЛ|ПОСЛУ|ПОСОЛЬСТВО|СОВПОСОЛ|СОВПОСЛУ"
                       r")(?:[ \t]+[A-ZА-ЯЁ]+){0,3}\.?")
"""A telegram's addressee in capitals, under the place it is cabled to: `SOVIET AMBASSADOR`,
`СОВПОСЛУ`, `EMBASSY`, `CHARGÉ D'AFFAIRES`."""
LETTERHEAD_WORDS = frozenset("""Ministry Ministerium Ministère Ministerio Министерство Embassy
Botschaft Ambassade Embajada Посольство Department Abteilung Mission Misión Delegation
Delegación Délégation Consulate Committee Comité Komitee Комитет""".split())
"""The words naming the issuing office in its lines over the dateline (`Ministerium für
Auswärtige Angelegenheiten` / `Abteilung Lateinamerika`, `United States Mission to the United
Nations`, `Committee for State Security under the Council of Ministers of the USSR`)."""
LETTERHEAD_LEAD = 3
"""The most capitalized words before the office's word: the country's or the state's (`United
States Mission ...`, `Soviet Embassy in Havana`)."""
LETTERHEAD_LINES = 3
"""The most lines of the issuing office's name."""
OFFICE_LINE_WORDS = 12
"""The most words of a line of the office's name over the address: `Committee for State
Security under the Council of Ministers of the USSR` (eleven)."""
OFFICE_NAMED = re.compile(
    r"\S+(?:\s+[A-ZÀ-ÞА-ЯЁ]\S*)*(?:\s+(?i:of|for|in|at|to|für|bei|beim|des|der|de|du|del|en|"
    r"à|au|aux|d['’]\S+|в|во|при)\b.*|\s+[а-яё].*)?")
"""An office's name as its first line gives it, after the office's word: capitalized words
(`Abteilung Lateinamerika`, `Посольство СССР`), then a preposition and what follows
(`Ministerium für Auswärtige Angelegenheiten`, `Embassy of the Hungarian People's Republic`,
`Embassy in Havana`, `Посольство СССР в Республике Куба`), or, in Russian, a genitive
(`Министерство иностранных дел СССР`); not a sentence (`Embassy officials`)."""

def cabled_to(paras: list[Paragraph], given: list[str], index: int,
               found: list[tuple[str, Paragraph]], names_a_place: Callable[[str], bool]) -> int:
    """How many paragraphs from `index`, at a telegram's top (no opening line in `found` but its
    marking), are the place it is cabled to and its addressee, each a line in capitals, the
    place's `names_a_place`, the addressee's an office (`CABLED_TO`): `HAVANA` // `SOVIET
    AMBASSADOR` (or in one paragraph); 0 for other lines (`MOSCOW` // `SECURITY COUNCIL`)."""
    if any(kind != "stamp" for kind, _ in found) or len(paras[index].lines) > 2:
        return 0
    taken = 3 - len(paras[index].lines)
    lines = [line.strip() for para in paras[index:index + taken] for line in para.lines]
    if len(lines) != 2 or any(given[index:index + taken]):
        return 0
    place, addressee = lines
    return taken if place.isupper() and names_a_place(place.rstrip(".")) \
        and CABLED_TO.fullmatch(addressee) is not None else 0


def addressee_block(para: Paragraph) -> bool:
    """Whether `para` is the addressee's lines: two to `ADDRESS_LINES` lines of an address
    (`undated_address_line`), one after the first opening `To` and naming them (`ADDRESSEE`:
    `DSIP - Belgrade` / `To Comrade Koča Popović personally`); not lines of which none is
    addressed (`Strictly personal` / `Copy No. 2`), nor a sentence's (`The Ambassador reported` /
    `To Comrade Popović, in person,` / `that the Cubans agree.`). A first line opening `To` is
    `addressed.addressed`'s."""
    lines = para.lines
    return 1 < len(lines) <= ADDRESS_LINES \
        and all(undated_address_line(line) for line in lines) \
        and any(ADDRESSEE.match(line) for line in lines[1:])


def is_letterhead(paras: list[Paragraph], index: int) -> bool:
    """Whether paragraph `index` names the issuing office over the dateline under it: up to
    `LETTERHEAD_LINES` short lines that end no sentence, the first naming an office
    (`names_an_issuing_office`: `Ministerium für Auswärtige Angelegenheiten` / `Abteilung
    Lateinamerika` // `Berlin, den 15. November 1962`); not such lines over anything else
    (`Embassy of the Hungarian People's Republic` / `Havana` // `No. 00318/1962`), nor a
    sentence's (`Embassy officials` / `will call on you`)."""
    return _names_the_office(paras, index) \
        and len(paras[index + 1].lines) == 1 and date_checks.is_dateline(paras[index + 1].text)


def _names_the_office(paras: list[Paragraph], index: int,
                      line_words: int = ADDRESS_LINE_WORDS) -> bool:
    """Whether paragraph `index`, not the last, is up to `LETTERHEAD_LINES` short lines (up to
    `line_words` each) that end no sentence nor name a date, the first naming an office
    (`names_an_issuing_office`): the issuing office's lines."""
    para = paras[index]
    return len(para.lines) <= LETTERHEAD_LINES and index + 1 < len(paras) \
        and names_an_issuing_office(para.lines[0]) \
        and all(undated_address_line(line, line_words) for line in para.lines)


def heads_the_address(paras: list[Paragraph], index: int, address: Callable[[int], int]) -> bool:
    """Whether paragraph `index` names the issuing office, with its outgoing number, over the
    addressee's lines (`address` says how many paragraphs from an index are an address:
    `addressed.addressed`): `Committee for State Security under the Council of Ministers of the
    USSR` / `No. 2714-Sh` // `To the Central Committee of the CPSU` / `Comrade N. S.
    Khrushchev`, a Soviet report's cover sheet; up to `LETTERHEAD_LINES` short lines, the first
    naming an office (`names_an_issuing_office`)."""
    return _names_the_office(paras, index, OFFICE_LINE_WORDS) and address(index + 1) > 0


def dated_with_motto(para: Paragraph) -> bool:
    """Whether `para` is a dateline with the year's motto under it (`is_year_motto`): `La Habana,
    27 de octubre de 1962` / `"Año de la Planificación"`: the year as the Cuban state names it,
    a line of the dateline."""
    return len(para.lines) == 2 and date_checks.is_dateline(para.lines[0]) \
        and not match_label(para.lines[0]) and is_year_motto(para.lines[1])


def is_year_motto(line: str) -> bool:
    """`"Año de la Planificación"`: a short line naming the year (`YEAR_MOTTO`), bare or wholly
    in quotes (`QUOTED_MOTTO`), no sentence in it; not a quoted sentence (`"No aceptaremos
    la inspección."`), nor another quoted line (`"Patria o Muerte"`, a report's title `"On
    the Situation in Cuba"`)."""
    line = line.strip()
    quoted = QUOTED_MOTTO.fullmatch(line)
    return len(line.split()) <= MOTTO_WORDS \
        and YEAR_MOTTO.fullmatch(quoted["motto"] if quoted else line) is not None


def names_an_issuing_office(line: str) -> bool:
    """Whether `line` names the office a letter or a telegram is issued by, as its letterhead
    does (a signer's office is `signer_offices.names_an_office`'s): a word of
    `LETTERHEAD_WORDS`, first or after up to `LETTERHEAD_LEAD` capitalized words, and its name
    after it (`OFFICE_NAMED`): `Embassy in Havana`, `United States Mission to the United
    Nations`; not a sentence (`Embassy officials`, `Soviet Embassy officials`)."""
    words = line.split()
    for at, word in enumerate(words[:LETTERHEAD_LEAD + 1]):
        if word in LETTERHEAD_WORDS:
            return OFFICE_NAMED.fullmatch(" ".join(words[at:])) is not None
        if not word[:1].isupper():
            return False
    return False


def undated_address_line(line: str, most_words: int = ADDRESS_LINE_WORDS) -> bool:
    """A line of an address, a letterhead or an inside address: short (up to `most_words`),
    ending no sentence (`paragraphs.is_address_line`), naming no date (`New York`; not `Moscow,
    12 November 1962`, the dateline under them)."""
    return is_address_line(line, most_words) and not date_checks.names_a_date(line)


def names_a_cabled_body(text: str, spans: list[tuple[int, int, object]]) -> bool:
    """Whether `text` names the bodies a telegram is sent to and nothing else, `spans` the
    registers' mentions in it (`Registers.mention_spans`, each entry with its `kind`): bodies
    (`USSR MFA`, `CC CPSU`), after the city it is cabled to and a comma (`MOSCOW, MFA USSR`),
    a body's country right after it (`MFA USSR`); commas and a final period besides. Not a
    place alone (`MOSCOW`), nor a place before a body with no comma (`MOSCOW MFA`)."""
    kinds = [entry.kind for _, _, entry in spans]
    if "org" not in kinds or set(kinds) - {"org", "place"}:
        return False
    first = kinds.index("org")
    ends = [0] + [end for _, end, _ in spans]
    between = [text[end:start] for end, (start, _, _) in zip(ends, spans)]
    if "".join(between).strip(" ,") or text[ends[-1]:].strip(" ."):
        return False
    cabled_to = first == 0 or "," in between[first]
    qualified = all(kind == "org" or (kinds[index - 1] == "org" and between[index] == " ")
                    for index, kind in enumerate(kinds[first:], first))
    return cabled_to and qualified
