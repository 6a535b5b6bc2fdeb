"""Register entry pages: the mentions in context come from the build cache, one file per entry
(`edition.kwic`), and the pages are those the in-memory site model renders."""

from __future__ import annotations

import re

from edition.config import Settings
from edition.diagnostics import Reporter
from edition.kwic import KwicStore, pack, spill
from edition.pipeline import collect_corpus, write_site
from edition.render import render_site
from edition.render.urls import entry
from edition.write import SiteWriter

from tests.conftest import page, seeds_with

from .conftest import parse

MEMO_ROWS = [("3", "… before ", "Mikoyan", " after …"), ("12", "", "MIKOYAN", ".")]


def test_entry_pages_of_the_build_equal_those_of_the_site_model_in_memory(
        site, corpus, documents, tmp_path):
    writer = SiteWriter(tmp_path / "memory")
    render_site(documents, corpus.registers, corpus.settings, writer)
    pages = [entry(e.kind, e.id) for kind in ("person", "place", "org")
             for e in corpus.registers.entries(kind)]
    written = [page for page in pages if (writer.stage / page).exists()]
    assert len(written) > 50
    for page in pages:   # an entry no document names has no page (the seeds' Beijing)
        assert (site / page).exists() == (page in written), page
    for page in written:
        assert (site / page).read_bytes() == (writer.stage / page).read_bytes(), page
    writer.abandon()


def test_an_entry_page_counts_the_mentions_it_lists(site, corpus):
    assert_counts_listed(site, corpus.registers)


def test_a_document_where_one_only_speaks_is_none_of_his_mentions(tmp_path):
    """Review 8 (S7): "Mentions in the text 3 in 4 documents" listed 3: the document where he
    only speaks was counted (it is under "Speaker turns")."""
    seeds = seeds_with(tmp_path, ("1962-11-06-memcon-turns.txt",
                                  page("O. DORTICOS. We agree.\n\nA.I. MIKOYAN. Good.")))
    corpus = collect_corpus(Settings(seeds=seeds, out=tmp_path / "site"), Reporter())
    write_site(corpus)
    assert_counts_listed(tmp_path / "site", corpus.registers)


def test_a_provisional_person_is_marked_where_a_list_names_him(tmp_path):
    """Review 8 (S6): "BALL", "BUNDY", the encoder's provisional entries, read as the
    register's in the participants, "Named in this document" and the index of persons."""
    source = page("BALL: Mac? George here.\n\nBUNDY: Right in. A.I. Mikoyan?",
                  title="Transcript of Telephone Conversation between Bundy and Ball")
    seeds = seeds_with(tmp_path, ("1962-11-06-telcon.txt", source))
    settings = Settings(seeds=seeds, out=tmp_path / "site", provisional_speakers=True)
    write_site(collect_corpus(settings, Reporter()))
    document = parse(tmp_path / "site/documents/1962-11-06-telcon.html")
    index = parse(tmp_path / "site/persons/index.html")
    lists = {"participants": document.xpath("//dt[.='Participants']/following-sibling::dd[1]/a"),
             "named": document.xpath("//section[@class='named']//li/a"),
             "index": index.xpath("//table[@class='register']//th/a")}
    for where, links in lists.items():
        marked = {a.text_content() for a in links
                  if a.xpath("following-sibling::*[1][self::span[@class='provisional']]")}
        shown = {a.text_content() for a in links}
        assert marked == {"BALL", "BUNDY"}, where
        assert shown - marked or where == "participants", where   # Mikoyan: registered


def assert_counts_listed(site, registers) -> None:
    for person in registers.entries("person"):
        page = parse(site / entry("person", person.id))
        listed = page.xpath("//ol[@class='kwic']/li")
        said = re.match(r"(\d+) in (\d+) document", page.xpath(
            "string(//dt[.='Mentions in the text']/following-sibling::dd[1])"))
        assert int(said[1]) == len(listed)
        assert int(said[2]) == len(page.xpath("//section[h2='Mentions']/h3")), person.id


def test_spilled_files_hold_the_chunks_of_the_wanted_entries_in_order(tmp_path):
    documents = [{"mikoyan-anastas": pack("a", MEMO_ROWS), "cuba": pack("a", MEMO_ROWS[:1])},
                 {"cuba": pack("b", MEMO_ROWS[1:])},
                 {"mikoyan-anastas": pack("c", MEMO_ROWS[1:])}]
    memory = KwicStore.of(documents)
    files = spill(tmp_path, zip("abc", documents),
                  {"mikoyan-anastas": {"a", "b", "c"}, "moscow": {"a", "b", "c"}})
    assert list(files.mentions("mikoyan-anastas")) == list(memory.mentions("mikoyan-anastas")) \
        == [("a", tuple(MEMO_ROWS)), ("c", tuple(MEMO_ROWS[1:]))]
    assert list(memory.mentions("cuba")) == [("a", tuple(MEMO_ROWS[:1])), ("b", tuple(MEMO_ROWS[1:]))]
    assert list(files.mentions("moscow")) == list(files.mentions("cuba")) == []  # not wanted
    assert sorted(p.name for p in tmp_path.iterdir()) == ["0.kwic"]  # moscow: no mention


def test_spilling_in_several_writes_keeps_the_order(tmp_path, monkeypatch):
    monkeypatch.setattr("edition.kwic.BUFFER", 10)  # a write after every document
    documents = [{"cuba": pack(doc_id, MEMO_ROWS)} for doc_id in "abcd"]
    files = spill(tmp_path, zip("abcd", documents), {"cuba": set("abcd")})
    assert [doc_id for doc_id, _ in files.mentions("cuba")] == list("abcd")
