"""Every TEI document of the dev corpus (FRUS, ParlaMint, DraCor), ingested and published.

Measured: no error, valid against edition.rng + Schematron + tei_all, every word of the
foreign text in our TEI and on the document's HTML page, and the publisher's turns, titles,
dates and notes (the gold answers) found again.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree, html

from edition.checks import words
from edition.diagnostics import Severity
from edition.ingest.parse import foreign_parser
from edition.ingest.words import foreign_body, html_text, missing_words, our_text, tei_text
from tests.ingest.conftest import FOREIGN

T = {"t": "http://www.tei-c.org/ns/1.0"}
IDS = [p.stem for p in FOREIGN]
TEXT_REGIONS = ("//section[contains(@class, 'text-section')] | "
                "//section[contains(@class, 'notes')] | "
                "//dl[contains(@class, 'metadata')]/dt[. = 'Archive and source']"
                "/following-sibling::dd[1]")
"""Where a document's words are on its page: the text, the notes, the source statement."""


JOINED: dict[str, tuple[tuple[str, str], ...]] = {}
"""Per document, the words the converter joins across a `break="no"` page or column break
(`("sen tence", "sentence")`); the dev corpus has none. Words it moves into notes (`del`, `rdg`)
need no entry: they stay in our TEI and on the page."""
UNBROKEN = ".//t:text//*[@break='no']"


def foreign_words(path: Path) -> str:
    """All the words of the foreign text, read independently of the converter (`tei_text`)."""
    text = tei_text(foreign_body(etree.parse(str(path), foreign_parser()).getroot()))
    for pieces, joined in JOINED.get(path.stem, ()):
        text = text.replace(pieces, joined)
    return text


def gold(path: Path) -> dict:
    return json.loads(path.with_name(f"{path.stem}.gold.json").read_text(encoding="utf-8"))


def test_all_19_documents_are_there():
    assert len(FOREIGN) == 19, FOREIGN


def test_the_words_joined_at_a_break_are_listed():
    """A document with a `break="no"` break has its joined words in JOINED. A check of the corpus
    data, not of the converter: it fails when such a document is added (the 19 have none)."""
    unbroken = {path.stem for path in FOREIGN
                if etree.parse(str(path), foreign_parser()).getroot().xpath(UNBROKEN, namespaces=T)}
    assert unbroken <= set(JOINED)


@pytest.mark.parametrize("path", FOREIGN, ids=IDS)
def test_ingests_without_error_and_is_valid(path, ingested):
    assert path.stem in ingested.documents, ingested.diagnostics[path.stem]
    found = ingested.diagnostics[path.stem] + ingested.validation[path.stem]
    assert [str(d) for d in found if d.severity >= Severity.WARNING] == []


def test_every_word_is_on_the_html_page(ingested, foreign_site, capsys):
    report, incomplete = [], {}
    for path in FOREIGN:
        need = foreign_words(path)
        page = html.fromstring((foreign_site / "documents" / f"{path.stem}.html").read_bytes())
        have = " ".join(html_text(region) for region in page.xpath(TEXT_REGIONS))
        missing, total = missing_words(have, need), len(words(need))
        report.append(f"  {path.stem:40} {total:5} words {100 * (total - len(missing)) / total:7.2f}%")
        if missing:
            incomplete[path.stem] = missing[:10]
    with capsys.disabled():
        print("\nwords of the foreign TEI text found on the HTML page:\n" + "\n".join(report))
    assert incomplete == {}


def test_every_word_is_in_our_tei(ingested):
    for path in FOREIGN:
        need = foreign_words(path)
        assert missing_words(our_text(ingested.documents[path.stem].tei), need) == [], path.stem


def _turns(tei: etree._Element) -> list[tuple[str, list[str]]]:
    """(speaker label, words of the turn) of every sp."""
    return [(sp.findtext("t:speaker", namespaces=T),
             words(" ".join(tei_text(c) for c in sp if etree.QName(c).localname != "speaker")))
            for sp in tei.iterfind(".//t:body//t:sp", T)]


def _same_turn(want: dict, label: str, spoken: list[str]) -> bool:
    """The label as printed, and the gold's first words (the last may be cut) open the turn."""
    start = words(want["text_start"])[:-1] or words(want["text_start"])
    return want["speaker_label"].strip() == label and spoken[:len(start)] == start


def test_turns_match_the_publishers_markup(ingested, capsys):
    matched = total = found = 0
    for path in FOREIGN:
        expected = gold(path)["turns"]
        turns = _turns(ingested.documents[path.stem].tei)
        total, found = total + len(expected), found + len(turns)
        matched += sum(_same_turn(want, *turn) for want, turn in zip(expected, turns))
    with capsys.disabled():
        print(f"\nturns: {matched} of {total} gold turns matched (label and first words), "
              f"{found} found")
    assert (matched, found) == (total, total)


def test_titles_dates_and_types_match(ingested):
    types = {"frus": None, "parlamint": "minutes", "shakedracor": "drama"}
    for path in FOREIGN:
        want, tei = gold(path), ingested.documents[path.stem].tei
        assert tei.findtext(".//t:titleStmt/t:title", namespaces=T) == want["title"], path.stem
        # the gold gives the day; @when adds the time the date field prints (`0117Z`)
        when = tei.find(".//t:sourceDesc/t:bibl/t:date", T).get("when")
        assert when.split("T")[0] == want["date"], path.stem
        subtype = tei.find(".//t:body/t:div", T).get("subtype")
        assert subtype == (types[path.parent.name] or subtype), path.stem


def test_footnotes_are_editorial_notes(ingested):
    for path in FOREIGN:
        tei = ingested.documents[path.stem].tei
        notes = tei.findall(".//t:body//t:note[@type='editorial']", T)
        assert len(notes) == gold(path)["notes"], path.stem
        assert all(n.get("resp") == "#ed" for n in notes)


def test_frus_types_come_from_the_title(ingested):
    subtype = {doc_id: e.tei.find(".//t:body/t:div", T).get("subtype")
               for doc_id, e in ingested.documents.items()}
    assert subtype["frus1969-76v12-d119"] == "telegram"
    assert subtype["frus1969-76v12-d121"] == "letter"
    assert subtype["frus1969-76v12-d122"] == "transcript"
    assert subtype["frus1969-76v12-d123"] == "memorandum"
    assert subtype["frus1969-76v12-d130"] == "minutes"


def test_drama_speakers_are_named_from_the_partic_desc(ingested):
    tei = ingested.documents["shakedracor-henry-v-1.2"].tei
    first = tei.find(".//t:body//t:sp", T)
    entry = ingested.registers.get(first.get("who"))
    assert first.findtext("t:speaker", namespaces=T) == "KING HENRY"
    assert entry.name == "Henry V, King of England" and entry.provisional


def test_foreign_persons_are_an_info_not_an_error(ingested):
    codes = {d.code: d.severity for found in ingested.diagnostics.values() for d in found}
    assert codes.get("foreign-person-provisional") == Severity.INFO


def test_the_pages_are_built(foreign_site):
    for doc_id in IDS:
        page = html.fromstring((foreign_site / "documents" / f"{doc_id}.html").read_bytes())
        assert page.xpath("//div[@class='line']"), doc_id        # citable, numbered lines
        assert (foreign_site / "tei" / f"{doc_id}.xml").is_file()
    drama = html.fromstring((foreign_site / "documents" / "shakedracor-henry-v-1.2.html")
                            .read_bytes())
    assert drama.xpath("//section[@class='sp']//h3[@class='speaker']//a[contains(@href, "
                       "'persons/prov-')]")


def test_the_source_authors_and_licence_addresses_are_kept(ingested):
    """DraCor's `titleStmt/author`, ParlaMint's `<licence>http://...</licence>`."""
    def header(doc_id: str, path: str) -> list[str]:
        return ingested.documents[doc_id].tei.xpath(f"t:teiHeader/t:fileDesc/{path}",
                                                    namespaces=T)
    for doc_id in ingested.documents:
        authors = header(doc_id, "t:titleStmt/t:author/text()")
        assert authors == (["William Shakespeare"] if "dracor" in doc_id else []), doc_id
    assert header("ParlaMint-GB_2017-09-07-commons", "t:publicationStmt//t:licence/@target") \
        == ["http://creativecommons.org/licenses/by/4.0/"]
    assert header("frus1969-76v12-d122", "t:publicationStmt//t:licence/@target") == []
