"""Review round 12's M8 (session 27): a report's country headings on lines of their own (`CUBA`,
`USSR`, `COMMUNIST CHINA`) head its sections, not numbered lines of its text.

Each case gives a report's text and the TEI it must become; every document made by `valid_tei`
is valid against the project schema, its Schematron and tei_all and reports nothing.
"""

from __future__ import annotations

import pytest

from tests.conftest import TEI, encode_text, page

TITLE = "Central Intelligence Agency, The President's Intelligence Checklist"
CUBA = "Aerial photography shows that the missile sites have been dismantled."
USSR = "Marshal Malinovsky spoke at a reception in Moscow."
CHINA = "Peking radio attacked the Soviet leaders by name."


def sections(tei) -> list[tuple[str, list[str]]]:
    """Each section of the body: its head's text and the @n of its paragraphs."""
    return [("".join(div.find("t:head", TEI).itertext()),
             [p.get("n") for p in div.iterfind("t:p", TEI)])
            for div in tei.iterfind(".//t:div[@type='section']", TEI)]


def test_country_headings_head_the_report_s_sections(valid_tei):
    """`CUBA`, `USSR`, `COMMUNIST CHINA` were lines 1, 3 and 5 of the text, `<p n="1">CUBA</p>`,
    cited and found as lines."""
    tei = valid_tei(page(f"CUBA\n\n{CUBA}\n\nUSSR\n\n{USSR}\n\nCOMMUNIST CHINA\n\n{CHINA}",
                         date="November 9, 1962", title=TITLE))
    assert sections(tei) == [("CUBA", ["1"]), ("USSR", ["2"]), ("COMMUNIST CHINA", ["3"])]
    assert tei.find(".//t:div[@type='section']/t:head", TEI).get("n") is None


@pytest.mark.parametrize("body", [
    pytest.param(f"CUBA\n\n{CUBA}\n\n{USSR}", id="one heading alone"),
    pytest.param(f"Cuba\n\n{CUBA}\n\nUSSR and Cuba\n\n{USSR}", id="not in capitals"),
    pytest.param(f"SOVIET MISSILES\n\n{CUBA}\n\nCOMMUNIST PARTY\n\n{USSR}",
                 id="headings naming no country"),
])
def test_other_lines_divide_nothing(registers, body):
    tei, _ = encode_text(page(body, date="November 9, 1962", title=TITLE), registers)
    assert tei.find(".//t:div[@type='section']", TEI) is None
