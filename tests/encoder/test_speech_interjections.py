"""A voice from the hall breaking into a speech (`A VOICE:`, `PUEBLO:`): its one paragraph."""

import pytest

from tests.conftest import body_xml, encode_text, page

ADDRESS = "Address by President Kennedy at the University of Washington"
KENNEDY = ("My fellow citizens, the quarantine will hold. (Applause)\n\n{}: What about Berlin?\n\n"
           "Berlin is not Cuba. We will not be blackmailed.\n\nThank you and good night.")
CASTRO = ("Compañeros: el pueblo de Cuba no aceptará la inspección. (APLAUSOS)\n\n"
          "{}: ¡Fidel, seguro, a los yanquis dales duro!\n\n"
          "No somos peones en el tablero. (Aplausos prolongados.)\n\n"
          "¡Patria o Muerte! ¡Venceremos!")
COMPARECENCIA = "Comparecencia del Comandante Fidel Castro ante la televisión"


def spoken(tei) -> list[tuple[str | None, str, list[str]]]:
    """(who, speaker, paragraph numbers) of each turn."""
    return [(sp.get("who"), sp.findtext("{*}speaker"), [p.get("n") for p in sp.iter("{*}p")])
            for sp in tei.iter("{*}sp")]


@pytest.mark.parametrize("body, title, voice", [
    (KENNEDY, ADDRESS, "A VOICE"), (KENNEDY, ADDRESS, "VOICES"),
    (CASTRO, COMPARECENCIA, "PUEBLO"), (CASTRO, COMPARECENCIA, "UNA VOZ"),
], ids=["a voice", "voices", "the crowd", "una voz"])
def test_an_interjection_in_a_speech_takes_its_one_paragraph(body, title, voice, registers):
    """Review r11 S7: `A VOICE:` (and `PUEBLO:`, a provisional person) opened a turn that took the
    rest of the speech, the President's and Castro's words the heckler's or the crowd's. The
    voice is no one's, its turn its one paragraph; the speech goes on outside it."""
    tei, reporter = encode_text(page(body.format(voice), title=title), registers,
                                provisional=True)
    assert spoken(tei) == [(None, voice, ["2"])]
    assert not [d for d in reporter.diagnostics if d.code.startswith("speaker")]


def test_a_cuban_stenogram_s_applause_in_capitals_is_a_stage_direction(registers):
    """Review r11 S7: `(APLAUSOS)` stayed text where `(Aplausos prolongados.)` is a direction."""
    tei, _ = encode_text(page(CASTRO.format("PUEBLO"), title=COMPARECENCIA), registers)
    assert '<stage type="delivery" rend="parentheses">APLAUSOS</stage>' in body_xml(tei)


def test_a_voice_in_a_record_of_conversation_keeps_its_paragraphs(registers):
    """Outside a speech a voice's turn goes on as any turn does: whose the next paragraph is, the
    speech's speaker's, only a speech says."""
    body = "Mikoyan: We agree.\n\nA VOICE: What about Berlin?\n\nAnd the bases in Turkey?"
    tei, _ = encode_text(page(body), registers, provisional=True)
    assert spoken(tei)[-1] == (None, "A VOICE", ["2", "3"])
