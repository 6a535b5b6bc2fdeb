"""edition.toml: what each setting becomes, and the diagnostic, at its line, for what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from edition.config import DEFAULTS, Settings, load_edition_info
from edition.diagnostics import Reporter
from tests.conftest import TEI, encode_text, page

GOOD = 'title = "Letters"\nrelease_date = "2026-11-22"\nbase_url = "https://example.org/x/"\n'

def base_url_refused(value: str) -> tuple[str, dict, list[str]]:
    """The case of an edition.toml whose base_url is `value`, which is refused."""
    return (f'base_url = "{value}"\n', {}, [
        "edition.toml:1:1: error: base_url must be the web address the site is published at, "
        "starting with https:// or http:// (e.g. https://example.org/edition/), not "
        f"'{value}' [config-value]"])


CASES = {  # edition.toml (text or bytes) -> (settings read, diagnostics)
    "good": (GOOD, {"title": "Letters", "release_date": "2026-11-22",
                    "base_url": "https://example.org/x/"}, []),
    "a TOML date": ("release_date = 2026-11-22\n", {"release_date": "2026-11-22"}, []),
    "base_url without its slash": ('base_url = "https://example.org/xtei"\n',
                                   {"base_url": "https://example.org/xtei/"}, []),
    "base_url without its scheme": base_url_refused("example.org/mikoyan"),
    "base_url with a character no URL holds": base_url_refused("https://example.org/a<b>/"),
    "base_url with a query": base_url_refused("https://example.org/x?y=1"),
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
    "editors": ('editors = ["Jane  Doe", "John Roe"]\n', {"editors": ("Jane Doe", "John Roe")},
                []),
    "no editors": ("editors = []\n", {"editors": ()}, []),
    "editors as one string": (
        'editors = "Jane Doe and John Roe"\n', {},
        ['edition.toml:1:1: error: editors must be an array of names in quotes (e.g. editors = '
         '["Jane Doe", "John Roe"]), not a string [config-type]']),
    "an editor not a string": (
        '\neditors = ["Jane Doe", 2]\n', {},
        ['edition.toml:2:1: error: editors must be an array of names in quotes (e.g. editors = '
         '["Jane Doe", "John Roe"]): name 2 is an integer [config-type]']),
    "an empty editor": ('editors = [" "]\n', {},
                        ["edition.toml:1:1: error: editors: name 1 is empty [config-value]"]),
    "unknown": ('titel = "x"\n', {},
                ["edition.toml:1:1: warning: unknown setting 'titel' [config-unknown]"]),
    "syntax": ('title = "a"\nversion = 0.1.0\n', {},
               ["edition.toml:2:14: error: cannot read edition settings: more follows the "
                "value: write one `key = value` on each line, and text in double quotes "
                "[config-syntax]"]),
    "a byte-order mark": ("\ufeff" + GOOD, {"title": "Letters", "release_date": "2026-11-22",
                                            "base_url": "https://example.org/x/"}, []),
    "a key set twice": ('title = "a"\n# again\n  title = "b"\n', {},
                        ["edition.toml:3:3: error: cannot read edition settings: 'title' is set "
                         "twice (first on line 1): keep one of them [config-syntax]"]),
    "an unclosed quote": ('title = "Letters\nversion = "1"\n', {},
                          ["edition.toml:1:17: error: cannot read edition settings: the quotes "
                           "are not closed on this line: add the closing quote [config-syntax]"]),
    "an unclosed quote at the end": ("title = 'Letters", {},
                                     ["edition.toml: error: cannot read edition settings: the "
                                      "quotes are not closed before the end of the file: add "
                                      "the closing quote [config-syntax]"]),
    "a bare word": ("title = Letters\n", {},
                    ["edition.toml:1:9: error: cannot read edition settings: the value cannot be "
                     "read: write text in double quotes (\"...\") and numbers in digits "
                     "[config-syntax]"]),
    "UTF-16": (GOOD.encode("utf-16"), {},
               ["edition.toml: error: cannot read edition settings: the file seems to be UTF-16 "
                "text (it starts with a UTF-16 byte-order mark), not UTF-8 plain text: save it "
                "again as UTF-8 (in most editors: Save As, encoding UTF-8) [config-syntax]"]),
}


@pytest.mark.parametrize("name", CASES)
def test_edition_toml(name, tmp_path, monkeypatch):
    text, expected, diagnostics = CASES[name]
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    (tmp_path / "edition.toml").write_bytes(data)
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


@pytest.mark.parametrize("toml", ['release_date = "2026-11-01"\n', None])
def test_source_date_epoch_is_the_release_date_of_every_header_and_page(toml, tmp_path,
                                                                         monkeypatch, registers):
    """One date where edition.toml is read: the TEI headers gave edition.toml's while the
    corpus, CMIF and citations gave SOURCE_DATE_EPOCH's (session 20, h10)."""
    if toml:
        (tmp_path / "edition.toml").write_text(toml, encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")   # 2023-11-14
    settings = Settings(edition=load_edition_info(tmp_path, Reporter()))
    assert settings.build_date == settings.edition.release_date == "2023-11-14"
    tei, _ = encode_text(page("A.I. MIKOYAN. Yes."), registers, settings=settings)
    assert tei.xpath("//t:publicationStmt/t:date[@type='release']/@when", namespaces=TEI) \
        == ["2023-11-14"]
