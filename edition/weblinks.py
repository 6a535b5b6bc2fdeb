"""Web addresses in a `ref/@target`: what counts as one, and the FRUS addresses of documents.

The ingest writes a FRUS cross-reference as the public URL of the Office of the Historian; the
validator leaves such an address unchecked (it is outside the edition); the collector notes the
documents a page links to, and the renderer links the edition's own page of a document it holds
(id `{volume}-{document}`, as the FRUS files are named: `frus1969-76v12-d121`), the public page
otherwise. One definition for all four:

    >>> frus_address("frus1969-76v12", "d109", "fn3")
    'https://history.state.gov/historicaldocuments/frus1969-76v12/d109#fn3'
    >>> edition_document(frus_address("frus1969-76v12", "d109", "fn3"))
    ('frus1969-76v12-d109', '#fn3')
"""

from __future__ import annotations

import re

WEB_ADDRESS = re.compile(r'https?://([^\s"<>\\^`{|}\[\]#%]|%[0-9A-Fa-f]{2})+'
                         r'(#([^\s"<>\\^`{|}\[\]#%]|%[0-9A-Fa-f]{2})*)?', re.ASCII)
"""An http(s) URL: no character a URL may not hold unescaped (RFC 3986), %-escapes well formed,
one fragment; white space is ASCII's, as XSD's is. `edition.rng` states the same pattern for
`ref/@target` and `licence/@target` (`data.webAddress`), an anyURI there: tests/test_weblinks.py
compares the two strings,
and tests/ingest/test_notes_and_refs.py checks that both take the same addresses."""
FRUS_FILE = re.compile(r"(?P<volume>frus[0-9]{4}[\w.-]*?)(?:-d(?P<n>[1-9][0-9]*))?")
"""A FRUS volume id (`frus1969-76v12`), or a document's (`frus1969-76v12-d121`, a file cut out
of the volume, the id the edition gives it)."""
FRUS_DOCUMENTS = "https://history.state.gov/historicaldocuments/"
FRUS_ADDRESS = re.compile(re.escape(FRUS_DOCUMENTS)
                          + r"(frus[\w.-]+)/(d[1-9][0-9]*)(#fn[1-9][0-9]*)?")


def frus_address(volume: str, document: str, note: str = "") -> str:
    """The public URL of FRUS document `document` (`d121`) of `volume`, or of its note `fn3`."""
    return f"{FRUS_DOCUMENTS}{volume}/{document}" + (f"#{note}" if note else "")


def edition_document(target: str) -> tuple[str, str] | None:
    """(the id an edition gives the document, the note's fragment or '') of a FRUS address;
    None for any other target."""
    match = FRUS_ADDRESS.fullmatch(target)
    return (f"{match[1]}-{match[2]}", match[3] or "") if match else None
