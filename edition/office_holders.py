"""An office's label tied to the person who holds it: Hansard names the holder at the first turn only."""

from __future__ import annotations

import dataclasses

from .speakers import LabelMatch


def tied_to_holders(labels: list[LabelMatch | None]) -> list[LabelMatch | None]:
    """`labels`, each office's with no name in parentheses (`The Prime Minister:`) given the name
    of the holder the nearest label of that office before it names (`The Prime Minister (Mr.
    Harold Macmillan):`), by which `SpeakerLookup.who` looks the speaker up: Hansard names the
    holder at an office's first turn, as ParlaMint ties each later one to the same person. An
    office no label before it has tied to a name stays as it is (a label after it tells
    nothing of it)."""
    holders: dict[str, str] = {}
    tied: list[LabelMatch | None] = []
    for label in labels:
        if label is not None and label.kind == "turn" and label.name:
            holders[office_key(label.label.split("(")[0])] = label.name
        elif label is not None and label.kind == "turn" and office_key(label.label) in holders:
            label = dataclasses.replace(label, name=holders[office_key(label.label)])
        tied.append(label)
    return tied


def office_key(words: str) -> str:
    """`The Prime Minister `, `THE PRIME MINISTER` -> "the prime minister": an office's label as
    compared, whatever its case and spaces."""
    return " ".join(words.split()).casefold()
