"""Where a title's correspondents end: a French `au` after an office's `à`, a subject, a post."""

from __future__ import annotations

import re

from .letter_forms import SIGNER_OFFICE_WORDS

FRENCH_PARTIES = re.compile(
    r"\b(?i:lettres?|messages?|télégrammes?|notes?|dépêches?)\s+"
    r"(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*(?P<sender>[^,]+?(?:,[^,]+?){0,2}?),?\s+"
    r"(?:au|aux|à\s+la|à\s+l['’]|à(?=\s+(?:M\.|Mme|Mlle|Monsieur|Madame)\s))\s*"
    r"(?P<addressee>[^,(]+?)(?:\s*[(,]|$)")
"""A French title's parties, the addressee after `au`, `aux`, `à la`, `à l'` or `à M.` (in small
letters: not `à La Havane`), the sender before it with any `à` of his office (`Télégramme de M.
Hervé Alphand, Ambassadeur de France à Washington, au Ministère des Affaires étrangères`: the
ambassador at Washington writes to the Ministry; `Dépêche de l'Ambassadeur de France à Moscou, M.
Dejean, au Ministère`); a title of `à` alone between them (`Lettre de Khrouchtchev à Kennedy`)
is read as the other languages' are."""
OFFICE_PLACED = re.compile(
    r"^(?P<office>(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}"
    rf"(?i:{'|'.join(sorted(SIGNER_OFFICE_WORDS))})\b"
    r"(?:\s+[A-Z][\w’'-]+){0,2})\s+in\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?$")
"""A person's post, his name after it or none, and the place he holds it in, nothing else
(`Italian Ambassador in Ankara`, `Ambassador Alphand in Washington`): the office names him, the
place where he writes from; not a body placed so (`Embassy in the Soviet Union`, `Mission in
Geneva`), which the place names."""
SUBJECT_AFTER = re.compile(r"\s+(?:on|about|concerning|regarding)\s+(?=\S)")
"""What opens the subject of a title after its addressee: `to Prime Minister Fanfani on the
Jupiter Missiles`, `to Secretary Rusk about Turkey`."""
OPEN_TO_ON = frozenset(SIGNER_OFFICE_WORDS | {"committee", "subcommittee", "commission",
                                               "council", "conference", "group"})
"""Words an office's or a body's `on` goes on (`Representative on the Security Council`,
`Committee on Foreign Relations`): no subject after them."""


def french_parties(title: str) -> tuple[str, str] | None:
    """(sender, addressee) of a French title whose addressee follows `au`, `aux`, `à la`, `à l'`
    or `à M.` (`FRENCH_PARTIES`); None for another title."""
    match = FRENCH_PARTIES.search(title)
    if match is None:
        return None
    return match.group("sender").strip(" ,"), match.group("addressee").strip()


def without_subject(addressee: str) -> str:
    """A title's addressee without the subject after it (`SUBJECT_AFTER`): `Prime Minister
    Fanfani` of `Prime Minister Fanfani on the Jupiter Missiles`; an office's or a body's `on`
    kept (`OPEN_TO_ON`: `the Soviet Representative on the Security Council`)."""
    for found in SUBJECT_AFTER.finditer(addressee):
        before = addressee[:found.start()].split()
        if found.group().strip() != "on" or before[-1].lower() not in OPEN_TO_ON:
            return addressee[:found.start()]
    return addressee


def without_post_place(sender: str) -> str:
    """A title's sender named by a post and the place he holds it in, the post alone
    (`OFFICE_PLACED`: `Italian Ambassador` of `Italian Ambassador in Ankara`); another as it
    is."""
    placed = OFFICE_PLACED.match(sender)
    return placed.group("office") if placed else sender
