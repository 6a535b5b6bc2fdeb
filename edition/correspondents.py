"""Correspondents: a letter's or a telegram's sender and addressee, by its closer, opener or title."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .model import Closer, Document, Inline, Node, plain_text
from .paragraphs import correspondents_in_title
from .registers import Mention, Registers

CORRESPONDENCE = frozenset({"letter", "telegram"})
"""The document types that are sent to someone: they have a sender and an addressee."""
COMPLEMENT = re.compile(r"\b(?:to|of|in|at|for|from|with|on|by)\s+(?:the\s+)?$", re.IGNORECASE)
"""The words before a name that make it the complement of another (`Mission to the UN`)."""


def read_correspondents(document: Document, registers: Registers) -> None:
    """The sender and the addressee of a letter or a telegram into `document`: the first person
    or organization its signature links, else the one its title's `from` part names; the first
    its inside address or salutation links, or the address under its closer (a note's `To the
    Embassy of ...`), else the one its title's `to` part names. Where none
    is registered, the name as printed (title, else signature)."""
    if document.doc_type not in CORRESPONDENCE:
        return
    closers = [b for part in document.parts if isinstance(part, Closer) for b in part.blocks]
    signed = [b.content for b in closers if b.kind == "signed"]
    title_from, title_to = correspondents_in_title(document.raw.metadata.title.value,
                                                   lambda text: _ends_in_a_name(text, registers))
    document.sender = _first_ref(signed) or _ref_in(title_from, registers)
    opening = [b.content for b in document.opener if b.kind in ("addrLine", "salute")]
    under_closer = [b.content for b in closers if b.kind == "addrLine"]
    document.addressee = _first_ref(opening + under_closer) \
        or _ref_in(title_to, registers)
    if not document.sender:
        document.sender_name = title_from or (plain_text(signed[0]).strip() if signed else "")
    if not document.addressee:
        document.addressee_name = title_to


def _ref_in(text: str, registers: Registers) -> str:
    """The person or organization a title phrase names (`President Nixon`), if registered."""
    mention = _named_in(text, registers)
    return mention.entry.ref if mention else ""


def _named_in(text: str, registers: Registers) -> Mention | None:
    """The last registered person or organization of `text` that is not the complement of
    another word: `Alekseev` in `Soviet Ambassador to Cuba A. Alekseev`, none in `Mission to
    the United Nations` (a mission, not the United Nations)."""
    mentions = [m for m in registers.find_mentions(text)
                if m.entry.kind != "place" and not COMPLEMENT.search(text[:m.start])] \
        if text else []
    return mentions[-1] if mentions else None


def _ends_in_a_name(text: str, registers: Registers) -> bool:
    """Whether `text` ends with the name of a registered person or organization it names."""
    mention = _named_in(text, registers)
    return mention is not None and not text[mention.end:].strip(" .")


def _first_ref(contents: Iterable[tuple[Node, ...]]) -> str:
    """The register reference of the first person or organization linked in `contents`."""
    for content in contents:
        for node in content:
            if isinstance(node, Inline) and node.tag in ("persName", "orgName"):
                return dict(node.attrs)["ref"]
    return ""
