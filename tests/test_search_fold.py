"""The copy of a page Pagefind reads marks the letters the search folds in its text and its
searched title alone (`edition.search_fold`), with the table the search page's script uses."""

from __future__ import annotations

import json
import re
import unicodedata

from edition.search_fold import MARKED, has_folded, marked_page
from edition.search import FOLD

PAGE = ('<html><head><meta data-pagefind-meta="title[content]" content="Report on Gomułka">'
        '<meta data-pagefind-filter="person[content]" content="Władysław Gomułka"></head>'
        '<body><p id="L1" title="Łódź">Gomułka in Łódź, Straße.</p></body></html>')


def test_the_text_and_title_are_marked_and_other_attributes_kept():
    marked = marked_page(PAGE)
    assert 'content="Report on Gomul\u0335ka"' in marked
    assert 'content="Władysław Gomułka"' in marked
    assert 'title="Łódź"' in marked
    assert ">Gomul\u0335ka in L\u0335ódź, Stras\u0336se.<" in marked


def test_each_marked_form_folds_to_plain_letters_as_pagefind_folds_accents():
    for letter, marked in MARKED.items():
        plain = "".join(c for c in unicodedata.normalize("NFD", marked)
                        if not unicodedata.combining(c))
        assert plain.isascii() and plain.isalpha() and plain != marked, letter
    assert len(set(MARKED.values())) == len(MARKED)


def test_a_page_without_such_letters_is_left_alone():
    assert not has_folded("<p>Novotný and Gromyko</p>")
    assert has_folded("<p>Kiryłło</p>")


def test_the_search_page_script_has_the_same_table():
    script = FOLD.read_text(encoding="utf-8")
    table = re.search(r"const MARKED = (\{.*?\});", script, re.S).group(1)
    assert json.loads(re.sub(r",\s*\}", "}", table)) == MARKED
