"""A telegram that transmits a letter between `QUOTE` and `UNQUOTE` (review round 13, S2): the
quoted letter's signature is not the telegram's sender, and `UNQUOTE` ends the quoted text, a
trailer, never the closer's dateline."""

from __future__ import annotations

import pytest

from tests.conftest import TEI, body_xml, compact_xml, encode_text, page

TITLE = "Telegram from the Embassy in the Soviet Union to the Department of State"
LETTER = ("Following is text of letter from Khrushchev to President:\n\nQUOTE\n\n"
          "Dear Mr. President:\n\nI have received your letter of October 25.\n\n"
          "Respectfully yours,\n\nN. Khrushchev\n\n")
EMBASSY = "<orgName>Embassy in the Soviet Union</orgName>"


@pytest.mark.parametrize("title, body, sent", [
    (TITLE, LETTER + "UNQUOTE\n\nKohler", EMBASSY),
    (TITLE, LETTER + "END QUOTE", EMBASSY),
    # the title naming no sender, the telegram's own signature under the quoted letter
    ("Telegram No. 1101", LETTER + "UNQUOTE\n\nKohler", "<name>Kohler</name>"),
    # no quoted letter: the signature is the sender's
    ("Letter from Khrushchev to Kennedy", LETTER.replace("QUOTE\n\n", ""),
     '<persName ref="persons.xml#khrushchev-nikita">Nikita Sergeyevich Khrushchev</persName>'),
    # the State Department's capitals: the quotation's end on the signature's line
    (TITLE, LETTER.upper().replace("LETTER OF OCTOBER", "LETTER OF 25 OCTOBER")
     .replace("N. KHRUSHCHEV\n\n", "N. KHRUSHCHEV UNQUOTE\n\n") + "KOHLER", EMBASSY),
], ids=["UNQUOTE and the ambassador", "END QUOTE last", "no sender in the title",
        "no quotation", "in capitals"])
def test_a_quoted_letters_signature_is_not_the_telegrams_sender(title, body, sent, registers,
                                                                 validator):
    tei, reporter = encode_text(page(body, date="October 26, 1962", title=title), registers)
    sender = tei.find(".//t:correspDesc/t:correspAction[@type='sent']", TEI)
    assert compact_xml(sender).startswith(f'<correspAction type="sent">{sent}'), \
        [str(d) for d in reporter.diagnostics]
    assert "<dateline" not in body_xml(tei)
    assert [str(d) for d in validator.validate(tei, "x.txt", lambda pointer: True)] == []


def test_the_telegrams_signer_under_the_quotations_end_is_no_dateline(registers):
    body = LETTER.upper().replace("N. KHRUSHCHEV\n\n", "N. KHRUSHCHEV UNQUOTE\n\n") + "KOHLER"
    tei, _ = encode_text(page(body, date="October 26, 1962", title=TITLE), registers)
    assert '">KOHLER</signed></closer>' in body_xml(tei) and "<dateline" not in body_xml(tei)


def test_unquote_ends_the_quoted_text_as_a_trailer(registers):
    tei, _ = encode_text(page(LETTER + "UNQUOTE\n\nKohler", date="October 26, 1962",
                              title=TITLE), registers)
    assert '<trailer n="7" xml:id="L7">UNQUOTE</trailer><closer><signed n="8" xml:id="L8">' \
        'Kohler</signed></closer>' in body_xml(tei)
