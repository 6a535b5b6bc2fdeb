"""Openings shaped like a speaker's label that are a report's heading or a marking: a country
(`CUBA:`), a region (`COMMUNIST CHINA:`), the Soviet marking (`Top Secret. Copy No. 1`)."""

import pytest

from tests.conftest import body_xml, encode_text, page

BULLETIN = "Central Intelligence Agency, Current Intelligence Bulletin"


def turns(tei) -> list[tuple[str, str]]:
    """(who, speaker) of each turn of the document."""
    return [(sp.get("who"), sp.findtext("{*}speaker")) for sp in tei.iter("{*}sp")]


def test_country_headings_are_text_not_speakers(valid_tei):
    """Review 12 S3: `CUBA:`, `COMMUNIST CHINA:`, `BRAZIL:` heading a bulletin's items were
    provisional persons speaking them, `USSR:` swallowed into CUBA's "turn"; without
    --provisional-speakers the build failed. They are the items' text, as `1. CUBA:` is."""
    body = ("CUBA: Aerial photography shows the sites dismantled.\n\nUSSR: Malinovsky spoke.\n\n"
            "COMMUNIST CHINA: Peking attacked the Soviet leaders.\n\nBRAZIL: Goulart waits.\n\n"
            "HAVANA: The city is calm.")
    tei = valid_tei(page(body, title=BULLETIN))   # valid, nothing reported
    assert turns(tei) == []
    assert len(tei.findall(".//{*}body//{*}p")) == 5


@pytest.mark.parametrize("heading", ["SOVIET UNION", "SOUTH AMERICA", "WESTERN HEMISPHERE"])
def test_a_region_whose_first_word_qualifies_is_a_heading(heading, registers):
    """Review of the change (rvA 1): a qualifier first was left out before the whole name was
    looked up, so `SOVIET UNION:` and `SOUTH AMERICA:` were no country's."""
    tei, _ = encode_text(page(f"{heading}: The sites are quiet.", title=BULLETIN), registers,
                         provisional=True)
    assert turns(tei) == []


def test_a_country_heading_in_a_dialogue_ends_the_turn(registers):
    """`CUBA: The Cuban side rejects it.` between turns is no one's words, nor Mikoyan's."""
    body = "MIKOYAN: We agree.\n\nCUBA: The Cuban side rejects it.\n\nCASTRO: No."
    tei, _ = encode_text(page(body, title="Record of Conversation of A. I. Mikoyan with "
                                          "Fidel Castro"), registers, provisional=True)
    assert [p.findtext("{*}speaker") for p in tei.iter("{*}sp")] == ["MIKOYAN", "CASTRO"]
    assert "Cuban side" not in "".join(sp.xpath("string()") for sp in tei.iter("{*}sp"))


@pytest.mark.parametrize("body, speakers", [
    ("TURNER: We agree.\n\nKENNEDY: Good.\n\nTURNER: Yes.", ["TURNER", "KENNEDY", "TURNER"]),
    ("MACMILLAN: Well.\n\nKENNEDY: Right.", ["MACMILLAN", "KENNEDY"]),
], ids=["a surname like a country's word", "speakers"])
def test_speakers_in_capitals_stay_speakers(body, speakers, registers):
    """The country words are whole labels only: `TURNER:` (Turkey?) is no country."""
    tei, _ = encode_text(page(body, title="Telephone Conversation"), registers,
                         provisional=True)
    assert [sp.findtext("{*}speaker") for sp in tei.iter("{*}sp")] == speakers


@pytest.mark.parametrize("marking, level", [
    ("Top Secret. Of Special Importance. Copy No. 1", "top-secret"),
    ("Совершенно секретно. Экз. № 1", "top-secret"),
    ("Secret. Copy No. 2", "secret"),
], ids=["translated", "russian", "secret"])
def test_the_soviet_marking_line_is_the_classification(marking, level, registers):
    """Review 12 S4: `Top Secret. Of Special Importance. Copy No. 1` heading a translated Soviet
    report was a speaker "Top Secret" whose turn was the whole report, no classification read."""
    body = f"{marking}\n\nThe launchers are ready."
    tei, _ = encode_text(page(body, title="Report of Pliyev to Malinovsky"), registers,
                         provisional=False)
    assert turns(tei) == []
    assert tei.find(".//{*}catRef[@scheme='#classification']").get("target") \
        == f"#classification.{level}"
    assert "launchers" in body_xml(tei)


def test_a_marking_further_down_is_no_speaker(registers):
    """Under an opener the marking is not taken (warned so), but never a speaker's label."""
    body = ("To the Minister of Defense\n\nTop Secret. Of Special Importance. Copy No. 1\n\n"
            "The launchers are ready.")
    tei, reporter = encode_text(page(body, title="Report of Pliyev to Malinovsky"), registers)
    assert turns(tei) == []
    assert [d.code for d in reporter.diagnostics] == ["classification-unread"]


def test_a_sentence_of_secret_words_is_no_marking(registers):
    """`Secretary Rusk. Copy No. 2` names a person: not read as a classification."""
    tei, _ = encode_text(page("Secretary Rusk. Copy No. 2\n\nWe met.", title="Memorandum"),
                         registers)
    assert tei.find(".//{*}catRef[@scheme='#classification']") is None
