"""The recorder's line that closes a record (`Recorded by V. Tikhmenev.`, `Беседу записал В.
Тихменев.`): the closer's signature, and the archive's summary after it the header's (session 23).

Each case gives the end of a source and the TEI it must become; every document made by
`valid_tei` is valid against the project schema, its Schematron and tei_all and reports nothing.
"""

from __future__ import annotations

import pytest

from tests.conftest import TEI, encode_text, page, texts

RECORD = "Memorandum of Conversation between A.I. Mikoyan and Fidel Castro, November 6, 1962"
TURNS = "А.И. МИКОЯН. Мы будем настаивать на этом.\n\nФ. КАСТРО. Спасибо. Мы придем."
SOURCE = "[Source: Archive of Foreign Policy of the Russian Federation, f. 0104.]"


def telegram_layout(body: str, title: str = RECORD) -> str:
    """A source in the archive's telegram layout: the title and date, the body, `[Source: ...]`."""
    return f"{title}\n\n{body}\n\n{SOURCE}\n"



@pytest.mark.parametrize("recorder, summary", [
    pytest.param("Беседу записал В. Тихменев.",
                 "Микоян и Кастро обсуждают вопрос об инспекции и о самолетах Ил-28.",
                 id="r8 ru:28-30: the Russian record"),
    pytest.param("Recorded by V. Tikhmenev.",
                 "Mikoyan and Castro discuss the inspection and the Il-28 aircraft.",
                 id="the English recorder"),
])
def test_the_summary_after_the_recorder_s_line_is_the_header_s(valid_tei, recorder, summary):
    """Session 23 (2): in the telegram layout, the recorder's line and the archive's summary
    after it were paragraphs of the text: the line signs the record, the summary is the
    abstract, as in the archive page's layout."""
    tei = valid_tei(telegram_layout(f"{TURNS}\n\n{recorder}\n\n{summary}"))
    assert texts(tei, ".//t:closer/t:signed") == [recorder]
    assert texts(tei, ".//t:abstract/t:p") == [summary]
    assert summary not in "".join(tei.find(".//t:body", TEI).itertext())


def test_a_paragraph_after_a_signature_in_the_telegram_layout_stays_the_text_s(registers):
    """Only the recorder's line has the summary after it there: under a telegram's signature the
    last paragraph stays the text's, whatever its words."""
    last = "Mikoyan and Castro discuss the inspection and the Il-28 aircraft."
    tei, _ = encode_text(telegram_layout(f"The Cubans agree.\n\nA. Mikoyan\n\n{last}",
                                         "Telegram from A.I. Mikoyan to the CC CPSU, "
                                         "November 6, 1962"), registers)
    assert tei.find(".//t:abstract", TEI) is None
    assert last in "".join(tei.find(".//t:body", TEI).itertext())


MEMCON = "Memorandum of Conversation between A.I. Mikoyan and Fidel Castro"


@pytest.mark.parametrize("line", [
    pytest.param("Recorded by Sergo Mikoyan", id="s23 6: the register's name in full"),
    pytest.param("Беседу записал Серго Микоян.", id="in Russian"),
])
def test_the_recorder_named_in_full_signs_the_record(valid_tei, line):
    """Session 23 (6): `Recorded by Sergo Mikoyan`, no initials, was a paragraph of Castro's
    last turn, where `Recorded by S. Mikoyan` is the closer's signature."""
    tei = valid_tei(page(f"A.I. MIKOYAN. Yes.\n\nF. CASTRO. Thank you.\n\n{line}", title=MEMCON))
    assert texts(tei, ".//t:closer/t:signed") == [line]
    assert texts(tei, ".//t:sp")[-1].endswith("Thank you.")


@pytest.mark.parametrize("line", ["Recorded by Radio Moscow", "Recorded by Sergo Mikoyan on tape."])
def test_a_credit_or_a_sentence_after_recorded_by_signs_nothing(registers, line):
    """A name in full that is no person of the registers, or a sentence going on after the name,
    is no recorder's signature: it stays in the turn."""
    tei, _ = encode_text(page(f"A.I. MIKOYAN. Yes.\n\nF. CASTRO. Thank you.\n\n{line}",
                              title=MEMCON), registers)
    assert tei.find(".//t:closer", TEI) is None
    assert texts(tei, ".//t:sp")[-1].endswith(line)


@pytest.mark.parametrize("recorder, last", [
    pytest.param("Recorded by V. Tikhmenev.",
                 "Distributed to the members of the Presidium of the CC CPSU.",
                 id="rv1 F4: a distribution line"),
    pytest.param("Recorded by V. Tikhmenev.", "Copy to Comrade Kuznetsov in New York.",
                 id="rv1 F4: a copy line"),
    pytest.param("Беседу записал В. Тихменев.", "Разослано членам Президиума ЦК КПСС.",
                 id="the Russian distribution line"),
])
def test_a_line_of_the_record_after_the_recorder_s_stays_the_text_s(registers, recorder, last):
    """Review rv1 F4: any prose after the recorder's line was taken out of the text as the
    archive's summary; only words that describe the document are (`describes_the_document`)."""
    tei, _ = encode_text(telegram_layout(f"{TURNS}\n\n{recorder}\n\n{last}"), registers)
    assert tei.find(".//t:abstract", TEI) is None
    assert last in "".join(tei.find(".//t:body", TEI).itertext())
