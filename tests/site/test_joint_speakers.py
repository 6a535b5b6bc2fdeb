"""A turn two speakers speak at once (`sp who="#a #b"`, `MIKOYAN and KENNEDY:`) is each one's:
the page names both, links neither label to one of them alone, and the analytics count it for
each."""

from __future__ import annotations

import pytest
from lxml import etree, html

from tests.conftest import TEI, build_sources, page

TELCON = page("KENNEDY: Right.\n\nMIKOYAN: Good-bye.\n\n"
              "MIKOYAN and KENNEDY: [simultaneously] Good-bye.",
              title="Telephone Conversation between President Kennedy and A. I. Mikoyan")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build_sources(tmp_path_factory.mktemp("joint"), {"telcon.txt": TELCON})


def test_a_joint_turn_names_both_speakers_on_the_page(site):
    """Review r12 M9: the renderer read the last pointer of @who alone (`entry_id`), so a joint
    label would have been linked to Kennedy only."""
    sp = etree.parse(str(site / "tei" / "telcon.xml")).xpath("//t:sp", namespaces=TEI)
    assert sp[-1].get("who") == "persons.xml#mikoyan-anastas persons.xml#kennedy-john"
    tree = html.fromstring((site / "documents" / "telcon.html").read_bytes())
    joint = tree.xpath("//*[@data-who='mikoyan-anastas kennedy-john']")
    assert len(joint) == 1
    assert "MIKOYAN and KENNEDY" in joint[0].text_content()
    assert not joint[0].xpath(".//a[contains(@href, 'kennedy-john')]")


def test_the_analytics_count_a_joint_turn_for_each_speaker(site):
    tree = html.fromstring((site / "analytics.html").read_bytes())
    totals = tree.xpath("//table[caption[@id='totals-caption']]/tbody/tr")
    turns = {row.xpath("string(th | td[1])").strip(): row.xpath("string(td[last()-2])").strip()
             for row in totals}
    assert turns.get("Anastas Ivanovich Mikoyan") == "2" and turns.get("John F. Kennedy") == "2"
