"""Editor overrides: a data-only sidecar `<document>.overrides.toml` that settles what heuristics get wrong.

    # seeds/1962-11-05-memcon-mikoyan-dorticos.overrides.toml
    [lines]                     # key: the source line a paragraph starts on
    125 = "turn:mikoyan-anastas"   # a turn of this register person
    217 = "stage"               # also: "turn", "narrative", "note", "closer", "postscript", "summary"

    [names]                     # a name form as printed -> register id ("" = not a name)
    "Rodriquez" = "rodriguez-carlos-rafael"
    "Oy" = ""

    [header]
    type = "memorandum"         # memorandum, telegram, letter, transcript, minutes, drama, other
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .diagnostics import InputProblem, Location, Reporter, did_you_mean
from .toml_places import key_locations, read_toml

if TYPE_CHECKING:
    from .registers import Registers

ROLES = frozenset({"turn", "narrative", "stage", "note", "closer", "postscript", "summary"})
DOC_TYPES = frozenset({"memorandum", "telegram", "letter", "transcript", "minutes", "drama", "other"})


@dataclass(frozen=True)
class Overrides:
    """An editor's decisions for one document."""

    lines: dict[int, str] = field(default_factory=dict)     # line -> role, "turn:<id>" allowed
    names: dict[str, str] = field(default_factory=dict)     # form -> register id or ""
    doc_type: str = ""
    where: dict[tuple[str, str], Location] = field(default_factory=dict)
    """Where each entry is written: ("names", "Oy"), ("lines", "125") -> its line in the sidecar."""

    def role(self, line: int) -> tuple[str, str]:
        """(role, register id) forced for the paragraph starting on `line`, or ("", "")."""
        value = self.lines.get(line, "")
        role, _, who = value.partition(":")
        return role, who

    def location(self, table: str, key: str) -> Location:
        return self.where.get((table, key)) or self.where.get(("", ""), Location("overrides"))


def sidecar_path(source: Path) -> Path:
    return source.with_name(source.stem + ".overrides.toml")


def load_overrides(source: Path, reporter: Reporter, shown: str) -> Overrides:
    """Read the sidecar of `source` if there is one; bad entries are reported and skipped."""
    path = sidecar_path(source)
    if not path.exists():
        return Overrides()
    where = Location(str(Path(shown).with_name(path.name)))
    try:
        text, data = read_toml(path, where)
    except InputProblem as problem:
        reporter.error(problem.location, f"cannot read overrides: {problem.message}",
                       "overrides-syntax")
        return Overrides()
    located = key_locations(text, where)
    lines = _lines(data.get("lines", {}), located, reporter)
    names = {str(k): str(v) for k, v in data.get("names", {}).items()}
    doc_type = str(data.get("header", {}).get("type", ""))
    if doc_type and doc_type not in DOC_TYPES:
        reporter.error(located.get(("header", "type"), where), f"unknown document type "
                       f"{doc_type!r}; use one of {', '.join(sorted(DOC_TYPES))}", "overrides-value")
        doc_type = ""
    return Overrides(lines, names, doc_type, located)


def check_overrides(overrides: Overrides, registers: Registers, starts: Iterable[int],
                    reporter: Reporter) -> None:
    """Report the overrides that would be ignored: a `[names]` id that no register has (the name
    is then linked as without it), a `[lines]` key on which no paragraph starts."""
    ids = None
    for form, ident in overrides.names.items():
        if ident and registers.get(ident) is None:
            ids = ids or [entry.id for entry in registers.entries()]
            reporter.error(overrides.location("names", form), f"unknown register id '{ident}' "
                           f"for '{form}'{did_you_mean(ident, ids)}", "overrides-unknown-id")
    starts = sorted(set(starts))
    for line in sorted(set(overrides.lines) - set(starts)):
        before = [start for start in starts if start < line]
        hint = f" (the paragraph around it starts on line {before[-1]})" if before else ""
        reporter.warning(overrides.location("lines", str(line)), f"no paragraph starts on line "
                         f"{line}{hint}; its override is ignored", "overrides-line")


def _lines(table: dict, located: dict[tuple[str, str], Location],
           reporter: Reporter) -> dict[int, str]:
    lines: dict[int, str] = {}
    for key, value in table.items():
        role = str(value).partition(":")[0]
        where = located.get(("lines", str(key)), located[("", "")])
        if not str(key).isdigit() or role not in ROLES:
            reporter.error(where, f"bad line override {key} = {value!r}: the key is a line number, "
                           f"the role one of {', '.join(sorted(ROLES))}", "overrides-value")
            continue
        lines[int(key)] = str(value)
        located[("lines", str(int(key)))] = where
    return lines
