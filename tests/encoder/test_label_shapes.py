"""Shapes of a speaker label: names in any alphabet, with particles or initials -> the turns
they open; and shapes that are none where they stand: a long aside after a comma, a dash in a
heading or after a word that opens no name (source snippet -> the TEI of the body). The other
label shapes that are turns are in test_speakers.py."""

from __future__ import annotations

import shutil

import pytest
from lxml import etree

from edition.diagnostics import Reporter
from edition.registers import Registers
from tests.conftest import COLON_DIALOGUE, SEEDS, TEI, body_xml, encode_text, page

DORTICOS = '<sp who="persons.xml#dorticos-osvaldo"><speaker>O. DORTICOS</speaker>'


@pytest.mark.parametrize("title, source, expected", [
    # an aside after a comma is the delivery of a spoken record's turn when it is a few words,
    # at most four (`KING, aside.`): a longer one is a sentence
    ("Henry V, Act 1, Scene 2", "A.I. MIKOYAN, with great sorrow and much weeping. I had looked.",
     '<div type="document" subtype="drama"><p n="1" xml:id="L1"><persName '
     'ref="persons.xml#mikoyan-anastas">A.I. MIKOYAN</persName>, with great sorrow and much '
     'weeping. I had looked.</p></div>'),
    # a line in capitals with a dash is a heading, not the dash after a speaker's label (its
    # MIKOYAN, who does not speak here, is not linked: in capitals a surname alone may be a word)
    ("Memorandum of Conversation", "We met.\n\nMIKOYAN — TALKS IN HAVANA\n\nO. DORTICOS. Good.",
     '<div type="document" subtype="memorandum"><p n="1" xml:id="L1">We met.</p><p n="2" '
     'xml:id="L2">MIKOYAN — TALKS IN '
     f'<placeName ref="places.xml#havana">HAVANA</placeName></p>{DORTICOS}<p n="3" xml:id="L3">'
     'Good.</p></sp></div>'),
    # a dash label that recurs is a speaker's, but not with a word that opens no name (`United`)
    ("Memorandum of Conversation", "O. DORTICOS. Good.\n\nUnited States — The position is "
     "firm.\n\nUnited States — The position is firmer.",
     f'<div type="document" subtype="memorandum">{DORTICOS}<p n="1" xml:id="L1">Good.</p><p n="2" '
     'xml:id="L2"><placeName ref="places.xml#usa">United States</placeName> — The position is '
     'firm.</p><p n="3" xml:id="L3"><placeName ref="places.xml#usa">United States</placeName> — '
     'The position is firmer.</p></sp></div>'),
], ids=["an aside of six words", "a heading in capitals", "stop words in a dash label"])
def test_a_label_shape_is_no_label_here(valid_tei, title, source, expected):
    assert body_xml(valid_tei(page(source, title=title))) == expected


def speakers(tei) -> list[str]:
    """The label of each turn of a document, in order."""
    return ["".join(sp.find("{*}speaker").itertext()) for sp in tei.iter("{*}sp")]


@pytest.mark.parametrize("body, labels", [
    pytest.param("Zhou Enlai: Comrade Pham Van Dong, you came at an important moment.\n\n"
                 "Phạm Văn Đồng: We in Hanoi followed the events with great anxiety.\n\n"
                 "Zhou Enlai: Please.\n\n"
                 "Phạm Văn Đồng: Our Party believes that the socialist camp must remain united.",
                 ["Zhou Enlai", "Phạm Văn Đồng", "Zhou Enlai", "Phạm Văn Đồng"], id="vietnamese"),
    pytest.param("Громыко: Мы готовы.\n\nŁukasz Ćwik: Dziękuję.\n\nГромыко: Хорошо.\n\n"
                 "Łukasz Ćwik: Tak.", ["Громыко", "Łukasz Ćwik", "Громыко", "Łukasz Ćwik"],
                 id="cyrillic and polish"),
    pytest.param("Mikoyan: I have come from Havana with the answer of the Cuban comrades.\n\n"
                 "U Thant: I am grateful. What is their answer?\n\n"
                 "Mikoyan: They refuse inspection on their territory.\n\n"
                 "U Thant: Then we must find another way.",
                 ["Mikoyan", "U Thant", "Mikoyan", "U Thant"], id="a one-letter word"),
    pytest.param("General de Gaulle: I do not need to see the photographs.\n\n"
                 "Mr. Acheson: The President wished you to be informed before the other allies.\n\n"
                 "Couve de Murville: And Berlin?\n\nvan der Stoel: The Netherlands agree.\n\n"
                 "Couve de Murville: The Russians may answer in Berlin.\n\nvan der Stoel: Indeed.",
                 ["General de Gaulle", "Mr. Acheson", "Couve de Murville", "van der Stoel",
                  "Couve de Murville", "van der Stoel"], id="particles"),
    # session 20: one list of a name's particles for labels and signatures
    # (`letter_forms.NAME_PARTICLES`); `zu`, `ten` were a signature's only
    pytest.param("Mr. Acheson: The President wished you to be informed.\n\n"
                 "Freiherr zu Guttenberg: Bonn agrees.\n\nJan ten Broeke: The Hague agrees.\n\n"
                 "Freiherr zu Guttenberg: Then we are one.\n\nJan ten Broeke: Indeed.",
                 ["Mr. Acheson", "Freiherr zu Guttenberg", "Jan ten Broeke",
                  "Freiherr zu Guttenberg", "Jan ten Broeke"], id="particles of signatures"),
])
def test_a_label_opens_its_turns(body, labels, registers):
    """Each was more of the previous speaker's words, silently: `Phạm Văn Đồng:` (zhou-pham.txt),
    the capitals and small letters of a label stopping at Latin-1; `U Thant:`, `General de
    Gaulle:` (d112.txt), every word of a label capitalized and longer than one letter."""
    tei, _ = encode_text(page(body), registers, provisional=True)
    assert speakers(tei) == labels



@pytest.mark.parametrize("line, who", [
    ("Com. Mikoyan: We have the reply of the Cubans.", "mikoyan-anastas"),
    ("Tow. Khrushchev: Read it to me.", "khrushchev-nikita"),
    ("Cde. Alekseev: It is short.", "alekseev-aleksandr"),
    ("COM. MIKOYAN: We have the reply.", "mikoyan-anastas"),
], ids=["com", "polish tow", "cde", "in capitals"])
def test_a_comrades_abbreviated_title_opens_the_turn_of_the_named_person(line, who, registers,
                                                                         valid_tei):
    """Review round 5 (session 20): `Com. Gromyko:`, `Com. Mikoyan:` (the seeds' own
    abbreviation), Polish `Tow. Gomułka:` were no labels, quietly: the period after the title
    stopped the label (notatka-gomulka.txt:14-22). `Com.`, `Cde.`, `Tow.` are titles
    (`name_forms.HONORIFICS`), before a colon a turn even once, as `Mr. Kissinger:` is."""
    label, _, spoken = line.partition(": ")
    assert body_xml(valid_tei(page(line))) == (
        f'<div type="document" subtype="memorandum"><sp who="persons.xml#{who}"><speaker>{label}'
        f'</speaker><p n="1" xml:id="L1">{spoken}</p></sp></div>')


@pytest.mark.parametrize("line, label, who", [
    ("Mr. de Gaulle. We shall see.", "Mr. de Gaulle", "prov-mr-de-gaulle-aca08e"),
    ("Herr von Brentano. Bonn agrees.", "Herr von Brentano", "prov-herr-von-brentano-6cbd32"),
    ("M. Couve de Murville. And Berlin?", "M. Couve de Murville",
     "prov-m-couve-de-murville-26902b"),
], ids=["a particle after mr", "herr and a particle", "a particle between names"])
def test_a_title_label_before_a_period_holds_a_names_particles(line, label, who, registers):
    """Review r1 (session 18): `Mr. de Gaulle.` and `Herr von Brentano.` in a debate were more of
    the previous speaker's words: the title-and-name label before a period (`TITLE_LABEL`) took
    no particle, and `Herr` was no title."""
    body = f"Mr. Healey. Will the Minister say?\n\n{line}"
    tei, _ = encode_text(page(body, title="House of Commons: Cuba — Minutes of Proceedings"),
                         registers, provisional=True)
    spoken = line[len(label) + 2:]
    assert body_xml(tei).endswith(f'</sp><sp who="persons.xml#{who}"><speaker>{label}</speaker>'
                                  f'<p n="2" xml:id="L2">{spoken}</p></sp></div>')



@pytest.mark.parametrize("line, diagnostics, turns", [
    ("von Brentano: Bonn will not accept this.",
     ["x.txt:7:1: warning: 'von Brentano' opens the paragraph like a speaker label, but no "
      "speaker has that name: not read as a turn (the overrides file can settle it) "
      "[speaker-unread]"], ["kuznetsov-vasily", "kuznetsov-vasily"]),
    ("In the morning: The ships left Mariel.", [], ["kuznetsov-vasily"] * 2),
    ("Note by the Secretary: The text follows.", [], ["kuznetsov-vasily"] * 2),
    ("A Note: The text follows.", [], ["kuznetsov-vasily"] * 2),
], ids=["a particle first", "prose", "a heading", "an article"])
def test_a_one_off_label_with_a_particle_is_reported_and_prose_is_no_label(line, diagnostics,
                                                                           turns, registers):
    """`von Brentano: Bonn will not accept this.` once was Kuznetsov's, without a message; it
    names no one of the register: reported, it ends his turn. Lowercase words other than the
    particles (`the`, `by`) make no label, nor does `A` before a word."""
    tei, reporter = encode_text(page(COLON_DIALOGUE.format(line)), registers)
    assert [str(d) for d in reporter.sorted()] == diagnostics
    assert [sp.get("who") for sp in tei.iter("{*}sp")] == [f"persons.xml#{t}" for t in turns]
    assert '<p n="2" xml:id="L2">' in etree.tostring(tei, encoding="unicode")


PARTICIPANTS = ("PARTICIPANTS\n\nFrance\nGeneral de Gaulle\nM. Couve de Murville\n\nUnited States\n"
                "Dean Acheson, Special Emissary of the President\n\n"
                "General de Gaulle: I do not need to see the photographs.\n\n"
                "M. Couve de Murville: And Berlin? The Russians may answer in Berlin.")


def test_a_courtesy_title_before_a_name_is_no_letter_label(registers):
    """`M. Couve de Murville` twice (d112.txt) made `M` a trusted letter label: the rest of the
    participants and de Gaulle's first speech were the turn of a speaker `M`. `M.` before a name
    that ends the paragraph or stands before a colon is a courtesy title (as `A.` of `A. Kosygin`
    is an initial); before a colon it opens the turn of the name."""
    tei, _ = encode_text(page(PARTICIPANTS), registers, provisional=True)
    assert speakers(tei) == ["General de Gaulle", "M. Couve de Murville"]
    outside = ["".join(p.itertext()) for p in tei.iterfind(".//{*}div/{*}p")]
    assert outside[-3:] == ["M. Couve de Murville", "United States",
                            "Dean Acheson, Special Emissary of the President"]


@pytest.mark.parametrize("line", [
    "Resolved: That the quarantine will remain in force.",
    "Vote: For 7; Against 0; Abstaining 1 (Secretary McNamara).",
    "Total: 27 missiles. The remaining 15 missiles will be loaded.",
    "Absent: The Vice President (in Texas)",
    "DTG: 271530Z",
    "Enclosures: Two maps of Cuba.",
    "Attendees: Mr. Rusk and Mr. Bundy.",
    "The Resolved: clause of the last meeting stands.",
    "Members: Chile, China, France, Ghana, Ireland, Romania.",
    "COUNTRY: Cuba", "DOI: 7-9 November 1962", "APPRAISAL: 2",
])
def test_a_word_of_the_record_before_a_colon_is_no_label(line, valid_tei):
    """`Resolved:`, `Vote:` (d190.txt), `Total:` (report-malinovsky.txt) and a telegram's
    date-time group were reported as labels not read, `[speaker-unread]`, or `DTG:` as an
    unknown speaker: words of the minutes and of telegrams, no names; an intelligence report's
    head, `COUNTRY:`, `DOI:`, `APPRAISAL:`, were speakers (review round 5,
    report-cia-information.txt:9-23, an error [speaker-unknown] each)."""
    tei = valid_tei(page(f"I. THE BOMBERS\n\nA.I. MIKOYAN. We are ready.\n\nII. DECISIONS\n\n{line}"
                         "\n\nThe meeting adjourned at 12:40 p.m."))
    assert line in "".join(tei.find(".//{*}body").itertext())
    assert all(line not in "".join(sp.itertext()) for sp in tei.iter("{*}sp"))


def test_a_cross_reference_is_no_label(registers):
    """`See Nr. 19.XI.1962` (session 18's notes) was an error `unknown speaker 'See Nr'`: two
    capitalized words before a period and a number read as a name without a title, as `Stephen
    Kinnock. 1. What ...`."""
    line = "See Nr. 19.XI.1962 for the text of the reply."
    tei, reporter = encode_text(page(f"A.I. MIKOYAN. We agree.\n\n{line}"), registers)
    assert not reporter.diagnostics
    assert speakers(tei) == ["A.I. MIKOYAN"]
    assert body_xml(tei).endswith(f'<p n="2" xml:id="L2">{line}</p></sp></div>')


def test_a_word_of_the_record_after_an_article_is_no_label_in_a_debate(registers):
    """Review r1 (1962-11-16-debate-lords.txt:8): `The Resolved: clause of the last sitting
    stands` was the turn of a provisional speaker 'The Resolved': `The` let it pass as an
    office (`The President:`), and the word after it was not asked whether it heads a field."""
    body = ("Lord Home: My Lords, I shall be short.\n\nThe Resolved: clause of the last sitting "
            "stands, and I have nothing to add to it.\n\nLord Attlee: I have one question only.")
    tei, _ = encode_text(page(body, title="House of Lords: Cuba — Minutes of Proceedings"),
                         registers, provisional=True)
    assert speakers(tei) == ["Lord Home", "Lord Attlee"]
    assert ('<p n="1" xml:id="L1">My Lords, I shall be short.</p><p n="2" xml:id="L2">The '
            'Resolved: clause of the last sitting stands, and I have nothing to add to it.</p>'
            '</sp>') in body_xml(tei)


def test_an_article_before_a_colon_word_is_no_one_letter_name(registers):
    """`U Thant:` opens with a one-letter word of a name, but `A` and `I` are words of a sentence:
    `A Soviet: ship stopped.` twice was a provisional person 'A Soviet'."""
    body = ("A.I. MIKOYAN: We agree.\n\nO. DORTICOS: Good.\n\nA Soviet: ship stopped.\n\n"
            "A Soviet: ship again.")
    tei, reporter = encode_text(page(body), registers, provisional=True)
    assert speakers(tei) == ["A.I. MIKOYAN", "O. DORTICOS"] and not reporter.diagnostics


@pytest.mark.parametrize("label", ["Unidentified", "Speaker?", "UNKNOWN SPEAKER", "Voice", "?"])
def test_a_speaker_the_source_does_not_name_is_a_turn_of_no_one(label, valid_tei):
    """Review round 5 (tape-oval-office.txt:13,19,25): `Speaker?:` (an unsure identification)
    was no label, its words the previous speaker's; `Unidentified:` was an error
    [speaker-unknown], or in a provisional build one provisional person for every unnamed voice
    of every document. A turn of a speaker the source does not name is an `sp` without @who
    (optional in TEI), its label as printed in `speaker`, and no participant of the header.
    Review 12 M11: `?: Hello?` was a plain paragraph, no one's turn, with no warning."""
    tei = valid_tei(page(f"Kuznetsov: We are ready.\n\n{label}: And the ships?\n\n"
                         "Kuznetsov: That is another question.", title="Transcript of a Recorded "
                         "Meeting in the Oval Office"))
    assert f'</sp><sp><speaker>{label}</speaker><p n="2" xml:id="L2">And the ships?</p></sp>' \
        in body_xml(tei)
    assert [p.get("sameAs") for p in tei.iterfind(".//{*}particDesc//{*}person")] == [
        "persons.xml#kuznetsov-vasily"]


ARISTOV = ('<person xml:id="aristov-averky"><persName type="main"><forename>Averky</forename> '
           '<surname>Aristov</surname></persName></person>')
"""A person of the registers named in the English transliteration only (session 21, f2)."""


@pytest.fixture(scope="module")
def aristov_registers(tmp_path_factory):
    """The seeds' registers and Averky Aristov, Soviet ambassador in Warsaw."""
    folder = tmp_path_factory.mktemp("aristov")
    for name in ("places.xml", "organizations.xml"):
        shutil.copy(SEEDS / name, folder / name)
    text = (SEEDS / "persons.xml").read_text(encoding="utf-8")
    (folder / "persons.xml").write_text(text.replace("<listPerson>", "<listPerson>" + ARISTOV, 1),
                                        encoding="utf-8")
    return Registers.load(folder, Reporter())


@pytest.mark.parametrize("label, who, codes", [
    ("Ambasador Aristow", "aristov-averky", ["speaker-transliterated"]),
    ("Botschafter Aristow", "aristov-averky", ["speaker-transliterated"]),
    ("Ambasador Averky Aristow", "aristov-averky", ["speaker-transliterated"]),
    ("Ambassador Aristov", "aristov-averky", []),
    ("Ambasador Pyotr Aristow", None, ["speaker-unknown"]),
    ("Ambasador Aristoff", None, ["speaker-unknown"]),
], ids=["Polish", "German", "a forename that agrees", "the register's form",
        "a forename that does not", "a spelling that is no transliteration"])
def test_a_title_and_a_transliteration_of_another_language(label, who, codes,
                                                           aristov_registers):
    """Session 21, f2: `Ambasador Aristow:` (a Polish record) was no label: the title's Polish
    spelling was no title's (`name_forms.TITLES_BY_LANGUAGE`), and the name, Aristov in the
    Polish transliteration, no one's. The title opens a label as in English, and the name is the
    registered person whose name it spells in another transliteration, with a warning naming
    him (`Registers.transliterated`); a misspelling stays an unknown speaker."""
    body = COLON_DIALOGUE.format(f"{label}: I agree with the comrade.")
    tei, reporter = encode_text(page(body), aristov_registers)
    assert [d.code for d in reporter.diagnostics] == codes
    if codes == ["speaker-transliterated"]:   # the warning names the person
        assert "read as Averky Aristov ('aristov-averky')" in str(reporter.diagnostics[0])
    if who:
        assert f'<sp who="persons.xml#{who}"><speaker>{label}</speaker>' in body_xml(tei)
    else:
        assert f'<p n="2" xml:id="L2">{label}: I agree' in body_xml(tei)


@pytest.mark.parametrize("head", [
    "MEMORANDUM FOR: The Secretary of Defense", "FROM: Chief of Naval Operations",
    "TO: The Director", "THRU: The Deputy Director", "ATTENTION: Mr. Bundy",
    "COPIES TO: The Secretary of State", "DATE: 7 November 1962", "PLACE: The White House",
    "TIME: 10:00 a.m.", "DISCUSSION: The Cubans refused inspection.",
    "RECOMMENDATION: Keep the quarantine.", "LISTENED: The report of Comrade Gromyko.",
    "DECIDED: To approve the draft.", "TEXT FOLLOWS: The Government of the USSR agrees.",
    "NO: 1065, October 27, 7 p.m.", "FOR: Secretary from Stevenson",
    "ORIGIN: Secretary Rusk, Mr. Bundy.", "CLEARANCES: S/S - Mr. Brubeck",   # review round 11 M15
])
def test_a_memorandum_s_field_is_no_speaker(head, registers):
    """Review round 10 (S12): an American memorandum's head lines (`MEMORANDUM FOR:`, `FROM:`)
    and a protocol's `LISTENED:` / `DECIDED:` were speakers: provisional persons with pages, and
    without --provisional-speakers an unknown speaker's error that failed the whole build."""
    text = page(f"{head}\n\nFour ships have left Mariel.", title="Memorandum on Soviet Ships")
    tei, reporter = encode_text(text, registers, provisional=True)
    assert not tei.xpath("//t:sp", namespaces=TEI)
    assert not [d for d in reporter.diagnostics if "speaker" in d.code]
