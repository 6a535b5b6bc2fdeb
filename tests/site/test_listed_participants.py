"""A person the head's list of who was there names, who does not speak, is a participant of the
document on his page, as a speaker is."""

from __future__ import annotations

import pytest

from tests.conftest import build_sources, page

from .conftest import parse

NOTES = page("Present: Fidel Castro, Raúl Castro, Ernesto Guevara, Blas Roca.\n\nFidel Castro: "
             "The five points must be the basis of any talks.\n\nFidel Castro: We agree.\n\n"
             "The Council of Ministers will meet. Dorticós proposed a statement.",
             title="Notes of the Cuban Leadership Meeting", date="October 30, 1962")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build_sources(tmp_path_factory.mktemp("listed"), {"notes.txt": NOTES})


def roles(site, person: str) -> list[tuple[str, str]]:
    items = parse(site / f"persons/{person}.html").xpath(
        "//section[h2=\"Named in the documents' descriptions\"]/ul/li")
    return [(li.xpath("string(a/@href)"), li.text_content().rpartition(": ")[2]) for li in items]


@pytest.mark.parametrize("person, expected", [
    ("castro-raul", [("../documents/notes.html", "participant")]),
    ("castro-fidel", [("../documents/notes.html", "participant")]),
    ("dorticos-osvaldo", []),
], ids=["listed, not speaking", "listed and speaking", "named in the prose only"])
def test_a_listed_person_is_a_participant_on_his_page(site, person, expected):
    """Review r9: Raúl Castro, listed but silent, had the notes on his page only as a mention;
    Dorticós, named in the prose, is no participant."""
    assert roles(site, person) == expected


def test_the_document_lists_its_listed_participants(site):
    listed = parse(site / "documents/notes.html").xpath(
        "//dt[.='Participants']/following-sibling::dd[1]//a/@href")
    assert [href.rpartition("/")[2] for href in listed] == [
        "castro-fidel.html", "castro-raul.html", "guevara-ernesto.html"]


def test_the_document_names_whom_its_list_gives_that_no_register_holds(site):
    """rv2 F7: the page's Participants named the register persons of the list alone, Blas Roca
    left out: he is named as printed, with no link, as the TEI's particDesc gives him."""
    field = parse(site / "documents/notes.html").xpath(
        "//dt[.='Participants']/following-sibling::dd[1]")[0]
    assert " ".join(field.text_content().split()).endswith("Ernesto Guevara, Blas Roca")
    assert not field.xpath(".//a[contains(., 'Roca')]")
