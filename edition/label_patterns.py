"""Speaker label patterns: the shapes of a label's name, titles, initials, deliveries and mark."""

from __future__ import annotations

import re

from .alphabets import LOWER, UPPER
from .letter_forms import NAME_PARTICLES
from .name_forms import HONORIFICS

NAME_PREFIXES = frozenset(HONORIFICS.upper().split("|")) | {"ST"}
"""Words that open a name but are no label alone: the titles, and `St` (`St. Petersburg`)."""
CAPS_LABEL = re.compile(
    rf"^(?P<label>(?:(?:{HONORIFICS.upper()})\.\s+)?(?:(?:[{UPPER}]\.\s?){{1,3}}\s*|U\s+)?"
    rf"[{UPPER}][{UPPER}'’\-]+(?:\s+(?:[{UPPER}]\.\s?)*[{UPPER}][{UPPER}'’\-]+)*)"
)
PARTICLE = rf"(?:(?:{'|'.join(sorted(NAME_PARTICLES, key=lambda p: (-len(p), p)))})\s+){{1,2}}"
"""`de `, `van der `: the small words of a name before a capitalized one (`General de Gaulle`,
`Couve de Murville`, `von Brentano`), the lowercase words a label may hold: one or two of
`letter_forms.NAME_PARTICLES`, the particles a signature holds."""
LETTER_WORD = rf"(?![AI]\s)[{UPPER}](?=\s+[{UPPER}][{LOWER}])"
"""`U` of `U Thant`: a capital that is a word of a name, before a name (`A`, `I` are English)."""
COLON_INITIALS = rf"(?!U\.\s?[SNK]\.)(?:[{UPPER}]\.\s?){{1,3}}(?=[{UPPER}][{LOWER}])"
"""`A.I. `, `A. I. `, `F. `: a name's initials before the title-case name of a label before a
colon (`A.I. Mikoyan:`, `F. Castro:`, `Comrade A. I. Mikoyan:`), not before a word in capitals
(`A. SUMMARY:`) nor a country's or the United Nations' (`U.S. Position:`)."""
COLON_WORD = rf"(?:(?:{COLON_INITIALS})?[{UPPER}][{LOWER}{UPPER}’'\-]+|{LETTER_WORD})"
PARENTHESIS = r"[^()\[\]]{1,60}"
DELIVERIES = rf"\s*\((?P<delivery>{PARENTHESIS})\)(?:\s*\((?P<then>{PARENTHESIS})\))?"
BRACKETED = r"\s*\[(?P<bracketed>[^\[\]]{1,40})\]"
"""A manner in brackets after a label's name: ` [laughing]`, ` [to Roa]`."""
MANNER = rf"(?:,\s*|\s+[—–]\s+)(?P<manner>[{LOWER}][^,.:;()\[\]]{{0,40}}?)|{BRACKETED}"
PARENTHESES = rf"(?:{DELIVERIES}|{MANNER})?"
"""The parentheses after a label's name: ` (to Mikoyan)`, a delivery, and in a debate ` (Leeds,
East)`, the member's seat, which a delivery may follow, ` (Leeds, East) (Interrupting)`
(`LabelMatch.then`); a manner after a comma or a dash or in brackets, `, laughing`, ` —
laughing`, ` [laughing]` (`MANNER`), a delivery as the parenthesis is."""
COLON = r"\s?(?:[:：](?:\s*[—–]\s*|\s+)|：)(?=\S)"
"""A label's colon: after a space or none (a non-breaking one too), full width or not, before a
space or a dash (`Mikoyan :`, `Mikoyan:—`, `Микоян: —`, `Mikoyan：Yes`)."""
COLON_LABEL = re.compile(
    rf"^(?P<label>(?:(?:{HONORIFICS})\.?\s+)?(?:{PARTICLE})?{COLON_WORD}"
    rf"(?:\s+(?:of\s+(?:the\s+)?|{PARTICLE})?{COLON_WORD}){{0,3}})"
    rf"{PARENTHESES}{COLON}"
)
NAME = rf"[{UPPER}][{LOWER}’'\-]+(?:[{UPPER}][{LOWER}’'\-]+)?"
"""A name in title case: `Mikoyan`, `McCloy`, `O'Neill`, `Douglas-Home`."""
INITIALS = rf"(?:[{UPPER}]\.\s?){{1,3}}"
DASH = r"\s?(?:—|–|--)\s*"
"""`Mikoyan — The`, `Dobrynin— It`: a dash after a label (the text begins with a capital)."""
HONOURED = rf"(?:(?:{HONORIFICS})\.|Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Herr|Frau)\s+"
"""`Mr. `, `Mr `, `Sir `, `Herr `: a title before a name (abbreviations other than Mr, Mrs, Ms, Dr
with their period; `St.` is no title: `St. Petersburg` is no person)."""
TITLE_LABEL = re.compile(
    rf"^(?P<label>(?P<titles>(?:{HONOURED}){{1,2}})(?!(?:{HONORIFICS})\.)(?P<names>(?:{PARTICLE})?"
    rf"{NAME}(?:\s+(?:{PARTICLE})?{NAME}){{0,2}})|{NAME}(?:\s+{NAME}){{1,2}})"
    rf"{PARENTHESES}\.\s+(?=[{UPPER}0-9“\"'‘])"
)
"""`Mr. Healey. Will`, `Mr. de Gaulle. No.`, `Herr von Brentano. Nein.`, `Stephen Kinnock. 1.`: a
title and one to three names, with the particles of a name after the title (`de`, `van der`), or
two or three names without a title (Hansard); a parenthesis after the name, as before a colon
(`Mr. Healey (Leeds, East). I beg`), is its delivery, in a debate the member's seat
(`speaker_refs.SpeakerLookup._member`)."""
OFFICE_LABEL = re.compile(
    rf"^(?P<label>(?:The\s+)?{NAME}(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?{NAME}){{0,6}}\s*"
    rf"\((?P<name>{HONOURED}(?:{INITIALS}\s*)?{NAME}(?:\s+(?:{INITIALS}\s*)?{NAME}){{0,3}})"
    rf"(?:,\s*{NAME}(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?{NAME}){{0,6}})?\))"
    rf"(?:\s*\((?P<delivery>{PARENTHESIS})\))?(?P<mark>[.:])\s+(?=\S)"
)
"""`The Prime Minister (Mr. Harold Macmillan). Yes, Sir.`: an office and, in parentheses, the
name of the person who holds it (Hansard), by which the speaker is looked up, and after a comma
whom he stands for (`The PRESIDENT (Mr. ZORIN, Union of Soviet Socialist Republics):`, a United
Nations verbatim record); a delivery in parentheses may follow (`The Prime Minister (Mr. Harold
Macmillan) (Interrupting):`)."""
SURNAME_FIRST = re.compile(
    rf"^(?P<surname>[{UPPER}][{LOWER}’'\-]+|[{UPPER}][{UPPER}’'\-]+)\s+"
    rf"(?!U\.\s?[SNK]\.|D\.\s?C\.)"
    rf"(?P<initials>(?:[{UPPER}](?:[{LOWER}]|[{UPPER}](?=\.))?\.\s?){{2,3}}?)\s?:\s+(?=\S)"
)
"""`Khrushchev N. S.: We`, `MALINOVSKY R.YA.: The`: a surname and then two or three initials
before a colon, the order of Soviet protocols and records, looked up as `N. S. Khrushchev`
(`LabelMatch.name`); not `Washington D.C.:` nor `U.S.`."""
TWO_CAPITALS = re.compile(rf"[{UPPER}]{{2}}")
"""Two capitals in a row: an office label read in title case has them before its `)` (a word of
`_titled_words` in capitals: `Madam DEPUTY SPEAKER (...)`, `The Acting PRESIDENT (...)`)."""
NAMES = rf"(?:{PARTICLE}|{LETTER_WORD}\s+)?{NAME}(?:\s+(?:{PARTICLE})?{NAME}){{0,2}}"
"""One to three names and the particles between them: `Couve de Murville`, `U Thant`."""
LETTER_LABEL = re.compile(
    rf"^(?P<label>[{UPPER}])(?:\.:?(?!\s+(?:{INITIALS}\s*)?{NAMES}(?:\s?:|\s*$))|:)\s+(?=\S)")
"""`K. Yes`, `R: No`, `M.: Yes`: a letter as a label; not an initial or a courtesy title before
a name, other initials before it or not, that ends the paragraph or stands before a colon, a
space before it or none (`M. Couve de Murville`, `A. Kosygin`, `A. I. Mikoyan:`, `N. S.
Khrushchev:`, French `M. Couve de Murville :`)."""
DASH_LABEL = re.compile(rf"^(?P<label>{NAMES}){DASH}(?=[{UPPER}“\"‘])")
"""`Mikoyan — The bombers`: a label only where it recurs (`trusted_labels`) or names a person who
speaks in the document (`loose_label`); a dash after a name in a sentence is no label."""
LOOSE_LABEL = re.compile(
    rf"^(?:(?P<title>(?:{INITIALS}\s*)?{NAMES})(?P<mark>[.:]\s+|{DASH})"
    rf"|(?P<caps>[{UPPER}][{UPPER}’'\-]+(?:\s+[{UPPER}][{UPPER}’'\-]+){{0,2}})"
    rf"(?P<capsmark>[.:]?\s+|{DASH}))(?=[{UPPER}0-9“\"‘])"
)
"""`Dortikos. Thank`, `Dorticos: Thank`, `DORTIKOS Thank`, `A.I. Mikoyan: Nobody`, `McCloy: And`,
`Mikoyan — The`: what a label would look like when `match_label` refuses it (one word, once,
unknown, no period)."""
LABEL_WORD_BREAK = re.compile(r"[\s.]+")
LABEL_END = re.compile(r"^[.:]\s+\S")
CAPS_DASH = re.compile(rf"^{DASH}(?=[{UPPER}“\"‘])")
DELIVERY = re.compile(r"^,\s*(?P<delivery>[^.:;\[\]]{1,60}?):\s+(?=\S)")
ASIDE = re.compile(rf"^,\s*(?P<delivery>[{LOWER}][^,.:;\[\]()]{{0,40}}?)\.\s+(?=[{UPPER}“\"‘])")
"""`KING, aside. I had`: a delivery of a few words after a comma, ended by a period."""
PAREN_DELIVERY = re.compile(rf"^{DELIVERIES}(?P<end>[.:]?)\s+(?=\S)")
"""`KHRUSHCHEV (to Mikoyan): Let`, `MR. HEATH (Bexley) (Interrupting): Will`: the parentheses
after a label in capitals (`PARENTHESES`)."""
BRACKET_DELIVERY = re.compile(rf"^(?=\s*\[[{LOWER}][^\[\]?]*\]){BRACKETED}(?P<end>[.:])\s+(?=\S)")
"""`MIKOYAN [laughing]: Good`, `MIKOYAN [through interpreter]: We`: a manner in brackets after a
label in capitals, as `Mikoyan [to Roa]:` has one after a name in title case (`MANNER`); in small
letters, not `[2 lines not declassified]`, `[Name deleted]`."""
