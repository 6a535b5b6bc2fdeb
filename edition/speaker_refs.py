"""Who speaks: a turn's label -> the register person it names, or a diagnostic saying why not."""

from __future__ import annotations

from dataclasses import dataclass

from .diagnostics import Location, Reporter
from .registers import Registers
from .speakers import LabelMatch


@dataclass
class SpeakerLookup:
    """Looks up the speaker labels of one document in the registers, reporting what fails."""

    registers: Registers
    reporter: Reporter
    path: str
    provisional: bool = False

    def who(self, line: int, label: LabelMatch, forced_who: str) -> str | None:
        """The ref of the person the label on `line` names (or the editor's override does);
        None, reported unless the label is a title-case one naming no one (`Stephen Kinnock.`),
        when there is none. Unknown labels get provisional persons in provisional builds."""
        where = Location(self.path, line, 1)
        if forced_who:  # an id no register has is reported at the sidecar (check_overrides)
            entry = self.registers.get(forced_who)
            return entry.ref if entry else None
        match = self.registers.find_speaker(label.label)
        if match.entry is not None:
            return match.entry.ref
        if label.title_case and not self.provisional:
            return None
        if match.candidates and not self.provisional:
            names = ", ".join(c.id for c in match.candidates)
            self.reporter.error(where, f"speaker '{label.label}' is ambiguous: {names}; settle it "
                                "in the overrides file", "speaker-ambiguous")
            return None
        if self.provisional:
            entry = self.registers.add_provisional_person(label.label)
            self.reporter.warning(where, f"speaker '{label.label}' is not in the register; "
                                  f"provisional entry '{entry.id}'", "speaker-provisional")
            return entry.ref
        self.reporter.error(where, f"unknown speaker '{label.label}'{match.suggestion}",
                            "speaker-unknown")
        return None
