"""Settings of one build: paths, switches and the edition's own metadata (from `seeds/edition.toml`)."""

from __future__ import annotations

import datetime as dt
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .diagnostics import Location, Reporter

TOML_POSITION = re.compile(r" \(at line (?P<line>\d+), column (?P<column>\d+)\)$")


@dataclass(frozen=True)
class EditionInfo:
    """What the edition says about itself; read from `edition.toml` in the seeds folder."""

    title: str = "A Digital Edition"
    short_title: str = "Edition"
    publisher: str = "The editors"
    version: str = "0.0.0"
    release_date: str = "1970-01-01"
    base_url: str = "https://example.org/"
    licence: str = "See each document."


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
        """The edition's release date, or SOURCE_DATE_EPOCH when set: never the clock."""
        epoch = os.environ.get("SOURCE_DATE_EPOCH")
        if epoch and epoch.isdigit():
            return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date().isoformat()
        return self.edition.release_date


def load_edition_info(seeds: Path, reporter: Reporter) -> EditionInfo:
    """Read `edition.toml`; a missing file gives defaults, a broken one an error."""
    path = seeds / "edition.toml"
    if not path.exists():
        return EditionInfo()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        reporter.error(Location(str(path)), f"cannot read edition settings: {exc}", "config-syntax")
        return EditionInfo()
    except tomllib.TOMLDecodeError as exc:
        at, message = toml_error(exc, Location(str(path)))
        reporter.error(at, f"cannot read edition settings: {message}", "config-syntax")
        return EditionInfo()
    known = EditionInfo.__dataclass_fields__
    for key in data:
        if key not in known:
            reporter.warning(Location(str(path)), f"unknown setting '{key}'", "config-unknown")
    return EditionInfo(**{k: str(v) for k, v in data.items() if k in known})


def toml_error(exc: tomllib.TOMLDecodeError, where: Location) -> tuple[Location, str]:
    """The place of a TOML syntax error and its message without the place: tomllib has it only
    in the message, `Invalid value (at line 2, column 14)` (until Python 3.14)."""
    message = str(exc)
    found = TOML_POSITION.search(message)
    if found is None:  # "(at end of document)"
        return where, message
    return where.at(int(found["line"]), int(found["column"])), message[:found.start()]
