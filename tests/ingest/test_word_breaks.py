"""A line break inside a word (`sen<lb break="no"/>tence`): one word for the words check, the
search and a copy of the page, which shows the break with a hyphen that is not in the text."""

from __future__ import annotations

import pickle

from lxml import etree

from edition.checks import words
from edition.collect import collect_document
from edition.ingest.words import foreign_text, html_text, tei_text
from tests.conftest import TEI
from tests.ingest.conftest import published_page
from tests.ingest.helpers import foreign

BODY = "<div><p>the sen<lb break='no'/>tence and a<lb/>line</p></div>"


def test_the_words_check_reads_a_word_across_its_line_break():
    root = etree.fromstring(foreign(BODY).encode("utf-8"))
    assert words(foreign_text(root.find("t:text", TEI))) == ["the", "sentence", "and", "a", "line"]


def test_our_tei_reads_the_word_whole():
    p = etree.fromstring('<p xmlns="http://www.tei-c.org/ns/1.0">sen<lb break="no"/>tence '
                         'a<lb/>line</p>')
    assert words(tei_text(p)) == ["sentence", "a", "line"]


def test_the_page_shows_a_hyphen_that_is_not_in_the_text(tmp_path):
    tree = published_page(tmp_path, "broken", foreign(BODY))
    p = tree.xpath("//div[@class='text']//p[@class='p']")[0]
    assert [(e.tag, e.get("class"), e.text_content()) for e in p.xpath("span|br")] == [
        ("span", "lb-hyphen", ""), ("br", None, "")]
    assert words(html_text(p)) == ["the", "sentence", "and", "a", "line"]
    assert "the sentence and a" in p.text_content()


def test_the_corpus_model_reads_the_word_whole(registers):
    """Speaker word counts and the mentions in context of register pages come from the
    collected lines: `sen<lb break="no"/>tence` is one word there too, a plain `lb` a space."""
    tei = etree.fromstring(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body><div>'
        '<sp who="persons.xml#castro-fidel"><p n="1">The sen<lb break="no"/>tence of '
        '<persName ref="persons.xml#castro-fidel">Fidel</persName> and a<lb/>line</p></sp>'
        '</div></body></text></TEI>')
    part, kwic = collect_document("x", tei, registers)
    assert [(s.entry_id, s.words) for s in part.record.speakers] == [("castro-fidel", 7)]
    assert pickle.loads(kwic["castro-fidel"]) == ("x", (("1", "The sentence of ", "Fidel",
                                                        " and a line", "", ""),))
