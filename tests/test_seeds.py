"""The two seed documents, measured as the encoder issue asks, and compared with golden TEI files."""

from __future__ import annotations

from collections import Counter

import pytest
from lxml import etree

from edition.checks import lost_words
from edition.config import Settings, load_edition_info
from edition.diagnostics import Reporter, Severity
from edition.pipeline import encode_source
from edition.source import read_source
from edition.tei import serialize
from tests.conftest import ROOT, SEEDS, TEI

MEMO = "1962-11-05-memcon-mikoyan-dorticos"
TELEGRAM = "1962-11-19-telegram-mikoyan-cc-cpsu"
GOLDEN = ROOT / "tests" / "golden"


@pytest.fixture(scope="module")
def encoded(registers):
    reporter = Reporter()
    settings = Settings(edition=load_edition_info(SEEDS, reporter))
    docs = {path.stem: encode_source(path, registers, settings, reporter)
            for path in sorted(SEEDS.glob("*.txt"))}
    assert reporter.count(Severity.ERROR) == 0, [str(d) for d in reporter.diagnostics]
    return docs


def xpath(doc, expression):
    return doc.tei.xpath(expression, namespaces=TEI)


def test_memorandum_has_63_turns_by_speaker(encoded):
    turns = xpath(encoded[MEMO], "//t:sp/@who")
    counts = Counter(who.split("#")[1] for who in turns)
    assert len(turns) == 63
    assert counts == {"mikoyan-anastas": 28, "dorticos-osvaldo": 10, "rodriguez-carlos-rafael": 10,
                      "guevara-ernesto": 10, "alekseev-aleksandr": 5}


def test_memorandum_turns_begin_at_their_labels(encoded):
    for sp in xpath(encoded[MEMO], "//t:sp"):
        first = sp.find("t:p", TEI)
        label_line = sp.sourceline
        assert first.sourceline == label_line


def test_memorandum_notes_opening_stage_and_closing_lines(encoded):
    memo = encoded[MEMO]
    assert len(xpath(memo, "//t:body//t:note[@type='editorial'][not(@place='inline')]")) == 3
    assert all(n.getparent().tag.endswith("sp") for n in xpath(memo, "//t:note[@target]"))
    stages = [" ".join("".join(s.itertext()).split()) for s in xpath(memo, "//t:div/t:stage")]
    assert stages == ["DORTICOS objects.", "GUEVARA objects.",
                      "DORTICOS agrees with Comrade Mikoyan's proposal."]
    in_turns = " ".join("".join(sp.itertext()) for sp in xpath(memo, "//t:sp"))
    for outside in ("After mutual greetings", "expressed his sympathy", "attended the conversation",
                    "Recorded by", "has not looked over"):
        assert outside not in in_turns


def test_memorandum_header(encoded):
    memo = encoded[MEMO]
    assert xpath(memo, "string(//t:idno[@type='record'])") == "110969"
    assert xpath(memo, "string(//t:respStmt[@xml:id='translator']/t:persName)") == "Mark H. Doctoroff"
    assert xpath(memo, "string(//t:keywords[@scheme='#classification']/t:term)") == "Top Secret"
    assert xpath(memo, "string(//t:sourceDesc//t:date/@when)") == "1962-11-05"
    assert "Alekseev and Mikoyan discuss" in xpath(memo, "string(//t:abstract)")
    assert not xpath(memo, "//*[contains(text(), 'Skip to content') or contains(text(), "
                           "'Document Information')]")


def test_telegram_closer_correspondence_and_no_turns(encoded):
    telegram = encoded[TELEGRAM]
    assert not xpath(telegram, "//t:sp")
    assert xpath(telegram, "string(//t:closer/t:dateline/t:date/@when)") == "1962-11-19"
    assert xpath(telegram, "string(//t:closer/t:signed/t:persName/@ref)") == "persons.xml#mikoyan-anastas"
    assert xpath(telegram, "string(//t:respStmt[@xml:id='translator']/t:persName)") == "Svetlana Savranskaya"
    assert "Personal Archive of Sergo Mikoyan" in xpath(telegram, "string(//t:sourceDesc)")
    sent = xpath(telegram, "//t:correspAction[@type='received']/t:orgName/@ref")
    assert sent == ["organizations.xml#cc-cpsu"]


@pytest.mark.parametrize("doc", [MEMO, TELEGRAM])
def test_no_word_lost_and_no_literal_bracket(encoded, doc):
    source = read_source(SEEDS / f"{doc}.txt", Reporter())
    assert lost_words(source, encoded[doc].document.raw, encoded[doc].tei) == []
    assert not [t for t in encoded[doc].tei.itertext() if "[" in t or "]" in t]


@pytest.mark.parametrize("doc", [MEMO, TELEGRAM])
def test_valid_against_project_schema_and_tei_all(encoded, doc, validator, registers):
    found = validator.validate(encoded[doc].tei, doc, lambda ref: registers.get(ref) is not None)
    assert [str(d) for d in found] == []


@pytest.mark.parametrize("doc", [MEMO, TELEGRAM])
def test_golden_tei(encoded, doc, request):
    """Whole-file comparison; `pytest --update-golden` rewrites the files (review the diff)."""
    actual = serialize(etree.fromstring(serialize(encoded[doc].tei)))
    path = GOLDEN / f"{doc}.xml"
    if request.config.getoption("--update-golden"):
        path.write_bytes(actual)
    assert path.exists(), "run pytest --update-golden once to create the golden file"
    assert actual.decode() == path.read_text(encoding="utf-8")
