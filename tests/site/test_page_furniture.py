"""A typed page's furniture on the document page: shown where the source prints it, no line."""

from __future__ import annotations

from lxml import html

from edition.render.html import Context, render_text
from tests.conftest import encode_text, page


def test_page_furniture_is_shown_between_the_lines_not_as_lines(registers):
    """`-2-`, `TOP SECRET` at the page's top and `(continued)`: between the numbered lines, each
    in a small `fw` span, and where the page begins, `[Page 2]` (review round 5: they were
    numbered, citable lines L10-L12)."""
    tei, reporter = encode_text(page("We met.\n\n-2-\n\nTOP SECRET\n\n(continued)\n\nWe left."),
                                registers)
    assert [str(d) for d in reporter.diagnostics] == []
    text, _ = render_text(tei, Context("documents/x.html", None, None, None))
    shown = html.fragment_fromstring(str(text), create_parent="div")
    assert shown.xpath("//div[@class='line']/@id") == ["L1", "L2"]
    outside = "[not(ancestor::div[@class='line'])]"
    assert shown.xpath(f"//span[@class='fw']{outside}/text()") == ["-2-", "TOP SECRET",
                                                                   "(continued)"]
    assert shown.xpath(f"//span[@class='pb']{outside}/text()") == ["[Page 2]"]
