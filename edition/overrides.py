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

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .diagnostics import Location, Reporter

ROLES = frozenset({"turn", "narrative", "stage", "note", "closer", "postscript", "summary"})
DOC_TYPES = frozenset({"memorandum", "telegram", "letter", "transcript", "minutes", "drama", "other"})


@dataclass(frozen=True)
class Overrides:
    """An editor's decisions for one document."""

    lines: dict[int, str] = field(default_factory=dict)     # line -> role, "turn:<id>" allowed
    names: dict[str, str] = field(default_factory=dict)     # form -> register id or ""
    doc_type: str = ""

    def role(self, line: int) -> tuple[str, str]:
        """(role, register id) forced for the paragraph starting on `line`, or ("", "")."""
        value = self.lines.get(line, "")
        role, _, who = value.partition(":")
        return role, who


def sidecar_path(source: Path) -> Path:
    return source.with_name(source.stem + ".overrides.toml")


def load_overrides(source: Path, reporter: Reporter, shown: str) -> Overrides:
    """Read the sidecar of `source` if there is one; bad entries are reported and skipped."""
    path = sidecar_path(source)
    if not path.exists():
        return Overrides()
    where = Location(str(Path(shown).with_name(path.name)))
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        reporter.error(where, f"cannot read overrides: {exc}", "overrides-syntax")
        return Overrides()
    lines = _lines(data.get("lines", {}), where, reporter)
    names = {str(k): str(v) for k, v in data.get("names", {}).items()}
    doc_type = str(data.get("header", {}).get("type", ""))
    if doc_type and doc_type not in DOC_TYPES:
        reporter.error(where, f"unknown document type {doc_type!r}; use one of "
                       f"{', '.join(sorted(DOC_TYPES))}", "overrides-value")
        doc_type = ""
    return Overrides(lines, names, doc_type)


def _lines(table: dict, where: Location, reporter: Reporter) -> dict[int, str]:
    lines: dict[int, str] = {}
    for key, value in table.items():
        role = str(value).partition(":")[0]
        if not str(key).isdigit() or role not in ROLES:
            reporter.error(where, f"bad line override {key} = {value!r}: the key is a line number, "
                           f"the role one of {', '.join(sorted(ROLES))}", "overrides-value")
            continue
        lines[int(key)] = str(value)
    return lines
