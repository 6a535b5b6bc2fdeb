"""The static full-text search of the site: a Pagefind index, built over the staged site folder.

`SearchIndexer(site_dir)` starts the Pagefind binary shipped by the PyPI package `pagefind[bin]`
(no network, no Node.js) over the finished document pages of a build, in the background while
the build writes the rest of the staged folder; `finish()` waits for it, before the folder is
swapped in (`build_search_index(site_dir)` does both). Pagefind writes the index and its own UI
files into `site_dir/pagefind/`. The index is then made deterministic (see "Reproducible
output" below).

What the renderer must emit
===========================
Only *document pages* (`documents/<id>.html`) are indexed: Pagefind reads no other file
(`GLOB`), so documents/ holds nothing else. Pagefind indexes only pages that carry
`data-pagefind-body` as soon as one page has it, so no other page may carry it either (the
View XML pages `xml/<id>.html`, the registers, the chronology ... must not). On each document page:

1. `data-pagefind-body` on the element that holds the edited text (the numbered lines and the
   notes), e.g. `<article data-pagefind-body>`. Page chrome (site header, navigation, footer)
   belongs outside it. Inside it, put `data-pagefind-ignore` on what is not text of the document:
   line numbers, "cite this line" widgets, "back to top" links. Every element inside the body
   that has an `id` (the lines `id="L{n}"`) becomes a sub-result, linked as
   `documents/<id>.html#L{n}`.
2. Filters, sort key and title, best as `<meta>` elements in `<head>` (then they add no words
   to the indexed text, and the values are the register's forms, not the surface forms):

       <meta data-pagefind-meta="title[content]" content="Telegram from Mikoyan to CC CPSU, 19 November 1962">
       <meta data-pagefind-filter="type[content]" content="telegram">
       <meta data-pagefind-filter="year[content]" content="1962">
       <meta data-pagefind-filter="person[content]" content="Ernesto &quot;Che&quot; Guevara">
       <meta data-pagefind-filter="person[content]" content="Anastas Mikoyan">
       <meta data-pagefind-sort="date[content]" content="1962-11-19">

   - `type`: the `div/@subtype` of the body (`memorandum`, `telegram`, `letter`, `transcript`,
     `minutes`, `drama`, `other`), exactly one.
   - `year`: four digits of the document date, exactly one.
   - `person`: one element per distinct person who speaks in or is mentioned by the document,
     with the register's display name (the same string on every page, so that the filter
     groups them).
   - `date`: the ISO date `YYYY-MM-DD` (`docDate/@when`); sorts as a string.
   - `title`: the document title shown in the results (else Pagefind takes the first `<h1>`).
   The element forms `<span data-pagefind-filter="type">telegram</span>` (value = text) work
   too; inside `data-pagefind-body` their text is then also indexed as words.

The search page (`search.html`, at the site root)
=================================================
Put `SEARCH_HEAD_HTML` into `<head>`, then in `<body>` the `<div id="search"></div>` followed by
`SEARCH_NOSCRIPT_HTML` and `SEARCH_SCRIPT_HTML`. Pagefind's default UI then fills the div: a
search field, results sorted by date (oldest first), each with its matching lines as
sub-results, and the filters `type`, `year` and `person` shown open beside the results. Result
links carry `?highlight=<term>`. `search.html?q=Guevara` starts that search, so a plain
`<form action="search.html"><input name="q"></form>` in the site header works. Without
JavaScript the page shows the `<noscript>` text instead.

On every document page put `highlight_script_html("../")` (or `HIGHLIGHT_SCRIPT_HTML`, the
same for pages in `documents/`) at the end of `<body>`: it marks the searched words with
`<mark class="pagefind-highlight">` inside `data-pagefind-body` when the URL has
`?highlight=...`, and does nothing otherwise.

All paths are relative, and the scripts find the bundle from their own URL, so the site works
in a subfolder of a host too (not from `file://`: Pagefind fetches its index, which browsers
refuse there).

Reproducible output
===================
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
import shutil
import struct
import subprocess
import tempfile
import time
from pathlib import Path

BUNDLE_DIR = "pagefind"
GLOB = "documents/*.html"
"""The pages Pagefind reads (relative to the site): the document pages, and nothing else."""
TIMEOUT = 3600
HIGHLIGHT_PARAM = "highlight"
FILTERS = ("type", "year", "person")
SORT_KEY = "date"
LANGUAGE = "en"

SEARCH_HEAD_HTML = '<link rel="stylesheet" href="pagefind/pagefind-ui.css">'

SEARCH_NOSCRIPT_HTML = (
    '<noscript><p>The full-text search needs JavaScript. Every document is listed on the '
    '<a href="index.html">home page</a> and in the <a href="chronology.html">chronology</a>, '
    'and the people, places and organizations they mention in the '
    '<a href="persons/index.html">registers</a>.</p></noscript>'
)

SEARCH_SCRIPT_HTML = """<script src="pagefind/pagefind-ui.js"></script>
<script>
window.addEventListener("DOMContentLoaded", function () {
  var ui = new PagefindUI({
    element: "#search",
    showSubResults: true,
    showImages: false,
    showEmptyFilters: true,
    openFilters: ["type", "year", "person"],
    sort: {date: "asc"},
    highlightParam: "highlight",
    pageSize: 10,
    excerptLength: 30
  });
  var term = new URLSearchParams(window.location.search).get("q");
  if (term) { ui.triggerSearch(term); }
});
</script>"""


def highlight_script_html(root: str = "../") -> str:
    """The script that marks `?highlight=` terms on a page; `root` leads from it to the site root."""
    return (
        '<script type="module">\n'
        f'import PagefindHighlight from "{root}{BUNDLE_DIR}/pagefind-highlight.js";\n'
        f'new PagefindHighlight({{highlightParam: "{HIGHLIGHT_PARAM}"}});\n'
        "</script>"
    )


HIGHLIGHT_SCRIPT_HTML = highlight_script_html("../")


class SearchIndexError(RuntimeError):
    """Pagefind could not be run or failed; the message says why."""


def pagefind_executable() -> Path:
    """The Pagefind binary of the `pagefind_bin` package (installed by `pagefind[bin]`)."""
    try:
        import pagefind_bin
    except ImportError:
        found = shutil.which("pagefind")
        if found:
            return Path(found)
        raise SearchIndexError("Pagefind is not installed: pip install 'pagefind[bin]'") from None
    try:
        return Path(pagefind_bin.get_executable())
    except FileNotFoundError as error:
        raise SearchIndexError(f"the pagefind_bin package has no binary: {error}") from None


def build_search_index(site_dir: Path) -> None:
    """Index the document pages of `site_dir` into `site_dir/pagefind/` (replacing it).

    Raises `SearchIndexError` when no page carries `data-pagefind-body` (Pagefind would then
    index every page of the site) or when Pagefind fails.
    """
    SearchIndexer(site_dir).finish()


class SearchIndexer:
    """Pagefind indexing the document pages of `site_dir` in the background, from the moment
    they are written, while the build makes the rest of the site; `finish` waits for it."""

    def __init__(self, site_dir: Path) -> None:
        self.site_dir = Path(site_dir)
        if not any(b"data-pagefind-body" in page.read_bytes()
                   for page in self.site_dir.glob(GLOB)):
            raise SearchIndexError(f"no page of {self.site_dir} carries data-pagefind-body: "
                                   "nothing to index (see edition/search.py)")
        self.bundle = self.site_dir / BUNDLE_DIR
        if self.bundle.exists():
            shutil.rmtree(self.bundle)
        command = [str(pagefind_executable()), "--site", str(self.site_dir),
                   "--output-subdir", BUNDLE_DIR, "--glob", GLOB,
                   "--force-language", LANGUAGE, "--silent"]
        self.output = tempfile.TemporaryFile()
        self.started = time.monotonic()
        try:
            self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL,
                                            stdout=self.output, stderr=subprocess.STDOUT)
        except OSError as error:
            self.output.close()
            raise SearchIndexError(f"could not run Pagefind: {error}") from None

    def finish(self) -> None:
        """Wait for Pagefind, check what it wrote and make the index reproducible."""
        try:
            code = self.process.wait(max(1.0, TIMEOUT - (time.monotonic() - self.started)))
        except subprocess.TimeoutExpired:
            self.cancel()
            raise SearchIndexError(f"could not run Pagefind: no result after {TIMEOUT} s") from None
        self.output.seek(0)
        output = self.output.read().decode("utf-8", "replace").strip()
        self.output.close()
        if code != 0 or not (self.bundle / "pagefind-entry.json").is_file():
            raise SearchIndexError(f"Pagefind failed (exit {code}): {output}")
        canonicalize_index(self.bundle)

    def cancel(self) -> None:
        """Stop Pagefind (the build failed, and its folder goes)."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.output.close()


# --- reproducible output -------------------------------------------------------------------

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
