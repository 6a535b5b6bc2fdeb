"""The end of a text: the closer and postscripts, what stands between and after them, and the
archive's summary the page prints after the text (session 21, review r6's findings 5.2-5.5, 5.9,
1.3).

Each case gives the end of a source and the TEI it must become; every document made by
`valid_tei` is valid against the project schema, its Schematron and tei_all and reports nothing.
"""

from __future__ import annotations

import pytest

from tests.conftest import TEI, body_xml, compact_xml, encode_text, page, texts

REPORT_TITLE = "Report of the Hungarian Embassy in Havana to the Foreign Ministry"
SUMMARY = "The chargé d'affaires reports on the Soviet briefing."
BODY = "I propose that the Ministry inform the Party of the above."
CLOSING = "Havana, 22 November 1962\n\nComradely greetings:\n\nBeck Tamás\nChargé d'affaires a.i."
CLOSER = ('<closer><dateline n="2" xml:id="L2"><placeName ref="places.xml#havana">Havana'
          '</placeName>, <date when="1962-11-22">22 November 1962</date></dateline><salute n="3" '
          'xml:id="L3">Comradely greetings:</salute><signed n="4" xml:id="L4">Beck Tamás</signed>'
          '<signed n="5" xml:id="L5">Chargé d\'affaires a.i.</signed></closer>')
REGISTERED = "Registered at the Foreign Ministry on 4.XII.1962, under no. 5/bk/1962"
REGISTERED_TEI = ('Registered at the Foreign Ministry on <date when="1962-12-04">4.XII.1962'
                  '</date>, under no. 5/bk/1962')



def abstract(tei) -> str | None:
    return tei.findtext(".//t:abstract/t:p", namespaces=TEI)


# ---- r6 5.4: the editors' bracket after the signature ----------------------------------------

@pytest.mark.parametrize("bracket, note", [
    pytest.param(f"[{REGISTERED}]", REGISTERED_TEI, id="the registry entry"),
    pytest.param("[Text not found in the archive files.]",
                 "Text not found in the archive files.", id="a sentence of theirs"),
])
def test_the_editors_bracket_after_the_signature_follows_the_closer(valid_tei, bracket, note):
    """A paragraph wholly one bracket the editors' note, under the signature, is stepped over as
    `[Ed. note: ...]` is: the closer above it and the archive's summary after it are found (the
    Hungarian report's dateline, valediction, signature and the summary were paragraphs of the
    text)."""
    tei = valid_tei(page(f"{BODY}\n\n{CLOSING}\n\n{bracket}\n\n{SUMMARY}", title=REPORT_TITLE))
    assert body_xml(tei).endswith(f'of the above.</p>{CLOSER}<note type="editorial" resp="#ed" '
                                  f'target="#L5" n="6" xml:id="L6">{note}</note></div>')
    assert abstract(tei) == SUMMARY


def test_the_editors_bracket_after_the_text_s_prose_makes_no_closer(registers):
    """No closing line over the bracket: it and the paragraph after it stay the text's."""
    tei, _ = encode_text(page(f"{BODY}\n\n[{REGISTERED}]\n\nThe Party agreed on 5 December.",
                              title=REPORT_TITLE), registers)
    assert "<closer>" not in body_xml(tei)
    assert body_xml(tei).endswith(f'<p n="2" xml:id="L2"><note type="editorial" place="inline" '
                                  f'resp="#ed">{REGISTERED_TEI}</note></p><p n="3" xml:id="L3">'
                                  'The Party agreed on <date when="1962-12-05" cert="medium" '
                                  'evidence="conjecture" resp="#encoder">5 December</date>.</p>'
                                  '</div>')
    assert abstract(tei) is None


@pytest.mark.parametrize("bracket", [
    "[in Kennedy's hand below the signature: Send tonight. JFK]",   # the hand's: the letter's
    "[Interpreter's note: the word was rendered as 'partly'.]",    # the record's own note
])
def test_a_bracket_not_the_editors_is_no_note_after_the_closer(registers, bracket):
    tei, _ = encode_text(page(f"{BODY}\n\n{CLOSING}\n\n{bracket}", title=REPORT_TITLE), registers)
    assert '<note type="editorial" resp="#ed" target' not in body_xml(tei)


# ---- a comrade's valediction written with a colon ---------------------------------------------

@pytest.mark.parametrize("valediction", ["Comradely greetings:", "With comradely greetings:",
                                         "Fraternal greetings,"])
def test_a_comrade_s_valediction_with_a_colon_opens_the_closer(valid_tei, valediction):
    """`Comradely greetings:` (the Hungarian `Elvtársi üdvözlettel:` in English) over the
    signature: the Hungarian report's closer was its paragraphs."""
    tei = valid_tei(page(f"{BODY}\n\n{valediction}\n\nA. Mikoyan", title=REPORT_TITLE))
    assert f'<closer><salute n="2" xml:id="L2">{valediction}</salute><signed' in body_xml(tei)


@pytest.mark.parametrize("sentence", ["Comradely greetings to the Cuban people.",
                                      "Comradely greetings: the Party sends them."])
def test_greetings_in_a_sentence_are_no_valediction(registers, sentence):
    tei, _ = encode_text(page(f"{BODY}\n\n{sentence}\n\nA. Mikoyan", title=REPORT_TITLE),
                         registers)
    assert "<salute" not in body_xml(tei)


# ---- r6 5.5, 1.3: the archive's summary after a text that ends in no closing line -------------

PRESS_TITLE = "Press Conference of A.I. Mikoyan in Washington"
TURNS = ("DORTICOS: Are you going back to Havana?\n\nMR. MIKOYAN: No, I am going home.\n\n"
         "(The press conference ended at 4:35 p.m.)")


@pytest.mark.parametrize("text, summary", [
    pytest.param(TURNS, "Mikoyan answers questions from the press after his meeting with the "
                 "President.", id="after a turn and a stage direction"),
    pytest.param("BLANTON: Thank you. We will stop here.\n\n[End of tape 1, side A]",
                 "Sergo Mikoyan, son and secretary of Anastas Mikoyan, recalls the mission.",
                 id="after the tape's end: the verb after the subject's apposition"),
    pytest.param("6. The Soviet technicians were told to pack.\n\nSource: [1 line not "
                 "declassified]", "A CIA source in Havana reports on the atmosphere of the "
                 "talks; parts of the report remain classified.", id="after a report's field"),
    pytest.param("The conversation lasted an hour.", "Alekseev and Mikoyan discuss the "
                 "inspections. The Cuban leaders discuss what they feel is a concession.",
                 id="two sentences, a plural subject"),
    pytest.param("The conversation lasted an hour.", "Dobrynin reports that Robert Kennedy "
                 "will lift the quarantine once the bombers leave Cuba.",
                 id="rvD: reports that, the summary's verb, not reported speech"),
    pytest.param(TURNS, "Mikoyan expresses his disappointment with the American position.",
                 id="r11 S1: expresses, after a turn"),
    pytest.param("The conversation lasted an hour.", "President Kennedy announces the lifting of "
                 "the quarantine.", id="r11 S1: announces"),
    pytest.param("The conversation lasted an hour.", "Castro warns of an attack and criticizes "
                 "the Soviet decision.", id="r11 S1: warns of"),
])
def test_the_summary_that_tells_what_the_document_does_is_the_abstract(registers, text, summary):
    """The page prints the archive's summary after the text; where the text ends in no closing
    line, a last paragraph that tells in the third person, in the present, what the document
    does is the summary: it stayed the text's last paragraph (the press conference's inside
    Mikoyan's last turn), the page having no abstract."""
    tei, _ = encode_text(page(f"{text}\n\n{summary}", title=PRESS_TITLE), registers)
    assert abstract(tei) == summary
    assert summary[-20:] not in "".join(tei.find(".//t:body", namespaces=TEI).itertext())


def test_the_last_turn_ends_before_the_summary(valid_tei):
    tei = valid_tei(page(f"{TURNS}\n\nMikoyan answers questions from the press.",
                         title=PRESS_TITLE))
    assert body_xml(tei).endswith('<p n="2" xml:id="L2">No, I am going home.</p></sp><stage '
                                  'type="business" n="3" xml:id="L3">(The press conference ended '
                                  'at 4:35 p.m.)</stage></div>')


@pytest.mark.parametrize("last", [
    "In answer to General Vogt's question, Mr. Kissinger said that JCS should submit its review "
    "directly to the NSC.",                          # FRUS d130's last: a preposition, `said`
    "The Embassy requests instructions.",            # a report's own last words in the present
    "We report that the ships left Mariel on 5 November.",   # the writer's: first person
    "The records of the talks show a change in the Cuban position.",   # `records`: a noun
    "In the attached report the CIA concludes that the leadership is stable.",   # a participle
    "Mikoyan will report on the talks in Moscow.",   # no present tense
    # r7 1: the text's reported speech, a verb and its clause after `that`
    "Embassy recalls that the Minister took the same position at Punta del Este in January and "
    "believes he will not change it.",
    "Rodriguez answers that most of the young commanders are against it, but that Fidel will "
    "decide.",
    "Alekseev recalls that the talks changed after that evening and that Fidel began to listen.",
    "Mikoyan explains that the bombers belong to the Soviet Union and will be withdrawn.",
    "Castro warns that any inspection will be resisted by force.",   # r11 S1: `warns that`
    "Mikoyan urges that the talks continue tomorrow.",
])
def test_a_text_s_last_paragraph_is_not_read_as_the_summary(registers, last):
    tei, _ = encode_text(page(f"The conversation lasted an hour.\n\n{last}"), registers)
    assert abstract(tei) is None
    assert last[-15:] in "".join(tei.find(".//t:body", namespaces=TEI).itertext())


RADIO_TITLE = "Radio and Television Report to the American People on the Soviet Arms Build-up"
CRATED = "A reliable source in Havana reports that the missiles are being crated for shipment."


def typed(source: str, type_field: str) -> str:
    """`source` with the archive's Type field `type_field` in its `Document Information` block."""
    return source.replace("Record ID", f"Type\n\n{type_field}\n\nRecord ID")


@pytest.mark.parametrize("title, type_field, summary", [
    pytest.param("Telegram from Soviet Ambassador A. Dobrynin to the USSR Foreign Ministry", "",
                 "Dobrynin reports that Robert Kennedy will lift the quarantine.",
                 id="rv1 2: the sender the title names"),
    pytest.param("Telegram from Soviet Ambassador to Cuba A. Alekseev to the USSR MFA", "",
                 "Soviet Ambassador to Cuba Alekseev reports that Castro is calm.",
                 id="rv4 4: the sender's office before his name"),
    pytest.param(RADIO_TITLE, "Speech", "President Kennedy reports that the Soviet missile bases "
                 "in Cuba are being dismantled.", id="r8 C5: a speech by the archive's Type"),
])
def test_reports_that_of_the_document_s_own_speaker_is_the_summary(registers, title, type_field,
                                                                    summary):
    """`X reports that ...` is the archive's summary where X is the one the title names, or where
    the document is a speech: its words are its speaker's, none tells another's report."""
    source = page(f"The ships have turned back.\n\n{summary}", title=title)
    tei, _ = encode_text(typed(source, type_field) if type_field else source, registers)
    assert abstract(tei) == summary


@pytest.mark.parametrize("title, last", [
    pytest.param("CIA Current Intelligence Bulletin", CRATED, id="rv1 2: a bulletin's source"),
    pytest.param("Memorandum for the Record", CRATED, id="rv1 2: a memorandum's source"),
    pytest.param(RADIO_TITLE, CRATED, id="no speech by its title, no Type field"),
    pytest.param("Memorandum of Conversation, A.I. Mikoyan with Osvaldo Dorticos",
                 "The Ambassador reports that Castro remains calm.", id="rvC 1: an office"),
    pytest.param("Telegram from Ambassador A. Dobrynin to the USSR Foreign Ministry",
                 "The Ambassador reports that Castro remains calm.",
                 id="the office the title names too: no name"),
    pytest.param("Memorandum of Conversation, A.I. Mikoyan with Osvaldo Dorticos",
                 "Dobrynin reports that Robert Kennedy will lift the quarantine.",
                 id="a name the title does not hold"),
    pytest.param("Telegram from Soviet Ambassador to Cuba A. Alekseev to the USSR MFA",
                 "Sources close to Alekseev report that Castro is calm.",
                 id="others before the name the title holds"),
])
def test_reports_that_of_another_is_the_text_s_last_paragraph(registers, title, last):
    """A text's own last paragraph may tell in the present what another reports (`A reliable
    source in Havana reports that ...` ending a bulletin): it stays the text's, its line
    numbered."""
    tei, _ = encode_text(page(f"The missiles were seen at Mariel.\n\n{last}", title=title),
                         registers)
    assert abstract(tei) is None
    assert '<p n="2" xml:id="L2">' in body_xml(tei)


def test_without_the_archive_s_block_the_last_paragraph_is_the_text_s(registers):
    """Only the archive's page, its `Document Information` block after the text, prints the
    summary there: a page without it ends with the text."""
    source = page("The conversation lasted an hour.\n\nMikoyan answers questions from the press.")
    tei, _ = encode_text(source[:source.index("Document Information")], registers)
    assert abstract(tei) is None


# ---- r6 5.3: the signer's offices under the name, a P.P.S. ------------------------------------

LETTER_TITLE = "Letter from Ambassador Lechuga to U Thant"
LETTER_BODY = ("Your Excellency:\n\nI have the honour to transmit the statement.\n\nAccept, "
               "Excellency, the assurances of my highest consideration.\n\n")
LECHUGA = ('<signed n="4" xml:id="L4"><persName ref="persons.xml#lechuga-carlos">Carlos Lechuga '
           'Hevia')


def test_the_signer_s_offices_a_comma_parts_are_the_closer_s(valid_tei):
    """`Ambassador, Permanent Representative of Cuba to the United Nations` under the signature
    names the signer's offices: it was a postscript, the letter's words after its signature."""
    tei = valid_tei(page(f"{LETTER_BODY}Carlos Lechuga Hevia\nAmbassador, Permanent "
                         "Representative of Cuba to the United Nations", title=LETTER_TITLE))
    assert body_xml(tei).endswith(
        f'{LECHUGA}</persName></signed><signed n="5" xml:id="L5">Ambassador, Permanent '
        'Representative of <placeName ref="places.xml#cuba">Cuba</placeName> to the <orgName '
        'ref="organizations.xml#un">United Nations</orgName></signed></closer></div>')


def test_a_line_under_the_signature_with_more_than_offices_is_no_signature(registers):
    """Words after the office: the letter's (a name and an office is a co-signer's, below)."""
    tei, _ = encode_text(page(f"{LETTER_BODY}Carlos Lechuga Hevia\nAmbassador, with the documents "
                              "listed above", title=LETTER_TITLE), registers)
    assert tei.xpath("count(.//t:closer/t:signed)", namespaces=TEI) == 1


def test_a_p_p_s_is_a_postscript_of_its_own(valid_tei):
    """`P.P.S.` after a `P.S.` opens a postscript, as a `P.S.` after the signature does: the two
    were one postscript."""
    tei = valid_tei(page(f"{LETTER_BODY}Carlos Lechuga Hevia\n\nP.S. The list counts 37 flights."
                         "\n\nP.P.S. Minister Roa sends his regards.",
                         title=LETTER_TITLE))
    assert body_xml(tei).endswith(
        '</signed></closer><postscript><p n="5" xml:id="L5">P.S. The list counts 37 flights.</p>'
        '</postscript><postscript><p n="6" xml:id="L6">P.P.S. Minister <persName '
        'ref="persons.xml#roa-raul">Roa</persName> sends his regards.</p></postscript></div>')


# ---- r6 5.2: a distribution list among the closing lines ---------------------------------------

DDR_TITLE = "Information des Ministeriums für Auswärtige Angelegenheiten"


@pytest.mark.parametrize("head", ["Verteiler:", "Distribution:", "Distribution list:"])
def test_the_names_under_a_distribution_head_are_its_list_not_signatures(valid_tei, head):
    """Who gets the document (`Verteiler:` / `Gen. Ulbricht` / ...) is a postscript of its own,
    as `cc:` is: its names were the closer's signatures, and the signature after it, `gez.
    Schwab` apart after a blank line, stays the closer's."""
    tei = valid_tei(page(f"Die Lage ist ruhig.\n\n{head}\nGen. Ulbricht\nGen. Winzer\n\n"
                         "gez. Schwab\nLeiter der Abteilung", title=DDR_TITLE))
    assert body_xml(tei).endswith(
        f'ruhig.</p><postscript><p n="2" xml:id="L2">{head}</p><p n="3" xml:id="L3">Gen. Ulbricht'
        '</p><p n="4" xml:id="L4">Gen. Winzer</p></postscript><closer><signed n="5" xml:id="L5">'
        'gez. Schwab</signed><signed n="6" xml:id="L6">Leiter der Abteilung</signed></closer>'
        '</div>')


SHIPMENTS = ("1. Shipments: The tanker Vishera arrived on 2 December.\n\n"
             "2. Storage: The oil is held at the refinery.\n\n")


def test_a_section_opening_with_distribution_in_prose_stays_the_text_s(valid_tei):
    """`Distribution: The oil products will be distributed ...`, a report's last section, is no
    list of who gets the report: it was a postscript with no signature over it (rvC 4)."""
    tei = valid_tei(page(f"{SHIPMENTS}Distribution: The oil products will be distributed by INRA "
                         "to the provinces by rail and truck.", title="Report on the shipments"))
    assert "<postscript>" not in body_xml(tei)
    assert body_xml(tei).endswith('<p n="3" xml:id="L3">Distribution: The oil products will be '
                                  'distributed by INRA to the provinces by rail and truck.</p>'
                                  '</div>')


@pytest.mark.parametrize("line", ["Distribution: Gen. Ulbricht, Gen. Winzer",
                                  "Distribution: Secretary of State and Secretary of Defense",
                                  "Verteiler: Abt. Internationale Verbindungen beim ZK der SED"])
def test_a_distribution_list_on_the_head_s_line_is_a_postscript(valid_tei, line):
    tei = valid_tei(page(f"{SHIPMENTS}A. Mikoyan\n\n{line}", title="Report on the shipments"))
    assert tei.xpath("string(.//t:postscript/t:p)", namespaces=TEI) == line


def test_a_name_under_the_copies_line_is_the_copies(valid_tei):
    tei = valid_tei(page("We received your letter.\n\nSincerely,\n\nA. Mikoyan\n\ncc: Mr. Jones\n"
                         "Mr. Smith", title="Letter from Mikoyan to Dorticos"))
    assert body_xml(tei).endswith('</closer><postscript><p n="4" xml:id="L4">cc: Mr. Jones</p><p '
                                  'n="5" xml:id="L5">Mr. Smith</p></postscript></div>')


@pytest.mark.parametrize("block, items", [
    pytest.param("Dean Rusk\n\ncc: Mr. Bundy\nSecretary of Defense\nR. McNamara", 3,
                 id="cc and an office over a name"),
    pytest.param("Distribution:\nMinister of Defense\nR. Malinovsky\nChairman of the KGB\n"
                 "V. Semichastny", 5, id="offices and names under Distribution"),
    pytest.param("Verteiler:\nMinister of Foreign Affairs\nL. Bolz", 3, id="under Verteiler"),
])
def test_an_office_over_a_name_in_a_list_is_the_list_s(valid_tei, block, items):
    """An office right over a name in the block of `cc:`, `Distribution:` or `Verteiler:` is an
    item of that list, as the name under it is: both were the closer's signatures (rvC 2)."""
    tei = valid_tei(page(f"We received your letter.\n\n{block}", title=DDR_TITLE))
    assert tei.xpath("count(.//t:postscript/t:p)", namespaces=TEI) == items
    assert tei.xpath("string(.//t:postscript/t:p[last()])", namespaces=TEI) \
        == block.split("\n")[-1]
    assert tei.xpath("count(.//t:closer/t:signed)", namespaces=TEI) == ("Rusk" in block)


def test_signatures_in_a_block_under_no_list_stay_signatures(valid_tei):
    """Two signers, one under the other, are no list: only a line of what goes with the letter
    opens one."""
    tei = valid_tei(page("We received your letter.\n\nSincerely,\n\nA. Mikoyan\nA. Alekseev",
                         title="Letter from Mikoyan to Dorticos"))
    assert tei.xpath("count(.//t:closer/t:signed)", namespaces=TEI) == 2


# ---- r6 5.9: the signer's office over the name --------------------------------------------------

MEMO_TITLE = "Memorandum of the USSR Ministry of Foreign Affairs"
OFFICE = "Deputy Minister of Foreign Affairs of the USSR"
OFFICE_TEI = ('Deputy Minister of Foreign Affairs of the <placeName ref="places.xml#ussr">USSR'
              '</placeName>')


def test_the_signer_s_office_over_the_name_in_its_block_is_the_closer_s(valid_tei):
    """`Deputy Minister of Foreign Affairs of the USSR` / `V. Kuznetsov`: the office was a
    paragraph of the text outside the closer that holds the name under it."""
    tei = valid_tei(page(f"The talks are to be held in New York.\n\n{OFFICE}\nV. Kuznetsov",
                         title=MEMO_TITLE))
    assert body_xml(tei).endswith(f'.</p><closer><signed n="2" xml:id="L2">{OFFICE_TEI}'
                                  '</signed><signed n="3" xml:id="L3"><persName ref="persons.xml#'
                                  'kuznetsov-vasily">V. Kuznetsov</persName></signed></closer>'
                                  '</div>')


def test_an_office_apart_from_the_signature_stays_the_text_s(registers):
    """A blank line between: the office's line is no line of the signature's block."""
    tei, _ = encode_text(page(f"The talks are to be held in New York.\n\n{OFFICE}\n\n"
                              "V. Kuznetsov", title=MEMO_TITLE), registers)
    assert f'<p n="2" xml:id="L2">{OFFICE_TEI}</p>' in body_xml(tei)


def test_a_p_p_s_after_a_p_s_of_two_paragraphs_keeps_both(valid_tei):
    """Only the last mark opened the closing lines: the `P.S.` and the paragraph after it, before
    the `P.P.S.`, were paragraphs of the text."""
    tei = valid_tei(page(f"{LETTER_BODY}Carlos Lechuga Hevia\n\nP.S. The list counts 37 flights."
                         "\n\nThe figures follow.\n\nP.P.S. Minister Roa sends his regards.",
                         title=LETTER_TITLE))
    assert body_xml(tei).endswith(
        '</signed></closer><postscript><p n="5" xml:id="L5">P.S. The list counts 37 flights.</p>'
        '<p n="6" xml:id="L6">The figures follow.</p></postscript><postscript><p n="7" '
        'xml:id="L7">P.P.S. Minister <persName ref="persons.xml#roa-raul">Roa</persName> sends '
        'his regards.</p></postscript></div>')


def test_a_turn_between_two_marks_keeps_the_first_in_the_text(registers):
    """A turn after the first `P.S.`: the text goes on there, and only the last mark closes it."""
    tei, _ = encode_text(page("MIKOYAN: Yes.\n\nP.S. He wrote it.\n\nDORTICOS: I see.\n\n"
                              "P.S. The list counts 37 flights."), registers)
    assert body_xml(tei).count("<postscript>") == 1
    assert "P.S. He wrote it.</p></sp>" in body_xml(tei)


def test_a_mark_over_the_closer_stays_in_the_text(valid_tei):
    """`P.S. to my letter of 28 October: ...` in the body, the closer, then the letter's `P.S.`:
    only the last mark opens a postscript; the body from the first was one (rvC 3)."""
    tei = valid_tei(page("Dear Mr. President,\n\nI write about the ships.\n\nP.S. to my letter of "
                         "28 October: the ships have turned back.\n\nThe ships are at sea.\n\n"
                         "They will arrive soon.\n\nSincerely,\n\nA. Mikoyan\n\n"
                         "P.S. My regards to your wife.", title="Letter from Mikoyan to Kennedy"))
    assert tei.xpath("count(.//t:body/t:div/t:p)", namespaces=TEI) == 4
    assert tei.xpath("count(.//t:postscript)", namespaces=TEI) == 1
    assert tei.xpath("string(.//t:postscript)", namespaces=TEI) == "P.S. My regards to your wife."
    assert body_xml(tei).index("<closer>") < body_xml(tei).index("<postscript>")


# ---- session 22 (probe r7): the signer's office in small letters -------------------------------

@pytest.mark.parametrize("closing, signed", [
    pytest.param("Second secretary of the embassy\nN. Belyaev",
                 ["Second secretary of the embassy", "N. Belyaev"], id="a rank before the office"),
    pytest.param("Chief of the group of specialists\nColonel P. Ivanov",
                 ["Chief of the group of specialists", "Colonel P. Ivanov"],
                 id="the office in small letters over a rank and name"),
    pytest.param("Press attaché\nL. Sergeev", ["Press attaché", "L. Sergeev"],
                 id="the office's field before it"),
    pytest.param("Press attaché L. Sergeev", ["Press attaché L. Sergeev"],
                 id="the office and the name on one line"),
    pytest.param("Second secretary of the embassy N. Belyaev",
                 ["Second secretary of the embassy N. Belyaev"], id="a rank, the name after it"),
])
def test_the_signer_s_office_in_small_letters_is_the_closer_s(valid_tei, closing, signed):
    """The office over the name (in sentence case the two lines were joined into one paragraph
    of the text), or before it on its line (a paragraph of the text), is the signer's, as
    `Ambassador of the USSR in Cuba` / `A. Alekseev` is."""
    tei = valid_tei(page(f"{BODY}\n\n{closing}", title=REPORT_TITLE))
    assert body_xml(tei).split(">", 1)[1].startswith(f'<p n="1" xml:id="L1">{BODY}</p><closer>')
    assert texts(tei, ".//t:closer/t:signed") == signed


@pytest.mark.parametrize("end", [
    pytest.param("The papers were handed over at noon by the\nSecretary of the Cuban delegation "
                 "and\nColonel P. Ivanov.", id="a wrapped sentence, an office opening a line"),
    pytest.param("Chairman of the commission spoke with F. Castro", id="a name after a verb"),
    pytest.param("Second, the embassy asks\nN. Belyaev", id="a rank's word that ranks no office"),
    pytest.param("The talk lasted an hour and the\nSecretary of State told the\nSoviet Ambassador "
                 "Dobrynin\nthat the quarantine would hold.", id="rv2 1: the name's line goes on"),
    pytest.param("The papers were handed over at noon by the\nSecretary of the Cuban delegation "
                 "and\nColonel P. Ivanov\nin the hall.", id="an office and name inside a block"),
    pytest.param("Minister Gromyko then turned to\nAmbassador Thompson",
                 id="a block of the two lines, the office's ending a little word"),
    pytest.param("Secretary Rusk said\nAmbassador Dobrynin\nhad called at noon.",
                 id="the name's line not the block's last"),
    pytest.param("At the end of the meeting\nPresident Kennedy told A. Dobrynin\nSoviet ships "
                 "would be stopped at the line.", id="rv2 2: an office, a verb, a name, wrapped"),
])
def test_prose_that_opens_with_an_office_s_word_makes_no_closer(registers, end):
    """Wrapped prose whose line opens with an office's word, over a name's line or not, is one
    paragraph of the text (rv2 1: since the office over the name was read, `Secretary of State
    told the` / `Soviet Ambassador Dobrynin` / `that ...` were cut into two paragraphs; rv2 2:
    since the office and name on one line were read, so was `... President Kennedy told A.
    Dobrynin` / `Soviet ships ...`)."""
    tei, _ = encode_text(page(f"{BODY}\n\n{end}", title=REPORT_TITLE), registers)
    assert "<closer>" not in body_xml(tei)
    assert texts(tei, ".//t:body/t:div/t:p") == [BODY, end.replace("\n", " ")]


# ---- session 22: a co-signer's name and office under the signature -----------------------------

CASTRO_LETTER = "Dear Comrade Khrushchev:\n\nWe received your letter.\n\nSincerely,\n\n"
DORTICOS = "O. Dorticos, President of Cuba"


@pytest.mark.parametrize("signatures, signed", [
    pytest.param(f"Fidel Castro Ruz\n{DORTICOS}", ["Fidel Castro Ruz", DORTICOS],
                 id="in the signature's block"),
    pytest.param(f"Fidel Castro Ruz\n\n{DORTICOS}", ["Fidel Castro Ruz", DORTICOS],
                 id="apart from the signature"),
    pytest.param(f"Fidel Castro Ruz\nPrime Minister\n{DORTICOS}",
                 ["Fidel Castro Ruz", "Prime Minister", DORTICOS], id="under the signer's office"),
    pytest.param(f"{DORTICOS}\nFidel Castro Ruz", [DORTICOS, "Fidel Castro Ruz"],
                 id="right under the salutation"),
    # session 21 read the name in full and its office as the postscript's
    pytest.param("Fidel Castro Ruz\nOsvaldo Dorticos, President of Cuba",
                 ["Fidel Castro Ruz", "Osvaldo Dorticos, President of Cuba"],
                 id="the name in full"),
])
def test_a_co_signer_s_name_and_office_is_the_closer_s(valid_tei, signatures, signed):
    """`O. Dorticos, President of Cuba` under the signature was read as a list's item: no line
    before it was a list's, so the closer was lost, its lines paragraphs of the text."""
    tei = valid_tei(page(CASTRO_LETTER + signatures, title="Letter from Castro to Khrushchev"))
    assert texts(tei, ".//t:closer/t:signed") == signed
    assert texts(tei, ".//t:closer/t:salute") == ["Sincerely,"]


@pytest.mark.parametrize("end, items", [
    pytest.param(f"The following took part:\n{DORTICOS}\nF. Castro, Prime Minister", 0,
                 id="a list at the text's end"),
    pytest.param(f"Sincerely,\n\nFidel Castro Ruz\n\ncc: Mr. Bundy\n{DORTICOS}", 2,
                 id="a name and office under a copies line"),
])
def test_a_name_and_office_under_no_signature_is_no_co_signer(registers, end, items):
    tei, _ = encode_text(page(f"We received your letter.\n\n{end}",
                              title="Letter from Castro to Khrushchev"), registers)
    assert DORTICOS not in texts(tei, ".//t:closer/t:signed")
    assert len(texts(tei, ".//t:postscript/t:p")) == items


# ---- session 22: `Distribution:` alone over a sentence ------------------------------------------

DISTRIBUTED = "The oil products will be distributed by INRA to the provinces by rail and truck."


@pytest.mark.parametrize("head", ["Distribution:", "Verteiler:"])
def test_a_lone_distribution_head_over_a_sentence_heads_the_text_s_section(valid_tei, head):
    """`Distribution:` alone, a sentence on the next line: a report's last section, as the head
    and the sentence on one line are; it was a postscript with no signature over it."""
    tei = valid_tei(page(f"{SHIPMENTS}{head}\n{DISTRIBUTED}", title="Report on the shipments"))
    assert "<postscript>" not in body_xml(tei)
    assert texts(tei, ".//t:body/t:div/t:p")[-2:] == [head, DISTRIBUTED]


@pytest.mark.parametrize("end, listed", [
    pytest.param("Distribution:\nGen. Ulbricht\nGen. Winzer", ["Gen. Ulbricht", "Gen. Winzer"],
                 id="names under the head"),
    pytest.param("Distribution:\nSecretary of State and Secretary of Defense",
                 ["Secretary of State and Secretary of Defense"], id="offices under the head"),
    pytest.param(f"A. Mikoyan\n\nDistribution:\n{DISTRIBUTED}", [DISTRIBUTED],
                 id="a sentence under the head, under the signature"),
])
def test_a_distribution_head_over_its_list_or_under_the_signature_stays_a_postscript(
        valid_tei, end, listed):
    tei = valid_tei(page(f"{SHIPMENTS}{end}", title="Report on the shipments"))
    assert texts(tei, ".//t:postscript/t:p") == ["Distribution:", *listed]


# ---- session 22 (probe r7 v1): the letter's words after the list of who gets it ----------------

KUZNETSOV_TITLE = "Letter from V. Kuznetsov to A.I. Mikoyan"
KUZNETSOV = ("Dear Anastas Ivanovich,\n\nMcCloy asks for a change.\n\n"
             "With comradely greetings,\n\nV. Kuznetsov\n\n")
NEXT_MEETING = "The next meeting with McCloy is set for Tuesday."
BY_CIPHER = "We will send the text by cipher."
KUZNETSOV_SUMMARY = "Kuznetsov informs Mikoyan of the American position on the protocol."


@pytest.mark.parametrize("copies, after, summary", [
    pytest.param("Distribution: to the file", [NEXT_MEETING], KUZNETSOV_SUMMARY,
                 id="the probe: a sentence, then the archive's summary"),
    pytest.param("Distribution: to the file", [NEXT_MEETING, BY_CIPHER], KUZNETSOV_SUMMARY,
                 id="two paragraphs"),
    pytest.param("cc: Mr. Jones\nMr. Smith", [NEXT_MEETING], KUZNETSOV_SUMMARY,
                 id="after the copies' names"),
    pytest.param("Distribution: to the file", [NEXT_MEETING], None,
                 id="the letter's last paragraph, the summary in its field"),
])
def test_the_letter_s_words_after_the_list_of_who_gets_it_keep_the_closer(valid_tei, copies,
                                                                         after, summary):
    """A paragraph of the letter after `Distribution: to the file` ended the closing lines before
    they began: the salutation, the signature and the list were paragraphs of the text. The
    letter's words there are a postscript of their own; the archive's summary after them is still
    the abstract."""
    end = "\n\n".join([*after, summary] if summary else after)
    source = page(f"{KUZNETSOV}{copies}\n\n{end}", title=KUZNETSOV_TITLE)
    if summary is None:
        source += f"\nSummary\n\n{KUZNETSOV_SUMMARY}\n"
    tei = valid_tei(source)
    assert texts(tei, ".//t:closer/*") == ["With comradely greetings,", "V. Kuznetsov"]
    assert [texts(ps, "t:p") for ps in tei.iterfind(".//t:postscript", namespaces=TEI)] \
        == [copies.split("\n"), after]
    assert abstract(tei) == KUZNETSOV_SUMMARY


AFTER_THE_LIST = [NEXT_MEETING, BY_CIPHER, "The Americans insist on the inspection clause.",
                  "The Cubans have not been told of it yet.", "The fifth paragraph is here."]


@pytest.mark.parametrize("count", [4, 5])
def test_the_letter_s_words_after_the_list_close_the_text_up_to_the_cap(registers, count):
    """rv2 7, the cap as documented (`closing_lines.MAX_AFTER_COPIES`): three paragraphs after the
    list are a postscript, a fourth after them the archive's summary, as after any closing lines;
    with five no closing line is read and all of it is the text's."""
    after = AFTER_THE_LIST[:count]
    tei, _ = encode_text(page(KUZNETSOV + "Distribution: to the file\n\n" + "\n\n".join(after),
                              title=KUZNETSOV_TITLE), registers)
    closed = count == 4
    assert texts(tei, ".//t:closer/*") == (["With comradely greetings,", "V. Kuznetsov"]
                                           if closed else [])
    assert [texts(ps, "t:p") for ps in tei.iterfind(".//t:postscript", namespaces=TEI)] \
        == ([["Distribution: to the file"], after[:3]] if closed else [])
    assert abstract(tei) == (after[3] if closed else None)


@pytest.mark.parametrize("top", [
    pytest.param("MEMORANDUM FOR THE RECORD\n\ncc: Mr. Bundy", id="under the heading"),
    pytest.param("MEMORANDUM FOR THE RECORD\n\nThe Secretary met the Ambassador.\n\n"
                 "Distribution: to the file", id="under the text's paragraph"),
])
def test_prose_after_a_list_of_who_gets_it_under_no_closer_stays_the_text_s(registers, top):
    """A memorandum's copies line under its heading or a paragraph: the paragraphs after it are
    its text."""
    tei, _ = encode_text(page(f"{top}\n\n{NEXT_MEETING}\n\n{BY_CIPHER}",
                              title="Memorandum for the Record"), registers)
    assert "<postscript>" not in body_xml(tei)
    assert NEXT_MEETING in texts(tei, ".//t:body/t:div/t:p")


# ---- session 22 (rv1 4): the recorder's line closes a record, and signs no letter -------------

MIKOYAN_TELEGRAM = "Telegram from A.I. Mikoyan to the CC CPSU"
AGREES = "The Soviet Government agrees to the inspection."
MIKOYAN_SENT = '<persName ref="persons.xml#mikoyan-anastas">Anastas Ivanovich Mikoyan</persName>'


def sender(tei) -> str:
    """The `correspDesc` sender's name element, as XML."""
    sent = tei.find(".//t:correspAction[@type='sent']/*", TEI)
    return "" if sent is None else compact_xml(sent)


@pytest.mark.parametrize("credit", ["Recorded by Radio Moscow", "Recorded by NBC News"])
def test_a_credit_that_names_no_person_is_no_recorder_s_signature(registers, credit):
    """`Recorded by` before no person's initials and surname is a line of the text: it was the
    closer's signature, and the paragraph after it went to the abstract, as after a signature."""
    tei, _ = encode_text(page(f"{AGREES}\n\n{credit}\n\n{BODY}", title="Memorandum for the "
                              "Record"), registers)
    assert "<closer>" not in body_xml(tei)
    assert texts(tei, ".//t:body/t:div/t:p") == [AGREES, credit, BODY]
    assert abstract(tei) is None


def test_the_recorder_s_line_signs_no_telegram(registers):
    """`Recorded by V. Tikhmenev` under a telegram is a line of its text (it closes a record:
    `doc_types.RECORDS`), and the telegram's sender is the one its title names; the recorder
    was its signer and its sender."""
    tei, _ = encode_text(page(f"{AGREES}\n\nRecorded by V. Tikhmenev", title=MIKOYAN_TELEGRAM),
                         registers)
    assert "<closer>" not in body_xml(tei)
    assert texts(tei, ".//t:body/t:div/t:p") == [AGREES, "Recorded by V. Tikhmenev"]
    assert sender(tei) == MIKOYAN_SENT


@pytest.mark.parametrize("title, line, sent", [
    pytest.param(MIKOYAN_TELEGRAM, "Recorded by: [signature] V. Tikhmenev", MIKOYAN_SENT,
                 id="a telegram, the colon's form"),
    pytest.param("Memorandum From the Soviet Ambassador (Alekseev) to President Kennedy",
                 "Recorded by V. Tikhmenev", '<persName ref="persons.xml#alekseev-aleksandr">'
                 'Aleksandr Ivanovich Alekseev</persName>', id="a memorandum sent"),
])
def test_the_recorder_who_signs_is_no_sender(valid_tei, title, line, sent):
    """The recorder signs the closer, but the sender is the title's: it was the recorder."""
    tei = valid_tei(page(f"{AGREES}\n\n{line}", title=title))
    assert [text.startswith("Recorded by") for text in texts(tei, ".//t:closer/t:signed")] \
        == [True]
    assert sender(tei) == sent


# ---- r12 S8: a dateline last is the closer's, never the archive's summary --------------------

@pytest.mark.parametrize("closing", [
    "Hermes Lima\n\nRio de Janeiro, 30 October 1962.",
    "Hermes Lima\n\nRio de Janeiro, October 30, 1962",
], ids=["day first, a period", "month first"])
def test_a_place_and_date_under_the_signature_is_the_closer_s_dateline(valid_tei, closing):
    """Review round 12 (S8): with no summary after it, `Rio de Janeiro, 30 October 1962.` under
    the signature was taken as the archive's summary (out of the text), and with the month first
    a postscript: a place whose name holds `de` was no dateline's."""
    tei = valid_tei(page(f"We agree.\n\n{closing}",
                         title="Telegram from Hermes Lima to the Embassy in Washington"))
    assert abstract(tei) is None
    assert texts(tei, ".//t:closer/t:signed") == ["Hermes Lima"]
    assert texts(tei, ".//t:closer/t:dateline") == [closing.split("\n\n")[1]]
