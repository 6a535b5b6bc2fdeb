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
