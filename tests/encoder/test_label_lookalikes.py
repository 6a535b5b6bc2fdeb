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


MINUTES = "Minutes of the Meeting of the SED Politburo"


@pytest.mark.parametrize("word", ["Resolution", "RESOLUTION", "Beschluss", "Agreed", "Adopted"])
def test_a_decision_of_the_minutes_is_no_speaker(word, registers):
    """Review 13 S9: `Resolution: The report is approved unanimously.` was the turn of a
    provisional person "Resolution", who took the next agenda item into it; without
    --provisional-speakers the build failed. `Decision:`, `Resolved:` were text already."""
    body = (f"Comrade Ulbricht reported.\n\n{word}: The report is approved unanimously.\n\n"
            f"On item 2:\n\nComrade Stoph reported.\n\n{word}: Approved (6 votes for).")
    tei, reporter = encode_text(page(body, title=MINUTES), registers, provisional=True)
    assert turns(tei) == [] and not reporter.diagnostics
    assert len(tei.findall(".//{*}body//{*}p")) == 5


def test_the_chair_of_the_minutes_is_a_field_and_the_chairman_speaks(registers):
    """Review 13 S9: `Chair: Comrade Ulbricht.` was warned as an unread speaker label "Chair";
    `The Chairman:` stays a speaker's label."""
    body = ("Present: Comrades Ulbricht, Grotewohl.\n\nChair: Comrade Ulbricht.\n\n"
            "The Chairman: The meeting is open.\n\nComrade Stoph reported.")
    tei, reporter = encode_text(page(body, title=MINUTES), registers, provisional=True)
    assert [speaker for _, speaker in turns(tei)] == ["The Chairman"]
    assert "speaker-unread" not in [d.code for d in reporter.diagnostics]


@pytest.mark.parametrize("opening", [
    "New York. U Thant received Zorin.", "Cape Canaveral. The launch was postponed.",
    "United Nations. The Council met."])
def test_a_register_place_before_a_period_is_no_speaker(opening, registers):
    """Review 13 S7: `New York. U Thant received Zorin.` (a dispatch's dateline) made the place a
    provisional person speaking the rest of the document, as `Cuba:` never was."""
    tei, reporter = encode_text(page(f"{opening}\n\nSecond paragraph.", title="Report"),
                                registers, provisional=True)
    assert turns(tei) == [] and not reporter.diagnostics


def test_two_names_before_a_period_in_a_debate_stay_a_speaker(registers):
    """The names of a member before a period (Hansard) are still his label."""
    body = "Harold Wilson. I beg to move.\n\nEdward Heath. We oppose it.\n\nHarold Wilson. No."
    tei, _ = encode_text(page(body, title="House of Commons Debate on Cuba"), registers,
                         provisional=True)
    assert [speaker for _, speaker in turns(tei)] == ["Harold Wilson", "Edward Heath",
                                                      "Harold Wilson"]


@pytest.mark.parametrize("signature", ["IOANNES PP. XXIII", "PAULUS PP. VI"])
def test_a_papal_signature_is_the_closers_not_a_label(signature, registers):
    """Review 13 S8: `IOANNES PP. XXIII` was the label "IOANNES PP" whose turn was `XXIII` (and
    the summary after it); without --provisional-speakers the build failed."""
    body = f"Let them continue to negotiate.\n\nWith all Our heart We bless you.\n\n{signature}"
    tei, reporter = encode_text(page(body, title="Radio Message of Pope John XXIII"), registers,
                                provisional=True)
    assert turns(tei) == [] and not reporter.diagnostics
    assert [s.xpath("string()") for s in tei.iterfind(".//{*}closer/{*}signed")] == [signature]
