"""Source snippet -> TEI fragment for a register's short form inside a longer name: a body's or
a place's short form is not the register's where a word before it continues it into another
body's name, or a place after it puts it in another city or country (r9 R10)."""

import pytest

from tests.conftest import body_xml, encode_text, page

COUNCIL = '<orgName ref="organizations.xml#un-security-council">'
EMBASSY = '<orgName ref="organizations.xml#chinese-embassy-havana">'
PRESIDIUM = '<orgName ref="organizations.xml#presidium-cc-cpsu">'
SANTIAGO = '<placeName ref="places.xml#santiago-de-cuba">'

ANOTHER_BODY_OR_PLACE = [
    pytest.param("The National Security Council in Washington wants to humiliate us.",
                 "The National Security Council in", "un-security-council", id="National"),
    pytest.param("He spoke of National Security Council members.",
                 "of National Security Council members", "un-security-council",
                 id="National inside a sentence"),
    pytest.param("The Supreme Soviet Presidium met in Moscow.", "Supreme Soviet Presidium met",
                 "presidium-cc-cpsu", id="Supreme Soviet Presidium"),
    pytest.param("The Swiss Red Cross sent ships.", "Swiss Red Cross sent", "icrc",
                 id="Swiss Red Cross"),
    pytest.param("National Security Council members met.", "National Security Council members",
                 "un-security-council", id="National opening a sentence"),
    pytest.param("Soviet officials met. Supreme Soviet Presidium members met.",
                 "Supreme Soviet Presidium members", "presidium-cc-cpsu",
                 id="Supreme Soviet opening a sentence"),
    pytest.param("The GDR MFA protested.", "GDR MFA protested", "ussr-mfa", id="GDR MFA"),
    pytest.param("The Chinese Embassy in Moscow has spread rumours.",
                 'Chinese Embassy in <placeName ref="places.xml#moscow">', "chinese-embassy",
                 id="Embassy in Moscow"),
    pytest.param("The Chinese embassy in Washington was silent.", "Chinese embassy in",
                 "chinese-embassy", id="embassy in Washington"),
    pytest.param("Our ambassador in Santiago, Chile, reports a change.",
                 'in Santiago, <placeName ref="places.xml#chile">', "santiago-de-cuba",
                 id="Santiago, Chile"),
    pytest.param("He flew to Santiago in Chile.", "to Santiago in", "santiago-de-cuba",
                 id="Santiago in Chile"),
    # r10 S3: bare Santiago as Chile's capital; M11, L1: a register name in another's
    pytest.param("To: Embassies in Rio de Janeiro, Buenos Aires, Santiago, Lima and Quito.",
                 "Aires, Santiago, Lima", "santiago-de-cuba", id="among capitals"),
    pytest.param("The Embassy in Santiago reports.", "Embassy in Santiago reports",
                 "santiago-de-cuba", id="an embassy in Santiago"),
    pytest.param("The Chilean press in Santiago is with us.", "in Santiago is",
                 "santiago-de-cuba", id="Chilean"),
    pytest.param("Santiago de Chile protested.", "Santiago de Chile protested", "places.xml",
                 id="Santiago de Chile"),
    pytest.param("The Red Cross of Cuba will help.", "The Red Cross of", "icrc",
                 id="Red Cross of Cuba"),
    pytest.param("George Washington said it.", "George Washington said", "washington-dc",
                 id="George Washington"),
    pytest.param("They sailed on Lake Washington.", "Lake Washington.", "washington-dc",
                 id="Lake Washington"),
    pytest.param("He lives in Washington Heights.", "in Washington Heights", "washington-dc",
                 id="Washington Heights"),
    pytest.param("Guatemala City is near.", "Guatemala City is", "places.xml#guatemala",
                 id="Guatemala City"),
    pytest.param("The plant at Turkey Point is new.", "at Turkey Point", "places.xml#turkey",
                 id="Turkey Point"),
    pytest.param("He was born in Moscow, Idaho.", "in Moscow, Idaho", "places.xml#moscow",
                 id="Moscow, Idaho"),
]
STILL_THE_REGISTERS = [
    # rv2 F10: an adverb opening a sentence, the body's own country or party, a session's word
    pytest.param("Meanwhile Security Council members met.",
                 f"Meanwhile {COUNCIL}Security Council</orgName> members", id="Meanwhile"),
    pytest.param("We waited. Unfortunately Security Council action was blocked.",
                 f"Unfortunately {COUNCIL}Security Council</orgName> action",
                 id="an adverb in -ly"),
    pytest.param("An Emergency Security Council session was called.",
                 f"Emergency {COUNCIL}Security Council</orgName> session", id="Emergency"),
    *(pytest.param(f"We waited. {before} Presidium members disagreed.",
                   f"{before} {PRESIDIUM}Presidium</orgName>",
                   id=before)
      for before in ("However", "The Soviet", "The Party", "The Kremlin")),
    pytest.param("We brought it to the Security Council at once.",
                 f"the {COUNCIL}Security Council</orgName> at", id="the Security Council"),
    pytest.param("Security Council members met.", f"{COUNCIL}Security Council</orgName> members",
                 id="opening a sentence"),
    pytest.param("In Security Council debates he spoke.",
                 f"In {COUNCIL}Security Council</orgName> debates", id="after a preposition"),
    pytest.param("On Monday Security Council members met.",
                 f"Monday</date> {COUNCIL}Security Council</orgName> members",
                 id="after a weekday"),
    pytest.param("We read Stevenson's Security Council speech.",
                 f"Stevenson's {COUNCIL}Security Council</orgName> speech", id="possessive"),
    pytest.param("We went to the UN Security Council.",
                 f"the {COUNCIL}UN Security Council</orgName>.", id="UN Security Council"),
    pytest.param("The Soviet MFA replied.",
                 '<orgName ref="organizations.xml#ussr-mfa">MFA</orgName> replied',
                 id="its own adjective"),
    pytest.param("The Chinese Embassy gave a note.", f"The {EMBASSY}Chinese Embassy</orgName>",
                 id="the Chinese Embassy"),
    pytest.param("The Chinese Embassy in Havana gave a note.",
                 f"The {EMBASSY}Chinese Embassy</orgName> in", id="in its own city"),
    pytest.param("The Chinese Embassy in Cuba gave a note.",
                 f"The {EMBASSY}Chinese Embassy</orgName> in", id="in a country"),
    pytest.param("We flew to Santiago at once.", f"to {SANTIAGO}Santiago</placeName> at",
                 id="Santiago"),
    pytest.param("We flew to Santiago de Cuba at once.",
                 f"to {SANTIAGO}Santiago de Cuba</placeName> at", id="Santiago de Cuba"),
    pytest.param("We flew to Santiago, Cuba, at once.", f"to {SANTIAGO}Santiago</placeName>, ",
                 id="Santiago, Cuba"),
    pytest.param("We flew to Santiago, Havana and Moscow.", f"to {SANTIAGO}Santiago</placeName>, ",
                 id="a list of cities"),
    pytest.param("Chile voted with us. Overflights near Santiago went on.",
                 f"near {SANTIAGO}Santiago</placeName> went", id="Chile in another sentence"),
    pytest.param("The consulate in Santiago was closed.",
                 f"in {SANTIAGO}Santiago</placeName> was", id="a consulate in Santiago"),
    pytest.param("May Washington agree? In Washington it rained.",
                 'May <placeName ref="places.xml#washington-dc">Washington</placeName> agree',
                 id="a month before Washington"),
    pytest.param("We cabled Moscow, Washington and Havana.",
                 '<placeName ref="places.xml#moscow">Moscow</placeName>, ', id="Moscow, Washington"),
    pytest.param("The Moscow City Committee met.",
                 '<placeName ref="places.xml#moscow">Moscow</placeName> City', id="Moscow City"),
    pytest.param("Inspection by the Red Cross of the ships at sea was agreed.",
                 '<orgName ref="organizations.xml#icrc">Red Cross</orgName> of the ships',
                 id="Red Cross of the ships"),
]


@pytest.mark.parametrize("sentence, expected, not_linked", ANOTHER_BODY_OR_PLACE)
def test_a_short_form_inside_another_name_is_not_the_registers(sentence, expected, not_linked,
                                                               registers):
    tei, reporter = encode_text(page(f"A.I. MIKOYAN. {sentence}"), registers)
    body = body_xml(tei)
    assert expected in body, [str(d) for d in reporter.diagnostics]
    assert not_linked not in body


@pytest.mark.parametrize("sentence, expected", STILL_THE_REGISTERS)
def test_a_short_form_in_its_own_words_is_linked(sentence, expected, registers):
    tei, reporter = encode_text(page(f"A.I. MIKOYAN. {sentence}"), registers)
    assert expected in body_xml(tei), [str(d) for d in reporter.diagnostics]


@pytest.mark.parametrize("line, linked", [
    ("Raúl Roa Kouri, the Cuban ambassador, attended.", []),
    ("Fidel Castro Díaz-Balart, his son, studied in Moscow.", ["places.xml#moscow"]),
    ("Ernesto Guevara Lynch, his father, wrote.", []),
    ("Fidel Castro Ruz spoke.", ["persons.xml#castro-fidel"]),
    ("He met Fidel Castro Sunday night.", ["persons.xml#castro-fidel"]),
    ("Raúl Roa spoke with Fidel Castro.", ["persons.xml#roa-raul", "persons.xml#castro-fidel"]),
    ("Meeting of Anastas Mikoyan And Fidel Castro",
     ["persons.xml#mikoyan-anastas", "persons.xml#castro-fidel"]),
    ("Rusk called Nikita Khrushchev Premier of the USSR.",
     ["persons.xml#khrushchev-nikita", "places.xml#ussr"]),
    ("Nach der Abreise von Anastas Mikojan Ende November fuhr die Delegation.",
     ["persons.xml#mikoyan-anastas"]),
    ("Emilio Aragonés Navarro spoke.", ["persons.xml#aragones-emilio"]),
    ("Fidel Velázquez, the Mexican labor leader, protested.", []),
    ("Fidel Castro and Fidel Velázquez met.", ["persons.xml#castro-fidel"]),
    ("Raúl Cepero Bonilla attended.", []),
    ("We told Fidel on Monday that Raúl Roa agreed.",
     ["persons.xml#castro-fidel", "persons.xml#roa-raul"]),
    ("Fidel Alejandro Castro Ruz spoke.", []),
    ("The Mikoyan Telegram of 19 November", ["persons.xml#mikoyan-anastas"]),
    ("They met Raúl Roa Kourí and Fidel Castro Díaz-Balart in Havana.", ["places.xml#havana"]),
    ("Osvaldo Dorticós Pérez spoke.", []),
    ("Mikojan traf Fidel Castro Ende des Monats.",
     ["persons.xml#mikoyan-anastas", "persons.xml#castro-fidel"]),
], ids=["Roa Kouri", "Castro Díaz-Balart", "Guevara Lynch", "the register's fuller form",
        "a weekday after", "two names", "a line in title case", "an office in apposition",
        "a German noun after", "his own second surname, the register giving none",
        "r11 S2: a forename of the register before another surname",
        "r11 S2: the register's person beside another Fidel", "r11 S2: Raúl Cepero Bonilla",
        "the forename alone, and before the register's surname",
        "a middle name the register lacks: not guessed",
        "a surname, the first word of a form in the Russian order, before a noun",
        "r12 S4: another second surname before a word in lower case",
        "r12 S4: not the register's second surname", "r12 S4: a German noun and an article"])
def test_a_second_surname_makes_another_person_s_name(line, linked, registers):
    """Review round 10 (S9): `Raúl Roa Kouri` (the minister's son) was linked to the minister,
    `Ernesto Guevara Lynch` (Che's father) to Che: the register's name cut off mid-name."""
    tei, _ = encode_text(page(line, date="November 12, 1962"), registers)
    body = tei.xpath("//t:body", namespaces={"t": "http://www.tei-c.org/ns/1.0"})[0]
    assert [e.get("ref") for e in body.iter() if e.get("ref")] == linked


CC_CPSU = '<orgName ref="organizations.xml#cc-cpsu">'


@pytest.mark.parametrize("line, linked", [
    ("CC: Secretary Rusk, Mr. Bundy", 0),
    ("cc: Secretary Rusk", 0),
    ("CC PURS met.", 0),
    ("The text is CC BY-NC 3.0.", 0),
    ("The CC approved the letter of the CC CPSU.", 2),
    ("Secretary of the CC", 1),
    ("TO CC CPSU. THE CC DECIDED.", 2),
], ids=["r11 S12: a copy line's head", "in small letters", "another party's CC",
        "a licence's initials", "the CC alone and in full", "the CC of an office",
        "a cable in capitals"])
def test_cc_is_the_central_committee_only_as_a_body_s_name(line, linked, registers):
    """Review round 11 (S12): `CC: Secretary Rusk` heading an American memorandum's copies, and
    the Cuban party's `CC PURS`, were linked to the Central Committee of the CPSU."""
    tei, _ = encode_text(page(f"The flights continue.\n\n{line}",
                              title="Memorandum from McNamara to the President"), registers)
    assert body_xml(tei).count(CC_CPSU) == linked


@pytest.mark.parametrize("line, linked", [
    ("Sergo A. Mikoyan kept the records.", []),
    ("Mikoyan Jr. kept the records.", []),
    ("Admiral N. G. Kuznetsov commanded the navy.", []),
    ("S. A. Mikoyan kept the records.", ["persons.xml#mikoyan-sergo"]),
    ("V. V. Kuznetsov spoke.", ["persons.xml#kuznetsov-vasily"]),
    ("Then A. Mikoyan said no.", ["persons.xml#mikoyan-anastas"]),
    ("Anastas I. Mikoyan spoke.", ["persons.xml#mikoyan-anastas"]),
], ids=["r11 S11: another's forename before the form's initials", "r11 S11: the son's Jr.",
        "r11 S11: initials not the register person's", "the son's initials",
        "the register person's initials", "a word before the initials", "his own forename"])
def test_a_name_marked_as_another_s_is_not_the_register_person_s(line, linked, registers):
    """Review round 11 (S11): `Sergo A. Mikoyan` and `Mikoyan Jr.` were linked to Anastas
    Mikoyan, `N. G. Kuznetsov` (the admiral) to V. V. Kuznetsov."""
    tei, _ = encode_text(page(line, date="November 12, 1962"), registers)
    body = tei.xpath("//t:body", namespaces={"t": "http://www.tei-c.org/ns/1.0"})[0]
    assert [e.get("ref") for e in body.iter() if e.get("ref")] == linked
