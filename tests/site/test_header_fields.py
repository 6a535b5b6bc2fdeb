"""What a librarian reads of a document's header on its page, the index and the entries' pages:
its source without the archive page's label, its classification in one vocabulary, a
memorandum's author and addressee, its title's language (session 20, review h1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import seeds_with
from tests.helpers import run

from .conftest import parse

MEMO_TO = "1962-11-24-memo-alekseev-kennedy"
ZAPIS = "1962-11-19-zapis-mikoyan-castro"
SOURCES = {
    MEMO_TO: "November 24, 1962\n\nMemorandum From the Soviet Ambassador (Alekseev) to President "
             "Kennedy\n\nThe bombers are going.\n\nDocument Information\n\nSource\n\nSource: "
             "Department of State, Central Files, 611.3722/11-2462. Secret. Drafted by Alekseev."
             "\n\nRecord ID\n\nmemo-1\n",
    ZAPIS: "November 19, 1962\n\nЗапись беседы А.И. Микояна с Ф. Кастро\n\nСовершенно секретно\n\n"
           "Это правильное решение. Советское правительство благодарит вас. Специалисты уедут в "
           "течение месяца, к 20 декабря. Инспекции мы не примем.\n\nDocument Information\n\n"
           "Source\n\nАрхив внешней политики Российской Федерации.\n\nLanguage\n\nRussian\n\n"
           "Record ID\n\nzapis-1\n",
}


@pytest.fixture(scope="module")
def header_site(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("header-fields")
    seeds = seeds_with(folder, *((f"{name}.txt", text) for name, text in SOURCES.items()))
    run(seeds, folder / "site")
    return folder / "site"


def test_the_source_is_shown_without_the_archive_pages_label(header_site):
    page = parse(header_site / f"documents/{MEMO_TO}.html")
    shown = page.xpath("string(//dt[.='Archive and source']/following-sibling::dd[1])")
    assert shown.startswith("Department of State, Central Files")
    assert page.xpath("//meta[@name='DC.source']/@content")[0].startswith("Department of State")


def test_the_classification_is_the_sources_in_one_vocabulary(header_site):
    classification = "//dt[.='Classification']/following-sibling::dd[1]/text()"
    assert parse(header_site / f"documents/{MEMO_TO}.html").xpath(classification) == ["Secret"]
    assert parse(header_site / f"documents/{ZAPIS}.html").xpath(classification) == ["Top Secret"]
    home = parse(header_site / "index.html").text_content()
    assert "memorandum · Secret" in home and "memorandum of conversation · Top Secret" in home


def test_a_memorandums_author_and_addressee_list_it_on_their_pages(header_site):
    page = parse(header_site / f"documents/{MEMO_TO}.html")
    assert page.xpath("//dt[.='From']/following-sibling::dd[1]/a/@href") == \
        ["../persons/alekseev-aleksandr.html"]
    assert page.xpath("//dt[.='To']/following-sibling::dd[1]/a/@href") == \
        ["../persons/kennedy-john.html"]
    for person in ("alekseev-aleksandr", "kennedy-john"):
        entry = parse(header_site / f"persons/{person}.html")
        assert entry.xpath(f"//a[contains(@href, '{MEMO_TO}.html')]"), person


def test_the_title_of_a_text_in_another_language_is_headed_in_it(header_site):
    page = parse(header_site / f"documents/{ZAPIS}.html")
    assert page.xpath("//h1/@lang") == ["ru"]
    assert parse(header_site / f"documents/{MEMO_TO}.html").xpath("//h1/@lang") == []
