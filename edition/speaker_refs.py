"""Who speaks: a turn's label -> the register person it names, or a diagnostic saying why not."""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field
from itertools import islice

from .diagnostics import Location, Reporter
from .doc_types import debate_in_body
from .model import Paragraph
from .abbreviated_labels import abbreviations
from .office_runs import office_run_speaker
from .surname_bearers import MONOGRAMS, another_bearer, monogram_person
from .office_holders import office_key, tied_to_holders
from .listed_offices import Listing, office_only, unheld
from .listed_persons import list_items
from .loose_turns import LooseTurns
from .interview_parties import interview_parties, party_of, questions_answerer
from .namesakes import named_in
from .occupied_offices import offices_held
from .office_ties import head_ties
from .registers import Entry, Registers
from .label_words import FIRST_PERSON
from .speaker_choice import SpeakerChoice
from .speakers import LabelMatch, match_label
from .title_names import spelt_out
from .country_words import names_a_country
from .unnamed_labels import names_who

MISSPELT = "; correct the label or settle the line in the overrides file"
PARENTHESIS_AFTER = re.compile(r"\s*\([^()]*\)")
"""The parenthesis right after a label's name: ` (Leeds, East)`."""
ANOTHER_SPELLING = "; add the form to the person in persons.xml or settle the line in the " \
    "overrides file"
UNREGISTERED = ("; add the person to persons.xml, settle the line in the overrides file, or build "
                "with --provisional-speakers")
"""What an editor can do about an unknown speaker label: one close to a known name, or not."""


@dataclass
class SpeakerLookup(LooseTurns, SpeakerChoice):
    """Looks up the speaker labels of one document in the registers, reporting what fails."""

    registers: Registers
    reporter: Reporter
    path: str
    provisional: bool = False
    spoken: bool = False
    """Whether the document is a spoken record (`doc_types.SPOKEN_RECORDS`)."""
    debate: bool = False
    """Whether the document is minutes whose title names a debate (`doc_types.titled_debate`)."""
    wholly_spoken: bool = False
    """Whether the document has no voice but the speakers' by its type and title (a play, a
    transcript, a debate: `doc_types.wholly_spoken`)."""
    texts: list[str] = field(default_factory=list)
    """The document's paragraphs, whose labels `speaks_here` reads with the labels it trusts."""
    lines: list[int] = field(default_factory=list)
    """The line each of `texts` starts on, in increasing order."""
    source_lines: list[tuple[str, ...]] = field(default_factory=list)
    """The source lines of each of `texts`: a list of participants has a person a line."""
    trusted: frozenset[str] = frozenset()
    document: str = ""
    """The document's id, which makes an office's provisional person the document's own
    (`_provisional`)."""
    title: str = ""
    """The document's title, which says which of the persons sharing a surname speaks under it
    (`_namesake`)."""
    record: tuple[str, str] = ("", "")
    """The country whose record the document is, by its archive, and its ISO date
    (`occupied_offices.record_country`): the holder of an office of that country that day."""
    _tied: dict[str, Entry] = field(default_factory=dict, init=False, repr=False)
    """`_namesake`'s answers for the document, by the name looked up."""
    _bearers: dict[str, str] = field(default_factory=dict, init=False, repr=False)
    """`another_bearer`'s answers for the document, by the name looked up (its register
    persons are the same at every turn: a document adds only provisional ones)."""
    _abbreviated: dict[str, str] | None = field(default=None, init=False, repr=False)
    """The labels the head's list defines (`abbreviations`: `M.` of `A. I. Mikoyan (M.)`)."""
    _parties: tuple[str, str] | None = field(default=None, init=False, repr=False)
    """The interview's parties its title names (`interview_parties`), read when first asked."""
    _read_labels: list[LabelMatch | None] | None = field(default=None, init=False, repr=False)
    """The label `match_label` reads at the start of each of `texts`, before `_member`."""
    _labels: list[LabelMatch | None] | None = field(default=None, init=False, repr=False)
    _speaking: set[str] | None = field(default=None, init=False, repr=False)
    _dialogue: dict[tuple[str, bool], bool] = field(default_factory=dict, init=False, repr=False)
    """`_writes_dialogue`'s answers for the document, by its arguments."""
    _debate: bool | None = field(default=None, init=False, repr=False)
    _listed: list[tuple[int, tuple[tuple[str, ...], str]]] | None = field(
        default=None, init=False, repr=False)
    """The persons `participants` reads in the document's head, by the index of their
    paragraph."""
    _listed_speak: bool | None = field(default=None, init=False, repr=False)
    """`_participants_speak`' answer for the document."""
    _items: frozenset[int] | None = field(default=None, init=False, repr=False)
    _left: frozenset[int] | None = field(default=None, init=False, repr=False)
    """The indexes of the paragraphs whose label `_left_to_registers` leaves to them."""
    _place_named: dict[str, bool] = field(default_factory=dict, init=False, repr=False)
    """`_names_place_or_organization`'s answers for the document, by the label."""
    _participants: list[Entry | str] | None = field(default=None, init=False, repr=False)
    """The persons the title and the head name as those who met (`_participants_all`)."""
    _initials_read: bool | None = field(default=None, init=False, repr=False)
    """Whether a label of initials of the document names one of them (`_initials_turn`)."""
    _warned_listed: set[str] = field(default_factory=set, init=False, repr=False)
    """The labels `_first_listed` has warned of in the document."""
    _title_speak: bool | None = field(default=None, init=False, repr=False)
    """`_title_persons_speak`' answer for the document."""
    _surnames: bool | None = field(default=None, init=False, repr=False)
    """`_surnames_speak`' answer for the document."""
    _listing: Listing = field(default_factory=dict, init=False, repr=False)
    """The offices the head's list of who was there gives (`listed_offices.offices_listed`)."""
    _own_holders: frozenset[str] = field(default=frozenset(), init=False, repr=False)
    """The names of the holders the head's list ties offices to, each, where the registers do not
    give it, a provisional person of the document's own (`_provisional`)."""

    def read(self, paras: list[Paragraph], trusted: frozenset[str]) -> None:
        """Take the document's paragraphs and the labels it confirms (`trusted_labels`)."""
        self.texts, self.lines = [p.text for p in paras], [p.line for p in paras]
        self.source_lines = [p.lines for p in paras]
        self.trusted = trusted
        self._read_labels = self._labels = self._speaking = self._listed = None
        self._listed_speak = self._items = self._title_speak = self._left = None
        self._participants = self._initials_read = self._surnames = None
        self._dialogue, self._tied, self._warned_listed, self._bearers = {}, {}, set(), {}
        self._place_named = {}
        self._abbreviated = None
        self._debate = None

    def labels(self) -> list[LabelMatch | None]:
        """The label `match_label` reads at the start of each of `texts`, a member's in a debate
        (`_member`), an office the document has tied to its holder, by a label or its head
        (`_head_holders`), looked up by the holder's name (`office_holders.tied_to_holders`);
        read once."""
        if self._labels is None:
            labels = [self._by_monogram(self._member(label, text)) for label, text
                      in zip(self._labels_as_read(), self.texts)]
            self._labels = tied_to_holders(labels, self._monogram_holders(labels)
                                           | self._head_holders())
        return self._labels

    def _by_monogram(self, label: LabelMatch | None) -> LabelMatch | None:
        """`label`, a monogram a register person's (`JFK:`: `surname_bearers.monogram_person`),
        given his name to be looked up by; any other label as it is."""
        entry = monogram_person(self.registers, label.label) \
            if label is not None and label.kind == "turn" and not label.name else None
        return label if entry is None else dataclasses.replace(label, name=entry.name)

    def _monogram_holders(self, labels: list[LabelMatch | None]) -> dict[str, str]:
        """The offices the persons of the monogram labels held on the record's date
        (`occupied_offices.offices_held`), which the head's ties override: `The President:`
        beside `JFK:` is John F. Kennedy."""
        named = {label.name for label in labels
                 if label is not None and label.name and label.label in MONOGRAMS}
        entries = [self.registers.registered_person(name) for name in sorted(named)]
        return offices_held([entry for entry in entries if entry is not None], self.record[1])

    def _head_holders(self) -> dict[str, str]:
        """The offices and their holders the head and the title tie (`office_ties.head_ties`),
        keeping what the head's list says of them for `_provisional`."""
        ties = head_ties(self.registers, self.title, self.source_lines[:self._head_end()],
                         self.record)
        self._listing, self._own_holders = ties.listing, ties.own_holders
        return ties.holders

    def _head_end(self) -> int:
        """The index of the first paragraph a label opens that reads as a turn's
        (`_labels_as_read`), before any is judged; `len(texts)` where none does."""
        return next((n for n, label in enumerate(self._labels_as_read())
                     if label and label.kind == "turn"), len(self.texts))

    def _labels_as_read(self) -> list[LabelMatch | None]:
        if self._read_labels is None:
            self._read_labels = [match_label(text, self.trusted) for text in self.texts]
        return self._read_labels

    def _member(self, label: LabelMatch | None, text: str) -> LabelMatch | None:
        """`label`, opening `text`, with the parenthesis after its name made part of it in a debate
        (`debates`) where it says who the speaker is (`unnamed_labels.names_who`):
        Hansard puts a member's constituency or office there, `Mr. Healey (Leeds, East): I beg to
        move` -> label "Mr. Healey (Leeds, East)", looked up by `name` "Mr. Healey", no delivery;
        a second parenthesis after the seat is the delivery (`Mr. Healey (Leeds, East)
        (Interrupting):`, `LabelMatch.then`), and so, in any document, is the second of two
        (`Mr. ZORIN (Union of Soviet Socialist Republics) (translated from Russian):`: a label
        has one delivery, the first says whom the speaker stands for). `Mr. Grimond (to the
        Minister):`, `MR. HEALEY (Laughing):` keep their delivery, as anywhere; two parentheses
        the first of which is no seat are no label (None)."""
        if label is None or not label.delivery or label.name:
            return label
        if not names_who(label.delivery) or not (label.then or self.debates()):
            return None if label.then else label
        parenthesis = PARENTHESIS_AFTER.match(text, len(label.label))
        if parenthesis is None:
            return label   # `KING, Aside:`: a delivery after a comma
        return dataclasses.replace(label, label=text[:parenthesis.end()], name=label.label,
                                   delivery=label.then, then="")

    def label_at(self, line: int) -> LabelMatch | None:
        """The label opening the paragraph on `line` (`labels`); a shape of spoken records
        (`MOSCOW, tomorrow.`, `Mrs. Kennedy.`) only in such a record: `loose_turn` judges it
        elsewhere."""
        position = self.position(line)
        return None if self._left_to_registers(position) else self.labels()[position]

    def _left_to_registers(self, position: int) -> bool:
        """Whether the label opening the paragraph at `position` is a shape of spoken records
        outside one (`LabelMatch.spoken_only`), a heading in capitals (`_heading_word`), a place's
        name in capitals (`_names_place_or_organization`: `HAVANA: The city is calm`; not a
        delegation's, `USSR:` answering `US:`, `unnamed_labels`) or before a period (`New York.
        U Thant received Zorin.`, a dispatch's dateline), or an
        item of the head's list (`DORTICOS: President of the Republic`: `_list_items`). Read
        once a document: the loops over the paragraphs ask it at each."""
        if self._left is None:
            self._left = frozenset(n for n, label in enumerate(self.labels())
                                   if label is not None and self._left_label(label, n))
        return position in self._left

    def _left_label(self, label: LabelMatch, position: int) -> bool:
        """`_left_to_registers` of `label`, opening the paragraph at `position`."""
        return (label.spoken_only and not self.spoken
                or self._heading_word(label, self.texts[position])
                or (label.label.isupper() or label.mark == ".") and not label.unidentified
                and self._names_place_or_organization(label.label)
                or position in self._list_items())

    def _list_items(self) -> frozenset[int]:
        """The indexes of the items of the head's list (`listed_persons.list_items`)."""
        if self._items is None:
            self._items = list_items(self.texts, self.source_lines, self._head_end(), self.trusted)
        return self._items

    def _heading_word(self, label: LabelMatch, text: str) -> bool:
        """Whether `label`, opening `text`, is one word in capitals before a period, outside a
        spoken record and a dialogue (no other label reads as a turn), before words not in the
        first person (`FIRST_PERSON`), naming no one person of the register nor one close to
        it: `CASTRO. The Prime Minister's speech ...` heads a memorandum's item, as `Rice
        shipments.` does; `CASTRO. We agree.` is a speech, `DORTIKOS. Thanks.` reported."""
        if self.spoken or label.mark != "." or not label.label.isalpha() \
                or not label.label.isupper() or label.delivery or self._writes_dialogue() \
                or FIRST_PERSON.search(text[label.rest:]):
            return False
        match = self.registers.find_speaker(label.label)
        return match.entry is None and not match.suggestion

    def position(self, line: int) -> int:
        """The index in `texts` of the paragraph that starts on `line`."""
        return bisect.bisect_left(self.lines, line)

    def text_at(self, line: int) -> str:
        """The text of the paragraph that starts on `line`."""
        return self.texts[self.position(line)]

    def who(self, line: int, label: LabelMatch, forced_who: str) -> str | None:
        """The ref of the person the label on `line` names (or the editor's override does);
        None, reported, when there is none: a title-case label (`Rusk:`, `Stephen Kinnock.`) as
        much as one in capitals. Unknown labels get provisional persons in provisional builds
        (the one of a label with their title and surname, `Mr. Healey` after `Mr. Denis Healey`:
        `Registers.provisional_speaker`), as do ambiguous ones unless one of their persons speaks
        here (`_person`), the title names one of them (`namesakes.named_in`: `CASTRO` under `...
        with Fidel Castro`, at its first turn as at the next) or the document's head lists one
        of them (`_listed_among`). A speaker
        the source does not name (`LabelMatch.unidentified`) is no one's: "" (an `sp` without
        @who)."""
        where = Location(self.path, line, 1)
        if label.joint and not forced_who:   # `MACMILLAN and KENNEDY:`: both
            refs = [self.who(line, dataclasses.replace(label, label=part, joint=()), "")
                    for part in label.joint]
            return " ".join(refs) if all(refs) else None
        if label.unidentified and not forced_who:   # `Unidentified:`, `Speaker?:`, `Q:`
            return self._party(label.label)
        if forced_who:  # an id no register has is reported at the sidecar (check_overrides)
            entry = self.registers.get(forced_who)
            return entry.ref if entry else None
        if self._abbreviated is None:   # read once a document, asked at every turn
            self._abbreviated = abbreviations(self.texts[:self._head_end()])
        name = label.name or self._abbreviated.get(label.label) \
            or label.label   # `Mr. Harold Macmillan` of `The Prime Minister (...)`, `M.` listed
        match = office_run_speaker(self.registers, name)   # `Foreign Minister Roa`
        if name not in self._bearers:   # a text's every turn asked it
            self._bearers[name] = another_bearer(self.registers, match, name, self.title,
                                                 self.texts)
        other = self._bearers[name]
        if other:   # `Kennedy:` where the document names Robert Kennedy: no silent JFK
            (self.reporter.warning if self.provisional else self.reporter.error)(
                where, other, "speaker-ambiguous")
            match = match.provisional_only()
            if not self.provisional:
                return None
        entry = self._person(match) or named_in(self.registers, self.title, match.candidates) \
            or self._first_listed(where, name, match.candidates, line)
        if entry is not None:
            return (self._namesake(name, entry, line) if match.entry else entry).ref
        if match.candidates and not self.provisional:
            self._ambiguous(where, name, match.candidates)
            return None
        entry = self.registers.transliterated(name) if not (match.candidates or other) else None
        if entry is not None:
            self.reporter.warning(where, f"speaker '{name}' is not in the register; read as "
                                  f"{entry.name} ('{entry.id}'), whose name it spells in another "
                                  f"transliteration{ANOTHER_SPELLING}", "speaker-transliterated")
            return entry.ref
        if self.provisional:
            entry, named = self._provisional(label, name)
            self.reporter.warning(where, f"speaker '{name}' is not in the register; "
                                  f"provisional entry '{entry.id}'{named}", "speaker-provisional")
            return entry.ref
        self._unknown(where, name, match.suggestion)
        return None

    def _provisional(self, label: LabelMatch, name: str) -> tuple[Entry, str]:
        """The provisional person of a label naming `name`, no one of the registers, and what the
        warning says of it. The document's own, its id made from the document's id and the name
        (`Registers.add_source_person`), as in any worker: for the holder the head's list names
        of an office (`_own_holders`: `The Vice President:` under `Present: ..., Vice President
        Johnson`), and for an office (`The Ambassador`) nothing ties to a holder, one
        Ambassador here and another elsewhere; else the edition's
        (`Registers.provisional_speaker`)."""
        own = f"{self.document or self.path}#{name}"
        if label.name and name in self._own_holders:
            office = label.label.split("(")[0].strip()
            return self.registers.add_source_person(own, name), \
                f", this document's own, the holder of '{office}' its list names"
        spelt = spelt_out(self.title, name, self.registers)
        listed = "" if spelt else self._spelt_in_list(name)
        if spelt or listed or not office_only(name):
            entry = self.registers.provisional_speaker(name, spelt or listed)
            return entry, f", named '{spelt}' as the title spells it" if spelt else \
                f", named '{listed}' as the list of who was there spells it" if listed else ""
        return self.registers.add_source_person(own, name), \
            f", this document's own ({unheld(self._listing, office_key(name))})"

    def _spelt_in_list(self, name: str) -> str:
        """The name one person of the head's list of who was there spells in full for `name`, a
        surname alone (`title_names.spelt_out`: `MACMILLAN` under `Participants: ...; Prime
        Minister Harold Macmillan` -> `Harold Macmillan`); '' for none or several."""
        forms = {spelt_out(item, name, self.registers) for item in self.persons_present()
                 if isinstance(item, str)} - {""}
        return forms.pop() if len(forms) == 1 else ""

    def _party(self, part: str) -> str:
        """The ref of the person who speaks in the part `part` labels (`A:`) in an interview whose
        title names him (`interview_parties.party_of`), '' (an `sp` without @who) for a voice the
        source names no one by, a part no person's."""
        if self._parties is None:
            self._parties = interview_parties(self.title, self.registers)
            if not self._parties[0]:   # `A:` among `QUESTION:` / `THE PRESIDENT:` turns
                self._parties = (questions_answerer(self.labels(), self.registers),
                                 self._parties[1])
        return party_of(part, self._parties)

    def speakers_only(self) -> bool:
        """Whether the document has no voice but the speakers': by its type and title
        (`wholly_spoken`), or minutes whose paragraphs read as a debate's (`debates`)."""
        return self.wholly_spoken or self.debates()

    def debates(self) -> bool:
        """Whether the document is a debate: minutes whose title names one (`debate`), or a
        spoken record (`spoken`: minutes, a play, a transcript) whose paragraphs read as a
        debate's (`doc_types.debate_in_body`); read once a document. A play or a transcript has
        no voice but the speakers' anyway: here it only lets a member's constituency join his
        label (`_member`)."""
        if self._debate is None:
            self._debate = self.debate or (self.spoken and debate_in_body(
                self.texts, [bool(label) and label.kind == "turn"
                             for label in self._labels_as_read()]))
        return self._debate

    def _writes_dialogue(self, mark: str = "", untitled: bool = False) -> bool:
        """Whether two paragraphs or more open with a speaker's label (ended by `mark`, if
        given; naming the speaker with no title, `LabelMatch.titled`, if `untitled`); read once a
        document."""
        if (mark, untitled) not in self._dialogue:
            turns = (label for label in self.labels()
                     if label and label.kind == "turn" and mark in ("", label.mark)
                     and not (untitled and label.titled))
            self._dialogue[mark, untitled] = sum(1 for _ in islice(turns, 2)) == 2
        return self._dialogue[mark, untitled]

    def _names_place_or_organization(self, label: str) -> bool:
        """Whether `label` as a whole is a name of the place or organization registers (`Cuba`,
        in capitals `HAVANA`, where it names no person) or, in capitals, a country's or a
        region's (`COMMUNIST CHINA`: `country_words.names_a_country`); asked once a label."""
        if label not in self._place_named:
            entry = self.registers.entry_named(label)
            if entry is None and label.isupper() \
                    and self.registers.find_person(label).entry is None:
                entry = self.registers.entry_named(label.title())
            self._place_named[label] = entry is not None and entry.kind != "person" \
                or label.isupper() and names_a_country(label)
        return self._place_named[label]

    def _unknown(self, where: Location, label: str, suggestion: str) -> None:
        advice = MISSPELT if suggestion else UNREGISTERED
        self.reporter.error(where, f"unknown speaker '{label}'{suggestion}{advice}",
                            "speaker-unknown")

    def speaks_here(self, ref: str) -> bool:
        """Whether a label of the document's turns names the person `ref` (looked up once)."""
        if self._speaking is None:
            found = (self.registers.find_person(label.name or label.label).entry
                     for n, label in enumerate(self.labels()) if label and label.kind == "turn"
                     and not self._left_to_registers(n))
            self._speaking = {entry.ref for entry in found if entry is not None}
        return ref in self._speaking

