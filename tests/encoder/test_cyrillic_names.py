"""Source snippet -> TEI fragment for a register name in Cyrillic letters: linked in whichever
case a Russian text puts it (`edition.russian_cases`), never inside another word."""

from __future__ import annotations

import re

import pytest

from edition.russian_cases import declined_forms
from tests.conftest import body_xml, encode_text, page


def ref(kind: str, entry: str, words: str) -> str:
    tag = {"persons": "persName", "places": "placeName", "organizations": "orgName"}[kind]
    return f'<{tag} ref="{kind}.xml#{entry}">{words}</{tag}>'


LINKED = [
    # session 22 (r8, N4): the Russian record's names, declined, were not linked
    ("А.И. МИКОЯН. Об Ил-28 в письмах Хрущева и Кеннеди ничего не сказано.",
     [ref("persons", "khrushchev-nikita", "Хрущева"), ref("persons", "kennedy-john", "Кеннеди")]),
    ("А.И. МИКОЯН. Товарищ Кузнецов в Нью-Йорке получил указания.",
     [ref("persons", "kuznetsov-vasily", "Кузнецов"), ref("places", "new-york", "Нью-Йорке")]),
    ("А.И. МИКОЯН. Суда осмотрят представители Красного Креста.",
     [ref("organizations", "icrc", "Красного Креста")]),
    # a person's forename and surname in the same case; a body's name up to its first noun
    ("А.И. МИКОЯН. Мы говорили с Никитой Хрущевым о Советском Союзе.",
     [ref("persons", "khrushchev-nikita", "Никитой Хрущевым"),
      ref("places", "ussr", "Советском Союзе")]),
    ("А.И. МИКОЯН. Вопрос передан Организации Объединенных Наций.",
     [ref("organizations", "un", "Организации Объединенных Наций")]),
    # session 23 (n11, 5): a plural name, a neuter adjective: `Соединенные Штаты` declined
    ("А.И. МИКОЯН. Правительство Соединенных Штатов не ответило Соединенным Штатам Мексики.",
     [ref("places", "usa", "Соединенных Штатов"), ref("places", "usa", "Соединенным Штатам")]),
    ("А.И. МИКОЯН. В Соединенных Штатах об этом пишут.",
     [ref("places", "usa", "Соединенных Штатах")]),
    # review round 12 (L1): Cyrillic initials before the surname are the name's, spaced or not,
    # as `N. S. Khrushchev` is
    ("А.И. МИКОЯН. Он спросил, согласен ли Н. С. Хрущев.",
     [ref("persons", "khrushchev-nikita", "Н. С. Хрущев")]),
    ("А.И. МИКОЯН. Письмо Н. С. Хрущеву отправлено.",
     [ref("persons", "khrushchev-nikita", "Н. С. Хрущеву")]),
    # a speaker's label in capitals is a register form too
    ("Ф. КАСТРО. Мы придем.", ['<sp who="persons.xml#castro-fidel">']),
    # a place's form in capitals, declined too (a person's in capitals needs a text in capitals)
    ("А.И. МИКОЯН. ПИСЬМО ПОЛУЧЕНО В ГАВАНЕ И В МОСКВЕ.",
     [ref("places", "havana", "ГАВАНЕ"), ref("places", "moscow", "МОСКВЕ")]),
]

UNLINKED = [
    # another word on the same stem, a surname two persons bear, a common noun in lower case
    ("А.И. МИКОЯН. На Кубани и в кубинских портах спокойно.", ["Кубани", "кубинских"]),
    ("А.И. МИКОЯН. Кастро согласился.", ["Кастро согласился"]),
    ("А.И. МИКОЯН. Москвичи и россияне в гавани.", ["Москвичи", "россияне", "гавани"]),
    # initials that are not his, as `I. A. Khrushchev` is not Nikita Sergeyevich (r12 L1)
    ("А.И. МИКОЯН. Пришел И. А. Хрущев.", ["И. А. Хрущев"]),
    # nor one initial not his (review round 13, S1: `Р. Кеннеди` is not the President)
    ("А.И. МИКОЯН. Пришел Т. Хрущев.", ["Т. Хрущев"]),
]


@pytest.mark.parametrize("source, expected", LINKED, ids=[c[0][14:44] for c in LINKED])
def test_a_cyrillic_register_name_is_linked_in_any_case(source, expected, registers):
    tei, reporter = encode_text(page(source), registers)
    body = body_xml(tei)
    assert all(linked in body for linked in expected), (body, reporter.diagnostics)


@pytest.mark.parametrize("source, words", UNLINKED, ids=[c[0][14:44] for c in UNLINKED])
def test_a_word_on_a_names_stem_is_not_the_name(source, words, registers):
    body = body_xml(encode_text(page(source), registers)[0])
    assert all(word in body for word in words)
    assert not re.search(r'ref="(?:places|persons\.xml#castro)', body), body


@pytest.mark.parametrize("form, whole, forms", [
    ("Хрущев", True, ["Хрущева", "Хрущеву", "Хрущевым", "Хрущеве"]),
    ("Гавана", False, ["Гаваны", "Гаване", "Гавану", "Гаваной"]),
    ("Америка", False, ["Америки", "Америке", "Америку", "Америкой"]),
    ("Латинская Америка", False, ["Латинской Америки", "Латинской Америке",
                                  "Латинскую Америку", "Латинской Америкой"]),
    ("Кеннеди", True, []), ("США", False, []), ("Kennedy", True, []), ("А.И.", True, []),
    # session 23 (n11, 5): plurals, neuter adjectives and nouns of a place's or a body's name
    ("Соединенные Штаты", False, ["Соединенных Штатов", "Соединенным Штатам",
                                  "Соединенными Штатами", "Соединенных Штатах"]),
    ("Посольство СССР", False, ["Посольства СССР", "Посольству СССР", "Посольством СССР",
                                "Посольстве СССР"]),
    ("Советское Правительство", False, ["Советского Правительства", "Советскому Правительству",
                                        "Советским Правительством", "Советском Правительстве"]),
    ("Управление", False, ["Управления", "Управлению", "Управлением", "Управлении"]),
    # a foreign noun in -о, a person's name in -о or -ы: as written
    ("Токио", False, []), ("Кастро", True, []), ("Эрнесто Кастро", True, []),
    ("Штаты", True, []),
])
def test_a_nominative_gives_the_other_cases(form, whole, forms):
    assert declined_forms(form, whole) == forms
