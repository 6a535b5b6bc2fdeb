"""Searching a person's name finds every document that names them, and no other.

The truth comes from the published TEI: a document names a person when its `<text>` has a
`persName/@ref` or a `@who` pointing at their register entry. The name searched is the one a
reader types: the register's surname (`persName[@type='main']/surname`), or the whole main name
when the surname is not enough (no surname: 'U Thant'; a surname two entries share: 'Raúl Castro').
The search reads the text and, hidden and of low weight before it, the register's names of what
the page links: where the printed form differs from the register's ('Alekseyev', and 'Pavlov'
for Pliyev; 'A.I. Mikoyan' for Anastas Ivanovich Mikoyan) the register's name finds the
document too, its result leading to the line of a hit in the text, else to the list "Named in
this document", which its excerpt quotes.

Pagefind matches the words of a query as prefixes ('Lenin' finds 'Marxist-Leninist'). For a name
that begins a longer word of a document that does not name the person, the test searches the
name in quotes, which Pagefind matches as whole words.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from lxml import etree

from .conftest import MEMO, ROOT, TELEGRAM

TEI = {"t": "http://www.tei-c.org/ns/1.0"}
DOCUMENTS = (MEMO, TELEGRAM)
RESULT_IDS_JS = """() => [...document.querySelectorAll("#search .pagefind-ui__result-link")]
    .map(a => (a.getAttribute("href").match(/documents\\/([^/?#]+)\\.html/) || [])[1])
    .filter(Boolean)"""


def fold(text: str) -> str:
    """Lower case without diacritics, as Pagefind compares words."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower())
                   if not unicodedata.combining(c))


def named_in(tei_file: Path) -> set[str]:
    """Register ids of the persons the text of a TEI document names or lets speak."""
    tree = etree.parse(str(tei_file))
    refs = tree.xpath("//t:text//t:persName/@ref | //t:text//@who", namespaces=TEI)
    return {ref.split("#")[-1] for value in refs for ref in value.split()}


def searched_words(page_file: Path) -> set[str]:
    """The words the search reads on a document page: its indexed body but what it ignores."""
    body = etree.parse(str(page_file), etree.HTMLParser()).xpath("//*[@data-pagefind-body]")[0]
    for ignored in body.xpath(".//*[@data-pagefind-ignore]"):
        ignored.getparent().remove(ignored)
    return set(re.findall(r"\w+", fold(" ".join(body.itertext()))))


def register_names() -> dict[str, tuple[str, str]]:
    """id -> (main name, surname) of every person of the register."""
    tree = etree.parse(str(ROOT / "seeds" / "persons.xml"))
    names = {}
    for person in tree.xpath("//t:person", namespaces=TEI):
        main = person.xpath("t:persName[@type='main']", namespaces=TEI)[0]
        names[person.get("{http://www.w3.org/XML/1998/namespace}id")] = (
            " ".join("".join(main.itertext()).split()),
            " ".join(main.xpath("string(t:surname)", namespaces=TEI).split()))
    return names


def search_term(person: str, names: dict[str, tuple[str, str]], others: set[str]) -> str:
    """What a reader types for `person`; quoted if it begins a word of `others`."""
    main, surname = names[person]
    shared = sum(1 for _, s in names.values() if s and s == surname) > 1
    term = surname if surname and not shared else main
    last = fold(term.split()[-1])
    if any(word != last and word.startswith(last) for word in others):
        return f'"{term}"'
    return term


@pytest.fixture(scope="module")
def truth(site_dir: Path) -> dict[str, tuple[str, frozenset[str]]]:
    """person id -> (term searched, ids of the documents that name them)."""
    named = {doc: named_in(site_dir / "tei" / f"{doc}.xml") for doc in DOCUMENTS}
    words = {doc: searched_words(site_dir / "documents" / f"{doc}.html") for doc in DOCUMENTS}
    names = register_names()
    found = {}
    for person in sorted(set().union(*named.values())):
        naming = [doc for doc in DOCUMENTS if person in named[doc]]
        others = set().union(*(words[doc] for doc in DOCUMENTS if doc not in naming))
        found[person] = (search_term(person, names, others), frozenset(naming))
    return found


def search(page, term: str) -> tuple[int, set[str]]:
    """The number of pages Pagefind reports for `term`, and the documents its results link to."""
    field = page.locator("#search input[type=text], #search input[type=search]").first
    field.fill(term)
    message = page.locator("#search .pagefind-ui__message")
    pattern = re.compile(rf"^(No|\d+) results? for {re.escape(term)}$")
    page.wait_for_function(
        "([pattern]) => { const m = document.querySelector('#search .pagefind-ui__message');"
        " return m && new RegExp(pattern).test(m.textContent.trim()); }",
        arg=[pattern.pattern], timeout=10_000)
    text = message.inner_text().strip()
    count = 0 if text.startswith("No") else int(text.split()[0])
    try:  # the result fragments load one by one after the message
        page.wait_for_function(f"([n]) => new Set(({RESULT_IDS_JS})()).size >= n",
                               arg=[count], timeout=10_000)
    except Exception:  # the assertion of the caller tells what was found instead
        pass
    return count, set(page.evaluate(RESULT_IDS_JS))


def test_every_named_person_finds_exactly_the_documents_naming_them(page, base_url, truth):
    single = [p for p, (_, docs) in truth.items() if len(docs) == 1]
    both = [p for p, (_, docs) in truth.items() if len(docs) == 2]
    assert {"kuznetsov-vasily", "lenin-vladimir"} <= set(single) and len(single) >= 10, single
    assert {"guevara-ernesto"} <= set(both), both
    assert truth["alekseev-aleksandr"] == ("Alekseev", set(DOCUMENTS))
    assert truth["pliev-issa"] == ("Pliyev", {TELEGRAM}), "the telegram prints Pavlov"
    page.goto(f"{base_url}search.html")
    wrong = []
    for person, (term, expected) in truth.items():
        count, found = search(page, term)
        if count != len(expected) or found != expected:
            wrong.append(f"{person}: {term!r} found {count} page(s) {sorted(found)}, "
                         f"expected {sorted(expected)}")
    assert not wrong, "searching a person's name:\n" + "\n".join(wrong)


def excerpts(page) -> dict[str, tuple[str, str]]:
    """document id -> (the link, the excerpt) of each result shown."""
    return {re.search(r"documents/([^/?#]+)\.html", link)[1]: (link, excerpt.strip())
            for link, excerpt in page.evaluate("""() => [...document.querySelectorAll(
                "#search .pagefind-ui__result")].map(r => [
                r.querySelector(".pagefind-ui__result-link").getAttribute("href"),
                r.querySelector(".pagefind-ui__result-excerpt").textContent])""")}


def test_a_full_name_finds_the_documents_printing_a_short_form_at_its_line(page, base_url):
    """The texts print 'A.I. Mikoyan', 'A. Mikoyan', 'Comrade Mikoyan', and the full name of the
    register found nothing; each result leads to a line of the text that holds 'Mikoyan'."""
    page.goto(f"{base_url}search.html")
    assert search(page, "Anastas Ivanovich Mikoyan") == (2, set(DOCUMENTS))
    for doc, (link, excerpt) in excerpts(page).items():
        line = re.search(r"#L(\d+)$", link)
        assert line and excerpt.startswith(f"Line {line[1]}: ") and "Mikoyan" in excerpt, (
            doc, link, excerpt)


def test_a_register_name_the_text_does_not_print_leads_to_the_list_of_names(
        page, base_url, site_dir):
    """The telegram prints 'Alekseyev' and 'Pavlov'; the register says Alekseev and Pliyev: both
    find it; with no line holding 'Pliyev', the result leads to "Named in this document"."""
    page.goto(f"{base_url}search.html")
    assert search(page, "Alekseev")[1] == set(DOCUMENTS)
    assert search(page, "Alekseyev")[1] == {TELEGRAM}
    assert search(page, "Pliyev") == (1, {TELEGRAM})
    link, excerpt = excerpts(page)[TELEGRAM]
    assert link.endswith("#named-heading")
    assert excerpt == "Named in this document: Issa Aleksandrovich Pliyev"
    assert search(page, "Kuznetsov")[1] == {MEMO}
    telegram = etree.parse(str(site_dir / "documents" / f"{TELEGRAM}.html"), etree.HTMLParser())
    people = telegram.xpath("//meta[@data-pagefind-filter='person[content]']/@content")
    assert {"Aleksandr Ivanovich Alekseev", "Issa Aleksandrovich Pliyev"} <= set(people), people


def test_a_last_name_hit_is_quoted_without_the_period_pagefind_adds(page, base_url):
    """Pagefind ends the names' text with a period (its content, CloudCannon/pagefind#1257);
    the excerpt reads the names' own text, which has none."""
    page.goto(f"{base_url}search.html")
    result = page.evaluate("""async () => {
      const {atLine} = await import("./pagefind/search-lines.js");
      const result = {url: "/documents/d.html?highlight=roe", sub_results: [], locations: [3],
        content: "Ann Lee; Jane Roe. Text of the page.",
        anchors: [{element: "p", id: "register-names", text: "Ann Lee; Jane Roe", location: 0},
                  {element: "div", id: "L1", text: "", location: 4}]};
      return atLine(result, "highlight");
    }""")
    assert result["url"] == "/documents/d.html?highlight=roe#named-heading"
    assert result["excerpt"] == "Named in this document: Jane <mark>Roe</mark>"


def test_a_quoted_name_the_text_prints_leads_to_its_line(page, base_url, site_dir):
    """rv2 F8: with the register's names first in the indexed text, Pagefind's one match of a
    phrase was always in them, and `"Ernesto Guevara"` led every result to the list of names,
    though the memorandum prints the name in its first line."""
    page.goto(f"{base_url}search.html")
    count, found = search(page, '"Ernesto Guevara"')
    assert MEMO in found
    link, excerpt = excerpts(page)[MEMO]
    assert re.search(r"#L\d+$", link) and "Ernesto Guevara" in excerpt, (link, excerpt)
