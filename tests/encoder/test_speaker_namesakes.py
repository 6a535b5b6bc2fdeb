"""A speaker's surname that several register persons bear: the one the title names, or a warning."""

import pytest

from tests.conftest import body_xml, encode_text, page

INTERVIEW = "SAVRANSKAYA: How did your father learn it?\n\nMIKOYAN: He was in Havana.\n\n" \
    "SAVRANSKAYA: And then?\n\nMIKOYAN: He stayed."


def whos(tei) -> list[str]:
    return [sp.get("who") for sp in tei.iter("{*}sp")]


@pytest.mark.parametrize("title, who", [
    ("Oral History Interview with Sergo Mikoyan", "persons.xml#mikoyan-sergo"),
    ("Oral History Interview with S. A. Mikoyan", "persons.xml#mikoyan-sergo"),
    ("Memorandum of Conversation, A.I. Mikoyan with Osvaldo Dorticos",
     "persons.xml#mikoyan-anastas"),
], ids=["the son", "the son's spaced initials", "the father"])
def test_a_surname_two_persons_bear_names_the_one_the_title_names(title, who, registers):
    """Review round 6 (1994-03-12-oral-history-sergo-mikoyan.txt:11): `MIKOYAN:`, the interviewee
    Sergo Mikoyan, whom the title names, was read as his father Anastas, whose variant the bare
    surname is in the register: all his answers were credited to his father."""
    tei, reporter = encode_text(page(INTERVIEW, title=title), registers)
    assert reporter.diagnostics == []
    assert whos(tei)[1::2] == [who, who]


@pytest.mark.parametrize("title, warned", [
    ("Sergo Mikoyan's Notes on His Father's Trip to Cuba", True),
    ("Note by S.A. Mikoyan on the Talks in Havana", True),
    ("Note by S. A. Mikoyan on the Talks in Havana", True),
    ("Sergo Mikoyan's Record of a Conversation between A.I. Mikoyan and Fidel Castro", False),
], ids=["the author's notes", "a note by the author", "a note by the author, spaced initials",
        "the author's record of the father's talk"])
def test_the_title_s_author_is_not_the_namesake_who_speaks(title, warned, registers):
    """Review r7 (7): `MIKOYAN:` under `Sergo Mikoyan's Notes on His Father's Trip` was read as
    Sergo, whom the title names as the notes' author, not as one who speaks in them. Review r8:
    `Note by S. A. Mikoyan` named Anastas, by his form `A. Mikoyan`, past the author's `by`."""
    tei, reporter = encode_text(page(INTERVIEW, title=title), registers)
    assert whos(tei)[1::2] == ["persons.xml#mikoyan-anastas"] * 2
    assert [d.code for d in reporter.diagnostics] == (["speaker-ambiguous"] if warned else [])


def test_a_surname_two_persons_bear_is_warned_where_nothing_names_one(registers):
    """Neither the title nor the head names a Mikoyan: the register's reading of the label stands,
    with one warning a document, at the first turn, naming both."""
    tei, reporter = encode_text(page(INTERVIEW, title="Memorandum of Conversation"), registers)
    assert whos(tei)[1::2] == ["persons.xml#mikoyan-anastas"] * 2
    assert [str(d) for d in reporter.diagnostics] == [
        "x.txt:7:1: warning: speaker 'MIKOYAN' is ambiguous: mikoyan-anastas, mikoyan-sergo share "
        "the surname, and neither the title nor the head names one of them alone; read as "
        "'mikoyan-anastas'; settle it in the overrides file [speaker-ambiguous]"]


def test_the_head_listing_one_namesake_names_him(registers):
    """The head's list of participants (`Present:`) names the son: his label is his."""
    body = "Present: S.A. Mikoyan, Fidel Castro\n\n" + INTERVIEW
    tei, reporter = encode_text(page(body, title="Memorandum of Conversation"), registers)
    assert reporter.diagnostics == []
    assert whos(tei)[1::2] == ["persons.xml#mikoyan-sergo"] * 2


def test_a_label_with_initials_is_no_namesakes_question(registers):
    """`A.I. MIKOYAN` names the father whatever the title says: no warning."""
    body = "A.I. MIKOYAN: We agree.\n\nO. DORTICOS: Good.\n\nA.I. MIKOYAN: Then it is settled."
    tei, reporter = encode_text(page(body, title="Memorandum of Conversation"), registers)
    assert reporter.diagnostics == []
    assert body_xml(tei).count('<sp who="persons.xml#mikoyan-anastas">') == 2


@pytest.mark.parametrize("provisional", [False, True], ids=["normal", "provisional"])
def test_a_surname_no_register_form_is_names_the_one_the_title_names(registers, provisional):
    """Review r7 (3): `CASTRO.`, a surname Fidel and Raúl Castro bear and no form of either, under
    a title naming Fidel Castro: the first turn was a provisional person's (an error in a normal
    build), the later ones Fidel's. Every one is Fidel's."""
    body = ("CASTRO. We agree to the removal of the bombers.\n\nMIKOYAN. This is a wise decision."
            "\n\nCASTRO. But we will not accept inspection.")
    tei, reporter = encode_text(page(body, title="Memorandum of Conversation of A.I. Mikoyan with "
                                     "Fidel Castro"), registers, provisional=provisional)
    assert reporter.diagnostics == []
    assert whos(tei) == ["persons.xml#castro-fidel", "persons.xml#mikoyan-anastas",
                         "persons.xml#castro-fidel"]


FORENAME_TURNS = "Mikoyan: We must discuss the inspection.\n\nRaúl: Cuba will not accept it.\n\n" \
    "Mikoyan: Then we go to New York.\n\nRaúl: Agreed."


@pytest.mark.parametrize("title, who, warned", [
    ("Record of Conversation between A. I. Mikoyan and Foreign Minister Raúl Roa",
     "persons.xml#roa-raul", False),
    ("Record of Conversation between A. I. Mikoyan and Raúl Castro", "persons.xml#castro-raul",
     False),
    ("Record of Conversation between A. I. Mikoyan and Cuban leaders", "persons.xml#castro-raul",
     True),
], ids=["r11 S6: the title's Raúl Roa", "the title's Raúl Castro", "neither: warned"])
def test_a_forename_two_persons_bear_names_the_one_the_title_names(title, who, warned, registers):
    """Review round 11 (S6): `Raúl:` was always Raúl Castro, whose variant the forename is, even
    under a title naming the Foreign Minister Raúl Roa: Roa's words were Castro's."""
    tei, reporter = encode_text(page(FORENAME_TURNS, title=title, date="November 8, 1962"),
                                registers)
    assert whos(tei)[1::2] == [who, who]
    assert [d.code for d in reporter.diagnostics] == (["speaker-ambiguous"] if warned else [])
