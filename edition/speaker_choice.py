"""Which of the register persons a speaker's label answers to speaks: one speaking here, listed."""

from __future__ import annotations

from collections.abc import Callable

from .diagnostics import Location, Reporter
from .loose_turns import entry_ids
from .name_forms import names_listed
from .namesakes import forename_sharers, named_in, namesakes
from .registers import Entry, Registers, SpeakerMatch


class SpeakerChoice:
    """`SpeakerLookup`'s choice among the persons a label answers to (`CASTRO`: Fidel or Raúl;
    `MIKOYAN`: Anastas or Sergo): the one who speaks here under a label of his own (`_person`),
    the one the title or the head names (`_namesake`, `_listed_among`), with a warning where
    the choice may be wrong, an error or a warning where none can be made (`_ambiguous`); the
    lookup holds the state it reads and writes, declared here."""

    registers: Registers
    reporter: Reporter
    path: str
    title: str
    """The document's title, which says which of the persons sharing a surname speaks."""
    provisional: bool
    """Whether the build is provisional: an ambiguous label is then a warning, not an error."""
    _tied: dict[str, Entry]
    """`_namesake`'s answers for the document, by the name looked up."""
    _warned_listed: set[str]
    """The labels `_first_listed` has warned of in the document."""
    participants: Callable[[int | None], list[tuple[tuple[str, ...], str]]]
    """The persons the document's head lists before a paragraph (`LooseTurns.participants`)."""
    position: Callable[[int], int]
    """The index of the paragraph that starts on a line."""
    speaks_here: Callable[[str], bool]
    """Whether a label of the document's turns names the person of a register reference."""

    def _namesake(self, name: str, entry: Entry, line: int) -> Entry:
        """The person a label that is a surname or a given name alone (`MIKOYAN`, `Mr. Mikoyan`,
        `Raúl`: `namesakes.forename_sharers`) names where
        the register reads it as one person's, `entry` (a variant of Anastas Mikoyan's), but
        holds several of that surname (`namesakes`): the one the title names
        (`Oral History Interview with Sergo Mikoyan`), else the one the head lists, else
        `entry`, the register's reading of the label, with a warning, once a document, that
        it may be another; `entry` for any other label."""
        if name not in self._tied:
            sharing, shared = namesakes(self.registers, name), "surname"
            if not sharing:   # `Raúl:` under a title naming Raúl Roa, not Raúl Castro
                sharing, shared = forename_sharers(self.registers, name), "given name"
            named = named_in(self.registers, self.title, sharing) \
                or self._listed_among(name, sharing, line)
            if sharing and named is None:
                self.reporter.warning(
                    Location(self.path, line, 1),
                    f"speaker '{name}' is ambiguous: {entry_ids(sharing)} share the {shared}, and "
                    f"neither the title nor the head names one of them alone; read as "
                    f"'{entry.id}'; settle it in the overrides file", "speaker-ambiguous")
            self._tied[name] = named or entry
        return self._tied[name]

    def speaker_named(self, name: str) -> Entry | None:
        """The person `name` (`Comrade Mikoyan`) names if they speak in this document."""
        entry = self._person(self.registers.find_person(name))
        return entry if entry is not None and self.speaks_here(entry.ref) else None

    def _person(self, match: SpeakerMatch) -> Entry | None:
        """The register's one person for a label; of several (`CASTRO`: Fidel or Raúl), the one
        who speaks in this document under a label of their own (`FIDEL CASTRO`, `F. CASTRO`)."""
        if match.entry is not None:
            return match.entry
        speaking = self._speaking_among(match.candidates)
        return speaking[0] if len(speaking) == 1 else None

    def _listed_among(self, label: str, candidates: tuple[Entry, ...], line: int) -> Entry | None:
        """Of the persons a `label` of several answers to (`Castro:`), the one whom the document's
        head lists by that name before `line` (`participants`: `Presentes: ..., Fidel Castro,
        ...`), or of several it lists the first (`_listed_order`)."""
        listed = self._listed_order(label, candidates, line)
        return listed[0] if listed else None

    def _first_listed(self, where: Location, label: str, candidates: tuple[Entry, ...],
                      line: int) -> Entry | None:
        """`_listed_among`, with a warning, once a document for the label, where the head lists
        several of the `candidates` (`Cuban side: Fidel Castro, ..., Raúl Castro` / `Castro:`):
        a list goes by rank, and a record names its head by his surname alone."""
        listed = self._listed_order(label, candidates, line)
        if len(listed) > 1 and label not in self._warned_listed:
            self._warned_listed.add(label)
            self.reporter.warning(where, f"speaker '{label}' is ambiguous: the head lists "
                                  f"{entry_ids(listed)}; read as '{listed[0].id}', listed first; "
                                  "settle it in the overrides file", "speaker-ambiguous")
        return listed[0] if listed else None

    def _listed_order(self, label: str, candidates: tuple[Entry, ...], line: int) -> list[Entry]:
        """The `candidates` the document's head lists by `label` before `line`, in its order."""
        found: list[Entry] = []
        for forenames, surname in self.participants(self.position(line)) if candidates else ():
            entry = self.registers.find_person(" ".join((*forenames, surname))).entry \
                if names_listed(label, (forenames, surname)) else None
            if entry is not None and entry in candidates and entry not in found:
                found.append(entry)
        return found

    def _speaking_among(self, candidates: tuple[Entry, ...]) -> list[Entry]:
        return [entry for entry in candidates if self.speaks_here(entry.ref)]

    def _ambiguous(self, where: Location, label: str, candidates: tuple[Entry, ...]) -> None:
        """A label several register persons answer to: an error, a warning in a provisional
        build."""
        speaking = self._speaking_among(candidates)
        which = f"{entry_ids(speaking)} all speak here" if speaking else \
            f"{entry_ids(candidates)}, none of whom speaks under another label here"
        report = self.reporter.warning if self.provisional else self.reporter.error
        report(where, f"speaker '{label}' is ambiguous: {which}; settle it in the overrides file",
               "speaker-ambiguous")
