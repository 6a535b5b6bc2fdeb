"""The corpus downloads: a deterministic ZIP of TEI files and schemas; a valid teiCorpus."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from edition.export.bundle import archive_folder, corpus_member, document_prefix
from edition.validate import SCHEMA_DIR

from .conftest import MEMO, TEL, TEI_NS, build_site

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
REGISTERS = ["organizations.xml", "persons.xml", "places.xml"]


def test_zip_holds_every_tei_file_register_and_schema(site, seed_settings):
    folder = archive_folder(seed_settings)
    assert folder == "mikoyan-conversations-1962-0.1.0"
    with zipfile.ZipFile(site / "downloads/edition-tei.zip") as archive:
        names = archive.namelist()
        expected = ["README.txt"] + sorted(
            [f"schemas/{p.name}" for p in SCHEMA_DIR.iterdir() if p.is_file()]
            + [f"tei/{MEMO}.xml", f"tei/{TEL}.xml"] + [f"tei/{r}" for r in REGISTERS])
        assert names == [f"{folder}/{name}" for name in expected]
        for name in expected[1:]:
            published = site / name
            assert archive.read(f"{folder}/{name}") == published.read_bytes(), name
        for info in archive.infolist():
            assert info.date_time == (1980, 1, 1, 0, 0, 0)
            assert info.external_attr >> 16 == 0o100644 and info.create_system == 3
            assert info.compress_type == zipfile.ZIP_DEFLATED
        assert archive.testzip() is None
        assert b"CC BY 4.0" in archive.read(f"{folder}/README.txt")


def test_exports_are_byte_identical_between_builds(site, tmp_path):
    again = build_site(tmp_path / "again")
    first = sorted(p.relative_to(site) for p in (site / "downloads").iterdir())
    assert first == sorted(p.relative_to(again) for p in (again / "downloads").iterdir())
    assert len(first) == 7
    for relative in first:
        assert (site / relative).read_bytes() == (again / relative).read_bytes(), relative


def _corpus(site: Path) -> etree._Element:
    return etree.parse(str(site / "downloads/corpus.xml")).getroot()


def test_tei_corpus_is_valid_tei_all(site, validator):
    corpus = etree.parse(str(site / "downloads/corpus.xml"))
    assert validator.tei_all.validate(corpus), "\n".join(
        str(e) for e in validator.tei_all.error_log)


def test_tei_corpus_ids_are_unique_and_every_pointer_resolves(site):
    corpus = _corpus(site)
    assert corpus.tag == "{http://www.tei-c.org/ns/1.0}teiCorpus"
    ids = corpus.xpath("//@xml:id")
    assert len(ids) == len(set(ids))
    members = corpus.findall("t:TEI", TEI_NS)
    assert [m.get(XML_ID) for m in members] == [f"doc.{MEMO}", f"doc.{TEL}"]
    pointers = corpus.xpath("//@target | //@resp | //@who | //@ref | //@sameAs")
    tokens = [t for value in pointers for t in value.split() if t.startswith("#")]
    assert tokens and all(t[1:] in set(ids) for t in tokens), \
        [t for t in tokens if t[1:] not in set(ids)]
    assert not [v for v in pointers if ".xml#" in v]  # register pointers point into standOff
    assert corpus.xpath("count(t:standOff/t:listPerson/t:person)", namespaces=TEI_NS) >= 25


def test_tei_corpus_keeps_each_document_and_adjusts_its_note_targets(site, published):
    corpus = _corpus(site)
    memo = dict(published)[MEMO]
    [member] = corpus.xpath(f"t:TEI[@xml:id='doc.{MEMO}']", namespaces=TEI_NS)
    notes = memo.xpath("//t:note[@target]/@target", namespaces=TEI_NS)
    assert notes, "the memorandum has editorial notes pointing at lines"
    assert member.xpath(".//t:note[@target]/@target", namespaces=TEI_NS) == [
        f"#doc.{MEMO}.{t[1:]}" for t in notes]
    assert "".join(member.find("t:text", TEI_NS).itertext()) == \
        "".join(memo.find("t:text", TEI_NS).itertext())
    assert len(member.xpath(".//t:sp", namespaces=TEI_NS)) == 63


def test_corpus_member_rewrites_only_local_and_register_pointers():
    tei = etree.fromstring(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text xml:id="t"><body>'
        '<p xml:id="L1" n="1"><persName ref="persons.xml#a">A</persName>'
        '<ref target="#L1 #missing https://x.org/#L1">x</ref>'
        '<persName ref="persons.xml#unknown">B</persName></p></body></text></TEI>')
    member = corpus_member("a b", tei, {"a"})
    prefix = document_prefix("a b")
    assert prefix == "doc.a_b."
    assert member.get(XML_ID) == "doc.a_b"
    assert member.xpath("//t:p/@xml:id", namespaces=TEI_NS) == ["doc.a_b.L1"]
    assert member.xpath("//t:ref/@target", namespaces=TEI_NS) == [
        "#doc.a_b.L1 #missing https://x.org/#L1"]
    assert member.xpath("//t:persName/@ref", namespaces=TEI_NS) == ["#a", "persons.xml#unknown"]
    assert tei.xpath("//t:p/@xml:id", namespaces=TEI_NS) == ["L1"]  # the original is untouched


def test_the_downloads_hold_each_published_document_once_and_registers_apart(site, published,
                                                                           seed_settings):
    """What the exports take as the edition's documents: tei/<id>.xml as published, each once;
    the registers only as registers."""
    assert sorted(p.name for p in (site / "tei").iterdir()) == sorted(
        [f"{MEMO}.xml", f"{TEL}.xml", *REGISTERS])
    assert [doc_id for doc_id, _ in published] == [MEMO, TEL]
    members = _corpus(site).findall("t:TEI", TEI_NS)
    assert [m.get(XML_ID) for m in members] == [f"doc.{doc_id}" for doc_id, _ in published]
    assert [m.xpath("string(t:teiHeader//t:title[1])", namespaces=TEI_NS) for m in members] == [
        tei.xpath("string(t:teiHeader//t:title[1])", namespaces=TEI_NS) for _, tei in published]
    folder = archive_folder(seed_settings)
    with zipfile.ZipFile(site / "downloads/edition-tei.zip") as archive:
        documents = [n for n in archive.namelist() if n.startswith(f"{folder}/tei/1962-")]
        assert documents == [f"{folder}/tei/{doc_id}.xml" for doc_id, _ in published]
        for (_, tei), name in zip(published, documents):
            assert etree.tostring(etree.fromstring(archive.read(name))) == etree.tostring(tei)
