"""A date in an inline note is listed by the chronology as in that note ("note 1, at line 1",
linked to the note), as a register entry's mention in a note is; a date in the line's own words
stays the line's."""

from __future__ import annotations

import pytest
from lxml import etree

from edition.collect import collect_document
from tests.conftest import TEI, build_sources, page

from .conftest import parse

NOVEMBER_7 = ('<date when="1962-11-07" cert="medium" evidence="conjecture" resp="#encoder">'
              '7 November</date>')


def dates(body: str, registers) -> list[tuple[str, str, str, str, str]]:
    """(when, text, line, note, anchor) of each date the chronology lists of a document whose
    div holds `body`."""
    root = etree.fromstring(f'<TEI xmlns="{TEI["t"]}"><teiHeader/><text><body><div>{body}'
                            '</div></body></text></TEI>')
    part, _ = collect_document("d", root, registers)
    return [(d.start, d.text, d.line, d.note, d.anchor) for d in part.dates]


@pytest.mark.parametrize("body, expected", [
    (f'<p n="1">on {NOVEMBER_7}</p>', [("1962-11-07", "7 November", "1", "", "")]),
    (f'<p n="1">We met <note type="editorial" place="inline" resp="#ed">put off to {NOVEMBER_7}'
     '</note>.</p>', [("1962-11-07", "7 November", "1", "1", "note-1")]),
    (f'<p n="9">We met<note type="editorial" place="inline" resp="#ed" n="5">put off to '
     f'{NOVEMBER_7}</note>.</p>', [("1962-11-07", "7 November", "9", "5", "fn5")]),
    (f'<p n="3">no flight without <note type="gloss" place="inline" resp="#ed" cert="low">'
     f'escort on {NOVEMBER_7}</note></p>', [("1962-11-07", "7 November", "3", "", "")]),
], ids=["the line's own", "in-a-note", "printed-number", "gloss-in-its-line"])
def test_a_date_in_an_inline_note_is_credited_to_the_note(registers, body, expected):
    assert dates(body, registers) == expected


SOURCE = page("A.I. MIKOYAN. We met on 5 November [the talks were put off from 6 November to "
              "7 November at the request of Castro--ed.] and again.\n\nO. DORTICOS. Yes.")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_sources(tmp_path_factory.mktemp("notes"), {"memo.txt": SOURCE})


def test_the_chronology_credits_a_date_in_a_note_to_that_note(built):
    month = parse(built / "chronology/1962-11.html")
    [item] = month.xpath("//h2[@id='d1962-11-07']/following-sibling::ul[1]/li")
    assert item.xpath("string(a)").endswith(", note 1, at line 1")
    assert item.xpath("a/@href") == ["../documents/memo.html#note-1"]
    assert item.xpath("string(.)").endswith(": “7 November” (inferred)")
    note = parse(built / "documents/memo.html").xpath("//*[@id='note-1']")
    assert note and "the talks were put off from 6 November" in note[0].text_content()


def test_the_chronology_credits_a_date_in_the_line_to_the_line(built):
    month = parse(built / "chronology/1962-11.html")
    [line, in_note] = month.xpath("//h2[@id='d1962-11-05']/following-sibling::ul[1]/li"
                                  "[contains(., '5 November')] | //h2[@id='d1962-11-06']"
                                  "/following-sibling::ul[1]/li")
    assert line.xpath("string(a)").endswith(", line 1")
    assert line.xpath("a/@href") == ["../documents/memo.html#L1"]
    assert in_note.xpath("string(a)").endswith(", note 1, at line 1")
