"""Landmarks a screen reader lists: on every page, no two regions or navigations share a name."""

from __future__ import annotations

from collections import Counter

from .conftest import parse

LANDMARKS = {
    "region": "//section[@aria-label or @aria-labelledby] | //*[@role='region']",
    "navigation": "//nav | //*[@role='navigation']",
}


def accessible_name(element) -> str:
    """The name from aria-label, else the text of the elements its aria-labelledby names."""
    if element.get("aria-label"):
        return " ".join(element.get("aria-label").split())
    ids = (element.get("aria-labelledby") or "").split()
    return " ".join(" ".join(element.xpath(f"string(//*[@id='{i}'])").split()) for i in ids)


def test_no_two_landmarks_of_a_page_have_one_name(site):
    shared = {}
    for path in sorted(site.rglob("*.html")):
        page = parse(path)
        for role, xpath in LANDMARKS.items():
            names = Counter(accessible_name(element) for element in page.xpath(xpath))
            twice = sorted(name for name, count in names.items() if count > 1)
            if twice:
                shared[f"{path.relative_to(site)} {role}"] = twice
    assert not shared, f"landmarks sharing a name: {shared}"


def test_scrolled_tables_are_named_by_their_captions(site):
    for name in ("downloads.html", "analytics.html"):
        page = parse(site / name)
        regions = page.xpath("//div[@role='region'][.//table]")
        assert regions, name
        for region in regions:
            caption = region.xpath("string(.//caption)")
            assert accessible_name(region) == " ".join(caption.split()), name


def test_what_only_a_screen_reader_hears_is_no_text_for_search(site):
    """Every screen-reader-only text of an indexed page is kept out of the search index, as its
    words are no words of the document ("(November 6, 1962, inferred by the encoder)")."""
    indexed = unignored = 0
    for path in sorted((site / "documents").glob("*.html")):
        page = parse(path)
        for hidden in page.xpath("//*[@data-pagefind-body]//*[contains(@class, 'visually-hidden')]"):
            indexed += 1
            if not hidden.xpath("ancestor-or-self::*[@data-pagefind-ignore]"):
                unignored += 1
    assert indexed and not unignored, f"{unignored} of {indexed} hidden texts are indexed"
