"""A signature opened by a copy's mark, `(signed)`, `(sgd.)`, `(-)`, closes the text as `/s/`."""

import pytest

from tests.conftest import body_xml, encode_text, page

TEXT = "We discussed the missiles in Cuba at length and agreed to meet again."
ALEKSEEV = '<persName ref="persons.xml#alekseev-aleksandr">A. Alekseev</persName>'
POLISH = ("Notatka z rozmowy z ambasadorem ZSRR\n\nW dniu 28 października ambasador Awierki "
          "Aristow poinformował, że Chruszczow zgodził się wycofać rakiety z Kuby.")

CASES = [
    # review 9 (R16): the marked signature was a paragraph of the text
    (f"{TEXT}\n\n(signed) A. Alekseev",
     f'<closer><signed n="2" xml:id="L2">(signed) {ALEKSEEV}</signed></closer>'),
    (f"{TEXT}\n\n(sgd.) A. Alekseev",
     f'<closer><signed n="2" xml:id="L2">(sgd.) {ALEKSEEV}</signed></closer>'),
    # the office over the marked name is the signer's, the name no postscript (both were prose)
    (f"{TEXT}\n\nDeputy Director, Department II\n(-) J. Winiewicz",
     ('<closer><signed n="2" xml:id="L2">Deputy Director, Department II</signed>'
      '<signed n="3" xml:id="L3">(-) J. Winiewicz</signed></closer></div>')),
    # the Polish copy: the office was the signature, the signature a postscript
    (f"{POLISH}\n\nWicedyrektor Departamentu II\n(-) J. Winiewicz",
     ('<closer><signed n="3" xml:id="L3">Wicedyrektor Departamentu II</signed>'
      '<signed n="4" xml:id="L4">(-) J. Winiewicz</signed></closer></div>')),
    # as before: `/s/`, and a parenthesis in the text that signs nothing
    (f"{TEXT}\n\n/s/ Dean Rusk",
     '<closer><signed n="2" xml:id="L2">/s/ Dean Rusk</signed></closer>'),
    (f"{TEXT}\n\n(signed) copies of the protocol were exchanged on the same day.",
     '<p n="2" xml:id="L2">(signed) copies of the protocol were exchanged on the same day.</p>'),
]


@pytest.mark.parametrize("source, expected", CASES, ids=[c[0][-30:] for c in CASES])
def test_a_marked_signature_closes_the_text(source, expected, registers):
    tei, reporter = encode_text(page(source, title="Note on the conversation"), registers)
    assert tei is not None, [str(d) for d in reporter.diagnostics]
    assert expected in body_xml(tei)
