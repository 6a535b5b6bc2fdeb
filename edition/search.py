"""The static full-text search of the site: a Pagefind index, built over the staged site folder.

`SearchIndexer(site_dir, parts)` runs the Pagefind binary shipped by the PyPI package
`pagefind[bin]` (no network, no Node.js) over the finished document pages of a build, in the
background while the build writes the rest of the staged folder; `finish()` waits for it, before
the folder is swapped in (`build_search_index(site_dir)` does both). The index is made in parts
(see "The index in parts" below) and each part made reproducible (`edition.pagefind_canon`).

What the renderer must emit
===========================
Only *document pages* (`documents/<id>.html`) are indexed: Pagefind reads no other file
(`GLOB`), so documents/ holds nothing else. Pagefind indexes only pages that carry
`data-pagefind-body` as soon as one page has it, so no other page may carry it either (the
View XML pages `xml/<id>.html`, the registers, the chronology ... must not). On each document page:

1. `data-pagefind-body` on the element that holds the edited text (the numbered lines and the
   notes), e.g. `<article data-pagefind-body>`. Page chrome (site header, navigation, footer)
   belongs outside it. Inside it, put `data-pagefind-ignore` on what is not text of the document:
   line numbers, "cite this line" widgets, "back to top" links, the printed page's furniture
   (`fw`: `-2-`, `TOP SECRET` at a page's top). Pagefind makes sub-results only
   of headings (`h1`-`h6`) with an `id` (here `#text-heading`, `#notes-heading` ...); every other
   element with an `id` (the lines `id="L{n}"`, the words of a speaker label `id="who-L{n}"`
   inside its heading) is only listed in a result's `anchors`, with its position in the words
   of the page, from which the search page finds the line of a hit and where it ends. Last
   in it, after every line, `names_html(...)`: the register's names of what the page links,
   hidden and of low weight, so that a full name finds a text printing a short form; the
   search page leads a result with hits there alone to the page's list of those names.
2. Filters, sort key and title, best as `<meta>` elements in `<head>` (then they add no words
   to the indexed text, and the values are the register's forms, not the surface forms):

       <meta data-pagefind-meta="title[content]" content="Telegram from Mikoyan to CC CPSU, 19 November 1962">
       <meta data-pagefind-filter="type[content]" content="telegram">
       <meta data-pagefind-filter="year[content]" content="1962">
       <meta data-pagefind-filter="person[content]" content="Ernesto &quot;Che&quot; Guevara">
       <meta data-pagefind-filter="person[content]" content="Anastas Mikoyan">
       <meta data-pagefind-sort="date[content]" content="1962-11-19">

   - `type`: the document's type as its page names it (`DocumentRecord.document_type`:
     `memorandum of conversation`, `telegram`, `letter`, `document` ...), exactly one.
   - `year`: four digits of the document date, exactly one.
   - `person`: one element per distinct person who speaks in or is mentioned by the document,
     with the register's display name (the same string on every page, so that the filter
     groups them).
   - `date`: the ISO date `YYYY-MM-DD` (`docDate/@when`); sorts as a string. Every page needs
     it, an undated one `9999` (after every date): Pagefind's sort leaves out a page without it.
   - `title`: the document title shown in the results (else Pagefind takes the first `<h1>`).
   The element forms `<span data-pagefind-filter="type">telegram</span>` (value = text) work
   too; inside `data-pagefind-body` their text is then also indexed as words.

The search page (`search.html`, at the site root)
=================================================
Put `SEARCH_HEAD_HTML` into `<head>`, then in `<body>` a heading `id="search-heading"` (it
names the search field, `SEARCH_HEADING_ID`), the `<div id="search"></div>` followed by
`SEARCH_NOSCRIPT_HTML` and `SEARCH_SCRIPT_HTML`. Pagefind's default UI then fills the div: a
search field, results sorted by date (oldest first), each with the sections that hold hits
(notes, names) as sub-results, and the filters `type`, `year` and `person` shown open beside
the results. Result links carry `?highlight=<word>` for each searched word (the quotes of a
phrase dropped) and lead to the line of the hits, which the excerpt names (`search_lines.js`,
written as `pagefind/search-lines.js`). `search.html?q=Guevara` starts that search, so a plain
`<form action="search.html"><input name="q"></form>` in the site header works. Without
JavaScript the page shows the `<noscript>` text instead.

On every document page put `highlight_script_html("../")` (or `HIGHLIGHT_SCRIPT_HTML`, the
same for pages in `documents/`) at the end of `<body>`: it marks the searched words with
`<mark class="pagefind-highlight">` inside `data-pagefind-body` when the URL has
`?highlight=...` and brings the hit into view (`goToHit` of `search_lines.js`), and does nothing
otherwise.

All paths are relative, and the scripts find the bundle from their own URL, so the site works
in a subfolder of a host too (not from `file://`: Pagefind fetches its index, which browsers
refuse there).


The index in parts
==================
Pagefind holds the whole index in memory while it writes it: about 1.4 MB a page, 12 GiB for
10,000 document pages. So the pages, in date order, are cut into parts of `PART_PAGES`, each
indexed by its own Pagefind run, one after the other, into `pagefind/parts/<name>/`; a part
whose pages are all unchanged is taken over from the previous site (`reuse`). `pagefind/`
holds Pagefind's UI files (of the first part), `parts.json` (the part names, in order) and, as
`pagefind.js`, `search_parts.js` of this package: the search API Pagefind's UI imports, which
searches every part and puts their results one after the other, leaving out the results of a
part for a word it lacks, which Pagefind would stand in for by a shorter word (told from a
word found by its stem by Pagefind's stemmer, `search_stem.js`, written as `search-stem.js`).
Pagefind reads a copy of a page holding `ł`, `ß`, `ø` ... with these letters marked so that
it indexes them folded, as it folds accents (`edition.search_fold`, `search_fold.js`).
Pagefind's own `mergeIndex` cannot serve: it sorts merged results by score, and the results
must be in date order.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import shutil
import subprocess
import threading
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Callable, Iterable

from .pagefind_canon import canonicalize_index
from .search_fold import MARKED, has_folded, marked_page

BUNDLE_DIR = "pagefind"
PARTS_DIR = f"{BUNDLE_DIR}/parts"
PART_PAGES = 250
"""Pages a part: a Pagefind run then peaks at about 360 MiB (measured on the synthetic pages
of the benchmark: 250 pages 360 MiB, 500 pages 709 MiB). Each part costs the reader's first
search about eight requests: its pagefind.js (46 KB), WebAssembly (72 KB), metadata (4 KB),
and the chunks of its index and filters that the words need."""
SHIM = Path(__file__).with_name("search_parts.js")
LINES = Path(__file__).with_name("search_lines.js")
LINES_FILE = "search-lines.js"
STEM = Path(__file__).with_name("search_stem.js")
STEM_FILE = "search-stem.js"
FOLD = Path(__file__).with_name("search_fold.js")
FOLD_FILE = "search-fold.js"
UI_FILES = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-highlight.js")
"""Pagefind's files the pages use, taken from the first part into `pagefind/`."""
UNUSED_FILES = ("pagefind-component-ui.js", "pagefind-component-ui.css",
                "pagefind-modular-ui.js", "pagefind-modular-ui.css",
                "pagefind-worker.js", "wasm.unknown.pagefind")
"""Removed from every part: UIs the pages do not use, the Web Worker (`search_parts.js` searches
with `noWorker`) and the WebAssembly for pages without a language (`--force-language`)."""
SCRATCH = ".search-parts"
"""A folder of the staged site holding each part's pages (links) while Pagefind reads them."""
TIMEOUT = 3600
HIGHLIGHT_PARAM = "highlight"
LANGUAGE = "en"

SEARCH_HEAD_HTML = '<link rel="stylesheet" href="pagefind/pagefind-ui.css">'

SEARCH_NOSCRIPT_HTML = (
    '<noscript><p>The full-text search needs JavaScript. Every document is listed on the '
    '<a href="index.html">home page</a> and in the <a href="chronology.html">chronology</a>, '
    'and the people, places and organizations they mention in the '
    '<a href="persons/index.html">registers</a>.</p></noscript>'
)

SEARCH_HEADING_ID = "search-heading"
"""The id of the search page's visible heading, which names the search field (Pagefind gives the
field only a `title`)."""

SEARCH_SCRIPT_HTML = f"""<script src="{BUNDLE_DIR}/pagefind-ui.js"></script>
<script type="module">
import {{atLine}} from "./{BUNDLE_DIR}/{LINES_FILE}";
const ui = new PagefindUI({{
  element: "#search",
  showSubResults: true,
  showImages: false,
  showEmptyFilters: false,
  openFilters: ["type"],
  sort: {{date: "asc"}},
  highlightParam: "{HIGHLIGHT_PARAM}",
  processResult: (result) => atLine(result, "{HIGHLIGHT_PARAM}"),
  pageSize: 10,
  excerptLength: 30
}});
const field = document.querySelector("#search input[type=text]");
if (field) {{ field.setAttribute("aria-labelledby", "{SEARCH_HEADING_ID}"); }}
const term = new URLSearchParams(window.location.search).get("q");
if (term) {{ ui.triggerSearch(term); }}
</script>"""


NAMES_ID = "register-names"
UNMARKED = ["[data-pagefind-ignore]", "[data-pagefind-ignore] *", f"#{NAMES_ID}", f"#{NAMES_ID} *"]
"""Where the page marks no searched word: what the search ignores (Pagefind's default) and the
register's names, hidden (`names_html`)."""


def highlight_script_html(root: str = "../") -> str:
    """The script that marks `?highlight=` terms on a page and brings the hit into view (in the
    line of the address, else in the text); `root` leads from the page to the site root."""
    return (
        '<script type="module">\n'
        f'import PagefindHighlight from "{root}{BUNDLE_DIR}/pagefind-highlight.js";\n'
        f'import {{goToHit}} from "{root}{BUNDLE_DIR}/{LINES_FILE}";\n'
        f'new PagefindHighlight({{highlightParam: "{HIGHLIGHT_PARAM}", markOptions: '
        f'{{className: "pagefind-highlight", exclude: {json.dumps(UNMARKED)}}}}});\n'
        f'goToHit("{HIGHLIGHT_PARAM}");\n'
        "</script>"
    )


HIGHLIGHT_SCRIPT_HTML = highlight_script_html("../")

NAMES_WEIGHT = "0.1"
"""Pagefind's weight of the register's names on a page: a tenth of the text's, whose words
count first (Pagefind keeps weights in 24ths: 2 of 24)."""


def names_html(names: Iterable[str]) -> str:
    """The register's names of what a document page links (persons, places, organizations), for
    the search alone: hidden, last in the indexed body, after every line, so that a search for
    a full name finds the pages printing 'A.I. Mikoyan', a hit in them is no line's, and a
    quoted phrase the text prints finds its line first (Pagefind gives a phrase's first match
    only: the names first made every `"Fidel Castro"` a hit in them)."""
    text = "; ".join(html.escape(name, quote=False) for name in names)
    return (f'<p id="{NAMES_ID}" hidden data-pagefind-weight="{NAMES_WEIGHT}">{text}</p>'
            if text else "")


class SearchIndexError(RuntimeError):
    """Pagefind could not be run or failed; the message says why."""


@dataclass(frozen=True)
class Part:
    """Consecutive document pages (site paths, in date order) indexed together."""

    name: str
    pages: tuple[str, ...]
    key: str
    """A hash of what its index is made from: Pagefind's version and options, and the pages
    (each named with a key of what it shows)."""

    @property
    def folder(self) -> str:
        return f"{PARTS_DIR}/{self.name}"


def cut_parts(pages: Iterable[tuple[str, str]], size: int | None = None) -> list[Part]:
    """(site path, key of its content) of every document page, in date order -> the parts
    (of `size` pages, by default `PART_PAGES`)."""
    pages, size = list(pages), size or PART_PAGES
    common = (f"{pagefind_version()}|{LANGUAGE}|{sorted(UI_FILES)}|{sorted(UNUSED_FILES)}"
              f"|{sorted(MARKED.items())}")
    parts = []
    for number, start in enumerate(range(0, len(pages), size)):
        chunk = pages[start:start + size]
        text = common + "".join(f"\n{path}\t{key}" for path, key in chunk)
        parts.append(Part(f"{number:03d}", tuple(path for path, _ in chunk),
                          hashlib.sha256(text.encode("utf-8")).hexdigest()))
    return parts


def pagefind_version() -> str:
    try:
        return metadata.version("pagefind_bin")
    except metadata.PackageNotFoundError:
        return str(pagefind_executable())


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


def build_search_index(site_dir: Path, size: int | None = None) -> None:
    """Index the document pages of `site_dir` (in the order of their names) into
    `site_dir/pagefind/`, replacing it, in parts of `size` pages (by default `PART_PAGES`).

    Raises `SearchIndexError` when no page carries `data-pagefind-body` (Pagefind would then
    index every page of the site) or when Pagefind fails.
    """
    site_dir = Path(site_dir)
    shutil.rmtree(site_dir / BUNDLE_DIR, ignore_errors=True)
    pages = sorted(p.relative_to(site_dir).as_posix() for p in site_dir.glob("documents/*.html"))
    SearchIndexer(site_dir, cut_parts(((page, "") for page in pages), size)).finish()


def _stage_page(page: Path, staged: Path) -> None:
    """The page as Pagefind reads it: a link to it, or a copy with its folded letters marked."""
    text = page.read_text(encoding="utf-8")
    if has_folded(text):
        staged.write_text(marked_page(text), encoding="utf-8")
        return
    try:
        os.link(page, staged)
    except OSError:  # links not allowed here
        shutil.copyfile(page, staged)


class SearchIndexer:
    """Pagefind indexing the parts of the document pages of `site_dir` one after the other, in
    a thread, from the moment the pages are written, while the build makes the rest of the site;
    `finish` waits for it. A part for which `reuse` returns True (it put the part's files in
    place, from the previous site) is not indexed again."""

    def __init__(self, site_dir: Path, parts: list[Part],
                 reuse: Callable[[Part], bool] = lambda part: False) -> None:
        self.site_dir, self.parts = Path(site_dir), parts
        first = self.site_dir / parts[0].pages[0] if parts else None
        if first is None or b"data-pagefind-body" not in first.read_bytes():
            raise SearchIndexError(f"no page of {self.site_dir} carries data-pagefind-body: "
                                   "nothing to index (see edition/search.py)")
        self.executable = pagefind_executable()
        self.todo = [part for part in parts if not reuse(part)]
        self.process: subprocess.Popen | None = None
        self.error: Exception | None = None
        self.cancelled = threading.Event()
        self.lock = threading.Lock()
        self.thread = threading.Thread(target=self._run, name="pagefind", daemon=True)
        self.thread.start()

    @property
    def indexed(self) -> list[str]:
        """The names of the parts Pagefind indexes in this build (the others were reused)."""
        return [part.name for part in self.todo]

    def finish(self) -> dict[str, tuple[str, list[str]]]:
        """Wait for Pagefind and write the files shared by the parts. Returns, for each part
        (its folder), its key and its files (site paths), to be reused by a later build."""
        self.thread.join(TIMEOUT)
        if self.thread.is_alive():
            self.cancel()
            raise SearchIndexError(f"could not run Pagefind: no result after {TIMEOUT} s")
        shutil.rmtree(self.site_dir / SCRATCH, ignore_errors=True)
        if self.error is not None:
            raise self.error
        bundle = self.site_dir / BUNDLE_DIR
        shutil.copyfile(SHIM, bundle / "pagefind.js")
        shutil.copyfile(LINES, bundle / LINES_FILE)
        shutil.copyfile(STEM, bundle / STEM_FILE)
        shutil.copyfile(FOLD, bundle / FOLD_FILE)
        listing = {"parts": [part.name for part in self.parts]}
        (bundle / "parts.json").write_text(json.dumps(listing), encoding="utf-8")
        return {part.folder: (part.key, self._files(part)) for part in self.parts}

    def cancel(self) -> None:
        """Stop Pagefind (the build failed, and its folder goes)."""
        self.cancelled.set()
        with self.lock:
            if self.process is not None and self.process.poll() is None:
                self.process.kill()
                self.process.wait()
        self.thread.join()

    def _run(self) -> None:
        try:
            for part in self.todo:
                if self.cancelled.is_set():
                    return
                self._index(part)
        except OSError as error:
            self.error = SearchIndexError(f"could not index the pages for search: {error}")
        except Exception as error:  # SearchIndexError, or a bug: raised again by `finish`
            self.error = error

    def _index(self, part: Part) -> None:
        """One Pagefind run over the pages of `part` (linked into a scratch folder; a page
        with letters the search folds copied with them marked, `edition.search_fold`)."""
        pages = self.site_dir / SCRATCH / part.name
        for page in part.pages:
            (pages / page).parent.mkdir(parents=True, exist_ok=True)
            _stage_page(self.site_dir / page, pages / page)
        output = self.site_dir / part.folder
        command = [str(self.executable), "--site", str(pages), "--output-path", str(output),
                   "--force-language", LANGUAGE, "--silent"]
        with self.lock:
            if self.cancelled.is_set():
                return
            try:
                self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL,
                                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            except OSError as error:
                raise SearchIndexError(f"could not run Pagefind: {error}") from None
        said = self.process.communicate()[0].decode("utf-8", "replace").strip()
        if self.cancelled.is_set():
            return
        if self.process.returncode != 0 or not (output / "pagefind-entry.json").is_file():
            raise SearchIndexError(f"Pagefind failed on part {part.name} "
                                   f"(exit {self.process.returncode}): {said}")
        shutil.rmtree(pages)
        canonicalize_index(output)
        self._arrange(part, output)

    def _arrange(self, part: Part, output: Path) -> None:
        """Pagefind's UI files: those the pages use moved up from the first part, the rest gone."""
        for name in (*UI_FILES, *UNUSED_FILES):
            if (output / name).exists():
                if part is self.parts[0] and name in UI_FILES:
                    os.replace(output / name, self.site_dir / BUNDLE_DIR / name)
                else:
                    (output / name).unlink()

    def _files(self, part: Part) -> list[str]:
        folder = self.site_dir / part.folder
        files = [p.relative_to(self.site_dir).as_posix() for p in folder.rglob("*") if p.is_file()]
        if part is self.parts[0]:
            files += [f"{BUNDLE_DIR}/{name}" for name in UI_FILES]
        return sorted(files)
