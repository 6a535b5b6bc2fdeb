"""Source snippet -> TEI fragment for a forename alone that is a register form (`Raúl`, `Fidel`):
its bearer's, unless the document named another person of that forename before it (r9)."""

import pytest

from tests.conftest import body_xml, encode_text, page

CASTRO_RAUL = '<persName ref="persons.xml#castro-raul">'
FIDEL = '<persName ref="persons.xml#castro-fidel">Fidel</persName>'

ANOTHERS = [
    pytest.param("Raúl Roa spoke first. Then Raúl said that the army was ready.",
                 "Then Raúl said", id="Roa before"),
    pytest.param("Raúl Roa spoke first.\n\nThen Raúl said that the army was ready.",
                 "Then Raúl said", id="Roa in the paragraph before"),
    pytest.param("Raúl Roa and Raúl Castro spoke. Then Raúl said that the army was ready.",
                 "Then Raúl said", id="both named"),
    pytest.param("Minister Raul Roa spoke first. Raul said that the army was ready.",
                 "first. Raul said", id="unaccented"),
    pytest.param("Raúl Roa spoke first. Roa and Raúl were at the front.",
                 "Roa</persName> and Raúl were", id="coordinated with another surname"),
]
STILL_HIS = [
    pytest.param("Raúl Castro spoke first. Then Raúl said that the army was ready.",
                 f"Then {CASTRO_RAUL}Raúl</persName> said", id="Castro before"),
    pytest.param("Then Raúl said that the army was ready. Roa agreed.",
                 f"Then {CASTRO_RAUL}Raúl</persName> said", id="Roa's surname alone"),
    pytest.param("Raúl Roa spoke first. Then Fidel said that the army was ready.",
                 f"Then {FIDEL} said", id="another forename"),
    # rv2 F5: the brothers' pair, a forename coordinated with a linked one of the same surname
    *(pytest.param(f"Raúl Roa spoke first. He said that Fidel {joint} Raúl were at the front.",
                   f"{FIDEL} {joint} {CASTRO_RAUL}Raúl</persName> were", id=f"Fidel {joint} Raúl")
      for joint in ("and", "y")),
]


@pytest.mark.parametrize("text, expected", ANOTHERS)
def test_a_forename_another_named_person_bears_links_no_one(text, expected, registers):
    tei, reporter = encode_text(page(f"A.I. MIKOYAN. {text}"), registers)
    body = body_xml(tei)
    assert expected in body, [str(d) for d in reporter.diagnostics]
    assert "castro-raul" not in body.replace(f"{CASTRO_RAUL}Raúl Castro<", "")


@pytest.mark.parametrize("text, expected", STILL_HIS)
def test_a_forename_no_one_else_named_bears_is_its_bearers(text, expected, registers):
    tei, reporter = encode_text(page(f"A.I. MIKOYAN. {text}"), registers)
    assert expected in body_xml(tei), [str(d) for d in reporter.diagnostics]


def test_the_forenames_are_the_detectors_names():
    """`forenames._forenames` reads the dictionary's names alone: each one the `gender-guesser`
    Detector knows (a gender other than "unknown"), and no other word (s27 p12)."""
    from gender_guesser.detector import Detector

    from edition.forenames import _forenames, is_forename
    detector = Detector(case_sensitive=False)
    assert _forenames() == frozenset(detector.names)
    for word in ("Robert", "ETHEL", "Raúl", "jean marie", "Jean-Marie", "Following", "Why", ""):
        assert is_forename(word) == (detector.get_gender(word) != "unknown"), word
