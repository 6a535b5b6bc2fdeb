"""Label shapes of review round 10 read as the turns they open (source snippet -> the turns'
speakers): a name in capitals with its particle, a manner after the name, a colon printed
otherwise, a run of office words before a register surname, a forename and patronymic, a
delegate named by his country."""

from __future__ import annotations

import pytest

from edition.diagnostics import Severity
from tests.conftest import body_xml, encode_text, page

CASTRO_MIKOYAN = "Record of Conversation of A. I. Mikoyan with Fidel Castro"
MIKOYAN = "persons.xml#mikoyan-anastas"


def turns(tei) -> list[tuple[str, str]]:
    """(@who, the speaker as printed) of each turn, in order ('' for a turn without @who)."""
    return [(sp.get("who", ""), "".join(sp.find("{*}speaker").itertext()))
            for sp in tei.iter("{*}sp")]


def stages(tei) -> list[str]:
    return ["".join(stage.itertext()) for stage in tei.iter("{*}stage")]


@pytest.mark.parametrize("opening, speaker, stage", [
    ("Mikoyan, laughing: ", "Mikoyan", "laughing"),
    ("Mikoyan, after a pause: ", "Mikoyan", "after a pause"),
    ("Mikoyan [laughing]: ", "Mikoyan", "laughing"),
    ("Mikoyan — laughing: ", "Mikoyan", "laughing"),
    ("Mikoyan : ", "Mikoyan", ""),
    ("Mikoyan\u00a0: ", "Mikoyan", ""),
    ("Mikoyan:—", "Mikoyan", ""),
    ("Mikoyan: — ", "Mikoyan", ""),
    ("Mikoyan：", "Mikoyan", ""),
], ids=["comma", "comma, three words", "brackets", "dash", "space before the colon",
        "no-break space", "colon-dash", "colon, space, dash", "full-width colon"])
def test_a_manner_or_a_colon_printed_otherwise_opens_the_turn(registers, opening, speaker,
                                                               stage):
    """Each was Castro's paragraph, no diagnostic (review round 10, S1 addendum 2)."""
    body = f"Castro: We were not consulted.\n\n{opening}Perhaps.\n\nCastro: No."
    tei, _ = encode_text(page(body, title=CASTRO_MIKOYAN), registers, provisional=True)
    assert turns(tei)[1] == (MIKOYAN, speaker)
    assert stages(tei) == ([stage] if stage else [])
    assert "".join(tei.find(".//{*}p[@n='2']").itertext()) == "Perhaps."


@pytest.mark.parametrize("label, who", [
    ("First Deputy Premier Mikoyan", MIKOYAN),
    ("Deputy Premier Mikoyan", MIKOYAN),
    ("Foreign Minister Roa", "persons.xml#roa-raul"),
    ("Soviet Ambassador Alekseev", "persons.xml#alekseev-aleksandr"),
    ("Cuban President Dorticos", "persons.xml#dorticos-osvaldo"),
    ("Premier Khrushchev", "persons.xml#khrushchev-nikita"),
    ("Major Guevara", "persons.xml#guevara-ernesto"),
    ("Anastas Ivanovich", MIKOYAN),
    ("Nikita Sergeyevich", "persons.xml#khrushchev-nikita"),
], ids=["three office words", "two", "foreign minister", "a country's adjective", "president",
        "premier", "a rank", "forename and patronymic", "another"])
def test_a_register_person_under_an_office_or_by_forename_and_patronymic(registers, label, who):
    """Each was a provisional person or a paragraph of Castro's (review round 10, S5)."""
    body = (f"Castro: We must discuss it.\n\n{label}: I agree with that.\n\nCastro: Good.\n\n"
            f"{label}: Then it is settled.")
    tei, _ = encode_text(page(body, title=CASTRO_MIKOYAN), registers, provisional=True)
    assert turns(tei)[1] == turns(tei)[3] == (who, label)


@pytest.mark.parametrize("label", ["Vice President Kennedy", "Senator Kennedy",
                                   "Attorney General Kennedy", "Under Secretary Roa",
                                   "Assistant Minister Roa"])
def test_an_office_the_register_person_never_held_is_not_his(registers, label):
    """The run of office words is stripped only where it is no other post than the register's
    person held: `Vice President Kennedy` is not John F. Kennedy, `Under Secretary Roa` not the
    Minister (`office_runs.SUBORDINATE_QUALIFIERS`: the run's words taken from
    `label_words.OFFICE_QUALIFIERS` held them for a while in session 25)."""
    body = f"Castro: We must discuss it.\n\n{label}: I agree.\n\nCastro: Good.\n\n{label}: So."
    tei, _ = encode_text(page(body, title=CASTRO_MIKOYAN), registers, provisional=True)
    assert turns(tei)[1][0].startswith("persons.xml#prov-")


def test_u_thant_in_capitals_is_his_turn(registers):
    """`U THANT:`, as a verbatim record prints every speaker, was merged into Stevenson's turns
    (review round 10, S1 addendum)."""
    body = ("Mr. Stevenson: Yes or no?\n\nU THANT: I have sent a message.\n\n"
            "Mr. Stevenson: Good.\n\nU THANT: And another.")
    tei, _ = encode_text(page(body, title="Security Council"), registers, provisional=True)
    assert turns(tei)[1] == turns(tei)[3] == ("persons.xml#u-thant", "U THANT")


@pytest.mark.parametrize("label", ["The representative of Cuba", "The Soviet representative",
                                   "The representative of the USSR", "The delegate of Ghana"])
def test_a_delegate_named_by_his_country_is_an_unnamed_speaker(registers, label):
    """A turn without @who, as `A voice:` is, never the previous speaker's words (review round
    10, S1: the Cuban protest was Stevenson's)."""
    body = (f"Mr. STEVENSON (United States of America): Do you deny it?\n\n{label}: We "
            "protest.\n\nMr. ZORIN (USSR): I am not in a courtroom.")
    tei, _ = encode_text(page(body, title="Provisional Verbatim Record of the Security Council"),
                         registers, provisional=True)
    assert [who for who, _ in turns(tei)][1] == ""
    assert turns(tei)[1][1] == label


KENNEDY_TURNS = ("Kennedy: The President is worried.\n\nKuznetsov: I will report it.\n\n"
                 "Kennedy: We need an answer{}.")


@pytest.mark.parametrize("title, said", [
    ("Memorandum of Conversation between Robert Kennedy and Ambassador Dobrynin", ""),
    ("Dobrynin's Cable on his Meeting with Robert F. Kennedy", ""),
    ("Memorandum of Conversation with Ambassador Dobrynin", ", said R. Kennedy"),
    ("Memorandum of Conversation with Ambassador Dobrynin", ". Attorney General Kennedy left"),
    ("Conversation between the Attorney General and Ambassador Dobrynin", ""),
    ("Memorandum of Conversation between RFK and Ambassador Dobrynin", ""),
], ids=["the title's forename", "forename and initial", "an initial in the text",
        "a post he never held", "the title's post alone", "a monogram"])
def test_a_surname_label_is_not_the_register_s_where_another_bearer_is_named(registers, title,
                                                                              said):
    """`Kennedy:` in Robert Kennedy's conversation was John F. Kennedy's, both turns, no
    warning (review round 10, S10): the document's own person, with a warning."""
    tei, reporter = encode_text(page(KENNEDY_TURNS.format(said), title=title), registers,
                                provisional=True)
    first, _, again = turns(tei)
    assert first == again and first[0].startswith("persons.xml#prov-")
    assert any(d.code == "speaker-ambiguous" and "names another" in d.message
               for d in reporter.diagnostics)


def test_the_register_s_bearer_named_in_full_keeps_the_label(registers):
    """`John Kennedy`, `J. F. Kennedy`, `President Kennedy` name the register's person: the
    label stays his, and without --provisional-speakers too."""
    title = "Memorandum of Conversation between President Kennedy and Ambassador Dobrynin"
    tei, reporter = encode_text(page(KENNEDY_TURNS.format(". John Kennedy and J. F. Kennedy "
                                                          "agree"), title=title), registers)
    assert turns(tei)[0] == turns(tei)[2] == ("persons.xml#kennedy-john", "Kennedy")
    assert not any(d.code == "speaker-ambiguous" for d in reporter.diagnostics)


def test_an_abbreviation_before_the_surname_names_no_other_bearer(registers):
    """The benchmark's corpus (`... a blow to a U.S. Dorticos said ...`): the `S.` of `U.S.`
    read as an initial made another Dorticos, and every turn of his an error of the build."""
    body = ("DORTICOS. They could have dealt a blow to a U.S. Dorticos said that he had no "
            "contact.\n\nMIKOYAN. I see.\n\nDORTICOS. Yes.")
    tei, reporter = encode_text(page(body), registers)
    assert [who for who, _ in turns(tei)] == ["persons.xml#dorticos-osvaldo",
                                               "persons.xml#mikoyan-anastas",
                                               "persons.xml#dorticos-osvaldo"]
    assert not any(d.code == "speaker-ambiguous" for d in reporter.diagnostics)


@pytest.mark.parametrize("title", [
    "Memorandum of Conversation between President Kennedy and the Vice President",
    "Memorandum of Conversation between JFK and Ambassador Dobrynin"])
def test_the_register_s_bearer_beside_a_post_or_by_his_monogram_keeps_the_label(registers,
                                                                               title):
    tei, reporter = encode_text(page(KENNEDY_TURNS.format(""), title=title), registers)
    assert turns(tei)[0] == turns(tei)[2] == ("persons.xml#kennedy-john", "Kennedy")
    assert not any(d.code == "speaker-ambiguous" for d in reporter.diagnostics)


CABLE = "Dobrynin's Cable on his Meeting"


@pytest.mark.parametrize("title, text", [
    (CABLE, "Robert Kennedy came. Kennedy said the President waited."),
    (CABLE, "RFK came. Kennedy said the President waited."),
    (CABLE + " with the Attorney General", "Kennedy said the President waited. R. Kennedy left."),
], ids=["a forename", "a monogram", "the title's post alone"])
def test_the_surname_alone_is_not_the_register_s_where_another_bearer_is_named(registers,
                                                                               title, text):
    """`Kennedy said` and `R. Kennedy` in Dobrynin's cable on Robert Kennedy were John F.
    Kennedy (review round 10, S10)."""
    tei, _ = encode_text(page(text + " President Kennedy is firm.", title=title), registers)
    assert body_xml(tei).count("kennedy-john") == 1   # `President Kennedy` only


@pytest.mark.parametrize("text", ["Kennedy said the President waited. 5 P.M. Kennedy left.",
                                  "He chose option B. Kennedy agreed. Tell Kennedy so."])
def test_the_surname_alone_is_the_register_s_where_no_other_bearer_is_named(registers, text):
    tei, _ = encode_text(page(text, title=CABLE), registers)
    assert body_xml(tei).count("kennedy-john") == 2


def test_without_provisional_speakers_another_bearer_is_an_error(registers):
    title = "Memorandum of Conversation between Robert Kennedy and Ambassador Dobrynin"
    _, reporter = encode_text(page(KENNEDY_TURNS.format(""), title=title), registers)
    assert any(d.code == "speaker-ambiguous" and d.severity == Severity.ERROR
               for d in reporter.diagnostics)


@pytest.mark.parametrize("first, second", [("US", "USSR"), ("Soviet side", "American side"),
                                           ("The Soviet delegation", "The US delegation")])
def test_a_delegation_in_negotiations_speaks_without_a_person(registers, first, second):
    """Four paragraphs, no turn and no diagnostic (review round 10, M14): each a turn without
    @who, the delegation as printed its speaker."""
    body = (f"{first}: We demand inspection.\n\n{second}: We refuse.\n\n{first}: Then the "
            f"quarantine stays.\n\n{second}: So be it.")
    tei, _ = encode_text(page(body, title="Record of the McCloy-Kuznetsov Negotiations"),
                         registers, provisional=True)
    assert turns(tei) == [("", first), ("", second)] * 2


def test_a_country_heading_a_point_once_is_no_delegation(registers):
    body = "The talks went on.\n\nUSSR: Missiles withdrawn.\n\nCuba: Bombers stay."
    tei, _ = encode_text(page(body, title="Memorandum"), registers, provisional=True)
    assert turns(tei) == []


def test_an_abbreviation_the_participants_list_defines_is_that_participant_s(registers):
    """`M.:` / `C.:` under `Participants: A. I. Mikoyan (M.), Fidel Castro (C.)` were five
    paragraphs, no turn and no diagnostic (review round 10, M13)."""
    body = ("Participants: A. I. Mikoyan (M.), Fidel Castro (C.)\n\nM.: The army is ready.\n\n"
            "C.: Then why were we not consulted?\n\nM.: There was no time.\n\nC.: I do not "
            "accept that.")
    tei, _ = encode_text(page(body, title=CASTRO_MIKOYAN), registers, provisional=True)
    assert [who for who, _ in turns(tei)] == [MIKOYAN, "persons.xml#castro-fidel"] * 2
