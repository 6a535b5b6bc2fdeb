"""Snippets of foreign TEI for tests: a minimal document around a body, ingested from a file."""

from __future__ import annotations

from pathlib import Path

from edition.config import Settings
from edition.diagnostics import Reporter, Severity
from edition.ingest import ingest_tei
from edition.registers import Registers
from tests.conftest import SEEDS, body_xml

HEADER = """<teiHeader><fileDesc><titleStmt><title>{title}</title></titleStmt>
<publicationStmt><availability><licence>CC0</licence></availability></publicationStmt>
<sourceDesc><bibl>A test source, <date when="1970-01-31">1970</date></bibl></sourceDesc></fileDesc>{profile}</teiHeader>"""


def foreign(body: str, title: str = "Letter From A to B", profile: str = "") -> str:
    """A foreign TEI document whose `body` holds `body`."""
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">'
            f'{HEADER.format(title=title, profile=profile)}<text><body>{body}</body></text></TEI>\n')


def ingest_text(text: str | bytes, folder: Path, name: str = "foreign.xml",
                registers: Registers | None = None):
    """(EncodedDocument or None, reporter) for a foreign file with content `text`."""
    path = folder / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    reporter = Reporter()
    registers = registers or Registers.load(SEEDS, Reporter())
    return ingest_tei(path, registers, Settings(), reporter), reporter


def converted_body(text: str, folder: Path, validator) -> str:
    """The body of foreign document `text` as our TEI (`body_xml`), after checking that the
    ingest warned of nothing and that the result is valid."""
    encoded, reporter = ingest_text(text, folder)
    assert [str(d) for d in reporter.diagnostics if d.severity >= Severity.WARNING] == []
    assert [str(d) for d in validator.validate(encoded.tei, "x", lambda ref: True)] == []
    return body_xml(encoded.tei)
