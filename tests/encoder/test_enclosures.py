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
