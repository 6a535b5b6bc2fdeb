"""The end of a text: the closer and postscripts, what stands between and after them, and the
archive's summary the page prints after the text (session 21, review r6's findings 5.2-5.5, 5.9,
1.3).

Each case gives the end of a source and the TEI it must become; every document made by
`valid_tei` is valid against the project schema, its Schematron and tei_all and reports nothing.
"""

from __future__ import annotations

import pytest

from tests.conftest import TEI, body_xml, encode_text, page

REPORT_TITLE = "Report of the Hungarian Embassy in Havana to the Foreign Ministry"
SUMMARY = "The chargé d'affaires reports on the Soviet briefing."
BODY = "I propose that the Ministry inform the Party of the above."
CLOSING = "Havana, 22 November 1962\n\nComradely greetings:\n\nBeck Tamás\nChargé d'affaires a.i."
CLOSER = ('<closer><dateline n="2" xml:id="L2"><placeName ref="places.xml#havana">Havana'
          '</placeName>, <date when="1962-11-22">22 November 1962</date></dateline><salute n="3" '
          'xml:id="L3">Comradely greetings:</salute><signed n="4" xml:id="L4">Beck Tamás</signed>'
          '<signed n="5" xml:id="L5">Chargé d\'affaires a.i.</signed></closer>')
REGISTERED = "Registered at the Foreign Ministry on 4.XII.1962, under no. 5/bk/1962"
REGISTERED_TEI = ('Registered at the Foreign Ministry on <date when="1962-12-04">4.XII.1962</date>, '
                  'under no. 5/bk/1962')


def abstract(tei) -> str | None:
    return tei.findtext(".//t:abstract/t:p", namespaces=TEI)


# ---- r6 5.4: the editors' bracket after the signature ----------------------------------------

@pytest.mark.parametrize("bracket, note", [
    pytest.param(f"[{REGISTERED}]", REGISTERED_TEI, id="the registry entry"),
    pytest.param("[Text not found in the archive files.]",
                 "Text not found in the archive files.", id="a sentence of theirs"),
])
def test_the_editors_bracket_after_the_signature_follows_the_closer(valid_tei, bracket, note):
    """A paragraph wholly one bracket the editors' note, under the signature, is stepped over as
    `[Ed. note: ...]` is: the closer above it and the archive's summary after it are found (the
    Hungarian report's dateline, valediction, signature and the summary were paragraphs of the
    text)."""
    tei = valid_tei(page(f"{BODY}\n\n{CLOSING}\n\n{bracket}\n\n{SUMMARY}", title=REPORT_TITLE))
    assert body_xml(tei).endswith(f'of the above.</p>{CLOSER}<note type="editorial" resp="#ed" '
                                  f'target="#L5" n="6" xml:id="L6">{note}</note></div>')
    assert abstract(tei) == SUMMARY


def test_the_editors_bracket_after_the_text_s_prose_makes_no_closer(registers):
    """No closing line over the bracket: it and the paragraph after it stay the text's."""
    tei, _ = encode_text(page(f"{BODY}\n\n[{REGISTERED}]\n\nThe Party agreed on 5 December.",
                              title=REPORT_TITLE), registers)
    assert "<closer>" not in body_xml(tei)
    assert body_xml(tei).endswith(f'<p n="2" xml:id="L2"><note type="editorial" place="inline" '
                                  f'resp="#ed">{REGISTERED_TEI}</note></p><p n="3" xml:id="L3">'
                                  'The Party agreed on <date when="1962-12-05" cert="medium" '
                                  'evidence="conjecture" resp="#encoder">5 December</date>.</p>'
                                  '</div>')
    assert abstract(tei) is None


@pytest.mark.parametrize("bracket", [
    "[in Kennedy's hand below the signature: Send tonight. JFK]",   # the hand's: the letter's
    "[Interpreter's note: the word was rendered as 'partly'.]",    # the record's own note
])
def test_a_bracket_not_the_editors_is_no_note_after_the_closer(registers, bracket):
    tei, _ = encode_text(page(f"{BODY}\n\n{CLOSING}\n\n{bracket}", title=REPORT_TITLE), registers)
    assert '<note type="editorial" resp="#ed" target' not in body_xml(tei)


# ---- a comrade's valediction written with a colon ---------------------------------------------

@pytest.mark.parametrize("valediction", ["Comradely greetings:", "With comradely greetings:",
                                         "Fraternal greetings,"])
def test_a_comrade_s_valediction_with_a_colon_opens_the_closer(valid_tei, valediction):
    """`Comradely greetings:` (the Hungarian `Elvtársi üdvözlettel:` in English) over the
    signature: the Hungarian report's closer was its paragraphs."""
    tei = valid_tei(page(f"{BODY}\n\n{valediction}\n\nA. Mikoyan", title=REPORT_TITLE))
    assert f'<closer><salute n="2" xml:id="L2">{valediction}</salute><signed' in body_xml(tei)


@pytest.mark.parametrize("sentence", ["Comradely greetings to the Cuban people.",
                                      "Comradely greetings: the Party sends them."])
def test_greetings_in_a_sentence_are_no_valediction(registers, sentence):
    tei, _ = encode_text(page(f"{BODY}\n\n{sentence}\n\nA. Mikoyan", title=REPORT_TITLE),
                         registers)
    assert "<salute" not in body_xml(tei)
