"""Review round 12's document structure at the text's end (session 27): the place and date an
aide-mémoire, a note or a letter closes with, no signature by them (M7), and a signer named by
the surname alone under the word of his office (M10).

Each case gives the end of a source and the TEI it must become; every document made by
`valid_tei` is valid against the project schema, its Schematron and tei_all and reports nothing.
"""

from __future__ import annotations

import pytest

from tests.conftest import TEI, encode_text, page, texts



# ---- r12 M7: the place and date under the text ------------------------------------------------

AIDE_TITLE = "Aide-Memoire of the Secretary-General"
AIDE = "1. The Secretary-General proposes a team of observers."
LETTER_TITLE = "Letter from U Thant to Fidel Castro"
LETTER = "The Secretary-General thanks the Prime Minister for his letter."


@pytest.mark.parametrize("title, text, end", [
    pytest.param(AIDE_TITLE, AIDE, "United Nations, New York\n7 November 1962", id="two lines"),
    pytest.param(AIDE_TITLE, AIDE, "United Nations, New York\n\n7 November 1962",
                 id="two paragraphs"),
    pytest.param(LETTER_TITLE, LETTER, "Havana\n7 November 1962", id="a letter's, a city"),
])
def test_the_place_and_date_under_the_text_are_the_closer_s_dateline(valid_tei, title, text,
                                                                      end):
    """`United Nations, New York` / `7 November 1962` were two numbered lines of the text, the
    place and day of issue no dateline."""
    tei = valid_tei(page(f"{text}\n\n{end}", date="November 7, 1962", title=title))
    assert texts(tei, ".//t:closer/t:dateline") == end.replace("\n\n", "\n").split("\n")
    assert texts(tei, ".//t:body/t:div/t:p") == [text]


def test_the_letter_s_closing_date_is_its_day_of_sending(valid_tei):
    tei = valid_tei(page(f"{LETTER}\n\nUnited Nations, New York\n6 November 1962",
                         date="November 7, 1962", title=LETTER_TITLE))
    sent = tei.find(".//t:correspAction[@type='sent']/t:date", namespaces=TEI)
    assert sent.get("when") == "1962-11-06"


@pytest.mark.parametrize("end", [
    pytest.param("Mr. Smith, New York\n7 November 1962", id="a name the registers lack"),
    pytest.param("We met in New York\n7 November 1962", id="a sentence's words"),
    pytest.param("New York\n7 November 1962\n\nThe talks went on.\n\nWe will report again.",
                 id="not the text's end"),
])
def test_lines_that_are_no_place_over_the_last_date_stay_the_text_s(registers, end):
    tei, _ = encode_text(page(f"{AIDE}\n\n{end}", date="November 7, 1962", title=AIDE_TITLE),
                         registers)
    assert tei.find(".//t:closer", namespaces=TEI) is None


# ---- r12 M10: the signer's surname alone under his office ----------------------------------------

POLISH_TITLE = "Report of the Polish Embassy in Beijing"
REPORT = "Zhou Enlai spoke of the Soviet withdrawal."


@pytest.mark.parametrize("office, name", [
    pytest.param("Ambassador", "Kiryłło", id="the Polish ambassador"),
    pytest.param("Ambassador", "\nShitov", id="a paragraph each"),
    pytest.param("Chargé d'affaires", "Kudryavtsev", id="an office ending in small letters"),
])
def test_a_surname_alone_under_the_office_is_the_signer(valid_tei, office, name):
    """`Ambassador` / `Kiryłło` was the signer's office over a dateline `Kiryłło`, and `Chargé
    d'affaires` / `Kudryavtsev` one paragraph of the text, no closer."""
    tei = valid_tei(page(f"{REPORT}\n\n{office}\n{name}", title=POLISH_TITLE))
    assert texts(tei, ".//t:closer/t:signed") == [office, name.strip()]
    assert tei.find(".//t:closer/t:dateline", namespaces=TEI) is None


@pytest.mark.parametrize("end, datelines", [
    pytest.param("A. Mikoyan\nAmbassador\nMatanzas", ["Matanzas"], id="under a signer's office"),
    pytest.param("Secretary of State met the\nAmbassador", [], id="wrapped prose"),
])
def test_a_word_under_a_named_signer_s_office_is_still_the_place(registers, end, datelines):
    tei, _ = encode_text(page(f"{REPORT}\n\n{end}", title=POLISH_TITLE), registers)
    assert texts(tei, ".//t:closer/t:dateline") == datelines
