"""A page break is the original document's, or the printed volume's its source statement names."""

import pytest

from tests.conftest import body_xml

NOTES = "Handwritten Notes of the Cuban Politburo Meeting, 30 October 1962"
FRUS = ("Foreign Relations of the United States, 1961–1963, Volume XI, Cuban Missile Crisis and "
        "Aftermath, Document 96.")


def source(body: str, statement: str) -> str:
    return (f"October 30, 1962\n\n{NOTES}\n\n{body}\n\nDocument Information\n\nSource\n\n"
            f"{statement}\n\nRecord ID\n\n1\n")


CASES = [
    # review round 9 (1962-10-30-notes-cuban-leadership.txt): the notes' pages were glossed as
    # a printed source's
    (source("[page 1]\n\nWe met.\n\n[page 2]\n\nWe left.", "Cuban State Archive."),
     '<pb n="1" rend="page"/><p n="1" xml:id="L1">We met.</p><pb n="2" rend="page"/>'),
    (source("We met.\n\n-2-\n\nWe left.", "Cuban State Archive."),
     '<pb n="2"/><fw type="pageNum">-2-</fw>'),
    (source("We met.\n\n[Page 345]\n\nWe left.", FRUS), '<pb n="345" ed="FRUS"/>'),
    (source("We met [Page 345] and left.", f"Department of State, Central Files. {FRUS}"),
     'We met <pb n="345" ed="FRUS"/> and left.'),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[
    "handwritten notes", "a typed page", "FRUS", "FRUS, in a sentence"])
def test_a_page_break_says_whose_page_begins(valid_tei, text, expected):
    assert expected in body_xml(valid_tei(text))
