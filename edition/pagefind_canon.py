"""Pagefind bundles made reproducible: its hash-map-ordered lists sorted, files renamed.

Pagefind 1.5 writes its filter lists and the filter table of its metadata file in hash-map
order, so two builds of the same pages differ in a few index files (the page fragments and the
word index are stable). After Pagefind has run, `canonicalize_index` sorts those lists, writes
the files again with a fixed gzip header and renames them after their content (updating the
references), so that two builds of the same site are byte-identical. It checks that it can
re-encode every file it touches exactly before changing anything; a layout it does not know (a
future Pagefind) is left as Pagefind wrote it, correct but not reproducible.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import struct
from pathlib import Path

SIGNATURE = b"pagefind_dcd"


class _Unknown(Exception):
    """A file whose layout this module does not know: leave the index as Pagefind wrote it."""


def canonicalize_index(bundle: Path) -> bool:
    """Sort the hash-map-ordered lists of a Pagefind bundle; True when it was made canonical."""
    try:
        plan = _plan(bundle)
    except _Unknown:
        return False
    entry, writes, removals = plan
    for path in removals:
        path.unlink()
    for path, data in writes.items():
        path.write_bytes(data)
    (bundle / "pagefind-entry.json").write_text(
        json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return True


def _plan(bundle: Path) -> tuple[dict, dict[Path, bytes], list[Path]]:
    """Everything to write and remove, computed before anything is touched."""
    try:
        entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
        languages = entry["languages"]
    except (OSError, ValueError, KeyError, TypeError):
        raise _Unknown from None
    writes: dict[Path, bytes] = {}
    removals: list[Path] = []
    for language, info in languages.items():
        old_meta = bundle / f"pagefind.{info['hash']}.pf_meta"
        meta = _read(old_meta)
        if not (isinstance(meta, list) and len(meta) >= 6 and isinstance(meta[0], str)
                and all(_named_list(meta[i]) for i in (3, 4))
                and isinstance(meta[5], list) and all(isinstance(m, str) for m in meta[5])):
            raise _Unknown
        renamed: dict[str, str] = {}
        for item in meta[3]:
            old_hash = item[1]
            old_filter = bundle / "filter" / f"{old_hash}.pf_filter"
            data = _read(old_filter)
            if not (isinstance(data, list) and len(data) == 2 and isinstance(data[0], str)
                    and _named_list(data[1])):
                raise _Unknown
            data[1].sort(key=lambda value: value[0])
            packed = _pack(data)
            new_hash = f"{language}_{hashlib.sha256(packed).hexdigest()[:7]}"
            renamed[old_hash] = new_hash
            removals.append(old_filter)
            writes[bundle / "filter" / f"{new_hash}.pf_filter"] = packed
        for item in meta[3]:
            if not isinstance(item[1], str):
                raise _Unknown
            item[1] = renamed[item[1]]
        meta[3].sort(key=lambda item: item[0])
        meta[4].sort(key=lambda item: item[0])
        meta[5].sort()
        packed = _pack(meta)
        new_hash = f"{language}_{hashlib.sha256(packed).hexdigest()[:10]}"
        info["hash"] = new_hash
        removals.append(old_meta)
        writes[bundle / f"pagefind.{new_hash}.pf_meta"] = packed
    return entry, writes, removals


def _named_list(value: object) -> bool:
    return isinstance(value, list) and all(
        isinstance(item, list) and len(item) == 2 and isinstance(item[0], str) for item in value)


def _read(path: Path) -> object:
    """Decode one gzipped CBOR file of the bundle, checking that it re-encodes to the same bytes."""
    try:
        raw = gzip.decompress(path.read_bytes())
    except (OSError, EOFError, gzip.BadGzipFile):
        raise _Unknown from None
    if not raw.startswith(SIGNATURE):
        raise _Unknown
    value, end = _decode(raw, len(SIGNATURE))
    if end != len(raw) or _encode(value) != raw[len(SIGNATURE):]:
        raise _Unknown
    return value


def _pack(value: object) -> bytes:
    return gzip.compress(SIGNATURE + _encode(value), compresslevel=9, mtime=0)


class _Simple(bytes):
    """A CBOR value of major type 7 (true, false, null, floats), kept as its encoded bytes."""


class _Map(list):
    """A CBOR map, as the list of its (key, value) pairs in file order."""


def _decode(data: bytes, pos: int) -> tuple[object, int]:
    """Decode one definite-length CBOR item: ints, strings, arrays, maps (as pair lists), simples."""
    if pos >= len(data):
        raise _Unknown
    major, info = data[pos] >> 5, data[pos] & 0x1F
    start, pos = pos, pos + 1
    if major == 7:
        size = {20: 0, 21: 0, 22: 0, 23: 0, 25: 2, 26: 4, 27: 8}.get(info)
        if size is None and info >= 24:
            raise _Unknown
        end = pos + (size or 0)
        return _Simple(data[start:end]), end
    if info < 24:
        argument = info
    elif info <= 27:
        size = 1 << (info - 24)
        if pos + size > len(data):
            raise _Unknown
        argument = int.from_bytes(data[pos:pos + size], "big")
        pos += size
    else:
        raise _Unknown
    if major == 0:
        return argument, pos
    if major == 1:
        return -1 - argument, pos
    if major in (2, 3):
        chunk = data[pos:pos + argument]
        if len(chunk) != argument:
            raise _Unknown
        try:
            return (bytes(chunk) if major == 2 else chunk.decode("utf-8")), pos + argument
        except UnicodeDecodeError:
            raise _Unknown from None
    if major == 4:
        items = []
        for _ in range(argument):
            item, pos = _decode(data, pos)
            items.append(item)
        return items, pos
    if major == 5:
        pairs = _Map()
        for _ in range(argument):
            key, pos = _decode(data, pos)
            value, pos = _decode(data, pos)
            pairs.append((key, value))
        return pairs, pos
    raise _Unknown  # tags


def _head(major: int, argument: int) -> bytes:
    if argument < 24:
        return bytes([major << 5 | argument])
    for info, fmt in ((24, ">B"), (25, ">H"), (26, ">I"), (27, ">Q")):
        if argument < 1 << (8 * struct.calcsize(fmt)):
            return bytes([major << 5 | info]) + struct.pack(fmt, argument)
    raise _Unknown


def _encode(value: object) -> bytes:
    if isinstance(value, _Simple):
        return bytes(value)
    if isinstance(value, bool):
        raise _Unknown
    if isinstance(value, int):
        return _head(0, value) if value >= 0 else _head(1, -1 - value)
    if isinstance(value, str):
        encoded = value.encode("utf-8")
        return _head(3, len(encoded)) + encoded
    if isinstance(value, bytes):
        return _head(2, len(value)) + value
    if isinstance(value, _Map):
        return _head(5, len(value)) + b"".join(_encode(k) + _encode(v) for k, v in value)
    if isinstance(value, list):
        return _head(4, len(value)) + b"".join(_encode(item) for item in value)
    raise _Unknown
