"""Source snippet -> TEI fragment for a register name in a Polish or a German original (session
24, review 9 R17): the registers' Polish and German forms (`xml:lang`), a Polish form in its other
cases in a Polish text only, a German one's genitive in a German text only, and a Polish
dateline's `dnia`."""

from __future__ import annotations

import pytest

from tests.conftest import TEI, body_xml, compact_xml, encode_text, page

POLISH = ("W dniu 28 października ambasador poinformował, że rząd nie zgodzi się na to, ale jest "
          "gotów do rozmów w tej sprawie. {}")
"""A Polish note's paragraph around the sentence a case gives: Polish beyond doubt by its words
(`languages.language_of_words`), no Language field."""
GERMAN = ("Nach Mitteilung des Botschafters ist die Lage ernst. Die Genossen sind über die "
          "Entscheidung verärgert und werden darüber berichten. {}")
"""A German report's paragraph, German by its words."""
TITLE_PL = "Notatka z rozmowy z ambasadorem, 29 października 1962"
TITLE_DE = "Information über die Lage, 2. November 1962"


def person(ident: str, form: str) -> str:
    return f'<persName ref="persons.xml#{ident}">{form}</persName>'


def place(ident: str, form: str) -> str:
    return f'<placeName ref="places.xml#{ident}">{form}</placeName>'


def polish(sentence: str) -> str:
    return page(POLISH.format(sentence), "29 października 1962 r.", TITLE_PL)


def german(sentence: str) -> str:
    return page(GERMAN.format(sentence), "2. November 1962", TITLE_DE)


LINKED = [
    # r9 R17: the Polish note's names, none linked
    pytest.param(polish("Chruszczow zgodził się wycofać rakiety z Kuby."),
                 f"{person('khrushchev-nikita', 'Chruszczow')} zgodził się wycofać rakiety z "
                 f"{place('cuba', 'Kuby')}.", id="pl Chruszczow, Kuby"),
    pytest.param(polish("Jutro Mikojan uda się do Hawany."),
                 f"{person('mikoyan-anastas', 'Mikojan')} uda się do "
                 f"{place('havana', 'Hawany')}.", id="pl Mikojan, Hawany"),
    pytest.param(polish("Ambasador ZSRR był na Kubie i w Hawanie."),
                 f"Ambasador {place('ussr', 'ZSRR')} był na {place('cuba', 'Kubie')} i w "
                 f"{place('havana', 'Hawanie')}.", id="pl ZSRR, Kubie, Hawanie"),
    pytest.param(polish("Delegacja wróciła do Moskwy, a w Moskwie czekał list Chruszczowa."),
                 f"do {place('moscow', 'Moskwy')}, a w {place('moscow', 'Moskwie')} czekał list "
                 f"{person('khrushchev-nikita', 'Chruszczowa')}.", id="pl Moskwy, Chruszczowa"),
    pytest.param(polish("Rozmawiano z A.I. Mikojanem o Rosji."),
                 f"z {person('mikoyan-anastas', 'A.I. Mikojanem')} o {place('russia', 'Rosji')}.",
                 id="pl A.I. Mikojanem, Rosji"),
    # r9 R17: the German report of the GDR's ministry, none linked
    pytest.param(german("Genosse Mikojan hat Moskau verlassen und wird nach Havanna reisen."),
                 f"Genosse {person('mikoyan-anastas', 'Mikojan')} hat "
                 f"{place('moscow', 'Moskau')} verlassen und wird nach "
                 f"{place('havana', 'Havanna')} reisen.", id="de Mikojan, Moskau, Havanna"),
    pytest.param(german("Kuba lehnt die Kontrolle durch die Vereinten Nationen ab."),
                 f"{place('cuba', 'Kuba')} lehnt die Kontrolle durch die "
                 '<orgName ref="organizations.xml#un">Vereinten Nationen</orgName> ab.',
                 id="de Kuba, Vereinten Nationen"),
    pytest.param(german("Die Entscheidung der Sowjetunion ist gefallen."),
                 f"der {place('ussr', 'Sowjetunion')} ist", id="de Sowjetunion"),
    # a German name's genitive (`german_cases`)
    pytest.param(german("Die Sowjetunion achtet die Souveränität Kubas."),
                 f"die Souveränität {place('cuba', 'Kubas')}.", id="de Kubas"),
]


@pytest.mark.parametrize("source, expected", LINKED)
def test_a_polish_or_german_register_form_is_linked(source, expected, registers):
    tei, reporter = encode_text(source, registers)
    assert expected in body_xml(tei), [str(d) for d in reporter.diagnostics]


NOT_LINKED = [
    # a Polish case is Polish's: in an English or a German text the word is no name
    pytest.param(page("A.I. MIKOYAN. The trawlers Kuby and Kubas sailed from Hawany at noon."),
                 "The trawlers Kuby and Kubas sailed from Hawany at", id="en Kuby, Kubas"),
    pytest.param(german("Das Schiff Kuby ist aus Moskwy gekommen."),
                 "Das Schiff Kuby ist aus Moskwy gekommen.", id="de Kuby, Moskwy"),
    # another word on the stem, or the stem alone, is no case of the name
    pytest.param(polish("Kubańczycy są oburzeni, a Kub nie ma."),
                 "Kubańczycy są oburzeni, a Kub nie ma.", id="pl Kubańczycy"),
]


@pytest.mark.parametrize("source, expected", NOT_LINKED)
def test_a_polish_case_outside_a_polish_text_is_no_name(source, expected, registers):
    assert expected in body_xml(encode_text(source, registers)[0])


WARSAW_DATELINE = "Warszawa, dnia 29 października 1962 r."


def test_a_polish_dateline_with_dnia_opens_the_note(registers):
    """r9 R17: `Warszawa, dnia 29 października 1962 r.` was a paragraph with a date, the
    opener none: `dnia` ("on the day") is the date's, as German's `den` is."""
    tei, _ = encode_text(polish("").replace(POLISH[:9], f"{WARSAW_DATELINE}\n\n{POLISH[:9]}"),
                         registers)
    assert [compact_xml(d) for d in tei.iterfind(".//t:opener/t:dateline", TEI)] == [
        '<dateline n="1" xml:id="L1">Warszawa, <docDate when="1962-10-29">dnia 29 października '
        '1962 r.</docDate></dateline>']


def test_a_polish_sentence_with_a_date_after_dnia_is_no_dateline(registers):
    """The date's `dnia` makes no sentence a dateline: its words are the sentence's."""
    sentence = "Rozmowa odbyła się dnia 29 października 1962 r. w ambasadzie."
    tei, _ = encode_text(polish("").replace(POLISH[:9], f"{sentence}\n\n{POLISH[:9]}"), registers)
    assert tei.find(".//t:opener", TEI) is None
    assert '<date when="1962-10-29">dnia 29 października 1962 r.</date> w ambasadzie.' \
        in body_xml(tei)


AUFZEICHNUNG = "Aufzeichnung über das Gespräch mit dem sowjetischen Botschafter"
"""A German memorandum of conversation's title: written on the day it tells of."""
DAY_WORDS = [
    # r9 R17: the Polish note's `Jutro` (tomorrow) stayed text where `Tomorrow` is a date
    pytest.param(polish("Jutro Mikojan uda się do Hawany."),
                 '<date when="1962-10-30" cert="medium" evidence="conjecture" resp="#encoder">'
                 "Jutro</date>", id="pl Jutro"),
    pytest.param(polish("Wczoraj był w Moskwie, dzisiaj jest w Hawanie."),
                 '<date when="1962-10-28" cert="medium" evidence="conjecture" resp="#encoder">'
                 'Wczoraj</date> był', id="pl Wczoraj"),
    pytest.param(page(GERMAN.format("Genosse Mikojan reist morgen nach Havanna."),
                      "2. November 1962", AUFZEICHNUNG),
                 '<date when="1962-11-03" cert="medium" evidence="conjecture" resp="#encoder">'
                 "morgen</date> nach", id="de morgen"),
    pytest.param(page(GERMAN.format("Gestern war er in Moskau."), "2. November 1962",
                      AUFZEICHNUNG),
                 '<date when="1962-11-01" cert="medium" evidence="conjecture" resp="#encoder">'
                 "Gestern</date> war", id="de Gestern"),
    pytest.param(page(GERMAN.format("Er ist heute morgen in Moskau angekommen."),
                      "2. November 1962", AUFZEICHNUNG),
                 '<date when="1962-11-02" cert="medium" evidence="conjecture" resp="#encoder">'
                 "heute morgen</date> in", id="de heute morgen, this morning"),
    # review 11 L4: the day before yesterday and the day after tomorrow
    pytest.param(page(GERMAN.format("Vorgestern war er in Moskau, übermorgen in Havanna."),
                      "2. November 1962", AUFZEICHNUNG),
                 '<date when="1962-10-31" cert="medium" evidence="conjecture" resp="#encoder">'
                 'Vorgestern</date> war', id="de Vorgestern"),
    pytest.param(page(GERMAN.format("Vorgestern war er in Moskau, übermorgen in Havanna."),
                      "2. November 1962", AUFZEICHNUNG),
                 '<date when="1962-11-04" cert="medium" evidence="conjecture" resp="#encoder">'
                 'übermorgen</date> in', id="de übermorgen"),
    pytest.param(polish("Przedwczoraj był w Moskwie, pojutrze będzie w Hawanie."),
                 '<date when="1962-10-27" cert="medium" evidence="conjecture" resp="#encoder">'
                 'Przedwczoraj</date> był', id="pl Przedwczoraj"),
]


@pytest.mark.parametrize("source, expected", DAY_WORDS)
def test_a_polish_or_german_word_of_a_day_is_read_as_its_english_one(source, expected,
                                                                     registers):
    assert expected in body_xml(encode_text(source, registers)[0])


def test_the_german_morning_is_no_tomorrow(registers):
    """German's noun `Morgen` (the morning) is capitalised: only `morgen` is tomorrow."""
    source = page(GERMAN.format("Am Morgen kam er. Morgen früh reist er ab."),
                  "2. November 1962", AUFZEICHNUNG)
    assert "Am Morgen kam er. Morgen früh reist er ab." in body_xml(encode_text(source,
                                                                                registers)[0])


@pytest.mark.parametrize("statement, linked", [
    ("Hungarian National Archives (MOL), XIX-J-1-j Kuba, 3. doboz, 5/b, 00318/1962.", []),
    ("Diplomatic Archive of Serbia (DAMSPS), PA 1962, Kuba, f. 48, dos. 12.", []),
    ("National Archives, RG 59, Central Files, Cuba, Havana Embassy.",
     ["places.xml#cuba", "places.xml#havana"]),
], ids=["a Hungarian file", "a Serbian file", "English forms"])
def test_a_files_label_in_the_source_statement_names_no_place(statement, linked, registers):
    """rv1 L1: `Kuba` of a Hungarian or Serbian archive's file label, a German and Polish form
    of the register, was a mention of Cuba in the English source statement; the register's
    English forms there stay linked, and a German text's `Kuba` too (above)."""
    source = german("Kuba lehnt die Kontrolle ab.").replace("An archive.", statement)
    tei, _ = encode_text(source, registers)
    note = tei.find(".//t:sourceDesc//t:note[@type='source']", TEI)
    assert [name.get("ref") for name in note.iter(f"{{{TEI['t']}}}placeName")] == linked
    assert place("cuba", "Kuba") + " lehnt" in body_xml(tei)
