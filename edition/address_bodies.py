"""Whose body an address names at a line's end, read on into the line under it (`Havana`).

    To the Ministry of Foreign Affairs / of the Republic of Cuba -> Cuba's ministry, not the
        USSR's, whose form `Ministry of Foreign Affairs` is
    To the Ministry of Foreign Affairs / Havana                  -> Cuba's too: Havana is in Cuba
    To the Ministry of Foreign Affairs / Moscow (of the USSR)    -> the USSR's
"""

from __future__ import annotations

from .embedded_names import OWN_EPITHETS
from .register_files import Entry
from .registers import Registers

Span = tuple[int, int, Entry]


def going_on(registers: Registers, text: str, continued: str, mentions: list[Span]
             ) -> list[Span]:
    """`mentions` of `text`, a line of an address, less an organization's name ending it that,
    read on into the next line `continued`, is no longer the register's: `To the Ministry of
    Foreign Affairs` / `of the Republic of Cuba` is Cuba's ministry, not the USSR's
    (`embedded_names.own_names`), while `of the USSR` and `Moscow` after it keep it; over a
    city of another country (`Havana`) it is that country's (`body_placed`)."""
    joined = {(start, entry.id)
              for start, _, entry in registers.mention_spans(f"{text} {continued}")}
    kept = [(start, end, entry if entry.kind != "org" or text[end:].strip(" ,")
             else body_placed(registers, text[start:end], entry, continued))
            for start, end, entry in mentions
            if entry.kind != "org" or text[end:].strip(" ,") or (start, entry.id) in joined]
    return [(start, end, entry) for start, end, entry in kept if entry is not None]


def body_placed(registers: Registers, form: str, entry: Entry, place_line: str) -> Entry | None:
    """The body `form` names, an address's line over `place_line`: where that line is places
    alone in a country (`Havana`, `Havana, Cuba`: a city the register places in Cuba, or the
    country) that none of the entry's forms name (`Ministry of Foreign Affairs of the USSR`),
    that country's body of the form (`Ministry of Foreign Affairs of Cuba`) if the register has
    it, else None; else `entry`."""
    if _names_its_country(registers, form):
        return entry   # `Ministry of Foreign Affairs of the USSR`, `Soviet Foreign Ministry`
    places = registers.mention_spans(place_line)
    rest = place_line
    for start, end, _ in reversed(places):
        rest = rest[:start] + rest[end:]
    countries = [registers.get(place.country) or place for _, _, place in places
                 if place.kind == "place" and (place.country or place.type == "country")]
    own = registers.places_named_by(entry)
    if rest.strip(" ,.") or not countries or not own or {c.id for c in countries} & own:
        return entry
    return next((body for variant in countries[0].variants for joint in (" of ", " of the ")
                 if (body := registers.entry_named(form + joint + variant)) and body.kind == "org"),
                None)


def _names_its_country(registers: Registers, form: str) -> bool:
    """Whether the body's name as printed names its country, by a place of the registers or a
    word calling it by its country (`of the USSR`, `Soviet`): the city under it changes no
    country (a Soviet embassy's note to its own ministry, `Havana` its place line)."""
    after_of = form.rpartition(" of ")[2] if " of " in form else ""
    return any(entry.kind == "place" for *_, entry in registers.mention_spans(after_of)) \
        or any(word in OWN_EPITHETS["ussr"] for word in form.casefold().split())
