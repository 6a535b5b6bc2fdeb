"""FRUS citations: a concise archive reference, and the FRUS volume and document number, from
a FRUS TEI file (d126) and from its text rendition (d125), each as the published TEI states it."""

from __future__ import annotations

import json
from pathlib import Path

import bibtexparser
import pytest

from edition.records import Publication
from edition.source_refs import archive_reference, frus_publication
from tests.conftest import DEV_CORPUS, seeds_with
from tests.helpers import run

from .conftest import parse
from .helpers import citation_section

FRUS = DEV_CORPUS / "frus"
VOLUME = ("Foreign Relations of the United States, 1969–1976, vol. XII, Soviet Union, "
          "January 1969–October 1970")
ARCHIVES = {
    125: "National Archives, Nixon Presidential Materials, NSC Files, Box 340, Subject Files, "
         "Dobrynin/Kissinger.",
    126: "National Archives, Nixon Presidential Materials, NSC Files, Box 765, Presidential "
         "Correspondence, Kosygin.",
}
COMMENTARY = ("Source:", "Secret;", "Nodis", "According to", "Ibid.", "Digital edition",
              "Published in:", "Volume XII")


@pytest.fixture(scope="module")
def frus_site(tmp_path_factory) -> Path:
    """The seeds with FRUS d125 as text and d126 as TEI."""
    folder = tmp_path_factory.mktemp("frus-cite")
    seeds = seeds_with(folder, FRUS / "frus1969-76v12-d125.txt", FRUS / "frus1969-76v12-d126.xml")
    run(seeds, folder / "site")
    return folder / "site"


@pytest.mark.parametrize("number", [125, 126])
def test_frus_citations_give_the_archive_and_the_volume_and_document(frus_site, number):
    doc_id = f"frus1969-76v12-d{number}"
    forms = citation_section(frus_site, doc_id)
    printed = f"Published in {VOLUME}, doc. {number}."
    assert f"1970. {ARCHIVES[number]} {printed} In " in forms["Chicago"]
    assert f"1970. {ARCHIVES[number]} {printed} " in forms["MLA"]
    note = bibtexparser.parse_string(forms["BibTeX"]).entries[0].fields_dict["note"].value
    assert note == f"{ARCHIVES[number]} {printed} Record ID {doc_id}."
    item = json.loads(forms["CSL-JSON"])[0]
    assert item["archive"] == ARCHIVES[number] and item["note"].startswith(printed)
    for text in (forms["Chicago"], note, item["archive"], item["note"]):
        assert not [words for words in COMMENTARY if words in text], text
    chicago = parse(frus_site / f"documents/{doc_id}.html").xpath(
        "//section[@id='cite']/p[@class='citation'][1]/i/text()")
    assert chicago[:2] == ["Foreign Relations of the United States, 1969–1976",
                           "Soviet Union, January 1969–October 1970"]


@pytest.mark.parametrize("statement, reference", [
    ("Source: National Archives, RG 59, Box 711, USSR, Vol. VI. Secret; Exdis. Drafted by W.B. "
     "Smith.", "National Archives, RG 59, Box 711, USSR, Vol. VI."),
    ("Source: Library of Congress, Kissinger Papers, Box 361. No classification marking.",
     "Library of Congress, Kissinger Papers, Box 361."),
    ("Source: Kissinger Papers, Box SCI 17. Top Secret; Codeword. Sent for information.",
     "Kissinger Papers, Box SCI 17."),
    ("Source: National Archives, Box 340. Secret. Published in: Foreign Relations …",
     "National Archives, Box 340."),
    ("Source: National Archives, Box 340. Published in: Foreign Relations of the United States",
     "National Archives, Box 340."),
    ("Russian Foreign Ministry archives, copy provided by National Security Archive, Washington, "
     "D.C.; translation by Mark H. Doctoroff.", "Russian Foreign Ministry archives, copy "
     "provided by National Security Archive, Washington, D.C.; translation by Mark H. Doctoroff."),
    ("Archive of the President. Secret Police files, folder 3.",
     "Archive of the President. Secret Police files, folder 3."),
], ids=["classification", "no marking", "top secret", "txt publication", "no classification",
        "not FRUS", "Secret in a name"])
def test_the_archive_reference_ends_where_the_commentary_begins(statement, reference):
    assert archive_reference(statement) == reference


@pytest.mark.parametrize("statements, record_id, expected", [
    (["Source: X. Secret. Published in: Foreign Relations of the United States, 1969–1976, "
      "Volume XII, Soviet Union, January 1969–October 1970, Document 125. Digital edition: Y."],
     "frus1969-76v12-d125",
     Publication("Foreign Relations of the United States, 1969–1976", "XII",
                 "Soviet Union, January 1969–October 1970", "125")),
    (["Source: X. Secret.", "Foreign Relations of the United States, 1969–1976, Volume XII, "
      "Soviet Union, January 1969–October 1970; Office of the Historian; 126; frus1969-76v12; "
      "d126"], "frus1969-76v12-d126",
     Publication("Foreign Relations of the United States, 1969–1976", "XII",
                 "Soviet Union, January 1969–October 1970", "126")),
    (["Foreign Relations of the United States, 1969–1976, Volume E–5, Part 1, Documents on "
      "Sub-Saharan Africa, 1969–1972; Office of the Historian"], "110969",
     Publication("Foreign Relations of the United States, 1969–1976", "E–5, pt. 1",
                 "Documents on Sub-Saharan Africa, 1969–1972", "")),
    (["Foreign Relations of the United States, 1969–1976, Volume XII, Soviet Union; 12"],
     "frus1969-76v12", Publication("Foreign Relations of the United States, 1969–1976", "XII",
                                   "Soviet Union", "")),
    (["Source: Kennedy Library. No classification marking. Published in: Foreign Relations of "
      "the United States, 1961–1963, Volume XI, Document 120."], "frus1961-63v11-d120",
     Publication("Foreign Relations of the United States, 1961–1963", "XI", "", "120")),
    (["Foreign Relations of the United States, 1961–1963, Volume XI, Document 120"], "120",
     Publication("Foreign Relations of the United States, 1961–1963", "XI", "", "120")),
    (["Personal Archive of Sergo Mikoyan donated to the National Security Archive."],
     "frus1969-76v12-d126", None),
], ids=["txt", "xml", "a part, no document number", "a volume's record id",
        "no volume title (d120)", "no volume title, no full stop", "not FRUS"])
def test_the_frus_volume_is_read_where_the_tei_states_it(statements, record_id, expected):
    assert frus_publication(statements, record_id) == expected
