"""The rendered site: document pages, lines, notes, indices, links, citations, determinism."""

from __future__ import annotations

import copy
import json
import re

import pytest

from edition.render import pages as pages_module
from edition.render import render_site
from edition.write import SiteWriter
from tests.conftest import DEV_CORPUS
from tests.ingest.conftest import ingest_all, publish, published_page
from tests.ingest.helpers import foreign

from .conftest import MEMO, TEI_NS, TEL, broken_links, build, parse
from .helpers import CUBA, rows, shown_text

DRAMA = DEV_CORPUS / "shakedracor" / "shakedracor-henry-v-1.2.xml"
DEBATE = DEV_CORPUS / "parlamint" / "ParlaMint-GB_2017-09-07-commons.xml"
LETTER = DEV_CORPUS / "frus" / "frus1969-76v12-d126.xml"
METADATA = "//dl[@class='metadata']"


def test_memorandum_has_63_turns_and_3_editorial_notes(site):
    page = parse(site / f"documents/{MEMO}.html")
    assert len(page.xpath("//section[@class='sp']")) == 63
    notes = page.xpath("//div[contains(@class, 'note-block')]")
    assert len(notes) == 3
    for note in notes:  # numbered, linked back to the marker in the annotated line
        back = note.xpath(".//p[@class='note-label']/a/@href")[0]
        assert page.xpath(f"//*[@id='{back[1:]}']"), back


def test_every_tei_line_has_exactly_one_anchor(site, documents):
    for doc_id, root in documents:
        page = parse(site / f"documents/{doc_id}.html")
        numbers = root.xpath("//t:body//*[@n]/@n", namespaces=TEI_NS)
        assert numbers
        for n in numbers:
            anchors = page.xpath(f"//*[@id='L{n}']")
            assert len(anchors) == 1, (doc_id, n)
            assert anchors[0].xpath(f"a[@class='ln'][@href='#L{n}']"), (doc_id, n)
            citation = anchors[0].xpath("string(details[@class='cite-line']/p)")
            assert f", line {n}, " in citation and citation.endswith(f"{doc_id}.html#L{n}.")
        assert len(page.xpath("//*[starts-with(@id, 'L')]")) == len(numbers)


def test_every_internal_link_resolves(site):
    assert broken_links(site) == []


def test_every_page_names_the_icon_so_no_browser_asks_for_a_missing_favicon(site):
    """Without a `rel=icon`, a browser asks for /favicon.ico, which the site has not: a 404 a page."""
    pages = sorted(site.rglob("*.html"))
    without = [p.relative_to(site).as_posix() for p in pages
               if not parse(p).xpath("//head/link[@rel='icon'][@type='image/svg+xml']")]
    assert len(pages) > 20 and without == []
    assert (site / "static/favicon.svg").read_bytes().startswith(b"<svg")


def test_link_checker_finds_broken_links(tmp_path):
    (tmp_path / "a.html").write_text('<html><body><a href="b.html#x">b</a>'
                                     '<a href="#y">y</a><a href="c.html">c</a></body></html>')
    (tmp_path / "b.html").write_text('<html><body><p id="z">z</p></body></html>')
    found = broken_links(tmp_path)
    assert len(found) == 3 and "no id x" in found[0]


def test_person_page_lists_mentions_linking_to_lines(site, documents):
    page = parse(site / "persons/mikoyan-anastas.html")
    links = page.xpath("//ol[@class='kwic']/li/a[@class='kwic-line']/@href")
    expected = sum(len(root.xpath("//t:body//t:persName[@ref='persons.xml#mikoyan-anastas']",
                                  namespaces=TEI_NS)) for _, root in documents)
    assert len(links) == expected > 10
    assert all(link.startswith("../documents/") and "#L" in link for link in links)
    assert page.xpath("//ol[@class='kwic']/li//mark[contains(., 'Mikoyan') or contains(., 'MIKOYAN')]")
    turns = page.xpath("//section[h2='Speaker turns']//li")
    assert turns and "28 turns" in turns[0].text_content()


def test_register_indices_list_every_entry(site, corpus):
    for kind, folder in (("person", "persons"), ("place", "places"), ("org", "organizations")):
        page = parse(site / f"{folder}/index.html")
        rows = page.xpath("//table[@class='register']/tbody/tr")
        said = re.search(r"also holds (\d+) entr", page.text_content())
        unnamed = int(said.group(1)) if said else 0   # no document names (the seeds' Beijing)
        assert len(rows) + unnamed == len(corpus.registers.entries(kind)) and len(rows) > 5


def test_document_page_metadata_and_navigation(site):
    page = parse(site / f"documents/{MEMO}.html")
    assert page.xpath("string(//h1)").startswith("Memorandum of Conversation")
    assert page.xpath("//dd/time[@datetime='1962-11-05']")
    text = page.text_content()
    for value in ("Mark H. Doctoroff", "Top Secret", "110969", "Russian Foreign Ministry archives"):
        assert value in text
    assert page.xpath(f"//a[@href='../tei/{MEMO}.xml'][.='Download TEI']")
    assert page.xpath(f"//a[@href='../xml/{MEMO}.html'][.='View XML']")
    assert page.xpath(f"//a[@rel='next'][@href='{TEL}.html']")
    assert parse(site / f"documents/{TEL}.html").xpath(f"//a[@rel='prev'][@href='{MEMO}.html']")
    assert page.xpath("//svg[@role='img']//text[contains(., 'words')]")


def test_inline_conventions(site):
    page = parse(site / f"documents/{MEMO}.html")
    supplied = page.xpath("//span[@class='supplied']")
    assert supplied and all(s.get("tabindex") == "0" and s.get("data-explain") for s in supplied)
    assert supplied[0].text_content().startswith("[")
    signed = page.xpath("//span[@class='supplied'][starts-with(., '[in Cuba')]")
    assert [s.xpath("string(text()[last()])") for s in signed] == ["\u2014ed.]"]  # [in Cuba--ed.]
    assert "signed" in signed[0].get("data-explain")
    assert page.xpath("//i[@class='foreign'][@lang='ru-Latn'][.='obeskurazheni']")
    assert page.xpath("//time[@datetime='1962-11-06'][contains(@class, 'conjecture')]")
    assert page.xpath("//p[contains(@class, 'stage-business')]")
    assert page.xpath("//ol[@class='footnotes']/li[@id]/a[@class='backref']")


def test_citations_and_machine_readable_metadata(site):
    page = parse(site / f"documents/{MEMO}.html")
    meta = {m.get("name"): m.get("content") for m in page.xpath("//meta[@name]")}
    assert meta["citation_title"].startswith("Memorandum of Conversation")
    assert meta["citation_date"] == "1962/11/05"
    assert meta["citation_public_url"] == f"https://example.org/mikoyan-1962/documents/{MEMO}.html"
    assert page.xpath("//link[@rel='cite-as']/@href") == [meta["citation_public_url"]]
    csl = json.loads(page.xpath("//script[@type='application/vnd.citationstyles.csl+json']")[0].text)
    assert csl[0]["issued"] == {"date-parts": [[1962, 11, 5]]} and csl[0]["version"] == "0.1.0"
    cite = page.xpath("//section[@id='cite']")[0].text_content()
    assert "version 0.1.0" in cite and "@misc{" in cite and "2026" in cite


def test_every_page_is_accessible_in_structure(site):
    for path in sorted(site.rglob("*.html")):
        page = parse(path)
        assert page.get("lang") == "en", path
        assert len(page.xpath("//h1")) == 1, path
        assert page.xpath("//a[@class='skip-link'][@href='#main']") and page.xpath("//main[@id='main']")
        assert page.xpath("//header") and page.xpath("//nav") and page.xpath("//footer"), path
        assert "0.1.0" in page.xpath("string(//footer)"), path
        external = "//script[starts-with(@src, 'http')] | //link[@rel='stylesheet'][starts-with(@href, 'http')]"
        assert not page.xpath(external), path


def test_site_pages_exist(site):
    for name in ("index.html", "chronology.html", "search.html", "about.html", "how-to-cite.html",
                 "downloads.html", "persons/index.html", "places/index.html",
                 "organizations/index.html", f"xml/{MEMO}.html", "static/edition.css",
                 "static/lines.js", "schemas/edition.rng"):
        assert (site / name).is_file(), name
    assert parse(site / "search.html").xpath("//div[@id='search']")
    about = parse(site / "about.html").text_content()
    assert "Ed. note paragraphs" in about and "supplied" in about
    downloads = parse(site / "downloads.html").xpath("//a/@href")
    assert "schemas/edition.odd" in downloads and "tei/persons.xml" in downloads
    chronology = parse(site / "chronology.html")
    assert chronology.xpath(f"//ol[@class='timeline']//a[@href='documents/{MEMO}.html']")
    assert chronology.xpath("//ul[@class='months']//a/@href") == [
        "chronology/1918.html", "chronology/1958.html", "chronology/1962-10.html",
        "chronology/1962-11.html"]
    november = parse(site / "chronology/1962-11.html")
    assert november.xpath("//a[@rel='prev'][@href='1962-10.html']")
    assert not november.xpath("//a[@rel='next']")
    assert november.xpath("//h2[@id='d1962-11-05']/following-sibling::ul[1]"
                          f"/li/a[@href='../documents/{MEMO}.html#L2']")


def test_view_xml_page_shows_the_tei(site):
    page = parse(site / f"xml/{MEMO}.html")
    source = page.xpath("string(//div[@class='source'])")
    assert '<sp who="persons.xml#dorticos-osvaldo">' in source


def test_rendering_twice_gives_identical_files(tmp_path, corpus, documents, site):
    again = build(tmp_path / "again", corpus, documents)
    first = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


def test_jinja_environment_escapes_and_is_strict():
    import jinja2
    env = pages_module.environment()
    assert env.autoescape is True and env.undefined is jinja2.StrictUndefined


def test_markup_in_tei_text_is_escaped(tmp_path, corpus, documents):
    doc_id, root = documents[0]
    root = copy.deepcopy(root)
    line = root.xpath("//t:body//*[@n='3']", namespaces=TEI_NS)[0]
    line.text = "<script>alert(1)</script> & "
    title = root.xpath("//t:titleStmt/t:title", namespaces=TEI_NS)[0]
    title.text = "<script>alert(2)</script>"
    writer = SiteWriter(tmp_path / "site")
    render_site([(doc_id, root)], corpus.registers, corpus.settings, writer)
    writer.commit()
    raw = (tmp_path / "site" / f"documents/{doc_id}.html").read_text()
    assert "<script>alert" not in raw
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; " in raw
    page = parse(tmp_path / "site" / f"documents/{doc_id}.html")
    assert page.xpath("string(//*[@id='L3']/p)").startswith("<script>alert(1)")
    assert page.xpath("string(//h1)") == "<script>alert(2)</script>"


def test_the_rights_section_shows_the_source_rights_and_the_footer_the_edition_licence(site):
    page = parse(site / f"documents/{TEL}.html")
    rights = page.xpath("string(//section[@class='licence'])")
    licence = "Editorial matter and TEI encoding: CC BY 4.0"
    assert "No rights statement is given in the source." in rights and licence not in rights
    assert licence in page.xpath("string(//footer)")


@pytest.fixture(scope="module")
def foreign_pages(tmp_path_factory):
    """The pages of a DraCor scene, a ParlaMint sitting and a FRUS letter, read from ../shared
    (never copied: DraCor is for non-commercial use only), ingested and published."""
    site = publish(ingest_all([DRAMA, DEBATE, LETTER], tmp_path_factory.mktemp("foreign") / "site"))
    return {path: parse(site / "documents" / f"{path.stem}.html") for path in (DRAMA, DEBATE, LETTER)}


def test_the_author_the_tei_names_is_in_the_document_information(foreign_pages):
    """DraCor's `titleStmt/author`; a FRUS letter names none (its sender is "From")."""
    author = f"{METADATA}/dt[.='Author']/following-sibling::dd[1]"
    assert [dd.text_content() for dd in foreign_pages[DRAMA].xpath(author)] == ["William Shakespeare"]
    assert foreign_pages[LETTER].xpath(author) == []
    assert foreign_pages[LETTER].xpath(f"{METADATA}/dt[.='From']")


def test_a_licence_printed_as_its_web_address_is_a_link_to_it(foreign_pages):
    """ParlaMint's licence is its address: the paragraph that prints it links it, once."""
    address = "http://creativecommons.org/licenses/by/4.0/"
    rights = foreign_pages[DEBATE].xpath("//section[@class='licence']")[0]
    assert [(a.get("href"), a.text_content()) for a in rights.xpath(".//a[@rel='license']")] \
        == [(address, address)]
    assert rights.text_content().count(address) == 1
    assert "Creative Commons Attribution 4.0" in rights.text_content()
    assert foreign_pages[LETTER].xpath("//section[@class='licence']//a") == []


def test_a_licence_address_the_words_do_not_print_follows_them(tmp_path):
    address = "https://creativecommons.org/publicdomain/zero/1.0/"
    text = foreign("<div><p>Hello.</p></div>").replace(
        "<licence>CC0</licence>", f'<licence target="{address}">CC0</licence>')
    rights = published_page(tmp_path, "letter", text).xpath("//section[@class='licence']")[0]
    assert [p.text_content() for p in rights.xpath("p")] == ["CC0", f"Licence: {address}"]
    assert rights.xpath("p[2]/a[@rel='license']/@href") == [address]


def test_every_mention_in_context_reads_as_its_line_on_the_page(site):
    """The words around a name on an entry page are those its line shows, brackets and all:
    the memorandum's `[Soviet officials]`, `[in Cuba—ed.]`, `[obeskurazheni]`. (Those of an
    unnumbered block, a stage line, are credited to the next line: they are in its turn.)"""
    pages, read = {}, 0
    for entry in sorted(site.glob("*/*.html")):
        for row in parse(entry).xpath("//ol[@class='kwic']/li[a[contains(@href, '#L')]]"):
            doc, _, anchor = row.xpath("a[@class='kwic-line']/@href")[0].partition("#")
            line = pages.setdefault(doc, parse(entry.parent / doc)).xpath(f"//*[@id='{anchor}']")[0]
            words = " ".join(row.xpath("string(span[@class='kwic-text'])").split()).strip("… ")
            before = line.getprevious()   # an unnumbered stage line, credited to this line
            assert words and (words in shown_text(line) or (
                before is not None and words in shown_text(before))), (entry.name, anchor, words)
            read += 1
    assert read > 300   # 338 mentions of the two seeds
    cuba = parse(site / "places/cuba.html").xpath("string(//ol[@class='kwic'])")
    assert "officers [in Cuba—ed.] calms" in cuba


SIGNED = 'source="ed-marked"'


@pytest.mark.parametrize("body, expected", [
    (f'<p n="1">Maybe <supplied reason="clarification">Soviet officials</supplied> in {CUBA}</p>',
     ("Maybe [Soviet officials] in ", "Cuba", "")),
    (f'<p n="1">officers <supplied reason="clarification" {SIGNED}>in {CUBA}</supplied> calm</p>',
     ("officers [in ", "Cuba", "\u2014ed.] calm")),
    (f'<p n="1">In <gap reason="omission"><desc>1 line not declassified</desc></gap> {CUBA}</p>',
     ("In [1 line not declassified] ", "Cuba", "")),
    (f'<p n="1">dismayed <foreign xml:lang="ru-Latn">obeskurazheni</foreign> by {CUBA}</p>',
     ("dismayed [obeskurazheni] by ", "Cuba", "")),
    (f'<p n="1">the <unclear reason="uncertain-reading">lead</unclear> planes to {CUBA}</p>',
     ("the lead [?] planes to ", "Cuba", "")),
    (f'<p n="1">to {CUBA}<supplied reason="punctuation">?</supplied></p>', ("to ", "Cuba", "[?]")),
], ids=["supplied", "signed", "gap", "foreign", "unclear", "punctuation"])
def test_a_mention_in_context_keeps_the_brackets_of_its_line(registers, body, expected):
    assert [row[1:4] for row in rows(body, registers, "cuba")] == [expected]
