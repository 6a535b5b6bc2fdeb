"""What the downloads page lists: every published file of tei/, schemas/ and downloads/, with size and SHA-256."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

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


def downloads_listing(stage: Path) -> list[Download]:
    """Every file below `stage`/tei, /schemas and /downloads, sorted by site path.

    >>> downloads_listing(Path("site"))  # doctest: +SKIP
    [Download(path='downloads/cmif.xml', size=2210, sha256='9f…'), …]
    """
    found = []
    for folder in LISTED_FOLDERS:
        root = stage / folder
        if root.is_dir():
            for path in sorted(root.rglob("*")):
                if path.is_file():
                    found.append(Download.of_file(path.relative_to(stage).as_posix(), path))
    return sorted(found, key=lambda d: d.path)

