"""The document date a dateline gives where the title or the date field names none (session 23):
`Letter from ... to ...` over `Moscow, 28 October 1962`.

Each case gives the source and the TEI it must become; every document made by `valid_tei` is
valid against the project schema, its Schematron and tei_all and reports nothing.
"""

from __future__ import annotations

import pytest

from edition.collect import collect_document
from tests.conftest import TEI, compact_xml, encode_text, page

LETTER = "Letter from N.S. Khrushchev to Fidel Castro"
SOURCE = "[Source: Archive of Foreign Policy of the Russian Federation.]"
MOSCOW = '<placeName ref="places.xml#moscow">Moscow</placeName>'


def letter(dateline: str, title: str = LETTER) -> str:
    return (f"{title}\n\n{dateline}\n\nDear Comrade Fidel Castro,\n\nWe will meet tomorrow."
            f"\n\nN. Khrushchev\n\n{SOURCE}\n")


def xml_at(tei, path: str) -> list[str]:
    return [compact_xml(element) for element in tei.iterfind(path, TEI)]


@pytest.mark.parametrize("dateline, printed, when", [
    pytest.param("Moscow, 28 October 1962", "28 October 1962", "1962-10-28",
                 id="s23 4: the letter's dateline"),
    pytest.param("Moscow, 28.X.62", "28.X.62", "1962-10-28", id="a Roman month"),
])
def test_the_dateline_dates_a_document_whose_title_names_no_date(valid_tei, registers,
                                                                 dateline, printed, when):
    """Session 23 (4): the letter was undated (`date-missing`), its `tomorrow` unread, though its
    dateline names the day: the dateline's date is the document's."""
    tei = valid_tei(letter(dateline))
    assert xml_at(tei, ".//t:sourceDesc/t:bibl/t:date") == [f'<date when="{when}">{printed}</date>']
    assert xml_at(tei, ".//t:opener/t:dateline") == [
        f'<dateline n="1" xml:id="L1">{MOSCOW}, <docDate when="{when}">{printed}</docDate>'
        '</dateline>']
    assert xml_at(tei, ".//t:correspAction[@type='sent']/t:date") == [f'<date when="{when}"/>']
    assert tei.find(".//t:body//t:p/t:date", TEI).get("when") == "1962-10-29"
    assert collect_document("x", tei, registers)[0].record.date == when


def test_a_russian_dateline_dates_the_record_in_its_language(valid_tei):
    tei = valid_tei("Запись беседы А.И. Микояна с Ф. Кастро\n\n6 ноября 1962 года, Гавана\n\n"
                    f"Мы встретимся завтра, 7 ноября.\n\n{SOURCE}\n")
    assert xml_at(tei, ".//t:sourceDesc/t:bibl/t:date") == [
        '<date when="1962-11-06" xml:lang="ru">6 ноября 1962 года</date>']


@pytest.mark.parametrize("title, dateline", [
    pytest.param(f"{LETTER}, 27 October 1962", "Moscow, 28 October 1962",
                 id="the title's date stays the document's"),
    pytest.param(LETTER, "Moscow, October 1962", id="a dateline naming no day"),
])
def test_a_dateline_dates_no_document_dated_otherwise(registers, title, dateline):
    tei, _ = encode_text(letter(dateline, title), registers)
    dates = [d.get("when") for d in tei.iterfind(".//t:sourceDesc/t:bibl/t:date", TEI)]
    assert dates == (["1962-10-27"] if "27" in title else [])


KHRUSHCHEV = "Letter from Chairman Khrushchev to President Kennedy"


def signed_letter(closing: str) -> str:
    return page(f"Dear Mr. President:\n\nI have received your letter.\n\nRespectfully,\n\n"
                f"N. Khrushchev{closing}", date="October 27, 1962", title=KHRUSHCHEV)


@pytest.mark.parametrize("closing, sent", [
    pytest.param("\n\nMoscow, October 26, 1962",
                 f'{MOSCOW}<date when="1962-10-26"/>', id="r11 M16: the closer's dateline"),
    pytest.param("\n\nMoscow, October 27, 1962",
                 f'{MOSCOW}<date when="1962-10-27"/>', id="its day the archive's"),
    pytest.param("\n\nMoscow, October 1962", '<date when="1962-10-27"/>',
                 id="a dateline naming no day: the archive's day"),
    pytest.param("", '<date when="1962-10-27"/>', id="no dateline: the archive's day"),
])
def test_a_letter_s_own_dateline_says_when_and_where_it_was_sent(valid_tei, closing, sent):
    """Review 11 M16: Khrushchev's letter closing `Moscow, October 26, 1962`, the archive's date
    line the 27th (the day received), was sent on the 27th from nowhere in its correspDesc and
    so in CMIF. The letter's own dateline, the opener's else the closer's, gives the day it was
    sent (the document date stays the archive's) and the place it links."""
    tei = valid_tei(signed_letter(closing))
    name = '<persName ref="persons.xml#khrushchev-nikita">Nikita Sergeyevich Khrushchev</persName>'
    assert xml_at(tei, ".//t:correspAction[@type='sent']") == [
        f'<correspAction type="sent">{name}{sent}</correspAction>']
    assert xml_at(tei, ".//t:sourceDesc/t:bibl/t:date")[0].startswith('<date when="1962-10-27"')


def test_a_memorandum_s_dateline_sends_nothing(registers):
    """A dateline over a memorandum's text, not sent to anyone, makes no correspDesc."""
    tei, _ = encode_text(page("Moscow, October 26, 1962\n\nThe ships turned back.",
                              date="October 27, 1962", title="Memorandum for the Record"),
                         registers)
    assert tei.find(".//t:correspDesc", TEI) is None
