"""How a Soviet report's copy is to be handled (`Return within 24 hours to the 1st Department`)
is its marking's line, at the top and at the foot (`security_markings.HANDLING_LINE`)."""

import pytest

from tests.conftest import body_xml, encode_text, page

TITLE = "KGB Report to the CC CPSU on the Reaction in Washington"
TOP = "TOP SECRET\nSpecial Folder\nCopy No. 1\n{}\n\n"
TEXT = "Our representative met Scali on 26 October.\n\nChairman of the KGB\nV. Semichastny"


def _body(text: str, registers) -> str:
    tei, _ = encode_text(page(text, date="October 26, 1962", title=TITLE), registers)
    return body_xml(tei)


@pytest.mark.parametrize("line", [
    "Return within 24 hours to the 1st Department",
    "To be returned to the General Department",
], ids=["return within hours", "to be returned"])
def test_a_handling_line_under_the_marking_is_the_stamps(line, registers):
    """r10 kgb:10: the line was a paragraph of the text, L2, under the stamp."""
    assert f"Copy No. 1<lb/>{line}</stamp></opener>" in _body(TOP.format(line) + TEXT, registers)


def test_a_handling_line_ending_the_closing_lines_is_their_stamp(registers):
    """r10 kgb:23-24 (the foot without the archive's summary under it): a postscript."""
    body = _body(TOP.format("Special Folder") + TEXT + "\n\nTOP SECRET\nReturn within 24 hours "
                 "to the 1st Department", registers)
    assert "<postscript>" not in body
    assert '<stamp n="6" xml:id="L6">Return within 24 hours' in body


def test_a_sentence_telling_of_a_return_is_the_texts(registers):
    """A sentence of the text that opens so is no marking (`to` and an office, no period)."""
    body = _body(TOP.format("Copy No. 2") + "Return to the Embassy was ordered at once.\n\n"
                 + TEXT, registers)
    assert "<lb/>Return to the Embassy" not in body
