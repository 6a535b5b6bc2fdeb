"""A cable typed in capitals: its first sentence before a period is no speaker's label (r11 S3)."""

from __future__ import annotations

import pytest

from tests.conftest import TEI, encode_text, page

CABLE = "Telegram from the Department of State to the Embassy in Moscow"


@pytest.mark.parametrize("paragraph", [
    pytest.param("SECRETARY SAW DOBRYNIN AT NOON. DOBRYNIN SAID MOSCOW WOULD ANSWER TODAY.",
                 id="a small word of a sentence"),
    pytest.param("EMBASSY HAVANA REPORTS CUBAN TROOPS MOVING EAST. NO SIGN OF SOVIET PERSONNEL "
                 "LEAVING.", id="more words than a name"),
    pytest.param("FYI: U THANT WILL GO TO HAVANA OCTOBER 30.", id="FYI"),
])
def test_a_cable_s_sentence_in_capitals_is_text(registers, paragraph):
    """It was a provisional person of that name speaking the rest of the paragraph (an unknown
    speaker's error without --provisional-speakers), the sentence gone from the lines."""
    tei, reporter = encode_text(page(f"{paragraph}\n\nRUSK", date="October 28, 1962",
                                     title=CABLE), registers, provisional=True)
    assert not tei.findall(".//t:sp", TEI)
    assert tei.findtext(".//t:body//t:p", namespaces=TEI).startswith(paragraph.split()[0])
    assert not [d for d in reporter.diagnostics if "speaker" in d.code]


@pytest.mark.parametrize("paragraph, speaker", [
    pytest.param("SECRETARY RUSK. WE WILL WAIT FOR THE REPLY.", "SECRETARY RUSK", id="an office"),
    pytest.param("A.I. MIKOYAN. WE AGREE.", "A.I. MIKOYAN", id="initials"),
])
def test_a_name_in_capitals_still_opens_a_turn_in_a_cable(registers, paragraph, speaker):
    tei, _ = encode_text(page(f"{paragraph}\n\n{paragraph}", date="October 28, 1962",
                              title=CABLE), registers, provisional=True)
    assert [s.text for s in tei.findall(".//t:sp/t:speaker", TEI)] == [speaker, speaker]
