"""Citation stability: a manifest of every citable line, and the changes since a previous release.

The site carries `citations.json`: for each document id, each citable line (`@n` in the body,
see `tei.citation`) with the SHA-256 of its whitespace-normalized text, a line break read as the
source reads it (`breaks.spaced_text`). Given the manifest of the previous release, a build
reports every citation whose text changed or vanished:

    seeds/memo.txt:42: warning: citation memo#L12 changed: was "We agree...", now "We do not..." [citation-changed]
    seeds/memo.txt: warning: citation memo#L64 vanished: was "I agree." [citation-vanished]
    releases/1.0/citations.json: error: 2 citation(s) of the previous release changed or vanished; ... [citation-changes]

and fails unless the change is accepted (then the per-line messages are infos, not warnings).
The previous manifest is given explicitly (`--previous-manifest`): the local `site/` is
rebuilt many times while editing, a release is a deliberate act.

In a build, the encoding worker keeps each document's `document_lines` and its `manifest_entry`
in the build cache (`workers.store_encoded`); `open_data.write_open_data` writes the entries with
`write_manifest_lines`, and `pipeline.build` hands the lines to `compare_lines` as
`CurrentLines`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Callable, Iterable

from lxml import etree

from .breaks import spaced_text
from .diagnostics import InputProblem, Location, Reporter, Severity
from .source import decode_utf8
from .splice import Spliced
from .tei.citation import UNIT, line_id
from .tei.reading import bracketed_text
from .write import markup_escaped, site_json

MANIFEST = "citations.json"
"""Where the manifest is written in the site."""
FORMAT = "edition-citations/1"
EXCERPT = 60
NOT_MANIFEST = "not a citation manifest of this tool"

Lines = dict[str, tuple[str, str]]
"""Line number (`@n`) -> (SHA-256, excerpt) of one document."""


@dataclass(frozen=True)
class CitationChange:
    """One citation of the previous release whose text is not the same any more."""

    doc_id: str
    n: str
    kind: str            # "changed", "vanished" (the line or the whole document)
    was: str             # excerpt of the previous text
    now: str = ""        # excerpt of the current text ("" when vanished)
    moved_to: str = ""   # the line that now holds the previous text, if any


def _excerpt(text: str) -> str:
    return text if len(text) <= EXCERPT else text[:EXCERPT - 1].rstrip() + "…"


def document_lines(citable: list[tuple[str, etree._Element]]) -> Lines:
    """The `Lines` of one TEI document from its `citation.citable_lines`: each citable line's
    digest (of its `spaced_text`) and excerpt (its text as its page reads it, the brackets of
    supplied words and the like in it: `tei.reading.bracketed_text`), in order."""
    lines: Lines = {}
    for n, element in citable:
        digest = hashlib.sha256(spaced_text(element).encode("utf-8")).hexdigest()
        lines[n] = (digest, _excerpt(bracketed_text(element)))   # as its page reads it
    return lines


ENTRY = '{{\n    "n": {},\n    "sha256": "{}",\n    "excerpt": {}\n   }}'
"""A line of `manifest_entry` as `site_json(..., indent=1)` lays it out inside the manifest,
filled in with strings quoted by json's C encoder: with an indent, json encodes in Python,
three times as slow (200 synthetic documents: 0.058 s of CPU against 0.021 s)."""
JSON_STRINGS = json.JSONEncoder(ensure_ascii=False)
"""json's encoder of the manifest's strings (`quoted`), made once."""


def quoted(value: str) -> str:
    """`value` as a JSON string, characters beyond ASCII as they are (`JSON_STRINGS`)."""
    return JSON_STRINGS.encode(value)


def manifest_entry(doc_id: str, lines: Lines) -> str:
    """One document's part of the manifest (doc id, its `document_lines`), as
    `write_manifest_lines` places it: made by the worker that encodes the document and kept in
    the build cache, so that a build only concatenates (JSON of 10,000 documents' lines took
    half a minute)."""
    entries = ",\n   ".join(ENTRY.format(quoted(n), digest, quoted(excerpt))
                             for n, (digest, excerpt) in lines.items())
    listed = f"[\n   {entries}\n  ]" if entries else "[]"
    return markup_escaped(f" {quoted(doc_id)}: {listed}")


def write_manifest_lines(out: Spliced, entries: Iterable[tuple[str, Callable[[], str]]]) -> None:
    """Write the manifest of the documents whose `manifest_entry` are `entries` (chunk id ->
    the entry, by document id), one at a time, each a chunk of `out` (`Spliced.chunk`): the
    same text as `site_json(data, indent=1)` of the whole manifest."""
    head = {"format": FORMAT, "unit": UNIT, "text": "whitespace-normalized, SHA-256 of UTF-8"}
    out.write((site_json(head, indent=1)[:-3] + ',\n "documents": {').encode("utf-8"))
    separator = "\n"
    for ident, entry in entries:
        out.chunk(ident if separator == ",\n" else None,  # the first: no comma before it
                  partial(_separated, separator, entry))
        separator = ",\n"
    out.write(b"\n }\n}\n" if separator == ",\n" else b"}\n}\n")


def _separated(separator: str, entry: Callable[[], str]) -> tuple[bytes, list[int]]:
    return f"{separator} {entry()}".encode("utf-8"), []


def read_manifest(path: Path, reporter: Reporter) -> dict[str, Lines] | None:
    """Doc id -> its lines from a manifest file; None (and an error) when it cannot be read."""
    where = Location(str(path))
    try:
        return manifest_lines(json.loads(decode_utf8(path.read_bytes(), where)))
    except OSError as exc:
        reporter.error(where, f"cannot read the previous citation manifest: {exc.strerror}",
                       "citation-manifest")
    except InputProblem as problem:
        reporter.error(problem.location, f"{NOT_MANIFEST}: {problem.message}", "citation-manifest")
    except json.JSONDecodeError as exc:
        reporter.error(where.at(exc.lineno, exc.colno), f"{NOT_MANIFEST}: it is not JSON "
                       f"({exc.msg})", "citation-manifest")
    except ValueError as exc:
        reporter.error(where, f"{NOT_MANIFEST}: {exc}", "citation-manifest")
    return None


def manifest_lines(data: object) -> dict[str, Lines]:
    """Doc id -> its lines of a manifest read from JSON; ValueError, saying what is wrong, when
    it is not one that this tool writes."""
    if not isinstance(data, dict):
        raise ValueError(f"it holds {_json_kind(data)}, not an object with \"format\" and "
                         "\"documents\"")
    if data.get("format") != FORMAT:
        found = f"is {_json_kind(data['format'])}" if "format" in data else "is missing"
        raise ValueError(f"its \"format\" {found}, not '{FORMAT}'")
    documents = data.get("documents")
    if not isinstance(documents, dict):
        found = f"is {_json_kind(documents)}" if "documents" in data else "are missing"
        raise ValueError(f"its \"documents\" {found}, not an object of document ids")
    return {doc_id: _entries(doc_id, lines) for doc_id, lines in documents.items()}


def _entries(doc_id: str, entries: object) -> Lines:
    """The `Lines` of one document of a manifest; ValueError when an entry is not a line."""
    if not isinstance(entries, list):
        raise ValueError(f"document '{doc_id}' has {_json_kind(entries)}, not a list of lines")
    lines: Lines = {}
    for number, entry in enumerate(entries, 1):
        what = f"line entry {number} of document '{doc_id}'"
        if not isinstance(entry, dict):
            raise ValueError(f"{what} is {_json_kind(entry)}, not an object")
        for key, kinds in (("n", (str, int)), ("sha256", str)):
            if key not in entry:
                raise ValueError(f"{what} has no \"{key}\"")
            if not isinstance(entry[key], kinds) or isinstance(entry[key], bool):
                raise ValueError(f"\"{key}\" of {what} is {_json_kind(entry[key])}")
        excerpt = entry.get("excerpt", "")
        lines[str(entry["n"])] = (entry["sha256"], excerpt if isinstance(excerpt, str) else "")
    return lines


def _json_kind(value: object) -> str:
    """What JSON calls `value`, for messages: `a list`, `the string 'x'`."""
    if isinstance(value, str):
        return f"the string '{value[:EXCERPT]}'"
    for kind, name in ((bool, "true or false"), (int, "a number"), (float, "a number"),
                       (list, "a list"), (dict, "an object")):
        if isinstance(value, kind):
            return name
    return "null"


def diff_lines(doc_id: str, previous: Lines, current: Lines) -> list[CitationChange]:
    """Every line of `previous` whose text differs in `current` or is gone from it."""
    by_digest: dict[str, str] = {}
    for n, (digest, _) in current.items():
        by_digest.setdefault(digest, n)
    changes = []
    for n, (digest, was) in previous.items():
        now = current.get(n)
        if now is not None and now[0] == digest:
            continue
        moved = by_digest.get(digest, "")
        kind = "changed" if now is not None else "vanished"
        changes.append(CitationChange(doc_id, n, kind, was, now[1] if now else "", moved))
    return changes


@dataclass(frozen=True)
class CurrentLines:
    """The citable lines of one document of this build, and where each is in its source."""

    doc_id: str
    lines: Lines
    source: str = ""
    """The shown path of the source ("" when unknown: messages then name the manifest)."""
    source_lines: dict[str, int] = field(default_factory=dict)
    """Line number (`@n`) -> line of the source it was encoded from."""


def compare_lines(previous: Path, documents: Iterable[CurrentLines], reporter: Reporter,
                  accept: bool) -> list[CitationChange]:
    """Report the citations of the `previous` manifest that changed or vanished in `documents`.

    Unless `accept`, any change is an error: the build must not publish it unnoticed.
    """
    old = read_manifest(previous, reporter)
    if old is None:
        return []
    severity = Severity.INFO if accept else Severity.WARNING
    changes: list[CitationChange] = []
    seen = set()
    for current in sorted(documents, key=lambda c: c.doc_id):
        seen.add(current.doc_id)
        for change in diff_lines(current.doc_id, old.get(current.doc_id, {}), current.lines):
            line = current.source_lines.get(change.n, 0)
            _report(reporter, severity, change, current.source, previous, line)
            changes.append(change)
    for doc_id in sorted(set(old) - seen):
        reporter.report(Location(str(previous)), severity,
                        f"document {doc_id} ({len(old[doc_id])} citable lines) is no longer "
                        "in the edition: its citations vanished", "citation-vanished")
        changes += [CitationChange(doc_id, n, "vanished", was) for n, (_, was) in old[doc_id].items()]
    if changes and not accept:
        reporter.error(Location(str(previous)), f"{len(changes)} citation(s) of the previous "
                       "release changed or vanished; if that is intended, build again with "
                       "--accept-citation-changes", "citation-changes")
    return changes


def _report(reporter: Reporter, severity: Severity, change: CitationChange, source: str,
            previous: Path, line: int) -> None:
    where = Location(source or str(previous), line if source else 0)
    cited = f"citation {change.doc_id}#{line_id(change.n)}"
    moved = f"; that text is now line {change.moved_to}" if change.moved_to else ""
    if change.kind == "changed":
        message = f"{cited} changed: was \"{change.was}\", now \"{change.now}\"{moved}"
    else:
        message = f"{cited} vanished: was \"{change.was}\"{moved}"
    reporter.report(where, severity, message, f"citation-{change.kind}")
