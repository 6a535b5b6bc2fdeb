"""Speaker labels of French records: courtesy titles before the name, a space before the colon."""

import pytest

from tests.conftest import encode_text, page

RECORD = "Compte rendu de l'entretien entre M. Couve de Murville et M. Alphand"


def speakers(tei) -> list[str]:
    """The speaker of each turn of the document."""
    return [sp.findtext("{*}speaker") for sp in tei.iter("{*}sp")]


def test_a_french_courtesy_title_is_no_speaker(registers):
    """Review 13 S5a: `M. Couve de Murville :` and `M. Alphand :` were both the speaker "M", the
    turns of different men merged into one provisional person."""
    body = ("M. Couve de Murville : La France soutient les États-Unis.\n\nM. Alphand : "
            "Certainement.\n\nM. Couve de Murville : Bien.\n\nLe Général de Gaulle : Non.\n\n"
            "MM. Lucet : Oui.")
    tei, _ = encode_text(page(body, title=RECORD), registers, provisional=True)
    assert speakers(tei) == ["M. Couve de Murville", "M. Alphand", "M. Couve de Murville",
                             "Le Général de Gaulle", "MM. Lucet"]
    assert len({sp.get("who") for sp in tei.iter("{*}sp")}) == 4


@pytest.mark.parametrize("space", [" ", "\u00a0"])
def test_a_label_in_capitals_before_a_spaced_colon_is_read(space, registers):
    """Review 13 S5b: `MIKOYAN : Nous sommes d'accord.` (French spacing) was not read, nor
    warned: the dialogue was plain paragraphs."""
    body = (f"MIKOYAN{space}: Nous sommes d'accord.\n\nDORTICOS{space}: Non.\n\n"
            f"MIKOYAN{space}: Bien.")
    tei, _ = encode_text(page(body, title=RECORD), registers, provisional=True)
    assert [(sp.get("who"), sp.findtext("{*}speaker")) for sp in tei.iter("{*}sp")] == [
        ("persons.xml#mikoyan-anastas", "MIKOYAN"), ("persons.xml#dorticos-osvaldo", "DORTICOS"),
        ("persons.xml#mikoyan-anastas", "MIKOYAN")]
    assert [p.text for p in tei.iterfind(".//{*}sp/{*}p")] == ["Nous sommes d'accord.", "Non.",
                                                               "Bien."]


def test_a_french_article_before_a_place_is_no_label(registers):
    """`La Havane : ...` names no title after the article: no speaker."""
    body = "La Havane : la ville est calme.\n\nM. Alphand : Bien."
    tei, _ = encode_text(page(body, title=RECORD), registers, provisional=True)
    assert speakers(tei) == ["M. Alphand"]
