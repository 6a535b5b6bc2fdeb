"""Reading a TOML file (edition.toml, overrides): its data, each key's line, its errors in plain words."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path
from typing import Iterator

from .diagnostics import InputProblem, Location
from .source import decode_utf8

TABLE_LINE = re.compile(r"\s*\[\s*(?P<table>[A-Za-z0-9_-]+)\s*\]\s*(?:#.*)?$")
ARRAY_TABLE_LINE = re.compile(r"\s*\[\[")
KEY_LINE = re.compile(r"""\s*(?P<key>"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)\s*=""")
TOML_POSITION = re.compile(r" \(at line (?P<line>\d+), column (?P<column>\d+)\)$")
UNCLOSED = "the quotes are not closed{}: add the closing quote"
PLAIN = (  # how tomllib's message starts -> the same in words for an editor
    ("Invalid statement", "this line is neither `key = value` nor a table name in brackets "
                          "like [names]"),
    ("Expected newline or end of document after a statement", "more follows the value: write "
     "one `key = value` on each line, and text in double quotes"),
    ("Illegal character '\\n'", UNCLOSED.format(" on this line")),
    ("Unterminated string", UNCLOSED.format(" before the end of the file")),
    ("Expected \"'", UNCLOSED.format(" before the end of the file")),
    ("Invalid value", "the value cannot be read: write text in double quotes (\"...\") and "
                      "numbers in digits"),
    ("Expected '=' after a key", "a key must be followed by '=' and its value (a key with "
                                 "spaces or dots is written in double quotes)"),
    ("Invalid initial character for a key part", "a key cannot begin with this character: "
                                                 "write the key in double quotes"),
    ("Expected ']' at the end of a table declaration", "the table name is not closed with ']'"),
    ("Unclosed array", "the list is not closed with ']'"),
    ("Unclosed inline table", "the table in braces is not closed with '}'"),
    ("Unescaped '\\' in a string", "a backslash in double quotes must be written twice (\\\\), "
                                   "or the text put in single quotes"),
    ("Invalid date or datetime", "this is not a real date or time"),
    ("Invalid hex value", "a \\u escape in this text is not a character code"),
    ("Escaped character is not a Unicode scalar value", "a \\u escape in this text is not a "
                                                        "character code"),
)
TWICE = ("Cannot overwrite a value", "Cannot declare", "Cannot redefine namespace",
         "Cannot mutate immutable namespace", "Duplicate inline table key")


def read_toml(path: Path, where: Location) -> tuple[str, dict]:
    """The text (a byte-order mark dropped, as in a source) and the data of a TOML file;
    `InputProblem`, in plain words and at its line and column, when it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputProblem(where, f"cannot open the file: {exc.strerror}") from None
    text = decode_utf8(data, where)
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputProblem(*toml_error(exc, where, text)) from None


def statements(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(line, column, table, key) of each `key = ...` line, and of each `[table]` line with
    key "". Keys written another way (dotted, in an inline table, under `[[table]]`) are left
    out."""
    table: str | None = ""
    for number, line in enumerate(text.splitlines(), 1):
        column = len(line) - len(line.lstrip()) + 1
        if header := TABLE_LINE.match(line):
            table = header["table"]
            yield number, column, table, ""
        elif ARRAY_TABLE_LINE.match(line):
            table = None
        elif table is not None and (key := KEY_LINE.match(line)):
            try:
                name = next(iter(tomllib.loads(f"{key['key']} = 0")))
            except tomllib.TOMLDecodeError:
                continue
            yield number, column, table, name


def key_locations(text: str, where: Location) -> dict[tuple[str, str], Location]:
    """(table, key) -> the line of `key = ...` under `[table]`; (table, "") -> the line of
    `[table]`; ("", "") -> the file itself. See `statements` for what is left out."""
    located = {("", ""): where}
    for number, column, table, key in statements(text):
        located.setdefault((table, key), where.at(number, column))
    return located


def toml_error(exc: tomllib.TOMLDecodeError, where: Location,
               text: str = "") -> tuple[Location, str]:
    """The place of a TOML syntax error and what is wrong in plain words: tomllib has the place
    only in the message, `Invalid value (at line 2, column 14)` (until Python 3.14)."""
    message = str(exc)
    found = TOML_POSITION.search(message)
    if found is not None:
        where, message = where.at(int(found["line"]), int(found["column"])), message[:found.start()]
    else:
        message = message.removesuffix(" (at end of document)")
    if message.startswith(TWICE):
        return set_twice(text, where)
    return where, plain_message(message)


def plain_message(message: str) -> str:
    """tomllib's `message` in words for an editor (unchanged when there are none for it)."""
    for start, plain in PLAIN:
        if message.startswith(start):
            return plain
    if message.startswith("Illegal character "):
        character = ast.literal_eval(message.removeprefix("Illegal character "))
        return f"the character U+{ord(character):04X} cannot be written in this file: remove it"
    return message


def set_twice(text: str, where: Location) -> tuple[Location, str]:
    """Where a key or table is written a second time, and where it was first."""
    first: dict[tuple[str, str], int] = {}
    for number, column, table, key in statements(text):
        if (table, key) not in first:
            first[(table, key)] = number
            continue
        seen = first[(table, key)]
        if not key:
            return where.at(number, column), (f"the table [{table}] is written twice (first on "
                                              f"line {seen}): put its entries under one")
        within = f" in [{table}]" if table else ""
        return where.at(number, column), (f"'{key}' is set twice{within} (first on line {seen}): "
                                          "keep one of them")
    return where, "a key or table is set twice: keep one of them"
