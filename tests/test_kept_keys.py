"""A rebuild makes the keys of a register entry's pages and of a chronology month again only
where a changed document has rows, now or in the last build (`edition.kept_keys`); the other
keys are the last build's, and the site stays byte-identical to a full build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from edition import kept_keys
from edition.assemble import assemble_site
from edition.config import Settings
from edition.diagnostics import Reporter
from edition.pipeline import collect_corpus
from edition.records import Mentions
from edition.render import chronology, indices
from tests.benchmarks.synthetic import write_corpus
from tests.helpers import run, site_files

PERSON = """        <person xml:id="trias-vicente">
          <persName type="main">Vicente Trias</persName>
        </person>
"""


@pytest.fixture
def made_again(monkeypatch) -> dict[str, set[str]]:
    """The entries and months whose keys a build made from their rows."""
    made: dict[str, set[str]] = {"entries": set(), "months": set()}
    files, digest = kept_keys.entry_files, chronology.month_digest

    def entry_files(entry, count):
        made["entries"].add(entry.id)
        return files(entry, count)

    def month_digest(month, *rest):
        made["months"].add(month)
        return digest(month, *rest)

    monkeypatch.setattr(kept_keys, "entry_files", entry_files)
    monkeypatch.setattr(chronology, "month_digest", month_digest)
    return made


def parts(seeds: Path, out: Path) -> dict:
    """Doc id -> its part of the site model, as the build cache holds it now."""
    corpus = collect_corpus(Settings(seeds=seeds, out=out, jobs=1), Reporter())
    return {d.stored.doc_id: d.stored.part for d in corpus.documents}


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("old, new", [
    ("After mutual greetings,", "After mutual greetings in Guatemala,"),
    ("arrived in Havana", "arrived in the capital"),
    ("September 27, 1963", "September 28, 1963"),
    ("this again on 8 September 1963.", "this again."),
], ids=["mention-added", "only-mention-removed", "date-changed", "date-removed"])
def test_keys_are_made_again_only_for_what_the_edited_document_has_rows_in(
        tmp_path, made_again, old, new):
    seeds, out = tmp_path / "seeds", tmp_path / "site"
    source = write_corpus(seeds, 5, seed=11)[2]
    run(seeds, out)
    before = parts(seeds, out)[source.stem]
    replace_in(source, old, new)
    made_again["entries"].clear(), made_again["months"].clear()
    run(seeds, out)
    now = parts(seeds, out)
    site = assemble_site(list(now.values()), collect_corpus(
        Settings(seeds=seeds, out=out), Reporter()).registers)
    rows = kept_keys.rows_of(before) | kept_keys.rows_of(now[source.stem])
    assert made_again["entries"] == rows & site.named
    months = {d.start[:7] for part in (before, now[source.stem]) for d in part.dates}
    assert made_again["months"] and made_again["months"] <= months
    assert len({d.start[:7] for d in site.dates}) > len(made_again["months"])
    run(seeds, tmp_path / "full", cache=False)
    assert site_files(out) == site_files(tmp_path / "full")


def test_a_person_added_to_the_register_makes_every_key_again(tmp_path, made_again):
    seeds, out = tmp_path / "seeds", tmp_path / "site"
    source = write_corpus(seeds, 5, seed=11)[2]
    run(seeds, out)
    replace_in(seeds / "persons.xml", "      </listPerson>", PERSON + "      </listPerson>")
    replace_in(source, "deputy Trias", "deputy Vicente Trias")
    made_again["entries"].clear(), made_again["months"].clear()
    run(seeds, out)
    assert "trias-vicente" in made_again["entries"] and len(made_again["entries"]) > 10
    run(seeds, tmp_path / "full", cache=False)
    assert site_files(out) == site_files(tmp_path / "full")


@pytest.mark.parametrize("change", ["removed", "added"])
def test_a_document_removed_or_added_makes_again_the_keys_it_has_rows_in(tmp_path, made_again,
                                                                         change):
    seeds, out, more = tmp_path / "seeds", tmp_path / "site", tmp_path / "more"
    write_corpus(seeds, 5, seed=11)
    extra = write_corpus(more, 6, seed=11)[5]
    if change == "removed":
        shutil.copy(extra, seeds / extra.name)
    run(seeds, out)
    changed = parts(seeds, out)[extra.stem] if change == "removed" else None
    if change == "removed":
        (seeds / extra.name).unlink()
    else:
        shutil.copy(extra, seeds / extra.name)
    made_again["entries"].clear()
    run(seeds, out)
    changed = changed or parts(seeds, out)[extra.stem]
    assert made_again["entries"] and made_again["entries"] <= kept_keys.rows_of(changed)
    run(seeds, tmp_path / "full", cache=False)
    assert site_files(out) == site_files(tmp_path / "full")


def test_an_entrys_further_pages_keep_their_keys_where_they_list_no_changed_document(
        tmp_path, monkeypatch):
    """An entry named in every document has a hundred pages at 10,000 documents: an edit of
    one makes again the key of its first page (its totals) and of the page that lists it."""
    monkeypatch.setattr(indices, "MENTIONS_PER_PAGE", 2)
    made = []
    page_key = kept_keys._page_key
    monkeypatch.setattr(kept_keys, "_page_key", lambda *args: made.append(args) or page_key(*args))
    seeds, out = tmp_path / "seeds", tmp_path / "site"
    source = write_corpus(seeds, 5, seed=11)[2]
    run(seeds, out)
    replace_in(source, "Com. Dorticos said", "Comrade Dorticos said")
    made.clear()
    run(seeds, out)
    corpus = collect_corpus(Settings(seeds=seeds, out=out, jobs=1), Reporter())
    touched = kept_keys.rows_of(next(d.stored.part for d in corpus.documents
                                     if d.stored.doc_id == source.stem))
    kept = kept_keys.load_kept(corpus)
    pages = sum(len(kept.entries[ident]) for ident in touched if ident in kept.entries)
    assert len(made) <= 2 * len(touched) < pages
    run(seeds, tmp_path / "full", cache=False)
    assert site_files(out) == site_files(tmp_path / "full")


@pytest.mark.parametrize("left", ["other code", "unreadable"])
def test_keys_another_code_left_or_that_cannot_be_read_are_not_used(tmp_path, made_again,
                                                                     left):
    """What every page shares (`made_from`) hashes the code and the registers: keys made from
    other inputs, or a file cut short by a full disk, make every key again."""
    seeds, out = tmp_path / "seeds", tmp_path / "site"
    source = write_corpus(seeds, 5, seed=11)[2]
    run(seeds, out)
    corpus = collect_corpus(Settings(seeds=seeds, out=out, jobs=1), Reporter())
    kept = kept_keys.kept_file(corpus)
    text = kept.read_text(encoding="utf-8")
    assert corpus.made_from() in text
    kept.write_text(text.replace(corpus.made_from(), "other") if left == "other code"
                    else text[:len(text) // 2], encoding="utf-8")
    replace_in(source, "Com. Dorticos said", "Comrade Dorticos said")
    made_again["entries"].clear(), made_again["months"].clear()
    run(seeds, out)
    site = assemble_site([d.stored.part for d in corpus.documents], corpus.registers)
    assert made_again["entries"] == site.named - {""}
    assert made_again["months"] == {d.start[:7] for d in site.dates}
    run(seeds, tmp_path / "full", cache=False)
    assert site_files(out) == site_files(tmp_path / "full")


class CountedPlaces(list):
    """A sorted list of changed documents' places that counts the places read of it."""

    read = 0

    def __getitem__(self, index):
        CountedPlaces.read += 1
        return super().__getitem__(index)

    def __iter__(self):
        CountedPlaces.read += len(self)
        return super().__iter__()


@pytest.mark.parametrize("first, last", [(0, 0), (3, 3), (4, 9), (10, 20), (999, 1200)])
def test_a_page_is_told_alike_by_a_search_of_the_changed_places_not_a_scan(first, last):
    """`_lists_alike` asks, for each further page of every entry, whether a changed document
    stands between its first and last: a search of the sorted places (`bisect`), not a reading
    of every changed document at every page."""
    changed = CountedPlaces(range(1, 1000, 3))   # every third document changed
    listed = [Mentions("e", "a", 1, 0), Mentions("e", "b", 1, 0)]
    CountedPlaces.read = 0
    alike = kept_keys._lists_alike(("p", "key", "a", "b", 2), "p", listed,
                                   {"a": first, "b": last}, changed)
    assert alike == (not any(first <= at <= last for at in list.__iter__(changed)))
    assert CountedPlaces.read <= 2 * len(changed).bit_length() + 2
