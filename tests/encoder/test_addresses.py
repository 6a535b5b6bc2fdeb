"""An address's lines: one `addrLine` a line, under a note's closer as in a letter's opener.

Each case gives the source and the TEI it must become; every document made here is valid against
the project schema, its Schematron and tei_all.
"""

from __future__ import annotations

import pytest

from edition.diagnostics import Reporter
from edition.registers import Registers
from tests.conftest import SEEDS, TEI, body_xml, compact_xml, encode_text, page, seeds_with

TITLE = "Note Verbale from the Embassy of the USSR in Havana to the Foreign Ministry"
TEXT = "The Embassy informs the Ministry of the loading of the aircraft.\n\n"
VALEDICTION = ("The Embassy takes this opportunity to renew to the Ministry the assurances of its "
               "highest consideration.")
HAVANA = '<placeName ref="places.xml#havana">Havana</placeName>'
CUBA = '<placeName ref="places.xml#cuba">Republic of Cuba</placeName>'


def note(closing: str) -> str:
    return page(TEXT + closing, date="November 20, 1962", title=TITLE)


@pytest.mark.parametrize("closing, expected", [
    pytest.param(f"{VALEDICTION}\n\nHavana, 20 November 1962\n\nTo the Foreign Ministry\n"
                 "of the Republic of Cuba\nHavana",
                 '<address><addrLine n="4" xml:id="L4">To the Foreign Ministry</addrLine>'
                 f'<addrLine n="5" xml:id="L5">of the {CUBA}</addrLine><addrLine n="6" '
                 f'xml:id="L6">{HAVANA}</addrLine></address>',
                 id="r6 5.10: the note's addressee over three lines, one in lower case"),
])
def test_each_line_of_the_address_under_a_closer_is_an_addrline(valid_tei, closing, expected):
    """Review r6 (5.10): the three lines of a note's addressee, the second going on in lower
    case, were one `addrLine` (the contract gives one a line, as the opener's)."""
    assert body_xml(valid_tei(note(closing))).endswith(f"{expected}</closer></div>")


def test_a_valediction_over_two_lines_stays_one_salute(registers):
    tei, _ = encode_text(note(VALEDICTION.replace(" the assurances", "\nthe assurances")
                              + "\n\nHavana, 20 November 1962\n\nTo the Foreign Ministry"),
                         registers)
    salutes = tei.xpath("//t:closer/t:salute", namespaces=TEI)
    assert ["".join(s.itertext()) for s in salutes] == [VALEDICTION]


REPORT = "Report of the USSR Ministry of Foreign Trade on Deliveries to Cuba"
CC_CPSU = '<orgName ref="organizations.xml#cc-cpsu">CC CPSU</orgName>'
MIKOYAN = '<persName ref="persons.xml#mikoyan-anastas">A.I. Mikoyan</persName>'


def report(top: str) -> str:
    return page(f"{top}\n\nThe Ministry reports on the deliveries.\n\nThe ships left.",
                date="December 3, 1962", title=REPORT)


@pytest.mark.parametrize("top, expected", [
    pytest.param("To the CC CPSU\nCom. A.I. Mikoyan",
                 f'<opener><address><addrLine n="1" xml:id="L1">To the {CC_CPSU}</addrLine>'
                 f'<addrLine n="2" xml:id="L2">Com. {MIKOYAN}</addrLine></address></opener>',
                 id="r6 5.11: the addressee and the person under it"),
    pytest.param("To the CC CPSU\n\nCom. A.I. Mikoyan",
                 f'<opener><salute n="1" xml:id="L1">To the {CC_CPSU}</salute></opener>'
                 f'<p n="2" xml:id="L2">Com. {MIKOYAN}</p>', id="a blank line between: apart"),
    pytest.param("To the CC CPSU\nSubject: deliveries",
                 f'<opener><salute n="1" xml:id="L1">To the {CC_CPSU}</salute></opener>'
                 '<p n="2" xml:id="L2">Subject: deliveries</p>', id="a field under it"),
    pytest.param("To the President\nFrom the Secretary of State",
                 '<opener><salute n="1" xml:id="L1">To the President</salute></opener>'
                 '<p n="2" xml:id="L2">From the Secretary of State</p>',
                 id="rvB 5: the sender under it"),
    pytest.param("To the CC CPSU\nCom. A.I. Mikoyan\nThrough the General Department",
                 f'<opener><address><addrLine n="1" xml:id="L1">To the {CC_CPSU}</addrLine>'
                 f'<addrLine n="2" xml:id="L2">Com. {MIKOYAN}</addrLine></address></opener>'
                 '<p n="3" xml:id="L3">Through the General Department</p>',
                 id="rvB 5: the office it goes through under the address"),
])
def test_the_lines_right_under_a_to_line_are_its_address(valid_tei, top, expected):
    """Review r6 (5.11): `To the CC CPSU` / `Com. A.I. Mikoyan`, one address over two lines, was a
    salutation and a paragraph. Review rvB (5): a memorandum's sender under its addressee (`From
    the Secretary of State`) was a line of the address."""
    assert body_xml(valid_tei(report(top))).startswith(
        f'<div type="document" subtype="other">{expected}<p ')


LETTER = "Letter from the Cuban Ambassador to the USSR Ministry of Foreign Affairs"
MINISTRY = ('To the <orgName ref="organizations.xml#ussr-mfa">Ministry of Foreign Affairs of the '
            'USSR</orgName>')
OPENING = ('<dateline n="{n}" xml:id="L{n}"><placeName ref="places.xml#moscow">Moscow</placeName>'
           ', <docDate when="1962-11-12">12 November 1962</docDate></dateline><salute n="{s}" '
           'xml:id="L{s}">Dear Comrade Minister,</salute></opener>')


def letter(top: str) -> str:
    return page(f"{top}\n\nMoscow, 12 November 1962\n\nDear Comrade Minister,\n\nThe delegation "
                "will arrive on 20 November.\n\nIt will need eleven rooms.\n\nC. Olivares",
                date="November 12, 1962", title=LETTER)


@pytest.mark.parametrize("top, expected", [
    pytest.param("To the Ministry of Foreign Affairs of the USSR",
                 f'<opener><salute n="1" xml:id="L1">{MINISTRY}</salute>'
                 + OPENING.format(n=2, s=3), id="r7: alone over the dateline, a salutation"),
    pytest.param("To the Ministry of Foreign Affairs of the USSR\nCom. A.I. Mikoyan",
                 f'<opener><address><addrLine n="1" xml:id="L1">{MINISTRY}</addrLine><addrLine '
                 f'n="2" xml:id="L2">Com. {MIKOYAN}</addrLine></address>'
                 + OPENING.format(n=3, s=4),
                 id="the person under it: an address"),
])
def test_a_to_line_naming_a_body_of_many_words_opens_the_letter(valid_tei, top, expected):
    """Review r7: `To the Ministry of Foreign Affairs of the USSR` over the dateline, nine words,
    was no salutation (six words at most) and no address line (eight), and the text began there:
    the dateline and `Dear Comrade Minister,` under it were paragraphs."""
    assert body_xml(valid_tei(letter(top))).startswith(
        f'<div type="document" subtype="letter">{expected}<p ')


@pytest.mark.parametrize("handling", [
    pytest.param("To Be Delivered to the Addressee Personally and Immediately", id="rv1 7"),
    pytest.param("To be opened personally", id="short, in lower case"),
])
def test_how_the_letter_is_handled_is_no_salutation(registers, handling):
    """Review rv1 (7): `To Be Delivered to the Addressee Personally and Immediately` over the
    dateline, in title case, was read as an addressee's name, the salutation: it names no one."""
    tei, _ = encode_text(letter(handling), registers)
    assert "<salute" not in body_xml(tei).split("Dear Comrade")[0]
    assert "<address" not in body_xml(tei)


def test_a_sentence_opening_with_to_opens_no_letter(registers):
    sentence = "To the surprise of the Embassy, the Minister of Foreign Affairs came alone"
    tei, _ = encode_text(letter(sentence), registers)
    assert body_xml(tei).startswith(f'<div type="document" subtype="letter"><p n="1" '
                                    f'xml:id="L1">{sentence.split(",")[0]}')


CABLE = "Telegram from the Yugoslav Embassy in Havana to the State Secretariat, Belgrade"
HAVANA_1 = (f'<dateline n="1" xml:id="L1">{HAVANA}, <docDate when="1962-11-01">1.XI.1962'
            '</docDate></dateline>')


@pytest.mark.parametrize("under, expected", [
    pytest.param("DSIP - Belgrade\nTo Comrade Koča Popović personally",
                 f'<opener>{HAVANA_1}<address><addrLine n="2" xml:id="L2">DSIP - Belgrade'
                 '</addrLine><addrLine n="3" xml:id="L3">To Comrade Koča Popović personally'
                 '</addrLine></address></opener>',
                 id="r8 C6: the addressee's office and place, then the addressee"),
    pytest.param("The Ambassador reported\nTo Comrade Popović, in person,\nthat the Cubans agree.",
                 f'<opener>{HAVANA_1}</opener><p n="2" xml:id="L2">The Ambassador reported To ',
                 id="a sentence over three lines"),
    pytest.param("Strictly personal\nCopy No. 2", f'<opener>{HAVANA_1}</opener><p n="2" ',
                 id="short lines naming no addressee"),
])
def test_the_addressee_s_lines_under_a_telegram_s_dateline_are_its_address(valid_tei, under,
                                                                            expected):
    """Review r8 (C6): the cable's lines of its addressee under the dateline, the first not
    opening `To`, were one paragraph, their line break lost."""
    tei = valid_tei(page(f"Havana, 1.XI.1962\n\n{under}\n\n1. Today at noon I was received.\n\n"
                         "Please instruct.", date="November 1, 1962", title=CABLE))
    assert body_xml(tei).split(">", 1)[1].startswith(expected)


INSTRUCTION = "Telegram from the CC CPSU to the Soviet Ambassador in Cuba"
HAVANA_CAPS = '<placeName ref="places.xml#havana">HAVANA</placeName>'


@pytest.mark.parametrize("top, expected", [
    pytest.param("HAVANA\n\nSOVIET AMBASSADOR",
                 f'<opener><address><addrLine n="1" xml:id="L1">{HAVANA_CAPS}</addrLine>'
                 '<addrLine n="2" xml:id="L2">SOVIET AMBASSADOR</addrLine></address></opener>'
                 '<p n="3" xml:id="L3">Visit ', id="r8 C4: the place and the addressee"),
    pytest.param("HAVANA\nSOVIET AMBASSADOR",
                 f'<opener><address><addrLine n="1" xml:id="L1">{HAVANA_CAPS}</addrLine>'
                 '<addrLine n="2" xml:id="L2">SOVIET AMBASSADOR</addrLine></address></opener>'
                 '<p n="3" xml:id="L3">Visit ', id="in one paragraph"),
    pytest.param("HAVANA\n\nSECURITY COUNCIL", f'<p n="1" xml:id="L1">{HAVANA_CAPS}</p>',
                 id="a place over no office"),
    pytest.param("Havana\n\nSoviet Ambassador", '<p n="1" xml:id="L1"><placeName ',
                 id="not in capitals"),
])
def test_a_telegram_s_place_and_addressee_in_capitals_at_its_top_are_its_address(
        valid_tei, top, expected):
    """Review r8 (C4): the instruction's `HAVANA` / `SOVIET AMBASSADOR` were paragraphs of the
    text."""
    tei = valid_tei(page(f"{top}\n\nVisit Fidel Castro and state the following.\n\n"
                         "Telegraph upon fulfillment.", date="October 30, 1962",
                         title=INSTRUCTION))
    assert body_xml(tei).split(">", 1)[1].startswith(expected)


ADDRESSEE = "To the Ministry of Foreign Affairs\n"
MOSCOW = '<placeName ref="places.xml#moscow">Moscow</placeName>'
USSR_MFA = '<orgName ref="organizations.xml#ussr-mfa">Ministry of Foreign Affairs</orgName>'


@pytest.mark.parametrize("address, expected, ussr_mfa", [
    pytest.param(ADDRESSEE + "of the Republic of Cuba\nHavana",
                 '<addrLine n="4" xml:id="L4">To the Ministry of Foreign Affairs</addrLine>'
                 f'<addrLine n="5" xml:id="L5">of the {CUBA}</addrLine>', False,
                 id="of the Republic of Cuba: Cuba's"),
    pytest.param(ADDRESSEE + "of Brazil\nRio de Janeiro",
                 '<addrLine n="4" xml:id="L4">To the Ministry of Foreign Affairs</addrLine>',
                 False, id="of a country the registers lack"),
    # the register's own country, or no `of` after it: the USSR's ministry
    pytest.param(ADDRESSEE + "of the USSR\nMoscow",
                 f'<addrLine n="4" xml:id="L4">To the {USSR_MFA}</addrLine>', True,
                 id="of the USSR"),
    pytest.param(ADDRESSEE + "Moscow", f'<addrLine n="4" xml:id="L4">To the {USSR_MFA}</addrLine>'
                 f'<addrLine n="5" xml:id="L5">{MOSCOW}</addrLine>', True, id="a city under it"),
    # session 24: a city the register places in another country than the ministry's forms
    # name, the line under it, makes it that country's: none the register has
    pytest.param(ADDRESSEE + "Havana",
                 '<addrLine n="4" xml:id="L4">To the Ministry of Foreign Affairs</addrLine>'
                 f'<addrLine n="5" xml:id="L5">{HAVANA}</addrLine>', False,
                 id="Havana: Cuba's"),
    pytest.param(ADDRESSEE + "Havana, Cuba",
                 '<addrLine n="4" xml:id="L4">To the Ministry of Foreign Affairs</addrLine>'
                 f'<addrLine n="5" xml:id="L5">{HAVANA}, ', False, id="Havana, Cuba: Cuba's"),
    pytest.param(ADDRESSEE + "Moscow, USSR",
                 f'<addrLine n="4" xml:id="L4">To the {USSR_MFA}</addrLine>', True,
                 id="Moscow, USSR: the USSR's"),
])
def test_a_ministry_cut_at_a_line_end_is_the_country_s_of_the_next_line(
        registers, address, expected, ussr_mfa):
    """Session 23 (n11, 3): an address's lines were read one by one, and `To the Ministry of
    Foreign Affairs` / `of the Republic of Cuba` linked the first to the USSR's ministry, whose
    form `Ministry of Foreign Affairs` is, in the text and as the note's addressee."""
    tei, _ = encode_text(page(f"{TEXT}{VALEDICTION}\n\nHavana, 20 November 1962\n\n{address}",
                              date="November 20, 1962",
                              title="Note Verbale from the Embassy of the USSR in Havana"),
                         registers)
    assert expected in body_xml(tei)
    received = tei.xpath("//t:correspAction[@type='received']/*/@ref", namespaces=TEI)
    assert (received == ["organizations.xml#ussr-mfa"]) is ussr_mfa


@pytest.mark.parametrize("addressee, city, expected", [
    (ADDRESSEE, "Havana",
     '<addrLine n="1" xml:id="L1">To the Ministry of Foreign Affairs</addrLine>'),
    (ADDRESSEE, "Moscow", f'<addrLine n="1" xml:id="L1">To the {USSR_MFA}</addrLine>'),
    ("To the Ministry of Foreign Affairs of the USSR\n", "Havana",
     '<addrLine n="1" xml:id="L1">To the <orgName ref="organizations.xml#ussr-mfa">Ministry of '
     'Foreign Affairs of the USSR</orgName></addrLine>'),
], ids=["Havana: Cuba's", "Moscow: the USSR's", "of the USSR over Havana: its own"])
def test_a_ministry_over_a_city_at_the_top_is_the_city_s_country_s(registers, addressee, city,
                                                                    expected):
    """Session 24: the same address at a note's top, its two lines paragraphs of their own; a
    ministry whose name says whose it is keeps it over a foreign city (rv2 F16)."""
    tei, _ = encode_text(page(f"{addressee}{city}\n\n{TEXT}{VALEDICTION}",
                              date="November 20, 1962",
                              title="Note Verbale from the Embassy of the USSR in Havana"),
                         registers)
    assert f"<opener><address>{expected}<addrLine" in body_xml(tei)


@pytest.mark.parametrize("city, expected", [
    ("Havana", '<opener><address><addrLine n="1" xml:id="L1">To the Ministry of Foreign '
     f'Affairs</addrLine><addrLine n="2" xml:id="L2">{HAVANA}</addrLine></address></opener>'),
    ("Moscow", f'<opener><address><addrLine n="1" xml:id="L1">To the {USSR_MFA}</addrLine>'
     f'<addrLine n="2" xml:id="L2">{MOSCOW}</addrLine></address></opener>'),
    ("Havana, 26 October 1962", f'<salute n="1" xml:id="L1">To the {USSR_MFA}</salute>'),
], ids=["Havana: Cuba's", "Moscow: the USSR's", "a dateline under it: no address"])
def test_a_ministry_over_a_city_after_a_blank_line_reads_as_one_address(registers, city,
                                                                         expected):
    """rv1 M5 (s24): with a blank line between them, `To the Ministry of Foreign Affairs` was a
    salutation, the USSR's ministry, and `Havana` a paragraph of the text."""
    tei, _ = encode_text(page(f"{ADDRESSEE}\n{city}\n\n{TEXT}{VALEDICTION}",
                              date="November 20, 1962",
                              title="Note Verbale from the Embassy of the USSR in Havana"),
                         registers)
    assert expected in body_xml(tei)


CUBAN_MFA = ('<org xml:id="cuba-minrex"><orgName type="main">Ministry of Foreign Affairs of '
             'Cuba</orgName></org>')


def test_a_ministry_over_a_city_is_the_country_s_the_register_holds(tmp_path):
    """Session 24: `To the Ministry of Foreign Affairs` / `Havana` is Cuba's ministry, which a
    register that holds it links; over `Moscow` it stays the USSR's (`address_bodies`)."""
    organizations = (SEEDS / "organizations.xml").read_text(encoding="utf-8")
    seeds = seeds_with(tmp_path, ("organizations.xml",
                                  organizations.replace("</listOrg>", CUBAN_MFA + "</listOrg>")))
    registers = Registers.load(seeds, Reporter())
    for city, ministry in (("Havana", "cuba-minrex"), ("Moscow", "ussr-mfa")):
        tei, _ = encode_text(page(f"{TEXT}{VALEDICTION}\n\nHavana, 20 November 1962\n\n"
                                  f"{ADDRESSEE}{city}", date="November 20, 1962",
                                  title="Note Verbale from the Embassy of the USSR in Havana"),
                             registers)
        assert tei.xpath("//t:addrLine[1]/t:orgName/@ref", namespaces=TEI) == \
            [f"organizations.xml#{ministry}"]


ALEKSEEV_CABLE = "Telegram from A.I. Alekseev"
RECEIVED = "//t:correspAction[@type='received']/t:persName/@ref"


@pytest.mark.parametrize("top, expected, received", [
    pytest.param("To\nCom. A.I. Mikoyan",
                 '<opener><address><addrLine n="1" xml:id="L1">To</addrLine><addrLine n="2" '
                 f'xml:id="L2">Com. {MIKOYAN}</addrLine></address></opener>',
                 ["persons.xml#mikoyan-anastas"], id="s23 1: To alone over the addressee"),
    pytest.param("To\nthe surprise of the Embassy, the Minister came alone.",
                 '<p n="1" xml:id="L1">To the surprise', [],
                 id="a sentence under it: no address"),
    pytest.param("To\nCom. A.I. Mikoyan\nFrom\nA. Alekseev",
                 '<opener><address><addrLine n="1" xml:id="L1">To</addrLine><addrLine n="2" '
                 f'xml:id="L2">Com. {MIKOYAN}</addrLine></address></opener><p n="3" '
                 'xml:id="L3">From</p>', ["persons.xml#mikoyan-anastas"],
                 id="rv1 F6: From alone over the sender"),
    pytest.param("To\nThe Secretary\nSubject\nSoviet Reactions in Cuba",
                 '<opener><address><addrLine n="1" xml:id="L1">To</addrLine><addrLine n="2" '
                 'xml:id="L2">The Secretary</addrLine></address></opener><p n="3" '
                 'xml:id="L3">Subject</p>', [], id="rv1 F6: Subject alone"),
    pytest.param("To\nCom. A.I. Mikoyan\nFromm Street 5",
                 '<opener><address><addrLine n="1" xml:id="L1">To</addrLine><addrLine n="2" '
                 f'xml:id="L2">Com. {MIKOYAN}</addrLine><addrLine n="3" xml:id="L3">Fromm '
                 'Street 5</addrLine></address></opener>', ["persons.xml#mikoyan-anastas"],
                 id="a line opening with another word"),
])
def test_to_alone_over_the_addressee_heads_the_address(valid_tei, top, expected, received):
    """Session 23 (1): a telegram's `To` over `Com. A.I. Mikoyan` was a salutation and a
    paragraph, and the header named no recipient: it heads the address as `To the CC CPSU`
    does."""
    tei = valid_tei(page(f"{top}\n\nI report that the talks went well.\n\nA. Alekseev",
                         date="November 5, 1962", title=ALEKSEEV_CABLE))
    assert body_xml(tei).split(">", 1)[1].startswith(expected)
    assert tei.xpath(RECEIVED, namespaces=TEI) == received


MIKOYAN_CABLE = "Telegram from A.I. Mikoyan to the CC CPSU, 24 November 1962"


@pytest.mark.parametrize("top, expected", [
    pytest.param("CC CPSU", f'<opener><salute n="1" xml:id="L1">{CC_CPSU}</salute></opener>'
                 '<p n="2" ',
                 id="s23 5: the capitals telegram's first line over its text"),
    pytest.param("CC CPSU\n\nHavana, 24 November 1962", f'<head n="1" xml:id="L1">{CC_CPSU}'
                 '</head><opener><dateline n="2" ', id="over the dateline: a heading still"),
    pytest.param("SECURITY COUNCIL", '<head n="1" xml:id="L1"><orgName ref="organizations.xml#'
                 'un-security-council">SECURITY COUNCIL</orgName></head><p n="2" ',
                 id="a body the title sends it not to"),
])
def test_a_telegram_s_addressee_atop_its_text_is_its_salutation(valid_tei, top, expected):
    """Probe r7 (1962-11-24-telegram-capitals-list.txt:3): `CC CPSU` atop the telegram's text,
    no dateline, was its heading, where under a dateline it is its addressee, the salutation."""
    tei = valid_tei(f"{MIKOYAN_CABLE}\n\n{top}\n\nToday I met the delegates.\n\n"
                    "24.XI.62 A. Mikoyan\n\n[Source: An archive.]\n")
    assert body_xml(tei).split(">", 1)[1].startswith(expected)
