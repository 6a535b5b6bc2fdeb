"""The citations of each document page: Chicago, MLA, BibTeX (parsed) and CSL-JSON (validated).

Each names the edition's version and build date; each agrees with the document's TEI header;
each the reader copies has a placeholder for the date of access, never the build date.
"""

from __future__ import annotations

import dataclasses
import html
import json
from types import SimpleNamespace

import bibtexparser
import pytest
from lxml import etree

from edition.collect import _authors as collect_authors, collect_site
from edition.records import Publication
from edition.render import cite, cite_data, cite_parts
from edition.render.written_dates import long_date, mla_date
from edition.render.document import _metas as document_metas

from .conftest import MEMO, TEI_NS, TEL, parse
from .helpers import citation_section, shown_text

BASE = "https://example.org/mikoyan-1962/"
AUTHORS = {MEMO: None, TEL: [{"family": "Mikoyan", "given": "Anastas Ivanovich"}]}
"""The author of each seed in CSL-JSON: the telegram's sender; the memorandum names none."""
BYLINES = {MEMO: "", TEL: "Mikoyan, Anastas Ivanovich. "}
CSL_TYPES = {"manuscript", "document", "article", "webpage", "letter", "interview"}


def tei_date(site, doc_id: str) -> str:
    """The date of the document: its source's `bibl/date/@when` in the TEI header."""
    tree = etree.parse(str(site / "tei" / f"{doc_id}.xml"))
    date = tree.xpath("string(//t:sourceDesc/t:bibl/t:date/@when)", namespaces=TEI_NS)
    assert date, f"{doc_id}: no sourceDesc/bibl/date/@when"
    return date


@pytest.fixture(scope="module")
def edition(corpus):
    return corpus.settings.edition, corpus.settings.build_date


@pytest.mark.parametrize("doc_id", [MEMO, TEL])
def test_csl_json_is_a_complete_item(site, doc_id, edition):
    info, build_date = edition
    page = parse(site / f"documents/{doc_id}.html")
    shown = json.loads(citation_section(site, doc_id)["CSL-JSON"])
    embedded = json.loads(page.xpath(
        "//script[@type='application/vnd.citationstyles.csl+json']")[0].text)
    assert len(shown) == 1 and shown[0].pop("accessed") == {"raw": "YYYY-MM-DD"}
    assert shown == embedded, "the embedded item is the shown one but for the date of access"
    item = shown[0]
    missing = {"id", "type", "title", "issued", "URL", "publisher", "version",
               "available-date", "container-title"} - item.keys()
    assert not missing, f"CSL-JSON of {doc_id} lacks {sorted(missing)}"
    assert item["type"] in CSL_TYPES and item["id"] == doc_id
    assert item["URL"] == f"{BASE}documents/{doc_id}.html"
    assert item["version"] == info.version and item["publisher"] == info.publisher
    assert item["issued"] == {"date-parts": [[int(p) for p in tei_date(site, doc_id).split("-")]]}
    assert item["available-date"] == {"date-parts": [[int(p) for p in build_date.split("-")]]}
    assert item.get("author") == AUTHORS[doc_id], "the translator is not the author"
    for name in item.get("translator", []):
        assert name.keys() <= {"family", "given", "literal"} and any(name.values())


@pytest.mark.parametrize("doc_id", [MEMO, TEL])
def test_bibtex_parses_into_one_entry(site, doc_id, edition):
    info, build_date = edition
    text = citation_section(site, doc_id)["BibTeX"]
    assert text.count("{") == text.count("}"), "unbalanced braces"
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks, [b.error for b in library.failed_blocks]
    assert len(library.entries) == 1 and not library.comments
    entry = library.entries[0]
    fields = {field.key: field.value for field in entry.fields}
    assert entry.entry_type == "misc" and entry.key == doc_id
    assert fields["url"] == f"{BASE}documents/{doc_id}.html"
    assert fields["version"] == info.version and fields["urldate"] == "YYYY-MM-DD"
    assert f"version {info.version} (built {build_date})" in fields["howpublished"]
    assert fields["date"] == tei_date(site, doc_id) and fields["year"] == fields["date"][:4]
    assert fields["title"].strip("{}") == parse(site / f"documents/{doc_id}.html").xpath(
        "string(//h1)").strip()


@pytest.mark.parametrize("doc_id", [MEMO, TEL])
def test_chicago_and_mla_name_version_build_date_and_url(site, doc_id, edition):
    info, build_date = edition
    forms = citation_section(site, doc_id)
    title = parse(site / f"documents/{doc_id}.html").xpath("string(//h1)").strip()
    date = tei_date(site, doc_id)
    chicago, mla = forms["Chicago"], forms["MLA"]
    by = BYLINES[doc_id]
    assert chicago.startswith(f"{by}“{title}.”") and mla.startswith(f"{by}“{title}.”")
    assert f"version {info.version}." in chicago and f"version {info.version}," in mla
    assert f"{long_date(date)}." in chicago and long_date(build_date) in chicago
    assert f"{mla_date(date)}." in mla and mla_date(build_date) in mla
    assert chicago.endswith(f"{BASE}documents/{doc_id}.html.")
    assert mla.endswith(f"{BASE.removeprefix('https://')}documents/{doc_id}.html. "
                        "Accessed Day Mon. Year.")
    assert info.title in chicago and info.title in mla and info.publisher in chicago
    assert "..." not in chicago + mla and ".." not in chicago.replace("...", "")


ARCHIVES = {
    MEMO: "Russian Foreign Ministry archives, copy provided by National Security Archive, "
          "Washington, D.C.; translation by Mark H. Doctoroff.",
    TEL: "Personal Archive of Sergo Mikoyan donated to the National Security Archive.",
}
"""Where each seed is held, in the words of its source statement (written down, not derived)."""


@pytest.mark.parametrize("doc_id", [MEMO, TEL])
def test_mla_names_the_archive_as_chicago_does(site, doc_id, edition):
    """MLA 9 gives an archival document's archive after its date, then the edition that holds
    it (the container): the same words as Chicago, the translator named once."""
    info, _ = edition
    forms = citation_section(site, doc_id)
    date = tei_date(site, doc_id)
    chicago = forms["Chicago"].split(f"{long_date(date)}. ", 1)[1].split(f" In {info.title}")[0]
    mla = forms["MLA"].split(f"{mla_date(date)}. ", 1)[1].split(f" {info.title}, ")[0]
    assert ARCHIVES[doc_id] in mla and mla == chicago
    translator = {MEMO: "Mark H. Doctoroff", TEL: "Svetlana Savranskaya"}[doc_id]
    assert forms["MLA"].count(translator) == 1


def test_line_citation_names_version_and_build_date(site, edition):
    info, build_date = edition
    page = parse(site / f"documents/{MEMO}.html")
    text = " ".join(page.xpath("string(//*[@id='L40']//details[contains(@class, 'cite-line')]/p)")
                    .split())
    assert "line 40" in text and f"version {info.version}" in text
    assert long_date(build_date) in text and text.endswith(f"{MEMO}.html#L40.")


def test_titles_ending_in_punctuation_are_not_doubled():
    assert cite_parts.sentence("Who lost Cuba?") == "Who lost Cuba?"
    assert cite_parts.sentence("Memorandum") == "Memorandum."


@pytest.mark.parametrize("iso, chicago, mla", [
    ("1962-11-05", "November 5, 1962", "5 Nov. 1962"),
    ("1962-11-05T10:21:00", "November 5, 1962", "5 Nov. 1962"),
    ("1970-01-31T21:20:00-05:00", "January 31, 1970", "31 Jan. 1970"),
    ("1962-11", "November 1962", "Nov. 1962"),
    ("1962", "1962", "1962"),
    ("", "n.d.", "n.d."),
])
def test_dates_with_a_time_keep_their_day(iso, chicago, mla):
    assert (long_date(iso), mla_date(iso)) == (chicago, mla)


def test_undated_document_cites_without_a_doubled_period(corpus, documents, edition):
    info, build_date = edition
    doc = dataclasses.replace(collect_site(documents, corpus.registers).by_id[TEL], date="")
    for text in (cite.chicago(doc, info, build_date), cite.mla(doc, info, build_date)):
        assert "n.d.." not in text and " n.d. " in text


@pytest.fixture(scope="module")
def telegram(corpus, documents):
    return collect_site(documents, corpus.registers).by_id[TEL]


@pytest.mark.parametrize("editors, chicago, mla, line, bibtex", [
    (("Jane Doe",), "edited by Jane Doe, version", "edited by Jane Doe, version",
     "ed. Jane Doe, version", "Jane Doe"),
    (("Jane Doe", "John Roe"), "edited by Jane Doe and John Roe, version",
     "edited by Jane Doe and John Roe, version", "ed. Jane Doe and John Roe, version",
     "Jane Doe and John Roe"),
    (("A. One", "B. Two", "C. Three"), "edited by A. One, B. Two, and C. Three, version",
     "edited by A. One et al., version", "ed. A. One, B. Two, and C. Three, version",
     "A. One and B. Two and C. Three"),
    (("Smith and Sons",), "edited by Smith and Sons, version", "edited by Smith and Sons,",
     "ed. Smith and Sons,", "{Smith and Sons}"),
], ids=["one", "two", "three", "and in a name"])
def test_editors_are_named_in_every_citation_form(telegram, edition, editors, chicago, mla,
                                                   line, bibtex):
    info, build_date = dataclasses.replace(edition[0], editors=editors), edition[1]
    forms = cite.citations(telegram, info, build_date)
    assert chicago in forms.chicago and mla in forms.mla
    assert line in cite.line_citation(telegram, info, build_date, "1")
    entry = bibtexparser.parse_string(forms.bibtex).entries[0]
    assert entry.fields_dict["editor"].value == bibtex
    assert json.loads(forms.csl_script)[0]["editor"] == [{"literal": name} for name in editors]
    eds = "eds." if len(editors) > 1 else "ed."
    assert cite.edition_citation(info, build_date).startswith(
        f"{cite_parts.name_list(editors)}, {eds} <i>")


def test_without_editors_no_citation_names_any(telegram, edition):
    info, build_date = edition
    forms = cite.citations(telegram, info, build_date)
    assert not info.editors and "edited" not in forms.chicago + forms.mla
    assert "editor = " not in forms.bibtex and "editor" not in json.loads(forms.csl_script)[0]
    assert cite.edition_citation(info, build_date).startswith(f"{info.publisher}. <i>")


def test_editors_are_citation_editor_meta(telegram, edition):
    info = dataclasses.replace(edition[0], editors=("Jane Doe", "John Roe"))
    pages = SimpleNamespace(settings=SimpleNamespace(edition=info, build_date=edition[1]))
    metas = [(m["name"], m["content"]) for m in document_metas(telegram, pages)]
    assert [c for name, c in metas if name == "citation_editor"] == ["Jane Doe", "John Roe"]


def test_a_document_s_type_in_its_metadata_and_csl_is_the_one_its_page_names(telegram,
                                                                             edition):
    """A document's type (`DocumentRecord.document_type`, its header's term) is the one term its
    page, the lists and the search filter name it by: DC.type, citation_keywords and the CSL
    genre give the same term (they read another field, empty where the body's div/@subtype
    alone named it)."""
    untyped = dataclasses.replace(telegram, document_type="cable")
    pages = SimpleNamespace(settings=SimpleNamespace(edition=edition[0], build_date=edition[1]))
    metas = dict((m["name"], m["content"]) for m in document_metas(untyped, pages))
    assert metas["DC.type"] == "cable" and metas["citation_keywords"].startswith("cable")
    assert cite_data.csl_item(untyped, *edition)["genre"] == "cable"


@pytest.mark.parametrize("doc_id", [MEMO, TEL])
def test_the_date_of_access_is_the_readers_placeholder_not_the_build_date(site, doc_id, edition):
    """Without JavaScript each form the reader copies (four, and each line's) has a placeholder
    for the day of access, in the form's own way of writing dates; none gives the build date.
    (The citation of a range, for the page's script, has one too: not among the forms shown.)"""
    page = parse(site / f"documents/{doc_id}.html")
    cite_section = page.xpath("//section[@id='cite']")[0]
    slots = cite_section.xpath(".//var[@class='access-date'][not(ancestor::template)]")
    assert [(v.get("data-style"), v.text) for v in slots] == [
        ("chicago", "Month Day, Year"), ("mla", "Day Mon. Year"), ("iso", "YYYY-MM-DD"),
        ("iso", "YYYY-MM-DD")]
    forms = citation_section(site, doc_id)
    assert "Accessed Month Day, Year. https://" in forms["Chicago"]
    lines = page.xpath("//details[contains(@class, 'cite-line')]/p")
    assert lines and all(p.xpath("var[@class='access-date'][@data-style='chicago']")
                         and ", accessed Month Day, Year, https://" in p.text_content()
                         for p in lines)
    assert f"urldate = {{{edition[1]}}}" not in forms["BibTeX"]
    assert "accessed" not in page.xpath(
        "string(//script[@type='application/vnd.citationstyles.csl+json'])")


def sender(site, doc_id: str) -> str:
    """The name of the sender as the published TEI's correspDesc gives it ('' for none)."""
    tree = etree.parse(str(site / "tei" / f"{doc_id}.xml"))
    return tree.xpath("string(//t:correspAction[@type='sent']/t:persName)", namespaces=TEI_NS)


@pytest.mark.parametrize("doc_id", [MEMO, TEL])
def test_the_sender_the_tei_names_is_the_author_of_every_form(site, doc_id):
    page = parse(site / f"documents/{doc_id}.html")
    forms = citation_section(site, doc_id)
    name = sender(site, doc_id)
    assert name == ("Anastas Ivanovich Mikoyan" if doc_id == TEL else "")
    fields = bibtexparser.parse_string(forms["BibTeX"]).entries[0].fields_dict
    line = page.xpath("string(//*[@id='L1']//details[contains(@class, 'cite-line')]/p)")
    metas = {n: page.xpath(f"//meta[@name='{n}']/@content")
             for n in ("citation_author", "DC.creator")}
    if not name:
        assert "author" not in fields and line.startswith("“")
        assert metas == {"citation_author": [], "DC.creator": []}
        return
    assert forms["Chicago"].startswith(BYLINES[doc_id]) and forms["MLA"].startswith(BYLINES[doc_id])
    assert fields["author"].value == "Mikoyan, Anastas Ivanovich"
    assert line.startswith(f"{name}, “")
    assert metas == {"citation_author": ["Mikoyan, Anastas Ivanovich"], "DC.creator": [name]}


@pytest.mark.parametrize("authors, chicago, mla, bibtex, csl", [
    ((("Anastas Ivanovich Mikoyan", "Mikoyan"),), "Mikoyan, Anastas Ivanovich.",
     "Mikoyan, Anastas Ivanovich.", "Mikoyan, Anastas Ivanovich",
     [{"family": "Mikoyan", "given": "Anastas Ivanovich"}]),
    ((("Anastas Mikoyan", "Mikoyan"), ("Fidel Castro", "Castro")),
     "Mikoyan, Anastas, and Fidel Castro.", "Mikoyan, Anastas, and Fidel Castro.",
     "Mikoyan, Anastas and Castro, Fidel",
     [{"family": "Mikoyan", "given": "Anastas"}, {"family": "Castro", "given": "Fidel"}]),
    ((("A. Mikoyan", "Mikoyan"), ("F. Castro", ""), ("O. Dorticós", "Dorticós")),
     "Mikoyan, A., F. Castro, and O. Dorticós.", "Mikoyan, A., et al.",
     "Mikoyan, A. and {F. Castro} and Dorticós, O.",
     [{"family": "Mikoyan", "given": "A."}, {"literal": "F. Castro"},
      {"family": "Dorticós", "given": "O."}]),
    ((("Central Committee of the CPSU", ""),), "Central Committee of the CPSU.",
     "Central Committee of the CPSU.", "{Central Committee of the CPSU}",
     [{"literal": "Central Committee of the CPSU"}]),
    ((("Central Committee of the CPSU", ""), ("Fidel Castro", "Castro")),
     "Central Committee of the CPSU and Fidel Castro.",
     "Central Committee of the CPSU and Fidel Castro.",
     "{Central Committee of the CPSU} and Castro, Fidel",
     [{"literal": "Central Committee of the CPSU"}, {"family": "Castro", "given": "Fidel"}]),
], ids=["one", "two", "three", "an organization", "an organization first"])
def test_authors_are_listed_as_each_form_lists_them(telegram, edition, authors, chicago, mla,
                                                    bibtex, csl):
    doc = dataclasses.replace(telegram, authors=authors)
    forms = cite.citations(doc, *edition)
    assert forms.chicago.startswith(f"{chicago} “") and forms.mla.startswith(f"{mla} “")
    assert bibtexparser.parse_string(str(forms.bibtex)).entries[0].fields_dict[
        "author"].value == bibtex
    assert json.loads(forms.csl_script)[0]["author"] == csl
    natural = cite_parts.name_list(tuple(name for name, _ in authors))
    assert cite.line_citation(doc, *edition, "2").startswith(f"{natural}, “")


@pytest.mark.parametrize("sender, family", [
    (("mikoyan-anastas", "Anastas Ivanovich Mikoyan"), "Mikoyan"),
    (("mikoyan-anastas", "Mikoyan Anastas"), ""),
    (("", "Ivan Petrov"), ""),
    (("cc-cpsu", "Central Committee of the Communist Party of the Soviet Union"), ""),
], ids=["register surname", "family name first", "no register entry", "an organization"])
def test_an_author_is_divided_only_by_the_registers_surname(registers, sender, family):
    assert registers.get("mikoyan-anastas").surname == "Mikoyan"
    assert collect_authors((sender,), registers) == ((sender[1], family),)


def test_a_printed_edition_is_plain_text_in_bibtex_and_csl_json_and_html_in_chicago(telegram,
                                                                                    edition):
    volume = Publication("Foreign Relations", "XII", "Arms Control & People's Rights", "126")
    doc = dataclasses.replace(telegram, published_in=volume)
    forms = cite.citations(doc, *edition)
    said = "Published in Foreign Relations, vol. XII, Arms Control & People's Rights, doc. 126."
    assert said in json.loads(forms.csl_script)[0]["note"]
    shown = html.unescape(forms.bibtex)   # the HTML of the page's BibTeX box, as the reader copies it
    note = bibtexparser.parse_string(shown).entries[0].fields_dict["note"].value
    assert "Arms Control \\& People's Rights" in note and "amp;" not in note
    assert "<i>Arms Control &amp; People&#39;s Rights</i>" in forms.chicago


RELEASED = {
    "1": "1a9a2e37f5fbb2712651f4550eebc17b4799a9d1ade9d868542be5aaf142391f",
    "3": "06a400a29f681441568fb4b064c4bc4e60bb381f1658195c789a4bbb0b8cdb3d",
    "58": "369bc303870557c42288073e6ec66761d149d3bcd81123e4c31594ff4200b9fa",  # [Carlos M.]
}
"""The memorandum's lines 1 (a line break), 3 and 58 (supplied words) as citations.json of
commit 2aaf3f9 hashes them."""


def test_the_manifest_excerpt_of_a_line_reads_as_its_page_and_its_hash_is_unchanged(site):
    """citations.json: the excerpt keeps the brackets the page shows; the hash stays that of
    the whitespace-normalized text, so that no citation of an earlier release reads as changed
    (RELEASED: hashes of the release before, commit 2aaf3f9, written down, not recomputed)."""
    lines = json.loads((site / "citations.json").read_text())["documents"][MEMO]
    page = parse(site / f"documents/{MEMO}.html")
    for line in lines:
        [block] = page.xpath(f"//div[@id='L{line['n']}']/*[not(@class='ln')][1]")
        if "note-block" not in block.get("class"):   # a note: its page heads it "Editorial note"
            assert shown_text(block).startswith(line["excerpt"].removesuffix("…")), line
    hashes = {line["n"]: line["sha256"] for line in lines}
    assert {n: hashes[n] for n in RELEASED} == RELEASED
    assert {line["n"]: line["excerpt"] for line in lines}["58"].startswith(
        "There is information from Comrade [Carlos M.] Lechuga [Hevi")
