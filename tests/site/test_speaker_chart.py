"""The speaker chart of a document says one turn and one word in the singular, in its bars'
labels and in the title screen readers read (review of round 12's telephone transcript: the
operator's one turn was read "1 turns")."""

from lxml import etree

from edition.records import SpeakerStat
from edition.render.chart import speaker_chart

SVG = {"s": "http://www.w3.org/2000/svg"}


def test_one_turn_and_one_word_are_singular():
    chart = etree.fromstring(str(speaker_chart(
        [("OPERATOR", SpeakerStat("operator", 1, 1)), ("KENNEDY", SpeakerStat("k", 4, 1200))],
        "speakers")))
    title = chart.xpath("string(s:title)", namespaces=SVG)
    assert title == ("Words spoken per speaker: KENNEDY, 4 turns, 1,200 words; "
                     "OPERATOR, 1 turn, 1 word")
    assert chart.xpath("s:text[@text-anchor='start']/text()", namespaces=SVG) == [
        "1,200 words, 4 turns", "1 word, 1 turn"]
