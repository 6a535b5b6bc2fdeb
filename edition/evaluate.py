"""Measure the encoder on documents with gold answers (`<stem>.gold.json` beside `<stem>.txt`).

    python -m edition.evaluate ../shared/corpus/dev

For every document: speaker turns found against the gold turns (same speaker label and the same
start of the utterance, in order), consistency of speaker ids, and words lost. Registers are
those of `seeds/`; speakers missing from them get provisional entries, as for new material.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from .breaks import spaced_text
from .config import Settings
from .diagnostics import Reporter, Severity
from .namespaces import NS
from .overrides import Overrides
from .pipeline import encode_bytes
from .registers import Registers



@dataclass(frozen=True)
class Score:
    """How one document compares with its gold answers."""

    doc: str
    gold_turns: int
    found_turns: int
    matched_turns: int
    consistent_speakers: bool
    words_lost: int
    errors: int

    @property
    def accuracy(self) -> float:
        return self.matched_turns / max(self.gold_turns, self.found_turns) if \
            max(self.gold_turns, self.found_turns) else 1.0


def _key(label: str, text: str) -> tuple[str, str]:
    squash = lambda s: re.sub(r"\W+", "", s).lower()  # noqa: E731
    return squash(label), squash(text)[:25]


def turns_in(tei: etree._Element) -> list[tuple[str, str, str]]:
    """(who, speaker label, start of the utterance) for each turn of a TEI document, each text
    read as the page reads it (`breaks.spaced_text`)."""
    found = []
    for sp in tei.iterfind(".//t:sp", NS):
        speaker = sp.find("t:speaker", NS)   # none when an override names the speaker
        label = spaced_text(speaker) if speaker is not None else ""
        first = sp.find("t:p", NS)
        text = spaced_text(first) if first is not None else ""
        found.append((sp.get("who", ""), label, text))
    return found


def score_document(text_file: Path, registers: Registers) -> Score:
    gold = json.loads(text_file.with_suffix(".gold.json").read_text(encoding="utf-8"))
    reporter = Reporter()
    encoded = encode_bytes(text_file.read_bytes(), str(text_file), text_file.stem, registers,
                           Settings(provisional_speakers=True), Overrides(), reporter)
    found = turns_in(encoded.tei) if encoded else []
    gold_keys = [_key(t["speaker_label"], t["text_start"]) for t in gold["turns"]]
    found_keys = [_key(label, text) for _, label, text in found]
    matcher = difflib.SequenceMatcher(a=gold_keys, b=found_keys, autojunk=False)
    pairs = [(i, j) for block in matcher.get_matching_blocks()
             for i, j in zip(range(block.a, block.a + block.size), range(block.b, block.b + block.size))]
    mapping: dict[str, set[str]] = {}
    for i, j in pairs:
        mapping.setdefault(found[j][0], set()).add(gold["turns"][i]["who"])
    lost = sum(1 for d in reporter.diagnostics if d.code == "words-lost")
    return Score(text_file.stem, len(gold_keys), len(found_keys), len(pairs),
                 all(len(v) == 1 for v in mapping.values()), lost,
                 reporter.count(Severity.ERROR))


def score_corpus(folder: Path, registers: Registers) -> list[Score]:
    return [score_document(path, registers) for path in sorted(folder.glob("**/*.txt"))
            if path.with_suffix(".gold.json").exists()]


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path("../shared/corpus/dev")
    registers = Registers.load(Path("seeds"), Reporter())
    scores = score_corpus(folder, registers)
    print(f"{'document':48} {'gold':>5} {'found':>5} {'match':>5} {'acc':>6} ids  lost err")
    for s in scores:
        print(f"{s.doc:48} {s.gold_turns:5} {s.found_turns:5} {s.matched_turns:5} "
              f"{s.accuracy:6.1%} {'ok ' if s.consistent_speakers else 'BAD'} {s.words_lost:4} {s.errors:3}")
    gold = sum(s.gold_turns for s in scores)
    matched = sum(s.matched_turns for s in scores)
    found = sum(s.found_turns for s in scores)
    print(f"turns: {matched} of {gold} gold turns matched, {found} found: "
          f"accuracy {matched / max(gold, found, 1):.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
