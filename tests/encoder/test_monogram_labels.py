"""The monogram labels of the ExComm tape transcripts (`JFK:`) read as the register persons they
stand for, and `The President:` beside them as the same man in his term (review r11 M18)."""

import pytest

from tests.conftest import encode_text, page

EXCOMM = "Transcript of the Executive Committee Meeting, October 27, 1962"
KENNEDY = "persons.xml#kennedy-john"


def speakers(tei) -> list[tuple[str, str]]:
    """(@who, the speaker as printed) of each turn, in order."""
    return [(sp.get("who", ""), "".join(sp.find("{*}speaker").itertext()))
            for sp in tei.iter("{*}sp")]


def test_jfk_is_the_register_s_kennedy_and_rfk_stays_provisional(registers):
    tei, _ = encode_text(page("JFK: What do we do?\n\nRFK: We wait.\n\nJFK: All right.",
                              "October 27, 1962", EXCOMM), registers, provisional=True)
    found = speakers(tei)
    assert found[0] == found[2] == (KENNEDY, "JFK")
    assert found[1][0].startswith("persons.xml#prov-rfk-")   # no Robert Kennedy registered


@pytest.mark.parametrize("date, who", [("October 27, 1962", KENNEDY),
                                       ("June 2, 1964", "persons.xml#prov-the-president-")])
def test_the_president_beside_jfk_is_kennedy_in_his_term_only(registers, date, who):
    source = "The President: What do we do?\n\nJFK: All right.\n\nThe President: Go."
    tei, _ = encode_text(page(source, date, "Transcript of a Meeting"), registers,
                         provisional=True)
    found = speakers(tei)
    assert found[0][0].startswith(who) and found[2][0].startswith(who)
    assert found[1] == (KENNEDY, "JFK")


def test_the_president_without_a_monogram_label_is_not_tied_to_kennedy(registers):
    tei, _ = encode_text(page("The President: What do we do?\n\nMcNamara: We wait.",
                              "October 27, 1962", "Transcript of a Meeting"), registers,
                         provisional=True)
    assert speakers(tei)[0][0] != KENNEDY
