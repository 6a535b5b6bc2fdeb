"""Registers: TEI validity of the seed registers, speaker labels, mentions, load errors."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from lxml import etree

from edition.collect import collect_site
from edition.diagnostics import Reporter, Severity
from edition.name_forms import provisional_id
from edition.register_files import Entry
from edition.registers import Registers, SpeakerMatch
from tests.conftest import encode_text, page

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
MEMO = SEEDS / "1962-11-05-memcon-mikoyan-dorticos.txt"
TELEGRAM = SEEDS / "1962-11-19-telegram-mikoyan-cc-cpsu.txt"
REGISTER_FILES = ["persons.xml", "places.xml", "organizations.xml"]


@pytest.fixture(scope="module")
def tei_all(validator) -> etree.RelaxNG:
    """The session's compiled tei_all (the validator fails loudly when it cannot find it)."""
    return validator.tei_all


@pytest.fixture(scope="module")
def registers() -> Registers:
    reporter = Reporter()
    loaded = Registers.load(SEEDS, reporter)
    assert reporter.diagnostics == []
    return loaded


def _errors(reporter: Reporter) -> list:
    return [d for d in reporter.diagnostics if d.severity == Severity.ERROR]


# ---------------------------------------------------------------- the register files

@pytest.mark.parametrize("name", REGISTER_FILES)
def test_register_file_is_valid_tei(tei_all, name):
    document = etree.parse(str(SEEDS / name))
    assert tei_all.validate(document), "\n".join(str(e) for e in tei_all.error_log)


def test_registers_have_entries(registers):
    assert len(registers.entries("person")) >= 25
    assert len(registers.entries("place")) >= 30
    assert len(registers.entries("org")) >= 15


def test_no_variant_belongs_to_two_entries(registers):
    owner: dict[str, str] = {}
    for entry in registers.entries():
        for variant in entry.variants:
            assert owner.setdefault(variant, entry.id) == entry.id, variant


def test_entry_fields(registers):
    mikoyan = registers.get("mikoyan-anastas")
    assert mikoyan.ref == "persons.xml#mikoyan-anastas"
    assert mikoyan.kind == "person" and mikoyan.name == "Anastas Ivanovich Mikoyan"
    assert "A.I. Mikoyan" in mikoyan.variants and mikoyan.name in mikoyan.variants
    assert mikoyan.birth == "1895" and mikoyan.death == "1978"
    assert "Council of Ministers" in mikoyan.role
    assert registers.get("dorticos-osvaldo").name == "Osvaldo Dorticós"
    assert registers.get("castro-raul").death == ""
    assert registers.get("cuba").ref == "places.xml#cuba"
    assert registers.get("cc-cpsu").ref == "organizations.xml#cc-cpsu"


@pytest.mark.parametrize("ref", ["persons.xml#mikoyan-anastas", "#mikoyan-anastas",
                                 "mikoyan-anastas"])
def test_get_accepts_ref_forms(registers, ref):
    assert registers.get(ref).id == "mikoyan-anastas"


def test_get_rejects_wrong_file_and_unknown(registers):
    assert registers.get("places.xml#mikoyan-anastas") is None
    assert registers.get("nobody") is None


# ---------------------------------------------------------------- speaker labels

MEMO_LABELS = [
    ("A.I. MIKOYAN", "mikoyan-anastas"),
    ("O. DORTICOS", "dorticos-osvaldo"),
    ("DORTICOS", "dorticos-osvaldo"),
    ("C.R. RODRIGUEZ", "rodriguez-carlos-rafael"),
    ("C. RAFAEL RODRIGUEZ", "rodriguez-carlos-rafael"),
    ("E. GUEVARA", "guevara-ernesto"),
    ("ERNESTO GUEVARA", "guevara-ernesto"),
    ("GUEVARA", "guevara-ernesto"),
    ("ALEKSEEV", "alekseev-aleksandr"),
    ("A.I. ALEKSEEV", "alekseev-aleksandr"),
]


@pytest.mark.parametrize("label, expected", MEMO_LABELS)
def test_memorandum_speaker_labels(registers, label, expected):
    assert any(line.startswith(label) for line in MEMO.read_text("utf-8").splitlines())
    match = registers.find_speaker(label)
    assert match.entry is not None and match.entry.id == expected
    assert match.candidates == (match.entry,) and match.suggestion == ""


@pytest.mark.parametrize("label, expected", [
    ("Dorticós", "dorticos-osvaldo"),
    ("dorticos", "dorticos-osvaldo"),
    ("Com. Dorticos", "dorticos-osvaldo"),
    ("MIKOYAN", "mikoyan-anastas"),
    ("S. MIKOYAN", "mikoyan-sergo"),
    ("F. CASTRO", "castro-fidel"),
    ("FIDEL CASTRO", "castro-fidel"),
    ("R. CASTRO", "castro-raul"),
    ("RAUL CASTRO", "castro-raul"),
    ("R. ROA", "roa-raul"),
    ("U THANT", "u-thant"),
    ("CHE", "guevara-ernesto"),
    ("ALEKSEYEV", "alekseev-aleksandr"),
    ("RAFAEL RODRIGUEZ", "rodriguez-carlos-rafael"),
    ("ALEKSEEV:", "alekseev-aleksandr"),
])
def test_other_speaker_labels(registers, label, expected):
    assert registers.find_speaker(label).entry.id == expected


def test_bare_castro_is_ambiguous(registers):
    match = registers.find_speaker("CASTRO")
    assert match.entry is None
    assert {c.id for c in match.candidates} == {"castro-fidel", "castro-raul"}


def test_initials_must_agree(registers):
    assert registers.find_speaker("J. GUEVARA").entry is None
    assert registers.find_speaker("E. CASTRO").entry is None


def test_unknown_label_gets_a_suggestion(registers):
    match = registers.find_speaker("MIKOYAM")
    assert match.entry is None and match.candidates == ()
    assert match.suggestion == " (did you mean 'MIKOYAN'?)"


def test_unknown_label_without_close_name(registers):
    match = registers.find_speaker("Stephen Kinnock")
    assert match == type(match)(None, (), "")


# ---------------------------------------------------------------- mentions in running text

def _found(registers, text):
    return [(text[m.start:m.end], m.entry.id) for m in registers.find_mentions(text)]


@pytest.mark.parametrize("text, expected", [
    ("After mutual greetings, Com. Dorticos said that Fidel Castro had not been able to come",
     [("Dorticos", "dorticos-osvaldo"), ("Fidel Castro", "castro-fidel")]),
    ("We have analyzed Comrade Mikoyan's latest proposals",
     [("Mikoyan", "mikoyan-anastas")]),
    ("we are ready to consider U Thant's proposal",
     [("U Thant", "u-thant")]),
    ("the territory of the USA, Guatemala and in other countries of the Caribbean basin",
     [("USA", "usa"), ("Guatemala", "guatemala"), ("Caribbean basin", "caribbean")]),
    ("We are informing the CC CPSU and the Soviet government about your position",
     [("CC CPSU", "cc-cpsu"), ("Soviet government", "soviet-government")]),
    ("It is immediately evident that Carlos Rafael Rodriquez is a great specialist",
     [("Carlos Rafael Rodriquez", "rodriguez-carlos-rafael")]),
    ("We agreed to entrust Minister Roa, Alekseyev and Bazykin to coordinate common tactics",
     [("Roa", "roa-raul"), ("Alekseyev", "alekseev-aleksandr"), ("Bazykin", "bazykin")]),
    ("Fidel and Raul were out of Havana.",
     [("Fidel", "castro-fidel"), ("Raul", "castro-raul"), ("Havana", "havana")]),
    ("the Presidium of the CC [CPSU], upon learning about Kennedy's declaration",
     [("Presidium of the CC", "presidium-cc-cpsu"), ("Kennedy", "kennedy-john")]),
    ("confidential agents of the U.N. Security Council",
     [("U.N. Security Council", "un-security-council")]),
    ("Personal Archive of Sergo Mikoyan donated to the National Security Archive",
     [("Sergo Mikoyan", "mikoyan-sergo"),
      ("National Security Archive", "national-security-archive")]),
    ("Central American countries and Cuban ports, Leninist logic, Chechen",
     []),
])
def test_mentions_in_seed_sentences(registers, text, expected):
    assert _found(registers, text) == expected


def test_alekseyev_and_alekseev_are_one_person(registers):
    ids = {m.entry.id for m in registers.find_mentions(TELEGRAM.read_text("utf-8"))
           if m.entry.kind == "person"}
    memo = {m.entry.id for m in registers.find_mentions(MEMO.read_text("utf-8"))}
    assert "alekseev-aleksandr" in ids and "alekseev-aleksandr" in memo


def test_seed_names_are_covered(registers):
    found = {m.entry.id for path in (MEMO, TELEGRAM)
             for m in registers.find_mentions(path.read_text("utf-8"))}
    expected = {
        "mikoyan-anastas", "dorticos-osvaldo", "guevara-ernesto", "rodriguez-carlos-rafael",
        "alekseev-aleksandr", "castro-fidel", "castro-raul", "kuznetsov-vasily", "u-thant",
        "kennedy-john", "mccloy-john", "khrushchev-nikita", "lenin-vladimir",
        "bukharin-nikolai", "bazykin", "lechuga-carlos", "tikhmenev", "aragones-emilio",
        "roa-raul", "malinovsky-rodion", "mikoyan-sergo", "doctoroff-mark",
        "savranskaya-svetlana", "cuba", "usa", "guatemala", "caribbean", "new-york",
        "central-america", "latin-america", "chile", "havana", "moscow", "europe", "asia",
        "taiwan", "macau", "turkey", "canada", "russia", "brest-litovsk", "western-hemisphere",
        "ussr", "china", "cc-cpsu", "presidium-cc-cpsu", "un", "un-security-council",
        "soviet-government", "ussr-mfa", "chinese-communist-party",
        "national-security-archive", "russian-foreign-ministry-archives",
        "wilson-center-hppp", "frap",
    }
    assert expected - found == set()


def test_mentions_are_sorted_and_do_not_overlap(registers):
    mentions = registers.find_mentions(MEMO.read_text("utf-8"))
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))


def test_mentions_are_fast(registers):
    text = (MEMO.read_text("utf-8") * 2)[:40_000]
    registers.find_mentions(text)
    best = min(_timed(registers, text) for _ in range(3))
    assert best < 0.010, f"find_mentions took {best * 1000:.1f} ms for 40 KB"


def _timed(registers, text) -> float:
    start = time.perf_counter()
    registers.find_mentions(text)
    return time.perf_counter() - start


# ---------------------------------------------------------------- loading errors

PERSON = '<person xml:id="{id}"><persName type="main">{name}</persName></person>'


def _write_persons(folder: Path, *people: str) -> Path:
    path = folder / "persons.xml"
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/>',
             "<text><body><listPerson>", *people, "</listPerson></body></text></TEI>"]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_missing_files_give_empty_registers_and_a_warning_each(tmp_path):
    reporter = Reporter()
    loaded = Registers.load(tmp_path, reporter)
    assert loaded.entries() == []
    assert [str(d) for d in reporter.diagnostics] == [
        f"{tmp_path}/persons.xml: warning: register of persons not found: it is taken as empty, "
        "so no speaker or name is resolved against it; add the file (an empty register will "
        "do) [register-missing]",
        f"{tmp_path}/places.xml: warning: register of places not found: it is taken as empty, "
        "so no name is resolved against it; add the file (an empty register will do) "
        "[register-missing]",
        f"{tmp_path}/organizations.xml: warning: register of organizations not found: it is "
        "taken as empty, so no name is resolved against it; add the file (an empty register "
        "will do) [register-missing]"]
    assert loaded.find_mentions("Mikoyan") == []
    assert Registers.empty().find_speaker("MIKOYAN").entry is None


def test_duplicate_id_is_reported_with_file_and_line(tmp_path):
    path = _write_persons(tmp_path, PERSON.format(id="a", name="Ann"),
                          PERSON.format(id="b", name="Bob"), PERSON.format(id="a", name="Al"))
    reporter = Reporter()
    loaded = Registers.load(tmp_path, reporter)
    [error] = _errors(reporter)
    assert error.code == "register-duplicate-id"
    assert error.location.path == str(path) and error.location.line == 6
    assert f"{path}:6:" in str(error) and ":4" in error.message
    assert loaded.get("a").name == "Ann" and loaded.get("b").name == "Bob"


def test_duplicate_id_across_registers(tmp_path):
    _write_persons(tmp_path, PERSON.format(id="cuba", name="Someone"))
    (tmp_path / "places.xml").write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><listPlace>\n'
        '<place xml:id="cuba"><placeName>Cuba</placeName></place>\n'
        "</listPlace></body></text></TEI>", "utf-8")
    reporter = Reporter()
    Registers.load(tmp_path, reporter)
    [error] = _errors(reporter)
    assert error.code == "register-duplicate-id" and error.location.path.endswith("places.xml")


def test_malformed_xml_is_reported_without_traceback(tmp_path):
    path = tmp_path / "persons.xml"
    path.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text><body>\n'
                    '<listPerson><person xml:id="a"></listPerson>\n', "utf-8")
    reporter = Reporter()
    loaded = Registers.load(tmp_path, reporter)
    [error] = _errors(reporter)
    assert error.code == "register-malformed"
    assert error.location.path == str(path) and error.location.line == 3
    assert "Traceback" not in str(error)
    assert loaded.entries() == []


def test_entities_are_not_expanded(tmp_path):
    path = tmp_path / "persons.xml"
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM '
                    '"file:///etc/passwd">]>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">'
                    '<text><body><listPerson><person xml:id="a"><persName>&x;</persName>'
                    "</person></listPerson></body></text></TEI>\n", "utf-8")
    loaded = Registers.load(tmp_path, Reporter())
    entry = loaded.get("a")
    assert entry is None or "root:" not in entry.name


def test_bad_entries_are_reported(tmp_path):
    _write_persons(tmp_path, "<person><persName>No id</persName></person>",
                   '<person xml:id="no-name"/>', PERSON.format(id="Bad_Id", name="Bad"))
    reporter = Reporter()
    Registers.load(tmp_path, reporter)
    codes = sorted(d.code for d in reporter.diagnostics if d.code != "register-missing")
    assert codes == ["register-id-form", "register-missing-id", "register-no-name"]


@pytest.mark.parametrize("name", [
    "Anastas<lb/>Mikoyan",
    "<forename>Anastas</forename><lb/><surname>Mikoyan</surname>",
])
def test_a_line_break_in_a_register_name_reads_as_the_pages_read_it(tmp_path, name):
    """A register's name is read as every reader of TEI reads an element (`breaks.spaced_text`):
    a line break between words is a space; the register had its own reading, which glued
    'Anastas<lb/>Mikoyan' into the one word 'AnastasMikoyan', no speaker's label."""
    _write_persons(tmp_path, PERSON.format(id="mikoyan", name=name))
    loaded = Registers.load(tmp_path, Reporter())
    assert loaded.get("mikoyan").name == "Anastas Mikoyan"
    assert loaded.find_speaker("MIKOYAN").entry == loaded.get("mikoyan")


# ---------------------------------------------------------------- provisional persons and TEI

def test_provisional_persons(registers):
    local = Registers.load(SEEDS, Reporter())
    k = local.add_provisional_person("K")
    assert (k.id, k.provisional, k.variants) == ("prov-k-86be9a", True, ("K",))
    assert k.ref == "persons.xml#prov-k-86be9a"
    assert local.add_provisional_person("K") is k
    king = local.add_provisional_person("King of France")
    assert king.id == "prov-king-of-france-33a866"  # the label's slug and hash, see test below
    assert local.add_provisional_person("KING OF FRANCE").id == "prov-king-of-france-4a5cd3"
    assert local.find_speaker("K").entry is k
    assert local.find_speaker("FRANCE").entry is None
    assert local.get("prov-k-86be9a") is k
    assert all(m.entry is not k for m in local.find_mentions("K said so to Mikoyan."))
    assert registers.get("prov-k-86be9a") is None


@pytest.mark.parametrize("label, expected", [
    ("Henry A. Kissinger", "prov-henry-a-kissinger-1ed9c9"),
    ("Kissinger", "prov-kissinger-8f9fe2"),
    ("KING", "prov-king-5abbe5"),
    ("King", "prov-king-13166b"),
    ("Ф. КАСТРО", "prov-f-kastro-6f42c0"),          # Cyrillic read as Latin (BGN/PCGN)
    ("В. Тихменев", "prov-v-tikhmenev-a2cf50"),
    ("Хрущёв", "prov-khrushchev-e66035"),
    ("Подъячий", "prov-podyachiy-326546"),          # hard and soft signs dropped
    ("Α. ΠΑΠΑΝΔΡΕΟΥ", "prov-a-papandreou-edffb1"),  # Greek too
    ("Ἀνδρέας", "prov-andreas-d79d65"),             # its accents dropped
    ("周恩来", "prov-x-3a984a"),                    # other scripts: the hash tells them apart
])
def test_a_provisional_id_is_its_labels_slug_and_hash(label, expected):
    """Made from the label alone: the same in every build, whatever other documents hold."""
    assert provisional_id(label) == expected


def test_to_tei_is_valid_and_deterministic(tei_all):
    local = Registers.load(SEEDS, Reporter())
    local.add_provisional_person("ZORIN")
    local.add_provisional_person("K")
    first = etree.tostring(local.to_tei("person"), encoding="unicode")
    assert first == etree.tostring(local.to_tei("person"), encoding="unicode")
    document = etree.fromstring(first)
    assert tei_all.validate(document), "\n".join(str(e) for e in tei_all.error_log)
    ids = document.xpath("//t:person/@xml:id", namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    assert ids[-2:] == ["prov-k-86be9a", "prov-zorin-0c89b5"] and ids[0] == "mikoyan-anastas"
    for kind in ("place", "org"):
        assert tei_all.validate(local.to_tei(kind)), kind


def test_to_tei_round_trip_keeps_provisional_flag(tmp_path):
    local = Registers.empty()
    local.add_provisional_person("ZORIN")
    (tmp_path / "persons.xml").write_bytes(etree.tostring(local.to_tei("person")))
    again = Registers.load(tmp_path, Reporter())
    assert again.get("prov-zorin-0c89b5").provisional


def test_to_tei_of_empty_registers_is_valid(tei_all):
    for kind in ("person", "place", "org"):
        root = Registers.empty().to_tei(kind)
        assert tei_all.validate(root), "\n".join(str(e) for e in tei_all.error_log)


def test_a_register_with_a_doctype_is_refused(tmp_path):
    """A DOCTYPE could make the parser open an outside file: registers may not have one."""
    (tmp_path / "persons.xml").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE TEI SYSTEM "file:///etc/passwd">\n'
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"/>\n', encoding="utf-8")
    reporter = Reporter()
    Registers.load(tmp_path, reporter)
    assert [(d.code, d.location.line) for d in reporter.diagnostics
            if d.code != "register-missing"] == [("register-doctype", 2)]


def test_a_test_encoding_with_provisional_speakers_leaves_the_session_registers(registers):
    """The session's `registers` fixture is shared: a test that makes provisional persons must
    not leave them behind (tests/export compares the published registers with it)."""
    before = len(registers.entries())
    tei, _ = encode_text(page("ZORIN. Yes.\n\nZORIN. No."), registers, provisional=True)
    assert "prov-zorin" in etree.tostring(tei, encoding="unicode")
    assert len(registers.entries()) == before


def test_provisional_persons_are_listed_among_the_others_by_their_surname():
    """Their ids begin `prov-`: listed by id, as registered persons are, they all sat under P."""
    registers = Registers.load(SEEDS, Reporter())
    for label in ("A. Kosygin", "Troilus"):
        registers.add_provisional_person(label)
    ids = [entry.id for entry in collect_site([], registers).entries["person"]]
    assert ids.index("khrushchev-nikita") < ids.index(provisional_id("A. Kosygin")) \
        < ids.index("kuznetsov-vasily")
    assert ids.index("trias") < ids.index(provisional_id("Troilus")) < ids.index("u-thant")


@pytest.mark.parametrize("name, expected", [
    ("Kennedy", "kennedy-john"), ("Sergo Mikoyan", "mikoyan-sergo"), ("Goulart", None),
    ("Castro", None)], ids=["a variant", "a namesake's full name", "no one", "two persons"])
def test_a_registered_person_is_one_a_provisional_namesake_does_not_hide(registers, name,
                                                                         expected):
    """`Registers.registered_person`, the one test of whether a name is a person of the register
    files (`surname_bearers`, `occupied_offices`, `listed_offices` each had their own): a
    provisional person of the same label, which a turn makes where the document names Robert
    Kennedy beside `Kennedy:`, left `find_person` no one person, and a provisional person is no
    register's."""
    with registers.own_provisional_persons():
        registers.add_provisional_person(name)
        found = registers.registered_person(name)
        assert (found.id if found else None) == expected


def _person(ident: str, provisional: bool = False) -> Entry:
    return Entry(ident, "person", "persons.xml", ident, (ident,), provisional=provisional)


JFK, MADE, OTHER = _person("jfk"), _person("kennedy", True), _person("kennedy-2", True)


@pytest.mark.parametrize("candidates, entry, kept", [
    ((JFK, MADE), MADE, (MADE,)),      # `Kennedy:` where the text names Robert Kennedy
    ((JFK,), None, ()),                # no turn made one: no one
    ((MADE, OTHER), None, (MADE, OTHER)),
])
def test_a_match_keeps_only_its_provisional_persons(candidates, entry, kept):
    found = SpeakerMatch(candidates[0], candidates, "Did you mean").provisional_only()
    assert (found.entry, found.candidates, found.suggestion) == (entry, kept, "")
