"""Every URL of the site: the fixed path scheme and relative links between pages."""

from __future__ import annotations

import posixpath
import re
import unicodedata
from functools import lru_cache
from typing import Container

from ..registers import KINDS
from ..weblinks import WEB_ADDRESS, edition_document

KIND_FOLDERS = {"person": "persons", "place": "places", "org": "organizations"}
"""Register kind (as in `edition.registers.KINDS`) -> folder of its pages."""
KIND_FILES = {kind.name: kind.file for kind in KINDS.values()}

HOME = "index.html"
CHRONOLOGY = "chronology.html"
SEARCH = "search.html"
ABOUT = "about.html"
HOW_TO_CITE = "how-to-cite.html"
DOWNLOADS = "downloads.html"
STYLESHEET = "static/edition.css"
PRINT_STYLESHEET = "static/print.css"
ICON = "static/favicon.svg"
SOURCE_STYLESHEET = "static/source.css"
SCRIPT = "static/lines.js"


DOCUMENTS = "documents"


def document(doc_id: str) -> str:
    return f"{DOCUMENTS}/{document_file(doc_id)}"


def document_file(doc_id: str) -> str:
    """The name of the page of a document in the folder `DOCUMENTS`."""
    return f"{doc_id}.html"


def document_xml(doc_id: str) -> str:
    """The 'View XML' page: the TEI as highlighted source (not in documents/, which holds only
    the pages the search indexes)."""
    return f"xml/{doc_id}.html"


def tei(doc_id: str) -> str:
    """The TEI file itself (written by the pipeline, not by the renderer)."""
    return f"tei/{doc_id}.xml"


def register_tei(kind: str) -> str:
    return f"tei/{KIND_FILES[kind]}"


def schema(name: str) -> str:
    return f"schemas/{name}"


def register_index(kind: str) -> str:
    return f"{KIND_FOLDERS[kind]}/index.html"


def entry(kind: str, entry_id: str) -> str:
    return f"{KIND_FOLDERS[kind]}/{entry_id}.html"


def chronology_month(month: str) -> str:
    """The chronology page of the dates mentioned in one month ('1962-11'; a year, '1962', for
    dates known only to the year)."""
    return f"chronology/{month}.html"


def entry_mentions(kind: str, entry_id: str, number: int) -> str:
    """Page `number` of the mentions of an entry: 1 is the entry's page, the others are in a
    folder of its own (no entry id holds a '/')."""
    if number == 1:
        return entry(kind, entry_id)
    return f"{KIND_FOLDERS[kind]}/{entry_id}/mentions-{number}.html"


def home_page(number: int) -> str:
    """Page `number` of the list of documents: 1 is the home page."""
    return HOME if number == 1 else f"index-{number}.html"


TYPES = "types"


def type_page(doc_type: str, number: int = 1) -> str:
    """Page `number` of the documents of one type: 'memorandum of conversation' ->
    `types/memorandum-of-conversation.html`, then `-2.html` ...; its accents dropped
    ('aide-mémoire' -> `types/aide-memoire.html`)."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", doc_type.lower())
                     if not unicodedata.combining(c))
    slug = "-".join(re.findall(r"[a-z0-9]+", folded)) or "document"
    return f"{TYPES}/{slug}.html" if number == 1 else f"{TYPES}/{slug}-{number}.html"


def line(n: str) -> str:
    """The fragment of a citable line: `#L12`."""
    return f"#L{n}"


def mention_place(n: str, note: str, anchor: str) -> tuple[str, str]:
    """Where a mention (a name, a date) stands on its document's page, as (fragment, words): its
    line `n`, or the inline note of that line which holds it (`note`, the label the page gives
    it, and `anchor`, its id, as `collect` records them); the fields escaped by the caller.

    ('3', '', '') -> ('#L3', 'line 3');  ('9', '5', 'fn5') -> ('#fn5', 'note 5, at line 9')"""
    if note:
        return f"#{anchor}", f"note {note}, at line {n}"
    return line(n), f"line {n}"


def reference(page: str, target: str, doc_ids: Container[str]) -> str:
    """The link from `page` of a `ref` of the text: to the edition's own page of a FRUS document
    it holds (`weblinks.edition_document`; a footnote `#fn3` is the same fragment there, see
    `tei.notes`), else to the web address itself; '' for a target that is no web address.

    >>> reference("documents/x.html", "https://history.state.gov/historicaldocuments/"
    ...           "frus1969-76v12/d109#fn3", {"frus1969-76v12-d109"})
    'frus1969-76v12-d109.html#fn3'
    """
    held = edition_document(target)
    if held and held[0] in doc_ids:
        return relative(page, document(held[0]) + held[1])
    return target if WEB_ADDRESS.fullmatch(target) else ""


def relative(page: str, target: str) -> str:
    """`target` (site path, may end in #fragment) as a link from `page`: both relative to the root.

    >>> relative("persons/x.html", "documents/d.html#L3")
    '../documents/d.html#L3'
    """
    path, hash_, fragment = target.partition("#")
    if path == page:
        return hash_ + fragment
    folder, _, name = path.rpartition("/")
    return folder_link(page.rpartition("/")[0], folder) + name + hash_ + fragment


@lru_cache(maxsize=4096)
def folder_link(start: str, folder: str) -> str:
    """The link from folder `start` to folder `folder` ('' = the site root), ending in '/'
    unless it is empty: a site has few folders, and a page links to thousands of lines."""
    link = posixpath.relpath(folder or ".", start or ".")
    return "" if link == "." else link + "/"


def absolute(base_url: str, target: str) -> str:
    """The public URL of a site path, for citations."""
    return base_url.rstrip("/") + "/" + target
