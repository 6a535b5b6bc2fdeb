"""Sentences an English text quotes in another language: `foreign[@xml:lang]` inside the marks."""

from __future__ import annotations

import pytest
from lxml import html

from edition import foreign_quotes
from edition.model import plain_text
from edition.render.html import render_fragment
from tests.conftest import TEI, body_xml, document_context, encode_text, page


@pytest.mark.parametrize("body, fragment", [
    ('Castro said: "No aceptaremos la inspección de ninguna manera." Then he left.',
     'Castro said: "<foreign xml:lang="es">No aceptaremos la inspección de ninguna manera.'
     '</foreign>" Then he left.'),
    ("The Ambassador said: “Wir werden das nicht annehmen.”",
     'The Ambassador said: “<foreign xml:lang="de">Wir werden das nicht annehmen.</foreign>”'),
    ('He said: "Fidel, no aceptaremos la inspección de ninguna manera."',
     'He said: "<foreign xml:lang="es"><persName ref="persons.xml#castro-fidel">Fidel</persName>, '
     'no aceptaremos la inspección de ninguna manera.</foreign>"'),
    ('He said: "The people of Santiago de Cuba will fight."',
     'He said: "The people of <placeName ref="places.xml#santiago-de-cuba">Santiago de Cuba'
     '</placeName> will fight."'),
    ('The crowd shouted "Patria o Muerte" and the word "obeskurazheni" was used.',
     'The crowd shouted "Patria o Muerte" and the word "obeskurazheni" was used.'),
    ('De Gaulle said: "La France a été aux côtés de ses alliés."',
     'De Gaulle said: "La France a été aux côtés de ses alliés."'),
], ids=["Spanish", "German, in curly marks", "a name in it is still linked",
        "English with a foreign name", "a motto and a word: too few to tell",
        "as French as Spanish"])
def test_a_sentence_quoted_in_another_language_is_foreign_in_it(registers, body, fragment):
    """Session 20: a quoted sentence the words of `languages` tell got no `xml:lang`; one whose
    language is not certain stays text."""
    tei, reporter = encode_text(page(body), registers)
    assert [str(d) for d in reporter.sorted()] == []
    assert f'<p n="1" xml:id="L1">{fragment}</p>' in body_xml(tei)


def test_a_german_text_s_german_quotation_is_no_foreign(registers):
    """Only an English text's quotation is marked: in a German text, German is its own."""
    body = ('Der Botschafter sagte: "Wir werden das nicht annehmen." Sehr geehrter Herr '
            'Präsident, die Regierung der Bundesrepublik hat mit großer Sorge die Entwicklung '
            'in der Karibik verfolgt und ist der Auffassung, dass eine Lösung gefunden werden '
            'muss, die den Frieden sichert und die Rechte aller Beteiligten achtet.')
    source = page(body).replace("An archive.", "An archive.\n\nLanguage\n\nGerman")
    tei, _ = encode_text(source, registers)
    assert tei.find(".//t:text", TEI).get("{http://www.w3.org/XML/1998/namespace}lang") == "de"
    assert "<foreign" not in body_xml(tei)


def test_the_page_shows_a_foreign_quotation_in_its_language(valid_tei, registers):
    tei = valid_tei(page('Castro said: "No aceptaremos la inspección de ninguna manera."'))
    shown = html.fragment_fromstring(str(render_fragment([tei.find(".//t:body/t:div/t:p", TEI)],
                                                         document_context(registers))))
    assert [i.get("lang") for i in shown.xpath("//i[@class='foreign']")] == ["es"]


def test_a_text_without_a_quotation_mark_is_not_read_for_one(registers, monkeypatch):
    """Session 22: every block's text was gathered and searched for quotations, though most
    hold no quotation mark; only those with one are read (and still marked)."""
    read = []
    monkeypatch.setattr(foreign_quotes, "plain_text",
                        lambda nodes: read.append(plain_text(nodes)) or read[-1])
    body = ('We talked in Havana.\n\nCastro said: "No aceptaremos la inspección de ninguna '
            'manera."\n\nThen he left for Santiago de Cuba.')
    tei, _ = encode_text(page(body), registers)
    assert '<foreign xml:lang="es">' in body_xml(tei)
    assert read and all('"' in text for text in read), read
