"""A speech's author: the speaker its title names, else its archive summary's subject (session 23).

Each case gives the source and the TEI it must become; every document made by `valid_tei` is
valid against the project schema, its Schematron and tei_all and reports nothing.
"""

from __future__ import annotations

import pytest

from edition.collect import collect_document
from tests.conftest import TEI, compact_xml, encode_text

SPEECH = "My fellow citizens: the Soviet missile bases in Cuba are being dismantled.\n\nGood night."
KENNEDY = '<author><persName ref="persons.xml#kennedy-john">John F. Kennedy</persName></author>'
KHRUSHCHEV = ('<author><persName ref="persons.xml#khrushchev-nikita">Nikita Sergeyevich '
              'Khrushchev</persName></author>')
REPORT = "Radio and Television Report to the American People on the Soviet Arms Build-up in Cuba"


def archive_page(title: str, summary: str = "", type_field: str = "Speech") -> str:
    """A speech in the archive page's layout, with its summary and Type field."""
    after = f"\n\n{summary}" if summary else ""
    return (f"November 2, 1962\n\n{title}\n\n{SPEECH}{after}\n\nDocument Information\n\n"
            f"Source\n\nAn archive.\n\nType\n\n{type_field}\n\nRecord ID\n\n1\n")


def authors(tei) -> list[str]:
    return [compact_xml(a) for a in tei.iterfind(".//t:titleStmt/t:author", TEI)]


@pytest.mark.parametrize("title, summary, expected", [
    pytest.param(f"{REPORT} by President Kennedy", "", KENNEDY, id="s23 3: by the President"),
    pytest.param("Address by President Kennedy to the American People", "", KENNEDY,
                 id="Address by ... to"),
    pytest.param("Speech by N.S. Khrushchev at the Session of the Supreme Soviet", "",
                 KHRUSHCHEV, id="Speech by ... at"),
    pytest.param(REPORT, "President Kennedy reports that the Soviet missile bases in Cuba are "
                 "being dismantled.", KENNEDY, id="r8: the title names none, the summary does"),
    pytest.param("Speech by N.S. Khrushchev Replying to the Statement Made by President Kennedy",
                 "", KHRUSHCHEV, id="rv1 F5: the speaker before the speech replied to"),
])
def test_the_speaker_of_a_speech_is_its_author(valid_tei, registers, title, summary, expected):
    """Session 23 (3): the radio and television address had no author in the header, though
    its speaker is named: the speaker of an address is its author, and the citation's."""
    tei = valid_tei(archive_page(title, summary))
    assert authors(tei) == [expected]
    assert collect_document("x", tei, registers)[0].record.authors[0][1] in expected


@pytest.mark.parametrize("title, summary, type_field", [
    pytest.param("Address on the Visit of Mikoyan", "", "Speech", id="of after another word"),
    pytest.param(REPORT, "The President reports that the bases are being dismantled.", "Speech",
                 id="a summary's subject that is no name"),
    pytest.param(REPORT, "Kennedy and Khrushchev discuss the bases.", "Speech",
                 id="two persons"),
    pytest.param("Memorandum by N.S. Khrushchev", "", "Memorandum", id="no speech"),
    pytest.param("Speech of the Cuban Foreign Minister at the United Nations in Reply to the "
                 "Address by President Kennedy", "", "Speech", id="rv1 F5: the Address by"),
    pytest.param("Speech by Ambassador Zorin Replying to the Statement Made by President "
                 "Kennedy", "", "Speech", id="rv1 F5: Made by"),
    pytest.param("Remarks by Ambassador Stevenson Replying to Ambassador Zorin, Answered by "
                 "Khrushchev", "", "Speech", id="rv1 F5: the first speaker is unregistered"),
    pytest.param(f"{REPORT}, in Reply to the Letter by Khrushchev", "", "Speech",
                 id="the Letter by"),
    pytest.param(f"{REPORT}, on the Message Sent by Khrushchev", "", "Speech", id="Sent by"),
])
def test_no_author_where_no_speaker_of_a_speech_is_named(registers, title, summary, type_field):
    tei, _ = encode_text(archive_page(title, summary, type_field), registers)
    assert authors(tei) == []
