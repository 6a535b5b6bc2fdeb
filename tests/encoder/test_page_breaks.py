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


LETTER = "Letter from Kennedy to Khrushchev"


def letter(body: str) -> str:
    return source(body, "John F. Kennedy Presidential Library.").replace(NOTES, LETTER)


# review round 11 (M8): these were numbered text lines, `<p n="2">Page 2 of 3</p>`
FURNITURE = [
    ("The ships will turn back.\n\nPage 2 of 3\n\nTOP SECRET - EYES ONLY\n\nThe quarantine "
     "stays.", '<p n="1" xml:id="L1">The ships will turn back.</p><pb n="2"/><fw type="pageNum">'
     'Page 2 of 3</fw><fw type="header">TOP SECRET - EYES ONLY</fw><p n="2" xml:id="L2">The '
     'quarantine stays.</p>'),
    ("The quarantine stays.\n\n4\n\nThe end of the letter.",
     '<p n="1" xml:id="L1">The quarantine stays.</p><pb n="4"/><fw type="pageNum">4</fw>'
     '<p n="2" xml:id="L2">The end of the letter.</p>'),
    ("We saw that the crates were loaded and that the\n\n3\n\nmissiles were gone.",
     '<p n="1" xml:id="L1">We saw that the crates were loaded and that the <pb n="3"/>'
     '<fw type="pageNum">3</fw> missiles were gone.</p>'),
    ("Dear Comrade:\n\nWe received your letter.\n\nWith respect,\n\nA. Mikoyan\n\nPage 2 of 2",
     '</signed></closer><fw type="pageNum">Page 2 of 2</fw></div>'),
]


@pytest.mark.parametrize("text, expected", FURNITURE, ids=[
    "Page 2 of 3 and the marking over the page", "a bare number between paragraphs",
    "a bare number inside a sentence", "the foot of the last page: no page begins"])
def test_other_forms_of_page_number_are_furniture(valid_tei, text, expected):
    body = body_xml(valid_tei(letter(text)))
    assert expected in body and ("<pb" in body) != ("2 of 2" in text)


# a number alone on its line that is the text's stays a line of it
TEXT_NUMBERS = [
    ("We counted the ships.\n\n3. The tankers went home.\n\n4. The freighters stopped.\n\n"
     "The rest sailed.", '<p n="3" xml:id="L3"><label>4.</label> The freighters stopped.</p>'),
    ("How many ships were stopped?\n\n12\n\nThat is the whole of it, said the Admiral.",
     '<p n="2" xml:id="L2">12</p>'),
    ("The figures were these.\n\nShips stopped in the first days\n\n42\n\nShips turned back by "
     "the Navy\n\n9", '<p n="3" xml:id="L3">42</p>'),
    ("We counted the ships today.\n\n42\n\nWe counted the planes today.\n\n9\n\nThe count "
     "ends here.", '<p n="2" xml:id="L2">42</p>'),
    ("Ship | Port | Missiles\nDivnogorsk | Mariel | 4\n\n4\n\nThe count ends here.",
     '<p n="3" xml:id="L3">4</p>'),
]


@pytest.mark.parametrize("text, expected", TEXT_NUMBERS, ids=[
    "a numbered list", "the answer to a question", "a list of figures",
    "numbers that do not rise", "a number after a table"])
def test_a_number_of_the_text_stays_a_line(valid_tei, text, expected):
    body = body_xml(valid_tei(letter(text)))
    assert expected in body and "<fw" not in body
