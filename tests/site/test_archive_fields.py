"""The archive's Author and Type fields on the site: the author a page cites, the type it is
browsed under."""

from __future__ import annotations

from tests.conftest import build_sources
from tests.encoder.test_author_field import KENNEDY, SPEECH, archive_page

from .conftest import parse
from .helpers import citation_section


def test_the_author_field_is_the_cited_author(tmp_path):
    """Review round 11 (M5): the address whose archive names `Kennedy, John F. (John
    Fitzgerald), 1917-1963` its author was cited with no author (no `citation_author`)."""
    text = archive_page("Radio and Television Address on Cuba", SPEECH, KENNEDY, "Speech")
    site = build_sources(tmp_path, {"1962-10-22-address.txt": text})
    page = parse(site / "documents" / "1962-10-22-address.html")
    assert page.xpath("//meta[@name='citation_author']/@content") == ["Kennedy, John F."]
    forms = citation_section(site, "1962-10-22-address")
    assert forms["Chicago"].startswith("Kennedy, John F. “")
    assert forms["MLA"].startswith("Kennedy, John F. “")


def test_a_diary_is_browsed_under_its_own_type(tmp_path):
    """Review round 10 (M7): a diary (Type `Diary`, its title `Diary of ...`) was listed with
    the other documents; it has a type of its own, a page on the home page's list of types."""
    text = ("November 1962\n\nDiary of A. I. Alekseev\n\n2 November 1962\n\nToday Mikoyan "
            "arrived.\n\n5 November 1962\n\nCastro was ill.\n\nDocument Information\n\nSource"
            "\n\nAn archive.\n\nType\n\nDiary\n\nRecord ID\n\n1\n")
    site = build_sources(tmp_path, {"1962-11-diary.txt": text})
    home = parse(site / "index.html")
    assert "Diary" in home.xpath("//nav[@class='document-types']//a/text()")
    page = parse(site / "types/diary.html")
    assert page.xpath("//ol[@class='document-list']/li//h3/a/@href") == [
        "../documents/1962-11-diary.html"]
