"""The closing lines' words (session 22, review r8's C3, C4, and what helpers n2, n3, n4 left):
the registry's line under a signature, a Spanish letter's courtesy, motto and signer's office,
more valedictions and offices.

Each case gives the end of a source and the TEI it must become; every document made by
`valid_tei` is valid against the project schema, its Schematron and tei_all and reports nothing.
"""

from __future__ import annotations

import pytest

from tests.conftest import TEI, body_xml, encode_text, page, texts



# ---- r8 C4: the registry's line under the signature -------------------------------------------

INSTRUCTION_TITLE = "Instruction from the CC CPSU to the Soviet Ambassador in Cuba"
INSTRUCTION = "Visit Fidel Castro and state the following.\n\nTelegraph upon fulfillment."
POINT = "Point 3 of the protocol No. 62 of the session of the Presidium of the CC of 30.X.62."
INSTRUCTION_SUMMARY = "The Presidium instructs the ambassador to see Castro."


@pytest.mark.parametrize("point", [
    pytest.param(POINT, id="the instruction's"),
    pytest.param("Пункт 3 протокола № 62 заседания Президиума ЦК от 30.X.62 г.", id="Russian"),
    pytest.param("Item 4 of the minutes No. 12 of the Politburo of 2 November 1962.",
                 id="an item of the minutes"),
])
def test_the_protocol_s_point_under_the_signature_keeps_the_closer(valid_tei, point):
    """`N. Khrushchev` over the registry's line was a paragraph of the text: the line, no closing
    line by its words, ended the closing lines before they began. It is the postscript's line,
    the archive's summary after it still the abstract."""
    tei = valid_tei(page(f"{INSTRUCTION}\n\nN. Khrushchev\n\n{point}\n\n{INSTRUCTION_SUMMARY}",
                         title=INSTRUCTION_TITLE))
    assert texts(tei, ".//t:closer/t:signed") == ["N. Khrushchev"]
    assert texts(tei, ".//t:postscript/t:p") == [point]
    assert tei.findtext(".//t:abstract/t:p", namespaces=TEI) == INSTRUCTION_SUMMARY


@pytest.mark.parametrize("end", [
    pytest.param(POINT, id="under the text's prose"),
    pytest.param("Point 3 of the protocol No. 62 was adopted without a vote.",
                 id="a sentence of the text"),
])
def test_the_protocol_s_point_under_no_signature_stays_the_text_s(registers, end):
    tei, _ = encode_text(f"{INSTRUCTION_TITLE}\n\n{INSTRUCTION}\n\n{end}", registers)
    assert "<closer>" not in body_xml(tei) and "<postscript>" not in body_xml(tei)
    assert texts(tei, ".//t:body/t:div/t:p")[-1] == end


# ---- r8 C3: a Spanish letter's courtesy, motto and signer's office -----------------------------

CARTA_TITLE = "Carta del Primer Ministro Fidel Castro al Secretario General U Thant"
CARTA = ("Estimado señor Secretario General:\n\nAcuso recibo de su atento mensaje.\n\n"
         "Aprovecho la oportunidad para reiterarle el testimonio de mi más alta consideración.")
CARTA_SALUTES = ["Aprovecho la oportunidad para reiterarle el testimonio de mi más alta "
                 "consideración."]


@pytest.mark.parametrize("motto, office", [
    pytest.param("Patria o Muerte\nVenceremos", "Primer Ministro del Gobierno Revolucionario",
                 id="the letter's"),
    pytest.param("¡Patria o Muerte!\n¡Venceremos!", "Presidente de la República de Cuba",
                 id="exclaimed, the president's office"),
    pytest.param("Patria o Muerte, Venceremos", "Encargado de Negocios a.i.",
                 id="on one line, a chargé's office"),
])
def test_a_spanish_letter_s_courtesy_motto_and_office_are_the_closer_s(valid_tei, motto, office):
    """The courtesy sentence and `Patria o Muerte` were paragraphs of the text, `Venceremos` a
    signature and `Primer Ministro del Gobierno Revolucionario` a postscript: the motto is the
    closer's salutation, as `Patria o Muerte!` before a signature was, and the office the
    signer's."""
    tei = valid_tei(page(f"{CARTA}\n\n{motto}\n\nFidel Castro Ruz\n{office}", title=CARTA_TITLE))
    assert texts(tei, ".//t:closer/t:salute") == CARTA_SALUTES + motto.split("\n")
    assert texts(tei, ".//t:closer/t:signed") == ["Fidel Castro Ruz", office]
    assert "<postscript>" not in body_xml(tei)


def test_the_motto_in_english_is_the_closer_s(valid_tei):
    tei = valid_tei(page("Dear Mr. Secretary General:\n\nI acknowledge your message.\n\n"
                         "Fatherland or Death\nWe Shall Win\n\nFidel Castro Ruz\n"
                         "Prime Minister of the Revolutionary Government",
                         title="Letter from Fidel Castro to U Thant"))
    assert texts(tei, ".//t:closer/t:salute") == ["Fatherland or Death", "We Shall Win"]
    assert texts(tei, ".//t:closer/t:signed") == [
        "Fidel Castro Ruz", "Prime Minister of the Revolutionary Government"]


@pytest.mark.parametrize("end", [
    pytest.param("We shall win.", id="a speech's last sentence"),
    pytest.param("Primer Ministro del Gobierno Revolucionario", id="an office under no signature"),
])
def test_a_motto_s_or_office_s_words_under_no_signature_stay_the_text_s(registers, end):
    tei, _ = encode_text(page(f"We will defend the revolution.\n\n{end}",
                              title="Speech by Fidel Castro"), registers)
    assert "<closer>" not in body_xml(tei)
    assert texts(tei, ".//t:body/t:div/t:p")[-1] == end


# ---- left by n3: more valedictions, the British spelling of an office ---------------------------

MINISTRY_LETTER = ("Dear Comrade Minister,\n\nI would be grateful if the Ministry could help with "
                   "the arrangements.")


@pytest.mark.parametrize("valediction", ["With respect,", "Fraternally,", "Fraternally yours,",
                                         "With deep respect,"])
def test_more_valedictions_open_the_closer(valid_tei, valediction):
    """`With respect,` over the signature (the ministry letter of tests/data/probe) was a
    paragraph of the text, the closer only the signature and office under it."""
    tei = valid_tei(page(f"{MINISTRY_LETTER}\n\n{valediction}\n\nC. Olivares\n"
                         "Ambassador of the Republic of Cuba",
                         title="Letter from the Cuban Ambassador to the USSR MFA"))
    assert texts(tei, ".//t:closer/t:salute") == [valediction]


@pytest.mark.parametrize("end", ["With respect to the ships, we agree.",
                                 "With respect to the ships"])
def test_with_respect_to_is_no_valediction(registers, end):
    tei, _ = encode_text(page(f"{MINISTRY_LETTER}\n\n{end}\n\nC. Olivares",
                              title="Letter from the Cuban Ambassador to the USSR MFA"), registers)
    assert texts(tei, ".//t:closer/t:salute") == []


@pytest.mark.parametrize("office", ["Counsellor of the embassy", "Counsellor of the Embassy"])
def test_the_british_counsellor_is_the_signer_s_office(valid_tei, office):
    """`Counsellor of the embassy` over `V. Tikhmenev` was a paragraph of the text (the
    registers' titles spell `counselor`)."""
    tei = valid_tei(page(f"Answer: the inspection can take place at sea.\n\n{office}\n"
                         "V. Tikhmenev", title="Memorandum of the Soviet Embassy in Havana"))
    assert texts(tei, ".//t:closer/t:signed") == [office, "V. Tikhmenev"]


# ---- left by n2: the text's only paragraph under an address is no summary ----------------------

TO_MIKOYAN = "To the CC CPSU\nCom. A.I. Mikoyan"
RECEIVE = "The Cuban comrades ask that the delegation be received at ten."


@pytest.mark.parametrize("top, text", [
    pytest.param(TO_MIKOYAN, RECEIVE, id="under the address, told in the present"),
    pytest.param(TO_MIKOYAN, "Please receive the Cuban delegation at ten.", id="a request"),
    pytest.param("To\nCom. A.I. Mikoyan", RECEIVE, id="To alone over the name"),
    pytest.param("MEMORANDUM FOR THE RECORD", RECEIVE, id="under a heading in capitals"),
])
def test_the_text_s_only_paragraph_under_its_opening_lines_stays_the_text_s(registers, top,
                                                                             text):
    """`Com. A.I. Mikoyan`, shaped as a signature, was read as the closing lines, and the
    paragraph under it as the archive's summary the page prints after them: the letter had no
    text."""
    tei, _ = encode_text(page(f"{top}\n\n{text}", title="Letter to A.I. Mikoyan"), registers)
    assert tei.find(".//t:abstract", namespaces=TEI) is None
    assert texts(tei, ".//t:body/t:div/t:p")[-1] == text


@pytest.mark.parametrize("text", [
    "We received your letter.",
    "We received your letter and thank you and the Cuban comrades for the welcome in Havana",
])
def test_the_summary_after_a_text_under_an_address_is_still_the_abstract(registers, text):
    summary = "The embassy asks Mikoyan to receive a Cuban delegation."
    tei, _ = encode_text(page(f"{TO_MIKOYAN}\n\n{text}\n\nA. Mikoyan\n\n{summary}",
                              title="Letter to A.I. Mikoyan"), registers)
    assert tei.findtext(".//t:abstract/t:p", namespaces=TEI) == summary
    assert texts(tei, ".//t:closer/t:signed") == ["A. Mikoyan"]


# ---- rv4 2: a text of short lines no opener reads still stands before the summary ---------------

@pytest.mark.parametrize("title, top, text, signer", [
    pytest.param("Letter from Fidel Castro to A.I. Mikoyan", "Dear Comrade Mikoyan:",
                 "I thank you for the information on the U.S.", "Fidel Castro",
                 id="a line ending in an abbreviation"),
    pytest.param("Telegram from Soviet Ambassador to Cuba A. Alekseev to the USSR MFA",
                 "DORTICOS RECEIVED ME TODAY", "HE ASKED ABOUT THE WITHDRAWAL", "ALEKSEEV",
                 id="a cable in capitals"),
])
def test_short_lines_of_text_keep_the_signature_and_the_summary(registers, title, top, text,
                                                                 signer):
    """Each short line that ended no sentence (`U.S.`, a cable's capitals) was taken for one
    that may open a text: the text seemed to have none, and the signature fell into it and the
    archive's summary with it."""
    summary = "The sender reports on his talks in Havana."
    tei, _ = encode_text(page(f"{top}\n\n{text}\n\n{signer}\n\n{summary}", title=title),
                         registers)
    assert texts(tei, ".//t:closer/t:signed") == [signer]
    assert tei.findtext(".//t:abstract/t:p", namespaces=TEI) == summary


# ---- rv4 7: the motto closes a letter over its signature only ----------------------------------

@pytest.mark.parametrize("motto", [
    pytest.param("¡Patria o Muerte!\n\n¡Venceremos!", id="exclaimed, a paragraph each"),
    pytest.param("Patria o Muerte\nVenceremos", id="in one block"),
    pytest.param("Fatherland or Death\nWe Shall Win", id="in English"),
])
def test_a_speech_s_closing_motto_under_no_signature_stays_the_speaker_s(registers, motto):
    """The motto was read as a closer's salutation wherever it stood: a speech's last words,
    delivered to its hearers, became a letter's closing lines."""
    tei, _ = encode_text(page(f"The people of Cuba will defend the revolution.\n\n{motto}",
                              title="Speech by Fidel Castro in Havana"), registers)
    assert "<closer>" not in body_xml(tei)
    assert " ".join(texts(tei, ".//t:body/t:div/t:p")[1:]) == " ".join(motto.split())
