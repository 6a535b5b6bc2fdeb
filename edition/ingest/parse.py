"""Safe parsing of a foreign TEI file: size limit, no DTD, no entities, no network, TEI root.

    >>> parse_foreign(Path("seeds/x.xml"), "seeds/x.xml", reporter)   # doctest: +SKIP
    <Element {http://www.tei-c.org/ns/1.0}TEI>

What is refused, each with one diagnostic and None (never a traceback):
  - a file over MAX_FOREIGN_BYTES (checked before a byte is read) [foreign-too-large];
  - a DOCTYPE that declares entities: external ones (`SYSTEM "file:///etc/passwd"`) and
    internal ones (the billion-laughs bomb) alike; nothing is expanded or fetched; and a
    reference to an entity declared elsewhere (`&nbsp;` with an external DTD) [foreign-entity];
  - a file that is not well-formed XML [foreign-malformed];
    an `xml:id` used twice or not a name is no such fault: the file is read, with a warning
    (we keep none of its ids) [foreign-id];
  - a root other than `<TEI>` in the TEI namespace, or one without `text/body` [foreign-not-tei].
A DOCTYPE without entity declarations is ignored (its DTD is never loaded) [foreign-doctype].
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from ..diagnostics import Location, Reporter
from ..namespaces import TEI_NS

MAX_FOREIGN_BYTES = 20 * 1024 * 1024
"""Larger files are refused before parsing: one TEI document is never this big."""

ENTITY_DECLARATION = re.compile(rb"<!\s*ENTITY", re.IGNORECASE)
ROOT_START = re.compile(rb"<[A-Za-z_]")


ID_ERRORS = frozenset({"DTD_ID_REDEFINED", "DTD_XMLID_VALUE"})
"""libxml2's errors for an xml:id used twice or not an NCName: validity, not well-formedness."""


def foreign_parser(recover: bool = False) -> etree.XMLParser:
    """No entity substitution, no DTD loading or validation, no network, no huge trees."""
    # Not collect_ids=False: with it libxml2 reads the external DTD subset (a local file).
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           dtd_validation=False, huge_tree=False, remove_comments=True,
                           remove_pis=True, recover=recover)


def _prolog(data: bytes) -> bytes:
    """The bytes before the root element, in a form where `<!ENTITY` can be searched for."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or data[1:2] == b"\x00" or data[:1] == b"\x00":
        for encoding in ("utf-16", "utf-16-le", "utf-16-be"):
            try:
                return data.decode(encoding).encode("utf-8", "replace")
            except UnicodeDecodeError:
                continue
    return data


def _entity_declaration(data: bytes) -> tuple[int, int] | None:
    """Line and column of the first `<!ENTITY` after the DOCTYPE, or None when there is none."""
    text = _prolog(data)
    doctype = text.find(b"<!DOCTYPE")
    found = ENTITY_DECLARATION.search(text, doctype) if doctype >= 0 else None
    if found is None:
        return None
    line_start = text.rfind(b"\n", 0, found.start()) + 1
    return text.count(b"\n", 0, found.start()) + 1, found.start() - line_start + 1


def _read(path: Path, shown: str, reporter: Reporter) -> bytes | None:
    where = Location(shown)
    try:
        size = path.stat().st_size
        if size > MAX_FOREIGN_BYTES:
            reporter.error(where, f"file is {size:,} bytes; the limit for a TEI document is "
                           f"{MAX_FOREIGN_BYTES:,}: refused without parsing", "foreign-too-large")
            return None
        data = path.read_bytes()
    except OSError as exc:
        reporter.error(where, f"cannot read file: {exc.strerror}", "foreign-unreadable")
        return None
    if not data.strip():
        reporter.error(where, "file is empty", "foreign-empty")
        return None
    return data


def _parse(data: bytes, shown: str, reporter: Reporter) -> etree._ElementTree | None:
    parser = foreign_parser()
    try:
        return etree.ElementTree(etree.fromstring(data, parser))
    except etree.XMLSyntaxError as exc:
        if _only_id_errors(parser.error_log):
            return _parse_despite_ids(data, parser.error_log, shown, reporter)
        line, column, message = _fault(exc, parser.error_log)
        reporter.error(Location(shown, line or 0, column or 0),
                       f"not well-formed XML, so it cannot be read as TEI: {message}",
                       "foreign-malformed")
    except ValueError as exc:  # e.g. a str with an encoding declaration; bytes never are
        reporter.error(Location(shown), f"cannot be read as XML: {exc}", "foreign-malformed")
    return None


def _fault(exc: etree.XMLSyntaxError, log) -> tuple[int, int, str]:
    """Line, column and message of what makes the file unreadable: not an id clash before it."""
    fault = next((e for e in log.filter_from_errors() if e.type_name not in ID_ERRORS), None)
    if fault is not None:
        return fault.line, fault.column, fault.message.strip()
    line, column = exc.position if exc.position else (exc.lineno or 0, 0)
    return line, column, exc.msg


def _only_id_errors(log) -> bool:
    """Whether the parser refused the file only for its xml:ids (`ID_ERRORS`)."""
    errors = log.filter_from_errors()
    return bool(errors) and all(error.type_name in ID_ERRORS for error in errors)


def _parse_despite_ids(data: bytes, log, shown: str, reporter: Reporter) -> etree._ElementTree:
    """The tree of a well-formed file whose xml:ids clash: read again in recovery mode, which
    changes nothing else here (every error was an id's), and the first clash reported."""
    errors = log.filter_from_errors()
    first = errors[0]
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    reporter.warning(Location(shown, first.line or 0, first.column or 0),
                     f"{first.message.strip()}{more}: the file is read all the same, as the "
                     "ids of a foreign file are not kept", "foreign-id")
    return etree.ElementTree(etree.fromstring(data, foreign_parser(recover=True)))


def _has_entities(tree: etree._ElementTree) -> bool:
    dtd = tree.docinfo.internalDTD
    return dtd is not None and any(True for _ in dtd.iterentities())


def parse_foreign(path: Path, shown: str, reporter: Reporter) -> etree._Element | None:
    """The TEI root of a foreign file, or None after reporting why it is refused."""
    data = _read(path, shown, reporter)
    if data is None:
        return None
    where = Location(shown)
    if declared := _entity_declaration(data):
        reporter.error(where.at(*declared), "the DOCTYPE declares entities; external and "
                       "internal entities are refused (they can read local files or expand "
                       "without limit): remove the DOCTYPE", "foreign-entity")
        return None
    tree = _parse(data, shown, reporter)
    if tree is None:
        return None
    if _has_entities(tree):
        reporter.error(where, "the DOCTYPE declares entities; they are refused", "foreign-entity")
        return None
    reference = next((n for n in tree.getroot().iter() if isinstance(n, etree._Entity)), None)
    if reference is not None:
        line = reference.getparent().sourceline if reference.getparent() is not None else 0
        reporter.error(where.at(line or 0), f"entity reference {reference.text} is not defined in "
                       "the document; entities are never loaded or expanded: write the "
                       "character itself", "foreign-entity")
        return None
    if tree.docinfo.doctype:
        reporter.info(where, "DOCTYPE ignored: its DTD is not loaded", "foreign-doctype")
    return _checked_root(tree.getroot(), shown, reporter)


def _checked_root(root: etree._Element, shown: str, reporter: Reporter) -> etree._Element | None:
    where = Location(shown, root.sourceline or 0)
    name = etree.QName(root)
    if name.localname != "TEI" or name.namespace != TEI_NS:
        found = f"<{name.localname}>" + (f" in {name.namespace}" if name.namespace else
                                         " in no namespace")
        reporter.error(where, f"not a TEI document: the root is {found}, not <TEI> in "
                       f"{TEI_NS}", "foreign-not-tei")
        return None
    if root.find(f"{{{TEI_NS}}}text/{{{TEI_NS}}}body") is None:
        reporter.error(where, "TEI document without text/body: nothing to publish",
                       "foreign-not-tei")
        return None
    return root
