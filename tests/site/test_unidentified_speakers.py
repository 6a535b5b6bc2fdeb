"""The turns of speakers a source names no one by are counted on the analytics page and the
document's chart, together, so that the speakers' numbers add up to the document's turns."""

from __future__ import annotations

import pytest
from lxml import etree, html

from tests.conftest import TEI, build_sources, page

TAPE = page("Kuznetsov: We are ready now.\n\nUnidentified: And the ships?\n\n"
            "Kuznetsov: That is another question.\n\nSpeaker?: Three more words.",
            title="Transcript of a Recorded Meeting in the Oval Office")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build_sources(tmp_path_factory.mktemp("unidentified"), {"tape.txt": TAPE})


def cells(row) -> list[str]:
    return [" ".join(cell.text_content().split()) for cell in row.xpath("th | td")]


def test_the_analytics_page_counts_the_unidentified_speakers_last_and_unlinked(site):
    """Review of session 20: the two unnamed turns (`sp` without @who) were in no row of the
    analytics page, whose rows then did not add up to the document's four turns."""
    tree = html.fromstring((site / "analytics.html").read_bytes())
    totals = tree.xpath("//table[caption[@id='totals-caption']]/tbody/tr")
    assert [cells(row) for row in totals] == [["Vasily Vasilyevich Kuznetsov", "2", "8", "1"],
                                              ["Unidentified speakers", "2", "6", "1"]]
    assert not totals[-1].xpath(".//a")
    sp = etree.parse(str(site / "tei" / "tape.xml")).xpath("//t:sp", namespaces=TEI)
    assert sum(int(cells(row)[1]) for row in totals) == len(sp) == 4
    by_date = tree.xpath("//table[caption[@id='time-caption']]/tbody/tr")
    assert cells(by_date[-1]) == ["Unidentified speakers", "2 turns, 6 words"]
    assert "counted together as unidentified speakers" in tree.text_content()
    pairs = tree.xpath("//table[caption[@id='pairs-caption']]//tr[td]")
    assert not any("Unidentified" in row.text_content() for row in pairs)


def test_the_document_chart_has_a_bar_of_its_unidentified_speakers(site):
    tree = html.fromstring((site / "documents" / "tape.html").read_bytes())
    chart = tree.xpath("//section[@class='speakers']")[0]
    assert chart.xpath(".//svg/text[@text-anchor='end']/text()") == [
        "Vasily Vasilyevich Kuznetsov", "Unidentified speakers"]
    assert "(4 turns in all)" in chart.xpath("string(.//figcaption)")
