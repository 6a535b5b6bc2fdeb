"""Speaker labels: recognise `A.I. MIKOYAN.`-style labels at the start of a paragraph.

    "O. DORTICOS. We have analyzed"   -> turn, label "O. DORTICOS", text "We have analyzed"
    "ALEKSEEV: But Che is"            -> turn, label "ALEKSEEV"
    "A.I. MIKOYAN, to Che: Let's"     -> turn with delivery "to Che"
    "KHRUSHCHEV (to Mikoyan): Let's"  -> turn with delivery "to Mikoyan" (also `(To Mikoyan).`)
    "A.I. MIKOYAN What are you"       -> turn, label without its period (warned)
    "DORTICOS objects."               -> a name and a verb: stage line or narrative, not a turn
    "Stephen Kinnock. 1. What"        -> turn, title-case label (registered or provisional speakers)
    "MR. KISSINGER: Well", "K: Yes"   -> turns; `Kissinger: Yes`, `A.I. Mikoyan: Yes`, `A. I.
                                        Mikoyan: Yes` when the label recurs (once, where
                                        the dialogue is written with colons, if the registers
                                        know the person: `colon_label`, `speaker_refs`)
    "Khrushchev N. S.: We", "MIKOYAN A.I.: Yes" -> turns, looked up as `N. S. Khrushchev`
    "MIKOYAN — The bombers"           -> turn; `Mikoyan — The bombers` when the label recurs
    "Mr. Kissinger: Well", "The President: We" -> turns (title case with an honorific)
    "Phạm Văn Đồng: We", "General de Gaulle: I", "van der Stoel: No", "U Thant: I"
                                      -> turns (letters of any alphabet, a name's particles, a
                                        one-letter word)
    "M. Couve de Murville: And"       -> turn (`M.` a courtesy title); "M. Couve de Murville"
                                        alone, "A. Kosygin" no letter label `M`, `A`
    "Mr. Healey. Will", "The Prime Minister (Mr. Harold Macmillan). Yes" -> turns (Hansard); the
                                        second looked up by `name` "Mr. Harold Macmillan"; the
                                        first `spoken_only`
    "Mr. Healey (Leeds, East) (Interrupting): Will" -> turn with delivery "Leeds, East", `then`
                                        "Interrupting" (a debate's seat and delivery: `_member`)
    "KING, aside. I had looked"       -> turn with delivery "aside", `spoken_only`
    "II. MILITARY QUESTIONS", "A. The missiles" -> not turns when they number an outline
    "Dorticos: Thank", "Dortikos. Thank", "DORTIKOS Thank", "A.I. Mikoyan: Nobody" once,
    "Mikoyan — The"                   -> `loose_label`, for the registers to judge (`speaker_refs`):
                                        refused by `match_label`
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .alphabets import UPPER
from .bracket_labels import BRACKET_ROLES, bracket_label
from .country_words import names_a_country
from .letter_forms import DEAR_OPENING
from .name_forms import HONORIFICS, NAME_TITLES, TITLES, fold
from .outline_numbers import ENUMERATOR, ROMAN, is_section_heading, numbering
from .doubt_marks import doubt_mark, doubted, undoubted
from .label_patterns import (NAME_PREFIXES, CAPS_LABEL, COLON_LABEL, TITLE_LABEL, OFFICE_LABEL,
                             SURNAME_FIRST, TWO_CAPITALS, LETTER_LABEL, DASH_LABEL, LOOSE_LABEL,
                             LABEL_WORD_BREAK, LABEL_END, CAPS_DASH, DELIVERY, ASIDE,
                             PAREN_DELIVERY, BRACKET_DELIVERY)
from .label_words import (LABEL_FIRST_WORDS, NOT_LOOSE_WORDS, NOT_SPEAKERS, TITLE_STOPWORDS,
                          heads_no_label, is_cable_sentence)
from .record_fields import heads_a_field_phrase, heads_a_remark
from .security_markings import classification_level
from .unnamed_labels import DELEGATION_LABEL, UNIDENTIFIED_LABEL, role, unnamed_label


@dataclass(frozen=True)
class LabelMatch:
    """A label found at the start of a paragraph."""

    label: str             # as printed, without final punctuation
    rest: int              # offset where the spoken text (or the verb) starts
    kind: str              # "turn" or "name-verb"
    delivery: str = ""     # "to Che"
    missing_period: bool = False
    title_case: bool = False
    name: str = ""         # the name to look up when not the label: `Mr. Harold Macmillan`
    mark: str = ""         # the punctuation that ends it: ".", ":", "—" (any dash); "" none
    then: str = ""
    """A second parenthesis after the first (`Mr. Healey (Leeds, East) (Interrupting):`): the
    delivery where the first is a member's seat in a debate (`SpeakerLookup._member`); a label
    whose first parenthesis is none is no turn."""
    unidentified: bool = False
    """A turn of a speaker the source does not name (`UNIDENTIFIED_LABEL`): `sp` without @who."""
    enclosed: bool = False
    """Whether the delivery was printed in parentheses (`KHRUSHCHEV (to Mikoyan):`, not `A.I.
    MIKOYAN, to Che:`): its `stage` records them in @rend, as a direction in a paragraph does."""
    doubt: str = ""
    """The doubt's mark as printed after the name (`?`, ` (?)`, ` [?]`), the speaker's with it."""
    joint: tuple[str, ...] = ()
    """The labels of the speakers of a turn several speak at once (`MACMILLAN and KENNEDY:`,
    `LooseTurns._joint_turn`), each looked up as its own turn's: `sp/@who` points at each."""
    spoken_only: bool = False
    """A shape a turn has in a spoken record (drama, transcript, Hansard's minutes): `KING,
    aside.`, `Mr. Healey.`; elsewhere as likely a place or a sentence (`MOSCOW, tomorrow.`,
    `Mrs. Kennedy. She was there.`), a turn only for a person who speaks there (`speaker_refs`)."""

    @property
    def doubted(self) -> bool:
        """Whether the source marks the speaker unsure with a question mark after the label
        (`Rusk?:`, `DOUBT_MARK`): `label` is the name without it, by which the speaker is looked
        up."""
        return bool(self.doubt)

    @property
    def titled(self) -> bool:
        """Whether the label names its speaker with a title or an office (`Mr. Healey`, `Lord
        Home`, `The President`, `The Prime Minister (Mr. Harold Macmillan)`; nameparser's
        titles)."""
        first = self.label.split()[0].rstrip(".").lower() if self.label else ""
        return bool(self.name) or first == "the" or first in NAME_TITLES


def trusted_labels(texts: list[str]) -> frozenset[str]:
    """Labels the document confirms as speakers: single letters (`K.`, `R:`) and title-case names
    before a colon (`Kissinger:`) or a dash (`Mikoyan — `) that open at least two paragraphs (a
    one-off could be anything: `Berlin: The Secretary said`; the registers judge it, see
    `speaker_refs`), and roman numerals (`XI.`) that do not number sections and recur, as a
    letter must (`II. Note by the Embassy: ...` once is the record's number). Letters that number
    an outline (`A.`, `B.`, starting again at `A.` under each section heading) are not
    speakers."""
    texts = [undoubted(text, doubt_mark(text)) for text in texts]   # `Rusk?:` is `Rusk:`
    marks = [m.group("mark") if (m := ENUMERATOR.match(t)) else "" for t in texts]
    sections, outline = numbering(texts, marks)
    colon = [m.group("label") for t in texts if (m := match_colon_label(t))]
    counts = Counter(m.group("label") for t in texts if (m := LETTER_LABEL.match(t)))
    counts.update(colon)
    counts.update(m.group("label") for t in texts if (m := DASH_LABEL.match(t)))
    counts.update(m.group("label") for t in texts   # `Soviet side:`; `USSR:` is a colon's
                  if (m := DELEGATION_LABEL.match(t)) and not m.group("label").isupper())
    trusted = {label for label, n in counts.items() if n >= 2 and label != "I"
               and label not in sections and not (outline and len(label) == 1)}
    trusted |= _asked_and_answered(texts, sections)
    bracketed = [m.group("label") for t in texts if (m := bracket_label(t))]
    trusted |= {f"[{label}]" for label in bracketed} if len(bracketed) >= 2 else set()
    numerals = {n for n, count in Counter(marks).items()
                if len(n) > 1 and ROMAN.match(n) and count >= 2}
    return frozenset(trusted | (numerals - sections))


def _asked_and_answered(texts: list[str], sections: set[str]) -> set[str]:
    """`Q`, where a `Q:` paragraph is answered by an `A:` paragraph right after it (a press
    conference's questioner abbreviated once among its `QUESTION:` turns): the pair confirms
    each other, as a letter that recurs does."""
    pairs = zip((LETTER_LABEL.match(t) for t in texts), (LETTER_LABEL.match(t) for t in texts[1:]))
    asked = any(q and a and q.group("label") == "Q" and a.group("label") == "A"
                and q.group(0).startswith("Q:") and a.group(0).startswith("A:") for q, a in pairs)
    return {"Q", "A"} if asked and "Q" not in sections else set()


def match_label(text: str, trusted: frozenset[str] = frozenset()) -> LabelMatch | None:
    """The speaker label opening `text`, if any (see the module docstring for the forms)."""
    office = office_label(text)
    if office:
        return office
    unnamed = unnamed_label(text, trusted)   # `Unidentified:`, `The representative of Cuba:`
    if unnamed:
        return LabelMatch(unnamed.group("label"), unnamed.end(), "turn", mark=unnamed["mark"],
                          title_case=not unnamed.group("label").isupper(), unidentified=True)
    bracket = bracket_label(text) if text.startswith("[") else None
    if bracket and f"[{bracket['label']}]" in trusted:   # `[Question] Major, what about ...`
        return LabelMatch(bracket["label"], bracket.end(), "turn", title_case=True, mark="]",
                          unidentified=bracket["label"] in BRACKET_ROLES)
    doubt = doubt_mark(text)
    if doubt:
        return doubted(match_label(undoubted(text, doubt), trusted), doubt)
    surname_first = SURNAME_FIRST.match(text) if ":" in text else None
    if surname_first:
        return _surname_first(text, surname_first)
    caps = CAPS_LABEL.match(text)
    label, end = _through_titles(text, caps) if caps else ("", 0)
    found = _after_caps(text, label, end) \
        if caps and _is_speaker_like(label, text, trusted) else None
    if found and not (found.mark == "." and in_capitals(text) and is_cable_sentence(found.label)) \
            and not _numeral_after(text, found):
        return role(found, text, trusted)
    letter = LETTER_LABEL.match(text)
    if letter and letter.group("label") in trusted:
        return role(LabelMatch(letter.group("label"), letter.end(), "turn", mark=text[1]), text,
                    trusted)
    return _title_case_label(text, trusted)


FRENCH_COLON = re.compile(r"^[ \u00a0\u202f]:\s+(?=\S)")
"""A label's colon after a space, as French typography sets it: `MIKOYAN : Nous sommes`."""
TITLED_WORDS = re.compile(rf"\.\s+[{UPPER}][{UPPER}'’\-]+(?:\s+[{UPPER}][{UPPER}'’\-]+)*")
"""What goes on after a courtesy title's period inside a label in capitals: `. RUSK`."""


def _through_titles(text: str, caps: re.Match[str]) -> tuple[str, int]:
    """The label in capitals `caps` found at the start of `text` and where it ends, read on
    through a courtesy title's period inside it, which is not its end: `SECRETARY MR. RUSK:`
    (not "SECRETARY MR"), `DEAR MR. PRESIDENT:`."""
    label, end = caps.group("label"), caps.end()
    while label.split()[-1] in NAME_PREFIXES - {"ST"} and (more := TITLED_WORDS.match(text, end)):
        label, end = label + text[end:more.end()], more.end()
    return label, end


def _numeral_after(text: str, found: LabelMatch) -> bool:
    """Whether all `text` says after the label `found` is a roman numeral: `IOANNES PP. XXIII`,
    `PAULUS PP. VI`, a Pope's signature (name, Pontifex, ordinal), no one's turn."""
    rest = text[found.rest:].strip().rstrip(".")
    return bool(rest) and len(rest.split()) == 1 and ROMAN.fullmatch(rest) is not None


def _surname_first(text: str, found: re.Match[str]) -> LabelMatch:
    """The label of `SURNAME_FIRST`: printed as it stands, looked up initials first."""
    surname, initials = found.group("surname"), found.group("initials").strip()
    return LabelMatch(text[:found.end("initials")].rstrip(), found.end(), "turn", mark=":",
                      title_case=not surname.isupper(), name=f"{initials} {surname}")


def _title_case_label(text: str, trusted: frozenset[str]) -> LabelMatch | None:
    """A label in title case opening `text`: a title and names before a period (`Mr. Healey.`,
    `TITLE_LABEL`), a name before a colon (`colon_label`) or a dash (`DASH_LABEL`), the last two
    where `_is_colon_speaker` or the document (`trusted`) says it is a speaker's."""
    title = TITLE_LABEL.match(text)
    if title and not set(title.group("label").split()) & TITLE_STOPWORDS \
            and not classification_level(title.group("label")):   # `Top Secret. Copy No. 1`
        names = (title.group("names") or "").split()
        one_name = bool(title.group("titles")) and sum(not w.islower() for w in names) == 1
        return LabelMatch(title.group("label"), title.end(), "turn",
                          (title.group("delivery") or "").strip(), title_case=True, mark=".",
                          then=(title.group("then") or "").strip(), spoken_only=one_name,
                          enclosed=bool(title.group("delivery")))
    colon = colon_label(text)
    if colon and _is_colon_speaker(colon.label, trusted):
        return colon
    dash = DASH_LABEL.match(text)
    if dash and dash.group("label") in trusted \
            and not set(dash.group("label").split()) & TITLE_STOPWORDS:
        return LabelMatch(dash.group("label"), dash.end(), "turn", title_case=True, mark="—")
    return None


def match_colon_label(text: str) -> re.Match[str] | None:
    """`COLON_LABEL.match(text)`, tried only where `text` has a colon: most paragraphs have none,
    and the pattern tries every capitalized word they open with before it fails."""
    return COLON_LABEL.match(text) if ":" in text or "：" in text else None


def office_label(text: str) -> LabelMatch | None:
    """`The Prime Minister (Mr. Harold Macmillan):` (`OFFICE_LABEL`), also in capitals, `THE PRIME
    MINISTER (MR. HAROLD MACMILLAN):`, or with words in capitals, as a United Nations record
    prints names and offices, `The PRESIDENT (Mr. ZORIN, Union of Soviet Socialist Republics):`,
    read as in title case (`_titled_words`): the office, and the name of its holder by which the
    speaker is looked up (not a member's seat, `speaker_refs._member`)."""
    office = OFFICE_LABEL.match(text)
    if office is None:
        if not TWO_CAPITALS.search(text, 0, max(0, text.find(")"))):
            return None   # the label, up to its `)`, has no word in capitals to read
        titled = text.title()   # the same letters, so the same offsets, in title case
        office = OFFICE_LABEL.match(titled) if len(titled) == len(text) else None
        if office is None or not _titled_words(text[:office.end("label")]):
            return None
    delivery = text[office.start("delivery"):office.end("delivery")].strip() \
        if office.group("delivery") else ""
    label = text[:office.end("label")]
    return LabelMatch(label, office.end(), "turn", delivery, title_case=not in_capitals(label),
                      name=text[office.start("name"):office.end("name")],
                      mark=office.group("mark"), enclosed=bool(delivery))


def _titled_words(label: str) -> bool:
    """Whether every word of `label` that title case would change is in capitals, or a small
    word (`of`, `the`) between them: `THE PRIME MINISTER (MR. HAROLD MACMILLAN)`, `The PRESIDENT
    (Mr. ZORIN, Union of Soviet Socialist Republics)`; not `The president (Mr. Zorin)`."""
    words = re.findall(r"[^\W\d_]+", label)
    return any(word.isupper() and len(word) > 1 for word in words) \
        and all(word.isupper() or word == word.title() or word in ("of", "for", "and", "the")
                for word in words)


def loose_label(text: str) -> LabelMatch | None:
    """A paragraph's opening shaped like a speaker label that `match_label` does not read as one:
    one to three capitalized words before `.` or `:`, or words in capitals before a capital
    (`Dortikos. Thank you.`, `Dorticos: Thank you.`, `DORTIKOS Thank you.`). Whether it names a
    speaker is for the registers to say; never words that open sentences (`Yes. I`, `Note: A`,
    `Exactly. The`)."""
    found = LOOSE_LABEL.match(text)
    if found is None or in_capitals(text):   # `SUMMARY OF CONCLUSIONS`: a heading
        return None
    label = found.group("title") or found.group("caps")
    mark = (found.group("mark") or found.group("capsmark")).strip()
    words = label.split()
    if set(words) & NOT_LOOSE_WORDS \
            or words[0].upper() in NAME_PREFIXES or heads_a_remark(label) \
            or heads_a_field_phrase(label) \
            or all(w in NOT_SPEAKERS for w in words):   # `Mr. Kissinger said`: no label `Mr`
        return None
    return LabelMatch(label, found.end(), "turn", missing_period=not mark,
                      title_case=not label.isupper(), mark=mark[:1] if mark in ".:" else "—")


def colon_label(text: str) -> LabelMatch | None:
    """The title-case label before a colon opening `text`, with its delivery (`McCloy: And`,
    `The President (to Kissinger): Good.`); never a heading word (`Subject:`, `Note:`:
    `label_words.heads_no_label`), a remark's head (`Embassy Comment:`) nor capitals. A speaker's
    label where `match_label` trusts it (it recurs, or has a title), or, in a dialogue written
    with colons, where the registers name a person by it (`SpeakerLookup.loose_turn`)."""
    colon = match_colon_label(text)
    if colon is None:
        return None
    label = colon.group("label")
    if heads_no_label(label) or label.isupper() or heads_a_remark(label):
        return None
    enclosed = (colon.group("delivery") or "").strip()
    delivery = enclosed or (colon.group("manner") or colon.group("bracketed") or "").strip()
    return LabelMatch(label, colon.end(), "turn", delivery, title_case=True, mark=":",
                      then=(colon.group("then") or "").strip(), enclosed=bool(enclosed))


def _is_colon_speaker(label: str, trusted: frozenset[str]) -> bool:
    """`Kissinger:` when it recurs, `Mr. Kissinger:`, `The President:` or, with a title of
    another language, `Ambasador Aristow:` (`name_forms.TITLES`) even once."""
    words = label.split()
    honorific = len(words) > 1 and (words[0] in LABEL_FIRST_WORDS or _french_office(words)
                                    or re.match(rf"(?:{HONORIFICS})\.?$", words[0]) is not None
                                    or fold(words[0]) in TITLES)
    return label in trusted or honorific


def _french_office(words: list[str]) -> bool:
    """Whether a label's `words` open with the French article before a title or an office:
    `Le Général de Gaulle`, `Le Président Kennedy`, `La Présidente` (`name_forms.TITLES`)."""
    return words[0] in ("Le", "La") and fold(words[1]) in TITLES


def in_capitals(text: str) -> bool:
    """`II. MILITARY QUESTIONS`, `TOP SECRET`: every letter a capital, and two letters or more."""
    if text != text.upper():   # a small letter: no need to look at every letter of a paragraph
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def _is_speaker_like(label: str, text: str, trusted: frozenset[str]) -> bool:
    """Not a caps word never a speaker (`USA`), nor a remark's head (`EMBASSY COMMENT`,
    `INTERVIEWER'S COMMENT`: `heads_a_remark`), nor a salutation (`DEAR MR. PRESIDENT:`) or a
    courtesy title alone (`MM` of `MM. Alphand :`), nor a country or a region (`CUBA`, `COMMUNIST
    CHINA`: `country_words.names_a_country`), nor a section number (`II. MILITARY QUESTIONS`)."""
    if DEAR_OPENING.match(label) or label in NAME_PREFIXES:   # `DEAR SIR:`; `MM. Alphand :`
        return False
    if ROMAN.match(label):
        heading = in_capitals(text) and is_section_heading(text)
        return label in trusted and not heading
    words = [w for w in LABEL_WORD_BREAK.split(label) if len(w) > 1]
    return bool(words) and not all(w in NOT_SPEAKERS for w in words) \
        and not heads_a_remark(label) and not heads_a_field_phrase(label) \
        and not names_a_country(label)   # `CUBA:`, `COMMUNIST CHINA:`: a report's heading


def _after_caps(text: str, label: str, end: int) -> LabelMatch | None:
    """Decide what follows a caps label: punctuation, a delivery note, text or a verb."""
    after = text[end:]
    french = FRENCH_COLON.match(after)
    if french:   # `MIKOYAN : Nous`, French typography
        return LabelMatch(label, end + french.end(), "turn", mark=":")
    if LABEL_END.match(after):
        return LabelMatch(label, end + len(after) - len(after[1:].lstrip()), "turn",
                          mark=after[0])
    dash = CAPS_DASH.match(after)
    if dash and not in_capitals(text):   # not a heading `CUBA — THE CRISIS`
        return LabelMatch(label, end + dash.end(), "turn", mark="—")
    delivery = DELIVERY.match(after)
    if delivery:
        return LabelMatch(label, end + delivery.end(), "turn", delivery.group("delivery").strip(),
                          mark=":")
    aside = ASIDE.match(after)
    if aside and len(aside.group("delivery").split()) <= 4:
        return LabelMatch(label, end + aside.end(), "turn", aside.group("delivery").strip(),
                          mark=".", spoken_only=True)
    bracketed = BRACKET_DELIVERY.match(after)
    if bracketed:   # `MIKOYAN [laughing]: Good`
        return LabelMatch(label, end + bracketed.end(), "turn",
                          bracketed.group("bracketed").strip(), mark=bracketed.group("end"))
    aside = PAREN_DELIVERY.match(after)
    if aside:
        # `KHRUSHCHEV (to Mikoyan) Let us` lacks the period, `DORTICOS (smiling) nods` is no turn
        missing = not aside.group("end")
        if missing and not after[aside.end():][:1].isupper():
            return None
        return LabelMatch(label, end + aside.end(), "turn", aside.group("delivery").strip(),
                          missing_period=missing, mark=aside.group("end"),
                          then=(aside.group("then") or "").strip(), enclosed=True)
    words = after.split(None, 1)
    if not words or not after[:1].isspace():
        return None
    start = end + len(after) - len(after.lstrip())
    first = words[0]
    if first[:1].islower():
        return LabelMatch(label, start, "name-verb")
    if first[:1].isupper() and len(words) > 1:
        return LabelMatch(label, start, "turn", missing_period=True)
    return None
