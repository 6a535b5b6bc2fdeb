"""Incremental builds: the pages that list every document or every register entry are linked
from the previous site when nothing they show changed, and written again wherever an edit of a
title, a date or a person's mentions shows; the site stays byte-identical to a full build."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.benchmarks.synthetic import write_corpus
from tests.helpers import run, site_files

LISTS = ("index.html", "types/memorandum-of-conversation.html", "chronology.html",
         "persons/index.html", "places/index.html", "organizations/index.html")
"""The pages that list every document (home, type, chronology) or every entry (the indices)."""


@pytest.mark.parametrize("old, new, changed", [
    ("After mutual greetings", "After greetings", set()),
    ("Memorandum of Conversation, A.I.", "Memorandum of a Conversation, A.I.",
     {"index.html", "types/memorandum-of-conversation.html", "chronology.html"}),
    ("September 27, 1963", "September 28, 1963",
     {"index.html", "types/memorandum-of-conversation.html", "chronology.html"}),
    ("After mutual greetings,", "After mutual greetings with Guevara,", {"persons/index.html"}),
    ("After mutual greetings,", "After mutual greetings in Moscow,", {"places/index.html"}),
    ("that Fidel Castro had", "that he had", {"persons/index.html"}),
    ("this again on 8 September 1963.", "this again.", {"chronology.html"}),
], ids=["narration", "title", "date", "person-mentions", "place-mentions", "mention-removed",
        "date-removed"])
def test_lists_are_written_again_only_where_what_they_show_changed(tmp_path, old, new,
                                                                    changed):
    seeds, out = tmp_path / "seeds", tmp_path / "site"
    source = write_corpus(seeds, 5, seed=11)[2]

    def inodes() -> dict[str, int]:
        return {page: (out / page).stat().st_ino for page in LISTS}

    run(seeds, out)
    before = inodes()
    text = source.read_text(encoding="utf-8")
    assert old in text
    source.write_text(text.replace(old, new, 1), encoding="utf-8")
    run(seeds, out)
    after = inodes()
    assert {page for page in LISTS if after[page] != before[page]} == changed
    run(seeds, tmp_path / "full", cache=False)
    assert site_files(out) == site_files(tmp_path / "full")
