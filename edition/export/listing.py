"""What the downloads page lists: every published file of tei/, schemas/ and downloads/, with size and SHA-256.

Reading the big files again only to hash them cost seconds at 10,000 documents (675 MiB of TEI,
a 674 MiB teiCorpus, a 146 MiB ZIP), so whoever writes a file may say what it wrote: its
`Download` and the modification time of the file (`Noted`), handed to `downloads_listing`
(the pipeline: `edition.open_data.write_open_data` -> the downloads page). The listing still walks
the staged folders, the one place that decides what is listed; it takes a file's note when the
file's size and modification time are those noted, and hashes any other file from its bytes.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from stat import S_ISREG
from typing import Iterator, Mapping

LISTED_FOLDERS = ("tei", "schemas", "downloads")

TEI_ZIP = "downloads/edition-tei.zip"
TEI_CORPUS = "downloads/corpus.xml"
CMIF = "downloads/cmif.xml"
REGISTERS_JSONLD = "downloads/registers.jsonld"
SPEAKERS_CSV = "downloads/speakers.csv"
SPEAKERS_JSON = "downloads/speakers.json"
COPRESENCE_CSV = "downloads/copresence.csv"
LABELS = {
    TEI_ZIP: "every TEI document with the registers and the schemas, as one ZIP archive",
    TEI_CORPUS: "every TEI document and the registers in one TEI teiCorpus file",
    CMIF: "the correspondence (senders, addressees, dates) in the Correspondence Metadata "
          "Interchange Format (CMIF) harvested by correspSearch",
    REGISTERS_JSONLD: "the registers as linked data (JSON-LD, schema.org), with authority "
                      "identifiers where the registers give them",
    SPEAKERS_CSV: "speaker turns and words per person and document (CSV)",
    SPEAKERS_JSON: "speaker turns and words per person and document, and co-presence (JSON)",
    COPRESENCE_CSV: "pairs of speakers who speak in the same documents (CSV)",
}
"""Site path of every file the exports write -> what the downloads page says it is."""


@dataclass(frozen=True)
class Download:
    """One downloadable file of the site: its site path, size in bytes and SHA-256 (hex)."""

    path: str
    size: int
    sha256: str

    @classmethod
    def of_file(cls, path: str, file: Path) -> "Download":
        """Read in blocks: the corpus of 10,000 documents is hundreds of MB."""
        with open(file, "rb") as stream:
            digest = hashlib.file_digest(stream, "sha256").hexdigest()
        return cls(path, file.stat().st_size, digest)

    @classmethod
    def of_bytes(cls, path: str, data: bytes) -> "Download":
        return cls(path, len(data), hashlib.sha256(data).hexdigest())


@dataclass(frozen=True)
class Noted:
    """A staged file as its writer described it: what to list, and the file's modification
    time (ns) when written. The note holds only while the file has that size and time."""

    download: Download
    mtime_ns: int

    @classmethod
    def of_written(cls, download: Download, file: Path | str) -> "Noted":
        """The note of a file just written with the bytes `download` describes."""
        return cls(download, os.stat(file).st_mtime_ns)

    def holds_for(self, stat: os.stat_result) -> bool:
        return stat.st_size == self.download.size and stat.st_mtime_ns == self.mtime_ns


def downloads_listing(stage: Path, noted: Mapping[str, Noted] | None = None) -> list[Download]:
    """Every file below `stage`/tei, /schemas and /downloads, sorted by site path: as `noted`
    (site path -> note) when the file is still as noted, else hashed from the file.

    >>> downloads_listing(Path("site"))  # doctest: +SKIP
    [Download(path='downloads/cmif.xml', size=2210, sha256='9f…'), …]
    """
    notes = noted or {}
    found = []
    for folder in LISTED_FOLDERS:
        if (stage / folder).is_dir():
            for relative, stat in files_below(str(stage), folder):
                note = notes.get(relative)
                found.append(note.download if note is not None and note.holds_for(stat)
                             else Download.of_file(relative, stage / relative))
    return sorted(found, key=lambda d: d.path)


def files_below(root: str, folder: str) -> Iterator[tuple[str, os.stat_result]]:
    """(path relative to `root`, stat) of every regular file below `root`/`folder`, as
    `Path.rglob("*")` finds them: into subfolders but not through a link to one, a link to a
    file followed. Strings, not `Path`s: 10,000 TEI files at 10,000 documents, where pathlib's
    parsing and comparing cost 0.17 CPU s a build at 2,000."""
    with os.scandir(f"{root}/{folder}") as entries:
        found = list(entries)
    for entry in found:
        relative = f"{folder}/{entry.name}"
        if entry.is_dir(follow_symlinks=False):
            yield from files_below(root, relative)
            continue
        stat = entry.stat()
        if S_ISREG(stat.st_mode):
            yield relative, stat
