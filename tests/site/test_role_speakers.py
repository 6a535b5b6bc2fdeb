"""A press conference's `QUESTION:` and an interview's `Q:` / `A:` are parts, not persons: no
entry of the persons index, the label shown as printed on the document's page."""

from __future__ import annotations

import pytest
from lxml import html

from tests.conftest import build_sources, page

PRESS = page("MR. MIKOYAN: Ladies and gentlemen.\n\nQUESTION: Have the bombers left?\n\n"
             "MR. MIKOYAN: They are being loaded.\n\nQUESTION (New York Times): And Berlin?\n\n"
             "MR. MIKOYAN: We discussed it.\n\nQ: And trade?\n\nA: Trade is my profession.\n\n"
             "Q: Thank you.", title="Press Conference of A.I. Mikoyan")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """Built without provisional persons: the roles were errors [speaker-unknown] then."""
    return build_sources(tmp_path_factory.mktemp("roles"), {"press.txt": PRESS})


def test_the_persons_index_lists_no_role(site):
    """Review round 6 (7.1): the persons index listed Q, A and QUESTION as persons."""
    tree = html.fromstring((site / "persons" / "index.html").read_bytes())
    names = {" ".join(a.text_content().split()) for a in tree.xpath("//main//a")}
    assert "Anastas Ivanovich Mikoyan" in names
    assert not names & {"Q", "A", "QUESTION", "Question"}


def test_the_page_shows_the_roles_labels_as_printed(site):
    tree = html.fromstring((site / "documents" / "press.html").read_bytes())
    text = " ".join(tree.xpath("string(//main)").split())
    assert "QUESTION (New York Times)" in text
    assert "New York Times" not in " ".join(tree.xpath("//main//*[contains(@class, 'stage')]"
                                                       "//text()"))
