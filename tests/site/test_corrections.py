"""A reading the editors correct and a hand's words labelled after them, on the page: each
bracket where the source printed it, explained (`mark_behaviours.b_correction`, `b_bracketed`)."""

from lxml import html

from edition.render.html import Context, render_text
from tests.conftest import encode_text, page


def _line(source: str, registers):
    tei, _ = encode_text(page(source), registers)
    for name in tei.iter("{*}persName", "{*}placeName"):
        name.tag = "{http://www.tei-c.org/ns/1.0}name"   # the walker links no name without a site
    text, footnotes = render_text(tei, Context("documents/x.html", None, None, None))
    line = html.fragment_fromstring(str(text)).xpath("//div[@id='L1']//p")[0]
    for hidden_text in line.xpath(".//span[@class='visually-hidden']"):
        hidden_text.drop_tree()
    return line, str(footnotes)


def test_a_correction_follows_the_words_it_corrects(registers):
    """r10 brackets:17: `28 October [sic: 27 October]` showed `28 October [sic]` and the
    correction as a footnote of `October` alone."""
    line, _ = _line("It was the letter of 28 October [sic: 27 October].", registers)
    assert line.xpath("string(.//span[@class='sic'])") == "28 October"
    corr = line.xpath(".//span[@class='sic']/following-sibling::span[1][@class='corr']")[0]
    assert corr.text == "[sic: " and corr.get("tabindex") == "0"
    assert "correction" in corr.get("data-explain")
    assert not line.xpath(".//span[@class='sic-mark']")   # the mark is the correction's


def test_a_hands_words_labelled_after_them_show_both_brackets(registers):
    """r10 brackets:13: `[from invasion [inserted by hand]]` was the editors' supplied text,
    twice; now the hand's addition, its label the editors' note inside it."""
    line, footnotes = _line("It saved Cuba [from invasion [inserted by hand]].", registers)
    add = line.xpath(".//span[@class='add']")[0]
    assert add.text == "[from invasion " and add.get("data-explain") == "written by hand on " \
        "the source document"
    assert add.xpath("a[@class='noteref']") and "inserted by hand" in footnotes
    assert not line.xpath(".//span[@class='supplied']")


def test_a_correction_after_a_semicolon_shows_the_semicolon(registers):
    """r12 L3: `15 November [sic; 10 November]` was shown (and searched) `[sic: 10 November]`."""
    line, _ = _line("I have your letter of 15 November [sic; 10 November] on it.", registers)
    corr = line.xpath(".//span[@class='sic']/following-sibling::span[1][@class='corr']")[0]
    assert corr.text == "[sic; "
