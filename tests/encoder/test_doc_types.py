"""The document type guessed from the archive's Type field or the title, by whole words: the
body's `div/@subtype` and the header's `keywords[@scheme='#document-type']/term`."""

from __future__ import annotations

import pytest

from edition.doc_types import titled_speech
from edition.readers.common import doc_type_of
from tests.conftest import TEI, body_xml, encode_text, page
from tests.ingest.helpers import foreign, ingest_text


TYPED = [
    ("", "Memorandum of Conversation, A.I. Mikoyan with Osvaldo Dorticos", "memorandum",
     "memorandum of conversation"),
    # a memorandum is "of conversation" only when the source says so
    ("", "Memorandum From the President's Assistant (Kissinger) to President Nixon",
     "memorandum", "memorandum"),
    ("", "Memorandum for the Record", "memorandum", "memorandum"),
    ("", "Mikoyan Telegram to the CC CPSU (no. 1856)", "telegram", "telegram"),
    ("Letter", "From Kosygin to Nixon", "letter", "letter"),
    ("", "Minutes of Washington Special Actions Group Meeting", "minutes", "minutes"),
    # a "Record of Conversation" (the Soviet memcon's title) before a "record of" a meeting
    ("", "Notes of a Conversation with Fidel Castro", "memorandum", "memorandum of conversation"),
    ("", "Record of Conversation between A.I. Mikoyan and Fidel Castro", "memorandum",
     "memorandum of conversation"),
    ("", "Record of a Conversation with Mikoyan", "memorandum", "memorandum of conversation"),
    ("", "Record of the Meeting of the Presidium", "minutes", "minutes"),
    ("", "Henry V, Act 1, Scene 2", "drama", "drama"),
    ("", "Hamlet, Act IV", "drama", "drama"),
    # session 18 (finding 15c): a diplomatic note is correspondence, other notes are memoranda
    ("", "Note of the USSR Ministry of Foreign Affairs to the Embassy of the United States",
     "letter", "letter"),
    ("", "Note From the Director of Central Intelligence (McCone) to Secretary of State Rusk",
     "letter", "letter"),
    ("", "Note verbale", "letter", "letter"),
    ("", "Soviet Diplomatic Note on Cuba", "letter", "letter"),
    ("", "Note by the Secretary", "memorandum", "memorandum"),
    ("", "Note of the meeting held to discuss Berlin", "memorandum", "memorandum"),
    ("", "Note on the Soviet Reply to the President", "memorandum", "memorandum"),
    ("", "Telegram transmitting the Note of the Soviet Government to the United States",
     "telegram", "telegram"),
    # session 18 (review r1, finding 4): "Note of X to Y" names a party on each side, an
    # organization by its head word, a person by a title or as the registers hold them; a
    # meeting is no party, a verb ("to Discuss") no addressee
    ("", "Note of the Meeting of the Presidium Held in Moscow to Discuss the Cuban Question",
     "memorandum", "memorandum"),
    ("", "Note of the Session of the Council to Consider the Blockade", "memorandum",
     "memorandum"),
    ("", "Note from the Conversation in Havana to Brief the Ambassador", "memorandum",
     "memorandum"),
    ("", "Note of the Embassy of the United States to the USSR Ministry of Foreign Affairs",
     "letter", "letter"),
    ("", "Note from President Kennedy to Khrushchev", "letter", "letter"),
    ("", "Note from Mikoyan to the Soviet Ambassador", "letter", "letter"),
    ("", "Note from Khrushchev to Fidel Castro", "letter", "letter"),   # both by the registers
    # session 19 (review h1): a letter in the other languages of the corpus
    ("", "Lettre du général de Gaulle au président Kennedy", "letter", "letter"),
    ("", "Brief von Bundeskanzler Adenauer an Präsident Kennedy", "letter", "letter"),
    ("", "Schreiben des Bundeskanzlers an den Präsidenten", "letter", "letter"),
    ("", "Carta de Fidel Castro a U Thant", "letter", "letter"),
    ("", "Письмо Н.С. Хрущева Ф. Кастро", "letter", "letter"),
    ("Report", "Brief for the President on Berlin", "other", "report"),
    # session 19 (h13): `Castro` is the surname of two register persons (Fidel and Raúl): which
    # one is meant is unsure, that a person is meant is not
    ("", "Note from Khrushchev to Castro", "letter", "letter"),
    ("", "Note from Castro to the Soviet Ambassador", "letter", "letter"),
    # Words that only contain a type's name are no type:
    ("Report", "Report on the Contact with Cuban Leaders", "other", "report"),
    ("Report", "Impact of the Blockade on the Cuban Economy", "other", "report"),
    ("Report", "Towards a Non-Aggression Pact", "other", "report"),
    ("", "Towards a Non-Aggression Pact", "other", "other document"),
    # review round 9 (1962-11-07-report-jcs-withdrawal.txt): a report, Type `Report`, was named
    # "other document"; `div/@subtype` stays in the brief's list
    ("", "Report of the Chairman of the Joint Chiefs of Staff on the Removal of Soviet Missiles",
     "other", "report"),
    ("", "Доклад министра обороны Р. Малиновского в ЦК КПСС", "other", "report"),
    ("", "Reporting Procedures for the Quarantine", "other", "other document"),
    # review round 11 (M4): a speech, by the archive's Type or its title, was "other document"
    ("Speech", "Radio and Television Address to the American People on the Soviet Arms Build-up",
     "other", "speech"),
    ("", "Speech by N.S. Khrushchev at the Kremlin Reception", "other", "speech"),
    ("", "Remarks of the President on the Quarantine", "other", "speech"),
    ("", "Record of Remarks Made at the Meeting", "minutes", "minutes"),
    # review round 11 (M4): the Type field `Note` made U Thant's note to Khrushchev a memorandum;
    # the title says which note it is
    ("Note", "Note from U Thant to Chairman Khrushchev", "letter", "letter"),
    ("Note", "Note on the Soviet Reply to the President", "memorandum", "memorandum"),
    ("Note", "The Quarantine Line", "memorandum", "memorandum"),
    # review round 10 (M7): a diary, by its title or the Type field, was "other document"
    ("", "Diary of A. I. Alekseev", "other", "diary"),
    ("", "Excerpt from the Diary of V. Tikhmenev", "other", "diary"),
    ("Diary", "Pages of 3-5 November", "other", "diary"),
    ("", "Chronology of Events Compiled from the Embassy Diary", "other", "other document"),
    # review round 12 (M6): an aide-mémoire, by the archive's Type or its title, was "other
    # document"; an intelligence report is a report, as any (`div/@subtype` stays `other`)
    ("Aide-Mémoire", "Proposals for the Verification of the Removal", "other", "aide-mémoire"),
    ("Aide-Memoire", "Proposals for the Verification of the Removal", "other", "aide-mémoire"),
    ("", "Aide-Mémoire of the Secretary-General to the Permanent Representative of the USSR",
     "other", "aide-mémoire"),
    ("", "Soviet Aide Memoire on the Inspection", "other", "aide-mémoire"),
    ("", "Reply to the Aide-Mémoire of 7 November", "other", "other document"),
    ("", "Memorandum on the Soviet Aide-Mémoire", "memorandum", "memorandum"),
    ("Intelligence Report", "Current Intelligence Bulletin", "other", "report"),
    ("", "Memorandum on the Ambassador's Diary", "memorandum", "memorandum"),
    ("", "Memorandum on the Report of the Joint Chiefs", "memorandum", "memorandum"),
    ("", "Newsletter of the Embassy", "other", "other document"),
    ("", "The Foreign Assistance Act of 1961", "other", "other document"),
    ("", "Footnotes to the Protocol", "other", "other document"),
    # session 19 (review r1): a title's words per language (`readers.common.TITLE_WORDS`)
    ("", "Запись беседы А.И. Микояна с Ф. Кастро", "memorandum", "memorandum of conversation"),
    ("", "Acta de la reunión del Consejo de Ministros", "minutes", "minutes"),
    ("", "Протокол заседания Президиума ЦК КПСС", "minutes", "minutes"),
    ("", "Протокол о сотрудничестве", "other", "other document"),   # a treaty's protocol
    ("", "Procès-verbal de la séance du Conseil", "minutes", "minutes"),
    ("", "Compte rendu de l'entretien du général de Gaulle avec M. Acheson", "memorandum",
     "memorandum of conversation"),
    ("", "Aufzeichnung über das Gespräch des Bundeskanzlers mit Präsident Kennedy", "memorandum",
     "memorandum of conversation"),
    ("", "Шифртелеграмма из Гаваны", "telegram", "telegram"),
    ("", "Записка А.А. Громыко в ЦК КПСС", "memorandum", "memorandum"),
    # session 24 (r9 R17): a Polish note of a conversation, whose `Jutro` counts from its day
    ("", "Notatka z rozmowy z ambasadorem ZSRR", "memorandum", "memorandum of conversation"),
    ("", "Notatka dla tow. Gomułki", "memorandum", "memorandum"),
    # a debate's record is minutes, unless the title names another type a paper about it has
    ("", "House of Commons Debate: Cuba (Soviet Bombers)", "minutes", "minutes"),
    ("", "Hansard: Cuba", "minutes", "minutes"),
    ("", "Sitting of the House, 28 November 1962", "minutes", "minutes"),
    ("", "Memorandum on the Commons Debate", "memorandum", "memorandum"),
    ("", "Telegram on the Debate in the Security Council", "telegram", "telegram"),
    # session 20 (review round 5): the type a title names first is its head noun; a telegram it
    # transmits or a letter it speaks of is not the document's kind
    ("", "Memorandum from Secretary Rusk to President Kennedy, Transmitting a Telegram from "
     "Ambassador Hare", "memorandum", "memorandum"),
    ("", "Memorandum for the Record on the Letter from Khrushchev", "memorandum", "memorandum"),
    ("", "Minutes of the Meeting on the Cable Traffic", "minutes", "minutes"),
    # session 20 (h15 item 4): the site review's "Document (6 documents)": a telephone
    # conversation (FRUS titles the same record "Transcript of Telephone Conversation") and a
    # news conference are transcripts, an airgram a telegram; a speech, a chronology and a
    # list are none of the types: other documents, so named
    ("", "Telephone Conversation Between President Kennedy and Secretary of State Rusk",
     "transcript", "transcript"),
    ("", "Transcript of Telephone Conversation Between Secretary of State Rogers and the "
     "President's Assistant for National Security Affairs (Kissinger)", "transcript",
     "transcript"),
    ("", "Memorandum of Telephone Conversation with Ambassador Dobrynin", "memorandum",
     "memorandum"),
    ("", "The President's News Conference of November 20, 1962", "transcript", "transcript"),
    ("", "Press Conference of Foreign Minister Gromyko", "transcript", "transcript"),
    # session 21 (r6, finding 6.1): an oral history interview is the transcript of a recording
    ("Oral History Interview", "Oral History Interview with Sergo Mikoyan", "transcript",
     "transcript"),
    ("", "Oral history interviews with Soviet officers", "transcript", "transcript"),
    ("", "Memorandum on the Oral History Project", "memorandum", "memorandum"),
    ("", "Telegram on the President's Press Conference", "telegram", "telegram"),
    ("", "Airgram from the Embassy in Bonn to the Department of State", "telegram", "telegram"),
    ("", "Chronology of Events, Department of State Operations Center, October 22-28, 1962",
     "other", "other document"),
    ("", "List of the Soviet Delegation Accompanying A.I. Mikoyan to Havana", "other",
     "other document"),
    # session 22 (r8 H2): an instruction from its sender to the addressee is cabled to them
    ("", "Instruction from the CC CPSU to the Soviet Ambassador in Cuba, October 30, 1962",
     "telegram", "telegram"),
    ("", "Instructions to the Soviet Delegation at the United Nations", "other",
     "other document"),
    ("", "Instructions from Moscow to be followed by the Embassy", "other", "other document"),
    # session 22 (rv2 6): in title case too, and only a title opening with the instruction
    ("", "Instructions from Moscow to Be Followed in Case of Attack", "other", "other document"),
    ("", "Paper on the Instructions from Washington to Havana Embassy", "other",
     "other document"),
]
"""(Type field, title) -> the body's subtype and the header's term."""


@pytest.mark.parametrize("type_field, title, subtype, term", TYPED)
def test_the_document_type_is_named_by_whole_words(type_field, title, subtype, term, registers):
    assert doc_type_of(type_field, title, registers=registers) == subtype
    text = page("A.I. MIKOYAN. Yes.", title=title)
    tei, _ = encode_text(text + (f"\nType\n\n{type_field}\n" if type_field else ""), registers)
    assert tei.xpath("string(t:text/t:body/t:div/@subtype)", namespaces=TEI) == subtype
    assert tei.findtext(".//t:keywords[@scheme='#document-type']/t:term", namespaces=TEI) == term


@pytest.mark.parametrize("title, subtype, term", [(title, subtype, term)
                                                  for field, title, subtype, term in TYPED
                                                  if not field])
def test_a_foreign_title_is_typed_as_the_same_plain_text_title(title, subtype, term, tmp_path):
    """Session 19: the ingest of foreign TEI typed its title without the registers, so the
    parties of `Note from President Kennedy to Khrushchev` went unnamed: a memorandum there, a
    letter here. Its header names the type as ours does, the one term the site reads
    (`DocumentRecord.document_type`)."""
    encoded, _ = ingest_text(foreign("<div><p>The missiles will go.</p></div>", title=title),
                             tmp_path)
    assert encoded.tei.xpath("string(t:text/t:body/t:div/@subtype)", namespaces=TEI) == subtype
    assert encoded.tei.findtext(".//t:keywords[@scheme='#document-type']/t:term",
                                namespaces=TEI) == term


@pytest.mark.parametrize("title, speech", [
    ("Speech by N.S. Khrushchev at the Kremlin Reception on the 45th Anniversary", True),
    ("Address by President Kennedy to the Nation", True),
    ("Remarks of the President at the Airport", True),
    ("Radio and Television Address to the American People", True),
    ("Khrushchev's Speech at the Session of the Supreme Soviet", True),
    ("Report on the Speech by Khrushchev", False),
    ("Text of the Speech by Khrushchev", False),
    ("Statement by the Soviet Government", False),
    ("Report by Defense Minister R. Malinovsky to the CC CPSU on the Withdrawal", False),
    ("Memorandum on Khrushchev's Speech at the Session", False),
    ("Address Book of the Embassy", False),
], ids=["speech by", "address by", "remarks of", "radio and television address",
        "a possessive before", "a report on one", "its text", "a statement", "a written report",
        "a memorandum on one", "no preposition after"])
def test_a_speech_is_typed_by_the_opening_of_its_title(title, speech, registers):
    assert titled_speech(doc_type_of(title, registers=registers), title) is speech


SPEECH = ("Comrades, the world stood on the brink of war. (Animation in the hall)\n\n"
          "Who won? (Laughter) Reason won. (Stormy applause. Shouts: \"Right!\")\n\n"
          "Long live peace! (Stormy, prolonged applause, turning into an ovation. All rise.)")
"""A speech of no turns, the room's reactions in parentheses (review h1 round 4, the speech)."""
STAGES = ['brink of war. <stage type="delivery" rend="parentheses">Animation in the hall</stage></p>',
          'Who won? <stage type="delivery" rend="parentheses">Laughter</stage> Reason won. <stage type="delivery" rend="parentheses">'
          'Stormy applause. Shouts: "Right!"</stage></p>',
          'Long live peace! <stage type="delivery" rend="parentheses">Stormy, prolonged applause, turning into an '
          'ovation. All rise.</stage></p>']


def test_the_rooms_reactions_in_a_speechs_body_are_stage_directions(registers):
    """Review h1 round 4: `(Applause)`, `(Stormy, prolonged applause ...)` stayed text in
    Khrushchev's speech, parentheses being read as stage directions only inside a turn: a
    speech's body is its speaker's words, turn or not (`doc_types.titled_speech`)."""
    tei, reporter = encode_text(page(SPEECH, title="Speech by N.S. Khrushchev at the Kremlin"),
                                registers)
    body = body_xml(tei)
    assert all(stage in body for stage in STAGES) and "<sp" not in body
    assert reporter.diagnostics == []


def test_parentheses_outside_the_turns_of_another_document_stay_text(registers):
    """A report's, or a letter's, parenthesis is its writer's."""
    tei, _ = encode_text(page(SPEECH, title="Report on the Speech by Khrushchev"), registers)
    body = body_xml(tei)
    assert "<stage" not in body and "(Animation in the hall)</p>" in body


def test_a_debate_s_title_makes_the_debate_rules_apply(registers):
    """Session 19 (review r1): `House of Commons Debate: Cuba` was typed `other`, so the chamber's
    procedural lines stayed paragraphs and a member's constituency was read as a delivery."""
    body = ("Mr. Speaker in the Chair.\n\nMr. Gaitskell (Leeds, South): Has the Prime Minister a "
            "statement to make?\n\nMr. Healey: Will he say so?\n\nQuestion put.")
    tei, _ = encode_text(page(body, title="House of Commons Debate: Cuba"), registers,
                         provisional=True)
    div = tei.find("t:text/t:body/t:div", namespaces=TEI)
    assert div.xpath("string(t:sp[1]/t:speaker)", namespaces=TEI) == "Mr. Gaitskell (Leeds, South)"
    assert div.xpath("t:stage[@type='business']/text()", namespaces=TEI) == [
        "Mr. Speaker in the Chair.", "Question put."]
