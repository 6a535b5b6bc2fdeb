"""The who-speaks-with-whom grid of the analytics page stays readable with many speakers."""

from __future__ import annotations

import re

import pytest
from lxml import html

from edition.export.analytics import GRID_SPEAKERS
from tests.conftest import seeds_with
from tests.ingest.helpers import foreign
from tests.helpers import run

FIRST = "Alpha Zulu Bravo Charlie Delta Echo Foxtrot Golf".split()
SECOND = ["Alpha"] + "India Juliett Kilo Lima Mike November Oscar Papa".split()
SPEAKERS = 5 + len(set(FIRST + SECOND))   # the memorandum's five and the scenes'


def scene(title: str, names: list[str]) -> str:
    """A foreign document, cut out of one play as the other, in which each of `names` speaks
    once (`#alpha` of both is one person: see `ingest.people.source_scope`)."""
    turns = "".join(f"<sp who='#{name.lower()}'><speaker>{name}</speaker>"
                    f"<p>We agree, said {name}.</p></sp>" for name in names)
    play = "<idno type='repository'>example/plays</idno><idno type='path'>play.xml</idno>"
    return foreign(f"<div>{turns}</div>", title=title).replace("<bibl>", f"<bibl>{play}")


@pytest.fixture(scope="module")
def analytics(tmp_path_factory) -> html.HtmlElement:
    folder = tmp_path_factory.mktemp("grid")
    seeds = seeds_with(folder, ("scene-a.xml", scene("Scene A", FIRST)),
                       ("scene-b.xml", scene("Scene B", SECOND)))
    run(seeds, folder / "site")
    return html.fromstring((folder / "site" / "analytics.html").read_bytes())


def test_the_grid_shows_the_speakers_of_the_most_documents_and_says_so(analytics):
    assert SPEAKERS > GRID_SPEAKERS
    rows = analytics.xpath("//svg[contains(@class, 'matrix')]/text[@text-anchor='end']/text()")
    assert len(rows) == GRID_SPEAKERS
    assert rows[0] == "Alpha"   # the one speaker of two documents
    note = " ".join(analytics.xpath("string(//p[@class='grid-note'])").split())
    assert f"shows the {GRID_SPEAKERS} speakers" in note
    assert f"{SPEAKERS - GRID_SPEAKERS} more are left out" in note and "table below" in note
    assert "Papa" not in rows   # one document, like every scene speaker: last by name, left out
    assert "Papa" not in analytics.xpath("string(//svg[contains(@class, 'matrix')]/desc)")


def test_the_table_below_the_grid_still_lists_every_pair(analytics):
    pairs = analytics.xpath("//table[thead/tr/th='Speakers']/tbody/tr")
    pairs_of = {5: 10, len(FIRST): 28, len(SECOND): 36}   # n speakers: n(n-1)/2 pairs
    assert len(pairs) == sum(pairs_of.values())
    assert any("Papa" in pair.text_content() for pair in pairs)


def test_the_grid_is_drawn_at_its_own_size_in_a_box_that_scrolls(analytics):
    """Scaled to the column, 47 speakers had labels 4 px high; the grid keeps the size it is
    drawn at (13 px labels), scrolling in its own box where the window is narrower; the row
    labels are drawn apart, for the page to keep them in view (tests/browser/test_layout.py)."""
    box = analytics.xpath("//figure/div[contains(@class, 'chart-scroll')][@tabindex='0']")[0]
    svgs = box.xpath("svg")
    assert [svg.get("class") for svg in svgs] == ["chart matrix-rows", "chart matrix"]
    for svg in svgs:
        width = re.fullmatch(r"width: (\d+)px", svg.get("style")).group(1)
        assert svg.get("viewbox").split()[2] == width
