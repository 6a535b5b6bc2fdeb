"""The tei_all subset every build compiles, kept on disk under a hash of what it is made from.

Making the subset (`schema_prune.subset`) reads and rewrites all of tei_all (~0.2 s); a later
process reads the small result instead. A cache file is

    <folder>/tei_all-subset-<key>.rng    first line `<!-- sha256 <hex> -->`, then the grammar

where the key hashes `FORMAT`, the source of `schema_prune`, the bytes of tei_all and the
element names kept, so a changed pruner, tei_all or project schema gets a file of its own, and
the first line is the SHA-256 of the rest: a file that does not match it (cut short, edited,
half written) is made again, never trusted.
Files are written under a temporary name and renamed; a folder that cannot be written only
means the subset is made again next time.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from . import schema_prune
from .schema_prune import Name, subset
from .write import write_atomic

FORMAT = 1
"""The layout of a cache file."""
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@dataclass(frozen=True)
class Subset:
    """The tei_all subset for one set of element names, and where it came from."""

    grammar: etree._ElementTree
    file: Path
    """The cache file (it may not exist when the folder could not be written)."""
    made: bool
    """True when it was pruned now, False when it was read from the cache file."""


def default_folder() -> Path:
    """`$XDG_CACHE_HOME/edition`, else `~/.cache/edition`."""
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "edition"


def subset_key(tei_all: bytes, keep: frozenset[Name]) -> str:
    """A hash of the cache format, the pruner's source, the bytes of tei_all and the names kept."""
    digest = hashlib.sha256(f"tei_all subset {FORMAT}\n".encode())
    digest.update(hashlib.sha256(Path(schema_prune.__file__).read_bytes()).hexdigest().encode())
    digest.update(hashlib.sha256(tei_all).hexdigest().encode() + b"\n")
    for namespace, local in sorted(keep):
        digest.update(f"{{{namespace}}}{local}\n".encode())
    return digest.hexdigest()


def load_subset(tei_all: Path, keep: frozenset[Name], folder: Path) -> Subset:
    """`schema_prune.subset` of the tei_all file for `keep`: from `folder` when a sound cache
    file is there, else pruned now and stored there."""
    data = tei_all.read_bytes()
    file = folder / f"tei_all-subset-{subset_key(data, keep)}.rng"
    stored = _read_verified(file)
    if stored is not None:
        return Subset(etree.ElementTree(etree.fromstring(stored, PARSER)), file, made=False)
    grammar = subset(etree.ElementTree(etree.fromstring(data, PARSER)), keep)
    body = etree.tostring(grammar, encoding="utf-8", xml_declaration=False)
    _store(file, _header(body) + body)
    return Subset(grammar, file, made=True)


def _header(body: bytes) -> bytes:
    """`<!-- sha256 <hex> -->` and a newline: the first line of a cache file."""
    return b"<!-- sha256 " + hashlib.sha256(body).hexdigest().encode() + b" -->\n"


def _read_verified(file: Path) -> bytes | None:
    """The grammar bytes of a cache file, or None when it is missing or does not match its hash."""
    try:
        data = file.read_bytes()
    except OSError:
        return None
    head, newline, body = data.partition(b"\n")
    return body if newline and head + newline == _header(body) else None


def _store(path: Path, data: bytes) -> None:
    """Write the cache file atomically; give up quietly when the folder is not writable (the
    subset is then made again next time)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data)
    except OSError:
        pass
