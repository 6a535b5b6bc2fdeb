"""A label of two speakers at once (`MACMILLAN and KENNEDY:`) is one turn of both: `sp/@who`
points at each (`LooseTurns._joint_turn`)."""

from __future__ import annotations

import pytest

from tests.conftest import encode_text, page

TELCON = "Telephone Conversation between President Kennedy and A. I. Mikoyan"
TURNS = "KENNEDY: Right.\n\nMIKOYAN: Good-bye.\n\n{}"


def whos(tei) -> list[str]:
    return [sp.get("who", "") for sp in tei.iter("{*}sp")]


def test_a_joint_label_of_two_speakers_is_a_turn_of_both(registers):
    """Review r12 M9: `MACMILLAN and KENNEDY: [simultaneously] Good-bye.` ended the turn before
    it and was no one's words ([speaker-unread])."""
    tei, reporter = encode_text(page(TURNS.format(
        "MIKOYAN and KENNEDY: [simultaneously] Good-bye."), title=TELCON), registers)
    assert whos(tei)[-1] == "persons.xml#mikoyan-anastas persons.xml#kennedy-john"
    assert tei.find(".//{*}sp[3]/{*}speaker").text == "MIKOYAN and KENNEDY"
    assert not any(d.code == "speaker-unread" for d in reporter.diagnostics)
    assert len(tei.findall(".//{*}particDesc//{*}person")) == 2


@pytest.mark.parametrize("line", ["Smith and Wesson: A brand.",
                                  "KENNEDY and CASTRO: Their talks failed."])
def test_a_pair_not_both_speakers_here_is_no_joint_label(line, registers):
    """Two names joined before a colon are a joint label only where each labels a turn of its
    own in the document: `Smith and Wesson:`, or a speaker and another person, are not."""
    tei, _ = encode_text(page(TURNS.format(line), title=TELCON), registers, provisional=True)
    assert len(whos(tei)) == 2
