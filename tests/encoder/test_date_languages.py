"""Dates in the archive's other languages (review h1, session 19): German, French, Spanish,
Portuguese, Italian and Russian months, the day with a period, `le`, `den`, `el`, `г.`."""

from __future__ import annotations

import pytest

from edition.tei import serialize
from tests.conftest import INFERRED, TEI, body_xml, compact_xml, encode_text, page


@pytest.mark.parametrize("body, fragment", [
    ("Ich danke Ihnen für Ihr Schreiben vom 29. Oktober 1962.",
     'vom <date when="1962-10-29">29. Oktober 1962</date>.'),
    ("Herr von Brentano wird am 14. November in Washington sein.",
     f'am <date when="1962-11-14" {INFERRED}>14. November</date> in'),
    ("J'ai reçu votre message du 28 octobre, et M. Rusk sera à Paris le 1er décembre.",
     f'du <date when="1962-10-28" {INFERRED}>28 octobre</date>, et'),
    ("J'ai reçu votre message du 28 octobre, et M. Rusk sera à Paris le 1er décembre.",
     f'<date when="1962-12-01" {INFERRED}>le 1er décembre</date>.'),
    ("Мы обсудили это в ноябре 1962 года, к 20 декабря.",
     f'в <date when="1962-11">ноябре 1962 года</date>, к <date when="1962-12-20" {INFERRED}>20 '
     'декабря</date>.'),
    ("La Habana, 5 de noviembre de 1962: recibimos la carta.",
     '<date when="1962-11-05">5 de noviembre de 1962</date>'),
    ("Lisboa, 3 de novembro de 1962, e Roma, 4 novembre 1962; 5. Okt. 1962.",
     '<date when="1962-11-03">3 de novembro de 1962</date>, e Roma, '
     '<date when="1962-11-04">4 novembre 1962</date>; <date when="1962-10-05">5. Okt. 1962</date>.'),
    ("3. November was cold, and 2. October 5, 1962 he came.",
     '<p n="1" xml:id="L1">3. November was cold, and 2. <date when="1962-10-05">October 5, 1962</date>'),
    # session 20: Spanish America writes a date month first, a `de` before the year
    ("Recibimos su carta de octubre 26 de 1962; LA HABANA, NOVIEMBRE 20 DE 1962.",
     'carta de <date when="1962-10-26">octubre 26 de 1962</date>; <placeName '
     'ref="places.xml#havana">LA HABANA</placeName>, '
     '<date when="1962-11-20">NOVIEMBRE 20 DE 1962</date>.'),
    ("Le 20 novembre 5 personnes sont venues, et octobre 26 aussi.",
     f'<date when="1962-11-20" {INFERRED}>Le 20 novembre</date> 5 personnes sont venues, et '
     'octobre 26 aussi.'),
    # review 20: Polish (`r.`, `roku`: the year's word, as the Russian `г.`) and Czech
    ("Warszawa, dnia 9 listopada 1962 r. W listopadzie 1962 roku, do 20 grudnia.",
     '<date when="1962-11-09">dnia 9 listopada 1962 r.</date> W <date when="1962-11">listopadzie '
     f'1962 roku</date>, do <date when="1962-12-20" {INFERRED}>20 grudnia</date>.'),
    ("Praha, 9. listopadu 1962; v říjnu 1962 přijel.",
     '<date when="1962-11-09">9. listopadu 1962</date>; v <date when="1962-10">říjnu 1962</date>'),
    # session 22 (r8 D2): the year's word after a year alone or a span of years is the date's
    # (it was left after it, `<date>1961–1962</date> гг.`); a word that only opens with its
    # letter is not
    ("В 1961–1962 гг. Куба получила помощь, в 1962 г. ракеты, в 1962 гостей.",
     'В <date notBefore="1961" notAfter="1962">1961–1962 гг.</date> '
     '<placeName ref="places.xml#cuba">Куба</placeName> получила помощь, в '
     '<date when="1962">1962 г.</date> ракеты, в <date when="1962">1962</date> гостей.'),
], ids=["German, a day with a period", "German, no year", "French", "French, le 1er",
        "Russian, genitive and prepositional", "Spanish", "Portuguese, Italian, abbreviated",
        "a paragraph's number is no day", "Spanish, month first",
        "month first without a de and a year: no date", "Polish", "Czech",
        "Russian, a year's word after years"])
def test_a_date_in_another_language_is_read(body, fragment, registers):
    tei, _ = encode_text(page(body, date="November 5, 1962"), registers)
    assert fragment in body_xml(tei)


@pytest.mark.parametrize("line, fragment", [
    ("Bonn, den 5. November 1962",
     '<docDate when="1962-11-05">den 5. November 1962</docDate></dateline>'),
    ("Paris, le 3 novembre 1962", '<docDate when="1962-11-03">le 3 novembre 1962</docDate></dateline>'),
    ("Гавана, 19 ноября 1962 г.", '<docDate when="1962-11-19">19 ноября 1962 г.</docDate></dateline>'),
], ids=["German", "French", "Russian"])
def test_a_dateline_in_another_language_dates_the_letter(line, fragment, registers):
    text = page(f"{line}\n\nThe letter follows.", date=line.split(", ", 1)[1], title="Letter")
    tei, _ = encode_text(text, registers)
    assert fragment in body_xml(tei)


# review round 13 (M2): the French and Spanish words of the clock made the line a text line
@pytest.mark.parametrize("line, fragment", [
    ("Washington, le 28 octobre 1962, 14 h 30.",
     '<docDate when="1962-10-28">le 28 octobre 1962</docDate>, 14 h 30.</dateline>'),
    ("Paris, le 28 octobre 1962, à 14 heures",
     '<docDate when="1962-10-28">le 28 octobre 1962</docDate>, à 14 heures</dateline>'),
    ("Habana, 28 de octubre de 1962, a las 10 horas",
     '<docDate when="1962-10-28">28 de octubre de 1962</docDate>, a las 10 horas</dateline>'),
], ids=["French, h", "French, heures", "Spanish, horas"])
def test_a_dateline_with_its_time_in_another_language_opens_the_letter(line, fragment, registers):
    tei, _ = encode_text(page(f"{line}\n\nThe letter follows.", date="October 28, 1962",
                              title="Telegram"), registers)
    assert fragment in body_xml(tei)


def test_a_title_line_ending_with_a_french_date_is_split(registers):
    """`le 3 novembre 1962` ends the telegram layout's first line: the date dates the document,
    the title keeps no word of it (it was cut to `... Kennedy le 3 novembre`, dated 1962)."""
    text = ("Lettre du général de Gaulle au président Kennedy le 3 novembre 1962\n\n"
            "Paris, le 3 novembre 1962\n\nMonsieur le Président,\n\nJ'ai reçu votre message.\n")
    tei, _ = encode_text(text, registers)
    xml = serialize(tei).decode()
    # the title is French by its own words, though the text is too short to tell (session 20)
    assert ('<title type="main" xml:lang="fr">Lettre du général de Gaulle au président Kennedy'
            '</title>') in xml
    assert '<date when="1962-11-03">le 3 novembre 1962</date>' in xml


@pytest.mark.parametrize("title, dates", [
    # session 22 (r8 D4): `7 ноября` in the record of 6 ноября 1962 г. was text, its title's
    # date cut at the period of `г.` and the record undated
    ("Запись беседы А.И. Микояна с Ф. Кастро, 6 ноября 1962 г.",
     [f'<date when="1962-11-07" {INFERRED}>7 ноября</date>']),
    ("Запись беседы А.И. Микояна с Ф. Кастро", []),
], ids=["dated record", "undated record"])
def test_a_russian_day_without_its_year_is_read_as_an_english_one(title, dates, registers):
    text = f"{title}\n\n7 ноября мы отметим годовщину революции.\n\n[Source: An archive.]\n"
    tei, _ = encode_text(text, registers)
    assert [compact_xml(d) for d in tei.iterfind(".//t:body//t:date", TEI)] == dates
