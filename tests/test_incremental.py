"""Incremental builds: after one source changes, only what depends on it is done again, and the
site is byte-identical to a full build."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from edition import open_data, previous
from edition.cache import BuildCache
from edition.config import Settings
from edition.diagnostics import Reporter
from edition.pipeline import build
from tests.benchmarks.synthetic import write_corpus
from tests.helpers import edit, run, site_files


@pytest.fixture
def corpus(tmp_path) -> tuple[Path, list[Path]]:
    seeds = tmp_path / "seeds"
    return seeds, write_corpus(seeds, 5, seed=11)


def test_one_changed_source_is_encoded_again_and_the_site_equals_a_full_build(
        tmp_path, corpus, calls):
    seeds, sources = corpus
    out = tmp_path / "site"
    run(seeds, out)
    assert sorted(calls["encoded"]) == sorted(p.stem for p in sources)
    all_entries = len(calls["entries"])
    for seen in calls.values():
        seen.clear()
    changed = sources[2]
    edit(changed)
    run(seeds, out)
    assert calls["encoded"] == [changed.stem]
    assert changed.stem in calls["rendered"] and len(calls["rendered"]) <= 3  # it and neighbours
    assert 0 < len(calls["entries"]) < all_entries  # those it mentions (Moscow, Dorticos ...)
    run(seeds, tmp_path / "full", cache=False)
    assert site_files(out) == site_files(tmp_path / "full")


@pytest.mark.parametrize("change, neighbours_too", [
    (lambda text: text.replace("variant really is", "variant really is very", 1), False),
    (lambda text: text.replace("Memorandum of Conversation, A.I.", "Memorandum, A.I.", 1), True),
], ids=["body", "title"])
def test_neighbours_are_rendered_again_only_when_what_they_show_of_it_changed(
        tmp_path, corpus, calls, change, neighbours_too):
    """A document page links its neighbours by title and date: an edit of a speaker's words
    (which changes the document's record: words spoken) leaves them as they were; an edit of
    the title changes their links."""
    seeds, sources = corpus
    out = tmp_path / "site"
    run(seeds, out)
    calls["rendered"].clear()
    changed = sources[2]
    text = changed.read_text(encoding="utf-8")
    assert change(text) != text
    changed.write_text(change(text), encoding="utf-8")
    run(seeds, out)
    assert changed.stem in calls["rendered"]
    assert (len(calls["rendered"]) > 1) == neighbours_too, calls["rendered"]
    run(seeds, tmp_path / "full", cache=False)
    assert site_files(out) == site_files(tmp_path / "full")


def test_nothing_changed_nothing_is_encoded_or_rendered(tmp_path, corpus, calls):
    seeds, sources = corpus
    run(seeds, tmp_path / "site")
    for seen in calls.values():
        seen.clear()
    run(seeds, tmp_path / "site")
    assert calls == {"encoded": [], "rendered": [], "entries": []}


def test_a_page_edited_by_hand_in_the_site_is_rendered_again(tmp_path, corpus, calls):
    seeds, sources = corpus
    out = tmp_path / "site"
    run(seeds, out)
    page = out / "documents" / f"{sources[0].stem}.html"
    page.write_bytes(page.read_bytes() + b"<!-- edited -->")
    calls["rendered"].clear()
    run(seeds, out)
    assert calls["rendered"] == [sources[0].stem]
    run(seeds, tmp_path / "full", cache=False)
    assert site_files(out) == site_files(tmp_path / "full")


def test_a_changed_register_encodes_everything_again(tmp_path, corpus, calls):
    seeds, sources = corpus
    run(seeds, tmp_path / "site")
    calls["encoded"].clear()
    persons = seeds / "persons.xml"
    persons.write_text(persons.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    run(seeds, tmp_path / "site")
    assert sorted(calls["encoded"]) == sorted(p.stem for p in sources)


def test_a_failed_build_keeps_the_previous_site_and_cache_usable(tmp_path, corpus, calls):
    seeds, sources = corpus
    out = tmp_path / "site"
    run(seeds, out)
    before = site_files(out)
    broken = seeds / "broken.txt"
    broken.write_bytes(b"\xff\xfe not utf-8")
    assert not build(Settings(seeds=seeds, out=out, jobs=1), Reporter())
    assert site_files(out) == before
    broken.unlink()
    calls["encoded"].clear()
    run(seeds, out)
    assert calls["encoded"] == []
    shutil.rmtree(tmp_path / ".edition-cache")
    run(seeds, out)  # a lost cache is a full build, not an error
    assert site_files(out) == before


def test_files_linked_from_the_cache_are_readable_by_a_web_server(tmp_path, corpus):
    """TEI, reports and reused pages are hard links to cache entries: they get the mode any
    written file gets (0644 under umask 022), not mkstemp's owner-only 0600."""
    seeds, _ = corpus
    out = tmp_path / "site"
    run(seeds, out)
    run(seeds, out)
    linked = [*out.glob("tei/*.xml"), *out.glob("reports/*.txt"), *out.glob("documents/*.html")]
    assert linked and all(path.stat().st_nlink > 1 for path in out.glob("tei/1*.xml"))
    assert all(path.stat().st_mode & 0o044 == 0o044 for path in linked)


def test_a_tei_file_edited_in_place_in_the_site_is_made_again(tmp_path, corpus, calls):
    """tei/<id>.xml is a hard link to its cache entry: editing it in place must not make the
    edit the cached encoding. The entry notices and the source is encoded again."""
    seeds, sources = corpus
    out = tmp_path / "site"
    run(seeds, out)
    tei = out / "tei" / f"{sources[1].stem}.xml"
    with open(tei, "ab") as stream:  # in place, as `>>` or some editors write
        stream.write(b"<!-- edited by hand -->\n")
    for seen in calls.values():
        seen.clear()
    run(seeds, out)
    assert calls["encoded"] == [sources[1].stem]
    run(seeds, tmp_path / "full", cache=False)
    assert site_files(out) == site_files(tmp_path / "full")


def test_a_dts_file_edited_in_place_is_written_again_and_the_old_site_is_untouched(
        tmp_path, corpus, calls):
    """Unchanged DTS files are hard links into the previous site: one edited there in place
    (newer than that build) makes its document rendered again, into new files, so the edit
    is neither published nor overwritten in the previous site before the swap."""
    seeds, sources = corpus
    out = tmp_path / "site"
    run(seeds, out)
    passage = sorted((out / "dts" / "document" / sources[3].stem).glob("*.xml"))[-1]
    time.sleep(0.05)  # file times have a coarse clock: the edit must come a tick later
    with open(passage, "ab") as stream:
        stream.write(b"<!-- edited by hand -->\n")
    kept = tmp_path / "kept"
    os.link(passage, kept)  # the edited file as the previous site holds it
    for seen in calls.values():
        seen.clear()
    run(seeds, out)
    assert calls["rendered"] == [sources[3].stem]
    assert kept.read_bytes().endswith(b"<!-- edited by hand -->\n")
    run(seeds, tmp_path / "full", cache=False)
    assert site_files(out) == site_files(tmp_path / "full")


@pytest.fixture
def parts_read(monkeypatch) -> list[str]:
    """The documents whose corpus member, ZIP member or citation entry a build read from the
    cache (`edition.open_data`), as "member doc", "zip doc", "entry key"."""
    read: list[str] = []
    member, zipped, entry = open_data.corpus_member, open_data.zip_member, BuildCache.manifest_entry
    monkeypatch.setattr(open_data, "corpus_member",
                        lambda cache, key: read.append(f"member {key}") or member(cache, key))
    monkeypatch.setattr(open_data, "zip_member",
                        lambda cache, key: read.append(f"zip {key}") or zipped(cache, key))
    monkeypatch.setattr(BuildCache, "manifest_entry",
                        lambda cache, key: read.append(f"entry {key}") or entry(cache, key))
    return read


def cache_keys(out: Path) -> dict[str, str]:
    """Document id -> the cache key of its TEI, as tei/<id>.xml is linked from the cache."""
    cache = {p.stat().st_ino: p.name.split(".")[0]
             for p in (out.parent / ".edition-cache" / "docs").glob("*.xml")}
    return {p.stem: cache[p.stat().st_ino] for p in (out / "tei").glob("*.xml")
            if p.stat().st_ino in cache}


def test_the_big_files_copy_the_unchanged_documents_from_the_previous_site(
        tmp_path, corpus, parts_read):
    """teiCorpus, ZIP and citations.json: only the changed document's parts are read from the
    cache (and the first document's citation entry, which has no comma before it)."""
    seeds, sources = corpus
    out = tmp_path / "site"
    run(seeds, out)
    changed = sources[2]
    edit(changed)
    parts_read.clear()
    run(seeds, out)
    keys = cache_keys(out)
    first = min(keys)
    assert sorted(parts_read) == sorted([f"member {keys[changed.stem]}",
                                         f"zip {keys[changed.stem]}",
                                         f"entry {keys[changed.stem]}", f"entry {keys[first]}"])
    run(seeds, tmp_path / "full", cache=False)
    assert site_files(out) == site_files(tmp_path / "full")


def test_a_corpus_download_edited_in_place_is_not_copied_from(tmp_path, corpus, parts_read):
    seeds, sources = corpus
    out = tmp_path / "site"
    run(seeds, out)
    corpus_file = out / "downloads" / "corpus.xml"
    time.sleep(0.05)  # file times have a coarse clock: the edit must come a tick later
    with open(corpus_file, "r+b") as stream:  # the same size: only its time tells
        stream.write(b"<?xml")
    parts_read.clear()
    run(seeds, out)
    assert len([part for part in parts_read if part.startswith("member ")]) == len(sources)
    run(seeds, tmp_path / "full", cache=False)
    assert site_files(out) == site_files(tmp_path / "full")


def test_the_cache_keeps_only_the_entries_of_the_current_sources(tmp_path, corpus):
    seeds, sources = corpus
    out = tmp_path / "site"
    run(seeds, out)
    old = cache_keys(out)[sources[2].stem]
    edit(sources[2])
    run(seeds, out)
    keys = set(cache_keys(out).values())
    names = [p.name for p in (tmp_path / ".edition-cache" / "docs").iterdir()]
    assert keys == {name.split(".", 1)[0] for name in names} and old not in keys


def test_dts_parents_are_linked_unless_their_document_or_the_edition_changed(tmp_path, corpus):
    """A document's DTS `parents` names its Resource and the edition collection: linked from the
    previous site when neither changed, else written anew (a new file, a new inode)."""
    seeds, sources = corpus
    out = tmp_path / "site"

    def inodes() -> dict[str, int]:
        return {p.stem: (out / f"dts/collection/{p.stem}/parents.json").stat().st_ino
                for p in sources if p.exists()}

    run(seeds, out)
    before = inodes()
    edit(sources[2])
    run(seeds, out)
    after = inodes()
    assert [p.stem for p in sources if after[p.stem] != before[p.stem]] == [sources[2].stem]
    sources[4].unlink()  # the edition collection counts one document less
    run(seeds, out)
    last = inodes()
    assert all(last[stem] != after[stem] for stem in last)
    run(seeds, tmp_path / "full", cache=False)
    assert site_files(out) == site_files(tmp_path / "full")


def test_dts_parents_are_linked_with_their_documents_pages_not_one_by_one_after(
        tmp_path, corpus, monkeypatch):
    """The workers that take a document's pages over link its `parents` too, in a folder they
    hold open; the build process, once the edition collection is known, only keeps them (or
    unlinks them: above). It linked each on its own, two folders opened a document."""
    seeds, sources = corpus
    out = tmp_path / "site"
    run(seeds, out)
    edit(sources[2])
    run(seeds, out)
    linked_after = []
    link_files = previous.link_files
    monkeypatch.setattr(previous, "link_files", lambda writer, paths, written: linked_after.extend(
        paths) or link_files(writer, paths, written))
    before = {p.stem: (out / f"dts/collection/{p.stem}/parents.json").stat().st_ino
              for p in sources}
    edit(sources[3])
    run(seeds, out)
    assert not [path for path in linked_after if path.endswith("/parents.json")]
    after = {p.stem: (out / f"dts/collection/{p.stem}/parents.json").stat().st_ino
             for p in sources}
    assert [stem for stem in before if after[stem] != before[stem]] == [sources[3].stem]
    run(seeds, tmp_path / "full", cache=False)
    assert site_files(out) == site_files(tmp_path / "full")


def test_chronology_months_are_linked_unless_what_they_show_changed(tmp_path, corpus):
    """A month's page of the chronology is written again only when its dated lines (or their
    documents' titles, or the months beside it) changed; the others are linked."""
    seeds, sources = corpus
    out = tmp_path / "site"

    def inodes() -> dict[str, int]:
        return {p.name: p.stat().st_ino for p in (out / "chronology").glob("*.html")}

    run(seeds, out)
    before = inodes()
    text = sources[1].read_text(encoding="utf-8")
    assert "on 20 August 1963." in text
    sources[1].write_text(text.replace("on 20 August 1963.", "on 21 August 1963.", 1),
                          encoding="utf-8")
    run(seeds, out)
    after = inodes()
    assert len(after) > 3
    assert sorted(name for name in after if after[name] != before.get(name)) == ["1963-08.html"]
    run(seeds, tmp_path / "full", cache=False)
    assert site_files(out) == site_files(tmp_path / "full")


def test_speaker_numbers_are_taken_over_until_a_speakers_words_change(tmp_path, corpus):
    """The speaker downloads and the analytics page (`analytics.digest`) are linked from the
    previous site after an edit of narration, and made again after an edit of a turn."""
    seeds, sources = corpus
    out, made = tmp_path / "site", ["analytics.html", "downloads/speakers.json",
                                    "downloads/speakers.csv", "downloads/copresence.csv"]
    run(seeds, out)
    before = {path: (out / path).stat().st_ino for path in made}
    changed = sources[2]
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("After mutual greetings", "After greetings", 1),
                       encoding="utf-8")
    run(seeds, out)
    assert {path: (out / path).stat().st_ino for path in made} == before
    changed.write_text(text.replace("variant really is", "variant really is very", 1),
                       encoding="utf-8")
    run(seeds, out)
    assert all((out / path).stat().st_ino != before[path] for path in made)
    run(seeds, tmp_path / "full", cache=False)
    assert site_files(out) == site_files(tmp_path / "full")


def test_an_entry_named_only_in_a_header_is_rendered_again_when_the_header_changes(tmp_path):
    """Sergo Mikoyan is named only in the telegram's source note: its page lists the telegram
    until the note no longer names him, though no mention or turn of his changed; then no
    document names him, and he has no page (`SiteModel.named`)."""
    from tests.conftest import seeds_with
    seeds, out = seeds_with(tmp_path), tmp_path / "site"
    telegram = seeds / "1962-11-19-telegram-mikoyan-cc-cpsu.txt"
    page = out / "persons" / "mikoyan-sergo.html"
    run(seeds, out)
    assert "Telegram" in page.read_text(encoding="utf-8")
    text = telegram.read_text(encoding="utf-8")
    telegram.write_text(text.replace("Archive of Sergo Mikoyan", "Archive of the family", 1),
                        encoding="utf-8")
    run(seeds, out)
    assert not page.exists()
    assert "mikoyan-sergo.html" not in (out / "persons" / "index.html").read_text("utf-8")
    run(seeds, tmp_path / "full", cache=False)
    assert site_files(out) == site_files(tmp_path / "full")


def test_the_cmif_file_is_linked_unless_a_letter_it_lists_changed(tmp_path):
    """CMIF lists every letter's correspDesc: an edit of a memorandum's words leaves it as it
    was (linked, not parsed and written again from every document's correspondence); a letter
    dated anew changes it."""
    seeds = tmp_path / "seeds"
    sources = write_corpus(seeds, 4, seed=14)
    telegram, memorandum = sources[0], sources[2]
    assert "telegram" in telegram.stem and "memcon" in memorandum.stem
    out = tmp_path / "site"
    cmif = out / "downloads" / "cmif.xml"
    run(seeds, out)
    first = cmif.stat().st_ino
    edit(memorandum)
    run(seeds, out)
    assert cmif.stat().st_ino == first
    telegram.write_text(telegram.read_text(encoding="utf-8").replace(   # its own dateline too,
        "May 24, 1962", "May 25, 1962", 1).replace("24.V.62", "25.V.62"),  # which dates the
        encoding="utf-8")                                                    # sending (CMIF)
    run(seeds, out)
    assert cmif.stat().st_ino != first and b'when="1962-05-25"' in cmif.read_bytes()
    run(seeds, tmp_path / "full", cache=False)
    assert site_files(out) == site_files(tmp_path / "full")
