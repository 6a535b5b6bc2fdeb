"""A report's sections (review round 12's M8, session 27): the head of each, `CUBA`, shows as a
heading with no line number; the lines of its text keep theirs."""

from __future__ import annotations

from lxml import html

from edition.render.html import Context, render_text
from tests.conftest import tei_document

SECTIONS = ('<div type="section"><head>BRAZIL</head><p n="1" xml:id="L1">The general returned.'
            '</p></div><div type="section"><head>GUATEMALA</head><p n="2" xml:id="L2">The army '
            'moved.</p></div>')


def test_a_section_s_head_is_a_heading_of_no_line():
    text, _ = render_text(tei_document(SECTIONS), Context("documents/x.html", None, None, None))
    tree = html.fromstring(str(text))
    sections = tree.xpath("//div[contains(concat(' ', @class, ' '), ' tei-section ')]")
    assert [section.xpath("string(h3)") for section in sections] == ["BRAZIL", "GUATEMALA"]
    assert [section.xpath("string(.//a[@class='ln'])") for section in sections] == \
        ["Line 1", "Line 2"]
    assert not tree.xpath("//div[@class='line']/h3")
