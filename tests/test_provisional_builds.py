"""Provisional persons through builds: a document's own, whatever was encoded before it, which
worker encoded it, or which documents the cache held; and in the registers of every build that
publishes it."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from lxml import etree

from edition import workers
from edition.cache import BuildCache
from edition.config import Settings
from edition.diagnostics import Reporter
from edition.output import provisional_names
from edition.records import SpeakerStat
from edition.registers import Registers
from tests.conftest import DEV_CORPUS, SEEDS, page, seeds_with
from tests.ingest.helpers import foreign
from tests.helpers import run, site_files

FRUS = DEV_CORPUS / "frus"
REF = re.compile(r'persons\.xml#(prov-[^"\s]+)')


def assert_every_provisional_ref_is_registered(out: Path) -> None:
    persons = (out / "tei" / "persons.xml").read_text(encoding="utf-8")
    registered = set(re.findall(r'xml:id="(prov-[^"]+)"', persons))
    for path in (out / "tei").glob("*.xml"):
        missing = set(REF.findall(path.read_text(encoding="utf-8"))) - registered
        assert not missing, f"{path.name} points at {sorted(missing)}"


def test_a_cached_document_keeps_the_provisional_persons_an_earlier_one_made(tmp_path):
    """d121 and d122 both name Kissinger, Nixon and Dobrynin: d121 (first) made them."""
    seeds = seeds_with(tmp_path, *sorted(FRUS.glob("*-d12[12].xml")))
    out = tmp_path / "site"
    run(seeds, out)
    (seeds / "frus1969-76v12-d121.xml").unlink()
    run(seeds, out)
    assert_every_provisional_ref_is_registered(out)
    assert "persons/prov-p-kha1" in (out / "analytics.html").read_text(encoding="utf-8")
    run(seeds, tmp_path / "full", cache=False)
    assert site_files(out) == site_files(tmp_path / "full")


def speaking(label: str) -> str:
    """A foreign document in which one unlisted person speaks, printed as `label`."""
    return foreign(f"<div><sp who='#x'><speaker>{label}</speaker><p>We agree.</p></sp></div>")


def test_labels_spelled_alike_in_two_documents_keep_their_ids_when_one_goes(tmp_path):
    """'KING' and 'King' are two provisional persons (one per label), whose ids both
    spell 'king': which one a document's person is does not depend on the other document."""
    seeds = seeds_with(tmp_path, ("a.xml", speaking("KING")), ("b.xml", speaking("King")))
    out = tmp_path / "site"
    run(seeds, out)
    assert_every_provisional_ref_is_registered(out)
    (seeds / "a.xml").unlink()
    run(seeds, out)
    assert_every_provisional_ref_is_registered(out)
    run(seeds, tmp_path / "full", cache=False)
    assert site_files(out) == site_files(tmp_path / "full")


@pytest.fixture(autouse=True)
def worker_state(monkeypatch):
    """`workers.start_encoder` sets the worker's module state: these tests run it in this
    process, so each gets a state of its own, gone after it."""
    monkeypatch.setattr(workers, "_state", {})


def encode_in_worker(sources: list[Path], cache: Path) -> list:
    """`encode_task` of each source in turn, in one worker, as a pool runs it."""
    settings = Settings(seeds=sources[0].parent, provisional_speakers=True)
    workers.start_encoder(settings, Registers.load(SEEDS, Reporter()), cache)
    return [workers.encode_task((path, path.name, f"key-{path.stem}"))[0] for path in sources]


def test_a_document_is_encoded_alike_whatever_its_worker_encoded_before(tmp_path):
    """A worker encodes many documents: the provisional persons one made are no speakers of
    the next ('COMRADE ZORIN' is not the 'ZORIN' of a document before it)."""
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(page("ZORIN. We agree.\n\nMIKOYAN. So do we."), encoding="utf-8")
    second.write_text(page("COMRADE ZORIN. We agree.\n\nMIKOYAN. So do we."), encoding="utf-8")
    alone = encode_in_worker([second], tmp_path / "alone")[0]
    after = encode_in_worker([first, second], tmp_path / "after")[1]
    assert after.provisional == alone.provisional and len(alone.provisional) == 1
    assert [d.message for d in after.diagnostics] == [d.message for d in alone.diagnostics]
    tei = [BuildCache(tmp_path / name).entry("key-b", ".xml").read_bytes()
           for name in ("alone", "after")]
    assert tei[0] == tei[1]


def test_provisional_ids_are_made_from_the_label_alone():
    registers = Registers.load(SEEDS, Reporter())
    king = registers.add_provisional_person("King of France")
    other = registers.add_provisional_person("KING OF FRANCE")
    fresh = Registers.load(SEEDS, Reporter())
    assert fresh.add_provisional_person("KING OF FRANCE").id == other.id != king.id
    assert king.id.startswith("prov-king-of-france-") and registers.get(other.ref) is other


def test_a_document_encoded_by_a_worker_leaves_its_registers_as_they_were(tmp_path):
    """The main process gives its registers the persons of every result, in source order."""
    source = tmp_path / "a.txt"
    source.write_text(page("ZORIN. We agree."), encoding="utf-8")
    registers = Registers.load(SEEDS, Reporter())
    before = [e.id for e in registers.entries()]
    workers.start_encoder(Settings(provisional_speakers=True), registers, tmp_path / "cache")
    result, _ = workers.encode_task((source, "a.txt", "key"))
    assert [e.id for e in registers.entries()] == before and result.provisional


def test_a_provisional_person_of_the_register_file_is_taken_for_its_label(tmp_path):
    """A persons.xml copied from a site keeps its provisional persons: a label finds its own."""
    made = Registers.empty()
    zorin = made.add_provisional_person("ZORIN")
    (tmp_path / "persons.xml").write_bytes(etree.tostring(made.to_tei("person")))
    loaded = Registers.load(tmp_path, Reporter())
    assert loaded.add_provisional_person("ZORIN").id == zorin.id
    with loaded.own_provisional_persons():
        loaded.add_provisional_person("Zorin")
    assert [e.id for e in loaded.entries()] == [zorin.id]


def nixon_entries(out: Path) -> list[etree._Element]:
    """The persons of the site's register made from FRUS `#p_NRM1`."""
    persons = etree.parse(str(out / "tei" / "persons.xml"))
    return persons.xpath("//t:person[t:idno[@type='source'] = 'frus1969-76v12#p_NRM1']",
                         namespaces={"t": "http://www.tei-c.org/ns/1.0"})


def test_one_foreign_person_id_is_one_entry_whatever_each_document_calls_it(tmp_path):
    """FRUS prints `#p_NRM1` as 'Nixon' in d123 and 'Richard Nixon' in d126: one person of
    the volume, whose names are its variants, in a full build and after d126 goes (then d123,
    whose neighbours stay, shows the name 'Nixon' as a build without the cache does)."""
    seeds = seeds_with(tmp_path, *sorted(FRUS.glob("*-d12[346].xml")))
    out = tmp_path / "site"
    run(seeds, out)
    [nixon] = nixon_entries(out)
    names = [n.text for n in nixon.iterfind("{*}persName")]
    assert names == ["Richard Nixon", "Nixon"]
    note = nixon.findtext("{*}note")
    assert "person id p_NRM1 of frus1969-76v12" in note and "speaker label" not in note
    ident = nixon.get("{http://www.w3.org/XML/1998/namespace}id")
    for doc in ("d123", "d126"):
        tei = (out / "tei" / f"frus1969-76v12-{doc}.xml").read_text(encoding="utf-8")
        assert f"persons.xml#{ident}" in tei, doc
    (seeds / "frus1969-76v12-d126.xml").unlink()
    run(seeds, out)
    assert [n.text for n in nixon_entries(out)[0].iterfind("{*}persName")] == ["Nixon"]
    run(seeds, tmp_path / "full", cache=False)
    assert site_files(out) == site_files(tmp_path / "full")


def test_a_foreign_person_is_the_same_entry_whatever_order_its_names_come_in():
    names = ["Nixon", "Richard Nixon", "President Nixon"]
    made = []
    for order in (names, names[::-1]):
        registers = Registers.empty()
        made.append([registers.add_source_person("v12#p_NRM1", n) for n in order][-1])
    assert made[0] == made[1]
    assert made[0].name == "President Nixon" and made[0].source == "v12#p_NRM1"
    assert made[0].variants == ("President Nixon", "Richard Nixon", "Nixon")


def test_a_foreign_person_of_the_register_file_is_taken_for_its_foreign_id(tmp_path):
    """A persons.xml copied from a site keeps the foreign id, and gives its person to it."""
    made = Registers.empty()
    nixon = made.add_source_person("v12#p_NRM1", "Nixon")
    made.add_source_person("v12#p_NRM1", "Richard Nixon")
    (tmp_path / "persons.xml").write_bytes(etree.tostring(made.to_tei("person")))
    loaded = Registers.load(tmp_path, Reporter())
    with loaded.own_provisional_persons():
        again = loaded.add_source_person("v12#p_NRM1", "R. M. Nixon")
    assert again.id == nixon.id and again.variants == ("Richard Nixon", "Nixon")
    assert [e.id for e in loaded.entries()] == [nixon.id]


def test_a_foreign_speaker_is_named_alike_on_every_page_and_in_every_download(tmp_path):
    """d122 prints Kissinger's turns as `K` under a heading naming 'Kissinger'; d120 names
    him 'Henry A. Kissinger', the name the register takes: the speaker chart of d122 and the
    speaker downloads name him so too, not as d122 alone would."""
    seeds = seeds_with(tmp_path, *sorted(FRUS.glob("*-d12[02].xml")))
    out = tmp_path / "site"
    run(seeds, out)
    rows = [line.split(",") for line in (out / "downloads/speakers.csv").read_text().splitlines()]
    [name] = {row[1] for row in rows if row[0].startswith("prov-p-kha1-")}
    assert name == "Henry A. Kissinger"
    chart = etree.parse(str(out / "documents/frus1969-76v12-d122.html"), etree.HTMLParser())
    assert "Henry A. Kissinger" in chart.xpath("//svg//text/text()")


@pytest.mark.parametrize("role", ["speakers", "participants", "senders", "recipients", "mention"])
def test_a_page_key_holds_every_provisional_name_the_page_shows(role):
    """A document page names provisional persons as they speak, take part, write, receive or are
    mentioned; each such name, which other documents can change, is in the page's key."""
    people = {"speakers": (SpeakerStat("prov-x", 1, 2),), "participants": ("prov-x",),
              "senders": (("prov-x", "Nixon"),), "recipients": (("prov-x", "Nixon"),)}
    record = SimpleNamespace(id="d1", **{field: people[field] if field == role else ()
                                         for field in people})
    mentions = {"prov-x": (SimpleNamespace(doc_id="d1"),)} if role == "mention" else {}
    site = SimpleNamespace(documents=(record,), mentions=mentions, entry_by_id={
        "prov-x": SimpleNamespace(provisional=True, name="Richard Nixon"),
        "nixon": SimpleNamespace(provisional=False, name="Richard M. Nixon")})
    assert provisional_names(site) == {"d1": "prov-x=Richard Nixon"}
