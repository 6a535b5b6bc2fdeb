"""Where things are in a TOML file (edition.toml, overrides): each key's line, a syntax error's place."""

from __future__ import annotations

import re
import tomllib

from .diagnostics import Location

TABLE_LINE = re.compile(r"\s*\[\s*(?P<table>[A-Za-z0-9_-]+)\s*\]\s*(?:#.*)?$")
KEY_LINE = re.compile(r"""\s*(?P<key>"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)\s*=""")
TOML_POSITION = re.compile(r" \(at line (?P<line>\d+), column (?P<column>\d+)\)$")


def key_locations(text: str, where: Location) -> dict[tuple[str, str], Location]:
    """(table, key) -> the line of `key = ...` under `[table]`; ("", "") -> the file itself.

    Keys written another way (dotted, in an inline table) are left out: they are reported at
    the file."""
    located = {("", ""): where}
    table = ""
    for number, line in enumerate(text.splitlines(), 1):
        if header := TABLE_LINE.match(line):
            table = header["table"]
        elif key := KEY_LINE.match(line):
            try:
                name = next(iter(tomllib.loads(f"{key['key']} = 0")))
            except tomllib.TOMLDecodeError:
                continue
            column = len(line) - len(line.lstrip()) + 1
            located.setdefault((table, name), where.at(number, column))
    return located


def toml_error(exc: tomllib.TOMLDecodeError, where: Location) -> tuple[Location, str]:
    """The place of a TOML syntax error and its message without the place: tomllib has it only
    in the message, `Invalid value (at line 2, column 14)` (until Python 3.14)."""
    message = str(exc)
    found = TOML_POSITION.search(message)
    if found is None:  # "(at end of document)"
        return where, message
    return where.at(int(found["line"]), int(found["column"])), message[:found.start()]
