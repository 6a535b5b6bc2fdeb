"""schema_prune on small grammars: which element patterns go, how the grammar simplifies."""

from __future__ import annotations

import pytest
from lxml import etree

from edition.schema_prune import element_names, prunable, stubbed, subset

HEAD = ('<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="urn:x" '
        'xmlns:a="http://relaxng.org/ns/compatibility/annotations/1.0">')
X = "urn:x"


def grammar(body: str) -> etree._ElementTree:
    return etree.ElementTree(etree.fromstring(f"{HEAD}{body}</grammar>"))


def compact(tree: etree._ElementTree) -> str:
    """The grammar's body without namespace declarations and whitespace between tags."""
    text = etree.tostring(tree, encoding="unicode")
    body = text[text.index(">") + 1:text.rindex("</grammar>")]
    return "".join(line.strip() for line in body.splitlines())


def keep(*names: str) -> frozenset[tuple[str, str]]:
    return frozenset((X, name) for name in names)


START = '<start><ref name="doc"/></start><define name="doc"><element name="doc">'


@pytest.mark.parametrize("content, kept, expected", [
    # a choice drops the branch that cannot match; a choice of nothing is notAllowed
    ('<choice><ref name="a"/><ref name="b"/></choice>', ("doc", "a"),
     '<choice><ref name="a"/></choice>'),
    # a group (and oneOrMore) with a part that cannot match cannot match
    ('<choice><group><ref name="a"/><ref name="b"/></group><text/></choice>', ("doc", "a"),
     '<choice><text/></choice>'),
    ('<choice><oneOrMore><ref name="b"/></oneOrMore><empty/></choice>', ("doc",),
     '<choice><empty/></choice>'),
    # an optional or zeroOrMore of what cannot match is empty, and an empty in a group goes
    ('<ref name="a"/><zeroOrMore><ref name="b"/></zeroOrMore><optional><ref name="b"/>'
     '<ref name="a"/></optional>', ("doc", "a"), '<ref name="a"/>'),
    # an attribute whose value cannot match makes its element unmatchable
    ('<choice><ref name="a"/><element name="c"><attribute name="k"><ref name="b"/></attribute>'
     '</element></choice>', ("doc", "a", "c"), '<choice><ref name="a"/></choice>'),
    # nothing outside `keep`: unchanged
    ('<choice><ref name="a"/><ref name="b"/></choice>', ("doc", "a", "b"),
     '<choice><ref name="a"/><ref name="b"/></choice>'),
])
def test_subset_simplifies(content, kept, expected):
    before = grammar(START + content + '</element></define>'
                     '<define name="a"><element name="a"><empty/></element></define>'
                     '<define name="b"><element name="b"><text/></element></define>')
    after = subset(before, keep(*kept))
    assert compact(after).startswith(START + expected + "</element></define>")


def test_subset_drops_the_defines_no_ref_reaches_any_more():
    before = grammar(START + '<choice><ref name="a"/><ref name="b"/></choice></element></define>'
                     '<define name="a"><element name="a"><empty/></element></define>'
                     '<define name="b"><element name="b"><ref name="b.content"/></element>'
                     '</define><define name="b.content"><text/></define>'
                     '<define name="unused"><element name="a"><text/></element></define>')
    assert compact(subset(before, keep("doc", "a"))) == (
        START + '<choice><ref name="a"/></choice></element></define>'
        '<define name="a"><element name="a"><empty/></element></define>')


def test_a_define_that_cannot_match_makes_its_refs_unmatchable():
    before = grammar(START + '<choice><ref name="c"/><text/></choice></element></define>'
                     '<define name="c"><group><ref name="d"/><ref name="a"/></group></define>'
                     '<define name="d"><ref name="b"/></define>'
                     '<define name="a"><element name="a"><empty/></element></define>'
                     '<define name="b"><element name="b"><empty/></element></define>')
    assert compact(subset(before, keep("doc", "a"))) == (
        START + '<choice><text/></choice></element></define>')


def test_subset_keeps_wildcards_attributes_and_data_as_they_are():
    content = ('<attribute name="k"><data type="token"><except><value>x</value></except></data>'
               '</attribute><zeroOrMore><element><anyName><except><nsName/></except></anyName>'
               '<text/></element></zeroOrMore>')
    before = grammar(START + content + '</element></define>')
    assert compact(subset(before, keep("doc"))) == START + content + "</element></define>"


def test_subset_removes_annotations():
    before = grammar(START + '<a:documentation>A document.</a:documentation><!-- c -->'
                     '<text/></element></define>')
    assert compact(subset(before, keep("doc"))) == START + "<text/></element></define>"


def test_stubbed_keeps_the_element_and_empties_its_content():
    before = grammar(START + '<choice><ref name="a"/><ref name="b"/></choice></element></define>'
                     '<define name="a"><element name="a"><empty/></element></define>'
                     '<define name="b"><element name="b"><attribute name="k"/>'
                     '<ref name="b.content"/></element></define>'
                     '<define name="b.content"><text/></define>')
    assert compact(stubbed(before, keep("doc", "a"))) == (
        START + '<choice><ref name="a"/><ref name="b"/></choice></element></define>'
        '<define name="a"><element name="a"><empty/></element></define>'
        '<define name="b"><element name="b"><notAllowed/></element></define>')


def test_element_names_read_every_form_of_a_name():
    tree = grammar('<start><element name="a"><element name="p:b" xmlns:p="urn:p"><empty/>'
                   '</element><element><name ns="urn:q">c</name><empty/></element>'
                   '<element><choice><name>d</name><name>e</name></choice><empty/></element>'
                   '</element></start>')
    assert element_names(tree.getroot()) == {(X, "a"), ("urn:p", "b"), ("urn:q", "c"),
                                             (X, "d"), (X, "e")}


def test_a_wildcard_element_has_no_name_set():
    tree = grammar('<start><element><anyName/><empty/></element></start>')
    assert element_names(tree.getroot()) is None


@pytest.mark.parametrize("body", [
    '<start><element name="a"><data type="token"><except><element name="b"><empty/></element>'
    '</except></data></element></start>',
    '<include href="other.rng"/><start><element name="a"><empty/></element></start>',
    '<start><element name="a"><externalRef href="other.rng"/></element></start>',
    '<start><ref name="a"/></start><define name="a"><element name="a"><empty/></element></define>'
    '<define name="a" combine="choice"><element name="b"><empty/></element></define>',
])
def test_a_grammar_pruning_could_widen_is_left_whole(body):
    tree = grammar(body)
    assert not prunable(tree.getroot())
    assert compact(subset(tree, frozenset())) == compact(tree)


def test_tei_all_is_prunable(tei_all_path):
    assert prunable(etree.parse(str(tei_all_path)).getroot())


@pytest.fixture(scope="module")
def tei_all_path():
    from edition.validate import find_tei_all
    path = find_tei_all()
    if path is None:
        pytest.fail("tei_all.rng not found (see tests/test_schemas.py)")
    return path
