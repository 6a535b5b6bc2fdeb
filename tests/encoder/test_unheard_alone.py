"""Review round 12's L4 (session 27): a transcript's `(inaudible)` alone between turns is a gap
in the recording, as `(inaudible)` in a line is, not a stage direction.

Each case gives a transcript's text and the TEI it must become; every document made by
`valid_tei` is valid against the project schema, its Schematron and tei_all and reports nothing.
"""

from __future__ import annotations

import pytest
from lxml import etree

from tests.conftest import TEI, page

TITLE = "Transcript of a Telephone Conversation between President Kennedy and John McCloy"
TALK = "KENNEDY: What do we do?\n\nMcCLOY: We wait.\n\n{}\n\nKENNEDY: All right."
GAP = ('<p n="3" xml:id="L3"><gap reason="inaudible" rend="parentheses"><desc>{}</desc></gap>'
       '</p>')


@pytest.mark.parametrize("unheard", ["inaudible", "unintelligible"])
def test_an_unheard_parenthesis_alone_is_a_gap_between_the_turns(valid_tei, unheard):
    """`(inaudible)` alone was `<stage type="business">`: a direction, where the recording
    could not be heard."""
    tei = valid_tei(page(TALK.format(f"({unheard})"), date="October 28, 1962", title=TITLE))
    body = tei.find(".//t:body/t:div", namespaces=TEI)
    assert [child.tag.rsplit("}", 1)[1] for child in body] == ["sp", "sp", "p", "sp"]
    assert GAP.format(unheard) in compact(body[2])


def test_a_direction_alone_is_still_a_stage(valid_tei):
    tei = valid_tei(page(TALK.format("(Laughter)"), date="October 28, 1962", title=TITLE))
    assert tei.findtext(".//t:body/t:div/t:stage", namespaces=TEI) == "(Laughter)"


def compact(element) -> str:
    """`element` as XML without the TEI namespace's declaration."""
    text = etree.tostring(element, encoding="unicode")
    return text.replace(' xmlns="http://www.tei-c.org/ns/1.0"', "").strip()
