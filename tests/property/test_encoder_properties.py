"""Random and mutated documents never break the encoder.

For every document built from a grammar of realistic pieces (tests/property/strategies.py) and
for byte-level mutations of the seeds:
  - no exception escapes `encode_bytes` (a traceback is a bug; nothing is caught here);
  - no word is lost (`words-lost`) unless another error was reported for the document;
  - every error of the encoder has a line number (but for a whole-file one: empty, too large);
  - the TEI is valid (project RELAX NG, Schematron, tei_all, ids, pointers, brackets), or the
    build says where it is not: at least one error, of the encoder or of the validator, names a
    line of the source (what `python build.py` would print before refusing to write the site).

Run: `python -m pytest tests/property -q` (profile `ci`: a fixed, derandomized set of examples
per test, well under a minute). The long run, >= 10,000 examples per test and random each time:
`HYPOTHESIS_PROFILE=long python -m pytest tests/property -q -p no:cacheprovider` (about an hour).
A failure prints the smallest document that fails; paste it into a test in tests/encoder.
"""

from __future__ import annotations

from hypothesis import example, given

from edition.config import Settings
from edition.diagnostics import Reporter, Severity
from edition.overrides import Overrides
from edition.pipeline import encode_bytes
from tests.conftest import page
from tests.property.strategies import SEED_BYTES, mutated_seed, page_dump

WHOLE_FILE_CODES = {"source-empty", "source-too-large", "source-unreadable", "source-name",
                    "source-format"}
"""Errors about the file as a whole: these alone may come without a line number."""


def encode_and_check(data: bytes, registers, validator, provisional: bool = False) -> None:
    reporter = Reporter()
    settings = Settings(provisional_speakers=provisional)
    encoded = encode_bytes(data, "x.txt", "x", registers, settings, Overrides(), reporter)
    errors = [d for d in reporter.diagnostics if d.severity == Severity.ERROR]
    codes = {d.code for d in errors}
    assert not ("words-lost" in codes and codes == {"words-lost"}), [str(d) for d in errors]
    unlocated = [str(d) for d in errors if not d.location.line and d.code not in WHOLE_FILE_CODES]
    assert not unlocated, unlocated
    if encoded is None:
        assert errors, "no TEI and no error"
        return
    known = lambda ref: registers.get(ref) is not None  # noqa: E731
    invalid = [d for d in validator.validate(encoded.tei, "x.txt", known)
               if d.severity == Severity.ERROR]
    located = [d for d in errors + invalid if d.location.line]
    assert not invalid or located, [str(d) for d in invalid]


@given(data=page_dump())
@example(data=page("A.I. MIKOYAN. <script>alert(1)</script> & \"q\" 'q' [?]").encode())
@example(data=b"\xef\xbb\xbf" + page("O. DORTICOS. Yes.\n\n[Ed. note: [UN]").replace("\n", "\r\n").encode())
def test_grammar_documents(data, registers, validator):
    encode_and_check(data, registers, validator)


@given(data=page_dump())
def test_grammar_documents_with_provisional_speakers(data, registers, validator):
    encode_and_check(data, registers, validator, provisional=True)


@given(data=mutated_seed())
@example(data=SEED_BYTES[0])
@example(data=SEED_BYTES[1])
def test_mutated_seeds(data, registers, validator):
    encode_and_check(data, registers, validator)
