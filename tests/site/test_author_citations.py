"""The archive's Author field in the citations: the author a page cites and its meta tags."""

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
