"""FRUS pages: footnotes show the number the volume printed; cross-references are links."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from edition.render.html import Context, render_text
from edition.render.notes import mark_note
from tests.conftest import SHARED, seeds_with
from tests.test_incremental import run

from .conftest import broken_links, parse
from .test_html_valid import check_html, errors_by_file

FRUS = SHARED / "corpus" / "dev" / "frus"
HISTORY = "https://history.state.gov/historicaldocuments/frus1969-76v12"
NOTEREFS = "//a[@class='noteref']"


@pytest.fixture(scope="module")
def frus_site(tmp_path_factory) -> Path:
    """The seeds with FRUS d121 and d126 (d126's notes point at d121, d98 and d109)."""
    folder = tmp_path_factory.mktemp("frus")
    seeds = seeds_with(folder, *((p.name, p) for p in sorted(FRUS.glob("*-d12[16].xml"))))
    run(seeds, folder / "site")
    return folder / "site"


def document(site: Path, number: int):
    return parse(site / "documents" / f"frus1969-76v12-d{number}.html")


def test_footnotes_show_the_printed_numbers(frus_site):
    page = document(frus_site, 121)      # footnote 1 is the source note, in the header
    assert page.xpath(f"{NOTEREFS}/sup/text()") == [str(n) for n in range(2, 10)]
    assert page.xpath(f"{NOTEREFS}/@href") == [f"#fn{n}" for n in range(2, 10)]
    items = page.xpath("//ol[@class='footnotes']/li")
    assert [(li.get("id"), li.get("value")) for li in items] == \
        [(f"fn{n}", str(n)) for n in range(2, 10)]
    ids = page.xpath("//@id")
    assert len(ids) == len(set(ids))


def test_a_reference_links_the_editions_page_or_the_public_one(frus_site):
    page = document(frus_site, 126)
    links = {a.text_content(): a.get("href") for a in page.xpath("//a[@class='ref']")}
    assert links == {
        "Document 121": "frus1969-76v12-d121.html",          # in the edition
        "Document 98": f"{HISTORY}/d98",                      # not in it
        "Documents 81": f"{HISTORY}/d81", "87": f"{HISTORY}/d87",
        "footnote 4, Document 2": f"{HISTORY}/d2#fn4",
        "footnote 1 to Document 91": f"{HISTORY}/d91#fn1",
        "footnote 3 to Document 109": f"{HISTORY}/d109#fn3"}


def test_the_pages_are_valid_and_their_links_resolve(frus_site, tmp_path):
    assert [link for link in broken_links(frus_site) if "frus" in link] == []
    pages = [frus_site / "documents" / f"frus1969-76v12-d{n}.html" for n in (121, 126)]
    assert errors_by_file(check_html(pages), frus_site) == {}


NOTES = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><div><p n="1" xml:id="L1">A.
<note type="editorial" place="inline" resp="#ed" n="3">Printed 3.</note> B.
<note type="editorial" place="inline" resp="#encoder">Ours.</note> C.
<note type="editorial" place="inline" resp="#ed" n="3">Printed 3 again.</note> D.
<note type="editorial" place="inline" resp="#ed" n="3a">Not a number.</note></p></div></body>
</text></TEI>"""


def test_notes_without_a_printed_number_keep_their_place_in_the_count():
    notes = list(etree.fromstring(NOTES).iter("{*}note"))
    taken: set[str] = set()
    marks = [mark_note(note, number, taken) for number, note in enumerate(notes, 1)]
    assert [(m.label, m.anchor, m.marker) for m in marks] == [
        ("3", "fn3", "noteref-1"), ("2", "note-2", "noteref-2"),
        ("3", "note-3", "noteref-3"), ("4", "note-4", "noteref-4")]


def test_the_page_of_a_plain_text_document_counts_its_notes(site):
    """Block notes (markers link their line) and inline notes share one count, as before."""
    page = parse(site / "documents" / "1962-11-05-memcon-mikoyan-dorticos.html")
    labels = page.xpath(f"{NOTEREFS}/sup/text()")
    assert labels == [str(n) for n in range(1, len(labels) + 1)] and len(labels) > 2
    inline = page.xpath(f"{NOTEREFS}[starts-with(@href, '#note-')]")
    assert inline and all(a.get("href") == f"#note-{a.findtext('sup')}" for a in inline)
