"""Review round 12's letter tops (session 27, M14): the place of writing and the handling
markings over a Soviet or an American letter's salutation.

Each case gives the top of a source and the TEI it must become; every document made by
`valid_tei` is valid against the project schema, its Schematron and tei_all and reports nothing.
"""

from __future__ import annotations

import pytest

from tests.conftest import TEI, encode_text, page

TITLE = "Letter from Khrushchev to Fidel Castro"
TEXT = "We agree with you.\n\nN. Khrushchev"


def opener(tei) -> list[tuple[str, str]]:
    """Each line of the opener: its element's local name and its text."""
    return [(etree_name(element), "".join(element.itertext()))
            for element in tei.iterfind(".//t:opener/*", namespaces=TEI)]


def etree_name(element) -> str:
    return element.tag.rsplit("}", 1)[-1]


@pytest.mark.parametrize("top, lines", [
    pytest.param("Moscow. Kremlin.", [("dateline", "Moscow. Kremlin.")], id="the place of writing"),
    pytest.param("Moscow, the Kremlin", [("dateline", "Moscow, the Kremlin")], id="with a comma"),
    pytest.param("Urgent. Priority.", [("stamp", "Urgent. Priority.")], id="handling alone"),
    pytest.param("Personal. Confidential.", [], id="handling and the classification"),
])
def test_the_line_over_the_salutation_leaves_the_salutation_the_opener_s(valid_tei, top, lines):
    """`Moscow. Kremlin.` and `Personal. Confidential.` over `Dear Comrade Fidel Castro,` were
    text lines, and the salutation under them one too ([opener-unread])."""
    salute = "Dear Comrade Fidel Castro,"
    tei = valid_tei(page(f"{top}\n\n{salute}\n\n{TEXT}", date="October 28, 1962", title=TITLE))
    assert opener(tei) == lines + [("salute", salute)]


def test_personal_and_confidential_is_the_classification(valid_tei):
    tei = valid_tei(page(f"Personal. Confidential.\n\nDear Mr. President,\n\n{TEXT}",
                         date="October 28, 1962", title=TITLE))
    target = tei.find(".//t:catRef[@scheme='#classification']", namespaces=TEI).get("target")
    assert target == "#classification.confidential"
    assert "Personal. Confidential." not in "".join(tei.find(".//t:body", TEI).itertext())


@pytest.mark.parametrize("top", [
    pytest.param("Moscow. We agree.", id="a sentence after the place"),
    pytest.param("Personal. We agree.", id="a sentence after the handling word"),
])
def test_a_sentence_over_the_salutation_stays_the_text_s(registers, top):
    tei, _ = encode_text(page(f"{top}\n\nDear Comrade Fidel Castro,\n\n{TEXT}",
                              date="October 28, 1962", title=TITLE), registers)
    assert tei.find(".//t:opener", namespaces=TEI) is None
    assert tei.find(".//t:catRef[@scheme='#classification']", namespaces=TEI) is None
