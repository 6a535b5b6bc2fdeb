"""The fast paths of page rendering give what the slow, obvious way gives.

The walker writes HTML as text (`edition.render.markup.text`, `attribute`) instead of building an
lxml tree and serializing it: its output must be what lxml.html would have written, character
for character. The jinja environment reads dict rows first; the line citation is made once per
document.
"""

from __future__ import annotations

import copy

import jinja2
import pytest
from lxml import etree, html

from edition.collect import collect_site
from edition.render import cite, cite_parts
from edition.render import html as walker
from edition.render import markup
from edition.render.pages import environment

from .conftest import MEMO, TEI_NS
from .helpers import XML_CHARACTERS

ATTRIBUTES = ("id", "class", "href", "title", "lang", "datetime", "data-who", "data-explain",
              "data-pagefind-ignore", "tabindex", "role", "value")
"""Every attribute the walker writes."""


def lxml_text(value: str) -> str:
    element = etree.Element("p")
    element.text = value
    return html.tostring(element, encoding="unicode", method="html")[3:-4]


def lxml_attribute(tag: str, name: str, value: str) -> str:
    written = html.tostring(etree.Element(tag, {name: value}), encoding="unicode", method="html")
    return written[len(tag) + 1:written.index(">")]


def test_text_is_escaped_as_lxml_writes_it_for_every_xml_character():
    assert markup.text(XML_CHARACTERS) == lxml_text(XML_CHARACTERS)
    assert markup.text("a < b & c > d\r\n") == "a &lt; b &amp; c &gt; d&#13;\n"


@pytest.mark.parametrize("name", ATTRIBUTES)
def test_attributes_are_written_as_lxml_writes_them(name):
    values = [f"a{c}b" for c in XML_CHARACTERS[:0x300]] + [
        "", " a b ", "x\"y'z", "x'y", "#L12", "../persons/mikoyan-anastas.html", "Ž é%20",
        "1962-11-05", "between 1962-11 and 1962-12; inferred by the encoder", "\u00a0"]
    for tag in ("a", "span", "div"):
        wrong = [v for v in values
                 if markup.attribute(name, v, tag) != lxml_attribute(tag, name, v)]
        assert wrong == []


def test_start_tags_keep_the_attribute_order_of_the_tree_they_replace():
    assert markup.start("a", "ln", ("href", "#L3"), ("data-pagefind-ignore", "")) == (
        '<a href="#L3" data-pagefind-ignore="" class="ln">')
    assert markup.start("p", "", *markup.classed("p", ("lang", "ru"), ("role", "note"))) == (
        '<p class="p" lang="ru" role="note">')
    assert markup.start("br") + markup.end("br") == "<br>"


def rendered(root, corpus, documents, page=f"documents/{MEMO}.html"):
    site = collect_site(documents, corpus.registers)
    doc, edition, build_date = site.by_id[MEMO], corpus.settings.edition, corpus.settings.build_date
    ctx = walker.Context(page, site, edition, build_date, doc, cite.line_citer(
        doc, edition, build_date, cite_parts.party_names(doc, site)))
    return walker.render_text(root, ctx)


def memo(documents):
    return copy.deepcopy(dict(documents)[MEMO])


def test_the_text_is_what_lxml_writes_for_the_same_html(corpus, documents):
    """Parsed by lxml.html and written again, the page text comes back byte for byte (no
    carriage return here: the HTML parser, not the writer, would make it a line end)."""
    root = memo(documents)
    line = root.xpath("//t:body//t:p[@n]", namespaces=TEI_NS)[0]
    line.text = "odd <text> & \"quotes\" 'here' é\u00a0"
    line.set("{http://www.w3.org/XML/1998/namespace}lang", 'x"y')
    written = str(rendered(root, corpus, documents)[0])
    assert html.tostring(html.fragment_fromstring(written), encoding="unicode",
                         method="html") == written
    assert "odd &lt;text&gt; &amp; \"quotes\" 'here' é\u00a0" in written
    assert "lang='x\"y'" in written


def test_footnotes_and_names_survive_characters_that_need_escaping(corpus, documents):
    root = memo(documents)
    body = root.find(".//{*}body")
    paragraph = body.xpath(".//t:p[@n]", namespaces=TEI_NS)[1]
    note = etree.SubElement(paragraph, "{http://www.tei-c.org/ns/1.0}note",
                            {"place": "inline", "type": "editorial"})
    note.text = 'a "quoted" <note> & more'
    name = etree.SubElement(paragraph, "{http://www.tei-c.org/ns/1.0}persName",
                            {"ref": "persons.xml#no such person"})
    name.text = "Nobody"
    text, notes = rendered(root, corpus, documents)
    fragment = html.fragment_fromstring(str(text))
    titles = fragment.xpath("//a[@class='noteref' and starts-with(@href, '#note-')]/@title")
    assert 'a "quoted" <note> & more' in titles
    assert fragment.xpath("//span[@class='name name-person']/text()") == ["Nobody"]
    items = [item.text_content() for item in html.fragment_fromstring(str(notes)).iter("li")]
    assert 'a "quoted" <note> & more ↩ back to the text of note 1' in items


def test_every_cite_box_gives_the_citation_of_its_line(corpus, documents):
    text, _ = rendered(memo(documents), corpus, documents)
    site = collect_site(documents, corpus.registers)
    doc, edition = site.by_id[MEMO], corpus.settings.edition
    boxes = html.fragment_fromstring(str(text)).xpath("//details[@class='cite-line']")
    assert len(boxes) == len(doc.lines) > 50
    for box in boxes:
        n = box.getparent().get("id").removeprefix("L")
        citation = cite.line_citation(doc, edition, corpus.settings.build_date, n)
        assert box.find("p").text_content() == html.fragment_fromstring(
            f"<p>{citation}</p>").text_content()
    citer = cite.line_citer(doc, edition, "2024-01-02")
    assert citer("7") == cite.line_citation(doc, edition, "2024-01-02", "7")
    assert citer("7").endswith(f"{doc.id}.html#L7.") and ", line 7, Russian " in citer("7")


def test_a_fragment_drops_only_the_text_before_its_first_element(corpus, documents):
    site = collect_site(documents, corpus.registers)
    ctx = walker.Context("index.html", site, corpus.settings.edition, "")
    p = etree.fromstring('<availability xmlns="http://www.tei-c.org/ns/1.0">lead '
                         '<p>one</p> between <p>two</p> after</availability>')
    assert str(walker.render_fragment([p], ctx)) == (
        '<p class="p">one</p> between <p class="p">two</p> after')
    assert str(walker.render_fragment([], ctx)) == ""


def test_the_environment_reads_dict_rows_and_stays_strict():
    env = environment()
    template = env.from_string("{{ row.href }} {{ row.items }} {{ obj.real }}")
    assert template.render(row={"href": "a&b", "items": "listed"}, obj=3) == "a&amp;b listed 3"
    with pytest.raises(jinja2.UndefinedError):
        env.from_string("{{ row.missing }}").render(row={"href": "x"})
