"""A telephone memorandum's time headings and the record's lines of the call stand between the
turns, the time a timestamp of the document's day (`turn_ends.clock_heading`,
`date_clocks.record_time`)."""

import pytest

from tests.conftest import body_xml, encode_text, page

TELCON = "Memorandum of Telephone Conversation between President Kennedy and Secretary Rusk"
CALL = ("The President: Dean, have you seen it?\n\nRusk: Yes. I will call you back.\n\n{}\n\n"
        "The President: Anything new?\n\nRusk: Nothing yet.")
"""Two turns of a telephone memorandum, a paragraph between them, then the next two."""


def _body(paragraph: str, registers) -> str:
    tei, _ = encode_text(page(CALL.format(paragraph), date="October 27, 1962", title=TELCON),
                         registers, provisional=True)
    return body_xml(tei)


@pytest.mark.parametrize("paragraph, fragment", [
    ("11:10 a.m.", '</sp><p n="3" xml:id="L3"><date when="1962-10-27T11:10:00" '),
    ("10:50 a.m. The President called again.",
     '</sp><p n="3" xml:id="L3"><date when="1962-10-27T10:50:00" '),
    ("11:10", '</sp><p n="3" xml:id="L3"><date when="1962-10-27T11:10:00" '),
    ("The President called back.", '</sp><p n="3" xml:id="L3">The President called back.</p>'),
], ids=["a time alone", "a time over the record's line", "a time of the 24 hours",
        "the caller by office"])
def test_the_records_lines_of_the_call_stand_between_the_turns(paragraph, fragment,
                                                               registers):
    """Each was Rusk's words, the third paragraph of his turn (r10 telcon:23 `11:10 a.m.`, cited
    as the President's line 8)."""
    assert fragment in _body(paragraph, registers)


@pytest.mark.parametrize("paragraph", [
    "10:50 a.m. I called him at once.",
    "10:50 a.m. is too late for us.",
    "The President called it a blockade.",
], ids=["a time over the speaker's words", "a time the sentence opens with",
        "called not of the telephone"])
def test_the_speakers_own_words_stay_in_his_turn(paragraph, registers):
    """A time the speaker's sentence opens with, and `called` alone, are his words."""
    body = _body(paragraph, registers)
    assert '<p n="3" xml:id="L3">' in body and '</sp><p n="3"' not in body


@pytest.mark.parametrize("paragraph, fragment", [
    ("The meeting rose at 7.25 p.m.",
     'The meeting rose at <date when="1962-10-27T19:25:00" cert="medium" evidence="conjecture" '
     'resp="#encoder">7.25 p.m.</date>'),
    ("The conversation ended at 6:05 p.m.",
     'ended at <date when="1962-10-27T18:05:00" '),
], ids=["UN style, a point in the time", "the conversation's end"])
def test_the_meetings_course_is_timed(paragraph, fragment, registers):
    """The record's time of the meeting's course was no date at all."""
    assert fragment in _body(paragraph, registers)


@pytest.mark.parametrize("sentence", [
    "Rusk: It came at 9:15. Call me back at 11:10 p.m.\n\nKennedy: Good.",
    "Rusk: The 5.25 p.m. train left.\n\nKennedy: Good.",
], ids=["times in a sentence", "a time inside a sentence"])
def test_a_time_in_the_speakers_sentence_is_no_timestamp(sentence, registers):
    """Only the record's heading and its course of the meeting are timed (which clock a speaker
    means is not told)."""
    tei, _ = encode_text(page(sentence, date="October 27, 1962", title=TELCON), registers,
                         provisional=True)
    assert "<date" not in body_xml(tei)


def test_a_document_dated_by_its_month_times_nothing(registers):
    """No day, no timestamp: the heading still ends the turn."""
    tei, _ = encode_text(page(CALL.format("11:10 a.m."), date="October 1962", title=TELCON),
                         registers, provisional=True)
    body = body_xml(tei)
    assert '</sp><p n="3" xml:id="L3">11:10 a.m.</p>' in body
