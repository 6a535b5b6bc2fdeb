"""Source snippet -> TEI for a book a footnote cites with its imprint: its title and imprint name
no person, place or date of the text; the words around them are read (r9 L2)."""

import pytest

from tests.conftest import TEI, compact_xml, encode_text, page

LINKED = "//t:body//*[self::t:date or self::t:persName or self::t:placeName or self::t:orgName]"
KHRUSHCHEV = '<persName ref="persons.xml#khrushchev-nikita">Khrushchev</persName>'


@pytest.mark.parametrize("body, linked", [
    pytest.param("The crowd sang a rhyme.[2]\n\n[2] A rhyme insulting Khrushchev. Cf. Tad Szulc, "
                 "Fidel: A Critical Portrait (New York: Morrow, 1986), p. 585.", [KHRUSHCHEV],
                 id="r9 chinese:19, a footnote"),
    pytest.param("See Aleksandr Fursenko and Timothy Naftali, One Hell of a Gamble: Khrushchev, "
                 "Castro, and Kennedy, 1958-1964 (New York: Norton, 1997), p. 12.", [],
                 id="commas and years in the title"),
    pytest.param("See Graham Allison, Essence of Decision (Boston: Little, Brown, 1971).", [],
                 id="a comma in the publisher"),
    pytest.param("See Tad Szulc, Fidel (Cambridge, Mass.: Harvard University Press, 1987).", [],
                 id="a comma in the place"),
])
def test_a_cited_books_title_and_imprint_name_nothing_of_the_text(body, linked, registers):
    tei, _ = encode_text(page(body, date="November 12, 1962"), registers)
    assert [compact_xml(found) for found in tei.xpath(LINKED, namespaces=TEI)] == linked


HAVANA = '<placeName ref="places.xml#havana">Havana</placeName>'
CASTRO = '<persName ref="persons.xml#castro-fidel">Fidel Castro</persName>'


@pytest.mark.parametrize("body, linked", [
    pytest.param("Castro replied.[2]\n\n[2] Fidel Castro, speech of November 1, 1962, "
                 "Revolución, Havana, November 2, 1962 (Havana: Imprenta Nacional, 1962).",
                 [CASTRO, '<date when="1962-11-01">November 1, 1962</date>', HAVANA,
                  '<date when="1962-11-02">November 2, 1962</date>', HAVANA,
                  '<date when="1962">1962</date>'], id="rv2 F4, a speech and a newspaper"),
    pytest.param("See Fidel Castro, speech of 26 July 1962, Hoy, Havana, 27 July 1962 "
                 "(Havana: Imprenta Nacional, 1962).",
                 [CASTRO, '<date when="1962-07-26">26 July 1962</date>', HAVANA,
                  '<date when="1962-07-27">27 July 1962</date>', HAVANA,
                  '<date when="1962">1962</date>'], id="the day before the month"),
    pytest.param("See Fidel Castro, speech of November 1, 1962, in Tad Szulc, Fidel: A "
                 "Critical Portrait (New York: Morrow, 1986).",
                 [CASTRO, '<date when="1962-11-01">November 1, 1962</date>'],
                 id="a book after a dated speech keeps its reading"),
    pytest.param("See Graham Allison, Essence of Decision 2 (Boston: Little, Brown, 1999).", [],
                 id="a word that opens like a month's name is no month"),
])
def test_a_title_holds_no_day_of_a_month(body, linked, registers):
    tei, _ = encode_text(page(body, date="November 12, 1962"), registers)
    assert [compact_xml(found) for found in tei.xpath(LINKED, namespaces=TEI)] == linked


@pytest.mark.parametrize("body, linked", [
    pytest.param("Fidel spoke in Havana (New York: Morrow, 1986).",
                 ['<persName ref="persons.xml#castro-fidel">Fidel</persName>',
                  '<placeName ref="places.xml#havana">Havana</placeName>',
                  '<placeName ref="places.xml#new-york">New York</placeName>',
                  '<date when="1986">1986</date>'], id="no author's comma before"),
    pytest.param("In Havana, Fidel said it (in Moscow: at the Kremlin, 1962).",
                 ['<placeName ref="places.xml#havana">Havana</placeName>',
                  '<persName ref="persons.xml#castro-fidel">Fidel</persName>',
                  '<placeName ref="places.xml#moscow">Moscow</placeName>',
                  '<date when="1962">1962</date>'], id="no imprint"),
])
def test_words_without_a_books_citation_are_read(body, linked, registers):
    tei, _ = encode_text(page(body, date="November 12, 1962"), registers)
    assert [compact_xml(found) for found in tei.xpath(LINKED, namespaces=TEI)] == linked
