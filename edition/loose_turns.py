"""A label `match_label` refuses that still opens a turn (its person speaks here, or is listed)."""

from __future__ import annotations

import dataclasses
import re
from itertools import islice

from .alphabets import UPPER
from .country_words import names_a_country
from .diagnostics import Location, did_you_mean
from .doubt_marks import doubt_mark, doubted, undoubted
from .initials_labels import initials_label, participants_by_initials
from .label_heads import label_head
from .label_words import NOT_LOOSE_WORDS
from .listed_participants import names_present
from .listed_persons import continued_lists, listed_names, presence_lines
from .name_forms import fold, names_listed, untitled
from .name_shapes import name_shaped
from .remark_speakers import remark_label
from .speakers import LabelMatch, colon_label, loose_label
from .namesakes import named_in
from .office_holders import participants_named
from .registers import Entry, SpeakerMatch

JOINT_LABEL = re.compile(
    r"^(?P<first>[^\W\d_][\w.’'-]*(?:\s[\w.’'-]+){0,2})\s+(?:and|AND|&)\s+"
    r"(?P<second>[^\W\d_][\w.’'-]*(?:\s[\w.’'-]+){0,2}):\s+(?=\S)")
"""`MACMILLAN and KENNEDY: [simultaneously] Good-bye.`: two speakers' labels joined, before a
colon, a tape transcript's words spoken at once."""
SPEECH_START = re.compile(rf"[{UPPER}0-9“\"‘'(\[]")
"""What a speech after a label opens with: a capital, a figure, a quotation mark or a bracket;
`Kennedy: a study of power` is a book's title."""


class LooseTurns:
    """`SpeakerLookup`'s judgement of the labels `match_label` refuses (`loose_turn`) and of the
    persons the document's head lists (`participants`); the lookup holds the state it reads."""

    def loose_turn(self, line: int, text: str) -> LabelMatch | None:
        """The label opening `text` that `match_label` refuses (`Dorticos: Thank you.`,
        `Dortikos. Thank you.`, `DORTIKOS Thank you.`, `Mikoyan — The`, see `loose_label`) when
        it names a person who speaks in this document, or one its head lists (`Kornienko:` after
        `Mr. Georgi Kornienko, Counselor ...`: `_participant_turn`). Reported when it names
        another person, resembles a known name, or stands before a colon (`Kosygin: I support.`),
        or before a period where the dialogue is written with labels (`_period_dialogue_label`),
        not after a dash: then returned as kind "unread", a paragraph no speaker's (`turn_ends`),
        since it would else put the words in the previous speaker's mouth. `Remark by Guevara:`
        in a dialogue is his turn (`remark_speakers`); `Dorticos: President of the Republic`
        under the head's list its item (`_list_items`), no turn."""
        doubt = doubt_mark(text)
        if doubt:   # `Rusk?: What does McCone say?`: read as `Rusk:` is, the doubt kept
            return doubted(self.loose_turn(line, undoubted(text, doubt)), doubt)
        position = self.position(line)
        if position in self._list_items():
            return None   # `Dorticos: President of the Republic` under `Present: Dorticos, ...`
        joint = self._joint_turn(text)   # `MACMILLAN and KENNEDY:`
        if joint is not None:
            return joint
        initials = self._initials_turn(line, text)   # `A.M.:` of A. I. Mikoyan
        if initials is not None:
            return initials
        remark = remark_label(text)   # `Remark by Guevara:` in a dialogue: his turn
        if remark is not None:
            return remark if self._writes_dialogue() and self._person(
                self.registers.find_person(remark.name)) is not None else None
        dialogue = self._dialogue_turn(text, line) or self._unknown_surname_turn(text)
        if dialogue is not None:
            return self._member(dialogue, text)
        loose = self.labels()[position] if self._left_to_registers(position) \
            else loose_label(text)
        if loose is None or self._names_place_or_organization(loose.label) \
                or self._heading_word(loose, text):
            return None   # `Cuba: The missiles`, `CASTRO. The speech`: a topic
        match = self.registers.find_speaker(loose.label)
        entry = self._person(match)
        if (entry is not None and self.speaks_here(entry.ref)) \
                or self._participant_turn(loose, self.position(line)) \
                or self._unknown_name_turn(loose, match, text):
            return loose
        if loose.mark == "—" or not (match.entry or match.candidates or match.suggestion
                                     or loose.mark == ":"
                                     or self._period_dialogue_label(loose, text)):
            return None   # `Kennedy — The letter`: a dash after a name is no label of its own
        return self._unread(line, loose, match)

    def _joint_turn(self, text: str) -> LabelMatch | None:
        """The turn of two speakers a joint label opens (`JOINT_LABEL`: `MACMILLAN and KENNEDY:
        [simultaneously] Good-bye.`), where each of its two labels opens a turn of the document
        of its own: `LabelMatch.joint`, each looked up as there; else None (`Smith and Wesson:`,
        `Questions and Answers:`)."""
        found = JOINT_LABEL.match(text)
        if found is None:
            return None
        own = {label.label for label in self.labels() if label and label.kind == "turn"}
        if found["first"] not in own or found["second"] not in own:
            return None
        return LabelMatch(found.group().rstrip()[:-1].rstrip(), found.end(), "turn", mark=":",
                          joint=(found["first"], found["second"]))

    def _unknown_name_turn(self, loose: LabelMatch, match: SpeakerMatch, text: str) -> bool:
        """Whether `loose`, opening `text` before a colon and a speech, names no register person
        and reads as a person's name (`name_shapes.name_shaped`: `Hermes Lima:`, `Громыко:`), in
        a provisional build of a document whose other labels write a dialogue: a provisional
        person's turn, as `Mr. Ball:` and `GROMYKO:` are; not `Note:`, `Subject:`."""
        return self.provisional and loose.mark == ":" and match.entry is None \
            and not match.candidates and SPEECH_START.match(text, loose.rest) is not None \
            and name_shaped(loose.label) and self._writes_dialogue()

    def _initials_turn(self, line: int, text: str) -> LabelMatch | None:
        """The turn a label of initials opens (`A.M.: I have read the draft`,
        `initials_labels`): the one participant, by the title or the head's list of who was
        there, whose initials it gives, looked up by his name (`LabelMatch.name`); where none or
        several do, a paragraph no speaker's (kind "unread"), reported, where another label of
        initials names one; else, and for a place's or a body's initials (`U.S.:`), None."""
        found = initials_label(text)
        if found is None or self._names_place_or_organization(found["label"].strip()):
            return None
        label = found["label"].strip()
        persons = [entry for entry in self._participants_all() if isinstance(entry, Entry)]
        named = participants_by_initials(label, persons)
        if len(named) == 1:
            return LabelMatch(label, found.end(), "turn", mark=":", name=named[0].name)
        if self._initials_read is None:   # asked once a document
            self._initials_read = any(
                len(participants_by_initials(other["label"], persons)) == 1
                for other in map(initials_label, self.texts) if other)
        if not self._initials_read:
            return None   # `U.K.: The British agree` in a record of no initials' turns
        why = f"{entry_ids(named)} all have those initials" if named \
            else "no participant the title or the list of who was there names has those initials"
        self.reporter.warning(Location(self.path, line, 1),
                              f"'{label}' opens the paragraph like a speaker label, but {why}: "
                              "not read as a turn (the overrides file can settle it)",
                              "speaker-unread")
        return LabelMatch(label, found.end(), "unread", mark=":")

    def _participants_all(self) -> list[Entry | str]:
        """The register persons the title names as those who met (`... of A. I. Mikoyan with R.
        Roa`: `office_holders.participants_named`) and the persons the head's lists of who was
        there name (`persons_present`, a register's entry or a name as printed): whom a label
        of initials may name, or a label misspelling a surname; read once a document."""
        if self._participants is None:
            named = map(self.registers.get, sorted(participants_named(self.registers,
                                                                      self.title)))
            self._participants = [entry for entry in named if entry is not None] \
                + [entry for entry in self.persons_present() if entry]
        return self._participants

    def _unread(self, line: int, loose: LabelMatch, match: SpeakerMatch) -> LabelMatch:
        """`loose`, a label naming no one who speaks here, as kind "unread", reported: unknown
        but like a known name, one of several who speak here, or why it is not read."""
        where = Location(self.path, line, 1)
        unread = dataclasses.replace(loose, kind="unread")
        if match.entry is None and match.suggestion and not self.provisional:
            self._unknown(where, loose.label,
                          self._near_participant(loose.label) or match.suggestion)
            return unread
        if len(self._speaking_among(match.candidates)) > 1:
            self._ambiguous(where, loose.label, match.candidates)
            return unread
        why = f"{match.entry.name} speaks nowhere else here" if match.entry \
            else f"none of {entry_ids(match.candidates)} speaks elsewhere here" \
            if match.candidates else \
            f"no speaker has that name{self._near_participant(loose.label) or match.suggestion}"
        self.reporter.warning(where, f"'{loose.label}' opens the paragraph like a speaker label, "
                              f"but {why}: not read as a turn (the overrides file can settle it)",
                              "speaker-unread")
        return unread

    def _near_participant(self, label: str) -> str:
        """` (did you mean 'CASTRO'?)`: the surname `label` nearly spells of a person the title
        names as one who met or the head lists as present (`Kastra:` under `... and Fidel
        Castro`), as `Registers.find_speaker` suggests a register's form; '' where none."""
        names = [entry.surname if isinstance(entry, Entry) else entry.split()[-1]
                 for entry in self._participants_all()]
        return did_you_mean(untitled(fold(label)), sorted({fold(name) for name in names if name}))

    def unread_head(self, line: int, text: str, turn_line: int) -> LabelMatch | None:
        """The head shaped like a speaker's label opening `text` on `line` (`label_heads`: `The
        Chairman of the Commission:`) inside the turn opened on `turn_line`, where no reading of
        labels takes it: kind "unread", reported, a paragraph no speaker's
        (`turn_ends`), never the open turn's words; None for no head, an item of the head's
        list, or a place's or an organization's name (`Cuba: The missiles`, a topic); a country's
        or a register place's in capitals (`CUBA: The Cuban side rejects ...`), a heading, ends
        the turn unreported."""
        topic = loose_label(text)
        if topic and topic.mark == ":" and topic.label.isupper() \
                and self._names_place_or_organization(topic.label):
            return dataclasses.replace(topic, kind="unread")   # `CUBA: The Cuban side ...`
        head = label_head(text)
        if not head or self.position(line) in self._list_items() \
                or self._names_place_or_organization(head):
            return None
        self.reporter.warning(Location(self.path, line, 1),
                              f"'{head}' opens the paragraph like a speaker label, but it is not "
                              f"read as one: the paragraph ends the turn of line {turn_line} and "
                              f"is no one's words (the overrides file can settle it)",
                              "speaker-unread")
        return LabelMatch(head, 0, "unread", mark=":")

    def _participant_turn(self, loose: LabelMatch, position: int) -> bool:
        """Whether `loose`, opening the paragraph at `position`, names a person the document's
        head lists (`participants`: `Kornienko:` after `Mr. Georgi Kornienko, Counselor of the
        Soviet Embassy`) before a colon, or before a period where the dialogue is written with
        labels: that person's turn, whom `who` looks up (a provisional person in a provisional
        build). In a document that reads no label (every one a one-off) only where the listed
        persons speak (`_participants_speak`)."""
        if loose.mark not in (":", ".") or not (loose.mark == ":" or self._writes_dialogue()):
            return False
        return self._names_participant(loose.label, position) \
            and (self._first_turn() < len(self.texts) or self._participants_speak())

    def _names_participant(self, label: str, position: int) -> bool:
        """Whether `label` names a person the head lists before the paragraph at `position`."""
        return any(names_listed(label, listed) for listed in self.participants(position))

    def _participants_speak(self) -> bool:
        """Whether two paragraphs or more open with a one-off label before a colon naming a
        person the head lists before it (`Dorticós:`, `Guevara:` under `Presentes: Osvaldo
        Dorticós, ..., Ernesto Guevara`): the record's dialogue, where no label is read; a single
        one is as likely a note on the person (`Zorin: Permanent Representative of the USSR
        ...` under a memorandum's participants). Read once a document."""
        if self._listed_speak is None:
            labels = ((position, loose_label(text)) for position, text in enumerate(self.texts))
            speaking = (position for position, loose in labels if loose and loose.mark == ":"
                        and self._names_participant(loose.label, position))
            self._listed_speak = sum(1 for _ in islice(speaking, 2)) == 2
        return self._listed_speak

    def _first_turn(self) -> int:
        """The index in `texts` of the first label read (`labels`), `len(texts)` if none."""
        return next((n for n, label in enumerate(self.labels()) if label
                     and label.kind == "turn" and not label.missing_period   # `PROTOCOL No.`
                     and not self._left_to_registers(n)), len(self.texts))

    def participants(self, position: int | None = None) -> list[tuple[tuple[str, ...], str]]:
        """(forenames, surname) of each person the paragraphs before the first turn list, the
        first turn being the first label read (`labels`) or, where none comes before it, the
        paragraph at `position`, whose label is judged (`Presentes: Osvaldo Dorticós, ...` /
        `Dorticós: ...` in minutes whose every label is a one-off: a document with no label read
        has a head too); with a title or initials (`name_forms.listed_name`), one to a line or
        parted by commas (`Mr. Georgi Kornienko, Counselor of the Soviet Embassy`, `О. Дортикос,
        Э. Гевара`), and any name after the head of a list of who was there (`PRESENCE_HEAD`:
        `Present: Brezhnev, Kosygin`, `Chinese participants: Zhou Enlai, Chen Yi`). Words in
        lower case are no name's but its particles' (`Counselor of the Soviet Embassy`,
        `Ambassador at Large`), and a bracket no name's part (`Mikoyan [in absentia]`). Read once
        a document."""
        if self._listed is None:
            head = self.source_lines[:self._first_turn()]
            continued = continued_lists(head)
            self._listed = [(index, listed) for index, (text, lines)
                            in enumerate(zip(self.texts, head))
                            for listed in listed_names(text, lines, index in continued)]
        end = len(self.texts) if position is None else position
        return [listed for index, listed in self._listed if index < end]

    def persons_present(self) -> list[Entry | str]:
        """The persons the lists of who was there before the first turn name, speaking or not
        (`listed_participants.names_present`): the document's participants, a register's
        entry or a name as printed."""
        return names_present(presence_lines(self.source_lines[:self._first_turn()]),
                             self.registers)

    def _dialogue_turn(self, text: str, line: int) -> LabelMatch | None:
        """A one-off label before a colon (`McCloy: And the bombers?`) where the document writes
        its dialogue with colons (two turns or more open with a label and a colon: `Kuznetsov:`
        twice, `MIKOYAN:`, `The President:`; or two paragraphs or more open with one naming a
        person the title names as one who met, `_title_persons_speak`): a turn when it names a
        person of the register (`_named_person`: `Castro:` under `... with Fidel Castro`), and
        no place or organization. Any other (`Berlin: The Secretary said`) is `loose_turn`'s."""
        label = colon_label(text)
        if label is None or not (self._writes_dialogue(":") or self._title_persons_speak()):
            return None
        entry = self._named_person(label.label, line)
        return label if entry is not None and not self._names_place_or_organization(label.label) \
            else None

    def _unknown_surname_turn(self, text: str) -> LabelMatch | None:
        """A one-off surname no register knows before a colon (`Ball: Yes, I think it is.`) in
        a provisional build of a spoken record (a transcript, minutes), where the document writes
        its dialogue with surnames and colons (`Kennedy:`, `McNamara:`, twice or more:
        `_writes_dialogue`) or opens two paragraphs or more with such a one-off
        (`_surnames_speak`): a turn, whose speaker `who` makes provisional, as a surname said
        twice is; in a memorandum as likely a topic (`Kosygin: ...`), reported. Not a word that
        opens a sentence or heads a field (`Note:`, `Question:`), nor a place or an organization
        (`Berlin:`), nor a name the registers give to some person (`_dialogue_turn` reads it)."""
        if not (self.provisional and self.spoken) or ":" not in text:
            return None
        label = colon_label(text)
        if label is None or not self._unknown_surname(label, text):
            return None
        return label if self._writes_dialogue(":", untitled=True) or self._surnames_speak() \
            else None

    def _unknown_surname(self, label: LabelMatch, text: str) -> bool:
        """Whether `label`, opening `text`, is one word in title case before a colon and speech
        (`Ball: Yes`, `Bundy: [Reading] "..."`), no word a sentence, a field or a heading opens
        with (`label_words.NOT_LOOSE_WORDS`: `Note:`, `Exactly:`), nor a place, organization or
        person the registers hold but provisionally, nor a country, a region or a city the
        edition knows (`country_words.names_a_country`: `Berlin:`)."""
        name = label.label
        if " " in name or not name[:1].isupper() or name.isupper() or label.delivery \
                or not SPEECH_START.match(text, label.rest) or name in NOT_LOOSE_WORDS:
            return False
        match = self.registers.find_person(name)   # provisional: made at an earlier turn
        return all(entry.provisional for entry in (match.entry, *match.candidates) if entry) \
            and not self._names_place_or_organization(name) and not names_a_country(name)

    def _surnames_speak(self) -> bool:
        """Whether two paragraphs or more of the document open with an unknown surname before a
        colon (`McNamara: Out.` / `Rusk: A message.`). Read once a document: a surname unknown
        stays so, made provisional at its turn."""
        if self._surnames is None:
            labels = ((colon_label(text), text) for text in self.texts if ":" in text)
            surnames = (label for label, text in labels
                        if label is not None and self._unknown_surname(label, text))
            self._surnames = sum(1 for _ in islice(surnames, 2)) == 2
        return self._surnames

    def _named_person(self, label: str, line: int) -> Entry | None:
        """The register person `label` names: its one person, or of several (`Castro:`) the one
        who speaks here under another label, the title names (`namesakes.named_in`: `... with
        Fidel Castro`) or the head lists before `line` (`_listed_among`), as `who` reads it."""
        match = self.registers.find_person(label)
        return self._person(match) or named_in(self.registers, self.title, match.candidates) \
            or self._listed_among(label, match.candidates, line)

    def _title_persons_speak(self) -> bool:
        """Whether two paragraphs or more open with a label before a colon and a capital naming a
        person the title names as one who met (`office_holders.participants_named`): `A.I. Mikoyan:
        ...` / `Fidel Castro: ...` under `Record of Conversation of A. I. Mikoyan with Fidel
        Castro`, a dialogue whose every label may be a one-off. Read once a document."""
        if self._title_speak is None:
            named = participants_named(self.registers, self.title)
            labels = (colon_label(text) for text in self.texts)
            speaking = (label for label, text in zip(labels, self.texts)
                        if label and SPEECH_START.match(text, label.rest)
                        and (entry := self._named_person(label.label, self.lines[0])) is not None
                        and entry.id in named)
            self._title_speak = sum(1 for _ in islice(speaking, 2)) == 2
        return self._title_speak

    def _period_dialogue_label(self, loose: LabelMatch, text: str) -> bool:
        """Whether `loose`, opening `text`, is a title-case name before a period (`Kosygin. I
        support.`) where the document writes its dialogue with labels of that shape, a name with
        no title (`MIKOYAN.`, `Kuznetsov:`): a speaker the registers do not know, as likely as a
        sentence of one word. Not in a memorandum without such turns (`Kennedy. The President
        said` is narration), nor in a debate whose every label has a title (`Mr. Healey:`,
        `Lord Home:`), nor when the paragraph says the word again (`Suez. I remember Suez`): a
        label names who speaks, not what he speaks of; the word is his."""
        return (loose.mark == "." and loose.title_case and self._writes_dialogue(untitled=True)
                and not re.search(rf"\b{re.escape(loose.label)}\b", text[loose.rest:]))


def entry_ids(entries) -> str:
    """`castro-fidel, castro-raul`: the ids of `entries`, as a message names them."""
    return ", ".join(entry.id for entry in entries)
