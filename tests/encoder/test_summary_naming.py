"""The archive's summary that names the document (`Record of the meeting of ...`) after a text that
ends in no closing line: the header's abstract, not the text's last line (review r9 R9).

Each case gives the end of a page-dump source and where its last paragraph must go.
"""

from __future__ import annotations

import pytest

from tests.conftest import TEI, body_xml, encode_text, page

DELEGATIONS = "Record of the Meeting of the Soviet and Cuban Delegations, 4 November 1962"
OFFICES = "Record of Conversation of A. I. Mikoyan with Fidel Castro, 3 November 1962"
BRAZIL = ("Memorandum of Conversation between the Brazilian Ambassador and the Minister of "
          "Foreign Affairs of Cuba")
CHINESE = "Memorandum by the Chinese Embassy in Havana on Cuban Opinion, Late October 1962"
NOTES = "Handwritten Notes of the Cuban Politburo Meeting, 30 October 1962"
NAVAL = "Chronology of Soviet Naval Movements in the Caribbean, 27-28 October 1962"
TELEGRAM = "Telegram from Soviet Ambassador Alekseev to the USSR MFA"
TURNS = ("Dorticós: Why were we not consulted?\n\nMikoyan: There was no time.\n\n"
         "Dorticós: Comrade Mikoyan, our militia saw the preparations too.\n\n"
         "Mikoyan: The Americans were ready to strike within hours.")
MIKOYAN = "Record of Conversation between A.I. Mikoyan and Fidel Castro"
PROSE = ("On 27 October the tanker Grozny stopped short of the line.\n\n"
         "On 28 October Moscow Radio broadcast the message.")


def abstract(tei) -> str | None:
    return tei.findtext(".//t:abstract/t:p", namespaces=TEI)


def body_text(tei) -> str:
    return "".join(tei.find(".//t:body", namespaces=TEI).itertext())


@pytest.mark.parametrize("title, text, summary", [
    pytest.param(DELEGATIONS, TURNS, "Record of the meeting of the Soviet and Cuban delegations "
                 "in Havana.", id="deleg: the title's words after a turn"),
    pytest.param(OFFICES, TURNS, "Record of the conversation of Mikoyan and Castro on "
                 "inspection.", id="offices: a record of conversation"),
    pytest.param(BRAZIL, TURNS, "Conversation between Raúl Roa and the Brazilian Ambassador on "
                 "the denuclearization proposal.", id="roa: the title's noun after its head"),
    pytest.param(CHINESE, PROSE, "Report of the Chinese Embassy in Havana on Cuban public "
                 "opinion.", id="chinese: another noun, the title's sender and matter"),
    pytest.param(NOTES, "Agreed: no inspection on Cuban soil; the batteries keep their orders.",
                 "Notes of the meeting of the Cuban leadership before U Thant's visit.",
                 id="notes: after a decision"),
    pytest.param(NAVAL, PROSE, "Chronology prepared by the Office of Naval Intelligence.",
                 id="naval: prepared by a body"),
    pytest.param(NOTES, PROSE, "Cuban notes of the meeting of the leadership before U Thant's "
                 "visit.", id="a word before the noun"),
    pytest.param(CHINESE, PROSE, "Report of the Chinese Embassy in Havana on Cuban opinion of the "
                 "United Nations.", id="a name's -ed is no participle"),
    pytest.param(CHINESE, PROSE, "Embassy memorandum summarizing Cuban opinion in Havana.",
                 id="r11 S1: the record's noun and a participle naming its matter"),
    pytest.param(DELEGATIONS, TURNS, "Record of the meeting of the delegations in Havana, 4-5 "
                 "November 1962.", id="r11 S1: the days the record is of"),
])
def test_the_summary_naming_the_document_is_the_abstract(registers, title, text, summary):
    """The page prints the archive's summary after the text; one that names the document in its
    title's words, a record's noun and what it is of, with no verb of its own, is the summary
    though no closing line stands before it: it was the text's last line, inside the last
    speaker's turn (`Record of the meeting ...` as Aragonés' words)."""
    tei, _ = encode_text(page(f"{text}\n\n{summary}", title=title), registers)
    assert abstract(tei) == summary
    assert summary[-20:] not in body_text(tei)


def test_the_last_turn_ends_before_the_naming_summary(valid_tei):
    tei = valid_tei(page(f"{TURNS}\n\nRecord of the conversation of Mikoyan and Castro on "
                         "inspection.", title=OFFICES))
    assert body_xml(tei).endswith('ready to strike within hours.</p></sp></div>')


@pytest.mark.parametrize("title, last", [
    pytest.param(MIKOYAN, "Record of the conversation forwarded to Comrade Khrushchev.",
                 id="forwarded to"),
    pytest.param(MIKOYAN, "Record of the conversation forwarded to Moscow on 5 November.",
                 id="forwarded on a day"),
    pytest.param(MIKOYAN, "Record of conversation sent to Moscow by telegram.",
                 id="sent: an irregular participle"),
    pytest.param(MIKOYAN, "Record of the conversation read and approved by Comrade Mikoyan on "
                 "5 November.", id="read and approved"),
    pytest.param(DELEGATIONS, "Minutes of the meeting signed by both delegations.",
                 id="signed by"),
    pytest.param(DELEGATIONS, "Protocol of the meeting of the delegations signed by Mikoyan and "
                 "Dorticos on 4 November.", id="signed by persons on a day"),
    pytest.param(DELEGATIONS, "Record of the meeting for members of the Presidium only.",
                 id="for its readers only"),
    pytest.param(DELEGATIONS, "Notes of the meeting of the delegations in two copies.",
                 id="its copies"),
    pytest.param(DELEGATIONS, "Record of the meeting of the Soviet and Cuban delegations, "
                 "copy no. 2.", id="its copy's number"),
    pytest.param(DELEGATIONS, "Minutes of the meeting of 4 November with Comrade Castro: see "
                 "attachment.", id="a colon and a day"),
])
def test_a_record_s_note_of_its_fate_stays_the_text_s(registers, title, last):
    """A record's own last line naming it may tell what became of it, sent, approved, signed,
    kept for some readers, copied (review rv2 F1): the text's, not the archive's summary."""
    tei, _ = encode_text(page(f"{TURNS}\n\n{last}", title=title), registers)
    assert abstract(tei) is None
    assert last[-15:] in body_text(tei)


@pytest.mark.parametrize("title, text, last", [
    pytest.param(DELEGATIONS, TURNS, "Record of the meeting of the delegations will follow.",
                 id="a verb"),
    pytest.param(DELEGATIONS, TURNS, "Record of the meeting of the Soviet and Cuban delegations "
                 "confirms this.", id="a verb in the present"),
    pytest.param(DELEGATIONS, PROSE, "Record of the meeting of the Soviet and Cuban delegations "
                 "approved.", id="a participle as the verb"),
    pytest.param(DELEGATIONS, TURNS, "The record of the meeting of the Soviet and Cuban "
                 "delegations in Havana.", id="an article before the noun"),
    pytest.param(NAVAL, PROSE, "Report of the Soviet naval commander at the line has not "
                 "been received.", id="a report's conclusion"),
    pytest.param(OFFICES, TURNS, "Notes by V. Tikhmenev of the conversation with Castro.",
                 id="by a person: the recorder's"),
    pytest.param(BRAZIL, "Dear Mr. Minister:\n\nThank you for the memorandum.",
                 "I remain convinced that the record of our conversation will show good faith.",
                 id="a letter's last words: first person"),
    pytest.param(TELEGRAM, "Castro received me at 14:00.", "Record of the conversation with "
                 "President Dorticós on 2 November.", id="no two words of the title"),
    pytest.param("Telegrams from Soviet Ambassador Alekseev, 27-28 October 1962",
                 "The following were sent:\n\n"
                 "Telegram from Alekseev to the USSR MFA of 27 October.",
                 "Telegram from Alekseev to the USSR MFA of 28 October.",
                 id="the last of a list of documents"),
])
def test_a_text_s_last_line_naming_a_record_stays_the_text_s(registers, title, text, last):
    """A text's own last line may open with a record's noun: one that says something, names a
    person as its maker, speaks in the first person, shares too little with the title, or ends a
    list of such lines stays the text's."""
    tei, _ = encode_text(page(f"{text}\n\n{last}", title=title), registers)
    assert abstract(tei) is None
    assert last[-15:] in body_text(tei)


def test_a_turn_naming_a_record_stays_the_speaker_s(registers):
    """A speaker's labelled turn is never the summary, whatever its words."""
    last = "Mikoyan: Record of the meeting of the Soviet and Cuban delegations in Havana."
    tei, _ = encode_text(page(f"{TURNS}\n\n{last}", title=DELEGATIONS), registers)
    assert abstract(tei) is None
    assert tei.xpath("count(.//t:sp)", namespaces=TEI) == 5
