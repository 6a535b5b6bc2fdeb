"""A label no register knows, shaped as a person's name (`Hermes Lima:`, `Громыко:`), is a
provisional person's turn in a provisional build of a dialogue, as `Mr. Ball:` and `GROMYKO:`
are (`name_shapes`); a field's head (`Note:`, `Subject:`) is not."""

from __future__ import annotations

import pytest

from tests.conftest import encode_text, page

DIALOGUE = "GROMYKO: We agree.\n\n{}\n\nMr. Ball: Fine."
TITLE = "Record of a Conversation"


def whos(tei) -> list[str]:
    return [sp.get("who", "").removeprefix("persons.xml#") for sp in tei.iter("{*}sp")]


@pytest.mark.parametrize("line, expected", [
    ("Hermes Lima: Brazil agrees.", "prov-hermes-lima-"),
    ("Громыко: Мы согласны.", "prov-gromyko-"),
    ("А. А. Громыко: Мы согласны.", "prov-a-a-gromyko-"),
], ids=["a forename and a surname", "a Cyrillic surname", "Cyrillic initials and surname"])
def test_an_unknown_name_label_in_a_dialogue_is_a_provisional_persons_turn(line, expected,
                                                                           registers):
    """Review r12 M9: `Hermes Lima:`, `Громыко:` were unread ([speaker-unread]), the turn no
    one's, while `Mr. Ball:` and `GROMYKO:` beside them were provisional persons."""
    tei, reporter = encode_text(page(DIALOGUE.format(line), title=TITLE), registers,
                                provisional=True)
    assert whos(tei)[1].startswith(expected)
    assert not any(d.code == "speaker-unread" for d in reporter.diagnostics)


@pytest.mark.parametrize("line", ["Note: The text is a draft.", "Subject: Cuba.",
                                  "Top Secret: Copy No. 1.", "Примечание: Текст черновой."])
def test_a_fields_head_in_a_dialogue_is_no_name_label(line, registers):
    """`Note:`, `Subject:`, `Top Secret:`, `Примечание:` are no person's names: no turn."""
    tei, _ = encode_text(page(DIALOGUE.format(line), title=TITLE), registers, provisional=True)
    assert len(whos(tei)) == 2


def test_an_unknown_name_label_outside_a_dialogue_is_no_turn(registers):
    """`Hermes Lima: Brazil agrees.` in a memorandum with no other label stays its text."""
    body = "We met at noon.\n\nHermes Lima: Brazil agrees.\n\nThe meeting ended."
    tei, _ = encode_text(page(body, title=TITLE), registers, provisional=True)
    assert whos(tei) == []


def test_an_unknown_name_label_without_provisional_speakers_is_reported(registers):
    """Without --provisional-speakers the label is reported, as before."""
    tei, reporter = encode_text(page(DIALOGUE.format("Hermes Lima: Brazil agrees."),
                                     title=TITLE), registers)
    assert any("Hermes Lima" in str(d) for d in reporter.diagnostics)


@pytest.mark.parametrize("first, second", [("GROMYKO: We agree.", "Громыко: Мы согласны."),
                                           ("Громыко: Мы согласны.", "GROMYKO: We agree.")],
                         ids=["Latin first", "Cyrillic first"])
def test_a_surname_in_two_scripts_is_one_provisional_person(first, second, registers):
    """`Громыко:` and `GROMYKO:` in one document are one provisional person, whichever comes
    first (`ProvisionalPersons._in_another_script`), not two."""
    tei, _ = encode_text(page(f"{first}\n\n{second}\n\nMr. Ball: Fine.", title=TITLE),
                         registers, provisional=True)
    gromyko, again, ball = whos(tei)
    assert gromyko == again and gromyko.startswith("prov-gromyko-") and ball != gromyko


def test_two_surnames_in_one_script_stay_two_persons(registers):
    """`Gromyko` and `Gromyka` are no one person by this reading, nor are two Latin labels."""
    tei, _ = encode_text(page("GROMYKO: We agree.\n\nGROMYKA: No.\n\nMr. Ball: Fine.",
                              title=TITLE), registers, provisional=True)
    first, second, _ = whos(tei)
    assert first != second
