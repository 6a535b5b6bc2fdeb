"""Settings of one build: paths, switches and the edition's own metadata (from `seeds/edition.toml`)."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from .diagnostics import InputProblem, Location, Reporter
from .toml_places import key_locations, read_toml
from .weblinks import WEB_ADDRESS

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class EditionInfo:
    """What the edition says about itself; read from `edition.toml` in the seeds folder."""

    title: str = "A Digital Edition"
    short_title: str = "Edition"
    publisher: str = "The editors"
    editors: tuple[str, ...] = ()
    """The edition's editors, each a name as citations print it ("Jane Doe"); optional."""
    version: str = "0.0.0"
    release_date: str = "1970-01-01"
    """YYYY-MM-DD: the date of the TEI headers' and the citations' publication."""
    base_url: str = "https://example.org/"
    """Where the site is published; ends in "/" (added when edition.toml leaves it out)."""
    licence: str = "See each document."
    """The licence of the edition's own work (editorial matter, encoding); each document's TEI
    states it beside its source's rights when edition.toml sets it."""


DEFAULTS = EditionInfo()


@dataclass(frozen=True)
class Settings:
    """All options of a build; each one is documented here and nowhere else."""

    seeds: Path = Path("seeds")
    """Folder of source texts (`*.txt`), foreign TEI (`*.xml`), registers and `edition.toml`."""
    out: Path = Path("site")
    """Folder the site is written to (atomically: the old one stays until the new one is ready)."""
    strict: bool = False
    """Warnings fail the build as errors do."""
    provisional_speakers: bool = False
    """Unknown speakers get provisional register entries (warnings) instead of errors."""
    jobs: int = 0
    """Worker processes for encoding, validation and document pages; 0 = one per core."""
    previous_manifest: Path | None = None
    """`citations.json` of the previous release: citations whose text changed or vanished are
    reported, and fail the build unless accepted. None: no comparison."""
    accept_citation_changes: bool = False
    """Changed or vanished citations are intended: reported as infos, the build does not fail."""
    cache: bool = True
    """Reuse what did not change since the last build: each source's encoded and validated TEI
    (kept in `cache_dir`) and the document pages of the previous site. Off: a full build."""
    cache_dir: Path | None = None
    """Folder of the build cache; None = `.edition-cache/` beside `out`."""
    progress: bool | None = None
    """Progress on stderr (stage counts); None = only for builds of 50 sources or more."""
    edition: EditionInfo = field(default_factory=EditionInfo)

    @property
    def build_date(self) -> str:
        """The edition's release date (SOURCE_DATE_EPOCH's when set, `load_edition_info`):
        never the clock."""
        return self.edition.release_date


def epoch_date() -> str | None:
    """The date of SOURCE_DATE_EPOCH (reproducible builds' convention), when it is set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date().isoformat()
    return None


def load_edition_info(seeds: Path, reporter: Reporter) -> EditionInfo:
    """`read_edition_info`, its release date SOURCE_DATE_EPOCH's when that is set: one date in
    every TEI header, page and download."""
    info = read_edition_info(seeds, reporter)
    epoch = epoch_date()
    return replace(info, release_date=epoch) if epoch else info


def read_edition_info(seeds: Path, reporter: Reporter) -> EditionInfo:
    """Read `edition.toml`: a missing file gives the defaults (with a warning), a broken one
    an error at its line, and a value of the wrong type or form an error at its key's line."""
    path = seeds / "edition.toml"
    where = Location(str(path))
    if not path.exists():
        reporter.warning(where, "not found: the defaults are used (title "
                         f"'{DEFAULTS.title}', base_url {DEFAULTS.base_url}, release_date "
                         f"{DEFAULTS.release_date})", "config-missing")
        return DEFAULTS
    try:
        text, data = read_toml(path, where)
    except InputProblem as problem:
        reporter.error(problem.location, f"cannot read edition settings: {problem.message}",
                       "config-syntax")
        return DEFAULTS
    located = key_locations(text, where)
    values = {}
    for key, value in data.items():
        at = located.get(("", key), where)
        if key not in EditionInfo.__dataclass_fields__:
            reporter.warning(at, f"unknown setting '{key}'", "config-unknown")
        elif (checked := setting_value(key, value, at, reporter)) is not None:
            values[key] = checked
    return EditionInfo(**values)


def setting_value(key: str, value: object, where: Location,
                  reporter: Reporter) -> str | tuple[str, ...] | None:
    """The setting `key` of edition.toml as the edition uses it, or None after an error: every
    setting is a string but editors, an array of names; release_date a date (YYYY-MM-DD, quoted
    or a TOML date); base_url ends in "/" (URLs of the site are made by appending to it)."""
    if key == "editors":
        return editor_names(value, where, reporter)
    if key == "release_date" and type(value) is dt.date:
        return value.isoformat()
    if not isinstance(value, str):
        reporter.error(where, f"{key} must be a string in quotes, not {toml_type(value)}",
                       "config-type")
        return None
    if key == "release_date" and not iso_date(value):
        reporter.error(where, f"release_date must be a date written YYYY-MM-DD (e.g. "
                       f"2026-11-22), not '{value}'", "config-value")
        return None
    if key == "base_url":
        return base_url(value, where, reporter)
    return value


def base_url(value: str, where: Location, reporter: Reporter) -> str | None:
    """An absolute web address (`weblinks.WEB_ADDRESS`) with no query or fragment, ending in
    "/": every cited address starts with it."""
    if not WEB_ADDRESS.fullmatch(value) or "?" in value or "#" in value:
        reporter.error(where, f"base_url must be the web address the site is published at, "
                       f"starting with https:// or http:// (e.g. https://example.org/edition/), "
                       f"not '{value}'", "config-value")
        return None
    return value if value.endswith("/") else value + "/"


def editor_names(value: object, where: Location, reporter: Reporter) -> tuple[str, ...] | None:
    """`editors` as a tuple of names, or None after an error: an array of non-empty strings."""
    example = 'e.g. editors = ["Jane Doe", "John Roe"]'
    if not isinstance(value, list):
        reporter.error(where, f"editors must be an array of names in quotes ({example}), not "
                       f"{toml_type(value)}", "config-type")
        return None
    names = []
    for number, name in enumerate(value, 1):
        if not isinstance(name, str):
            reporter.error(where, f"editors must be an array of names in quotes ({example}): "
                           f"name {number} is {toml_type(name)}", "config-type")
            return None
        if not name.strip():
            reporter.error(where, f"editors: name {number} is empty", "config-value")
            return None
        names.append(" ".join(name.split()))
    return tuple(names)


def iso_date(text: str) -> bool:
    """Whether `text` is a real day written YYYY-MM-DD."""
    if not ISO_DATE.fullmatch(text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def toml_type(value: object) -> str:
    """What TOML calls the type of `value`, for messages: `an array`, `a table`."""
    for kind, name in ((str, "a string"), (bool, "a boolean"), (int, "an integer"),
                       (float, "a float"), (list, "an array"), (dict, "a table"),
                       (dt.datetime, "a date and time"), (dt.date, "a date"), (dt.time, "a time")):
        if isinstance(value, kind):
            return name
    return type(value).__name__
