"""The checks in Python: brackets, ids and pointers, each input beside its diagnostics in order."""

from __future__ import annotations

from lxml import etree

from edition.diagnostics import Location
from edition.validate import check_brackets, check_ids, check_refs

WHERE = Location("seeds/x.txt")
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
TEI = 'xmlns="http://www.tei-c.org/ns/1.0"'


def document(xml: str) -> etree._Element:
    """A tree whose every element sits on its own source line: the line is the element's order."""
    root = etree.fromstring(xml)
    for number, element in enumerate(root.iter(), 1):
        element.sourceline = number
    return root


def found(diagnostics) -> list[tuple[int, str, str]]:
    return [(d.location.line, d.message, d.code) for d in diagnostics]


def test_no_bracket_no_diagnostic():
    root = document(f'<TEI {TEI}><text><p>All <hi>fine</hi> here.</p></text></TEI>')
    assert check_brackets(root, WHERE) == []


def test_brackets_in_text_and_tails_in_document_order():
    root = document(f'<TEI {TEI}><teiHeader><title>A [draft]</title></teiHeader>'
                    '<text><p>x<hi>y]</hi>after [z<!-- [not text] -->tail [c]</p></text></TEI>')
    assert found(check_brackets(root, WHERE)) == [
        (3, "literal '[' in the text of <title>: \"A [draft]\"; every bracket must become markup",
         "literal-bracket"),
        (6, "literal ']' in the text of <hi>: \"y]\"; every bracket must become markup",
         "literal-bracket"),
        (6, "literal '[' in the text of <p>: \"after [z\"; every bracket must become markup",
         "literal-bracket"),
        (7, "literal '[' in the text of <p>: \"tail [c]\"; every bracket must become markup",
         "literal-bracket"),
    ]


def test_a_bracket_inside_a_comment_is_not_text():
    root = document(f'<TEI {TEI}><text><p>x<!-- [editor] --></p></text></TEI>')
    assert check_brackets(root, WHERE) == []


def test_an_id_used_twice_is_reported_where_it_comes_again():
    root = document(f'<TEI {TEI} xml:id="a"><p xml:id="b"/><p/><p/><p/></TEI>')
    root[1].set(XML_ID, "a")                      # the parser refuses a duplicate id: set it here
    root[3].set(XML_ID, "b")
    assert found(check_ids(root, WHERE)) == [
        (3, "xml:id 'a' is used twice (first on line 1)", "id-duplicate"),
        (5, "xml:id 'b' is used twice (first on line 2)", "id-duplicate"),
    ]


def test_pointers_resolve_here_or_in_a_register_in_attribute_order():
    root = document(f'<TEI {TEI}><p xml:id="L1"/><note target="#L1 #L9" resp="#ed"/>'
                    '<sp ref="places.xml#nowhere" who="persons.xml#x persons.xml#y"/>'
                    '<name sameAs="http://example.org/x"/><p xml:id="ed"/></TEI>')
    known = {"persons.xml#x"}.__contains__
    assert found(check_refs(root, WHERE, known)) == [
        (3, "@target=\"#L9\" does not resolve: no element has xml:id 'L9'", "ref-unresolved"),
        (4, "@who=\"persons.xml#y\" does not resolve: persons.xml has no entry 'y'",
         "ref-unresolved"),
        (4, "@ref=\"places.xml#nowhere\" does not resolve: places.xml has no entry 'nowhere'",
         "ref-unresolved"),
        (5, "@sameAs=\"http://example.org/x\" does not resolve: it is neither '#id' nor a "
            "pointer into persons.xml, places.xml, organizations.xml", "ref-unresolved"),
    ]


def test_the_pointers_of_one_element_are_reported_in_the_order_of_the_attributes_checked():
    """An element's attributes are read in one call, in the order it holds them; its pointers
    are reported in the order of `POINTER_ATTRIBUTES` all the same (who, ref, ..., resp,
    target), and a register entry found once is not looked up again."""
    looked_up = []

    def known(ref: str) -> bool:
        looked_up.append(ref)
        return True

    root = document(f'<TEI {TEI}><text><note target="#gone" resp="#nobody" ref="#x"/>'
                    '<p xml:id="x" ref="persons.xml#a"/><p ref="persons.xml#a"/></text></TEI>')
    assert [d.message for d in check_refs(root, WHERE, known)] == [
        "@resp=\"#nobody\" does not resolve: no element has xml:id 'nobody'",
        "@target=\"#gone\" does not resolve: no element has xml:id 'gone'"]
    assert looked_up == ["persons.xml#a"]
