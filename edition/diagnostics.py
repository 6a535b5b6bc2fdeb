"""Diagnostics: where a message comes from, how bad it is, and a reporter that collects them."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from enum import IntEnum
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


@dataclass
class Reporter:
    """Collects diagnostics so that a run can go on where it is safe and fail at the end."""

    diagnostics: list[Diagnostic] = field(default_factory=list)

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
        return sum(1 for d in self.diagnostics if d.severity == severity)

    def failed(self, strict: bool = False) -> bool:
        """True when the run must fail: any error, or with `strict` any warning."""
        worst = Severity.WARNING if strict else Severity.ERROR
        return any(d.severity >= worst for d in self.diagnostics)

    def sorted(self) -> list[Diagnostic]:
        return sorted(self.diagnostics, key=lambda d: (d.location, -d.severity, d.code))


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """` (did you mean 'MIKOYAN'?)` when a close candidate exists, else an empty string."""
    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.75)
    return f" (did you mean '{close[0]}'?)" if close else ""
