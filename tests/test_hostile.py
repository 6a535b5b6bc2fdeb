"""Hostile input: markup in sources is text, file names cannot escape the site, huge files are refused.

The site is built with the command line (`python build.py --seeds <tmp> --out <tmp>`), as a
user would. Whether a browser runs any injected script is checked in
tests/browser/test_hostile_scripts.py, on the same seeds (`hostile_seeds` in tests/helpers.py).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from edition import pipeline
from tests.conftest import ROOT, SEEDS, TEI, body_xml, build_py, encode_text, page
from tests.helpers import HOSTILE_DOC, PAYLOADS, RECORD_ID, REGISTERS, hostile_seeds


def run_build(seeds: Path, out: Path) -> subprocess.CompletedProcess:
    return build_py("--seeds", str(seeds), "--out", str(out))


def listing(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    seeds = hostile_seeds(root / "seeds")
    before = listing(root)
    result = run_build(seeds, root / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    made = {p for p in listing(root) - before
            if not p.startswith(("site", ".edition-cache"))}
    assert made == set(), f"the build wrote outside its output folder: {sorted(made)}"
    return root / "site"


def test_markup_in_a_source_stays_text_in_the_tei(hostile_site):
    tei = etree.parse(str(hostile_site / "tei" / f"{HOSTILE_DOC}.xml"),
                      etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    names = {etree.QName(e).localname for e in tei.iter() if isinstance(e.tag, str)}
    assert not names & {"script", "img", "svg", "b"}
    text = "".join(tei.itertext())
    for payload in PAYLOADS:
        assert payload in text, payload
    assert RECORD_ID in tei.xpath("string(//t:idno[@type='record'])", namespaces=TEI)
    raw = (hostile_site / "tei" / f"{HOSTILE_DOC}.xml").read_text(encoding="utf-8")
    assert "&lt;script&gt;window.__pwned = 1" in raw and "&amp;amp;" in raw


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_markup_in_a_source_is_escaped_in_every_page(hostile_site):
    pages = html_pages(hostile_site)
    assert len(pages) > 10
    shown_on = []
    for path in pages:
        raw = path.read_text(encoding="utf-8")
        for needle in ("<script>window.__pwned", "<script>alert", "<img src=x", "<svg onload",
                       "<b>bold</b>"):
            assert needle not in raw, f"{path.relative_to(hostile_site)} holds {needle!r} unescaped"
        doc = lxml.html.fromstring(raw)
        for script in doc.iter("script"):
            code = script.text or ""
            if "json" in (script.get("type") or ""):   # data (JSON-LD, CSL-JSON): `<` escaped
                assert "<" not in code, f"{path.relative_to(hostile_site)}: raw '<' in JSON"
            else:
                assert "pwned" not in code and "alert(" not in code, \
                    f"{path.relative_to(hostile_site)}: a <script> holds text of the source"
        for element in doc.iter():
            if not isinstance(element.tag, str):
                continue
            for name, value in element.attrib.items():
                assert not (name.lower().startswith("on") and "alert" in value), (path, name)
                assert not value.strip().lower().startswith("javascript:"), (path, name, value)
        if "window.__pwned = 1; alert(1)" in doc.text_content():
            shown_on.append(path.name)
    assert f"{HOSTILE_DOC}.html" in shown_on, "the document page does not show the text as text"


def test_other_files_of_the_site_hold_no_raw_markup(hostile_site):
    """JSON and JS data of the site (search, citations) escape `<` too; plain-text reports may not."""
    for path in hostile_site.rglob("*"):
        if path.suffix in (".json", ".js", ".xml", ".css", ".csv", ".bib"):
            raw = path.read_bytes()
            assert b"<script>window.__pwned" not in raw, path.relative_to(hostile_site)


BAD_STEMS = ("..%2F..%2Fetc%2Fpasswd", "my document", "dökument", "a'b\"c", "<script>", "%2e%2e",
             "-")


def test_a_file_name_that_is_no_safe_document_id_is_an_error(tmp_path):
    seeds = hostile_seeds(tmp_path / "seeds")
    for stem in BAD_STEMS:
        shutil.copy(seeds / f"{HOSTILE_DOC}.txt", seeds / f"{stem}.txt")
    out = tmp_path / "site"
    before = listing(tmp_path)
    result = run_build(seeds, out)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    for stem in BAD_STEMS:
        assert f"{stem}.txt: error: the file name {stem!r} cannot be a document id" in result.stderr
    assert result.stderr.count("[source-name]") == len(BAD_STEMS)
    assert {p for p in listing(tmp_path) - before if not p.startswith(".edition-cache")} == set()


def peak_rss_of_build(seeds: Path, out: Path) -> tuple[int, str, float]:
    """(peak RSS in KiB, stderr, seconds) of one `build.py` run, measured in a fresh process."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "start = time.monotonic()\n"
        "r = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "took = time.monotonic() - start\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(peak, took, r.returncode)\n"
        "sys.stderr.write(r.stderr)\n")
    result = subprocess.run([sys.executable, "-c", probe, sys.executable, str(ROOT / "build.py"),
                             "--seeds", str(seeds), "--out", str(out)],
                            capture_output=True, text=True, cwd=ROOT, timeout=900)
    peak, took, code = result.stdout.split()
    assert code == "1", result.stderr
    return int(peak), result.stderr, float(took)


def test_a_50_mb_file_is_refused_without_being_read(tmp_path):
    seeds = hostile_seeds(tmp_path / "seeds")
    size = 50 * 1024 * 1024
    with open(seeds / "huge.txt", "wb") as handle:
        handle.write(page("A.I. MIKOYAN. Yes.").encode())
        handle.truncate(size)   # a sparse file: the test does not need 50 MB of memory itself
    peak, stderr, _ = peak_rss_of_build(seeds, tmp_path / "site")
    assert f"huge.txt: error: file is {size:,} bytes; the limit is" in stderr
    assert "[source-too-large]" in stderr and "Traceback" not in stderr
    assert peak < 45 * 1024 + baseline_rss(tmp_path), f"peak RSS {peak} KiB: the file was read"


def baseline_rss(tmp_path: Path) -> int:
    """Peak RSS (KiB) of a build that fails at once: an empty source file, nothing else read."""
    seeds = tmp_path / "baseline"
    seeds.mkdir()
    for name in REGISTERS:
        shutil.copy(SEEDS / name, seeds / name)
    (seeds / "empty.txt").write_bytes(b"")
    peak, stderr, _ = peak_rss_of_build(seeds, tmp_path / "baseline-site")
    assert "[source-empty]" in stderr
    return peak


def test_a_5_mb_line_is_refused_with_its_line_before_it_is_parsed(registers, monkeypatch):
    """Refused where the source is read: nothing of it is parsed (its time: benchmarks/sizes.py)."""
    def parsed(*args):
        raise AssertionError("a refused source was parsed")
    monkeypatch.setattr(pipeline, "read_document", parsed)
    line = "A.I. MIKOYAN. " + "Cuba [?] and Mikoyan said on the 6th. " * 130_000
    tei, reporter = encode_text(page(line), registers)
    assert tei is None
    assert [str(d) for d in reporter.diagnostics] == [
        f"x.txt:5: error: line is {len(line):,} characters long; the limit is 100,000 "
        "(is this a transcription?) [source-line-too-long]"]


def test_a_long_paragraph_under_the_limit_is_encoded_whole(registers):
    """95,000 characters in one turn: every gap mark, name and date encoded (whether its cost
    grows linearly with its length is printed by tests/benchmarks/sizes.py)."""
    text = "A.I. MIKOYAN. " + "Cuba [?] and Mikoyan said on the 6th. " * 2_500
    tei, reporter = encode_text(page(text), registers)
    assert tei is not None and not reporter.failed()
    turn = tei.find(".//t:sp/t:p", TEI)
    assert [len(turn.findall(f"t:{tag}", TEI)) for tag in ("unclear", "persName", "date")] \
        == [2_500, 2_500, 2_500]


REFUSED = {
    "bell": (page("A.I. MIKOYAN. Bell\x07 rang.").encode(),
             "bell.txt:5:19: error: character U+0007 is not allowed in text [source-control-char]"),
    "null": (page("A.I. MIKOYAN. Null\x00.").encode(),
             "null.txt:5:19: error: character U+0000 is not allowed in text [source-control-char]"),
    "nonchar": (page("A.I. MIKOYAN. Not XML \ufffe.").encode(),
                "nonchar.txt:5:23: error: character U+FFFE is not allowed in text "
                "[source-control-char]"),
    "cp1252": (page("A.I. MIKOYAN. “Smart” quotes.").encode("cp1252"),
               "cp1252.txt:5:15: error: byte 0x93 is not UTF-8; save the file as UTF-8 (it may be "
               "Latin-1 or Windows-1252) [source-encoding]"),
    "latin-1": (page("A.I. MIKOYAN. Dorticós.").encode("latin-1"),
                "latin-1.txt:5:21: error: byte 0xF3 is not UTF-8"),
    "long": (page("A.I. MIKOYAN. " + "Cuba said it. " * 400_000).encode(),
             "long.txt:5: error: line is 5,600,014 characters long; the limit is 100,000"),
}


def test_control_characters_other_encodings_and_long_lines_are_refused_with_their_place(tmp_path):
    seeds = hostile_seeds(tmp_path / "seeds")
    for name, (data, _) in REFUSED.items():
        (seeds / f"{name}.txt").write_bytes(data)
    result = run_build(seeds, tmp_path / "site")
    assert result.returncode == 1, result.stderr
    for _, message in REFUSED.values():
        assert message in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "site").exists()


def test_a_form_feed_is_a_page_break_no_text(registers):
    """Review round 11 (M13): the form feed pdftotext puts before each page's first line failed
    the whole build as a control character; it is no text: dropped there, a space inside a line,
    and the words and their lines are as without it."""
    text = page("A.I. MIKOYAN. First.\n\nO. DORTICOS. Second,\nsame paragraph.")
    expected, _ = encode_text(text, registers)
    fed = text.replace("O. DORTICOS", "\fO. DORTICOS").replace("Second,", "Second,\f")
    tei, reporter = encode_text(fed, registers)
    assert not reporter.failed(), [str(d) for d in reporter.diagnostics]
    assert body_xml(tei) == body_xml(expected)


def test_crlf_and_a_bom_encode_as_lf_does(registers):
    text = page("A.I. MIKOYAN. First.\n\nO. DORTICOS. Second,\nsame paragraph.")
    expected, _ = encode_text(text, registers)
    for variant in (text.replace("\n", "\r\n"), "\ufeff" + text, "\ufeff" + text.replace("\n", "\r")):
        tei, reporter = encode_text(variant, registers)
        assert not reporter.failed(), [str(d) for d in reporter.diagnostics]
        assert body_xml(tei) == body_xml(expected)
        assert re.search(r'n="2" xml:id="L2">Second, same paragraph\.', body_xml(tei))
