"""Countries and regions as a report's run-in headings print them (`CUBA:`, `COMMUNIST CHINA:`):
no speaker's label."""

from __future__ import annotations

import re

from .name_forms import fold

COUNTRIES = frozenset(fold(name) for name in """
Afghanistan|Albania|Algeria|Angola|Argentina|Australia|Austria|Belgium|Bolivia|Brazil|Bulgaria
|Burma|Cambodia|Cameroon|Canada|Ceylon|Chile|China|Colombia|Congo|Costa Rica|Cuba|Cyprus
|Czechoslovakia|Dahomey|Denmark|Dominican Republic|Ecuador|Egypt|El Salvador|Ethiopia|Finland
|Formosa|France|Germany|Ghana|Greece|Guatemala|Guinea|Haiti|Honduras|Hungary|Iceland|India
|Indonesia|Iran|Iraq|Ireland|Italy|Jamaica|Japan|Kenya|Korea|Kuwait|Laos|Lebanon|Liberia|Libya
|Mali|Mexico|Mongolia|Morocco|Nepal|Netherlands|New Zealand|Nicaragua|Nigeria|Norway|Pakistan
|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Rumania|Romania|Russia|Saudi Arabia|Senegal
|Somalia|Spain|Sudan|Sweden|Switzerland|Syria|Taiwan|Tanganyika|Thailand|Tunisia|Turkey|Uganda
|Uruguay|Venezuela|Vietnam|Viet Nam|Yemen|Yugoslavia|Zanzibar|USSR|Soviet Union|UAR|USA|US
|United States|United Kingdom|UK|Britain|Great Britain|Berlin|British Guiana|Puerto Rico
|Africa|Asia|Europe|Latin America|South America|Central America|Caribbean|Middle East|Near East
|Far East|Southeast Asia|Western Europe|Eastern Europe|Western Hemisphere|Indochina|NATO|OAS|UN
""".replace("\n", "").split("|"))
"""The countries of the early 1960s, by their names then (`Ceylon`, `Formosa`, `Tanganyika`),
and the regions a report heads its items with; not those that are as often a surname (`Jordan`,
`Chad`, `Israel`) or a given name (`Georgia`)."""
QUALIFIERS = frozenset(fold(word) for word in """
Communist Red Nationalist Free North South East West Western Eastern Central Northern Southern
Soviet
""".split())
"""Words a country's heading puts before it: `COMMUNIST CHINA`, `NORTH VIETNAM`, `SOVIET
UNION` being a country's name whole (`_a_country`)."""
PARTS_SPLIT = re.compile(r"-|/|\band\b|\bAND\b")
"""What joins several countries in one heading: `USSR-CUBA`, `US/USSR`, `CUBA AND BRAZIL`."""


def names_a_country(label: str) -> bool:
    """Whether `label` is a country's or a region's name, or several joined by hyphens or
    `and`, with their qualifiers (`CUBA`, `COMMUNIST CHINA`, `USSR-CUBA`, `NORTH VIETNAM`,
    `LATIN AMERICA`): a report's heading, never a speaker."""
    parts = [part.strip() for part in PARTS_SPLIT.split(label) if part.strip()]
    return bool(parts) and all(_a_country(part) for part in parts)


def _a_country(part: str) -> bool:
    """Whether `part`, or it with its qualifiers before it left out, names a country or a region
    (`SOVIET UNION` whole, `SOUTH AMERICA`; `COMMUNIST CHINA` without its qualifier)."""
    words = fold(part).split()
    while " ".join(words) not in COUNTRIES and len(words) > 1 and words[0] in QUALIFIERS:
        words = words[1:]
    return " ".join(words) in COUNTRIES
