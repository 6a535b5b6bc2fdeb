"""An office's label (`The Ambassador:`) is the turn of the person the document's list of who was
there gives that office, else a provisional person of that document alone."""

import pytest

from edition.config import Settings
from edition.diagnostics import Reporter
from edition.listed_offices import office_only
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
    (PARTICIPANTS + ROA_TURNS, ROA_TITLE, ["roa-raul", "prov-luis-bastian-pinto-23dedd"]),
    (ONE_LINE + ROA_TURNS, ROA_TITLE, ["roa-raul", "prov-luis-bastian-pinto-23dedd"]),
], ids=["present, office before the name", "participants, a person a line",
        "participants on one line"])
def test_an_office_label_is_the_turn_of_the_listed_person_holding_it(body, title, expected,
                                                                    registers):
    """Review r9 R3, R11: `The Minister:` under `Raúl Roa, Minister of Foreign Affairs of Cuba`,
    `The Prime Minister:` under `Present: Prime Minister Fidel Castro, ...` were provisional
    persons named after the office; Roa's and Castro's pages counted none of their turns."""
    tei, _ = encode_text(page(body, title=title), registers, provisional=True)
    assert whos(tei) == expected


def test_an_office_two_listed_persons_hold_names_neither(registers):
    """`Ambassador Alekseev` and `Ambassador Pinto` both listed: `The Ambassador:` stays unread
    by the list (a provisional person of the document)."""
    body = ("Present: Ambassador Alekseev, Ambassador Luis Bastian Pinto.\n\n"
            "The Ambassador: The ships are ready.\n\nComrade Mikoyan: I see.")
    tei, _ = encode_text(page(body, title=MIKOYAN_TITLE), registers, provisional=True)
    assert whos(tei)[0].startswith("prov-the-ambassador-")


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
    after a name is another person, no office."""
    body = f"{present}\n\nThe Prime Minister: We agree.\n\nComrade Mikoyan: I see."
    tei, _ = encode_text(page(body, title=MIKOYAN_TITLE), registers, provisional=True)
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
