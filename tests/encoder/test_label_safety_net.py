"""A paragraph that opens with a head shaped like a speaker's label never continues another
speaker's turn silently: a turn of its own, or a paragraph outside the turn with a
[speaker-unread] warning at its line (`label_heads`); and the heads that are none stay in it."""

from __future__ import annotations

import pytest

from tests.conftest import encode_text, page

SECOND_LINE = 7
"""The source line of a `page` body's second paragraph (each paragraph of one line)."""


def owner(tei, n: int) -> str | None:
    """The @who of the turn that holds line `n` ('' for a turn without one), None outside any."""
    p = tei.find(f".//{{*}}p[@n='{n}']")
    parent = p.getparent()
    return parent.get("who", "") if parent.tag.endswith("}sp") else None


def warned(reporter, line: int) -> bool:
    return any(d.code == "speaker-unread" and d.location.line == line
               for d in reporter.diagnostics)


@pytest.mark.parametrize("title, body", [
    ("Memorandum of Conversation between John J. McCloy and Vasily Kuznetsov",
     "McCloy: Then the quarantine stays.\n\nThe First Deputy Minister: That would be a breach."
     "\n\nKuznetsov: I will report."),
    ("Provisional Verbatim Record of the Security Council",
     "Mr. STEVENSON (United States of America): Do you deny it?\n\nThe representative of "
     "Cuba: The delegation of Cuba protests.\n\nMr. ZORIN (USSR): I am not in a courtroom."),
    ("Security Council", "Mr. Stevenson: Yes or no?\n\nU THANT: I have sent a message.\n\n"
     "Mr. Stevenson: Good."),
    ("Record of Conversation of A. I. Mikoyan with Fidel Castro",
     "Castro: We were not consulted.\n\nMikoyan, laughing: Perhaps.\n\nCastro: No."),
    ("Record of Conversation of A. I. Mikoyan with Fidel Castro",
     "Castro: We were not consulted.\n\nThe Chairman of the Commission: Perhaps.\n\n"
     "Castro: No."),
    ("Record of Conversation of A. I. Mikoyan with Fidel Castro",
     "Castro: We were not consulted.\n\nMikoyan [after a pause]: Perhaps.\n\nCastro: No."),
], ids=["an office of the participants list", "an unnamed delegate", "a name in capitals",
        "a manner after a comma", "an office no one holds", "a manner in brackets"])
def test_a_label_shaped_head_never_continues_the_open_turn(registers, title, body):
    """Each was the previous speaker's paragraph, no diagnostic (review round 10, S1): Kuznetsov's
    objection McCloy's, the Cuban protest Stevenson's, U Thant's words Stevenson's."""
    tei, reporter = encode_text(page(body, title=title), registers, provisional=True)
    first = owner(tei, 1)
    assert owner(tei, 2) != first
    assert owner(tei, 2) is not None or warned(reporter, SECOND_LINE)


@pytest.mark.parametrize("second", [
    "Our answer to Moscow: No bases, no missiles.",
    "Cuba: The missiles must go.",
    "First: We want guarantees.",
    "In Havana: The talks went badly.",
    "The Soviet Government said: No.",
    "First Point: We want guarantees.",
    "The Second Round: The talks went badly.",
], ids=["a sentence", "a place as topic", "a point", "a sentence opener", "a verb in the head",
        "an ordinal point", "an ordinal before no office"])
def test_a_head_of_the_speakers_own_stays_in_the_turn(registers, second):
    tei, reporter = encode_text(page(f"Castro: We were not consulted.\n\n{second}\n\n"
                                     "Castro: No.", title="Record of Conversation of A. I. "
                                     "Mikoyan with Fidel Castro"), registers, provisional=True)
    assert owner(tei, 2) == owner(tei, 1) == "persons.xml#castro-fidel"
    assert not warned(reporter, SECOND_LINE)


def test_an_ordinal_office_is_read_as_its_holders_label(registers):
    """`The First Deputy Minister:` opens Kuznetsov's turn, whom the participants list names so:
    the ordinal before an office is no field's head for the reading of labels either
    (`label_words.heads_no_label`), not only for the safety net."""
    body = ("Participants: John J. McCloy; Vasily V. Kuznetsov, First Deputy Minister of Foreign "
            "Affairs of the USSR.\n\nMcCloy: Then the quarantine stays.\n\nThe First Deputy "
            "Minister: That would be a breach.")
    tei, reporter = encode_text(page(body, title="Memorandum of Conversation between John J. "
                                     "McCloy and Vasily Kuznetsov"), registers, provisional=True)
    assert owner(tei, 3) == "persons.xml#kuznetsov-vasily"
