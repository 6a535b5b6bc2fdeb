"""A paragraph in the record's own voice ends the open turn wherever it stands (`turn_ends`)."""

import re

import pytest

from tests.conftest import body_xml, encode_text, page

MEMCON = ("The Secretary: How much time?\n\nThe Ambassador: I cannot say. Perhaps two or three "
          "weeks.\n\n{}")
"""Two turns of a memorandum of conversation (d175), the speakers named by office."""
LONG_TURN = MEMCON.format("Chairman Khrushchev asks only for time.\n\n{}")
"""The same with a second paragraph of the Ambassador's: the next one stands further on."""


@pytest.mark.parametrize("body, fragment", [
    (MEMCON.format("The Secretary said that the President could not wait indefinitely."),
     '</sp><p n="3" xml:id="L3">The Secretary said that'),
    (LONG_TURN.format("Mr. Kornienko remarked that the Soviet ships were carrying out orders."),
     '</sp><p n="4" xml:id="L4">Mr. Kornienko remarked'),
    (LONG_TURN.format("Ambassador Thompson asked whether the proposal had been considered."),
     '</sp><p n="4" xml:id="L4">Ambassador Thompson asked'),
    (LONG_TURN.format("The Secretary then raised Berlin. He said that Bonn would stand firm."),
     '</sp><p n="4" xml:id="L4">The Secretary then raised'),
    (LONG_TURN.format("The Attorney General reported on his talk with the Ambassador."),
     '</sp><p n="4" xml:id="L4">The Attorney General reported'),
    (LONG_TURN.format("The conversation ended at 6:05 p.m."),
     '</sp><p n="4" xml:id="L4">The conversation ended'),
    ("O. DORTICOS. We agree.\n\nA.I. MIKOYAN. Good.\n\nWe spoke for an hour.\n\n"
     "Dorticos replied that the government agreed.",
     '</sp><p n="4" xml:id="L4"><persName ref="persons.xml#dorticos-osvaldo">Dorticos'),
], ids=["an office, right after the label", "title and name, further on", "office and name",
        "an adverb before the verb", "an office of two words", "the conversation itself",
        "a name who speaks here, further on"])
def test_the_record_reporting_a_person_ends_the_turn_wherever_it_stands(body, fragment,
                                                                        registers):
    """Each was the open turn's paragraph, the speaker's words: `The Secretary said that ...`
    in the Ambassador's turn (d175: five paragraphs so)."""
    tei, _ = encode_text(page(body), registers, provisional=True)
    assert fragment in body_xml(tei)


@pytest.mark.parametrize("paragraph", [
    "The Secretary said that we could not wait indefinitely.",
    "Kennedy said that the quarantine would stay.",
    "The conversation ended, and I left at once.",
], ids=["in the first person", "a bare name who does not speak here",
        "the conversation in the first person"])
def test_a_speaker_telling_of_others_keeps_the_turn(paragraph, registers):
    """The speaker reporting what was said (`we`, `I`), or telling of one named alone who does
    not speak in the document, goes on speaking."""
    tei, _ = encode_text(page(LONG_TURN.format(paragraph)), registers, provisional=True)
    body = body_xml(tei)
    assert '</sp><p n="4"' not in body and body.endswith("</p></sp></div>")


def test_in_a_transcript_every_paragraph_is_a_speakers(registers):
    """A tape has no voice but the speakers': `The President said that ...` in Bundy's turn was
    narrative."""
    tei, _ = encode_text(page("BUNDY: There is a second letter.\n\nRUSK: Which one?\n\n"
                              "The President said that he wants it answered at once.",
                              title="Transcript of a tape recording"), registers, provisional=True)
    body = body_xml(tei)
    assert 'subtype="transcript"' in body
    assert '</sp><p n="3"' not in body and body.endswith("</p></sp></div>")


SPEECH = ("Mr. Healey: I shall be brief, because the House has heard much of this before.\n\n"
          "{}\n\nMr. Heath: The right hon. Gentleman has made his speech before.")
"""An MP's speech of two paragraphs and the reply (review r1, 1962-11-28-debate-commons-bombers)."""


@pytest.mark.parametrize("title", [
    "House of Commons: Cuba (Bombers) — Minutes of Proceedings",
    "Minutes of the House of Commons, Daily Session 2017-09-07",
    "House of Lords Debate: Cuba (Minutes of Proceedings)",
    "Commons Debate on Cuba",
    "Sitting of the House, 5 November 1962",
], ids=["house of commons", "parlamint's title", "a debate of the lords", "commons debate",
        "a sitting of the house"])
@pytest.mark.parametrize("paragraph", [
    "The Minister said on Monday that the Government would publish the letters within the week.",
    "The Foreign Secretary said in this House that publication depended on Washington.",
], ids=["the minister said", "the foreign secretary said"])
def test_in_a_debate_the_record_reporting_a_person_is_the_speakers(title, paragraph, registers):
    """A debate has no voice but the speakers' besides its procedural lines: `The Minister said
    on Monday ...` in Healey's speech ended his turn, and the rest of the speech became
    narration."""
    tei, _ = encode_text(page(SPEECH.format(paragraph), title=title), registers, provisional=True)
    body = body_xml(tei)
    assert body.index('<p n="2" xml:id="L2">The') < body.index("</sp>")   # in Healey's turn


@pytest.mark.parametrize("after", [
    "Question put.",
    "Mr. Grimond: Will the Foreign Secretary tell hon. Members when?",
], ids=["a division's question", "members addressed"])
def test_minutes_whose_body_reads_as_a_debate_have_no_voice_but_the_speakers(after, registers):
    """A debate titled without its chamber (`Cuba (Bombers) — Minutes of Proceedings`) was read as
    a meeting's minutes: `The Minister said on Monday ...` ended Healey's turn and the rest of his
    speech became narration. Two paragraphs with a chamber's words (`the right hon. Gentleman`,
    `Question put.`, `hon. Members`: `doc_types.CHAMBER`) make it a debate."""
    paragraph = "The Minister said on Monday that the Government would publish the letters."
    tei, _ = encode_text(page(SPEECH.format(paragraph) + f"\n\n{after}",
                              title="Cuba (Bombers) — Minutes of Proceedings"),
                         registers, provisional=True)
    body = body_xml(tei)
    assert body.index('<p n="2" xml:id="L2">The Minister') < body.index("</sp>")  # Healey's


def test_minutes_with_one_chamber_word_keep_the_records_voice(registers):
    """One `Mr. Speaker` in a meeting's minutes (the Speaker of the House at the White House) is
    no debate: the record's `The Secretary said ...` still ends the turn."""
    body = MEMCON.format("The Secretary said that Mr. Speaker had agreed.")
    tei, _ = encode_text(page(body, title="Minutes of the Leadership Meeting"), registers,
                         provisional=True)
    assert '</sp><p n="3" xml:id="L3">The Secretary said' in body_xml(tei)


def test_minutes_that_tell_of_a_debate_keep_the_records_voice(registers):
    """A meeting's minutes that tell of a debate and quote it (`Hon. Members had cheered`, `the
    right hon. Gentleman`, `"the Question put to ..."`: probe r1) are no debate: the chamber's
    words count where a member speaks or the procedure opens a paragraph, and the record's
    `Mr. Jones said ...` still ends the turn."""
    body = ('1. The Ambassador reported on the Commons debate. Mr. Gaitskell had opened with "Mr. '
            'Speaker, the House will welcome the news," and Hon. Members had cheered.\n\n'
            '2. Lord Home had told the right hon. Gentleman that "the Question put to the Soviet '
            'Government is simple."\n\nAmbassador Bruce: We should tell Washington tonight.'
            "\n\nMr. Jones said that the statement would be cabled tonight.")
    tei, _ = encode_text(page(body, title="Minutes of the Country Team Meeting"), registers,
                         provisional=True)
    assert '</sp><p n="4" xml:id="L4">Mr. Jones said' in body_xml(tei)


@pytest.mark.parametrize("title", [
    "Summary Record of the 26th Meeting of the Executive Committee of the National Security Council",
    "Minutes of the Meeting of the Subcommittee on Cuban Trade",
    "Memorandum of Conversation",
], ids=["d190's minutes", "a committee's minutes", "d175's memorandum"])
def test_in_the_minutes_of_a_meeting_the_record_reporting_a_person_ends_the_turn(title,
                                                                              registers):
    """D190: `The Secretary said that the Allies ...` after `The President: ...` is the
    record's, in minutes as in a memorandum."""
    body = ("The President: We cannot wait.\n\nThe Secretary said that the Allies had agreed."
            "\n\nThe Ambassador: So be it.")
    tei, _ = encode_text(page(body, title=title), registers, provisional=True)
    assert '</sp><p n="2" xml:id="L2">The Secretary said that' in body_xml(tei)


@pytest.mark.parametrize("field", ["Resolved: That the quarantine will remain in force.",
                                   "Resolved further: That Ambassador Stevenson be instructed.",
                                   "Vote: For 7, against none.", "Also present: Mr. Bundy."])
def test_a_field_of_the_record_ends_the_turn(field, registers):
    """Minutes (d190): `Resolved:` after the President's words was his, silently, once the
    record's words were kept from being read as speaker labels."""
    tei, reporter = encode_text(page(MEMCON.format(field), title="Summary Record of the 26th "
                                     "Meeting of the Executive Committee"), registers,
                                provisional=True)
    assert f'</sp><p n="3" xml:id="L3">{field.split(":")[0]}:' in body_xml(tei)


@pytest.mark.parametrize("body, title", [
    (SPEECH.format("The motion reads as follows:\n\nResolved: That this House regrets the delay."
                   "\n\nThat is the motion, and I commend it to the House."),
     "House of Commons: Cuba (Bombers) — Minutes of Proceedings"),
    (SPEECH.format("Subject: to what the noble Earl has said, we support the Government."),
     "House of Lords: Cuba — Minutes of Proceedings"),
    ("BUNDY: The draft says this.\n\nResolved: That the quarantine will remain.\n\n"
     "RUSK: Good.", "Transcript of a tape recording"),
], ids=["an mp reading out a motion", "a lord's sentence", "a transcript"])
def test_in_a_debate_or_a_transcript_a_field_of_the_record_is_the_speakers(body, title,
                                                                          registers):
    """Review r1: Healey reading out `Resolved: That this House regrets ...` ended his turn, and
    `That is the motion, and I commend it` became narration; a debate or a tape has no fields
    of its own record in a speech."""
    tei, _ = encode_text(page(body, title=title), registers, provisional=True)
    body = body_xml(tei)
    assert body.count("</sp>") == 2 and "</sp><p" not in body


DIVISION = ("Mr. Healey: The House must be allowed a vote on this.\n\n{}\n\n"
            "Mr. Speaker: The Question is that this House do now adjourn.")
"""An MP's last words before a division, and the Speaker after it (review r1,
1962-11-14-debate-commons-cuba)."""
BUSINESS = '<stage type="business" n="{0}" xml:id="L{0}">{1}</stage>'


@pytest.mark.parametrize("title, lines", [
    ("House of Commons Debate: Cuba (Minutes of Proceedings)",
     ["Question put.", "The House divided: Ayes, 241; Noes, 290.",
      "Resolved: That this House takes note of the statement."]),
    ("House of Commons Debate: Cuba (Minutes of Proceedings)",
     ["Question put and agreed to.", "Adjourned at 10.02 p.m."]),
    ("Cuba — Minutes of Proceedings", ["Question put.", "Ayes 320, Noes 280"]),
], ids=["a division and its resolution", "agreed and adjourned", "a debate by its body"])
def test_a_debates_procedural_lines_are_stage_business_between_the_turns(title, lines,
                                                                        registers):
    """Review r1: `Question put.`, `The House divided: ...` and the House's `Resolved: That ...`
    after it were Healey's words, the last paragraphs of his turn. They are what the House does
    (ParlaMint has them as notes and incidents between the speeches): stage business."""
    tei, _ = encode_text(page(DIVISION.format("\n\n".join(lines)), title=title), registers,
                         provisional=True)
    stages = "".join(BUSINESS.format(n, line) for n, line in enumerate(lines, start=2))
    assert f"allowed a vote on this.</p></sp>{stages}<sp " in body_xml(tei)


VERBATIM = "Provisional Verbatim Record of the 1025th Meeting of the Security Council"
COUNCIL = ("The PRESIDENT (translated from Russian): As the hour is late, I propose to adjourn."
           "\n\n{}\n\nMr. STEVENSON (United States of America): I shall wait.")
"""The President's last words in a United Nations verbatim record (review round 5, session 20,
unsc-verbatim-1025.txt)."""


@pytest.mark.parametrize("lines", [
    ["It was so decided.", "The meeting rose at 7.25 p.m."],
    ["The meeting was suspended at 6 p.m.", "The meeting was resumed at 6.30 p.m."],
], ids=["decided and rose", "suspended and resumed"])
def test_a_verbatim_records_procedure_is_stage_business_between_the_turns(lines, registers):
    """Review round 5 (unsc-verbatim-1025.txt): `It was so decided.`, `The meeting rose at 7.25
    p.m.` were the President's words: a verbatim record was no debate (`doc_types.DEBATE`), and
    its procedure not the House's (`turn_ends.PROCEDURE`: `rose` was no verb of a meeting's
    course, `MEETING_VERBS`)."""
    tei, _ = encode_text(page(COUNCIL.format("\n\n".join(lines)), title=VERBATIM), registers,
                         provisional=True)
    stages = "".join(BUSINESS.format(n, line) for n, line in enumerate(lines, start=2))
    untimed = re.sub(r"</?date\b[^>]*>", "", body_xml(tei))   # the times: test_call_times
    assert f"I propose to adjourn.</p></sp>{stages}<sp " in untimed


@pytest.mark.parametrize("title, within", [
    (VERBATIM, True),
    ("Transcript of a Recorded Meeting in the Oval Office", True),
    ("Memorandum of Conversation", False),
], ids=["a verbatim record", "a transcript", "a memorandum"])
def test_a_parenthesis_between_paragraphs_of_a_speech_keeps_the_turn(title, within, registers):
    """Review round 5 (unsc-verbatim-1025.txt:35-37): after `(Mr. Stevenson continued in
    English)` his next paragraph was narration, no one's: the stage business ended his turn.
    Where the record has no voice but the speakers' it stands in the turn, which goes on; in a
    memorandum it ends it."""
    body = ("Mr. STEVENSON (United States of America): I am prepared to wait.\n\n"
            "(Mr. Stevenson continued in English)\n\nIf I may, I will now show the photographs.")
    tei, _ = encode_text(page(body, title=title), registers, provisional=True)
    xml = body_xml(tei)
    stage = xml[xml.index("<stage type=\"business\""):xml.index("</stage>", xml.index(
        "<stage type=\"business\""))]
    assert stage.startswith('<stage type="business" n="2" xml:id="L2">')
    turns = [[p.get("n") for p in sp.iterfind("{*}p")] for sp in tei.iter("{*}sp")]
    assert turns == ([["1", "3"]] if within else [["1"]])


@pytest.mark.parametrize("title, body, paragraph", [
    ("House of Commons Debate: Cuba (Minutes of Proceedings)", DIVISION,
     "The House divided on this before, and the Government lost."),
    ("Minutes of the Meeting of the Subcommittee on Cuban Trade",
     "The President: We cannot wait.\n\n{}\n\nThe Ambassador: So be it.", "Question put."),
], ids=["a sentence of a speech", "a meeting's minutes"])
def test_a_procedural_word_in_a_speech_or_a_meeting_keeps_the_turn(title, body, paragraph,
                                                                   registers):
    """Only a whole paragraph of a debate is its procedure: an MP telling of a division, or a
    meeting's `Question put.`, stays in the turn."""
    tei, _ = encode_text(page(body.format(paragraph), title=title), registers, provisional=True)
    assert f'<p n="2" xml:id="L2">{paragraph}</p></sp><sp ' in body_xml(tei)


@pytest.mark.parametrize("paragraph", ["Question: who will verify it?", "Total: forty-two.",
                                       "My comment: it will not work.",
                                       "One more note: the ships are turning back.",
                                       "Note the following: the ships are turning back."])
def test_a_speakers_own_heading_keeps_the_turn(paragraph, registers):
    """A head the speaker may say (`Question:`, `Total:`) is no field of the record, nor a remark
    he heads as his own (`My comment:`, `One more note:`: `turn_ends.SPEAKERS_OWN`)."""
    tei, _ = encode_text(page(MEMCON.format(paragraph)), registers, provisional=True)
    assert body_xml(tei).endswith(f"{paragraph}</p></sp></div>")


def test_in_a_transcript_a_speaker_told_of_right_after_a_label_is_the_speakers(registers):
    """A person who speaks here, told of right after the label's paragraph, ended the turn even
    in a transcript, where the same sentence further on stayed in it (by the code review)."""
    tei, _ = encode_text(page("BUNDY: There is a second letter.\n\nRUSK: Which one?\n\n"
                              "Bundy said that it came by courier.",
                              title="Transcript of a tape recording"), registers, provisional=True)
    assert body_xml(tei).endswith("Bundy said that it came by courier.</p></sp></div>")


@pytest.mark.parametrize("title", [
    "Minutes of the Sitting of the CC CPSU Presidium",
    "Minutes of a Meeting of the Senate Foreign Relations Committee (Executive Session)",
    "Minutes of the NSC Meeting: Debate on the Blockade",
], ids=["a sitting of a presidium", "a committee of a senate", "a meeting's debate"])
def test_the_minutes_of_a_meeting_that_names_a_sitting_or_a_debate_keep_the_records_voice(
        title, registers):
    """Only a chamber of debates (`doc_types.DEBATE`) makes minutes wholly spoken: `Sitting`,
    `Senate` or `Debate` anywhere in a title kept the record's `The Secretary said ...` in the
    President's turn (found by the last review)."""
    tei, _ = encode_text(page(MEMCON.format("The Secretary said that the Allies must be told."),
                              title=title), registers, provisional=True)
    assert '</sp><p n="3" xml:id="L3">The Secretary said' in body_xml(tei)


PRESS = ("THE PRESIDENT: Yes, they will go on.\n\nQUESTION: Thank you, Mr. President.\n\n{}")
"""The end of a news conference (review h1, 1962-11-20-press-conference-kennedy)."""


@pytest.mark.parametrize("body, title, field", [
    (PRESS, "The President's News Conference of November 20, 1962",
     "NOTE: President Kennedy's forty-fifth news conference was held at 6 o'clock."),
    (PRESS, "The President's News Conference of November 20, 1962",
     "COMMENT: The transcript is the White House's."),
    (MEMCON, "Summary Record of the 26th Meeting", "RESOLVED: That the quarantine will remain."),
    (MEMCON, "Summary Record of the 26th Meeting", "PRESENT: Mr. Bundy, Mr. Rusk."),
    (MEMCON, "Summary Record of the 26th Meeting", "VOTE: For 7, against none."),
], ids=["a note", "a comment", "resolved", "present", "a vote"])
def test_a_field_or_a_remark_in_capitals_ends_the_turn(body, title, field, registers):
    """Review h1: `NOTE: President Kennedy's ...` was the questioner's last words (`Note:` ended
    the turn, `NOTE:` did not), and `PRESENT:`, `RESOLVED:`, `VOTE:`, `COMMENT:` were labels of
    provisional speakers: a head in capitals is as plain as in title case."""
    tei, reporter = encode_text(page(body.format(field), title=title), registers,
                                provisional=True)
    body = body_xml(tei)
    assert f'</sp><p n="3" xml:id="L3">{field.split(":")[0]}:' in body
    assert body.endswith("</p></div>")
    assert not [d for d in reporter.diagnostics if d.location.line == 9]


@pytest.mark.parametrize("field, element", [
    ("Присутствовали: О. Дортикос, Э. Гевара, А.И. Алексеев.", "p"),
    ("ПРИСУТСТВОВАЛИ: О. Дортикос.", "p"),
    ("Записал: В. Тихменев", "closer><signed"),       # who recorded it signs the record
    ("Anwesend: Herr von Brentano.", "p"), ("Teilnehmer: Herr Carstens.", "p"),
    ("Présents: M. Couve de Murville.", "p"), ("Presentes: Osvaldo Dorticós.", "p"),
    ("Obecni: tow. A. Rapacki, tow. Z. Kliszko", "p"),
    ("Notował: J. Czesak", "closer><signed"),        # as Записал: (h11's closer rule)
], ids=["russian present", "russian in capitals", "russian recorded by", "german present",
        "german participants", "french present", "spanish present", "polish present",
        "polish recorded by"])
def test_a_field_of_the_record_in_another_language_is_no_label_and_ends_the_turn(
        field, element, registers):
    """Review h1: `Присутствовали:` (`Present:`, zapis.txt:11) was reported as a speaker label not
    read, and would have been the speaker's words after a turn: the record's fields were only
    English (`speakers.RECORD_FIELDS_BY_LANGUAGE`)."""
    tei, reporter = encode_text(page(f"{field}\n\n" + MEMCON.format(field)), registers,
                                provisional=True)
    assert f'</sp><{element} n="4" xml:id="L4">{field.split(":")[0]}:' in body_xml(tei)
    assert not [d for d in reporter.diagnostics if d.location.line in (5, 11)]


@pytest.mark.parametrize("remark", [
    "EMBASSY COMMENT: The source seemed tired.", "INTERVIEWER'S COMMENT: The source seemed tired.",
    "Embassy comment: The source seemed tired.", "Political Section chief’s comment: None.",
    "Drafter's note: The source seemed tired.", "Примечание: Источник устал.",
    "ПРИМЕЧАНИЕ: Источник устал.", "Anmerkung: Die Quelle war müde.",
    "Bemerkung: Die Quelle war müde.", "Remarque: La source était fatiguée.",
    "Nota: La fuente estaba cansada.",
], ids=["embassy comment in capitals", "interviewer's comment in capitals", "embassy comment",
        "a qualifier of three words", "a possessive", "russian", "russian in capitals", "german",
        "german bemerkung", "french", "spanish"])
def test_a_remark_whatever_qualifies_it_is_no_label_and_ends_the_turn(remark, registers):
    """Review h1 round 4: `EMBASSY COMMENT:`, `INTERVIEWER'S COMMENT:` were labels of provisional
    speakers, `Embassy comment:` the Ambassador's words, `Примечание:` a label not read
    (`[speaker-unread]`): a head whose last word is a remark word (`record_fields.heads_a_remark`,
    in the archive's languages `REMARKS_BY_LANGUAGE`) is the record's remark."""
    tei, reporter = encode_text(page(MEMCON.format(remark)), registers, provisional=True)
    assert f'</sp><p n="3" xml:id="L3">{remark.split(":")[0]}:' in body_xml(tei)
    assert not [d for d in reporter.diagnostics if d.location.line == 9]


@pytest.mark.parametrize("remark", [
    "Note by the interpreter: The Premier used the familiar form.",
    "NOTE BY THE INTERPRETER: THE PREMIER USED THE FAMILIAR FORM.",
    "Comment of the Embassy: The source seemed tired.",
    "Примечание переводчика: Хрущев сказал «ты».", "ПРИМЕЧАНИЕ РЕДАКЦИИ: Текст сокращен.",
    "Anmerkung des Übersetzers: Die Quelle war müde.",
    "Remarque du traducteur: La source était fatiguée.",
    "Nota del traductor: La fuente estaba cansada.",
    "3. COMMENT: I BELIEVE GROMYKO WAS AT PAINS TO SHOW MODERATION.",
    "3. Comment: I believe Gromyko was at pains to show moderation.",
    "Comment on the text: the last page is missing.",
    "Note on the translation: The Premier used the familiar form.",
    "Anmerkung zum Text: Die letzte Seite fehlt.",
    "Remarque sur le texte: La dernière page manque.",
    "Nota sobre el texto: Falta la última página.",
], ids=["english", "english in capitals", "of", "russian", "russian in capitals", "german",
        "french", "spanish", "numbered, in capitals", "numbered", "on", "note on", "german zum",
        "french sur", "spanish sobre"])
def test_a_remark_qualified_after_its_word_or_numbered_is_no_label_and_ends_the_turn(
        remark, registers):
    """Session 19's leftover: `Примечание переводчика:`, `Note by the interpreter:` (whose it is
    said after the remark word) and a telegram's numbered `3. COMMENT:` (review h1 of session
    19, 1962-11-01-cable-moscow-niact) stayed the speaker's words, and `NOTE BY THE
    INTERPRETER:` was an unknown speaker's label: a remark word and up to four words after it
    opening with one of `record_fields.REMARK_QUALIFIERS` (in Russian a genitive) head the
    record's remark, after a paragraph's number too. Probe r1 of session 20
    (1962-11-15-notatka-mikoyan-castro.txt:29): `Comment on the text:` stayed in Mikoyan's turn,
    what the remark is on as much its qualifier as whose it is (`Note the following:` stays the
    speaker's: `test_a_speakers_own_heading_keeps_the_turn`)."""
    tei, reporter = encode_text(page(MEMCON.format(remark)), registers, provisional=True)
    assert f'</sp><p n="3" xml:id="L3">{remark.split(":")[0]}:' in body_xml(tei)
    assert not [d for d in reporter.diagnostics if d.location.line == 9]


def test_a_cables_comment_in_capitals_is_no_turn(registers):
    """A telegram's `EMBASSY COMMENT:` opened the turn of a provisional speaker `EMBASSY COMMENT`,
    which took the paragraphs after it."""
    tei, reporter = encode_text(page("1. GROMYKO RECEIVED ME AT NOON.\n\nEMBASSY COMMENT: "
                                     "GROMYKO WAS MODERATE.\n\nWE AGREE.",
                                     title="Telegram From the Embassy in the Soviet Union"),
                                registers, provisional=True)
    assert "<sp" not in body_xml(tei)
    assert reporter.diagnostics == []


@pytest.mark.parametrize("word", ["Notował", "Protokołował", "Sporządzili", "Записал", "Составил"])
def test_who_recorded_the_record_heads_it_quietly_and_signs_it_below(word, registers):
    """One list of the words saying who recorded a record (`record_fields.RECORDED_BY`): the
    closer's signed line read `Protokołował:` while the head's fields did not, a warning
    [speaker-unread] (the whole-change read of session 20: two helpers listed them apart)."""
    body = f"{word}: J. Czesak\n\nA.I. MIKOYAN. Yes.\n\nDORTICOS. No.\n\n{word}: J. Czesak"
    tei, reporter = encode_text(page(body), registers)
    assert reporter.diagnostics == []
    assert body_xml(tei).endswith(f'<closer><signed n="4" xml:id="L4">{word}: J. Czesak</signed>'
                                  "</closer></div>")


LISTED_SPEECH = ("I. On the situation around Cuba.\n\n1. To hear Com. Khrushchev.\n\n{}\n\n"
                 "2. The Americans will give a pledge.\n\n3. The bombers are another question.\n\n"
                 "KHRUSHCHEV: Good.")
"""A record numbering its items before a speech whose own list follows (session 21, f2)."""


@pytest.mark.parametrize("label, fragment", [
    ("KHRUSHCHEV: 1. We must agree to remove the missiles.",
     '<p n="5" xml:id="L5"><label>3.</label> The bombers are another question.</p></sp>'),
    ("KHRUSHCHEV: We must agree to remove the missiles.",
     '</sp><p n="4" xml:id="L4"><label>2.</label> The Americans'),
], ids=["the list begins after the label", "the record's numbering goes on"])
def test_a_speakers_list_that_begins_after_his_label_stays_in_the_turn(label, fragment,
                                                                       registers):
    """Session 21, f2: `KHRUSHCHEV: 1. We must ...` / `2. ...` / `3. ...` was cut after its first
    paragraph, the rest of the speech loose paragraphs: `2.` was read against the record's `1.`
    before the turn, the speaker's own `1.` after his label not being seen
    (`turn_ends._numbered_before`). Where the label's paragraph has no number, a `2.` after the
    record's `1.` still ends the turn."""
    tei, _ = encode_text(page(LISTED_SPEECH.format(label), title="Protocol of the Session"),
                         registers)
    assert fragment in body_xml(tei)


@pytest.mark.parametrize("gap", ["[1 paragraph not declassified]", "[Page 2 missing]",
                                 "[2 lines of source text not declassified]"])
def test_a_withheld_passage_inside_a_turn_keeps_it_open(gap, registers):
    """Review r12 M13: a withheld or missing passage ended the speaker's turn, and his next
    paragraph was no one's words, with no warning; the gap is his turn's, and so is what
    follows it."""
    body = f"Mikoyan: We agree on the list.\n\n{gap}\n\nThe bombers are another matter.\n\n" \
        "Roa: Cuba disagrees.\n\nMikoyan: Then we wait."
    tei, _ = encode_text(page(body, title="Record of Conversation of A. I. Mikoyan with R. Roa"),
                         registers, provisional=True)
    first = next(tei.iter("{*}sp"))
    assert [p.get("n") for p in first.iter("{*}p")] == ["1", "2", "3"]


def test_an_editors_cut_between_turns_still_ends_the_turn(registers):
    """`[... sampling ...]`, an editor's cut, is no passage of the speaker's: what follows it is
    not his (`turn_ends.WITHHELD_PASSAGE` takes only a withheld or missing passage's mark)."""
    body = "Mikoyan: We agree.\n\n[... sampling ...]\n\nThe bombers are another matter.\n\n" \
        "Roa: Cuba disagrees.\n\nMikoyan: Then we wait."
    tei, _ = encode_text(page(body, title="Record of Conversation of A. I. Mikoyan with R. Roa"),
                         registers, provisional=True)
    assert [p.get("n") for p in next(tei.iter("{*}sp")).iter("{*}p")] == ["1"]
