"""Cross-references of a foreign text -> a public URL that resolves anywhere, or None.

FRUS points at documents and footnotes of its own volume by their local ids; the volume id is
in the file, so each becomes the stable public URL of the Office of the Historian:

    <idno type="volume-id">frus1969-76v12</idno> ... <ref target="#d121">Document 121</ref>
        -> https://history.state.gov/historicaldocuments/frus1969-76v12/d121
    <ref target="#d109fn3">footnote 3 to Document 109</ref>
        -> https://history.state.gov/historicaldocuments/frus1969-76v12/d109#fn3

A target that is already an http(s) URL is kept. Any other target (an id of a file we do not
have, a FRUS id without a volume) resolves to None: the reference keeps its words, no link.
"""

from __future__ import annotations

import re

from lxml import etree

from ..weblinks import FRUS_FILE, WEB_ADDRESS, frus_address
from .header import T, XML_ID, clean

FRUS_TARGET = re.compile(r"#(d[1-9][0-9]*)(?:(fn[1-9][0-9]*))?")
"""A FRUS document (`#d121`) or a footnote of one (`#d109fn3`) of the same volume."""


def volume_of(root: etree._Element) -> str:
    """The FRUS volume id of a foreign file: its `idno type="volume-id"`, else the id of its
    root (a whole volume is `<TEI xml:id="frus1969-76v12">`); '' when it has neither."""
    idno = root.find(f"{T}teiHeader//{T}idno[@type='volume-id']")
    value = clean(idno.text) if idno is not None else root.get(XML_ID, "")
    match = FRUS_FILE.fullmatch(value)
    return match["volume"] if match else ""


class Links:
    """Resolves the `@target` of the foreign file's references."""

    def __init__(self, volume: str = "") -> None:
        self.volume = volume

    def target(self, pointer: str | None) -> str | None:
        """The public URL a reference points at, or None when there is none to give."""
        pointer = (pointer or "").strip()
        if WEB_ADDRESS.fullmatch(pointer):
            return pointer
        match = FRUS_TARGET.fullmatch(pointer)
        if match is None or not self.volume:
            return None
        document, note = match.groups()
        return frus_address(self.volume, document, note or "")
