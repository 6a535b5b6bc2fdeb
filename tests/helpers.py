"""Helpers shared by test modules: sample documents and ways to break them, builds and sites."""

from __future__ import annotations

import copy
import hashlib
import random
import shutil
import time
from pathlib import Path
from typing import Callable

from lxml import etree

from edition.config import Settings
from edition.diagnostics import Reporter
from edition.pipeline import build
from edition.tei.citation import MATCH
from edition.validate import PROJECT_SCH
from tests.conftest import SEEDS, TEI, page

TEI_NS = TEI["t"]
T = f"{{{TEI_NS}}}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
SCH = "{http://purl.oclc.org/dsdl/schematron}"

# --------------------------------------------------------------------------------------------
# The sample documents (tests/data), the register pointers they make, ways to break them.
# --------------------------------------------------------------------------------------------

DATA = Path(__file__).resolve().parent / "data"
MEMORANDUM = DATA / "sample-memorandum.xml"
TELEGRAM = DATA / "sample-telegram.xml"


KNOWN = {
    "persons.xml#" + entry for entry in (
        "mikoyan-anastas", "dorticos-osvaldo", "guevara-ernesto", "rodriguez-carlos-rafael",
        "castro-fidel", "u-thant", "alekseev-aleksandr", "tikhmenev-v", "malinovsky-rodion")
} | {"places.xml#usa", "places.xml#guatemala", "places.xml#havana",
     "organizations.xml#cc-cpsu", "organizations.xml#un"}


def known_ref(pointer: str) -> bool:
    return pointer in KNOWN


def first(root: etree._Element, xpath: str) -> etree._Element:
    return root.xpath(xpath, namespaces=TEI)[0]


def drop_who(root):
    """An sp naming no one: no @who and no speaker (an sp of a speaker the source does not name,
    `Unidentified:`, has no @who but its speaker label)."""
    sp = first(root, "//t:sp")
    del sp.attrib["who"]
    speaker = sp.find("{*}speaker")
    if speaker is not None:
        sp.remove(speaker)
    return sp


def add_bracket(root):
    p = first(root, "//t:p[@n='3']")
    p.text = "After mutual greetings, Com. [Dorticos] said"
    return p


def add_header_bracket(root):
    p = first(root, "//t:abstract/t:p")
    p.text = "Alekseev and Mikoyan [sic] discuss"
    return p


def duplicate_id(root):
    p = first(root, "//t:p[@n='5']")
    p.set(XML_ID, "L4")
    return p


def wrong_number(root):
    p = first(root, "//t:p[@n='5']")
    p.set("n", "50")
    p.set(XML_ID, "L50")
    return p


def mismatched_id(root):
    p = first(root, "//t:p[@n='5']")
    p.set(XML_ID, "L50")
    return p


def unknown_person(root):
    name = first(root, "//t:p[@n='3']/t:persName")
    name.set("ref", "persons.xml#nobody")
    return name


def unknown_resp(root):
    note = first(root, "//t:sp/t:note")
    note.set("resp", "#nobody")
    return note


def unknown_speaker(root):
    sp = first(root, "//t:sp")
    sp.set("who", "persons.xml#dorticos-osvaldo persons.xml#nobody")
    return sp


def note_without_resp(root):
    note = first(root, "//t:sp/t:note")
    del note.attrib["resp"]
    return note


def bad_date(root):
    date = first(root, "//t:p//t:date[@when]")
    date.set("when", "1962-13-45")
    return date


def undeclared_calendar(root):
    """A date named in the Julian calendar where the header declares no such calendar."""
    date = first(root, "//t:p//t:date[@when]")
    date.set("calendar", "#julian")
    return date


def correspdesc_in_minutes(root):
    """A correspDesc in minutes: only telegrams, letters and memoranda (From X to Y) are sent."""
    first(root, "//t:body/t:div").set("subtype", "minutes")
    return correspdesc_in_memcon(root)


def correspdesc_in_memcon(root):
    """A correspDesc in the seeds' memorandum of conversation: a record of talks is not sent,
    though its div's subtype is memorandum."""
    lang = first(root, "//t:langUsage")
    corresp = etree.SubElement(lang.getparent(), f"{T}correspDesc")
    action = etree.SubElement(corresp, f"{T}correspAction", type="sent")
    etree.SubElement(action, f"{T}date", when="1962-11-05")
    lang.addprevious(corresp)
    return corresp


def foreign_element(root):
    p = first(root, "//t:p[@n='3']")
    emph = etree.SubElement(p, f"{T}emph")  # valid TEI here, but not part of the customization
    emph.text = "x"
    return emph


def not_tei(root):
    p = first(root, "//t:p[@n='3']")
    p.append(etree.Element(f"{T}body"))    # neither the customization nor TEI allow this
    return p


def speaker_empty(root):
    sp = first(root, "//t:sp")
    speaker = first(sp, "t:speaker")
    speaker.clear()             # a turn the source prints no label for has no speaker at all
    return sp


BROKEN: list[tuple[str, Callable, set[str]]] = [
    ("sp-without-who-or-speaker", drop_who, {"schematron"}),
    ("sp-with-empty-speaker", speaker_empty, {"schematron"}),
    ("literal-bracket-body", add_bracket, {"literal-bracket", "schematron"}),
    ("literal-bracket-header", add_header_bracket, {"literal-bracket"}),
    ("duplicate-id", duplicate_id, {"id-duplicate", "schematron"}),
    ("wrong-l-number", wrong_number, {"schematron"}),
    ("id-not-l-number", mismatched_id, {"schematron"}),
    ("unresolved-register-ref", unknown_person, {"ref-unresolved"}),
    ("unresolved-local-resp", unknown_resp, {"ref-unresolved"}),
    ("unresolved-speaker", unknown_speaker, {"ref-unresolved"}),
    ("note-without-resp", note_without_resp, {"schematron"}),
    ("bad-date", bad_date, {"schema-project", "schematron", "schema-tei-all"}),
    ("undeclared-calendar", undeclared_calendar, {"schematron"}),
    ("correspdesc-in-minutes", correspdesc_in_minutes, {"schematron"}),
    ("correspdesc-in-memcon", correspdesc_in_memcon, {"schematron"}),
    ("element-outside-customization", foreign_element, {"schema-project"}),
    ("not-tei", not_tei, {"schema-project", "schema-tei-all"}),
]


# --------------------------------------------------------------------------------------------
# edition.sch's numbering rule (tests/test_validate_schematron.py, test_validate_numbering.py).
# --------------------------------------------------------------------------------------------

CITABLE = MATCH.removeprefix("//body//*").replace("self::", "self::tei:")
"""The test a numbered block passes, from the citeStructure the encoder declares (`MATCH`):
'[@n][not(@place='inline' or self::tei:pb)]'."""
REFERENCE = f"preceding::*{CITABLE}[1][ancestor::tei:body]"


def previous_in_schema() -> str:
    lets = [let for let in etree.parse(str(PROJECT_SCH)).iter(f"{SCH}let")
            if let.get("name") == "previous"]
    assert len(lets) == 1, "edition.sch's numbering rule names the block before `previous`"
    return lets[0].get("value")


def shuffled(rng: random.Random, root: etree._Element, edits: int = 4) -> etree._Element:
    """The sample with numbers added, removed and elements moved about, header included; with
    `edits=8` also dates, note types, texts with brackets and speakers changed."""
    root = copy.deepcopy(root)
    elements = list(root.iter(etree.Element))
    for _ in range(rng.randint(1, 6)):
        element, edit = rng.choice(elements[1:]), rng.randrange(edits)
        if edit == 0:
            element.set("n", str(rng.randint(1, 9)))
        elif edit == 1:
            element.attrib.pop("n", None)
        elif edit == 2:
            other = rng.choice(elements[1:])
            if other is not element and element not in other.iterancestors():
                other.addnext(element)
        elif edit == 3:
            etree.SubElement(element, f"{T}seg", n="3")
        elif edit == 4:
            element.set(rng.choice(["when", "notBefore", "notAfter"]),
                        rng.choice(["1962", "1962-13", "1962-02-32", "x", "1962-11-05T10:00"]))
        elif edit == 5:
            element.set("type", rng.choice(["editorial", "source", "gloss"]))
        elif edit == 6:
            element.text = (element.text or "") + " [sic]"
        else:
            element.set("who", rng.choice(["persons.xml#x", "#x", ""]))
    return root


# --------------------------------------------------------------------------------------------
# Builds and the sites they write.
# --------------------------------------------------------------------------------------------

def run(seeds: Path, out: Path, **options) -> None:
    reporter = Reporter()
    assert build(Settings(seeds=seeds, out=out, jobs=1, **options), reporter), reporter.sorted()


def edit(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("CC CPSU.", "CC CPSU, Moscow.", 1)
                    .replace("Com. Dorticos said", "Comrade Dorticos said", 1), encoding="utf-8")


def site_files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def snapshot(site: Path) -> dict[str, str]:
    """Relative path -> SHA-256 of every file of a site (empty when the folder is missing)."""
    return {str(p.relative_to(site)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.glob(".site.*"))


def soon(check: Callable[[], bool], seconds: float = 60) -> bool:
    """True once `check()` holds (what builds leave is removed in the background); False if
    that takes over `seconds`."""
    deadline = time.monotonic() + seconds
    while not check() and time.monotonic() < deadline:
        time.sleep(0.1)
    return check()


# --------------------------------------------------------------------------------------------
# Sources made to break things: a foreign note's line break, markup in a source.
# --------------------------------------------------------------------------------------------

def with_line_break(tei: etree._Element, path: str) -> tuple[etree._Element, str]:
    """A copy of `tei` whose element at `path` breaks its line (`<lb/>`) instead of its first
    space, as a foreign source's note may, and that element's text as it was."""
    copied = copy.deepcopy(tei)
    element = copied.xpath(path, namespaces=TEI)[0]
    read = " ".join("".join(element.itertext()).split())
    spaced = next(e for e in element.iter() if " " in (e.text or "").strip())
    first, rest = spaced.text.strip().split(" ", 1)
    spaced.text = first
    etree.SubElement(spaced, f"{T}lb").tail = rest
    spaced.insert(0, spaced[-1])
    return copied, read


REGISTERS = ("persons.xml", "places.xml", "organizations.xml", "edition.toml")

PAYLOADS = ("<script>window.__pwned = 1; alert(1)</script>",
            '<img src=x onerror="window.__pwned=2;alert(2)">',
            "<svg onload=alert(3)>", "javascript:alert(4)", "&amp;", "&lt;b&gt;", "&",
            '"double"', "'single'", "</p></main><script>alert(5)</script>", "{{ 7*7 }}")

HOSTILE_BODY = (
    "A.I. MIKOYAN. We read " + " and ".join(PAYLOADS) + " in the text.\n\n"
    "O. DORTICOS. [<script>window.__pwned=3</script>--ed.] Yes, <b>bold</b> & \"fine\".\n\n"
    "[Ed. note: <script>alert(6)</script> & 'quoted']")

HOSTILE_TITLE = "Memorandum <script>window.__pwned=4</script> & \"quotes\" 'x'"

RECORD_ID = "../../etc/passwd"

HOSTILE_DOC = "hostile-1962"

def hostile_source() -> str:
    return page(HOSTILE_BODY, title=HOSTILE_TITLE).replace("Record ID\n\n1", f"Record ID\n\n{RECORD_ID}")


def hostile_seeds(folder: Path) -> Path:
    """A seeds folder with the registers and one source full of markup and a path as Record ID."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in REGISTERS:
        shutil.copy(SEEDS / name, folder / name)
    (folder / f"{HOSTILE_DOC}.txt").write_text(hostile_source(), encoding="utf-8")
    return folder
