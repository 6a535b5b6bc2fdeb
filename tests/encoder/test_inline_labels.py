"""A second speaker's label inside a turn's paragraph, after a dash (a tape's rapid exchange)."""

import pytest

from tests.conftest import encode_text, page

TELCON = "Telephone Conversation between President Kennedy and Prime Minister Macmillan"


def test_a_speakers_label_after_a_dash_inside_a_turn_is_warned_at_its_column(registers):
    """Review 12 S10: `MACMILLAN: Well, what about the Turkish -- KENNEDY: -- no, nothing on
    Turkey.` gave Kennedy's words to Macmillan, silently. One source line is cited whole, so it
    is not split into two turns; the label is reported where it stands."""
    body = "MACMILLAN: Well, what about the Turkish -- KENNEDY: -- no, nothing.\n\nKENNEDY: Right."
    _, reporter = encode_text(page(body, title=TELCON), registers, provisional=True)
    inline = [d for d in reporter.diagnostics if d.code == "speaker-inline"]
    assert [(d.location.line, d.location.column) for d in inline] == [(5, 44)]
    assert "'KENNEDY' inside the turn of MACMILLAN (line 5)" in str(inline[0])


def test_a_doubted_speakers_label_inside_a_turn_is_warned_too(registers):
    """Review of the change (rvA 2): a speaker whose turns the source doubts (`MACMILLAN (?):`)
    kept the mark in the labels compared, so his label inside another's turn went unwarned."""
    body = ("MACMILLAN (?): What?\n\nKENNEDY: Well, the Turkish -- MACMILLAN: -- no.\n\n"
            "MACMILLAN (?): Right.")
    _, reporter = encode_text(page(body, title=TELCON), registers, provisional=True)
    assert [d.location.line for d in reporter.diagnostics if d.code == "speaker-inline"] == [7]


@pytest.mark.parametrize("body", [
    "MACMILLAN: What about the Turkish -- NOTE: see below.\n\nKENNEDY: Right.",
    "MACMILLAN: He said -- Castro: we refuse.\n\nKENNEDY: Right.",
    "MACMILLAN: Well -- MACMILLAN: I repeat.\n\nKENNEDY: Right.",
], ids=["a heading word", "a name who has no turn", "the turn's own speaker"])
def test_a_dash_before_other_words_and_a_colon_is_no_inline_label(body, registers):
    """Only the label of another speaker with turns of his own is reported."""
    _, reporter = encode_text(page(body, title=TELCON), registers, provisional=True)
    assert not [d for d in reporter.diagnostics if d.code == "speaker-inline"]
