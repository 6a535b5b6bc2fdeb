"""Session 23 (r8 "Diagnostics missing"): a part of a document its readers missed is reported at
its line, each kind under its own code, so that the editor is told where the encoder is silent:
a classification read as a heading, a signature and the opener's lines left in the text."""

from __future__ import annotations

import pytest

from tests.conftest import TEI, encode_text, encode_with, page

MEMO = "Memorandum for the Record"
LETTER = "Letter from Adlai Stevenson to President Kennedy"
OPENER = "New York, October 29, 1962\n\nDear Mr. President:\n\nI write in haste after the session."
CLOSING = "Sincerely,\n\nA. Mikoyan\n\n"
TELEGRAM = "Instruction from the CC CPSU to the Soviet Ambassador in Cuba, October 30, 1962"
INSTRUCTION = ("Top Secret\n\nHAVANA\n\nSOVIET AMBASSADOR\n\nVisit Fidel Castro and state the "
               "following: the CC CPSU has studied your letter of 28 October.\n\nTelegraph upon "
               "fulfillment.\n\n{}\n\n[Source: Archive of the President of the Russian "
               "Federation.]\n")
SENT = "Sent to Havana by the General Department, 30 October 1962, at 11 p.m."


def telegram(end: str) -> str:
    return f"{TELEGRAM}\n\n{INSTRUCTION.format(end)}"


UNREAD = [
    pytest.param(page("MEMORANDUM FOR THE RECORD\n\nTOP SECRET - SENSITIVE\n\nThe talks went on.",
                      title=MEMO), [("classification-unread", 7)],
                 id="a marking with a word the level does not read, under the heading"),
    pytest.param(page("TOP SECRET EYES ONLY\n\nThe talks went on.", title=MEMO),
                 [("classification-unread", 5)], id="two markings, no mark between them"),
    pytest.param(page("MEMORANDUM OF CONVERSATION\n\nSECRET\n\nThe talks went on.", title=MEMO),
                 [("classification-unread", 7)], id="a marking alone under the heading"),
    pytest.param(page("MEMORANDUM FOR THE RECORD\n\nСовершенно секретно. Экз. № 1\n\nWe met.",
                      title=MEMO), [("classification-unread", 7)],
                 id="in Russian, the copy's number after it, under the heading"),
    pytest.param(page("MEMORANDUM FOR THE RECORD\n\nSECRET -- EXDIS\n\nWe met.", title=MEMO),
                 [("classification-unread", 7)], id="a dash, then a handling word"),
    pytest.param(page("Received in the Department 4 p.m.\n\n" + OPENER, title=LETTER),
                 [("opener-unread", 7), ("opener-unread", 9)],
                 id="a line over the dateline the opener does not read: dateline and salute"),
    pytest.param(page("New York, October 29, 1962\n\nReceived in the Department 4 p.m.\n\nDear "
                      "Mr. President:\n\nI write in haste after the session.", title=LETTER),
                 [("opener-unread", 9)], id="the salutation under a line the opener stops at"),
    pytest.param(page('Received 4 p.m.\n\nLa Habana, 27 de octubre de 1962\n"Año de la '
                      'Planificación"\n\nEstimado señor Secretario General:\n\nAcuso recibo de su '
                      'mensaje.', title="Carta de Fidel Castro a U Thant"),
                 [("opener-unread", 7), ("opener-unread", 10)],
                 id="the dateline with the year's motto under it, in Spanish"),
    pytest.param(telegram(f"N. Khrushchev\n\n{SENT}"), [("signature-unread", 13)],
                 id="r8 C4's shape: initials and a surname, a line the closer does not read"),
    pytest.param(telegram(f"27.X.62 ALEKSEEV\n\n{SENT}"), [("signature-unread", 13)],
                 id="a date and a name the registers know, in capitals"),
    pytest.param(page(f"{OPENER}\n\n{CLOSING}Handed over at the Embassy on the same day.\n\n"
                      "Mikoyan writes about the session.", title=LETTER),
                 [("signature-unread", 13)],
                 id="a letter: its valediction stays in the text with it"),
    pytest.param(telegram(f"Your N. Khrushchev\n\n{SENT}\n\nThe CC CPSU instructs the "
                          "ambassador."), [("signature-unread", 13)],
                 id="the summary after the line the closer does not read"),
]


@pytest.mark.parametrize("source, expected", UNREAD)
def test_a_part_the_readers_missed_is_reported_at_its_line(registers, source, expected):
    _, reporter = encode_text(source, registers)
    found = [(d.code, d.location.line) for d in reporter.diagnostics if d.code.endswith("-unread")]
    assert found == expected, [str(d) for d in reporter.diagnostics]


QUIET = [
    pytest.param(page("SECRET MEETING WITH CASTRO\n\nThe talks went on.", title=MEMO),
                 id="a heading opening with a marking's word"),
    pytest.param(page("We met Dorticos.\n\nSecret\n\nWe left.", title=MEMO),
                 id="a marking's word after the text has begun"),
    pytest.param(page("Top Secret\n, as they call it, the plan was dropped.\n\nWe left.",
                      title=MEMO), id="a marking's word whose sentence goes on"),
    pytest.param(page("TOP SECRET\n\nMEMORANDUM FOR THE RECORD\n\nTOP SECRET - SENSITIVE\n\n"
                      "The talks went on.", title=MEMO),
                 id="the header's classification printed again"),
    pytest.param(page("Secretary Rusk's Delegation\n\nThe talks went on.", title=MEMO),
                 id="a word a marking's opens"),
    pytest.param(page("Embassy officials\nwill call on you\n\nHavana, 5 November 1962\n\nWe "
                      "declare.", title="Letter from Fidel Castro to U Thant"),
                 id="a dateline under a sentence the letter opens with"),
    pytest.param(page("New York, October 29, 1962\n\nThe text of the reply of the Chairman "
                      "follows:\n\nDear Mr. President:\n\nWe agree with the proposals.",
                      title=LETTER), id="a letter quoted under the line that introduces it"),
    pytest.param(page("Received in the Department 4 p.m.\n\n" + OPENER, title=MEMO),
                 id="a memorandum: no letter's opener"),
    pytest.param(telegram("N. Khrushchev"), id="the signature read"),
    pytest.param(telegram("The delegation will be:\n\nA. Mikoyan\n\nA. Alekseev\n\nWe await your "
                          "reply."), id="a list of names in the text, the text going on under it"),
    pytest.param(telegram("N. Khrushchev\n\nWe shall send the figures tomorrow."),
                 id="the writer's words under a name: the text goes on"),
    pytest.param(telegram("The delegation:\n\nN. Khrushchev\n\nPoint 3 of the protocol."),
                 id="a list's head over the name"),
    pytest.param(page("A. Mikoyan\n\nCastro agreed.\n\nWe left.", title=MEMO),
                 id="a memorandum: a name in its text"),
]


@pytest.mark.parametrize("source", QUIET)
def test_a_part_read_as_what_it_is_is_not_reported(registers, source):
    _, reporter = encode_text(source, registers)
    assert [str(d) for d in reporter.diagnostics if d.code.endswith("-unread")] == []


def test_the_message_says_what_the_line_looks_like_and_what_settles_it(registers):
    _, reporter = encode_text(telegram(f"N. Khrushchev\n\n{SENT}"), registers)
    message = next(d.message for d in reporter.diagnostics if d.code == "signature-unread")
    assert message.startswith("'N. Khrushchev' reads as a signature")
    assert '[lines] 13 = "closer"' in message and "line 15" in message
    _, reporter = encode_text(page("Received 4 p.m.\n\n" + OPENER, title=LETTER), registers)
    messages = [d.message for d in reporter.diagnostics if d.code == "opener-unread"]
    assert all("the overrides file cannot" in message for message in messages) and messages
    _, reporter = encode_text(page("TOP SECRET EYES ONLY\n\nWe met.", title=MEMO), registers)
    message = next(d.message for d in reporter.diagnostics if d.code == "classification-unread")
    assert "(the header states none)" in message and "the overrides file cannot" in message


def test_the_overrides_the_signature_message_names_settle_it(registers, tmp_path):
    """The roles the message asks for make the signature the closer's, and nothing is reported:
    the message points at the overrides file only where the overrides settle the line."""
    source = telegram(f"N. Khrushchev\n\n{SENT}")
    _, reporter = encode_with(tmp_path, registers, "", source)
    assert [d.code for d in reporter.diagnostics] == ["signature-unread"]
    encoded, reporter = encode_with(tmp_path, registers, '[lines]\n13 = "closer"\n'
                                    '15 = "postscript"\n', source)
    assert [str(d) for d in reporter.diagnostics] == []
    closer = encoded.tei.xpath("//t:closer/t:signed", namespaces=TEI)
    assert [signed.xpath("string()") for signed in closer] == ["N. Khrushchev"]
