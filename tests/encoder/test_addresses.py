"""An address's lines: one `addrLine` a line, under a note's closer as in a letter's opener.

Each case gives the source and the TEI it must become; every document made here is valid against
the project schema, its Schematron and tei_all.
"""

from __future__ import annotations

import pytest

from tests.conftest import TEI, body_xml, encode_text, page

TITLE = "Note Verbale from the Embassy of the USSR in Havana to the Foreign Ministry"
TEXT = "The Embassy informs the Ministry of the loading of the aircraft.\n\n"
VALEDICTION = ("The Embassy takes this opportunity to renew to the Ministry the assurances of its "
               "highest consideration.")
HAVANA = '<placeName ref="places.xml#havana">Havana</placeName>'
CUBA = '<placeName ref="places.xml#cuba">Republic of Cuba</placeName>'


def note(closing: str) -> str:
    return page(TEXT + closing, date="November 20, 1962", title=TITLE)


@pytest.mark.parametrize("closing, expected", [
    pytest.param(f"{VALEDICTION}\n\nHavana, 20 November 1962\n\nTo the Foreign Ministry\n"
                 "of the Republic of Cuba\nHavana",
                 '<address><addrLine n="4" xml:id="L4">To the Foreign Ministry</addrLine>'
                 f'<addrLine n="5" xml:id="L5">of the {CUBA}</addrLine><addrLine n="6" '
                 f'xml:id="L6">{HAVANA}</addrLine></address>',
                 id="r6 5.10: the note's addressee over three lines, one in lower case"),
])
def test_each_line_of_the_address_under_a_closer_is_an_addrline(valid_tei, closing, expected):
    """Review r6 (5.10): the three lines of a note's addressee, the second going on in lower
    case, were one `addrLine` (the contract gives one a line, as the opener's)."""
    assert body_xml(valid_tei(note(closing))).endswith(f"{expected}</closer></div>")


def test_a_valediction_over_two_lines_stays_one_salute(registers):
    tei, _ = encode_text(note(VALEDICTION.replace(" the assurances", "\nthe assurances")
                              + "\n\nHavana, 20 November 1962\n\nTo the Foreign Ministry"),
                         registers)
    salutes = tei.xpath("//t:closer/t:salute", namespaces=TEI)
    assert ["".join(s.itertext()) for s in salutes] == [VALEDICTION]
