"""Source snippet -> TEI: a register person's surname after a forename or initials that are not
his is another's, unlinked, in Cyrillic as in Latin, wherever the sentence is (review round 13,
S1: Robert Kennedy, the Attorney General of Dobrynin's cables, linked to John F. Kennedy)."""

import pytest

from tests.conftest import body_xml, encode_text, page

TITLE = "Telegram from Dobrynin to the USSR MFA"
JOHN = "persons.xml#kennedy-john"

ANOTHERS = [
    pytest.param("Вечером у меня был Роберт Кеннеди.", id="Роберт"),
    pytest.param("Мы говорили. Р. Кеннеди сказал, что президент согласен.", id="Р. opening"),
    pytest.param("Министр юстиции Р.Кеннеди пришел.", id="Р. glued"),
    pytest.param("Брат президента Р. Ф. Кеннеди пришел.", id="Р. Ф."),
    pytest.param("Later R. F. Kennedy called.", id="R. F.: not F. Kennedy"),
    pytest.param("Attorney General R. F. Kennedy called.", id="R. F. after an office"),
    pytest.param("He agreed. R. Kennedy said the President agreed.", id="R. opening"),
    pytest.param("R. Kennedy said the President agreed.", id="R. opening the text"),
]


@pytest.mark.parametrize("text", ANOTHERS)
def test_a_surname_after_anothers_initials_or_forename_is_not_linked(text, registers):
    tei, reporter = encode_text(page(text, date="October 27, 1962", title=TITLE), registers)
    assert JOHN not in body_xml(tei), [str(d) for d in reporter.diagnostics]


HIS = [
    pytest.param("Мы говорили. Дж. Кеннеди сказал.", "Дж. Кеннеди", id="Дж."),
    pytest.param("Был Джон Кеннеди.", "Джон Кеннеди", id="Джон"),
    pytest.param("Президент Кеннеди сказал.", "Кеннеди", id="Президент"),
    pytest.param("He agreed. J. F. Kennedy said so.", "J. F. Kennedy", id="J. F."),
    pytest.param("He agreed. J. Kennedy said so.", "J. Kennedy", id="J."),
    pytest.param("He described option B. Kennedy agreed.", "Kennedy", id="option B."),
    pytest.param("Mr. Kennedy came.", "Kennedy", id="Mr."),
    pytest.param("Il a vu M. Kennedy hier.", "Kennedy", id="French M. (Monsieur)"),
]


@pytest.mark.parametrize("text, linked", HIS)
def test_a_surname_after_the_persons_own_initials_or_a_title_is_his(text, linked, registers):
    tei, reporter = encode_text(page(text, date="October 27, 1962", title=TITLE), registers)
    assert f'<persName ref="{JOHN}">{linked}</persName>' in body_xml(tei), \
        [str(d) for d in reporter.diagnostics]
