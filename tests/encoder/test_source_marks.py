"""A source's marks of deletion and addition read as del and add, whatever the label says."""

import pytest

from tests.conftest import body_xml, encode_text, page

CASES = [
    # review 9 (R15): a word the author deleted was the editors' supplied text, "deleted: not"
    ("We agree [deleted: not] to the plan.",
     'We agree <del rend="deleted">not</del> to the plan.'),
    ("We agree [strikethrough: not] to the plan.",
     'We agree <del rend="strikethrough">not</del> to the plan.'),
    ("We agree [struck through: not] to the plan.",
     'We agree <del rend="struck through">not</del> to the plan.'),
    # an overwritten reading: the words another hand wrote over, the label kept in @rend
    ("The ships left on the [overwritten: 18] of October.",
     'on the <del rend="overwritten">18</del> of October.'),
    ("We have [inserted: already] agreed.",
     'We have <add rend="inserted">already</add> agreed.'),
    ("We [above the line: fully] agree.",
     'We <add place="above" rend="above the line">fully</add> agree.'),
    ("We agree. [marginal note: Khrushchev approves]",
     ('<add place="margin" rend="marginal note"><persName ref="persons.xml#khrushchev-nikita">'
      'Khrushchev</persName> approves</add>')),
    ("We agree. [in the margin: see me]",
     '<add place="margin" rend="in the margin">see me</add>'),
    # what was read so before stays so
    ("We agree [crossed out: not] to the plan.",
     'We agree <del rend="crossed out">not</del> to the plan.'),
    ("We agree [handwritten in margin: fully] to the plan.",
     'We agree <add place="margin" rend="handwritten in margin">fully</add> to the plan.'),
    # no colon: FRUS's declassification, and the editors' words, as before
    ("We agree with [name deleted] on the plan.",
     'with <gap reason="omission"><desc>name deleted</desc></gap> on'),
    ("We agree [to the inserted clause] in full.",
     'We agree <supplied reason="clarification" resp="#ed">to the inserted clause</supplied>'),
]


@pytest.mark.parametrize("source, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_a_mark_of_the_source_encodes_as(source, expected, registers):
    tei, reporter = encode_text(page(source), registers)
    assert tei is not None, [str(d) for d in reporter.diagnostics]
    assert expected in body_xml(tei)
