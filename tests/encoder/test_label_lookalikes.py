"""Openings shaped like a speaker's label that name no one who speaks: a salutation in capitals,
a place before a period, a papal signature, a decision of minutes (review round 13)."""

import pytest

from tests.conftest import encode_text, page

LETTER = "Letter from Khrushchev to Kennedy"


def turns(tei) -> list[tuple[str, str]]:
    """(who, speaker) of each turn of the document."""
    return [(sp.get("who"), sp.findtext("{*}speaker")) for sp in tei.iter("{*}sp")]


@pytest.mark.parametrize("salute", [
    "DEAR MR. PRESIDENT:", "QUOTE DEAR MR. PRESIDENT:", "DEAR COMRADE KHRUSHCHEV:", "DEAR SIR:",
    "MY DEAR MR. PRIME MINISTER,"])
def test_a_salutation_in_capitals_is_the_salute(salute, registers):
    """Review 13 S3: `DEAR MR. PRESIDENT:` was the label "DEAR MR" whose turn was the whole
    letter (without --provisional-speakers the build failed); `DEAR SIR:` a heading."""
    body = f"{salute}\n\nI have received your letter.\n\nSincerely,\n\nN. KHRUSHCHEV"
    tei, _ = encode_text(page(body, title=LETTER), registers, provisional=True)
    assert turns(tei) == []
    assert [s.xpath("string()") for s in tei.iterfind(".//{*}opener/{*}salute")] == [salute]


def test_a_courtesy_title_inside_a_label_in_capitals_is_not_its_end(registers):
    """Review 13 S3: `SECRETARY MR. RUSK:` was the label "SECRETARY MR", `RUSK:` its words."""
    body = "SECRETARY MR. RUSK: Yes.\n\nMR. GROMYKO: No."
    tei, _ = encode_text(page(body, title="Memorandum of Conversation"), registers,
                         provisional=True)
    assert [speaker for _, speaker in turns(tei)] == ["SECRETARY MR. RUSK", "MR. GROMYKO"]
