"""Brackets inside brackets each their element: a hand's words labelled after them, a `[sic: X]`
correcting the words before it (`source_marks._labelled_after`, `marked_words.wrap_corrected`)."""

import pytest

from edition.tei.reading import bracketed_text
from tests.conftest import body_xml, encode_text, page

NOTE = '<note type="editorial" place="inline" resp="#ed">'


def _line(text: str, registers):
    tei, reporter = encode_text(page(text, date="October 31, 1962", title="Memorandum"),
                                registers)
    assert not [d for d in reporter.diagnostics if d.severity == "error"]
    return tei, body_xml(tei)


@pytest.mark.parametrize("text, fragment", [
    ('It saves Cuba [from invasion [the words "from invasion" inserted by hand]].',
     f'<add rend="label-after">from invasion {NOTE}the words "from invasion" inserted by hand'
     '</note></add>.'),
    ("It was [fully [inserted above the line]] done.",
     f'<add place="above" rend="label-after">fully {NOTE}inserted above the line</note></add>'),
], ids=["the words named", "a place, the words not named"])
def test_a_hands_words_labelled_after_them_are_its_addition(text, fragment, registers):
    """r10 brackets:13: the words were the editors' supplied text, twice over, and the page
    said so twice; they are the hand's, the label the editors' note inside the addition."""
    tei, body = _line(text, registers)
    assert fragment in body
    assert bracketed_text(tei.find(".//{*}body")) == text


@pytest.mark.parametrize("text", [
    'It was [fully [the word "wholly" inserted by hand]] done.',
    "It was [the treaty [see above]] done.",
], ids=["another word named", "no hand's label"])
def test_other_brackets_in_brackets_stay_as_they_were(text, registers):
    _, body = _line(text, registers)
    assert "<add" not in body


@pytest.mark.parametrize("text, fragment", [
    ("He wrote of 28 October [sic: 27 October] about this.",
     '<choice><sic><date when="1962-10-28" cert="medium" evidence="conjecture" '
     'resp="#encoder">28 October</date></sic><corr resp="#ed"><date when="1962-10-27" '),
    ("A ship of 2 tons [sic!: 2 tonnes] came.",
     '<choice><sic rend="mark(sic!)">2 tons</sic><corr resp="#ed">2 tonnes</corr></choice>'),
    ("Send it to Kusnetsov [sic: Kuznetsov] now.",
     '<choice><sic>Kusnetsov</sic><corr resp="#ed"><persName '),
    ("The Soviet Union [sic: Soviet Government] agreed.",
     '<choice><sic><placeName ref="places.xml#ussr">Soviet Union</placeName></sic>'
     '<corr resp="#ed"><orgName '),
    ("I have your letter of 15 November [sic; 10 November] on it.",
     '<choice><sic rend="mark-then(;)"><date when="1962-11-15" '),
    ("He wrote of 28 October [sic—27 October] about this.",
     '<choice><sic rend="mark-then(—)"><date when="1962-10-28" '),
], ids=["a day of a date", "the mark as printed", "one name", "a name of two words",
        "after a semicolon", "after a dash"])
def test_a_sic_correction_marks_the_words_it_corrects(text, fragment, registers):
    """r10 brackets:17: `[sic: 27 October]` marked `October` alone, its correction a note; r12
    L3: `[sic; 10 November]` was read back (on the page, in the search) `[sic: 10 November]`."""
    tei, body = _line(text, registers)
    assert fragment in body
    assert bracketed_text(tei.find(".//{*}body")) == text


@pytest.mark.parametrize("text, fragment", [
    ("It was 50 meters [sic: probably 20 yards] away.",
     f'50 <sic>meters</sic>{NOTE}probably 20 yards</note>'),
    ("The ship sailed [sic: see the log] at once.", f"<sic>sailed</sic>{NOTE}see the log"),
    ("It was removed [sic: deleted] then.", f"<sic>removed</sic>{NOTE}deleted"),
], ids=["a remark", "nothing shared", "a word in small letters"])
def test_a_sic_remark_stays_a_note_on_the_word(text, fragment, registers):
    """A remark is no correction (`probably ...`, no word of the words before it), nor is a
    word in small letters surely one."""
    _, body = _line(text, registers)
    assert fragment in body
