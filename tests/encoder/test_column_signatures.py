"""A signer's office and name side by side in columns, and a protocol's distribution under them.

Each case gives the source's closing lines and the TEI they must become; every document made here
is valid against the project schema, its Schematron and tei_all.
"""

from __future__ import annotations

import pytest

from tests.conftest import TEI, body_xml, encode_text, page

TITLE = "Protocol No. 62 of the Session of the Presidium of the CC CPSU"
CC_CPSU = '<orgName ref="organizations.xml#cc-cpsu">CC CPSU</orgName>'
KHRUSHCHEV = '<persName ref="persons.xml#khrushchev-nikita">N. Khrushchev</persName>'
TEXT = "Resolved: to send Com. Mikoyan to Havana.\n\n"


def protocol(closing: str) -> str:
    return page(TEXT + closing, date="October 28, 1962", title=TITLE)


@pytest.mark.parametrize("closing, expected", [
    pytest.param("Secretary of the CC CPSU     N. Khrushchev",
                 f'<closer><signed n="2" xml:id="L2">Secretary of the {CC_CPSU}     {KHRUSHCHEV}'
                 '</signed></closer>', id="r6 5.7: the protocol's signature"),
    pytest.param("Secretary of the CC CPSU     N. Khrushchev\n\nExtracts sent to: Coms. Gromyko, "
                 "Malinovsky — all points.",
                 f'<closer><signed n="2" xml:id="L2">Secretary of the {CC_CPSU}     {KHRUSHCHEV}'
                 '</signed></closer><postscript><p n="3" xml:id="L3">Extracts sent to: Coms. '
                 'Gromyko, <persName ref="persons.xml#malinovsky-rodion">Malinovsky</persName> — '
                 'all points.</p></postscript>', id="r6 5.7: and who gets extracts under it"),
])
def test_an_office_and_a_name_in_columns_are_the_signature(valid_tei, closing, expected):
    """Review r6 (5.7): `Secretary of the CC CPSU     N. Khrushchev`, the office and the name in
    two columns, was a paragraph of the text, and `Extracts sent to:` under it too."""
    assert body_xml(valid_tei(protocol(closing))).endswith(f"</p>{expected}</div>")


@pytest.mark.parametrize("closing", [
    pytest.param("Group of goods          Plan 1962", id="a table's heading"),
    pytest.param("Oil and oil products      4,200.0", id="a table's row"),
    pytest.param("Secretary of the CC CPSU     Khrushchev", id="a name of one word"),
    pytest.param("The session closed     N. Khrushchev", id="no office"),
    pytest.param("To the Secretary of the CC CPSU:     N. Khrushchev",
                 id="rvB 12: words before a colon, not an office"),
])
def test_other_lines_in_columns_are_no_signature(registers, closing):
    tei, _ = encode_text(protocol(closing), registers)
    assert not tei.xpath("//t:signed", namespaces=TEI)
