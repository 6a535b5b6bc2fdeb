"""Openings shaped like a speaker's label that name no person: a report's field, a part, a voice."""

import pytest

from edition.record_fields import heads_a_field_phrase
from tests.conftest import body_xml, encode_text, page

REPORT_HEAD = "COUNTRY: Cuba/USSR\n\nSUBJECT: Mikoyan's Talks\n\nDATE OF INFO: 5-10 November 1962" \
    "\n\nPLACE & DATE ACQ: Havana (11 November 1962)\n\nSOURCE: [1 line not declassified]\n\n" \
    "1. On 5 November Mikoyan met Dorticos."


def test_an_intelligence_reports_head_fields_are_no_speakers(registers):
    """Review round 6 (1962-11-13-cia-report-havana-redacted.txt:15-16): `DATE OF INFO:` was a
    provisional person's turn, warned as a speaker not in the register, and `PLACE & DATE ACQ:`
    a paragraph of it; both are fields of the report's head, as `COUNTRY:` is."""
    tei, reporter = encode_text(page(REPORT_HEAD, title="Information Report"), registers,
                                provisional=True)
    assert reporter.diagnostics == []
    assert list(tei.iter("{*}sp")) == []
    body = body_xml(tei)
    assert '<p n="3" xml:id="L3">DATE OF INFO: <date' in body
    assert '<p n="4" xml:id="L4">PLACE &amp; DATE ACQ: ' in body


@pytest.mark.parametrize("head, field", [
    ("DATE OF INFO", True), ("Date of Info.", True), ("PLACE & DATE ACQ", True),
    ("Date of birth", False), ("DATE", False), ("MR. PLACE", False)])
def test_a_field_phrase_is_the_whole_head(head, field):
    assert heads_a_field_phrase(head) is field


def test_a_speaker_whose_name_is_a_field_word_still_speaks(registers):
    """Only the whole phrase is a field: `MR. PLACE:` is a speaker's label."""
    tei, _ = encode_text(page("MR. PLACE: We agree.\n\nA.I. MIKOYAN: Good."), registers,
                         provisional=True)
    assert [sp.findtext("{*}speaker") for sp in tei.iter("{*}sp")] == ["MR. PLACE", "A.I. MIKOYAN"]


PRESS = "MR. MIKOYAN: Ladies and gentlemen.\n\n{}\n\nMR. MIKOYAN: Trade is my old profession."


def turns(tei) -> list[tuple[str | None, str, str]]:
    """(who, speaker, delivery) of each turn."""
    return [(sp.get("who"), sp.findtext("{*}speaker"), sp.findtext("{*}stage") or "")
            for sp in tei.iter("{*}sp")]


@pytest.mark.parametrize("line, label", [
    ("A VOICE: What about trade?", "A VOICE"), ("Another voice: And Berlin?", "Another voice"),
    ("QUESTION: What about trade?", "QUESTION"),
    ("QUESTION (New York Times): What about trade?", "QUESTION (New York Times)"),
    ("REPORTER: Sir, what about trade?", "REPORTER"), ("VOICES: And Berlin?", "VOICES"),
    ("OPERATOR: Go ahead, please.", "OPERATOR"),
], ids=["a voice", "another voice", "question", "question of a newspaper",
        "r11 M6: a reporter", "voices", "r12 L5: a telephone operator"])
@pytest.mark.parametrize("provisional", [False, True], ids=["normal", "provisional"])
def test_an_unnamed_voice_or_a_role_is_a_turn_of_no_person(line, label, provisional, registers):
    """Review round 6 (1962-11-29-press-conference-mikoyan-washington.txt:11,25,29): `A VOICE:` was
    a paragraph of Mikoyan's turn; `QUESTION:`, many reporters, one provisional person with a page
    (an error in a build without provisional persons); and the newspaper of `QUESTION (New York
    Times):` its delivery. Each is a turn whose speaker the source does not name: `sp` without
    @who, the label as printed, no delivery."""
    tei, reporter = encode_text(page(PRESS.format(line), title="Press Conference of A.I. Mikoyan"),
                                registers, provisional=provisional)
    assert reporter.diagnostics == []
    assert turns(tei)[1] == (None, label, "")
    assert len(turns(tei)) == 3


@pytest.mark.parametrize("line, label, delivery", [
    ("QUESTION (laughing): And trade?", "QUESTION", "laughing"),
    ("ANSWER (Through the interpreter): Trade.", "ANSWER", "Through the interpreter"),
], ids=["a stage word", "rvB 16: how it reaches the room"])
def test_a_role_keeps_its_delivery(registers, line, label, delivery):
    """A stage word in the parenthesis is the delivery still: `QUESTION (laughing):`; so is
    `Through the interpreter`, capitalised, which was taken for who asks (review rvB 16)."""
    tei, _ = encode_text(page(PRESS.format(line)), registers)
    assert turns(tei)[1] == (None, label, delivery)


def test_a_voice_in_a_sentence_is_no_label(registers):
    """`A voice was heard ...` is the speaker's sentence, in his turn."""
    tei, _ = encode_text(page(PRESS.format("A voice was heard from the floor.")), registers)
    assert [who for who, _, _ in turns(tei)] == ["persons.xml#mikoyan-anastas"] * 2


INTERVIEW = "Q: When did you return?\n\nA: After the funeral.\n\nQ: And Guevara?\n\nA: Hard."


def test_an_interviews_q_and_a_are_roles_not_persons(registers):
    """Review round 6 (1994-03-12-oral-history-sergo-mikoyan.txt:17,19): `Q:` and `A:` were two
    provisional persons, "Q" and "A", in the persons index."""
    tei, reporter = encode_text(page(INTERVIEW, title="Oral History Interview"), registers,
                                provisional=True)
    assert reporter.diagnostics == []
    assert turns(tei) == [(None, "Q", ""), (None, "A", ""), (None, "Q", ""), (None, "A", "")]


SERGO, CASTRO = "persons.xml#mikoyan-sergo", "persons.xml#castro-fidel"


@pytest.mark.parametrize("title, asks, answers", [
    ("Oral History Interview with Sergo Mikoyan", None, SERGO),
    ("Interview with S.A. Mikoyan on His Father's Trip, 1994", None, SERGO),
    ("Interview with Fidel Castro by Sergo Mikoyan, Havana", SERGO, CASTRO),
    ("Interview with Sergo Mikoyan and Fidel Castro", None, None),
    ("Interview with a Former Soviet Officer", None, None),
    ("Sergo Mikoyan's Notes on an Interview", None, None),
], ids=["r8: the one interviewed", "his initials, and what about", "and who interviews him",
        "two interviewed", "none of the register", "no interview with him"])
def test_an_interviews_a_is_the_one_its_title_names(title, asks, answers, valid_tei):
    """Review r8: `A:` under `Interview with Sergo Mikoyan` was no one's turn (an `sp` without
    @who), though the title names who answers; `Q:` is the interviewer's only where the title
    names him too (`by ...`). A title naming two, or none of the register, ties no part."""
    tei = valid_tei(page(INTERVIEW, title=title))
    assert [who for who, _, _ in turns(tei)] == [asks, answers] * 2


def test_a_letter_a_without_a_q_is_a_persons_label_still(registers):
    """`A:` is the answer where `Q:` asks; alone it may be a person's initial: looked up."""
    source = page("A: We are ready.\n\nA.I. MIKOYAN: Good.\n\nA: Then we begin.")
    tei, reporter = encode_text(source, registers, provisional=True)
    assert turns(tei)[0][0].startswith("persons.xml#prov-a-")
    assert [d.code for d in reporter.diagnostics] == ["speaker-provisional"]


@pytest.mark.parametrize("parenthesis, kind", [
    ("(The interpreter asked Mr. Mikoyan to repeat the last phrase.)", "business"),
    ("(Laughter.)", "delivery"), ("(The audience laughs.)", "delivery"),
    ("(To Rusk)", "delivery"),
], ids=["the interpreter's doing", "laughter", "a short sentence", "a cue"])
def test_a_parenthesis_telling_what_another_does_is_business(parenthesis, kind, registers):
    """Review round 6 (1962-11-30-memcon-mikoyan-rusk-interpreter.txt:26): `(The interpreter asked
    Mr. Mikoyan to repeat the last phrase.)` in Mikoyan's turn was a delivery, as if it said how
    he spoke; it is the record's narration of what another did: stage business, still inline."""
    tei, _ = encode_text(page(f"A.I. MIKOYAN: We cannot sign. {parenthesis} Good.\n\n"
                              "O. DORTICOS: Agreed."), registers)
    stage = tei.find(".//{*}sp/{*}p/{*}stage")
    assert (stage.get("type"), stage.get("rend")) == (kind, "parentheses")


NEWS = ("THE PRESIDENT: The bombers will be withdrawn.\n\nQUESTION: Does this end inspection?\n\n"
        "THE PRESIDENT: No. We will watch Cuba.\n\n"
        "Q: Mr. President, what about the troops at Remedios?\n\nA: We shall watch them too.\n\n"
        "QUESTION: Has Castro agreed?\n\nTHE PRESIDENT: He has not.")
KENNEDY = "persons.xml#kennedy-john"
PAPERS = "Public Papers of the Presidents of the United States: John F. Kennedy, 1962, doc. 515."


def news_conference(body: str) -> str:
    """The source of a news conference from the President's papers: `THE PRESIDENT` is Kennedy."""
    return page(body, title="The President's News Conference", date="November 20, 1962") \
        .replace("An archive.", PAPERS)


def test_a_press_conferences_q_and_a_among_its_questions_are_read(registers):
    """Review r11 M1: among `QUESTION:` / `THE PRESIDENT:` turns a `Q:` once was an unread
    paragraph and the `A:` after it nobody's words, with no warning. They are a question and
    the answer of the one who answers the document's questions, the President."""
    tei, reporter = encode_text(news_conference(NEWS), registers)
    assert [(who, label) for who, label, _ in turns(tei)][3:5] == [(None, "Q"), (KENNEDY, "A")]
    assert reporter.diagnostics == []


def test_an_a_after_no_q_among_questions_stays_a_paragraph(registers):
    """A letter `A:` no `Q:` asks is no answer: `A:` once after `QUESTION:` turns stays unread."""
    body = NEWS.replace("Q: Mr. President, what about the troops at Remedios?\n\n", "")
    tei, _ = encode_text(news_conference(body), registers)
    assert "A" not in [label for _, label, _ in turns(tei)]
