"""CMIF lists each letter a document holds: two telegrams on one page are two correspDesc, each
with its signer, its day and its place on the page."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from edition.export.letter_parts import letters, packed, unpacked
from tests.conftest import build_sources, encode_text, page

from .conftest import TEI_NS

ROOT = Path(__file__).resolve().parents[2]
TWO_TELEGRAMS = (ROOT / "tests/data/round9/1962-10-28-two-telegrams-alekseev.txt").read_text(
    encoding="utf-8")
TITLE = "Two Telegrams from Soviet Ambassador Alekseev to the USSR Ministry of Foreign Affairs"
TELEGRAM = "Telegram No. {}\n\nHAVANA, {} October 1962\n\nMOSCOW, MFA USSR\n\nThe ships {}.\n\n"


def summary(desc) -> tuple:
    def at(path):
        return tuple(desc.xpath(path, namespaces=TEI_NS))
    return (desc.get("corresp"), at("t:correspAction[@type='sent']/*[not(self::t:date)]/@ref"),
            at("t:correspAction[@type='sent']/t:date/@when"),
            at("t:correspAction[@type='received']/*/@ref"))


SENT = ("persons.xml#alekseev-aleksandr",)
MFA = ("organizations.xml#ussr-mfa",)


@pytest.mark.parametrize("text, expected", [
    (TWO_TELEGRAMS, [("#L1", SENT, ("1962-10-28",), MFA), ("#L6", SENT, ("1962-10-28",), MFA)]),
    (page(TELEGRAM.format(1, 28, "sail") + "A. ALEKSEEV\n\n" + TELEGRAM.format(2, 29, "stop")
          + "A. ALEKSEEV", date="October 28, 1962", title=TITLE),
     [("#L1", SENT, ("1962-10-28",), MFA), ("#L6", SENT, ("1962-10-29",), MFA)]),
    (page(TELEGRAM.format(1, 28, "sail") + TELEGRAM.format(2, 29, "stop") + "A. ALEKSEEV",
          date="October 28, 1962", title=TITLE),
     [(None, SENT, ("1962-10-28",), MFA)]),
], ids=["two telegrams, each signed", "each its own day", "one signature: one letter"])
def test_each_signed_part_is_a_letter_of_its_own(text, expected, registers):
    """Review s24: the page of `Telegram No. 1` / `Telegram No. 2`, each part with its opener and
    closer, was one correspDesc in CMIF, which lists one per letter."""
    tei, _ = encode_text(text, registers)
    found = letters(tei)
    assert [summary(desc) for desc in found] == expected
    kept = etree.fromstring(packed(found))
    assert [summary(desc) for desc in unpacked(kept)] == expected


SIGNED_PART = ('<div type="part">{head}<p xml:id="L{n}">Text.</p><closer><signed><persName '
               'ref="persons.xml#{who}">{who}</persName></signed></closer></div>')


@pytest.mark.parametrize("second_head, expected", [
    ("", ["#L1", "#L2"]),
    ('<head xml:id="L0">Enclosure:</head>', [None]),
], ids=["two signed letters", "a letter and its signed enclosure"])
def test_a_signed_enclosure_is_no_letter_of_its_own(second_head, expected):
    """rv2 F5: a letter's signed enclosure (a draft protocol Kuznetsov signed) became a letter
    from its signer to the letter's addressee, which no source says."""
    tei = etree.fromstring(
        f'<TEI xmlns="{TEI_NS["t"]}"><teiHeader><profileDesc><correspDesc><correspAction '
        'type="sent"><persName ref="persons.xml#stevenson">Stevenson</persName></correspAction>'
        '</correspDesc></profileDesc></teiHeader><text><body><div type="document">'
        + SIGNED_PART.format(head="", n=1, who="stevenson")
        + SIGNED_PART.format(head=second_head, n=2, who="kuznetsov-vasily")
        + "</div></body></text></TEI>")
    assert [desc.get("corresp") for desc in letters(tei)] == expected


@pytest.fixture(scope="module")
def cmif_file(tmp_path_factory) -> Path:
    site = build_sources(tmp_path_factory.mktemp("letters"), {"two.txt": TWO_TELEGRAMS})
    return site / "downloads/cmif.xml"


def test_cmif_lists_both_telegrams_of_the_page(cmif_file, validator):
    tree = etree.parse(str(cmif_file))
    refs = tree.xpath("//t:correspDesc/@ref", namespaces=TEI_NS)
    assert [ref.rpartition("/")[2] for ref in refs if "two.html" in ref] == [
        "two.html#L1", "two.html#L6"]
    assert validator.tei_all.validate(tree), validator.tei_all.error_log
