"""Courtesy titles of Latin American and Soviet-bloc records before a speaker's surname."""

import pytest

from tests.conftest import encode_text, page

TITLE = "Record of Conversation of A. I. Mikoyan with R. Roa"


def test_sr_and_tov_before_a_register_surname_open_its_turn(registers):
    """Review 12 M12: `Sr. Roa:`, `Tov. Mikoyan:` were unread ([speaker-unread]), the turns no
    one's, while `Cde. Mikoyan:` was read. `Sra. Roa:` (a woman's title) stays no man's turn."""
    body = ("Mikoyan: We agree.\n\nSr. Roa: Cuba agrees.\n\nTov. Mikoyan: Good.\n\n"
            "Sra. Roa: Yes.")
    tei, reporter = encode_text(page(body, title=TITLE), registers)
    assert [(sp.get("who"), sp.findtext("{*}speaker")) for sp in tei.iter("{*}sp")] == [
        ("persons.xml#mikoyan-anastas", "Mikoyan"), ("persons.xml#roa-raul", "Sr. Roa"),
        ("persons.xml#mikoyan-anastas", "Tov. Mikoyan")]
    assert [d.code for d in reporter.diagnostics] == ["speaker-unread"]


def test_a_manner_in_brackets_after_a_label_in_capitals_is_its_delivery(registers):
    """Review 12 M11: `MIKOYAN [through interpreter]:`, `MIKOYAN [laughing]:` were unread, the
    turn no one's, while `Mikoyan [to Roa]:` was read; a gap in brackets is no manner."""
    body = ("ROA: Yes.\n\nMIKOYAN [through interpreter]: We agree.\n\nMIKOYAN [laughing]: Good."
            "\n\nROA: Fine.\n\nMISSILES [2 lines not declassified]: The sites.")
    tei, _ = encode_text(page(body, title=TITLE), registers)
    assert [(sp.findtext("{*}speaker"), sp.findtext("{*}stage")) for sp in tei.iter("{*}sp")] \
        == [("ROA", None), ("MIKOYAN", "through interpreter"), ("MIKOYAN", "laughing"),
            ("ROA", None)]


@pytest.mark.parametrize("label", ["Herr Dorticos", "Sig. Dorticos", "Genosse Dorticos"])
def test_german_and_italian_courtesy_titles_open_a_turn(label, registers):
    """Review 13 M7: `Herr Ulbricht:` and `Sig. Fanfani:` (the Italian records' `Signor`) were
    unread ([speaker-unread]; `Sig` the label), while `Genosse Ulbricht:` was read."""
    tei, _ = encode_text(page(f"{label}: Ja.\n\nMikoyan: Good.", title=TITLE), registers)
    assert [(sp.get("who"), sp.findtext("{*}speaker")) for sp in tei.iter("{*}sp")][0] == (
        "persons.xml#dorticos-osvaldo", label)
