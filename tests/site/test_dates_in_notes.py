"""A date in an inline note is recorded as in that note (its label and id on the page), as a
register entry's mention in a note is; a date in the line's own words stays the line's."""

from __future__ import annotations

import pytest
from lxml import etree

from edition.collect import collect_document
from tests.conftest import TEI

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
