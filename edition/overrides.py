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

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .config import toml_type
from .diagnostics import InputProblem, Location, Reporter, did_you_mean
from .doc_types import DOC_TYPES
from .toml_places import key_locations, read_toml

if TYPE_CHECKING:
    from .registers import Registers

ROLES = frozenset({"turn", "narrative", "stage", "note", "closer", "postscript", "trailer",
                   "summary"})
SIDECAR = ".overrides.toml"
TABLES = {"lines": '125 = "turn:mikoyan-anastas"',
          "names": '"Rodriquez" = "rodriguez-carlos-rafael"',
          "header": 'type = "memorandum"'}
"""The tables of a sidecar, each with an entry for example."""
HEADER_KEYS = ("type",)


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
    return source.with_name(source.stem + SIDECAR)


def check_sidecars(seeds: Path, sources: list[Path], reporter: Reporter,
                   shown: Callable[[Path], str], names: list[str] | None = None) -> None:
    """Warn of each TOML file of the seeds folder that no build reads: a sidecar beside no
    `.txt` source (with the nearest source name) or beside foreign TEI, and any other TOML file
    but edition.toml; `shown` gives a path as diagnostics print it. `names`: the names the
    seeds folder holds, when it is listed already."""
    texts = sorted(path.name for path in sources if path.suffix == ".txt")
    foreign = {path.name for path in sources if path.suffix == ".xml"}
    tomls = seeds.glob("*.toml") if names is None else \
        (seeds / name for name in names if name.endswith(".toml"))
    for path in sorted(tomls):
        if path.name != "edition.toml" and (problem := _unread(path.name, texts, foreign)):
            reporter.warning(Location(shown(path)), problem, "overrides-unused")


def _unread(name: str, texts: list[str], foreign: set[str]) -> str:
    """Why the TOML file `name` of the seeds folder is not read; "" when it is."""
    if not name.endswith(SIDECAR):
        hint = did_you_mean(name, [Path(text).stem + SIDECAR for text in texts] + ["edition.toml"])
        return (f"this file is not read{hint}: the settings of the edition are edition.toml, the "
                f"overrides of a source doc.txt are doc{SIDECAR}")
    source = name.removesuffix(SIDECAR) + ".txt"
    if source in texts:
        return ""
    if name.removesuffix(SIDECAR) + ".xml" in foreign:
        return (f"these overrides are not read: they settle what is read from a plain-text source "
                f"(.txt), and {name.removesuffix(SIDECAR)}.xml is TEI whose own markup gives its "
                "turns, names and document type; correct that TEI instead")
    hint = did_you_mean(source, texts)
    return (f"no source '{source}' beside these overrides, so they are not read"
            f"{hint or f': name them after their source, doc.txt -> doc{SIDECAR}'}")


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
    tables = _tables(data, located, reporter)
    return Overrides(_lines(tables["lines"], located, reporter),
                     _names(tables["names"], located, reporter),
                     _doc_type(tables["header"], located, reporter), located)


def check_overrides(overrides: Overrides, registers: Registers, starts: Iterable[int],
                    reporter: Reporter) -> None:
    """Report the overrides that would be ignored: a `[names]` id that no register has (the name
    is then linked as without it), a `[lines]` turn of an id that none has (the paragraph is
    then no turn), a `[lines]` key on which no paragraph starts."""
    wanted = [(("names", form), ident, f"'{form}'") for form, ident in overrides.names.items()]
    wanted += [(("lines", str(line)), overrides.role(line)[1], f"the turn on line {line}")
               for line in overrides.lines]
    unknown = [(place, ident, what) for place, ident, what in wanted
               if ident and registers.get(ident) is None]
    ids = [entry.id for entry in registers.entries()] if unknown else []
    for place, ident, what in unknown:
        reporter.error(overrides.location(*place), f"unknown register id '{ident}' for {what}"
                       f"{did_you_mean(ident, ids)}", "overrides-unknown-id")
    starts = sorted(set(starts))
    for line in sorted(set(overrides.lines) - set(starts)):
        before = [start for start in starts if start < line]
        hint = f" (the paragraph around it starts on line {before[-1]})" if before else ""
        reporter.warning(overrides.location("lines", str(line)), f"no paragraph starts on line "
                         f"{line}{hint}; its override is ignored", "overrides-line")


def _at(located: dict[tuple[str, str], Location], table: str, key: str) -> Location:
    """The line of `key` in `table`, else of the table, else the sidecar itself."""
    return located.get((table, key)) or located.get((table, "")) or located[("", "")]


def _tables(data: dict, located: dict[tuple[str, str], Location],
            reporter: Reporter) -> dict[str, dict]:
    """Each table of the sidecar ({} when it has none); any other entry is an error."""
    tables: dict[str, dict] = {name: {} for name in TABLES}
    for name, value in data.items():
        where = located.get((name, "")) or _at(located, "", name)
        if name not in TABLES:
            reporter.error(where, _unknown_table(name, value), "overrides-unknown")
        elif not isinstance(value, dict):
            reporter.error(where, f"'{name}' must be a table, not {toml_type(value)}: write "
                           f"[{name}] on a line of its own and its entries below it, e.g. "
                           f"{TABLES[name]}", "overrides-type")
        else:
            tables[name] = value
    return tables


def _unknown_table(name: str, value: object) -> str:
    """What is wrong with the entry `name` of a sidecar that is none of its tables."""
    known = "[lines], [names] and [header]"
    if isinstance(value, dict):
        hint = did_you_mean(f"[{name}]", [f"[{table}]" for table in TABLES])
        return f"unknown table [{name}]{hint}: the tables of overrides are {known}"
    hint = " (put it under [header])" if name in HEADER_KEYS else did_you_mean(name, TABLES)
    return f"'{name}' is outside the tables of overrides, {known}{hint}"


def _lines(table: dict, located: dict[tuple[str, str], Location],
           reporter: Reporter) -> dict[int, str]:
    """Line -> role of [lines]; each bad entry is reported and left out."""
    lines: dict[int, str] = {}
    for key, value in table.items():
        where = _at(located, "lines", key)
        if problem := _line_problem(key, value):
            reporter.error(where, *problem)
            continue
        lines[int(key)] = value
        located[("lines", str(int(key)))] = where
    return lines


def _line_problem(key: str, value: object) -> tuple[str, str] | None:
    """(message, code) when `key = value` of [lines] is not a line number and a role."""
    if not (key.isascii() and key.isdigit()):
        return (f"'{key}' is not a line number: each key of [lines] is the number of the source "
                f"line a paragraph starts on, e.g. {TABLES['lines']}", "overrides-value")
    if not isinstance(value, str):
        return (f"the role of line {key} must be in double quotes, e.g. {key} = \"stage\", not "
                f"{toml_type(value)}", "overrides-type")
    role, colon, _ = value.partition(":")
    if role not in ROLES:
        return (f"unknown role '{role}' for line {key}{did_you_mean(role, ROLES)}; use one of "
                f"{', '.join(sorted(ROLES))}", "overrides-value")
    if colon and role != "turn":
        return (f"only a turn names a person ('turn:<register id>'), not a {role}: write "
                f"{key} = \"{role}\"", "overrides-value")
    return None


def _names(table: dict, located: dict[tuple[str, str], Location],
           reporter: Reporter) -> dict[str, str]:
    """Name form -> register id ("" = not a name) of [names]; an id not in quotes is an error."""
    names: dict[str, str] = {}
    for form, ident in table.items():
        if isinstance(ident, str):
            names[form] = ident
        else:
            reporter.error(_at(located, "names", form), f"the register id for '{form}' must be "
                           f"in double quotes (\"\" when it is not a name), not "
                           f"{toml_type(ident)}", "overrides-type")
    return names


def _doc_type(table: dict, located: dict[tuple[str, str], Location], reporter: Reporter) -> str:
    """The document type of [header] ("" when none, or after an error)."""
    for key in table.keys() - set(HEADER_KEYS):
        reporter.error(_at(located, "header", key), f"unknown key '{key}' in [header]"
                       f"{did_you_mean(key, HEADER_KEYS)}: it has only {TABLES['header']}",
                       "overrides-unknown")
    doc_type = table.get("type", "")
    where = _at(located, "header", "type")
    if not isinstance(doc_type, str):
        reporter.error(where, f"the document type must be in double quotes, e.g. "
                       f"{TABLES['header']}, not {toml_type(doc_type)}", "overrides-type")
        return ""
    if doc_type and doc_type not in DOC_TYPES:
        reporter.error(where, f"unknown document type {doc_type!r}"
                       f"{did_you_mean(doc_type, DOC_TYPES)}; use one of "
                       f"{', '.join(sorted(DOC_TYPES))}", "overrides-value")
        return ""
    return doc_type
