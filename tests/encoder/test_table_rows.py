"""A table typed in a transcription keeps a line for each row: rows ruled by bars are never
joined, rows spaced into columns never read as a closer or postscript (`table_rows`)."""

import pytest

from edition.table_rows import in_a_table
from tests.conftest import body_xml, encode_text, page

TITLE = "Memorandum on Soviet Ships Leaving Cuba"
RULED = ("The following ships have been sighted:\n\nShip | Port | Departed | Missiles counted\n"
         "Divnogorsk | Mariel | 5 Nov | 4\nBratsk | Mariel | 6 Nov | 4\n\nTotal: 8.")
SPACED = ("The following ships were sighted:\n\nShip        Port      Departed\n"
          "Divnogorsk  Mariel    Monday\nBratsk      Mariel    Tuesday")


def _body(text: str, registers) -> str:
    tei, _ = encode_text(page(text, date="November 6, 1962", title=TITLE), registers)
    return body_xml(tei)


def test_rows_ruled_by_bars_are_a_line_each(registers):
    """r10 ships:13-14: the header row and the first row were one line, `Ship | Port | Departed
    | Missiles counted Divnogorsk | Mariel | ...`."""
    body = _body(RULED, registers)
    assert '<p n="2" xml:id="L2">Ship | Port | Departed | Missiles counted</p>' in body
    assert '<p n="3" xml:id="L3">Divnogorsk | Mariel | ' in body


def test_rows_ending_the_text_are_no_closing_lines(registers):
    """r10 M3: spaced rows ending the text were signatures (or a postscript)."""
    body = _body(SPACED, registers)
    assert "<closer>" not in body and "<postscript>" not in body
    assert '<p n="3" xml:id="L3">Divnogorsk  Mariel    ' in body


@pytest.mark.parametrize("text, fragment", [
    ("We met today.\n\nA. MIKOYAN     F. CASTRO", "<signed"),
    ("Rates are a | b and c | d here\nand there.", "c | d here and there."),
], ids=["two signatures side by side", "bars in a sentence"])
def test_other_lines_keep_their_reading(text, fragment, registers):
    """Two columns are no table; a bar or two in a wrapped sentence rule no columns of a second
    line."""
    assert fragment in _body(text, registers)


@pytest.mark.parametrize("lines", [
    ["He left.  She came.  We stayed.", "Then we left.  Nothing more.  Good."],
    ["Ship        Port      Departed", "A. MIKOYAN     F. CASTRO"],
], ids=["sentences typed with wide spaces", "a row over two columns"])
def test_lines_that_are_no_rows_of_a_table(lines):
    assert not in_a_table(lines, 0) and not in_a_table(lines, 1)
