"""A report sent as a letter is: its cover sheet's letterhead, address and signature, and its
sender and addressee (review round 10 M5, round 11 L5).

Each case gives the source and the TEI it must become; every document made by `valid_tei` is
valid against the project schema, its Schematron and tei_all and reports nothing.
"""

from __future__ import annotations

import pytest

from tests.conftest import TEI, body_xml, compact_xml, encode_text

KGB_TITLE = "KGB Report to the CC CPSU on the Reaction in Washington"
KGB = ("TOP SECRET\nSpecial Folder\n\n"
       "Committee for State Security under the Council of Ministers of the USSR\nNo. 2714-Sh\n\n"
       "To the Central Committee of the CPSU\nComrade N. S. Khrushchev\n\n"
       "According to information received from the KGB residency in Washington, the White "
       "House was preparing for an air strike against Cuba.\n\n"
       "Chairman of the KGB\nV. Semichastny\n\n"
       "TOP SECRET\nReturn within 24 hours to the 1st Department\n\n"
       "KGB report on contacts in Washington during the crisis.")
INFORME_TITLE = "Informe del Estado Mayor General de las FAR sobre el desmontaje de las rampas"
INFORME = ("La Habana, 1 de noviembre de 1962\n\n"
           "Al Comandante en Jefe Fidel Castro Ruz:\n\n"
           "1. Las tropas soviéticas comenzaron el desmontaje de las rampas en San Cristóbal.\n\n"
           "Comandante Sergio del Valle\nJefe del Estado Mayor General")


def archive_page(title: str, body: str, date: str, language: str = "English") -> str:
    return (f"{date}\n\n{title}\n\n{body}\n\nDocument Information\n\nSource\n\nAn archive."
            f"\n\nType\n\nReport\n\nLanguage\n\n{language}\n\nRecord ID\n\n1\n")


def corresp(tei) -> str:
    found = tei.find(".//t:correspDesc", TEI)
    return compact_xml(found) if found is not None else ""


def test_a_kgb_report_s_cover_sheet_is_its_opener_and_closer(valid_tei):
    """Review round 10 (M5): the letterhead and its number were one text line, the address
    and the signature prose, and the report had no sender or addressee (not in CMIF)."""
    tei = valid_tei(archive_page(KGB_TITLE, KGB, "October 26, 1962"))
    body = body_xml(tei)
    assert ('<byline n="2" xml:id="L2">Committee for State Security under the Council of '
            'Ministers of the <placeName ref="places.xml#ussr">USSR</placeName><lb/>'
            'No. 2714-Sh</byline><address><addrLine n="3" xml:id="L3">To the') in body
    assert '<closer><signed n="6" xml:id="L6">Chairman of the KGB</signed>' in body
    assert tei.findtext(".//t:abstract/t:p", namespaces=TEI) == (
        "KGB report on contacts in Washington during the crisis.")
    assert '<correspAction type="sent"><name>V. Semichastny</name>' in corresp(tei)
    assert '<orgName ref="organizations.xml#cc-cpsu">' in corresp(tei)


def test_a_cuban_report_s_addressee_is_its_salutation(valid_tei):
    """Review round 11 (L5): `Al Comandante en Jefe Fidel Castro Ruz:` was a text line and
    the report, to Castro and signed by Sergio del Valle, had no correspDesc."""
    tei = valid_tei(archive_page(INFORME_TITLE, INFORME, "1 de noviembre de 1962", "Spanish"))
    assert ('<salute n="2" xml:id="L2">Al Comandante en Jefe <persName '
            'ref="persons.xml#castro-fidel">Fidel Castro Ruz</persName>:</salute></opener>'
            ) in body_xml(tei)
    assert '<correspAction type="sent"><name>Comandante Sergio del Valle</name>' in corresp(tei)
    assert 'type="received"><persName ref="persons.xml#castro-fidel">' in corresp(tei)


@pytest.mark.parametrize("title, body", [
    pytest.param(KGB_TITLE, "Committee for State Security under the Council of Ministers of "
                 "the USSR\n\nAccording to information received, the White House was "
                 "preparing.\n\nV. Semichastny", id="a letterhead over no address"),
    pytest.param(INFORME_TITLE, "Al día siguiente las tropas comenzaron el desmontaje.\n\n"
                 "Comandante Sergio del Valle", id="Al in a sentence"),
    pytest.param(KGB_TITLE, "To the Central Committee of the CPSU\nComrade N. S. Khrushchev"
                 "\n\nAccording to information received, the White House was preparing.",
                 id="addressed, not signed"),
])
def test_a_report_neither_addressed_nor_signed_has_no_correspondents(registers, title, body):
    tei, _ = encode_text(archive_page(title, body, "October 26, 1962"), registers)
    assert corresp(tei) == "" and "<byline" not in body_xml(tei)


def test_the_signer_s_name_holds_no_gap_s_description(registers):
    """The shipments report (tests/data/review), addressed and signed, gained a sender named
    `... N. Patolichev signature`: the `<gap>` of `[signature]` is no word of the name."""
    body = ("To the CC CPSU\nCom. A.I. Mikoyan\n\nThe Ministry reports on the deliveries.\n\n"
            "Deputy Minister of Foreign Trade N. Patolichev [signature]")
    tei, _ = encode_text(archive_page("Report on Deliveries to Cuba", body, "December 3, 1962"),
                         registers)
    assert tei.xpath("string(.//t:correspAction[@type='sent']/t:name)", namespaces=TEI) == (
        "Deputy Minister of Foreign Trade N. Patolichev")
