"""Every person the head's list of who was there names is a participant of the header
(`particDesc`), `@role` telling those who speak from those only listed; no name of the prose is."""

import pytest

from tests.conftest import encode_text, page

NOTES = "Handwritten Notes of the Cuban Politburo Meeting, 30 October 1962"
DELEGATIONS = "Record of the Meeting of the Soviet and Cuban Delegations, 4 November 1962"
ROA = ("Memorandum of Conversation between the Brazilian Ambassador and the Minister of Foreign "
       "Affairs of Cuba")


def participants(tei) -> list[tuple[str, str]]:
    """(register id, at most 18 letters of it, or the name a person without one is given as,
    role) of each person of the header's particDesc."""
    return [((person.get("sameAs") or "").removeprefix("persons.xml#")[:18]
             or person.findtext("{*}persName"), person.get("role"))
            for person in tei.iter("{*}person")]


@pytest.mark.parametrize("title, body, expected", [
    (NOTES, "Present: Fidel Castro, Raúl Castro, Osvaldo Dorticós, Ernesto Guevara, Blas Roca.\n\n"
     "Fidel Castro opened the meeting. Guevara said that inspection would be a humiliation.",
     [("castro-fidel", "listed"), ("castro-raul", "listed"), ("dorticos-osvaldo", "listed"),
      ("guevara-ernesto", "listed"), ("Blas Roca", "listed")]),
    (DELEGATIONS, "Cuban side: Fidel Castro, Osvaldo Dorticós, Raúl Castro.\n\nSoviet side: "
     "A. I. Mikoyan, A. I. Alekseev, Interpreter Bazykin.\n\nMikoyan: There was no time.\n\n"
     "Dorticós: The decision was taken in Moscow.\n\nMikoyan: The Americans were ready.",
     [("mikoyan-anastas", "speaker"), ("dorticos-osvaldo", "speaker"),
      ("castro-fidel", "listed"), ("castro-raul", "listed"), ("alekseev-aleksandr", "listed"),
      ("bazykin", "listed")]),
    (ROA, "Participants:\nRaúl Roa, Minister of Foreign Affairs of Cuba\nA. I. Alekseev, "
     "Ambassador of the USSR\n\nThe Minister: I received you today.\n\nThe Minister: Cuba "
     "thanks Brazil.", [("roa-raul", "speaker"), ("alekseev-aleksandr", "listed")]),
    (NOTES, "Present: Prime Minister Fidel Castro, Attorney General Kennedy.\n\nThe meeting "
     "opened.", [("castro-fidel", "listed")]),
    (NOTES, "Present: Fidel Castro, Ernesto Guevara.\n\nNot present: Raúl Castro.\n\nThe "
     "meeting opened.", [("castro-fidel", "listed"), ("guevara-ernesto", "listed")]),
    (NOTES, "Присутствовали: А. И. Микоян, Ф. Кастро.\n\nНе присутствовали: Р. Кастро, О. "
     "Дортикос.\n\nМикоян сказал, что решение принято.",
     [("mikoyan-anastas", "listed"), ("castro-fidel", "listed")]),
], ids=["present, none speaking", "two delegations, three speaking",
        "participants, a person a line", "titles before the names, one of another's post",
        "a list of who was not there", "a Russian list of who was not there"])
def test_every_person_the_list_names_is_a_participant(title, body, expected, registers):
    """Review r9: `Present: Fidel Castro, ...` over notes without turns gave no `particDesc`, and
    the delegations' ten listed persons gave only the three who speak; a name the registers lack
    (`Blas Roca`) is a person of no register, by the name as printed (rv2 F7: the page listed
    the registers' persons alone); the President under `Attorney General Kennedy` stays out."""
    tei, _ = encode_text(page(body, title=title), registers, provisional=True)
    assert participants(tei) == expected


@pytest.mark.parametrize("body, expected", [
    ("Present: Fidel Castro, The President, Interpreter, Blas Roca.\n\nThe meeting opened.",
     [("castro-fidel", "listed"), ("Blas Roca", "listed")]),
    ("Present: Fidel Castro, Blas Roca.\n\nRoca: We agree.\n\nFidel Castro: Good.\n\nRoca: "
     "Yes.", [("prov-blas-", "speaker"), ("castro-fidel", "speaker")]),
    # review round 13 (M4): the list's title was the first name's (`Comrades Ulbricht`)
    ("Present: Comrades Ulbricht, Grotewohl, Fidel Castro.\n\nThe meeting opened.",
     [("castro-fidel", "listed"), ("Ulbricht", "listed"), ("Grotewohl", "listed")]),
    ("Present: Genossen Ulbricht, Grotewohl.\n\nThe meeting opened.",
     [("Ulbricht", "listed"), ("Grotewohl", "listed")]),
], ids=["an office alone", "a listed name who speaks", "Comrades before the list",
        "Genossen before the list"])
def test_a_listed_name_no_register_holds_is_no_office_nor_one_who_speaks(body, expected,
                                                                         registers):
    """rv2 F7: a listed name the registers lack is a person by his name as printed, but an
    office alone names no one, and one who speaks is a participant once, as the speaker, named
    as the list spells him (`Roca:` is `Blas Roca`, review r12 L5)."""
    tei, _ = encode_text(page(body, title=NOTES), registers, provisional=True)
    assert [(who[:10] if who.startswith("prov-") else who, role)
            for who, role in participants(tei)] == expected


@pytest.mark.parametrize("body", [
    "Fidel Castro opened the meeting. Guevara, Dorticós and Raúl Castro agreed.",
    "Soviet delegation: Mikoyan said that the missiles would be withdrawn.",
    "Present were Fidel Castro and Raúl Castro, Guevara being away.",
], ids=["names in prose", "a delegation's head before a sentence", "no list's head"])
def test_no_name_of_the_prose_is_a_participant(body, registers):
    tei, _ = encode_text(page(body, title=NOTES), registers, provisional=True)
    assert participants(tei) == []


@pytest.mark.parametrize("head, expected", [
    ("PRESENT:\n\nFidel Castro\n\nABSENT:\n\nRaúl Castro\n\nErnesto Guevara",
     [("castro-fidel", "listed")]),
    ("Participants:\nFidel Castro\nA. I. Mikoyan\nAbsent: Raúl Castro",
     [("castro-fidel", "listed"), ("mikoyan-anastas", "listed")]),
    ("Present: Fidel Castro, Osvaldo Dorticós. Not present: Raúl Castro.",
     [("castro-fidel", "listed"), ("dorticos-osvaldo", "listed")]),
    ("PARTICIPANTS:\n\nA. I. Mikoyan\n\nFidel Castro\n\nCOPIES TO:\n\nN. S. Khrushchev",
     [("mikoyan-anastas", "listed"), ("castro-fidel", "listed")]),
], ids=["an absent list under the present one", "absent, a line of the list",
        "not present, on the present list's line", "a copies list after the participants"])
def test_a_list_of_who_was_absent_or_got_a_copy_names_no_participant(head, expected,
                                                                       registers):
    """rv1 F8: the persons an `ABSENT:` head, a `Not present:` after the list on its line or a
    `COPIES TO:` head lists became participants, and their pages named the meeting."""
    tei, _ = encode_text(page(f"{head}\n\nThe meeting began.", title=NOTES), registers,
                         provisional=True)
    assert participants(tei) == expected


TELCON_HEAD = ("Participants: President John F. Kennedy; Prime Minister Harold Macmillan; "
               "operator\n\nOPERATOR: Go ahead, please, Prime Minister.\n\nMACMILLAN: Hello?"
               "\n\nKENNEDY: Yes, Harold.\n\nMACMILLAN: Good-bye, Jack.")


def test_a_surname_label_is_the_person_the_list_spells_out(registers):
    """Review r12 L5: under `Participants: ...; Prime Minister Harold Macmillan; operator`
    `MACMILLAN:` was a provisional person `MACMILLAN`, not tied to the listed Harold Macmillan,
    and `OPERATOR:` a provisional person with a page; the label is the person the list spells
    out, named so, and the operator a voice no person's."""
    tei, reporter = encode_text(page(TELCON_HEAD, title="Transcript of a Telephone Conversation "
                                     "between President Kennedy and Prime Minister Macmillan"),
                                registers, provisional=True)
    whos = [sp.get("who") for sp in tei.iter("{*}sp")]
    assert whos[0] is None and whos[1] == whos[3] and whos[2] == "persons.xml#kennedy-john"
    assert whos[1].startswith("persons.xml#prov-harold-macmillan-")
    assert "named 'Harold Macmillan' as the list of who was there spells it" \
        in str(reporter.diagnostics)
