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
    # rv2 F8: what a declassifier took, an extent or a kind after the colon, is a gap as
    # `[name deleted]` is, not words a hand struck out; real words stay del (above)
    ("The source said that [deleted: 2 lines] the missiles were ready.",
     'that <gap reason="omission"><desc>deleted: 2 lines</desc></gap> the'),
    ("The agent [deleted: name] reported from Havana.",
     'agent <gap reason="omission"><desc>deleted: name</desc></gap> reported'),
    ("The telegram was signed by [deleted: one word] Alekseev.",
     'by <gap reason="omission"><desc>deleted: one word</desc></gap> <persName'),
    ("The figure was [deleted: number] missiles.",
     'was <gap reason="omission"><desc>deleted: number</desc></gap> missiles'),
    ("The report [Deleted: 1 paragraph] ends here.",
     'report <gap reason="omission"><desc>Deleted: 1 paragraph</desc></gap> ends'),
    ("We agree [deleted: one more time] to the plan.",
     'We agree <del rend="deleted">one more time</del> to the plan.'),
    # session 24: a hand's addition whose label names what it wrote with, or none, was the
    # editors' supplied text while `[inserted: any]` was add
    ("He agreed [added in pencil: reluctantly] to it.",
     'agreed <add rend="added in pencil">reluctantly</add> to it.'),
    ("He wrote [written in ink: yes] on it.",
     'wrote <add rend="written in ink">yes</add> on it.'),
    ("He wrote [written in red ink in the margin: see me] on it.",
     'wrote <add place="margin" rend="written in red ink in the margin">see me</add> on it.'),
    ("We have [added: already] agreed.",
     'We have <add rend="added">already</add> agreed.'),
    ("We agree [added by hand: fully] to the plan.",
     'We agree <add rend="added by hand">fully</add> to the plan.'),
    # an excision is a gap whether or not `text` opens its label
    ("The source said that [text deleted: 3 lines] the missiles were ready.",
     'that <gap reason="omission"><desc>text deleted: 3 lines</desc></gap> the'),
    # the editors' words about an addition, and a label with no hand nor medium, stay theirs
    ("We agree [the words added in pencil] to the plan.",
     'We agree <supplied reason="clarification" resp="#ed">the words added in pencil</supplied>'),
    ("We agree [added later: fully] to the plan.",
     'We agree <supplied reason="clarification" resp="#ed">added later: fully</supplied>'),
    ("We agree [to the inserted clause] in full.",
     'We agree <supplied reason="clarification" resp="#ed">to the inserted clause</supplied>'),
]


@pytest.mark.parametrize("source, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_a_mark_of_the_source_encodes_as(source, expected, registers):
    tei, reporter = encode_text(page(source), registers)
    assert tei is not None, [str(d) for d in reporter.diagnostics]
    assert expected in body_xml(tei)
