"""edition.toml: what each setting becomes, and the diagnostic, at its line, for what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from edition.config import DEFAULTS, load_edition_info
from edition.diagnostics import Reporter

GOOD = 'title = "Letters"\nrelease_date = "2026-11-22"\nbase_url = "https://example.org/x/"\n'

CASES = {  # edition.toml -> (settings read, diagnostics)
    "good": (GOOD, {"title": "Letters", "release_date": "2026-11-22",
                    "base_url": "https://example.org/x/"}, []),
    "a TOML date": ("release_date = 2026-11-22\n", {"release_date": "2026-11-22"}, []),
    "base_url without its slash": ('base_url = "https://example.org/xtei"\n',
                                   {"base_url": "https://example.org/xtei/"}, []),
    "a date in words": (
        'title = "Letters"\nrelease_date = "22 November 2026"\n', {"title": "Letters"},
        ["edition.toml:2:1: error: release_date must be a date written YYYY-MM-DD (e.g. "
         "2026-11-22), not '22 November 2026' [config-value]"]),
    "no such day": ('release_date = "2026-02-30"\n', {},
                    ["edition.toml:1:1: error: release_date must be a date written YYYY-MM-DD "
                     "(e.g. 2026-11-22), not '2026-02-30' [config-value]"]),
    "a date and time": ("release_date = 2026-11-22T10:00:00\n", {},
                        ["edition.toml:1:1: error: release_date must be a string in quotes, "
                         "not a date and time [config-type]"]),
    "an array": ('\n  title = ["a", "b"]\n', {},
                 ["edition.toml:2:3: error: title must be a string in quotes, not an array "
                  "[config-type]"]),
    "a number": ("version = 1\n", {},
                 ["edition.toml:1:1: error: version must be a string in quotes, not an integer "
                  "[config-type]"]),
    "unknown": ('titel = "x"\n', {},
                ["edition.toml:1:1: warning: unknown setting 'titel' [config-unknown]"]),
    "syntax": ('title = "a"\nversion = 0.1.0\n', {},
               ["edition.toml:2:14: error: cannot read edition settings: Expected newline or "
                "end of document after a statement [config-syntax]"]),
}


@pytest.mark.parametrize("name", CASES)
def test_edition_toml(name, tmp_path, monkeypatch):
    text, expected, diagnostics = CASES[name]
    (tmp_path / "edition.toml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    reporter = Reporter()
    info = load_edition_info(Path("."), reporter)
    assert [str(d) for d in reporter.diagnostics] == diagnostics
    for key, value in vars(DEFAULTS).items():
        assert getattr(info, key) == expected.get(key, value), key


def test_a_missing_edition_toml_says_the_defaults_are_used(tmp_path):
    reporter = Reporter()
    assert load_edition_info(tmp_path, reporter) == DEFAULTS
    assert [str(d) for d in reporter.diagnostics] == [
        f"{tmp_path}/edition.toml: warning: not found: the defaults are used (title 'A Digital "
        "Edition', base_url https://example.org/, release_date 1970-01-01) [config-missing]"]
