"""Names and dates read through the marks a copy puts inside them (no-break spaces, a soft
hyphen, a zero-width space, a word run on across a line), the text keeping those marks."""

import pytest

from tests.conftest import body_xml, encode_text, page

NBSP, SHY, ZWSP = "\u00a0", "\u00ad", "\u200b"

CASES = [
    # review r11 M14: a web copy's no-break spaces; the TEI keeps them
    (f"Fidel{NBSP}Castro and U{NBSP}Thant met in Santiago{NBSP}de{NBSP}Cuba.",
     f'<persName ref="persons.xml#castro-fidel">Fidel{NBSP}Castro</persName> and <persName '
     f'ref="persons.xml#u-thant">U{NBSP}Thant</persName> met in <placeName '
     f'ref="places.xml#santiago-de-cuba">Santiago{NBSP}de{NBSP}Cuba</placeName>.'),
    # a soft hyphen, a zero-width space inside a name: kept, the name linked
    (f"Then Khru{SHY}shchev and Mi{ZWSP}koyan spoke.",
     f'Then <persName ref="persons.xml#khrushchev-nikita">Khru{SHY}shchev</persName> and '
     f'<persName ref="persons.xml#mikoyan-anastas">Mi{ZWSP}koyan</persName> spoke.'),
    # review r11 M10: a name or a date divided at a line's end: linked and dated, the break
    # inside the element
    ("Then Chairman Khru-\nshchev said that Mi-\nkoyan would go to Ha-\nvana on Octo-\nber 31.",
     'Chairman <persName ref="persons.xml#khrushchev-nikita">Khru-<lb break="no"/>shchev'
     '</persName> said that <persName ref="persons.xml#mikoyan-anastas">Mi-<lb break="no"/>'
     'koyan</persName> would go to <placeName ref="places.xml#havana">Ha-<lb break="no"/>vana'
     '</placeName> on <date when="1962-10-31" cert="medium" evidence="conjecture" '
     'resp="#encoder">Octo-<lb break="no"/>ber 31</date>.'),
    # not a compound whose word after the break is a capital's: two names, as before
    ("They read the Kennedy-\nKhrushchev letters.",
     '<persName ref="persons.xml#kennedy-john">Kennedy</persName>-<lb break="no"/><persName '
     'ref="persons.xml#khrushchev-nikita">Khrushchev</persName> letters.'),
    # nor a name ahead of a word it is compounded with: the name stays linked, no new word
    ("They flew the Moscow-\nbased crews home.",
     'the <placeName ref="places.xml#moscow">Moscow</placeName>-<lb break="no"/>based crews'),
    # an ordinary word divided at a line's end stays a word, no name made of it
    ("They said it was irre-\nvocable.",
     '<p n="1" xml:id="L1">They said it was irre-<lb break="no"/>vocable.</p>'),
]


@pytest.mark.parametrize("source, expected", CASES, ids=[c[0][:30] for c in CASES])
def test_names_are_read_through_marks_inside_them(source, expected, registers):
    tei, reporter = encode_text(page(source, "October 29, 1962", "Memorandum"), registers)
    assert expected in body_xml(tei)
