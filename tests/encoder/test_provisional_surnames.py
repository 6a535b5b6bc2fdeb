"""A surname no register knows, before a colon once, in a transcript's dialogue of surnames."""

import pytest

from tests.conftest import encode_text, page

TRANSCRIPT = "Transcript of the Meeting of the Executive Committee"
DIALOGUE = "Kennedy: Read it.\n\nMcNamara: It is.\n\nKennedy: Well.\n\nMcNamara: Yes.\n\n"


def speakers(tei) -> list[str]:
    """The speaker of each turn of the document."""
    return [sp.findtext("{*}speaker") for sp in tei.iter("{*}sp")]


def test_a_surname_said_once_is_provisional_as_one_said_twice(registers):
    """Review 13 S6: `Ball:` once was lost (its label left in the text, the words no one's) even
    under --provisional-speakers, while `McNamara:` twice was a provisional person."""
    body = DIALOGUE + "Ball: Yes, I think it is.\n\nKennedy: Good."
    tei, reporter = encode_text(page(body, title=TRANSCRIPT), registers, provisional=True)
    assert speakers(tei) == ["Kennedy", "McNamara", "Kennedy", "McNamara", "Ball", "Kennedy"]
    assert "speaker-unread" not in [d.code for d in reporter.diagnostics]


def test_a_transcript_of_one_off_surnames_has_turns(registers):
    """Review 13 S6: with no label twice (`McNamara:`, `Rusk:`, `Bundy:` once each) the whole
    transcript was plain paragraphs."""
    body = 'McNamara: Out.\n\nRusk: A message.\n\nBundy: [Reading] "Premier Khrushchev told."'
    tei, _ = encode_text(page(body, title=TRANSCRIPT), registers, provisional=True)
    assert speakers(tei) == ["McNamara", "Rusk", "Bundy"]


@pytest.mark.parametrize("opening", ["Berlin: The Secretary said so.", "Moscow: It is quiet.",
                                     "Note: The tape is unclear.", "Exactly: That is it."])
def test_a_place_or_a_heading_word_once_is_no_provisional_speaker(opening, registers):
    """A place (`Berlin:`, `Moscow:`) or a word a note or a sentence opens with is no speaker."""
    body = DIALOGUE + opening
    tei, _ = encode_text(page(body, title=TRANSCRIPT), registers, provisional=True)
    assert speakers(tei) == ["Kennedy", "McNamara", "Kennedy", "McNamara"]


def test_without_provisional_speakers_a_one_off_stays_unread(registers):
    """Without --provisional-speakers the one-off is reported, not made a turn (no error)."""
    tei, reporter = encode_text(page(DIALOGUE + "Ball: Yes.", title=TRANSCRIPT), registers,
                                provisional=False)
    assert tei is None or "Ball" not in speakers(tei)
    assert "speaker-unread" in [d.code for d in reporter.diagnostics]


def test_in_a_memorandum_a_one_off_surname_stays_unread(registers):
    """Outside a spoken record a one-off `Kosygin:` among `Kennedy:` turns is as likely a topic:
    reported, no provisional person."""
    tei, reporter = encode_text(page(DIALOGUE + "Ball: Yes.", title="Memorandum of Conversation"),
                                registers, provisional=True)
    assert "Ball" not in speakers(tei)
    assert "speaker-unread" in [d.code for d in reporter.diagnostics]
