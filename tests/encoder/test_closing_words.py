"""The closing lines' words (session 22, review r8's C3, C4, and what helpers n2, n3, n4 left):
the registry's line under a signature, a Spanish letter's courtesy, motto and signer's office,
more valedictions and offices.

Each case gives the end of a source and the TEI it must become; every document made by
`valid_tei` is valid against the project schema, its Schematron and tei_all and reports nothing.
"""

from __future__ import annotations

import pytest

from tests.conftest import TEI, body_xml, encode_text, page


def texts(tei, path: str) -> list[str]:
    """The text of each element at `path`."""
    return ["".join(element.itertext()) for element in tei.iterfind(path, namespaces=TEI)]


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
