"""A synthetic corpus in the seeds' two layouts (archive page dump memorandum, telegram), seeded random.

`write_corpus(folder, n, seed)` writes `n` sources of about 40 KB each, varied but always valid:
speaker turns of the seeds' registered speakers, `[Ed. note: ...]` notes, supplied brackets,
dates, names, a closer and a `Document Information` block with a unique Record ID (memoranda),
or the telegram layout; the registers and `edition.toml` are copied from `seeds/`.
"""

from __future__ import annotations

import random
import re
import shutil
from functools import lru_cache
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
MEMCON = SEEDS / "1962-11-05-memcon-mikoyan-dorticos.txt"
TELEGRAM = SEEDS / "1962-11-19-telegram-mikoyan-cc-cpsu.txt"
SEED_FILES = ("persons.xml", "places.xml", "organizations.xml", "edition.toml")

SPEAKERS = ("A.I. MIKOYAN.", "O. DORTICOS.", "E. GUEVARA.", "C. RAFAEL RODRIGUEZ.",
            "C.R. RODRIGUEZ.", "ALEKSEEV.", "A.I. ALEKSEEV.", "DORTICOS.", "ERNESTO GUEVARA.")
LABEL = re.compile(r"^(?:A\.I\. MIKOYAN|O\. DORTICOS|E\. GUEVARA|C\. RAFAEL RODRIGUEZ|"
                   r"C\.R\. RODRIGUEZ|A\.I\. ALEKSEEV|ALEKSEEV|DORTICOS|ERNESTO GUEVARA|GUEVARA)"
                   r"\.?\s+")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
PARTNERS = ("Osvaldo Dorticos", "Ernesto Guevara", "Carlos Rafael Rodriguez", "Fidel Castro")
TARGET_BYTES = 40_000


def _balanced(text: str) -> bool:
    return (text.count("[") == text.count("]") and text.count('"') % 2 == 0
            and "Ed. note" not in text and not re.search(r"\[[^\]]*\[", text))


def _sentences(paragraph: str) -> list[str]:
    """Split at sentence ends, keeping brackets and quotations inside one piece."""
    pieces, current = [], ""
    for part in re.split(r"(?<=[.?!])\s+(?=[A-Z])", paragraph):
        current = f"{current} {part}".strip()
        if _balanced(current):
            pieces.append(current)
            current = ""
    return pieces


@lru_cache(maxsize=1)
def pools() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(sentences of the seeds' speech and narrative, the memorandum's editorial notes)."""
    sentences, notes = [], []
    texts = (MEMCON.read_text(encoding="utf-8").split("Ambassador A. Alekseev attended")[0],
             TELEGRAM.read_text(encoding="utf-8"))
    for text in texts:
        for line in text.splitlines()[12:-2]:
            line = line.strip()
            if line.startswith("[Ed. note:"):
                notes.append(line)
            elif len(line) > 60:
                sentences += [s for s in _sentences(LABEL.sub("", line))
                              if 20 < len(s) and s[0].isupper() and s[-1] in ".?!"]
    return tuple(sentences), tuple(notes)


def _date(rng: random.Random) -> tuple[int, int, int]:
    return rng.choice((1962, 1963)), rng.randint(1, 12), rng.randint(1, 28)


def _text(rng: random.Random, count: int, brackets: bool = True) -> str:
    sentences, _ = pools()
    if not brackets:
        sentences = tuple(s for s in sentences if "[" not in s)
    chosen = [rng.choice(sentences) for _ in range(count)]
    if rng.random() < 0.3:
        year, month, day = _date(rng)
        chosen.insert(rng.randrange(len(chosen) + 1),
                      f"We discussed this again on {day} {MONTHS[month - 1]} {year}.")
    return " ".join(chosen)


def memorandum(rng: random.Random, record_id: int) -> tuple[str, str]:
    """(date prefix of the file name, text) of a memorandum of conversation."""
    year, month, day = _date(rng)
    partners = rng.sample(PARTNERS[:3], rng.randint(1, 3))
    title = f"Memorandum of Conversation, A.I. Mikoyan with {', '.join(partners)}"
    parts = [f"{MONTHS[month - 1]} {day}, {year}", title]
    if rng.random() < 0.7:
        parts.append(rng.choice(("Top Secret", "Secret", "Strictly Confidential")))
    parts += [f"MEMORANDUM OF CONVERSATION\nA.I. Mikoyan with {', '.join(partners)}",
              f"Evening {day} {MONTHS[month - 1]} {year}",
              "After mutual greetings, Com. Dorticos said that Fidel Castro had not been able "
              "to come because he is feeling poorly."]
    _, notes = pools()
    size = sum(map(len, parts))
    while size < TARGET_BYTES - 1500:
        roll = rng.random()
        if roll < 0.05:
            block = rng.choice(notes)
        elif roll < 0.25:
            block = _text(rng, rng.randint(2, 6))
        else:
            block = f"{rng.choice(SPEAKERS)} {_text(rng, rng.randint(1, 8))}"
        parts.append(block)
        size += len(block) + 5
    parts += ["Ambassador A. Alekseev attended the conversation.",
              "Recorded by: [signature] V. Tikhmenev",
              "Com. Mikoyan A.I. has not looked over the transcript of the conversation.",
              _text(rng, 2),
              _info_block(rng, record_id, year, month, day)]
    return f"{year}-{month:02d}-{day:02d}", "\n\n \n\n".join(parts) + "\n"


def _info_block(rng: random.Random, record_id: int, year: int, month: int, day: int) -> str:
    return "\n\n".join((
        "Document Information", "Source",
        "Russian Foreign Ministry archives, copy provided by National Security Archive, "
        "Washington, D.C.; translation by Mark H. Doctoroff.",
        "Rights", "The History and Public Policy Program welcomes reuse of Digital Archive "
        "materials for research and educational purposes.",
        "Original Uploaded Date", f"20{rng.randint(10, 19)}-{month:02d}-{day:02d}",
        "Type", "Memorandum of Conversation", "Summary", _text(rng, 2, brackets=False),
        "Language", "Russian", "Record ID", str(record_id)))


def telegram(rng: random.Random, number: int) -> tuple[str, str]:
    """(date prefix of the file name, text) of a telegram."""
    year, month, day = _date(rng)
    parts = [f"Mikoyan Telegram to the CC CPSU (no. {number}) {MONTHS[month - 1]} {day}, {year}",
             "CC CPSU."]
    size = sum(map(len, parts))
    while size < TARGET_BYTES - 400:
        block = _text(rng, rng.randint(2, 7))
        parts.append(block)
        size += len(block) + 2
    parts += [f"{day}.{ROMAN[month - 1]}.{year % 100} A. Mikoyan",
              "[Source: Personal Archive of Sergo Mikoyan donated to the National Security "
              "Archive. Translated by Svetlana Savranskaya for the National Security Archive]"]
    return f"{year}-{month:02d}-{day:02d}", "\n\n".join(parts)


def write_corpus(folder: Path, n: int, seed: int = 1962) -> list[Path]:
    """Write `n` sources (one in five a telegram) and the seeds' registers into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in SEED_FILES:
        shutil.copyfile(SEEDS / name, folder / name)
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        if rng.random() < 0.2:
            prefix, text = telegram(rng, 1000 + i)
            kind = "telegram"
        else:
            prefix, text = memorandum(rng, 200_000 + i)
            kind = "memcon"
        path = folder / f"{prefix}-{kind}-{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
