"""Two runs of `python build.py` over unchanged input write byte-identical sites.

Each build is a separate process (about 10 s), so nothing can be shared through memory: the
order of sets and dicts, Pagefind's index, the clock and the output folder's name must all leave
no trace in the files.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def build(out: Path) -> dict[str, str]:
    """Build into `out` and return relative path -> sha256 of every file written."""
    result = subprocess.run([sys.executable, "build.py", "--out", str(out)], cwd=ROOT,
                            capture_output=True, text=True, timeout=600)   # no SOURCE_DATE_EPOCH:
    # tests/conftest.py drops it for every test and the builds they start
    assert result.returncode == 0, f"build.py --out {out} failed:\n{result.stdout}{result.stderr}"
    return {p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(out.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical(tmp_path):
    first = build(tmp_path / "A")
    second = build(tmp_path / "B-other-name")
    assert len(first) > 50, f"the build wrote only {len(first)} files"
    assert first.keys() == second.keys(), (
        f"only in A: {sorted(first.keys() - second.keys())}; "
        f"only in B: {sorted(second.keys() - first.keys())}")
    differing = sorted(name for name in first if first[name] != second[name])
    assert not differing, f"{len(differing)} of {len(first)} files differ: {differing[:20]}"
