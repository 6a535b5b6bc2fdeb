"""A name in an inline note is a mention in that note: credited to the note as its page labels
it, in the note's own words; the line's words around it show only the note's marker."""

from __future__ import annotations

import pytest


from .conftest import MEMO, parse
from .helpers import CUBA, rows

TURKEY = '<placeName ref="places.xml#turkey">Turkey</placeName>'


def note(text: str, n: str = "") -> str:
    """An inline editorial note, with the number its source printed (`n`) if any."""
    printed = f' n="{n}"' if n else ""
    return f'<note type="editorial" place="inline" resp="#ed"{printed}>{text}</note>'


@pytest.mark.parametrize("body, ident, expected", [
    (f'<p n="1">the exchange {note("a swap for missiles in " + TURKEY)}, and {CUBA}</p>',
     "turkey", [("1", "a swap for missiles in ", "Turkey", "", "1", "note-1")]),
    (f'<p n="1">the exchange {note("a swap for missiles in " + TURKEY)}, and {CUBA}</p>',
     "cuba", [("1", "the exchange [note 1], and ", "Cuba", "", "", "")]),
    (f'<p n="9">before the Assembly{note("The text of " + CUBA + "&apos;s", "5")}'
     f' this fall</p><p n="10">{note(TURKEY)}</p>',
     "cuba", [("9", "The text of ", "Cuba", "'s", "5", "fn5")]),      # the printed number
    (f'<p n="9">before the Assembly{note("The text", "5")}'
     f' this fall</p><p n="10">{note(TURKEY)} in {CUBA}</p>',
     "turkey", [("10", "", "Turkey", "", "a", "note-2")]),             # the edition's own: a
    ('<p n="3">no flight without lead <note type="gloss" place="inline" resp="#ed" cert="low">'
     f'escort</note> planes to {CUBA}</p>',
     "cuba", [("3", "no flight without lead [escort?] planes to ", "Cuba", "", "", "")]),
    (f'<p n="1" xml:id="L1">In {CUBA}.</p><note type="editorial" resp="#ed" target="#L1" n="2" '
     f'xml:id="L2">Article 13 names {TURKEY}.</note>',
     "turkey", [("2", "Article 13 names ", "Turkey", ".", "", "")]),   # a block note: a line
    (f'<p n="1">In {CUBA}.</p>{note("On " + TURKEY)}<p n="2">Then.</p>',
     "turkey", [("2", "On ", "Turkey", "", "1", "note-1")]),       # between lines: the next's
], ids=["in-the-note", "line-around-it", "printed-number", "lettered", "gloss", "block-note",
        "between-lines"])
def test_a_mention_in_an_inline_note_is_credited_to_the_note(registers, body, ident, expected):
    assert rows(body, registers, ident) == expected


def test_a_place_named_in_a_note_of_the_memorandum_is_listed_as_in_that_note(site):
    page = parse(site / "places/turkey.html")
    [row] = page.xpath("//ol[@class='kwic']/li[a[@class='kwic-line'][starts-with(., 'note ')]]")
    assert row.xpath("string(a)") == "note 4, at line 66"
    assert row.xpath("a/@href") == [f"../documents/{MEMO}.html#note-4"]
    assert row.xpath("string(span[@class='kwic-text'])") == \
        "… to swap Soviet missiles in Cuba for U.S. missiles in Turkey"  # the note's words only
    document = parse(site / f"documents/{MEMO}.html")
    assert "the proposal to swap" in document.xpath("string(//*[@id='note-4'])")


def test_no_line_in_context_holds_the_words_of_its_notes(site):
    """Line 66 of the memorandum holds note 4: no line's words in context give its text."""
    for page in sorted(site.glob("*/*.html")):
        texts = parse(page).xpath("//li[a[starts-with(., 'line ')]]/span[@class='kwic-text']")
        assert not [t for t in texts if "proposal to swap" in t.text_content()], page
