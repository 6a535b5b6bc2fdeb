"""A typed page's furniture on the document page: shown where the source prints it, no line."""

from __future__ import annotations

import gzip

from lxml import html

from edition.collect import collect_document
from edition.render.html import Context, render_text
from tests.conftest import TEI, build_sources, encode_text, page

FURNITURE = "We met.\n\n-2-\n\nTOP SECRET\n\n(continued)\n\nWe left."


def test_page_furniture_is_shown_between_the_lines_not_as_lines(registers):
    """`-2-`, `TOP SECRET` at the page's top and `(continued)`: between the numbered lines, each
    in a small `fw` span, and where the page begins, `[Page 2]` (review round 5: they were
    numbered, citable lines L10-L12)."""
    tei, reporter = encode_text(page(FURNITURE), registers)
    assert [str(d) for d in reporter.diagnostics] == []
    text, _ = render_text(tei, Context("documents/x.html", None, None, None))
    shown = html.fragment_fromstring(str(text), create_parent="div")
    assert shown.xpath("//div[@class='line']/@id") == ["L1", "L2"]
    outside = "[not(ancestor::div[@class='line'])]"
    assert shown.xpath(f"//span[@class='fw']{outside}/text()") == ["-2-", "TOP SECRET",
                                                                   "(continued)"]
    assert shown.xpath(f"//span[@class='pb']{outside}/text()") == ["[Page 2]"]


def test_page_furniture_is_shown_but_not_searched(tmp_path):
    """Review of session 20: the search indexed the furniture, so `secret` of a running head
    `TOP SECRET` found every page of a long memorandum. Its words stay on the page, marked
    `data-pagefind-ignore`, and are in neither the text Pagefind keeps nor its words."""
    site = build_sources(tmp_path, {"memo.txt": page(FURNITURE)})
    shown = html.fromstring((site / "documents" / "memo.html").read_bytes())
    assert shown.xpath("//span[@class='fw'][@data-pagefind-ignore]/text()") == [
        "-2-", "TOP SECRET", "(continued)"]
    bundle = site / "pagefind" / "parts" / "000"
    [fragment] = [gzip.decompress(path.read_bytes()) for path in bundle.glob("fragment/*")]
    assert b'"content":"We met. [Page 2] We left."' in fragment
    words = b"".join(gzip.decompress(path.read_bytes()) for path in bundle.glob("index/*"))
    assert b"left" in words and b"secret" not in words and b"continu" not in words


def test_page_furniture_in_a_speech_is_no_word_the_speaker_speaks(registers):
    """The charts and the analytics page count a turn's spoken words: `-2-` and `TOP SECRET`
    where a page breaks Mikoyan's sentence were three of his ten."""
    tei, _ = encode_text(page("A.I. MIKOYAN. We agree that the\n\n-2-\n\nTOP SECRET\n\n"
                              "bombers will go."), registers)
    assert len(tei.xpath("//t:sp//t:fw", namespaces=TEI)) == 2
    part, _ = collect_document("x", tei, registers)
    assert [(s.turns, s.words) for s in part.record.speakers] == [(1, 7)]
