"""The 'View XML' highlighter: exact HTML of small cases, escaping, round trip, line numbers, colours."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from lxml import html as lxml_html

from edition.render import source
from edition.render.source import highlighted_xml

from .conftest import MEMO, parse

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
OPEN = '<div class="source"><pre><code>'
CLOSE = "</code></pre></div>\n"
LINE_NUMBER = re.compile(r'<span class="linenos"> *\d+</span>')
OUR_TAGS = {'<div class="source">', "<pre>", "<code>", "</code>", "</pre>", "</div>", "</span>"} | {
    f'<span class="{kind}">' for kind in (*source.TOKEN_STYLES, "linenos")}


def nt(text: str) -> str:
    return f'<span class="nt">{text}</span>'


def attr(name: str, value: str) -> str:
    return f'<span class="na">{name}=</span><span class="s">{value}</span>'


def code(xml: str) -> str:
    """The highlighted XML between <code> and </code>, without the line numbers."""
    page = str(highlighted_xml(xml))
    assert page.startswith(OPEN) and page.endswith(CLOSE)
    return LINE_NUMBER.sub("", page[len(OPEN):-len(CLOSE)])


def text_of(page: str) -> str:
    """What a reader of the page sees as the XML: the tags stripped, references resolved."""
    inner = LINE_NUMBER.sub("", page[len(OPEN):-len(CLOSE)])
    return html.unescape(re.sub(r"<[^>]*>", "", inner))


def assert_safe(page: str) -> None:
    """Only the highlighter's own tags; every `&` starts an escape; no raw carriage return."""
    assert set(re.findall(r"<[^>]*>", page)) <= OUR_TAGS
    assert "<" not in re.sub(r"<[^>]*>", "", page) and ">" not in re.sub(r"<[^>]*>", "", page)
    assert not re.search(r"&(?!amp;|lt;|gt;|#13;)", page) and "\r" not in page


CASES = [
    ("<a/>", nt("&lt;a/&gt;")),
    ("<a></a>", nt("&lt;a&gt;") + nt("&lt;/a&gt;")),
    ('<a b="1" c="two words">t</a>',
     nt("&lt;a") + " " + attr("b", '"1"') + " " + attr("c", '"two words"') + nt("&gt;") + "t"
     + nt("&lt;/a&gt;")),
    ('<lb n="2"/>', nt("&lt;lb") + " " + attr("n", '"2"') + nt("/&gt;")),
    ('<x:a xmlns:x="urn:x" x:b="1"/>',
     nt("&lt;x:a") + " " + attr("xmlns:x", '"urn:x"') + " " + attr("x:b", '"1"') + nt("/&gt;")),
    ("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
     nt("&lt;p&gt;") + '<span class="ni">&amp;lt;</span>script<span class="ni">&amp;gt;</span>'
     'alert(1)<span class="ni">&amp;lt;</span>/script<span class="ni">&amp;gt;</span>'
     + nt("&lt;/p&gt;")),
    ("<p>a &amp; b ]]&gt;</p>",
     nt("&lt;p&gt;") + 'a <span class="ni">&amp;amp;</span> b ]]<span class="ni">&amp;gt;</span>'
     + nt("&lt;/p&gt;")),
    ("<p>&#10;&#x9;&#13;</p>",
     nt("&lt;p&gt;") + '<span class="ni">&amp;#10;</span><span class="ni">&amp;#x9;</span>'
     '<span class="ni">&amp;#13;</span>' + nt("&lt;/p&gt;")),
    ('<p>"quoted" \'single\' x="y" a=b</p>',  # text that looks like an attribute stays text
     nt("&lt;p&gt;") + '"quoted" \'single\' x="y" a=b' + nt("&lt;/p&gt;")),
    ('<a b="&quot;&lt;&amp;&gt;" c="x/y"/>',  # references in a value stay in the value
     nt("&lt;a") + " " + attr("b", '"&amp;quot;&amp;lt;&amp;amp;&amp;gt;"') + " "
     + attr("c", '"x/y"') + nt("/&gt;")),
    ("<!-- <b> & \"c\" -->", '<span class="c">&lt;!-- &lt;b&gt; &amp; "c" --&gt;</span>'),
    ("<!-- a\rb -->", '<span class="c">&lt;!-- a&#13;b --&gt;</span>'),
    ("<?xml version='1.0' encoding='UTF-8'?>",
     "<span class=\"cp\">&lt;?xml version='1.0' encoding='UTF-8'?&gt;</span>"),
    ("<?pi a > b?>", '<span class="cp">&lt;?pi a &gt; b?&gt;</span>'),
    ("<a><![CDATA[<b>&]]></a>",
     nt("&lt;a&gt;") + '<span class="cp">&lt;![CDATA[&lt;b&gt;&amp;]]&gt;</span>' + nt("&lt;/a&gt;")),
    ("<!DOCTYPE TEI>", '<span class="cp">&lt;!DOCTYPE TEI&gt;</span>'),
    ("<p>é 中 😀 \u0085\u007f\u009f\u2028\ufeff\ttab</p>",
     nt("&lt;p&gt;") + "é 中 😀 \u0085\u007f\u009f\u2028\ufeff\ttab" + nt("&lt;/p&gt;")),
    ("plain text", "plain text"),
    ("", ""),
]


@pytest.mark.parametrize("xml, expected", CASES, ids=[case[0][:30] for case in CASES])
def test_snippet_is_highlighted_as_expected(xml, expected):
    assert code(xml) == expected
    page = str(highlighted_xml(xml))
    assert_safe(page)
    assert text_of(page) == xml


def test_attribute_with_spaces_around_the_equals_sign():
    assert code("<a  b = 'v' />") == (nt("&lt;a") + '  <span class="na">b = </span>'
                                      "<span class=\"s\">'v'</span>" + nt(" /&gt;"))


def test_lines_are_numbered_right_aligned_and_a_final_newline_adds_no_line():
    xml = "\n".join(f"<l{n}/>" for n in range(1, 12)) + "\n"
    page = str(highlighted_xml(xml))
    lines = page[len(OPEN):-len(CLOSE)].split("\n")
    assert len(lines) == 12 and lines[-1] == ""
    assert lines[0] == '<span class="linenos"> 1</span>' + nt("&lt;l1/&gt;")
    assert lines[10] == '<span class="linenos">11</span>' + nt("&lt;l11/&gt;")
    assert code("<a/>").count("\n") == 0 and str(highlighted_xml("<a/>")).count("linenos") == 1


def test_a_token_over_several_lines_is_closed_and_reopened_on_each_line():
    page = str(highlighted_xml("<a>\n<!-- one\ntwo\nthree -->\n</a>"))
    lines = page[len(OPEN):-len(CLOSE)].split("\n")
    assert lines[1:4] == ['<span class="linenos">2</span><span class="c">&lt;!-- one</span>',
                          '<span class="linenos">3</span><span class="c">two</span>',
                          '<span class="linenos">4</span><span class="c">three --&gt;</span>']
    assert code('<a\nb="1\n2"/>') == (nt("&lt;a") + '\n<span class="na">b=</span><span class="s">"1'
                                      '</span>\n<span class="s">2"</span>' + nt("/&gt;"))


def spans_are_flat_and_closed_on_each_line(page: str) -> bool:
    for line in page[len(OPEN):-len(CLOSE)].split("\n"):
        depth = 0
        for tag in re.findall(r"</?span", line):
            depth += 1 if tag == "<span" else -1
            if depth not in (0, 1):
                return False
        if depth:
            return False
    return True


@pytest.mark.parametrize("path", sorted(GOLDEN.glob("*.xml")), ids=lambda path: path.name)
def test_published_tei_comes_back_exactly(path):
    xml = path.read_text(encoding="utf-8")
    page = str(highlighted_xml(xml))
    assert_safe(page)
    assert text_of(page) == xml
    assert spans_are_flat_and_closed_on_each_line(page)
    assert page.count('class="linenos"') == xml.rstrip("\n").count("\n") + 1
    shown = lxml_html.fromstring(page)
    for number in shown.xpath("//span[@class='linenos']"):
        number.drop_tree()
    assert shown.text_content() == xml


XML_TEXT = st.text(st.characters(blacklist_categories=("Cs",))  # what XML 1.0 allows
                   .filter(lambda char: char in "\t\n\r" or " " <= char not in "\ufffe\uffff"),
                   max_size=40)


@settings(max_examples=150, deadline=None)
@given(text=XML_TEXT, value=XML_TEXT, comment=XML_TEXT, tail=XML_TEXT)
def test_any_text_serialized_by_lxml_comes_back_exactly_and_escaped(text, value, comment, tail):
    root = etree.Element("TEI", rend=value)
    child = etree.SubElement(root, "p", n=value)
    child.text, child.tail = text, tail
    comment = re.sub("-+", "-", comment).rstrip("-")
    root.append(etree.Comment(comment))
    root.append(etree.ProcessingInstruction("pi", comment.replace("?>", "? >")))
    xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8").decode("utf-8")
    page = str(highlighted_xml(xml))
    assert_safe(page)
    assert text_of(page) == xml
    assert spans_are_flat_and_closed_on_each_line(page)
    assert page.count('class="linenos"') == xml.count("\n") + 1


def test_the_cache_of_tokens_does_not_change_the_output(monkeypatch):
    xml = (GOLDEN / f"{MEMO}.xml").read_text(encoding="utf-8")
    warm = str(highlighted_xml(xml))
    monkeypatch.setattr(source, "CACHE_SIZE", 3)
    source._TOKEN_HTML.clear()
    assert str(highlighted_xml(xml)) == warm
    assert len(source._TOKEN_HTML) <= 3
    source._TOKEN_HTML.clear()


def luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_every_colour_is_readable_and_in_the_stylesheet():
    css = source.stylesheet()
    assert contrast(source.FOREGROUND, source.BACKGROUND) >= 4.5
    assert f".source {{ background: {source.BACKGROUND}; color: {source.FOREGROUND}; }}" in css
    for kind, (colour, _) in source.TOKEN_STYLES.items():
        assert contrast(colour, source.BACKGROUND) >= 4.5, kind
        assert re.search(rf"^\.source \.{kind} {{ color: {colour};", css, re.MULTILINE), kind
    assert ".source .nt { color: #0b5e20; font-weight: bold; }" in css
    assert ".source .c { color: #4d5f5f; font-style: italic; }" in css
    assert contrast("#777777", "#ffffff") < 4.5  # the check can fail


def test_view_xml_page_holds_the_published_tei_line_by_line(site):
    page = parse(site / f"xml/{MEMO}.html")
    block = page.xpath("//div[@class='source']/pre/code")[0]
    numbers = [int(n.text) for n in block.xpath("span[@class='linenos']")]
    for number in block.xpath("span[@class='linenos']"):
        number.drop_tree()
    tei = (site / f"tei/{MEMO}.xml").read_text(encoding="utf-8")
    assert block.text_content() == tei.rstrip("\n")
    assert numbers == list(range(1, tei.rstrip("\n").count("\n") + 2))
    assert page.xpath("//link[@rel='stylesheet'][contains(@href, 'source.css')]")
    css = (site / "static/source.css").read_text(encoding="utf-8")
    assert css == source.stylesheet()
