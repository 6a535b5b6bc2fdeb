"""Alternatives and breaks of foreign TEI -> our reading text: no words run together or lost.

subst, del, app and rdg keep the reading text and set the rest aside in an encoder's note at
the end of the word; pb, cb and lb end a word unless break="no" (an lb so marked is kept); the
readings of a choice are words of their own. The words check reads the foreign text the same way.
"""

from __future__ import annotations

import pytest
from lxml import etree

from edition.diagnostics import Reporter
from edition.ingest.words import check_foreign_words
from tests.ingest.helpers import converted_body, foreign, ingest_text

P = '<div type="document" subtype="letter"><p n="1" xml:id="L1">'
END = "</p></div>"
NOTE = '<note type="editorial" place="inline" resp="#encoder" xml:lang="en">'
SUPPLIED = '<supplied reason="clarification" resp="#ed">'

CASES = [
    ("a substitution: the addition, the deletion in a note",
     "<div><p>The <subst><del>quick</del><add>slow</add></subst> fox.</p></div>",
     f"{P}The slow{NOTE}Deleted: quick</note> fox.{END}"),
    ("a substitution inside a word: the note after the word",
     "<div><p>a w<subst><del>a</del><add>o</add></subst>rd's end</p></div>",
     f"{P}a word's{NOTE}Deleted: a</note> end{END}"),
    ("a deletion alone, inside a word",
     "<div><p>the wor<del rend='overstrike'>x</del>ld</p></div>",
     f"{P}the world{NOTE}Deleted: x</note>{END}"),
    ("an apparatus: the lemma, the reading with its witness in a note",
     "<div><p>The <app><lem>quick</lem><rdg wit='#B #C'>slow</rdg></app> fox.</p></div>",
     f"{P}The quick{NOTE}Reading of B, C: slow</note> fox.{END}"),
    ("an apparatus without a lemma, a group of readings, an empty reading",
     "<div><p>The <app><rdg wit='#A'>quick</rdg><rdg wit='#C'/></app> fox "
     "<app><lem>ran</lem><rdgGrp><rdg>sat</rdg></rdgGrp></app>.</p></div>",
     f"{P}The quick{NOTE}Reading of C: omitted</note> fox ran{NOTE}Another reading: sat</note>."
     f"{END}"),
    ("page and column breaks end a word",
     "<div><p>line two<pb n='2'/>line three<cb n='2'/>, col two</p></div>",
     f"{P}line two line three, col two{END}"),
    ("a break marked break=no joins the word, white space around it or not",
     "<div><p>the sen<pb n='2' break='no'/>tence and the sen\n  <pb n='3' break='no'/>\n  "
     "tence</p></div>",
     f"{P}the sentence and the sentence{END}"),
    ("a line break marked break=no stays in our TEI, inside the word, as the source has it",
     "<div><p>the sen<lb break='no'/>tence and the sen\n  <lb break='no'/>\n  tence, a<lb/>line"
     "</p></div>",
     f'{P}the sen<lb break="no"/>tence and the sen<lb break="no"/>tence, a<lb/>line{END}'),
    ("a page break before a line break inside a word still ends the word before it",
     "<div><p>line two<pb n='2'/><lb break='no'/>three</p></div>",
     f'{P}line two <lb break="no"/>three{END}'),
    ("a page break between words written directly in a div",
     "<div>loose text<pb n='2'/>more text</div>",
     f"{P}loose text more text{END}"),
    ("adjacent choices are words of their own; punctuation stays close",
     "<div><p><choice><orig>colour</orig><reg>color</reg></choice><choice><sic>a</sic>"
     "<corr>b</corr></choice> (<choice><abbr>Mr</abbr><expan>Mister</expan></choice>).</p></div>",
     f"{P}colour {SUPPLIED}color</supplied> a {SUPPLIED}b</supplied> (Mr {SUPPLIED}Mister"
     f"</supplied>).{END}"),
]


@pytest.mark.parametrize("name, body, expected", CASES, ids=[c[0] for c in CASES])
def test_reading_text(name, body, expected, tmp_path, validator):
    assert converted_body(foreign(body), tmp_path, validator) == expected


def test_a_lost_word_is_reported_at_its_line(tmp_path):
    text = foreign("<div><p>First line.</p>\n<p>The\n<subst><del>quick</del><add>slow</add>"
                   "</subst> fox.</p></div>")
    encoded, _ = ingest_text(text, tmp_path)
    encoded.tei.find(".//{*}note[@resp='#encoder']").text = "Deleted."
    reporter = Reporter()
    root = etree.fromstring(text.encode("utf-8"))
    assert check_foreign_words(root, encoded.tei, "x.xml", reporter) == ["quick"]
    assert [str(d) for d in reporter.diagnostics] == [
        "x.xml:6: error: 1 word(s) of the foreign text are missing from our TEI: 'quick' "
        "[words-lost]"]
