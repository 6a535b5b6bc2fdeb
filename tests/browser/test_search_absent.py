"""A word the edition does not contain finds nothing, though Pagefind, for a term no word begins
with, finds the words beginning with the longest beginning of it that is a word of the edition
("Vertrauliche": the "V." of "V. Tikhmenev", review round 9).

What the edition holds is read from the built document pages' searched text, not written down.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import html

from .helpers import result_documents, search

MESSAGE = "#search .pagefind-ui__message"


def searched_texts(site_dir: Path) -> dict[str, str]:
    """The searched text of each document page, lower case, by document id."""
    texts = {}
    for path in sorted((site_dir / "documents").glob("*.html")):
        body = html.parse(str(path)).xpath("//*[@data-pagefind-body]")
        for ignored in body[0].xpath(".//*[@data-pagefind-ignore]") if body else ():
            ignored.drop_tree()
        if body:
            texts[path.stem] = " ".join(body[0].text_content().lower().split())
    return texts


def words_of(site_dir: Path) -> set[str]:
    return {word for text in searched_texts(site_dir).values()
            for word in re.findall(r"\w+", text)}


def holding(site_dir: Path, text: str) -> set[str]:
    """The documents whose searched text holds `text`."""
    return {doc for doc, searched in searched_texts(site_dir).items() if text in searched}


def answer(page) -> str:
    """The search page's message, once it says how many results there are."""
    page.wait_for_function(f"() => /results? for/i.test("
                           f"document.querySelector('{MESSAGE}')?.textContent ?? '')")
    return page.locator(MESSAGE).inner_text().strip()


@pytest.mark.parametrize("word, beginning", [
    ("Vertrauliche", "v"),   # shares only its first letter with the edition's words: "V."
    ("Beobachtung", "be"),   # German, whose beginning is an English word
    ("1963", "19"),          # a year the edition does not name, beside its 1962 ("19.XI.62")
])
def test_a_word_the_edition_lacks_finds_nothing(page, base_url, site_dir, word, beginning):
    words = words_of(site_dir)
    assert not any(each.startswith(word.lower()) for each in words), f"{word} is in the edition"
    assert beginning in words, f"{beginning} is no word of the edition: nothing to stand in"
    search(page, base_url, word)
    assert answer(page) == f"No results for {word}"


@pytest.mark.parametrize("term, text", [
    ("agreement", "agreement"),                           # a word of the seeds
    ("Mikoy", "mikoyan"),                                 # a name typed in part
    ('"long-range missiles"', "long-range missiles"),     # a phrase
])
def test_words_the_edition_holds_are_found(page, base_url, site_dir, term, text):
    wanted = holding(site_dir, text)
    assert wanted, f"pick another word than {text}"
    search(page, base_url, term)
    assert result_documents(page, wanted) == wanted


def test_a_word_the_edition_holds_in_another_form_is_found_by_its_stem(page, base_url, site_dir):
    """"discussions" finds "discussed" and "discussion", which share its stem, not its word."""
    wanted = holding(site_dir, "discuss")
    assert wanted and not holding(site_dir, "discussions"), "pick another word"
    search(page, base_url, "discussions")
    assert result_documents(page, wanted) == wanted
