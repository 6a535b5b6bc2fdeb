"""The review documents: new kinds of source written for a review of the encoder (session 21's
round 6, `tests/data/review/`: a protocol, a diary, a chain of cables, a note verbale, an oral
history, a press conference, a German and a Hungarian report, a table, a redacted report ...),
and ordinary documents written near the triggers of that session's new rules to catch them
misfiring (`tests/data/probe/`), and session 22's round 8 (`tests/data/round8/`: a head of
state's letter, a telephone transcript, ExComm minutes, a memorandum for the record with
attachments, an intelligence bulletin, a CC CPSU instruction, a radio address, a Spanish and a
Russian original, a Yugoslav cable, a letter with marginalia, a memcon with mixed-case labels) and session 23's round 9 (`tests/data/round9/`: two
telegrams on one page, a letter with a postscript and an enclosure, a report with numbered
paragraphs and sub-points, memcons whose speakers are named by office or by delegation, a German
original, handwritten notes with deletions and page breaks, a chronology dated by a range, a
translation from Chinese with footnotes, dated `Late October 1962`) and session 24's round 10
(`tests/data/round10/`: a telephone memorandum with times, a Security Council verbatim record, a
diary of dated entries, a circular telegram, a Spanish letter, a memorandum with a table of
ships, nested editorial brackets, a KGB report with its cover sheet, a conversation mixing the
forms of names) and session 25's round 11 (`tests/data/round11/`: a numbered letter with OCR
page furniture, a press conference, a speech, a Presidium protocol, a memorandum with
attachments, a Spanish and a German report, a cable in capitals, a record naming `Kastro`, a
one-line note, a telegram without its information block) and session 26's round 12
(`tests/data/round12/`: a Polish embassy report from Peking, Brazilian and Mexican cables, a U
Thant aide-mémoire, a CIA daily summary, a Pliyev report, a Kennedy-Macmillan telephone
transcript, a letter with a postscript in another hand, a diary across New Year 1963, a record
whose speakers are named by initials) and session 27's round 13 (`tests/data/round13/`: a
French telegram, an Italian telegram from Ankara, a papal radio message, an FBIS transcript, a
naval report of the quarantine, SED Politburo minutes, a Hungarian report with footnotes, a
letter quoting a whole letter, an ExComm tape transcript, a Renmin Ribao editorial), each encoded with the seeds' registers as a first pass over new
material would be (`--provisional-speakers`): no error (a word lost is one, `words-lost`), valid
TEI (edition.rng, edition.sch and tei_all). What each of them taught the encoder is pinned in
`tests/encoder/`; here they guard against a rule that makes any of them fail as a whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from edition.config import Settings
from edition.diagnostics import Reporter, Severity
from edition.overrides import Overrides
from edition.pipeline import encode_bytes

DATA = Path(__file__).parent / "data"
FOLDERS = {"review": 14, "probe": 24, "round8": 12, "round9": 10, "round10": 9, "round11": 11,
           "round12": 10, "round13": 10}
SOURCES = sorted(path for folder in FOLDERS for path in (DATA / folder).glob("*.txt"))


@pytest.mark.parametrize("folder, count", FOLDERS.items())
def test_the_folder_holds_its_documents(folder, count):
    assert len(list((DATA / folder).glob("*.txt"))) == count


@pytest.mark.parametrize("source", SOURCES, ids=[f"{path.parent.name}/{path.stem}" for path in SOURCES])
def test_a_review_document_encodes_whole_and_valid(source, registers, validator):
    reporter = Reporter()
    with registers.own_provisional_persons():
        encoded = encode_bytes(source.read_bytes(), source.name, source.stem, registers,
                               Settings(provisional_speakers=True), Overrides(), reporter)
        assert encoded is not None
        problems = validator.validate(encoded.tei, source.name,
                                      lambda ref: registers.get(ref) is not None)
    assert [str(d) for d in reporter.diagnostics if d.severity is Severity.ERROR] == []
    assert [str(d) for d in problems] == []
    assert validator.tei_all.validate(encoded.tei), validator.tei_all.error_log
