"""Openings shaped like a speaker's label that name no person: a report's fields, a role, a voice."""

import pytest

from edition.record_fields import heads_a_field_phrase
from tests.conftest import body_xml, encode_text, page

REPORT_HEAD = "COUNTRY: Cuba/USSR\n\nSUBJECT: Mikoyan's Talks\n\nDATE OF INFO: 5-10 November 1962" \
    "\n\nPLACE & DATE ACQ: Havana (11 November 1962)\n\nSOURCE: [1 line not declassified]\n\n" \
    "1. On 5 November Mikoyan met Dorticos."


def test_an_intelligence_reports_head_fields_are_no_speakers(registers):
    """Review round 6 (1962-11-13-cia-report-havana-redacted.txt:15-16): `DATE OF INFO:` was a
    provisional person's turn, warned as a speaker not in the register, and `PLACE & DATE ACQ:`
    a paragraph of it; both are fields of the report's head, as `COUNTRY:` is."""
    tei, reporter = encode_text(page(REPORT_HEAD, title="Information Report"), registers,
                                provisional=True)
    assert reporter.diagnostics == []
    assert list(tei.iter("{*}sp")) == []
    body = body_xml(tei)
    assert '<p n="3" xml:id="L3">DATE OF INFO: <date' in body
    assert '<p n="4" xml:id="L4">PLACE &amp; DATE ACQ: ' in body


@pytest.mark.parametrize("head, field", [
    ("DATE OF INFO", True), ("Date of Info.", True), ("PLACE & DATE ACQ", True),
    ("Date of birth", False), ("DATE", False), ("MR. PLACE", False)])
def test_a_field_phrase_is_the_whole_head(head, field):
    assert heads_a_field_phrase(head) is field


def test_a_speaker_whose_name_is_a_field_word_still_speaks(registers):
    """Only the whole phrase is a field: `MR. PLACE:` is a speaker's label."""
    tei, _ = encode_text(page("MR. PLACE: We agree.\n\nA.I. MIKOYAN: Good."), registers,
                         provisional=True)
    assert [sp.findtext("{*}speaker") for sp in tei.iter("{*}sp")] == ["MR. PLACE", "A.I. MIKOYAN"]
