"""Cost of one document by its size: `python tests/benchmarks/sizes.py`; prints the figures.

A quadratic step in the encoder shows as a cost per 1,000 characters that grows with the size:
one long paragraph (one turn of one speaker) encoded at four sizes up to the line limit, the
date scan of a 40 KB text, and the refusal of a 5 MB line (which must not parse it). These were
timed tests; timings belong here, where they are read, not asserted under a loaded machine.
Not collected by pytest (the name is not test_*).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from edition.dates import find_dates  # noqa: E402
from edition.diagnostics import Reporter  # noqa: E402
from edition.registers import Registers  # noqa: E402
from tests.conftest import encode_text, page  # noqa: E402

SENTENCE = "Cuba [?] and Mikoyan said on the 6th. "
"""38 characters with a gap mark, a name and a date: the inline rules' work in each."""
REPEATS = (300, 600, 1_200, 2_500)
"""Paragraph sizes from about 11,000 to 95,000 characters (the line limit is 100,000)."""
SEED = ROOT / "seeds" / "1962-11-05-memcon-mikoyan-dorticos.txt"


def best_of(runs: int, work) -> float:
    """The shortest of `runs` timings of `work()`, in seconds (the least disturbed)."""
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        timings.append(time.perf_counter() - start)
    return min(timings)


def long_paragraph_rows(registers: Registers) -> list[tuple[int, float]]:
    """(characters, seconds) of encoding one paragraph of each size in `REPEATS`."""
    rows = []
    for repeats in REPEATS:
        text = "A.I. MIKOYAN. " + SENTENCE * repeats
        rows.append((len(text), best_of(3, lambda: encode_text(page(text), registers))))
    return rows


def main() -> None:
    registers = Registers.load(ROOT / "seeds", Reporter())
    print("one long paragraph, encoded (best of 3):")
    print(f"{'chars':>8} {'seconds':>8} {'ms per 1,000 chars':>19}")
    for chars, seconds in long_paragraph_rows(registers):
        print(f"{chars:>8,} {seconds:>8.3f} {1000 * seconds / chars * 1000:>19.2f}")
    text = (SEED.read_text(encoding="utf-8") * 2)[:40_000]
    print(f"date scan of 40,000 characters of the memcon seed: "
          f"{best_of(5, lambda: find_dates(text, '1962-11-05')):.3f} s (best of 5)")
    line = "A.I. MIKOYAN. " + SENTENCE * 130_000
    print(f"a {len(line):,}-character line refused: "
          f"{best_of(3, lambda: encode_text(page(line), registers)):.3f} s (best of 3)")


if __name__ == "__main__":
    main()
