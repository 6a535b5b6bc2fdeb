"""A paragraph's own number, `1.`, `(a)`, is the source's label of it, its line the edition's."""

import pytest

from tests.conftest import INFERRED, body_xml, page

TITLE = "Report of the Chairman of the Joint Chiefs of Staff on the Removal of Soviet Missiles"
REPORT = ("1. Status of the withdrawal. Photographic coverage of 6 November shows that:\n\n"
          "(a) all MRBM sites have been dismantled;\n\n(b) the erectors have been moved.\n\n"
          "2. Shipping. Eight Soviet ships have left Mariel.")

CASES = [
    # review round 9 (1962-11-07-report-jcs-withdrawal.txt): the numbers stayed plain text
    (REPORT, '<p n="1" xml:id="L1"><label>1.</label> Status of the withdrawal. Photographic '
             f'coverage of <date when="1962-11-06" {INFERRED}>6 November</date> shows that:</p>'),
    (REPORT, '<p n="2" xml:id="L2"><label>(a)</label> all MRBM sites have been dismantled;</p>'),
    (REPORT, '<p n="4" xml:id="L4"><label>2.</label> Shipping. Eight Soviet ships have left '
             'Mariel.</p>'),
    ("(i) the first point;\n\n(ii) the second point.",
     '<p n="2" xml:id="L2"><label>(ii)</label> the second point.</p>'),
    ("3. May I add a word.\n\n4. The quarantine stays.",
     '<p n="1" xml:id="L1"><label>3.</label> May I add a word.</p>'),
    # a number no neighbour stands beside, a year, a day of a month: the paragraph's words
    ("1. What discussions he has had with colleagues.\n\n(b) The other point.",
     '<p n="1" xml:id="L1">1. What discussions he has had with colleagues.</p>'
     '<p n="2" xml:id="L2">(b) The other point.</p>'),
    ("1962. The year of the crisis.\n\n1963. The year after.",
     '<p n="1" xml:id="L1">1962. The year of the crisis.</p>'),
    ("1. The quarantine stays.\n\n2. November, the ships sailed.",
     '<p n="2" xml:id="L2">2. November, the ships sailed.</p>'),
]


@pytest.mark.parametrize("body, expected", CASES, ids=[
    "number", "letter", "next-number", "roman", "may", "alone", "year", "day"])
def test_a_paragraphs_number_is_its_label(valid_tei, body, expected):
    assert expected in body_xml(valid_tei(page(body, date="November 7, 1962", title=TITLE)))
