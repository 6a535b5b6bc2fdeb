"""Labels with a person's initials before a colon (`A.I. Mikoyan:`, `F. Castro:`), the usual form
of translated Soviet records, and a surname the title settles (`Castro:`): turns, not prose."""

import pytest

from tests.conftest import body_xml, encode_text, page

TITLE = "Record of Conversation of A. I. Mikoyan with Fidel Castro"
MIKOYAN, FIDEL = "persons.xml#mikoyan-anastas", "persons.xml#castro-fidel"


def turns(tei) -> list[tuple[str, str]]:
    """(who, speaker) of each turn of the document."""
    return [(sp.get("who"), sp.findtext("{*}speaker")) for sp in tei.iter("{*}sp")]


@pytest.mark.parametrize("body, expected", [
    ("A.I. Mikoyan: The army is ready.\n\nFidel Castro: Then why?\n\n"
     "A.I. Mikoyan: There was no time.",
     [(MIKOYAN, "A.I. Mikoyan"), (FIDEL, "Fidel Castro"), (MIKOYAN, "A.I. Mikoyan")]),
    ("A. I. Mikoyan: The army is ready.\n\nF. Castro: Then why?\n\n"
     "A. I. Mikoyan: There was no time.\n\nF. Castro: Why?",
     [(MIKOYAN, "A. I. Mikoyan"), (FIDEL, "F. Castro")] * 2),
    ("Comrade A. I. Mikoyan: The army is ready.\n\nFidel Castro: Then why?\n\n"
     "Comrade A. I. Mikoyan: There was no time.",
     [(MIKOYAN, "Comrade A. I. Mikoyan"), (FIDEL, "Fidel Castro"),
      (MIKOYAN, "Comrade A. I. Mikoyan")]),
    ("Mikoyan: The army is ready.\n\nA. Alekseev: The ships sail.\n\nMikoyan: Good.\n\n"
     "A. Alekseev: Tomorrow.",
     [(MIKOYAN, "Mikoyan"), ("persons.xml#alekseev-aleksandr", "A. Alekseev")] * 2),
    ("Mikoyan: The army is ready.\n\nO. Dorticós: Then why?\n\nMikoyan: There was no time.\n\n"
     "E. Guevara: Why?\n\nR. Castro: No.\n\nN. S. Khrushchev: Yes.",
     [(MIKOYAN, "Mikoyan"), ("persons.xml#dorticos-osvaldo", "O. Dorticós"),
      (MIKOYAN, "Mikoyan"), ("persons.xml#guevara-ernesto", "E. Guevara"),
      ("persons.xml#castro-raul", "R. Castro"),
      ("persons.xml#khrushchev-nikita", "N. S. Khrushchev")]),
    ("A.I. Mikoyan: The army is ready.\n\nFidel Castro: Then why?",
     [(MIKOYAN, "A.I. Mikoyan"), (FIDEL, "Fidel Castro")]),
    ("Mikoyan: The army is ready.\n\nCastro: Then why were we not consulted?\n\n"
     "Mikoyan: There was no time.",
     [(MIKOYAN, "Mikoyan"), (FIDEL, "Castro"), (MIKOYAN, "Mikoyan")]),
    ("A. I. Mikoyan: The army is ready.\n\nCastro: Then why?",
     [(MIKOYAN, "A. I. Mikoyan"), (FIDEL, "Castro")]),
], ids=["initials joined", "spaced initials", "comrade and initials", "one initial",
        "one-off initials", "every label once", "a surname the title settles",
        "the title settles a one-off surname"])
def test_a_label_with_initials_is_the_turn_of_the_person_it_names(body, expected, registers):
    """Review r9 R13: `A.I. Mikoyan:` was never read (the pattern of a colon label had no
    initials, and a label no pattern reads never speaks "elsewhere"), `A. I. Mikoyan:` gave a
    speaker `A` with `I. Mikoyan:` in the speech; R14: `Castro:` stayed prose though the title
    names Fidel Castro. Every label is a turn of the person it names, its text not spoken."""
    tei, reporter = encode_text(page(body, title=TITLE), registers)
    assert turns(tei) == expected
    assert not [d for d in reporter.diagnostics if d.code.startswith("speaker")]
    assert "Mikoyan:" not in body_xml(tei) and "Castro:" not in body_xml(tei)


@pytest.mark.parametrize("body", [
    "The talk was long.\n\nKennedy: a study of power was on the table.\n\nIt was read.",
    "The talk was long.\n\nMikoyan: no.\n\nThe report ends.",
    "The talk was long.\n\nNote: The text is a draft.\n\nFidel Castro spoke.",
    "The talk was long.\n\nU.S. Position: The talks go on.\n\nU.S. Position: Again.",
    "A. Summary: The talks went well.\n\nB. Outlook: The talks go on.",
], ids=["a book's title", "a one-off in a report", "a note", "a country's position",
        "an outline's items"])
def test_prose_opening_with_a_name_and_a_colon_is_no_turn(body, registers):
    """The rules reading initials and the title's persons stay off prose: a book's title after a
    name, a one-off label, a heading word, a country's initials, an outline's letters."""
    tei, _ = encode_text(page(body, title=TITLE), registers)
    assert turns(tei) == []


DELEGATIONS = "Record of the Meeting of the Soviet and Cuban Delegations"
TURNS = ("Mikoyan: The Soviet government did not intend to leave Cuba defenceless.\n\n"
         "Castro: Then why were we not consulted?\n\nMikoyan: There was no time.")


@pytest.mark.parametrize("head, warned", [
    ("Cuban side: Fidel Castro, Osvaldo Dorticós, Raúl Castro, Ernesto Guevara.\n\n"
     "Soviet side: A. I. Mikoyan, A. I. Alekseev.", True),
    ("Cuban side: Fidel Castro, Osvaldo Dorticós, Ernesto Guevara.\n\n"
     "Soviet side: A. I. Mikoyan, A. I. Alekseev.", False),
    ("On the Cuban side: Fidel Castro, Osvaldo Dorticós.\n\n"
     "Soviet delegation: A. I. Mikoyan.", False),
    ("Present: Fidel Castro, Raúl Castro, A. I. Mikoyan.", True),
], ids=["by delegation, both Castros", "by delegation, Fidel alone", "a delegation's other heads",
        "present, both Castros"])
def test_a_surname_the_participants_list_settles_is_that_person_s_turn(head, warned, registers):
    """Review r9 R1: `Castro:` under `Cuban side: Fidel Castro, ..., Raúl Castro` stayed prose
    (the delegation's lines were no list of who was there), and under `Present: Fidel Castro,
    Raúl Castro` a provisional person `Castro`. A list goes by rank: the first listed, warned
    where two are."""
    tei, reporter = encode_text(page(f"{head}\n\n{TURNS}", title=DELEGATIONS), registers,
                                provisional=True)
    assert [who for who, _ in turns(tei)] == [MIKOYAN, FIDEL, MIKOYAN]
    assert [d.code for d in reporter.diagnostics if d.code.startswith("speaker")] == \
        (["speaker-ambiguous"] if warned else [])


@pytest.mark.parametrize("head, expected", [
    ("Participants:\n\nRaúl Roa, Minister of Foreign Affairs of Cuba\n\n"
     "Luis Bastian Pinto, Ambassador of Brazil\n\n",
     ["persons.xml#roa-raul", "persons.xml#prov-bastian-pinto-b21979"]),
    ("Participants:\nRaúl Roa\nLuis Bastian Pinto\n\n",
     ["persons.xml#roa-raul", "persons.xml#prov-bastian-pinto-b21979"]),
], ids=["a person and office a paragraph", "a person a line"])
def test_a_one_off_label_names_a_person_listed_one_a_line(head, expected, registers):
    """Review r9 R8: under `Participants:` and a person a paragraph (`Raúl Roa, Minister of
    Foreign Affairs of Cuba`), `Roa:` and `Bastian Pinto:`, each once, stayed prose: the list's
    paragraphs after its head were no list."""
    body = head + "Roa: I received you today.\n\nBastian Pinto: My government wishes to know."
    tei, _ = encode_text(page(body, title="Memorandum of Conversation"), registers,
                         provisional=True)
    assert [who for who, _ in turns(tei)] == expected


PROTOCOL = "Protocol No. 62 of the Session of the Presidium of the CC CPSU"
NIKITA, MALINOVSKY = "persons.xml#khrushchev-nikita", "persons.xml#malinovsky-rodion"


@pytest.mark.parametrize("body, expected", [
    ("Khrushchev N. S.: We must remove the missiles.\n\nMikoyan A. I.: I agree.\n\n"
     "Malinovsky R. Ya.: The army is ready.",
     [(NIKITA, "Khrushchev N. S."), (MIKOYAN, "Mikoyan A. I."),
      (MALINOVSKY, "Malinovsky R. Ya.")]),
    ("KHRUSHCHEV N.S.: We must remove the missiles.\n\nMIKOYAN A.I.: I agree.\n\n"
     "MALINOVSKY R.YA.: The army is ready.",
     [(NIKITA, "KHRUSHCHEV N.S."), (MIKOYAN, "MIKOYAN A.I."), (MALINOVSKY, "MALINOVSKY R.YA.")]),
], ids=["title case", "capitals"])
def test_a_surname_before_its_initials_is_the_person_the_initials_fit(body, expected, registers):
    """Review r11 S8: `Khrushchev N. S.:`, the order of Soviet protocols, was a plain paragraph
    with no warning, and `KHRUSHCHEV N.S.:` a turn of `KHRUSHCHEV` whose speech opened `N.S.:`.
    The whole is the label, the person the one whose forenames the initials fit (Anastas
    Mikoyan, not Sergo, with no warning)."""
    tei, reporter = encode_text(page(body, title=PROTOCOL), registers)
    assert turns(tei) == expected
    assert not [d for d in reporter.diagnostics if d.code.startswith("speaker")]
    assert "N.S.:" not in body_xml(tei) and "A. I.:" not in body_xml(tei)


def test_a_place_before_its_initials_is_no_label(registers):
    """`Washington D.C.:` opens a place's paragraph, not Mr. Washington's turn."""
    body = "The talk was long.\n\nWashington D.C.: The talks began.\n\nWashington D.C.: Again."
    tei, _ = encode_text(page(body, title=PROTOCOL), registers, provisional=True)
    assert turns(tei) == []


INITIALS_TITLE = "Record of Conversation of A. I. Mikoyan with R. Roa and C. Lechuga"
INITIALS_HEAD = ("Participants: A. I. Mikoyan; A. I. Alekseev; Raúl Roa, Minister of Foreign "
                 "Relations; Carlos Lechuga, Ambassador to the UN.\n\n")


def test_initials_alone_are_the_turns_of_the_participant_they_abbreviate(valid_tei):
    """Review 12 S2 (`A.M.:`, `R.R.:`, `C.L.:`, `A.A.:` with the names in the title and the
    Participants line): every turn was a plain paragraph, its label in the text, no warning.
    Each is the turn of the one participant whose forename and surname the initials give."""
    body = INITIALS_HEAD + ("A.M.: I have read the draft.\n\nR.R.: The Cuban side cannot agree."
                            "\n\nC.L.: In New York they said so.\n\nA.A.: It will go tonight.")
    tei = valid_tei(page(body, title=INITIALS_TITLE))   # valid, and nothing reported
    assert turns(tei) == [(MIKOYAN, "A.M."), ("persons.xml#roa-raul", "R.R."),
                          ("persons.xml#lechuga-carlos", "C.L."),
                          ("persons.xml#alekseev-aleksandr", "A.A.")]
    listed = [p.get("sameAs") or p.findtext("{*}persName") for p in tei.iter("{*}person")]
    assert "Minister of Foreign Relations" not in listed   # Roa's office, no fifth person


def test_initials_no_participant_has_are_warned_not_read(registers):
    """Initials naming no participant (`X.Y.:`) in a record of initials' turns: the paragraph
    is no one's, warned at its line; `U.K.:` in a memorandum of no such turns is text, unwarned."""
    body = "A.M.: I have read the draft.\n\nX.Y.: Cuba cannot agree."
    tei, reporter = encode_text(page(body, title=INITIALS_TITLE), registers)
    assert turns(tei) == [(MIKOYAN, "A.M.")]
    assert [d.code for d in reporter.diagnostics if d.code.startswith("speaker")] \
        == ["speaker-unread"]
    tei, reporter = encode_text(page("U.K.: The British agree.\n\nU.S.: So do we.",
                                     title="Memorandum for the Record"), registers)
    assert turns(tei) == [] and not reporter.diagnostics


def test_an_unregistered_participant_after_a_name_and_a_comma_is_listed(registers):
    """The office after a name and a comma is his; a title and a name there is a participant."""
    body = "Present: Fidel Castro, Secretary Blas Roca.\n\nCastro: We met.\n\nRoca: Yes."
    tei, _ = encode_text(page(body, title="Memorandum of Conversation"), registers)
    assert "Secretary Blas Roca" in [p.findtext("{*}persName") for p in tei.iter("{*}person")]
