"""The archive's summary set apart from the text by the page: taken by its place where it stands
further apart than the text's paragraphs do; where they stand as far apart, taken by its words or,
in words its readers do not take, kept the text's last line and warned."""

import pytest

from tests.conftest import TEI, encode_text, page

TITLE = "Record of Conversation between A. I. Mikoyan and Fidel Castro"
TURNS = ("Mikoyan: We did not consult you because there was no time.\n\nCastro: We do not accept "
         "that.\n\nMikoyan: Then let us discuss it tomorrow.")


def _read(last: str, apart: str, registers, between: str = "\n\n"):
    turns = TURNS.replace("\n\n", between)
    tei, reporter = encode_text(page(turns + apart + last, title=TITLE), registers)
    codes = [d.code for d in reporter.diagnostics]
    return tei.find(".//t:abstract", namespaces=TEI), codes


# review round 11 (S1): a summary whose verb is none of the telling verbs became the last
# speaker's words, with no warning
@pytest.mark.parametrize("last", [
    "Castro voices his disappointment with the Soviet decision to withdraw the missiles.",
    "Mikoyan and Castro quarrel over the inspection of the sites.",
], ids=["a verb in -s", "two subjects"])
def test_a_summary_kept_as_text_is_warned(last, registers):
    abstract, codes = _read(last, "\n\n\n", registers, between="\n\n\n")
    assert abstract is None and codes == ["summary-unread"]


# review round 12 (S9): a summary in words no rule reads (a noun phrase, a verb not among the
# telling verbs) set apart further than the text's paragraphs are, the text's last line
@pytest.mark.parametrize("last", [
    "CIA summary on the dismantling of Soviet missile sites and reactions in Moscow.",
    "Castro voices his disappointment with the Soviet decision to withdraw the missiles.",
    "U Thant proposes arrangements for verifying the removal of Soviet missiles.",
], ids=["a noun", "a verb in -s", "no telling verb"])
def test_a_summary_set_apart_further_than_the_text_is_taken(last, registers):
    abstract, codes = _read(last, "\n\n\n", registers)
    assert "".join(abstract.itertext()) == last and "summary-unread" not in codes


@pytest.mark.parametrize("last, apart", [
    ("Mikoyan and Castro quarrel over the inspection of the sites.", "\n\n"),
    ("We know Castro's position on the inspection well.", "\n\n\n"),
    ("Castro said that he would think about it.", "\n\n\n"),
    ("Castro: He thinks about it.", "\n\n\n"),
], ids=["one blank line before it", "the first person", "reported speech", "a turn"])
def test_a_last_paragraph_set_apart_in_a_text_s_words_stays_text(last, apart, registers):
    abstract, _ = _read(last, apart, registers)
    assert abstract is None


@pytest.mark.parametrize("last, apart", [
    ("Castro voices his disappointment with the Soviet decision.", "\n\n"),
    ("We know Castro's position on the inspection well.", "\n\n\n"),
    ("The Ambassador leaves tomorrow for Moscow.", "\n\n\n"),
    ("Castro said that he would think about it.", "\n\n\n"),
    ("Castro: He thinks about it.", "\n\n\n"),
], ids=["one blank line before it: the turn's", "the first person", "no registered person",
        "the past tense", "a turn"])
def test_a_last_line_of_the_text_is_not_warned(last, apart, registers):
    _, codes = _read(last, apart, registers)
    assert "summary-unread" not in codes


def test_a_summary_taken_is_not_warned(registers):
    abstract, codes = _read("Castro expresses his disappointment with the decision.", "\n\n\n",
                            registers)
    assert abstract is not None and "summary-unread" not in codes
