"""edition.toml: what each setting becomes, and the diagnostic, at its line, for what is wrong."""

from __future__ import annotations

from pathlib import Path

from edition.config import load_edition_info
from edition.diagnostics import Reporter


def test_a_toml_syntax_error_is_located_at_its_line_and_column(tmp_path, monkeypatch):
    (tmp_path / "edition.toml").write_text('title = "a"\nversion = 0.1.0\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    reporter = Reporter()
    load_edition_info(Path("."), reporter)
    assert [str(d) for d in reporter.diagnostics] == [
        "edition.toml:2:14: error: cannot read edition settings: Expected newline or end of "
        "document after a statement [config-syntax]"]
