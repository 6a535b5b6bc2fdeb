"""Source snippet -> TEI fragment for a register name in a Spanish original: its Spanish form,
accented, the article before it left outside, and never a part of another state's name."""

from __future__ import annotations

import pytest

from tests.conftest import body_xml, encode_text, page

USA = '<placeName ref="places.xml#usa">{}</placeName>'
USSR = '<placeName ref="places.xml#ussr">{}</placeName>'

LINKED = [
    # session 22 (r8, N3): the Spanish letter of Castro to U Thant linked none of these
    ("F. CASTRO. Las diferencias entre Cuba y los Estados Unidos.",
     "y los " + USA.format("Estados Unidos") + "."),
    ("F. CASTRO. Las relaciones con la Unión Soviética.",
     "con la " + USSR.format("Unión Soviética") + "."),
    ("F. CASTRO. Secretario General de la Organización de las Naciones Unidas.",
     'de la <orgName ref="organizations.xml#un">Organización de las Naciones Unidas</orgName>.'),
    ("F. CASTRO. Excelentísimo señor U Thant, Nueva York.",
     '<placeName ref="places.xml#new-york">Nueva York</placeName>.'),
    ("F. CASTRO. La disposición del Gobierno Revolucionario de Cuba a discutir.",
     'del <orgName ref="organizations.xml#cuban-government">Gobierno Revolucionario de '
     'Cuba</orgName> a'),
    ("F. CASTRO. LOS ESTADOS UNIDOS Y LA UNIÓN SOVIÉTICA.",
     "LOS " + USA.format("ESTADOS UNIDOS") + " Y LA " + USSR.format("UNIÓN SOVIÉTICA") + "."),
    # the longest form is the name: the whole continent's, not the shorter one inside it
    ("F. CASTRO. Los Estados Unidos de América lo saben.",
     USA.format("Estados Unidos de América") + " lo"),
]

NOT_THE_USA = [
    # another federation's name that opens with the USA's form
    ("F. CASTRO. El embajador de los Estados Unidos Mexicanos llegó.",
     "de los Estados Unidos Mexicanos llegó"),
    ("F. CASTRO. El embajador de los Estados Unidos del Brasil llegó.",
     "de los Estados Unidos del Brasil llegó"),
    ("A.I. MIKOYAN. The Ambassador of the United States of Brazil came.",
     "of the United States of Brazil came"),
    # words in lower case are no name
    ("F. CASTRO. Los estados unidos por el tratado firmaron.", "Los estados unidos por"),
    # a bare `Gobierno Revolucionario` may be any country's
    ("F. CASTRO. El Gobierno Revolucionario no puede admitir.", "El Gobierno Revolucionario no"),
]


@pytest.mark.parametrize("source, expected", LINKED, ids=[c[0][10:40] for c in LINKED])
def test_a_spanish_register_form_is_linked(source, expected, registers):
    tei, reporter = encode_text(page(source), registers)
    assert expected in body_xml(tei), [str(d) for d in reporter.diagnostics]


@pytest.mark.parametrize("source, expected", NOT_THE_USA, ids=[c[0][10:40] for c in NOT_THE_USA])
def test_a_form_inside_another_name_or_in_lower_case_is_not_linked(source, expected, registers):
    assert expected in body_xml(encode_text(page(source), registers)[0])


SPANISH_RECORD = "Conversación de A. I. Mikoyan con dirigentes cubanos"


@pytest.mark.parametrize("label, who", [
    ("Canciller Roa", "persons.xml#roa-raul"),
    ("Comandante Guevara", "persons.xml#guevara-ernesto"),
    ("Comandante Fidel Castro", "persons.xml#castro-fidel"),
], ids=["the foreign minister", "a rank", "a rank and the full name"])
def test_a_spanish_office_before_a_register_name_is_a_label(label, who, registers):
    """Review r11 M12: `Canciller Roa:`, `Comandante Guevara:`, `Comandante Fidel Castro:` (the
    Cuban records' commonest form) were [speaker-unread] paragraphs while `Presidente Dorticós:`
    was read: each is the turn of the person the name after the office names."""
    body = f"Mikoyan: Debemos discutir.\n\n{label}: Cuba no acepta.\n\nMikoyan: Bien."
    tei, reporter = encode_text(page(body, title=SPANISH_RECORD), registers)
    assert [(sp.get("who"), sp.findtext("{*}speaker")) for sp in tei.iter("{*}sp")][1] == \
        (who, label)
    assert not [d for d in reporter.diagnostics if d.code.startswith("speaker")]


def test_a_spanish_office_in_a_sentence_is_no_label(registers):
    """`Comandante Guevara dijo: No.` tells what he said: the record's sentence in the turn."""
    body = "Mikoyan: Debemos discutir.\n\nComandante Guevara dijo: No.\n\nMikoyan: Bien."
    tei, _ = encode_text(page(body, title=SPANISH_RECORD), registers)
    assert [sp.findtext("{*}speaker") for sp in tei.iter("{*}sp")] == ["Mikoyan", "Mikoyan"]
