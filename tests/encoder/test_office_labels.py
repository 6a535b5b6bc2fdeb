"""An office's label (`The Ambassador:`) is the turn of the person the document's list of who was
there gives that office, else a provisional person of that document alone."""

import pytest

from edition.config import Settings
from edition.diagnostics import Reporter
from edition.listed_offices import office_only, offices_listed
from edition.overrides import Overrides
from edition.pipeline import encode_bytes
from tests.conftest import encode_text, page

PRESENT = ("Present: Prime Minister Fidel Castro, First Deputy Chairman A. I. Mikoyan, "
           "Ambassador Alekseev.\n\n")
PARTICIPANTS = ("Participants:\n\nRaúl Roa, Minister of Foreign Affairs of Cuba\n\n"
                "Luis Bastian Pinto, Ambassador of Brazil\n\n")
ONE_LINE = ("Participants: Raúl Roa, Minister of Foreign Affairs; Luis Bastian Pinto, Ambassador "
            "of Brazil\n\n")
MIKOYAN_TITLE = "Record of Conversation of A. I. Mikoyan with Fidel Castro"
ROA_TITLE = ("Memorandum of Conversation between the Brazilian Ambassador and the Minister of "
             "Foreign Affairs of Cuba")
ROA_TURNS = "The Minister: I received you today.\n\nThe Ambassador: My government wishes to know."


def whos(tei) -> list[str]:
    return [sp.get("who").removeprefix("persons.xml#") for sp in tei.iter("{*}sp")]


@pytest.mark.parametrize("body, title, expected", [
    (PRESENT + "The Prime Minister: We cannot accept inspection.\n\nComrade Mikoyan: I see.\n\n"
     "The Ambassador: The ships are ready.", MIKOYAN_TITLE,
     ["castro-fidel", "mikoyan-anastas", "alekseev-aleksandr"]),
    (PARTICIPANTS + ROA_TURNS, ROA_TITLE, ["roa-raul", "prov-luis-bastian-pinto-"]),
    (ONE_LINE + ROA_TURNS, ROA_TITLE, ["roa-raul", "prov-luis-bastian-pinto-"]),
    (PRESENT.replace("Chairman", "Chairman of the Council of Ministers")
     + "The Prime Minister: We cannot accept inspection.", MIKOYAN_TITLE, ["castro-fidel"]),
], ids=["present, office before the name", "participants, a person a line",
        "participants on one line", "an office of after the next name: the next person's"])
def test_an_office_label_is_the_turn_of_the_listed_person_holding_it(body, title, expected,
                                                                    registers):
    """Review r9 R3, R11: `The Minister:` under `Raúl Roa, Minister of Foreign Affairs of Cuba`,
    `The Prime Minister:` under `Present: Prime Minister Fidel Castro, ...` were provisional
    persons named after the office; Roa's and Castro's pages counted none of their turns."""
    tei, _ = encode_text(page(body, title=title), registers, provisional=True)
    assert [who[:len(wanted)] for who, wanted in zip(whos(tei), expected)] == expected
    assert len(whos(tei)) == len(expected)


OFFICE_TURNS = "The Ambassador: Moscow agrees.\n\nThe Minister: We shall write."


@pytest.mark.parametrize("listed", [
    "Participants: A. I. Mikoyan; Soviet Ambassador A. I. Alekseev; Foreign Minister Raúl Roa.",
    "Participants: A. I. Mikoyan; A. I. Alekseev, Soviet Ambassador to Cuba; Raúl Roa, Foreign "
    "Minister of Cuba.",
    "Participants: A. I. Mikoyan; A. I. Alekseev (Ambassador of the USSR); Raúl Roa (Minister of "
    "Foreign Relations).",
    "Present: Mikoyan; Alekseev, Ambassador; Roa, Minister.",
], ids=["a country's adjective before", "after, with a country's adjective", "in parentheses",
        "a surname alone before"])
def test_a_listed_office_in_the_other_usual_forms_ties_its_label(listed, registers):
    """Review r12 M3: `The Ambassador:`, `The Minister:` were tied to Alekseev and Roa only under
    `Ambassador A. I. Alekseev`, `Raúl Roa, Minister of ...`; in these forms they were the
    document's own provisional persons, "an office no listed person holds"."""
    tei, _ = encode_text(page(f"{listed}\n\n{OFFICE_TURNS}", title="Memorandum of Conversation"),
                         registers, provisional=True)
    assert whos(tei) == ["alekseev-aleksandr", "roa-raul"]


@pytest.mark.parametrize("listed, why", [
    ("Present: Mikoyan, Dorticós.", "no list of who was there giving offices read"),
    ("Present: Prime Minister Fidel Castro, Mikoyan.",
     "no holder of the office read in the list of who was there"),
    ("Present: Prime Minister Fidel Castro; Foreign Minister Raúl Roa; Minister of Defense "
     "R. Ya. Malinovsky.", "an office 2 listed persons hold"),
], ids=["no offices listed", "another office listed", "two ministers"])
def test_an_untied_office_s_warning_says_what_the_list_gave(listed, why, registers):
    """Review r12 M3: the warning said "an office no listed person holds" where the list named
    the holder in a form not read; it says what was read."""
    _, reporter = encode_text(page(f"{listed}\n\n{OFFICE_TURNS}", title="Memorandum"),
                              registers, provisional=True)
    said = " ".join(str(d) for d in reporter.diagnostics)
    assert why in said and "an office no listed person holds" not in said


EXCOMM = ("Present: The President, Vice President Johnson, Secretary Rusk, Secretary McNamara, "
          "Attorney General Kennedy, Mr. Bundy, Ambassador Stevenson.\n\n")
EXCOMM_TURNS = ("The President: We will decide that tomorrow.\n\nThe Attorney General: We should "
                "wait.\n\nThe Vice President: I agree.\n\nThe President: Then we wait.")


def test_a_listed_holder_is_read_with_the_office_the_list_gives_him(registers):
    """Review rv1 F3: `The Attorney General:` under `Attorney General Kennedy` was John F.
    Kennedy's turn, the President's, by the bare surname; it is the document's own person named
    as listed, and the warnings say what the list holds of each office."""
    tei, reporter = encode_text(page(EXCOMM + EXCOMM_TURNS, title="Minutes of the ExComm"),
                                registers, provisional=True)
    president, attorney, vice, again = whos(tei)
    assert president == again and president.startswith("prov-the-president-")
    assert attorney.startswith("prov-attorney-general-kennedy-")
    assert vice.startswith("prov-johnson-")
    said = " ".join(str(d) for d in reporter.diagnostics)
    assert "an office the list names with no holder" in said
    assert "the holder of 'The Attorney General' its list names" in said


@pytest.mark.parametrize("present, label, expected", [
    ("Present: President Kennedy, Attorney General Kennedy.", "The President", "kennedy-john"),
    ("Present: Ambassador Alekseev, Mr. Bundy.", "The Ambassador", "alekseev-aleksandr"),
    ("Present: Senator Kennedy, Mr. Bundy.", "The Senator", "prov-senator-kennedy-"),
    ("Present: Vice President Kennedy, Mr. Bundy.", "The Vice President",
     "prov-vice-president-kennedy-"),
], ids=["the register's form with the office", "the register's holder", "a post he never held",
        "a deputy's office"])
def test_a_listed_holder_the_register_holds_the_office_of(present, label, expected, registers):
    """The register's person is the listed holder where the office is his (`President Kennedy`,
    `Ambassador Alekseev`); `Senator Kennedy`, `Vice President Kennedy` are not the President,
    as in the text (`person_names.another_post`, `under_a_deputys_office`)."""
    body = f"{present}\n\n{label}: We agree.\n\nComrade Mikoyan: I see."
    tei, _ = encode_text(page(body, title=MIKOYAN_TITLE), registers, provisional=True)
    assert whos(tei)[0].startswith(expected)


def test_a_listed_holder_the_registers_lack_is_each_document_s_own(registers):
    """Review rv1 F3: `The Vice President:` under `Vice President Johnson` was `prov-johnson-...`,
    one person with any Johnson of the edition; it is each document's own."""
    body = EXCOMM + EXCOMM_TURNS
    first, again, other = (encoded_as(doc_id, body, registers)
                           for doc_id in ("doc-a", "doc-a", "doc-b"))
    assert first == again and first[2].startswith("prov-johnson-") and other[2] != first[2]


def test_an_office_two_listed_persons_hold_names_neither(registers):
    """`Ambassador Alekseev` and `Ambassador Pinto` both listed: `The Ambassador:` stays unread
    by the list (a provisional person of the document)."""
    body = ("Present: Ambassador Alekseev, Ambassador Luis Bastian Pinto.\n\n"
            "The Ambassador: The ships are ready.\n\nComrade Mikoyan: I see.")
    tei, reporter = encode_text(page(body, title=MIKOYAN_TITLE), registers, provisional=True)
    assert whos(tei)[0].startswith("prov-the-ambassador-")
    assert "an office 2 listed persons hold" in str(reporter.diagnostics[0])


@pytest.mark.parametrize("present", [
    "Present: Ambassador Alekseev; Luis Bastian Pinto, Ambassador of Brazil; Raúl Roa, Minister "
    "of Foreign Affairs of Cuba.",
    "Present: Luis Bastian Pinto, Ambassador of Brazil; Ambassador Alekseev.",
    "Present: Luis Bastian Pinto, Ambassador of Brazil, Ambassador Alekseev.",
], ids=["rv1 F7: semicolons, the office before one name", "the office before the last name",
        "commas only"])
def test_each_part_of_a_list_is_read_either_way(present, registers):
    """Review rv1 F7: a list parted by semicolons was read only as `Name, Office`, so
    `Ambassador Alekseev` held no office and Bastian Pinto alone was `The Ambassador:`."""
    body = f"{present}\n\nThe Ambassador: We have received it.\n\nComrade Mikoyan: I see."
    tei, _ = encode_text(page(body, title=MIKOYAN_TITLE), registers, provisional=True)
    assert whos(tei)[0].startswith("prov-the-ambassador-")


@pytest.mark.parametrize("present, expected", [
    ("Present: Fidel Castro, Prime Minister, A. I. Mikoyan.", "castro-fidel"),
    ("Present: Fidel Castro, Raúl Castro, A. I. Mikoyan.", "prov-the-prime-minister-"),
], ids=["a name, then its office", "a name, then another name"])
def test_an_office_after_a_name_in_a_list_of_commas(present, expected, registers):
    """`Fidel Castro, Prime Minister` in a list of commas is one person and his office; a name
    after a name is another person, no office (under a title naming no Prime Minister)."""
    body = f"{present}\n\nThe Prime Minister: We agree.\n\nComrade Mikoyan: I see."
    tei, _ = encode_text(page(body, title="Record of the Meeting in Havana"), registers,
                         provisional=True)
    assert whos(tei)[0].startswith(expected)


def encoded_as(doc_id: str, body: str, registers) -> list[str]:
    """The turns' persons of `body` encoded as the document `doc_id`, provisional speakers on."""
    with registers.own_provisional_persons():
        encoded = encode_bytes(page(body).encode(), f"{doc_id}.txt", doc_id, registers,
                               Settings(provisional_speakers=True), Overrides(), Reporter())
    return whos(encoded.tei)


@pytest.mark.parametrize("label", ["The Ambassador", "The Minister", "The Prime Minister",
                                   "The Secretary-General"])
def test_an_unresolved_office_is_each_document_s_own_provisional_person(label, registers):
    """Review r9 R11: `The Ambassador:` was one provisional person across the edition (its id
    made from the label alone: Brazil's ambassador in one document, Alekseev in another). Two
    documents make two persons; one document the same person at each turn and in any build."""
    body = f"{label}: We agree.\n\nMr. Kuznetsov: Good.\n\n{label}: Then it is settled."
    first, again, other = (encoded_as(doc_id, body, registers)
                           for doc_id in ("doc-a", "doc-a", "doc-b"))
    assert first == again and first[0] == first[2] and first[0].startswith("prov-")
    assert other[0].startswith("prov-") and other[0] != first[0]


@pytest.mark.parametrize("label", ["Ambassador Alekseev", "Mr. Speaker", "KING"])
def test_a_label_naming_more_than_an_office_keeps_its_edition_wide_id(label):
    """`office_only` reads only an office: a name after it, a chamber's chair, a play's KING
    keep the id made from the label alone."""
    assert not office_only(label)


THANT_TURNS = "The Secretary-General: I will go.\n\nMr. Kuznetsov: We agree."


@pytest.mark.parametrize("title, body, expected", [
    ("Memorandum of Conversation between U Thant and V. V. Kuznetsov", THANT_TURNS, "u-thant"),
    ("Record of Conversation of V. V. Kuznetsov with U Thant",
     "THE SECRETARY-GENERAL: I will go.\n\nMr. Kuznetsov: We agree.", "u-thant"),
    ("Memorandum of Conversation between V. V. Kuznetsov and A. I. Mikoyan on the Proposals of "
     "U Thant", THANT_TURNS, "prov-the-secretary-general-"),
    ("Memorandum of Conversation between U Thant and V. V. Kuznetsov",
     "The Minister: I will go.\n\nMr. Kuznetsov: We agree.", "prov-the-minister-"),
], ids=["the title names the holder", "of ... with ..., the label in capitals",
        "a holder the title only speaks of", "a deputy's office is not the office"])
def test_an_office_is_the_title_s_person_whose_occupation_it_is(title, body, expected,
                                                                 registers):
    """Review s24: `The Secretary-General:` under a title naming U Thant, whom the register
    gives the office (`Acting Secretary-General of the United Nations`), was a provisional
    person of the document; Kuznetsov, a First Deputy Minister, is no `Minister`."""
    tei, _ = encode_text(page(body, title=title, date="October 31, 1962"), registers,
                         provisional=True)
    assert whos(tei)[0].startswith(expected)


UN_RECORD = "Provisional Verbatim Record of the 1025th Meeting of the Security Council"
UN_TURNS = ("The SECRETARY-GENERAL: I have returned from Havana.\n\nMr. ZORIN: The Soviet Union "
            "agrees.\n\nThe ACTING SECRETARY-GENERAL: Yes.")


@pytest.mark.parametrize("title, date, expected", [
    (UN_RECORD, "November 1, 1962", "u-thant"),
    ("Verbatim Record of the General Assembly", "December 3, 1970", "u-thant"),
    (UN_RECORD, "November 1, 1960", "prov-the-"),
    ("Memorandum of Conversation", "November 1, 1962", "prov-the-"),
], ids=["the Security Council's, 1962", "the General Assembly's, 1970", "before his term",
        "no record of the United Nations"])
def test_the_secretary_general_of_a_un_record_is_the_holder_on_its_date(title, date, expected,
                                                                       registers):
    """Review r12 M15: `The SECRETARY-GENERAL:`, `The ACTING SECRETARY-GENERAL:` in the Security
    Council's verbatim records of 1962 were document-own provisional persons, not U Thant, whom
    the register gives the office from November 1961 to 1971."""
    tei, _ = encode_text(page(UN_TURNS, title=title, date=date), registers, provisional=True)
    first, _, acting = whos(tei)
    assert first.startswith(expected) and acting.startswith(expected)


JFK_LIBRARY = "John F. Kennedy Presidential Library, National Security Files, Meetings."
CUBAN_ARCHIVE = "Instituto de Historia de Cuba, Havana; translated from Spanish by the editors."
SOVIET_COPY = "Russian Foreign Ministry archives, copy provided by National Security Archive."
MEETING_TITLE = "Summary Record of the Ninth Meeting of the Executive Committee"
THE_PRESIDENT = ("Present: The President, Secretary Rusk, Mr. Bundy.\n\nThe President: We will "
                 "decide that tomorrow.\n\nThe President: Then we wait.")


@pytest.mark.parametrize("source, date, expected", [
    (JFK_LIBRARY, "October 26, 1962", "kennedy-john"),
    (CUBAN_ARCHIVE, "October 26, 1962", "dorticos-osvaldo"),
    (SOVIET_COPY, "October 26, 1962", "prov-the-president-"),
    (JFK_LIBRARY, "October 26, 1970", "prov-the-president-"),
    ("Department of State, Central Files, 611.61/3-1760", "March 17, 1960", "prov-the-president-"),
    ("Lyndon B. Johnson Presidential Library", "December 5, 1963", "prov-the-president-"),
    ("An archive.", "October 26, 1962", "prov-the-president-"),
    ("Source: Kennedy Library, National Security Files, Meetings", "October 27, 1962",
     "kennedy-john"),
    ("National Archives, RG 59, Central Files, 611.3722/10-2762", "October 27, 1962",
     "kennedy-john"),
    ("Hungarian National Archives (MOL), XIX-J-1-j Kuba", "October 27, 1962",
     "prov-the-president-"),
], ids=["an American record", "a Cuban record", "a Soviet record an American archive copied",
        "after the holder's death", "before his term", "after his term, in its year",
        "a record of no country read", "FRUS's Kennedy Library", "the National Archives",
        "another country's national archives"])
def test_an_office_is_the_record_s_country_s_holder(source, date, expected, registers):
    """Review s24: `The President:` in the ExComm's minutes, listed with no holder, was each
    document's own provisional person; the American record's President is the register's one
    President of the United States, alive on its date, the Cuban record's Dorticós."""
    text = page(THE_PRESIDENT, title=MEETING_TITLE, date=date).replace("An archive.", source)
    tei, reporter = encode_text(text, registers, provisional=True)
    assert [who[:len(expected)] for who in whos(tei)] == [expected] * 2
    assert ("an office the list names with no holder" in str(reporter.diagnostics)) \
        == expected.startswith("prov-")


@pytest.mark.parametrize("line, expected", [
    ("Present: First Deputy Chairman of the Council of Ministers A. I. Mikoyan",
     {"first deputy chairman": {("First Deputy Chairman", "A. I. Mikoyan")}}),
    ("Present: First Deputy Chairman A. I. Mikoyan",
     {"first deputy chairman": {("First Deputy Chairman", "A. I. Mikoyan")}}),
    ("Present: Minister of Foreign Affairs A.I. Kuznetsov",
     {"minister": {("Minister", "A.I. Kuznetsov")}}),
    # where the name's first word is not told, no office rather than a wrong one
    ("Present: Minister of Foreign Affairs Raúl Roa", {}),
    # as before: the office of titles alone, and after the name
    ("Present: A. I. Mikoyan, First Deputy Chairman of the Council of Ministers",
     {"first deputy chairman": {("First Deputy Chairman", "A. I. Mikoyan")}}),
    ("Present: Secretary of State Dean Rusk",
     {"secretary of state": {("Secretary of State", "Dean Rusk")}}),
    ("Present: Deputy Foreign Minister Kuznetsov",
     {"deputy foreign minister": {("Deputy Foreign Minister", "Kuznetsov")}}),
], ids=["of the Council, initials", "no of", "of Foreign Affairs, initials", "no initials",
        "after the name", "Secretary of State", "qualifiers"])
def test_an_office_before_a_name_is_read_whole_as_after_it(line, expected):
    """Session 24: `First Deputy Chairman A. I. Mikoyan` was the office `First Deputy` held by
    `Chairman A. I. Mikoyan`, and `Minister of Foreign Affairs Raúl Roa` `Minister of Foreign`
    held by `Affairs Raúl Roa`: the titles alone were the office."""
    assert offices_listed([line]) == expected


@pytest.mark.parametrize("title, source, body", [
    ("Memorandum of Conversation between Ambassador Gordon and President Goulart", JFK_LIBRARY,
     "The President: Brazil will not accept a blockade.\n\nAmbassador Gordon: I understand."),
    ("Record of the conversation of Fidel Castro with President López Mateos", CUBAN_ARCHIVE,
     "The President: Mexico will stand by the Charter.\n\nFidel Castro: We thank you."),
    ("Memorandum of Conversation between Fidel Castro and Prime Minister Macmillan",
     "An archive.", "The Prime Minister: Britain will not intervene.\n\nFidel Castro: Then we "
     "understand each other."),
], ids=["an American record of President Goulart", "a Cuban record of President López Mateos",
        "a title naming Prime Minister Macmillan"])
def test_an_office_the_title_prints_before_another_name_is_not_the_register_s(
        title, source, body, registers):
    """rv2 F1, F2 (session 24): `The President:` in an American record of a talk with President
    Goulart went to Kennedy, in a Cuban one with López Mateos to Dorticós, and `The Prime
    Minister:` facing Prime Minister Macmillan to Castro: the title gives the office to another
    man, so it ties no register holder (the document's own provisional person)."""
    text = page(body, title=title, date="November 10, 1962").replace("An archive.", source)
    tei, _ = encode_text(text, registers, provisional=True)
    assert whos(tei)[0].startswith("prov-the-")


NATIONAL_ARCHIVES = "National Archives, RG 59, Central Decimal File, 737.00/11-262."
DORTICOS_TURNS = ("The Ambassador: Brazil offers its good offices.\n\nThe President: Cuba will not "
                  "accept inspection.\n\nThe Ambassador: Then I will report.\n\nThe President: "
                  "Please do.")


@pytest.mark.parametrize("title, expected", [
    ("Memorandum of Conversation between the Brazilian Ambassador and President Dorticós",
     "dorticos-osvaldo"),
    ("Memorandum of Conversation between the Brazilian Ambassador and the Cuban President",
     "prov-the-president-"),
    ("Provisional Verbatim Record of the 1022nd Meeting of the Security Council",
     "prov-the-president-"),
    ("Memorandum of Conversation between the Brazilian Ambassador and the American President",
     "kennedy-john"),
    ("Summary Record of the Meeting of the National Security Council", "kennedy-john"),
], ids=["r11 S9: President Dorticós in the title", "the Cuban President",
        "the Security Council's president", "the record's own country's adjective",
        "the National Security Council"])
def test_an_american_record_s_president_is_the_one_the_title_says(title, expected, registers):
    """Review round 11 (S9): an American record's `The President:` was Kennedy though the title
    names President Dorticós or the Cuban President, or the meeting is the Security Council's,
    whose president chairs it: another man's words were Kennedy's."""
    text = page(DORTICOS_TURNS, title=title, date="November 2, 1962").replace(
        "An archive.", NATIONAL_ARCHIVES)
    tei, _ = encode_text(text, registers, provisional=True)
    assert [who[:len(expected)] for who in whos(tei)[1::2]] == [expected] * 2
