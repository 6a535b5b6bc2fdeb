"""The archive's Author field: its persons are the document's authors, a letter's sender where
the title names none (review round 11, M5).

Each case gives the source and the TEI it must become; every document made by `valid_tei` is
valid against the project schema, its Schematron and tei_all and reports nothing.
"""

from __future__ import annotations

import pytest

from edition.collect import collect_document
from tests.conftest import TEI, compact_xml

KENNEDY = "Kennedy, John F. (John Fitzgerald), 1917-1963"
KHRUSHCHEV = "Khrushchev, Nikita Sergeevich, 1894-1971"
LINKED = '<author><persName ref="persons.xml#{}">{}</persName></author>'


def archive_page(title: str, body: str, author: str, type_field: str = "") -> str:
    """A document in the archive page's layout with its Author (and Type) field."""
    typed = f"Type\n\n{type_field}\n\n" if type_field else ""
    return (f"October 22, 1962\n\n{title}\n\n{body}\n\nDocument Information\n\nSource\n\n"
            f"An archive.\n\nAuthor\n\n{author}\n\n{typed}Record ID\n\n1\n")


def authors(tei) -> list[str]:
    return [compact_xml(a) for a in tei.iterfind(".//t:titleStmt/t:author", TEI)]


SPEECH = "Good evening, my fellow citizens.\n\nThank you and good night."


@pytest.mark.parametrize("author, expected", [
    pytest.param(KENNEDY, [LINKED.format("kennedy-john", "John F. Kennedy")],
                 id="r11 M5: the catalogue form"),
    pytest.param(f"{KENNEDY}\n\n{KHRUSHCHEV}",
                 [LINKED.format("kennedy-john", "John F. Kennedy"),
                  LINKED.format("khrushchev-nikita", "Nikita Sergeyevich Khrushchev")],
                 id="two, a line each"),
    pytest.param("Smith, John Q., 1920-", ["<author><persName>John Q. Smith</persName></author>"],
                 id="no register's: unlinked"),
    pytest.param("United States. Department of State", [], id="no person's form"),
])
def test_the_author_field_names_the_authors(valid_tei, registers, author, expected):
    """Review round 11 (M5): with `Author` / `Kennedy, John F. (John Fitzgerald), 1917-1963`
    the address had no author, and the field's life dates were tagged a date span."""
    tei = valid_tei(archive_page("Radio and Television Address on Cuba", SPEECH, author,
                                 "Speech"))
    assert authors(tei) == expected
    field = tei.find(".//t:note[@type='field'][@n='Author']", TEI)
    assert field.find(".//t:date", TEI) is None
    record = collect_document("x", tei, registers)[0].record
    assert [name for name, _ in record.authors] == [
        a.split(">")[-3].split("<")[0] for a in expected]


LETTER = "Dear Mr. Secretary General:\n\nI have received your message.\n\nN. Khrushchev"
SENT = "string(.//t:correspAction[@type='sent']/t:persName/@ref)"


@pytest.mark.parametrize("title, author, sender", [
    pytest.param("Letter to U Thant", KHRUSHCHEV, "persons.xml#khrushchev-nikita",
                 id="the title names no sender"),
    pytest.param("Letter from Fidel Castro to U Thant", KHRUSHCHEV, "persons.xml#castro-fidel",
                 id="the title's sender stays"),
])
def test_the_author_field_is_the_sender_where_the_title_names_none(registers, title, author,
                                                                    sender):
    from tests.conftest import encode_text
    tei, _ = encode_text(archive_page(title, LETTER.replace("N. Khrushchev", "Yours"), author),
                         registers)
    assert tei.xpath(SENT, namespaces=TEI) == sender
