"""The static DTS 1.0 export: required members per endpoint, every line a passage, templates, bytes.

The required members are those the DTS 1.0 tables mark "Y" (https://dtsapi.org/versions/v1.0/);
URI templates are expanded here by a small RFC 6570 expander of our own, independent of
`edition.dts`, and every expansion must be a file of the site.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from urllib.parse import quote

import pytest
from lxml import etree

from edition.cache import BuildCache
from edition.dts import Layout, dublin_core, write_dts_index
from edition.export.bundle import registered_ids
from edition.publish import publish_document
from edition.tei import serialize
from edition.tei.xml import SAFE_PARSER
from edition.write import SiteWriter
from tests.helpers import with_line_break

ROOT = Path(__file__).resolve().parents[1]
MEMO = "1962-11-05-memcon-mikoyan-dorticos"
TEL = "1962-11-19-telegram-mikoyan-cc-cpsu"
CONTEXT = "https://dtsapi.org/context/v1.0.json"
DTS_NS = "https://w3id.org/api/dts#"
TEI_NS = "http://www.tei-c.org/ns/1.0"
NS = {"t": TEI_NS, "dts": DTS_NS}
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"

# The members each DTS 1.0 table marks as required ("Y").
ENTRY = {"@context", "@id", "@type", "dtsVersion", "collection", "navigation", "document"}
COLLECTION_ITEM = {"@id", "@type", "title", "totalParents", "collection"}
RESOURCE_ITEM = {"navigation", "document"}
NAVIGATION = {"@context", "@id", "@type", "dtsVersion", "resource"}
NAV_RESOURCE = {"@id", "@type", "collection", "navigation", "document", "citationTrees"}
CITABLE_UNIT = {"identifier", "@type", "level", "parent"}


# --- building the export ------------------------------------------------------------------------

def export(out: Path, documents, settings, registers) -> Path:
    """The DTS files of `documents` (id, TEI root) as a build writes them: each document's by
    `publish_document` from its published bytes (what a render worker does), then the entry
    point and collections by `write_dts_index` from the `Published` resources (the main process)."""
    writer, cache = SiteWriter(out), BuildCache(out.parent / f"{out.name}-cache")
    layout, registered = Layout.of(settings), registered_ids(registers)
    try:
        published = []
        for doc_id, tei in documents:
            data = serialize(copy.deepcopy(tei))
            published.append(publish_document(doc_id, doc_id, data,
                                              etree.fromstring(data, SAFE_PARSER), layout,
                                              registered, writer, cache))
        write_dts_index([p.resource for p in published], settings, writer)
        writer.commit()
    except BaseException:
        writer.abandon()
        raise
    return out


@pytest.fixture(scope="module")
def site(tmp_path_factory, documents, corpus) -> Path:
    return export(tmp_path_factory.mktemp("dts") / "site", documents, corpus.settings,
                  corpus.registers)


@pytest.fixture(scope="module")
def base(corpus) -> str:
    return corpus.settings.edition.base_url.rstrip("/") + "/"


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def fetch(site: Path, base: str, url: str) -> Path:
    """The file a static host serves for `url` (which must lie below the edition's base URL)."""
    assert url.startswith(base), url
    return site / url[len(base):]


# --- an RFC 6570 expander for the operators a static layout needs ------------------------------

def expand(template: str, values: dict[str, str | None]) -> str:
    """Level-3 expansion of `{var,...}` (simple) and `{/var,...}` (path segments); others fail."""
    def one(match: re.Match) -> str:
        operator, names = match.group(1), match.group(2).split(",")
        if operator not in ("", "/"):
            raise AssertionError(f"operator {operator!r} is not a static path template")
        defined = [quote(values[name], safe="") for name in (n.rstrip("*") for n in names)
                   if values.get(name) is not None]
        if operator == "/":
            return "".join("/" + value for value in defined)
        return ",".join(defined)
    return re.sub(r"\{([/;?&#+.]?)([^}]*)\}", one, template)


def test_expander_follows_rfc_6570():
    assert expand("a{/id,nav}.json", {"id": "x", "nav": None}) == "a/x.json"
    assert expand("a{/id,nav}.json", {"id": "x y", "nav": "parents"}) == "a/x%20y/parents.json"
    assert expand("a/{r}{/ref}.xml", {"r": "d", "ref": None}) == "a/d.xml"
    with pytest.raises(AssertionError):
        expand("a{?id}", {"id": "x"})


# --- required members, per endpoint --------------------------------------------------------------

def check_top(data: dict, type_: str) -> None:
    assert data["@context"] == CONTEXT
    assert data["dtsVersion"] == "1.0"
    assert data["@type"] == type_


def check_metadata(metadata: dict) -> None:
    """A MetadataObject: literals, URIs, [{lang, value}] or [URI] (and a @context when extended)."""
    for key, value in metadata.items():
        if key == "@context":
            continue
        items = value if isinstance(value, list) else [value]
        for item in items:
            assert isinstance(item, (str, int, float)) or set(item) == {"lang", "value"}, key


def check_collection_item(item: dict, top: bool) -> None:
    assert COLLECTION_ITEM <= set(item), COLLECTION_ITEM - set(item)
    assert item["@type"] in ("Collection", "Resource")
    assert isinstance(item["totalParents"], int)
    if item["@type"] == "Collection" or top:
        assert isinstance(item["totalChildren"], int)
    if item["@type"] == "Resource":
        assert RESOURCE_ITEM <= set(item)
    for key in ("dublinCore", "extensions"):
        if key in item:
            check_metadata(item[key])


def check_collection(data: dict) -> None:
    check_top(data, data["@type"])
    check_collection_item(data, top=True)
    for member in data.get("member", []):
        check_collection_item(member, top=False)


def check_unit(unit: dict) -> None:
    assert CITABLE_UNIT <= set(unit), CITABLE_UNIT - set(unit)
    assert unit["@type"] == "CitableUnit"
    assert isinstance(unit["identifier"], str) and isinstance(unit["level"], int)
    assert unit["parent"] is None or isinstance(unit["parent"], str)
    for key in ("dublinCore", "extensions"):
        if key in unit:
            check_metadata(unit[key])


def check_navigation(data: dict) -> None:
    check_top(data, "Navigation")
    assert NAVIGATION <= set(data), NAVIGATION - set(data)
    resource = data["resource"]
    assert NAV_RESOURCE <= set(resource) and resource["@type"] == "Resource"
    for tree in resource["citationTrees"]:
        assert tree["@type"] == "CitationTree" and "identifier" not in tree
        assert all("citeType" in structure for structure in tree.get("citeStructure", []))
    for unit in data.get("member", []) + [data[key] for key in ("ref",) if key in data]:
        check_unit(unit)


def test_entry_point_has_the_required_members(site, base):
    entry = load(site / "dts/index.json")
    assert ENTRY <= set(entry)
    check_top(entry, "EntryPoint")
    assert entry["@id"] == base + "dts/index.json"
    for endpoint in ("collection", "navigation", "document"):
        assert "{" in entry[endpoint] and "?" not in entry[endpoint]


def test_every_collection_response_has_the_required_members(site):
    files = [site / "dts/collection.json", *sorted((site / "dts/collection").rglob("*.json"))]
    assert len(files) == 1 + 3 * 3      # the root alone, then 3 ids x (default, children, parents)
    for path in files:
        check_collection(load(path))
    root = load(site / "dts/collection.json")
    assert root["@type"] == "Collection" and root["totalParents"] == 0
    assert [m["@id"] for m in root["member"]] == [MEMO, TEL] and root["totalChildren"] == 2
    assert load(site / f"dts/collection/{MEMO}/parents.json")["member"][0]["@id"] == root["@id"]
    assert load(site / f"dts/collection/{root['@id']}/parents.json")["member"] == []


def test_every_navigation_response_has_the_required_members(site):
    files = sorted((site / "dts/navigation").rglob("*.json"))
    for path in files:
        check_navigation(load(path))
    assert [path.parent for path in files] == [site / "dts/navigation"] * len(files)
    tree = load(site / f"dts/navigation/{MEMO}.json")
    assert all(unit["level"] == 1 and unit["parent"] is None and unit["citeType"] == "line"
               for unit in tree["member"])


def test_documents_carry_dublin_core(site):
    memo = load(site / f"dts/collection/{MEMO}.json")["dublinCore"]
    for term in ("title", "date", "type", "publisher", "language", "source", "identifier"):
        assert memo.get(term), term
    assert memo["date"] == "1962-11-05" and memo["language"] == ["en"]
    assert "memorandum of conversation" in memo["type"] and "110969" in memo["identifier"]
    telegram = load(site / f"dts/collection/{TEL}.json")["dublinCore"]
    assert telegram["creator"][0].endswith("tei/persons.xml#mikoyan-anastas")


@pytest.mark.parametrize("term, path", [
    ("source", "//t:sourceDesc/t:bibl/t:note[@type='source']"),
    ("description", "//t:profileDesc/t:abstract"),
])
def test_dublin_core_reads_a_line_break_as_the_source_does(term, path, tmp_path, documents,
                                                            corpus):
    """`Russian<lb/>Foreign Ministry archives` is 'Russian Foreign Ministry archives', as the
    lines and the title are read, not 'RussianForeign'."""
    tei, read = with_line_break(dict(documents)[MEMO], path)
    assert etree.tostring(tei.xpath(path, namespaces=NS)[0]).count(b"<lb/>") == 1
    export(tmp_path / "site", [("broken", tei)], corpus.settings, corpus.registers)
    found = load(tmp_path / "site/dts/collection/broken.json")["dublinCore"][term]
    assert found == ([read] if term == "source" else [{"lang": "en", "value": read}])


# --- the citation tree and the passages ----------------------------------------------------------

def body_lines(tei: etree._Element) -> list[etree._Element]:
    return tei.xpath("//t:body//*[@n]", namespaces=NS)


def text_of(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def test_every_line_is_a_passage_with_its_text(site, base, documents):
    template = load(site / "dts/index.json")["document"]
    checked = 0
    for doc_id, tei in documents:
        lines = body_lines(tei)
        tree = load(fetch(site, base, expand(load(site / "dts/index.json")["navigation"],
                                             {"resource": doc_id, "ref": None})))
        assert [unit["identifier"] for unit in tree["member"]] == [e.get("n") for e in lines]
        for line in lines:
            path = fetch(site, base, expand(template, {"resource": doc_id, "ref": line.get("n")}))
            passage = etree.parse(str(path)).getroot()
            assert passage.tag == f"{{{TEI_NS}}}TEI"
            wrappers = passage.xpath("//dts:wrapper", namespaces=NS)
            assert len(wrappers) == 1 and len(wrappers[0]) == 1
            cited = wrappers[0][0]
            assert cited.get("n") == line.get("n") and cited.tag == line.tag
            assert text_of(wrappers[0]) == text_of(line) != ""
            checked += 1
    assert checked == sum(len(body_lines(tei)) for _, tei in documents) > 100


def test_lines_of_a_turn_carry_their_speaker(site, base):
    units = {u["identifier"]: u for u in load(site / f"dts/navigation/{MEMO}.json")["member"]}
    assert units["5"]["dublinCore"]["creator"] == [base + "tei/persons.xml#dorticos-osvaldo"]
    assert units["5"]["extensions"]["speaker"] == "O. DORTICOS"
    assert "speaker" in units["5"]["extensions"]["@context"]
    assert units["9"]["extensions"]["speaker"] == "A.I. MIKOYAN"
    assert "dublinCore" not in units["3"] and "extensions" not in units["3"]   # narrative
    note = units["24"]                                   # an editor's note inside Dorticos' turn
    assert note["dublinCore"]["creator"] == [f"{base}tei/{MEMO}.xml#ed"]
    assert "extensions" not in note
    passage = etree.parse(str(site / f"dts/document/{MEMO}/5.xml")).getroot()
    assert passage.xpath("string(//t:sp/t:speaker)", namespaces=NS) == "O. DORTICOS"
    telegram = load(site / f"dts/navigation/{TEL}.json")["member"]
    assert not any("extensions" in unit for unit in telegram)


def test_the_whole_document_is_the_published_tei(site, documents):
    for doc_id, tei in documents:
        whole = etree.parse(str(site / f"dts/document/{doc_id}.xml")).getroot()
        assert whole.get(XML_BASE).endswith(f"tei/{doc_id}.xml")
        del whole.attrib[XML_BASE]
        assert etree.tostring(whole, method="c14n") == \
            etree.tostring(etree.fromstring(serialize(copy.deepcopy(tei))), method="c14n")


def test_a_document_without_the_declared_scheme_has_no_citation_tree(tmp_path, documents,
                                                                     corpus):
    other = copy.deepcopy(dict(documents)[TEL])
    other.find(".//t:citeStructure", NS).set("match", "//body//p")
    export(tmp_path / "site", [("other", other)], corpus.settings, corpus.registers)
    navigation = load(tmp_path / "site/dts/navigation/other.json")
    assert navigation["resource"]["citationTrees"] == [] and navigation["member"] == []
    assert not (tmp_path / "site/dts/document/other").exists()


def test_a_passage_holds_its_line_and_not_the_text_after_it(tmp_path, documents, corpus):
    tailed = copy.deepcopy(dict(documents)[TEL])
    tailed.xpath("//*[@n='5']")[0].tail = " text after the line "
    export(tmp_path / "site", [("tailed", tailed)], corpus.settings,
           corpus.registers)
    passage = etree.parse(str(tmp_path / "site/dts/document/tailed/5.xml")).getroot()
    wrapper = passage.xpath("//dts:wrapper", namespaces=NS)[0]
    assert text_of(wrapper) == "They did not argue with that."


# --- templates, layout, bytes --------------------------------------------------------------------

def expansions(site: Path, documents) -> list[str]:
    """Every URL a client can build from the templates of the entry point and of each Resource."""
    entry = load(site / "dts/index.json")
    ids = ["edition", *(doc_id for doc_id, _ in documents)]
    urls = [expand(entry["collection"], {"id": None, "nav": None})]
    urls += [expand(entry["collection"], {"id": i, "nav": nav})
             for i in ids for nav in (None, "children", "parents")]
    for doc_id, tei in documents:
        refs = [None, *(line.get("n") for line in body_lines(tei))]
        resource = load(site / f"dts/collection/{doc_id}.json")
        urls += [expand(entry["navigation"], {"resource": doc_id}), resource["navigation"]]
        urls += [expand(entry["document"], {"resource": doc_id, "ref": ref}) for ref in refs]
        urls += [expand(resource["document"], {"ref": ref}) for ref in refs]
        urls += [expand(resource["collection"], {"nav": nav})
                 for nav in (None, "children", "parents")]
    return urls


def test_every_template_expands_to_a_file_and_every_file_to_a_template(site, base, documents):
    urls = expansions(site, documents)
    missing = [url for url in urls if not fetch(site, base, url).is_file()]
    assert missing == []
    reachable = {fetch(site, base, url) for url in urls} | {site / "dts/index.json"}
    assert set((site / "dts").rglob("*.*")) == reachable


def test_members_point_at_their_own_files(site, base):
    for path in (site / "dts/collection").rglob("*.json"):
        for member in load(path).get("member", []):
            assert fetch(site, base, expand(member["collection"], {"nav": None})).is_file()
    for path in (site / "dts/navigation").glob("*.json"):
        data = load(path)
        assert fetch(site, base, data["@id"]) == path


def test_json_is_deterministic_and_two_builds_are_identical(site, tmp_path, documents, corpus):
    again = export(tmp_path / "again", documents, corpus.settings, corpus.registers)
    files = sorted(p.relative_to(site) for p in site.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    for relative in files:
        assert (site / relative).read_bytes() == (again / relative).read_bytes(), relative
        if relative.suffix == ".json":
            text = (site / relative).read_text(encoding="utf-8")
            assert text == json.dumps(json.loads(text), ensure_ascii=False) + "\n"  # compact


@pytest.mark.parametrize("date, expected", [
    ('<date when="1962-11-05">November 5, 1962</date>', "1962-11-05"),
    ('<date notBefore="1962-10-21" notAfter="1962-10-31">Late October 1962</date>',
     "1962-10-21/1962-10-31"),
    ('<date from="1962-10-27" to="1962-10-28">27-28 October 1962</date>', "1962-10-27/1962-10-28"),
    ("<date>n.d.</date>", None),
], ids=["a day", "a part of a month", "a span of days", "undated"])
def test_dublin_core_dates_a_document_by_its_span_as_an_interval(date, expected):
    """Review rv2 (F11): a document dated by a span (`Late October 1962`, `27-28 October 1962`)
    had no Dublin Core date, only `@when` being read."""
    tei = etree.fromstring(
        f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><sourceDesc><bibl>{date}'
        "</bibl></sourceDesc></fileDesc></teiHeader></TEI>")
    assert dublin_core(tei, "x", "https://example.org/x.xml", "X", "en", "").get("date") == expected
