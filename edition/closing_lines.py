"""A document's closing lines: their roles in place (`text_end` reads where they begin, `closers`
groups them into closers, postscripts and the text's end mark)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .closing_asides import is_editors_note
from .country_words import names_a_country
from .letter_forms import MOTTO, PROTOCOL_POINT, QUOTE_ENDING, recorder_in_full
from .line_words import TERMINAL
from .model import Paragraph
from .paragraphs import (ADDRESSEE, ANNEX, COPIES, ED_NOTE_PARAGRAPH, LIST_ITEM, NUMBERED,
                         closing_role, is_address_line, is_signature, reads_as_summary)
from .readers.common import is_date_line
from .date_checks import find_written_dates, is_dateline
from .record_fields import DISTRIBUTION_HEAD
from .signer_offices import names_an_office
from .source_marks import LABELLED_MARK
from .speakers import match_label
from .table_rows import in_a_table

SOURCE_MARK_PARAGRAPH = re.compile(rf"\[\s*{LABELLED_MARK}.*\]", re.IGNORECASE | re.DOTALL)
"""A paragraph wholly a bracket of what a hand put on the page (`[in Kennedy's hand below the
signature: Send tonight. JFK]`): under a closer's line or a handling line (`cc:`), it goes with
the letter as its handling lines do (a postscript), no text after the signature; under a `P.S.`
it stays in that postscript, as any plain paragraph does. (A stamp's bracket, `[Stamp:
received]`, is read before as the closer's stamp: `paragraphs.SEAL`.)"""
LONE_DISTRIBUTION_HEAD = re.compile(rf"{DISTRIBUTION_HEAD}\s*", re.IGNORECASE)
"""`Distribution:`, `Verteiler:` alone on its line."""
NOT_CLOSING = frozenset({"turn", "narrative", "stage", "note", "summary"})
"""Roles an editor may give a paragraph that keep it out of the closing lines."""
CLOSER_ROLES = frozenset({"salute", "signed", "dated", "dateline", "addrLine", "stamp", "idno"})
"""Roles of the lines a closer holds."""
SIGNATURE_ROLES = frozenset({"signed", "dated"})
"""Roles of a signature line: the lines after it may name the signer's office."""
UNDER_SIGNATURE_ROLES = CLOSER_ROLES - {"salute"}
"""Roles of the closer's lines from its signature on (a salutation stands over the signature)."""
BESIDE_DATE_ROLES = SIGNATURE_ROLES | {"salute", "dateline"}
"""Roles of the lines a closer's lone date line stands beside: a signature, a salutation, the
closer's place (`A. Mikoyan` / `Havana` / `5.XI.62`)."""
PLACE_LINE_WORDS = 6
"""The most words of a place's line over a closing date (`United Nations, New York`)."""
MAX_AFTER_COPIES = 3
"""Paragraphs of the letter's words after the list of who gets it that close the text with it (a
fourth after them is the summary, as after any closing lines; with five, none is closing: rv2 7)."""


@dataclass(frozen=True)
class ClosingLine:
    """A paragraph as its closing role is read: its `text`, the role the editor `given` it ("" for
    none), and whether it `runs_on` right under the one before it, no blank line between (a line
    of the same source block)."""
    text: str
    given: str
    runs_on: bool


class ClosingRoles:
    """The closing role of each paragraph in its place, asked for from the end and read once.

    A paragraph's own role is the editor's (`given`), else what its words say (`closing_role`);
    where that is none, its neighbours may give it one (`_role_in_place`):

        Alekseev / 02.XI.62                      -> signed, dateline (a date alone by a signature)
        Fidel Castro Ruz / Prime Minister of the Revolutionary Government
                                                 -> signed, signed (the signer's office)
        Patria o Muerte! / Fidel Castro Ruz      -> salute, signed (a closing exclamation)
        A. Mikoyan / Havana / (Seal)             -> signed, dateline, stamp (a place under it)
        A. Mikoyan / Matanzas                    -> signed, dateline (one word no register names)
        A. Mikoyan / Chairman of the Council of Ministers / Matanzas
                                                 -> signed, signed, dateline (under the office)
        To Comrade Fidel Castro Ruz / Prime Minister of the Revolutionary Government of Cuba
                                                 -> addrLine, addrLine (the addressee's office)
        Tommy / To be opened by addressee only / cc: Secretary Rusk
                                                 -> signed, annex, annex (between closing lines)
        John F. Kennedy / [in Kennedy's hand below the signature: Send tonight. JFK]
                                                 -> signed, annex (a hand's or stamp's bracket)
        A. Mikoyan / Moscow / Havana ... have shown me how much remains to be done.
                                                 -> signed, dateline, postscript (in their block)

    `lines`: each paragraph's text, role given and place in its block (`ClosingLine`);
    `names_a_place` tells whether a line is the name of a place and nothing else (`Havana`: the
    registers know it), `names_an_entry` whether it names anything the registers hold (a person
    by the surname alone too); `record`, whether the document is a record (`closing_role`);
    `names_a_person`, whether a name is wholly a person's of the registers (`Sergo Mikoyan`).
    """

    def __init__(self, lines: list[ClosingLine], names_a_place: Callable[[str], bool],
                 names_an_entry: Callable[[str], bool], record: bool,
                 names_a_person: Callable[[str], bool] = lambda name: False) -> None:
        self.lines, self.names_a_place, self.names_an_entry = lines, names_a_place, names_an_entry
        self.record, self.names_a_person = record, names_a_person
        self._own: dict[int, str] = {}
        self._placed: dict[int, str] = {}

    def without_last(self) -> ClosingRoles:
        """The roles of all paragraphs but the last (the archive's summary, taken off the text):
        the own roles are shared, each read once for both (`own` asks none outside the lines),
        the roles in place read anew (the last one was a neighbour)."""
        roles = ClosingRoles(self.lines[:-1], self.names_a_place, self.names_an_entry, self.record,
                             self.names_a_person)
        roles._own = self._own
        return roles

    def own(self, index: int) -> str:
        """The role paragraph `index` has by the editor's word or its own words (`_by_words`; ""
        outside)."""
        if not 0 <= index < len(self.lines):
            return ""
        if index not in self._own:
            line = self.lines[index]
            self._own[index] = line.given or (self._over_signature_motto(index)
                                              if MOTTO.match(line.text) else self._by_words(index))
        return self._own[index]

    def _over_signature_motto(self, index: int) -> str:
        """The role of paragraph `index`, a line of the revolution's motto (`MOTTO`: `Patria o
        Muerte` / `Venceremos`): the closer's salutation over a signature, a closing salutation
        or a line of the motto that is one; "" where none follows (a speech's last words)."""
        return "salute" if self.own(index + 1) in SIGNATURE_ROLES | {"salute"} else ""

    def _by_words(self, index: int) -> str:
        """The role paragraph `index` has by its words (`closing_role`); a place's name is no
        signature, though its shape is one's (`Havana`, and `Matanzas` under a signature:
        `_names_its_place`; their place may make them a closer's dateline), nor a country's
        heading in capitals (`COMMUNIST CHINA`: `country_words.names_a_country`); nor is a head
        of a section of the text a list's (`Distribution:`: `_heads_a_section`). A record's recorder
        named in full signs it where the registers hold the person (`Recorded by Sergo Mikoyan`:
        `letter_forms.recorder_in_full`), as one named by initials does."""
        text = self.lines[index].text
        role = closing_role(text, self.record) or (
            "signed" if self.record and self.names_a_person(recorder_in_full(text)) else "")
        unsigned = role == "signed" and (self.names_a_place(text) or self._names_its_place(index)
                                         or text.isupper() and names_a_country(text))
        return "" if unsigned or (role == "annex" and self._heads_a_section(index)) else role

    def _heads_a_section(self, index: int) -> bool:
        """Whether paragraph `index`, `Distribution:` alone on its line (`LONE_DISTRIBUTION_HEAD`),
        heads a section of the text, no list of who gets it: a line runs on under it that would
        make it prose on the head's line (`paragraphs.ANNEX`: `Distribution:` / `The oil products
        will be distributed by INRA ...`), and no closing line stands right over it."""
        after = index + 1
        text = self.lines[index].text
        return after < len(self.lines) and self.lines[after].runs_on \
            and bool(LONE_DISTRIBUTION_HEAD.fullmatch(text)) \
            and not ANNEX.match(f"{text} {self.lines[after].text}") and not self.own(index - 1)

    def _names_its_place(self, index: int) -> bool:
        """Whether paragraph `index` is one word that the registers do not know, no initial, right
        under a signature or the signer's office under it (`A. Mikoyan` / `Matanzas`, `A. Mikoyan`
        / `Chairman of the Council of Ministers` / `Matanzas`): where a closer's dateline stands,
        the place it was signed at, a place the registers lack; a second signer is named by more
        than one word (`Osvaldo Dorticos`), or one the registers hold (`Dorticos`, `RUSK`, the
        surname `Castro`), or one word right under two signatures, a block of names (`A. Mikoyan` /
        `A. Alekseev` / `Smirnov`); the word of an office (`John A. McCone` / `Director`) names
        the signer's office (`names_an_office`); under a quoted letter's signature that ends the
        quotation (`N. KHRUSHCHEV UNQUOTE` / `KOHLER`: `QUOTE_ENDING`) the telegram's signer."""
        text = self.lines[index].text
        return index > 0 and len(text.split()) == 1 and "." not in text \
            and is_signature(text) and not self.names_an_entry(text) \
            and not names_an_office(text) and self._under_signature(index) \
            and not self._under_signatures(index) \
            and not QUOTE_ENDING.search(self.lines[index - 1].text)   # `N. KHRUSHCHEV UNQUOTE`

    def _under_signatures(self, index: int) -> bool:
        """Whether the two paragraphs right above paragraph `index` are signatures, neither the
        word of an office (`A. Alekseev` / `Ambassador` / `Matanzas`: the place)."""
        return all(self.own(above) in SIGNATURE_ROLES
                   and not names_an_office(self.lines[above].text)
                   for above in (index - 1, index - 2))

    def _under_signature(self, index: int) -> bool:
        """Whether paragraph `index` stands right under a signature, or under the lines of the
        signer's office right under one (`names_an_office`: `Chairman of the Council of
        Ministers`, which its words make no closing line, or `Ambassador`, which they make the
        signer's), asking only the lines above it; not under the office alone, no name above it
        (`Ambassador` / `Kiryłło`: the signer's surname under his office)."""
        above = index - 1
        while above > 0 and self.own(above) in ("", "signed") \
                and names_an_office(self.lines[above].text):
            above -= 1
        return self.own(above) in SIGNATURE_ROLES and not names_an_office(self.lines[above].text)

    def __getitem__(self, index: int) -> str:
        """The role of paragraph `index` in its place: an item's of the list it runs on under
        (`_listed`), else its own, else what its neighbours make it."""
        if index < 0:
            index += len(self.lines)
        if index not in self._placed:
            self._placed[index] = "" if self._in_table(index) else self._listed(index) \
                or self.own(index) or self._role_in_place(index)
        return self._placed[index]

    def _in_table(self, index: int) -> bool:
        """Whether paragraph `index` is a table's row, no role given it (`Divnogorsk  Mariel    5
        Nov` under `Ship        Port      Departed`, ending the text: `table_rows.in_a_table`):
        the text's, not a signature or a postscript."""
        return not self.lines[index].given \
            and in_a_table([line.text for line in self.lines], index)

    def _listed(self, index: int) -> str:
        """"annex" for a name or an office right under a line of what goes with the letter and
        who gets it, in its block (`Verteiler:` / `Gen. Ulbricht` / `Gen. Winzer`, `cc: Mr.
        Bundy` / `Secretary of Defense` / `R. McNamara`): an item of that list, though shaped as
        a signature or the signer's office over one; else "" (a signature after a blank line,
        `gez. Schwab`, is the closer's)."""
        line = self.lines[index]
        shaped = self.own(index) in SIGNATURE_ROLES \
            or (not self.own(index) and names_an_office(line.text))
        listed = index and line.runs_on and shaped and self[index - 1] == "annex"
        return "annex" if listed else ""

    def _role_in_place(self, index: int) -> str:
        """The letter's words after the list of who gets it (`after_the_copies`), a bracket of a
        hand or a stamp, or the protocol's point, under a closing line (`SOURCE_MARK_PARAGRAPH`,
        `letter_forms.PROTOCOL_POINT`), a lone date beside a signature or salutation, a place,
        an office under a signature or over one in its block (`_over_signature`), an exclamation
        before a signature, a co-signer's name and office (`_cosigns`), an item listed under
        `Enclosures:`, an addressee under the closer's lines and the lines of the address under
        it, a short line between closing lines, any other line in the block of the lines under
        the signature (`_runs_on_closing`); "" for any other line."""
        text = self.lines[index].text
        if self.lines[index].given or is_editors_note(text) or match_label(text):
            return ""
        if self.after_the_copies(index):
            return "postscript"
        if SOURCE_MARK_PARAGRAPH.fullmatch(text) or PROTOCOL_POINT.match(text):
            return "annex" if index and self[index - 1] in CLOSER_ROLES | {"annex"} else ""
        if self._exclaims_before_signature(index):
            return "salute"
        if self._cosigns(index):
            return "signed"
        if LIST_ITEM.match(text) or NUMBERED.match(text):
            return "annex" if index and self[index - 1] == "annex" else ""
        if ADDRESSEE.match(text) and not text.endswith(TERMINAL) and len(text.split()) <= 15:
            return "addrLine" if index and self[index - 1] in CLOSER_ROLES else ""
        if names_an_office(text) and self._over_signature(index):
            return "signed"
        if self._place_over_last_date(index):
            return "dateline"
        dated = len(text.split()) <= 8 and _dated(text)
        between = self._between_closing_lines(index)
        place = self.names_a_place(text) or self._names_its_place(index)
        if not (dated or between or place or names_an_office(text)):
            return self._runs_on_closing(index)
        before = self[index - 1] if index else ""
        if dated:
            beside = before in BESIDE_DATE_ROLES or self.own(index + 1) in BESIDE_DATE_ROLES \
                or self._place_over_last_date(index - 1)
            return "dateline" if beside else ""
        return self._role_after(before, text, place, between) or self._runs_on_closing(index)

    def _place_over_last_date(self, index: int) -> bool:
        """Whether paragraph `index` is a place's line alone (`_a_place_line`: `United Nations,
        New York`) right over the text's last line, a date alone (`7 November 1962`): where and
        when an aide-mémoire, a note or a letter was issued, its closer's dateline, though no
        signature stands by it."""
        last = len(self.lines) - 1
        return 0 < index == last - 1 and self._a_place_line(self.lines[index].text) \
            and is_date_line(self.lines[last].text) and not self.lines[last].given

    def _a_place_line(self, text: str) -> bool:
        """Whether `text` is a place's name and nothing else, up to `PLACE_LINE_WORDS` words
        that end no sentence: places the registers know, or the body or building in a place
        before it (`New York`, `Havana, Cuba`, `United Nations, New York`); not a sentence's
        words nor a name the registers lack (`Mr. Smith, New York`)."""
        parts = [part.strip() for part in text.split(",")]
        return len(text.split()) <= PLACE_LINE_WORDS and is_address_line(text) \
            and self.names_a_place(parts[-1]) \
            and all(self.names_a_place(part) or self.names_an_entry(part) for part in parts[:-1])

    def _cosigns(self, index: int) -> bool:
        """Whether paragraph `index` is a name and its office (`O. Dorticos, President of Cuba`:
        `_name_and_office`) right under a signature, the signer's office or a salutation: a
        co-signer's line, though shaped as a list's item (`LIST_ITEM`)."""
        return index > 0 and _name_and_office(self.lines[index].text) \
            and self[index - 1] in SIGNATURE_ROLES | {"salute"}

    def after_the_copies(self, index: int) -> bool:
        """Whether paragraph `index` is prose standing apart (`_prose_apart`) among the last
        `MAX_AFTER_COPIES` after the list of who gets the letter under its closer's lines
        (`V. Kuznetsov` / `Distribution: to the file` / `The next meeting with McCloy is set for
        Tuesday.`): the letter's words after its signature, a postscript of their own; the last
        of them may be the archive's summary (`text_end`)."""
        above = index
        while above > 0 and self._prose_apart(above):
            above -= 1
            if index - above > MAX_AFTER_COPIES:
                return False
        return above < index and self._copies_under_closer(above)

    def _prose_apart(self, index: int) -> bool:
        """Whether paragraph `index` is prose (`reads_as_summary`) with a blank line over it, no
        closing line by its words, no role given, no label, no editors' note."""
        line = self.lines[index]
        return not (line.runs_on or line.given) and reads_as_summary(line.text) \
            and not self.own(index) and not ED_NOTE_PARAGRAPH.match(line.text) \
            and not match_label(line.text)

    def _copies_under_closer(self, index: int) -> bool:
        """Whether paragraph `index` ends a list of who gets the letter (`COPIES`: `Distribution:
        to the file`, `cc: Mr. Bundy` / `Mr. Smith`) that stands right under the closer's lines,
        other lists of what goes with it between (`Enclosures:` / `1. Statement`)."""
        head = index
        while head > 0 and self[head] == "annex" and self.own(head) != "annex":
            head -= 1   # the list's items (`Mr. Smith`) up to its head (`cc: Mr. Jones`)
        if self[head] != "annex" or not COPIES.match(self.lines[head].text):
            return False
        while head > 0 and self[head - 1] == "annex":
            head -= 1
        return head > 1 and self[head - 1] in CLOSER_ROLES   # the first paragraph: the text's

    def _over_signature(self, index: int) -> bool:
        """Whether a signature runs on right under paragraph `index`, in its block (`Deputy
        Minister of Foreign Affairs of the USSR` / `V. Kuznetsov`: the signer's office over the
        name)."""
        after = index + 1
        return after < len(self.lines) and self.lines[after].runs_on \
            and self.own(after) in SIGNATURE_ROLES

    def _runs_on_closing(self, index: int) -> str:
        """The role of a line right under a closing line in its block (`runs_on`): under the
        closer's lines from the signature on, a postscript (`A. Mikoyan` / `Moscow` / `Havana,
        New York and Washington have shown me ...`: the letter's words after its signature, not
        the archive's summary, which stands apart); under a postscript's or an enclosure's line,
        that line's role; else "" (asking no neighbour of a line that stands apart)."""
        if not (index and self.lines[index].runs_on):
            return ""
        before = self[index - 1]
        if before in UNDER_SIGNATURE_ROLES:
            return "postscript"
        return before if before in POSTSCRIPT_ROLES else ""

    def _role_after(self, before: str, text: str, place: bool, between: bool) -> str:
        """The role of a line that is no date after a line of role `before`: a place (`place`)
        under the signature or the lines under it (`Havana`) is the closer's dateline, under the
        addressee the address's city, a line in
        title case under the addressee (`Prime Minister of ...`) the address's and under a
        signature the signer's office; any other short line under them that a closing line
        follows, or the text's last (`between`), goes with the postscript (`To be opened by
        addressee only` / `cc: Secretary Rusk`: "annex", what goes with the letter and how)."""
        if before in UNDER_SIGNATURE_ROLES - {"addrLine"} and place:
            return "dateline"
        if before == "addrLine" and place:   # `To the Ministry of Foreign Affairs` / `Havana`
            return "addrLine"
        if names_an_office(text) and before in SIGNATURE_ROLES | {"addrLine"}:
            return "addrLine" if before == "addrLine" else "signed"
        return "annex" if between and before in UNDER_SIGNATURE_ROLES else ""

    def _between_closing_lines(self, index: int) -> bool:
        """Whether paragraph `index` is a short line that ends no sentence (`is_address_line`)
        and a closing line follows by its own words or the editor's role (`cc: Secretary Rusk`,
        `(Seal)`), or nothing does (the last line of the text: `To be opened by addressee
        only`): the line before it decides whether it stands among closing lines."""
        last = index == len(self.lines) - 1
        after = self.own(index + 1)
        return (last or (bool(after) and after != "remark" and after not in NOT_CLOSING)) \
            and is_address_line(self.lines[index].text)

    def _exclaims_before_signature(self, index: int) -> bool:
        """`Patria o Muerte!` (`Venceremos!`) just before a signature or a closing salutation."""
        text = self.lines[index].text
        if not (text.endswith("!") and len(text.split()) <= 6) or self.lines[index].given:
            return False
        after = index + 1
        if after >= len(self.lines):
            return False
        return self.own(after) in ("salute", "dated") or is_signature(self.lines[after].text) \
            or self._exclaims_before_signature(after)


def _dated(text: str) -> bool:
    """Whether `text` is a date line (`November 5, 1962`) or a dateline (`Havana, 14 November
    1962`), its dates searched once for both."""
    mentions = find_written_dates(text)
    return is_date_line(text, mentions) or is_dateline(text, mentions)


def _name_and_office(text: str) -> bool:
    """`O. Dorticos, President of Cuba`: a name's shape (`is_signature`), a comma, an office
    (`signer_offices.names_an_office`)."""
    name, comma, office = text.partition(",")
    return bool(comma) and is_signature(name) and names_an_office(office.strip())


POSTSCRIPT_ROLES = ("postscript", "annex")
"""Roles of a paragraph that opens a postscript: a `P.S.`, and what goes with the letter (`cc:`)."""


def is_note(para: Paragraph, role: str) -> bool:
    """`[Ed. note: ...]`, or a paragraph the editor made a note."""
    return role == "note" or (not role and bool(ED_NOTE_PARAGRAPH.match(para.text)))

