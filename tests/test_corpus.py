"""Generalization: the dev corpus (other archives' documents in the same layout family) against gold.

The corpus is read from `../shared/corpus/dev` (or `$EDITION_CORPUS`), never copied into the
project: the DraCor scenes are licensed for non-commercial use only.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from lxml import etree

from edition.config import Settings
from edition.diagnostics import Reporter, Severity
from edition.evaluate import score_corpus, turns_in
from edition.overrides import Overrides
from edition.pipeline import encode_bytes
from edition.registers import Registers
from tests.conftest import DEV_CORPUS, SEEDS

CORPUS = Path(os.environ.get("EDITION_CORPUS", DEV_CORPUS))
TEXTS = sorted(CORPUS.glob("**/*.txt"))


def test_the_corpus_is_there():
    assert TEXTS, f"no corpus texts under {CORPUS}: set EDITION_CORPUS or provide ../shared"


@pytest.fixture(scope="module")
def scores():
    return score_corpus(CORPUS, Registers.load(SEEDS, Reporter()))


def test_turns_match_the_gold_answers(scores, capsys):
    gold = sum(s.gold_turns for s in scores)
    found = sum(s.found_turns for s in scores)
    matched = sum(s.matched_turns for s in scores)
    accuracy = matched / max(gold, found, 1)
    with capsys.disabled():
        print(f"\ncorpus turn accuracy: {matched}/{gold} gold turns matched, {found} found "
              f"({accuracy:.1%}) over {len(scores)} documents")
    assert accuracy >= 0.95
    assert all(s.errors == 0 for s in scores), [s for s in scores if s.errors]


def test_no_word_is_lost(scores):
    assert [s.doc for s in scores if s.words_lost] == []


@pytest.mark.parametrize("path", TEXTS, ids=[p.stem for p in TEXTS])
def test_corpus_document_is_valid_tei(path, validator):
    registers = Registers.load(SEEDS, Reporter())
    reporter = Reporter()
    encoded = encode_bytes(path.read_bytes(), path.name, path.stem, registers,
                           Settings(provisional_speakers=True), Overrides(), reporter)
    assert encoded is not None
    found = validator.validate(encoded.tei, path.name, lambda ref: registers.get(ref) is not None)
    errors = [str(d) for d in reporter.diagnostics + found if d.severity == Severity.ERROR]
    assert errors == []


def test_a_turn_without_a_speaker_label_is_scored_with_an_empty_label():
    """An override may give a paragraph to a person: its `sp` has no `speaker`."""
    tei = etree.fromstring('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><div>'
                           '<sp who="persons.xml#x"><p n="1">They went on.</p></sp>'
                           '</div></body></text></TEI>')
    assert turns_in(tei) == [("persons.xml#x", "", "They went on.")]


def test_a_turn_is_read_as_the_page_reads_it():
    """A line break in a speaker label or an utterance reads as a space (`breaks.spaced_text`);
    the score, which compares letters and digits only, is the same either way."""
    tei = etree.fromstring('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><div>'
                           '<sp who="persons.xml#x"><speaker>A.I.<lb/>MIKOYAN.</speaker>'
                           '<p n="1">Good<lb/>evening,\n  com<lb break="no"/>rades.</p></sp>'
                           '</div></body></text></TEI>')
    assert turns_in(tei) == [("persons.xml#x", "A.I. MIKOYAN.", "Good evening, comrades.")]
