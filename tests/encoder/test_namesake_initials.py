"""A surname several register persons bear, after initials: the one whose initials they are."""

import pytest

from tests.conftest import body_xml, encode_text, page

SERGO = '<persName ref="persons.xml#mikoyan-sergo">S. Mikoyan</persName>'


@pytest.mark.parametrize("body, fragment", [
    pytest.param("S.A. Mikoyan is with the delegation. S. Mikoyan helps with the papers.",
                 f"delegation. {SERGO} helps", id="r7: the son's initial in the text"),
    pytest.param("These notes were written in the evenings.\n\nS. Mikoyan",
                 f'<signed n="2" xml:id="L2">{SERGO}</signed>', id="r7: the son's signature"),
    pytest.param("A. Mikoyan and Castro met.",
                 '<persName ref="persons.xml#mikoyan-anastas">A. Mikoyan</persName> and',
                 id="the father's initial"),
    pytest.param("They met at 5 P.M. Mikoyan spoke first.",
                 '5 P.M. <persName ref="persons.xml#mikoyan-anastas">Mikoyan</persName> spoke',
                 id="initials of no namesake: the surname's reading"),
    pytest.param("S. A. Mikoyan is with the delegation.",
                 '<persName ref="persons.xml#mikoyan-sergo">S. A. Mikoyan</persName> is with',
                 id="r8: the son's spaced initials, found as the father's form `A. Mikoyan`"),
    pytest.param("A. I. Mikoyan, A.I. Mikoyan, S.A. Mikoyan and S. Mikoyan met.",
                 '<persName ref="persons.xml#mikoyan-anastas">A. I. Mikoyan</persName>, '
                 '<persName ref="persons.xml#mikoyan-anastas">A.I. Mikoyan</persName>, '
                 '<persName ref="persons.xml#mikoyan-sergo">S.A. Mikoyan</persName> and '
                 f'{SERGO} met', id="the register's forms with initials as they were read"),
    pytest.param("See Item C. A. Mikoyan spoke first.",
                 'Item C. <persName ref="persons.xml#mikoyan-anastas">A. Mikoyan</persName> spoke',
                 id="an item's letter before the father's form: no initial"),
    pytest.param("Dorticos spoke of the U.S. A. Mikoyan replied that it was so.",
                 'U.S.</placeName> <persName ref="persons.xml#mikoyan-anastas">A. Mikoyan'
                 '</persName> replied', id="rv1: an abbreviation ending the sentence (U.S.)"),
    pytest.param("At 5 P.M. A. Mikoyan arrived.",
                 '5 P.M. <persName ref="persons.xml#mikoyan-anastas">A. Mikoyan</persName> arr',
                 id="rv1: an abbreviation ending the sentence (P.M.)"),
    pytest.param("The note came from Washington, D.C. A. Mikoyan read it.",
                 'D.C.</placeName> <persName ref="persons.xml#mikoyan-anastas">A. Mikoyan'
                 '</persName> read', id="rv1: an abbreviation ending the sentence (D.C.)"),
])
def test_initials_before_a_shared_surname_name_the_namesake_they_are(registers, body, fragment):
    """Review r7 (older): `S. Mikoyan` linked `Mikoyan`, Anastas Mikoyan's form, leaving the
    initial out, though `S.` is his son Sergo's: the initials say which of the two it is."""
    tei, reporter = encode_text(page(body), registers)
    assert reporter.diagnostics == []
    assert fragment in body_xml(tei)
