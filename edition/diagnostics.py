"""Diagnostics: where a message comes from, how bad it is, and a reporter that collects them."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import Iterable


class Severity(IntEnum):
    INFO = 0
    WARNING = 1
    ERROR = 2

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, order=True)
class Location:
    """A place in a source file: 1-based line and column (column 0 = whole file or line)."""

    path: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        parts = [self.path]
        if self.line:
            parts.append(str(self.line))
            if self.column:
                parts.append(str(self.column))
        return ":".join(parts)

    def at(self, line: int, column: int = 0) -> "Location":
        return Location(self.path, line, column)


@dataclass(frozen=True)
class Diagnostic:
    """One message: `seeds/x.txt:42:7: error: unknown speaker 'X' [speaker-unknown]`."""

    location: Location
    severity: Severity
    message: str
    code: str

    def __str__(self) -> str:
        return f"{self.location}: {self.severity}: {self.message} [{self.code}]"


class InputProblem(Exception):
    """What is wrong with an input file, and where, in words for its editor: raised where the
    reading cannot go on, reported by the caller under its own code."""

    def __init__(self, location: Location, message: str) -> None:
        super().__init__(f"{location}: {message}")
        self.location, self.message = location, message


@dataclass(frozen=True)
class Unread:
    """A file every source depends on (a register) that could not be read, and why: the
    diagnostics of `codes` (`what`, e.g. "speaker labels") follow from it, not from the sources."""

    path: str
    why: str
    codes: tuple[str, ...]
    what: str


@dataclass
class Reporter:
    """Collects diagnostics so that a run can go on where it is safe and fail at the end."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    unread: list[Unread] = field(default_factory=list)

    def report(self, location: Location, severity: Severity, message: str, code: str) -> None:
        self.diagnostics.append(Diagnostic(location, severity, message, code))

    def error(self, location: Location, message: str, code: str) -> None:
        self.report(location, Severity.ERROR, message, code)

    def warning(self, location: Location, message: str, code: str) -> None:
        self.report(location, Severity.WARNING, message, code)

    def info(self, location: Location, message: str, code: str) -> None:
        self.report(location, Severity.INFO, message, code)

    def extend(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics.extend(diagnostics)

    def count(self, severity: Severity) -> int:
        return counted(self.diagnostics, severity)

    def failed(self, strict: bool = False) -> bool:
        """True when the run must fail: any error, or with `strict` any warning."""
        worst = Severity.WARNING if strict else Severity.ERROR
        return any(d.severity >= worst for d in self.diagnostics)

    def sorted(self) -> list[Diagnostic]:
        return _sorted(self.diagnostics)

    def as_printed(self) -> list[Diagnostic]:
        """`sorted`, but the problems of an unread file first, each followed by one line for
        the diagnostics that follow from it (`Unread`) instead of one for each."""
        paths = {unread.path for unread in self.unread}
        first = _sorted([d for d in self.diagnostics if d.location.path in paths])
        rest = [d for d in self.diagnostics if d.location.path not in paths]
        for unread in self.unread:
            followed = [d for d in rest if d.code in unread.codes]
            rest = [d for d in rest if d.code not in unread.codes]
            if followed:
                first.append(_unchecked(unread, followed))
        return first + _sorted(rest)


def _sorted(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return sorted(diagnostics, key=lambda d: (d.location, -d.severity, d.code))


def _unchecked(unread: Unread, followed: list[Diagnostic]) -> Diagnostic:
    """One diagnostic, as severe as the worst, for those that followed from `unread`."""
    sources = len({d.location.path for d in followed})
    return Diagnostic(Location(unread.path), max(d.severity for d in followed),
                      f"{len(followed)} {unread.what} in {sources} source(s) could not be checked "
                      f"because {Path(unread.path).name} {unread.why}; fix it first",
                      "register-unread")


def counted(diagnostics: Iterable[Diagnostic], severity: Severity) -> int:
    return sum(1 for d in diagnostics if d.severity == severity)


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """` (did you mean 'MIKOYAN'?)` when a close candidate exists, else an empty string."""
    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.75)
    return f" (did you mean '{close[0]}'?)" if close else ""
