"""Speaker analytics: the CSV and JSON numbers are the TEI's; the page shows them accessibly."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections import Counter

import pytest
from lxml import etree, html

from edition.collect import collect_document
from tests.conftest import encode_text, page

from ..site.conftest import broken_links
from .conftest import MEMO, TEI_NS

MEMO_TURNS = {"mikoyan-anastas": 28, "dorticos-osvaldo": 10, "rodriguez-carlos-rafael": 10,
              "guevara-ernesto": 10, "alekseev-aleksandr": 5}


def _turns_in_tei(site) -> Counter:
    tei = etree.parse(str(site / f"tei/{MEMO}.xml"))
    return Counter(who.rpartition("#")[2] for who in tei.xpath("//t:sp/@who", namespaces=TEI_NS))


def _rows(site, name):
    return list(csv.DictReader(io.StringIO((site / f"downloads/{name}").read_text("utf-8"))))


def test_speakers_csv_counts_the_turns_of_the_tei(site):
    assert _turns_in_tei(site) == MEMO_TURNS
    rows = _rows(site, "speakers.csv")
    assert {r["person_id"]: int(r["turns"]) for r in rows} == MEMO_TURNS
    assert {r["document_id"] for r in rows} == {MEMO} and {r["date"] for r in rows} == {"1962-11-05"}
    assert all(int(r["words"]) > 0 for r in rows)
    mikoyan = next(r for r in rows if r["person_id"] == "mikoyan-anastas")
    assert mikoyan["name"] == "Anastas Ivanovich Mikoyan"


def test_speakers_json_agrees_with_the_csv(site):
    data = json.loads((site / "downloads/speakers.json").read_text("utf-8"))
    rows = {r["person_id"]: r for r in _rows(site, "speakers.csv")}
    assert [s["id"] for s in data["speakers"]][0] == "mikoyan-anastas"  # most words first
    for speaker in data["speakers"]:
        row = rows[speaker["id"]]
        assert speaker["turns"] == int(row["turns"]) == MEMO_TURNS[speaker["id"]]
        assert speaker["words"] == int(row["words"])
        assert speaker["documents"] == [{"document": MEMO, "date": "1962-11-05",
                                         "turns": int(row["turns"]), "words": int(row["words"])}]
    assert len(data["copresence"]) == 10  # 5 speakers of one document: every pair once


def test_copresence_csv_pairs_every_two_speakers_of_a_document(site):
    rows = _rows(site, "copresence.csv")
    pairs = {(r["person_a_id"], r["person_b_id"]) for r in rows}
    speakers = sorted(MEMO_TURNS)
    assert pairs == {(a, b) for a in speakers for b in speakers if a < b}
    assert all(r["documents"] == "1" and r["document_ids"] == MEMO for r in rows)


def test_analytics_page_has_an_accessible_matrix_and_the_numbers(site):
    page = html.fromstring((site / "analytics.html").read_bytes())
    rows, svg = page.xpath("//svg")   # the row labels apart, kept in view (see matrix)
    assert svg.get("role") == "img" and rows.get("aria-hidden") == "true"
    labelled = svg.get("aria-labelledby").split()
    assert [page.get_element_by_id(i).tag for i in labelled] == ["title", "desc"]
    assert "Osvaldo Dorticós and Ernesto Guevara: 1 document;" in svg.xpath("string(desc)")
    assert rows.xpath("text/text()").count("Anastas Ivanovich Mikoyan") == 1
    labels = svg.xpath("text/text()")
    assert labels.count("Anastas Ivanovich Mikoyan") == 1  # the column
    assert labels.count("1") == 25  # 5 × 5 cells
    assert not page.xpath("//svg//script | //svg//@*[starts-with(name(), 'on')]")
    totals = {row.xpath("string(th)"): row.xpath("td/text()")
              for row in page.xpath("//section[@aria-labelledby='totals-heading']//tbody/tr")}
    # 3800: the colon of `(To Alekseev): Don't` is the paragraph's since the direction keeps its
    # parentheses in @rend (session 20, h2), and, standing alone, is no word (`collect.word_count`:
    # 3801 while it counted, session 20, h15)
    assert totals["Anastas Ivanovich Mikoyan"] == ["28", "3800", "1"]
    assert page.xpath("//a[@href='downloads/speakers.csv']")


def test_analytics_is_linked_from_downloads_and_about(site):
    for name in ("downloads.html", "about.html"):
        assert html.fromstring((site / name).read_bytes()).xpath("//a[@href='analytics.html']"), name


def test_downloads_page_lists_every_file_with_size_and_sha256(site):
    page = html.fromstring((site / "downloads.html").read_bytes())
    rows = {row.xpath("string(.//a/@href)"): row for row in page.xpath("//table//tbody/tr")}
    files = sorted(p for folder in ("tei", "schemas", "downloads")
                   for p in (site / folder).rglob("*") if p.is_file())
    assert len(files) == 15
    assert sorted(rows) == sorted(p.relative_to(site).as_posix() for p in files)
    for path in files:
        row = rows[path.relative_to(site).as_posix()]
        data = path.read_bytes()
        assert row.xpath("string(.//data[@class='size']/@value)") == str(len(data))
        assert row.xpath("string(.//code[@class='sha256'])") == hashlib.sha256(data).hexdigest()
        assert row.xpath(".//a[@download]")


def test_site_with_exports_has_no_broken_links(site):
    assert broken_links(site) == []  # a whole build: search.html finds its pagefind/ too


def test_human_size():
    from edition.render.pages import human_size
    assert [human_size(n) for n in (0, 1023, 1024, 41066, 3 * 1024 * 1024)] == [
        "0\u00a0bytes", "1023\u00a0bytes", "1.0\u00a0KB", "40.1\u00a0KB", "3.0\u00a0MB"]


@pytest.mark.parametrize("turn, words", [
    ("A.I. MIKOYAN. Yes, we agree.", 3),
    ("A.I. MIKOYAN. We agree -- with “ reservations ” : none.", 5),   # `--`, `“`, `”`, `:`
    ("A.I. MIKOYAN. The 42 bombers . . . will go; all 42.", 7),   # a digit is a word, `.` none
    ("A.I. MIKOYAN. Да , мы согласны — полностью.", 4),   # any script's letters
], ids=["words", "lone punctuation", "digits and dots", "cyrillic"])
def test_a_speakers_words_are_tokens_with_a_letter_or_digit(turn, words, registers):
    """The words of the turns (speakers.csv, the charts, an entry's page) count no dash, quotation
    mark or colon standing alone: the review's 14 documents counted 54 of them."""
    tei, _ = encode_text(page(turn), registers)
    [stat] = collect_document("x", tei, registers)[0].record.speakers
    assert (stat.entry_id, stat.turns, stat.words) == ("mikoyan-anastas", 1, words)
