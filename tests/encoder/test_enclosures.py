"""A letter's enclosed text under its closing lines is a division of its own, not its closer."""

import pytest

from tests.conftest import body_xml, page

TITLE = "Letter from Adlai Stevenson to John J. McCloy, with Enclosure"
LETTER = ("Dear Jack:\n\nI enclose the draft.\n\nSincerely yours,\n\nAdlai E. Stevenson\n\n"
          "P.S. Please do not show the draft.")
PROTOCOL = ("1. The Government of the USSR will remove the weapons.\n\n"
            "2. The quarantine will be lifted.")
SUMMARY = "Letter from Stevenson to McCloy enclosing the Soviet draft protocol."

CASES = [
    # review 9 (R4): the protocol's title was a signature, its articles a postscript
    (f"{LETTER}\n\nEnclosure:\n\nDRAFT PROTOCOL\n\n{PROTOCOL}\n\n{SUMMARY}",
     ('<postscript><p n="5" xml:id="L5">P.S. Please do not show the draft.</p></postscript>'
      '</div><div type="part"><head n="6" xml:id="L6">Enclosure:</head>'
      '<head n="7" xml:id="L7">DRAFT PROTOCOL</head><p n="8" xml:id="L8"><label>1.</label> The ')),
    (f"{LETTER}\n\nAttachment A\n\nDRAFT PROTOCOL\n\n{PROTOCOL}\n\n{SUMMARY}",
     '<div type="part"><head n="6" xml:id="L6">Attachment A</head>'),
    # the letter's list of what goes with it stays its postscript
    (f"{LETTER}\n\nEnclosures:\n\n1. Statement of the Soviet Government\n\n2. List of ships"
     f"\n\n{SUMMARY}",
     '<postscript><p n="6" xml:id="L6">Enclosures:</p>'),
]


@pytest.mark.parametrize("source, expected", CASES, ids=["enclosure", "attachment", "list"])
def test_an_enclosure_is_a_division_after_the_letter(valid_tei, source, expected):
    xml = body_xml(valid_tei(page(source, date="November 3, 1962", title=TITLE)))
    assert expected in xml
    assert ('<div type="part">' in xml) == ("DRAFT" in source)


PROTOCOL_TITLE = "Protocol No. 62 of the Session of the Presidium of the CC CPSU"
SESSION = ("Present: Comrades Khrushchev, Brezhnev, Kozlov, Mikoyan.\n\nHeard: On the letter to "
           "Kennedy.\n\nResolved: To approve the text of the letter (Appendix 1).\n\n"
           "Secretary of the CC\nF. Kozlov")
APPENDED = ("Dear Mr. President:\n\nI have received your letter of October 27.\n\nRespectfully,"
            "\n\nN. Khrushchev")


def protocol(body: str) -> str:
    return page(body, date="October 28, 1962", title=PROTOCOL_TITLE)


def test_a_letter_appended_to_a_protocol_is_a_division_of_its_own(valid_tei):
    """review round 11 (M11): the appended letter's closer was the protocol's, and the
    protocol's own signature two lines of its text."""
    xml = body_xml(valid_tei(protocol(f"{SESSION}\n\nAppendix 1\n\n{APPENDED}")))
    assert ('<signed n="5" xml:id="L5">F. Kozlov</signed></closer></div><div type="part">'
            '<head n="6" xml:id="L6">Appendix 1</head><opener><salute n="7" xml:id="L7">Dear Mr. '
            'President:</salute></opener>') in xml
    assert '<div type="part"><p n="1" xml:id="L1">Present:' in xml   # no opener of a p


def test_a_letter_enclosure_with_its_own_signature_is_still_divided(valid_tei):
    """The enclosure's signature was the letter's closer, and the letter's closing lines and
    the enclosure's heads lines of its text."""
    text = ("Dear Jack:\n\nI enclose the draft.\n\nSincerely yours,\n\nAdlai E. Stevenson\n\n"
            f"Enclosure:\n\nDRAFT PROTOCOL\n\n{PROTOCOL}\n\nV. Kuznetsov")
    xml = body_xml(valid_tei(page(text, date="November 3, 1962", title=TITLE)))
    assert '<signed n="4" xml:id="L4">Adlai E. Stevenson</signed></closer></div>' \
           '<div type="part"><head n="5" xml:id="L5">Enclosure:</head>' in xml


@pytest.mark.parametrize("body", [
    f"Heard: On the letter.\n\nAppendix 1\n\n{APPENDED}",
    f"{SESSION}\n\nAppendix 1\n\nThe text of the letter is approved as drafted.\n\nN. Khrushchev",
], ids=["no signature above the head", "no salutation under the head"])
def test_an_appendix_head_among_the_text_divides_nothing(valid_tei, body):
    assert '<div type="part">' not in body_xml(valid_tei(protocol(body)))
