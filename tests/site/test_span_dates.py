"""A document dated by a span of days (`22-28 October 1962`: the header date's @notBefore and
@notAfter) shows the span on its page, in the chronology and in its citations, and sorts by
its first day; a document of one day shows that day."""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import build_sources, page

from .conftest import parse
from .helpers import citation_section

SPAN = page("22 October. The quarantine was announced.\n\n23 October. Castro spoke.",
            date="22-28 October 1962", title="Chronology of Events Compiled from the Embassy Diary")
DAY = page("We met on 25 October.", date="October 25, 1962").replace("Record ID\n\n1",
                                                                    "Record ID\n\n2")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_sources(tmp_path_factory.mktemp("spans"), {"chron.txt": SPAN, "memo.txt": DAY})


@pytest.mark.parametrize("doc_id, shown, days", [
    ("chron", "October 22–28, 1962", ["1962-10-22", "1962-10-28"]),
    ("memo", "October 25, 1962", ["1962-10-25"]),
], ids=["a span of days", "one day"])
def test_a_document_page_shows_its_span_of_days(built, doc_id, shown, days):
    """Session 22 (n5, item 5): the page of a document dated 22-28 October 1962 gave its date
    as `October 22, 1962`, its first day alone; then (rv1 10) the span inside one `time` whose
    `datetime` said the first day alone: each end is a `time` of its own (HTML's `datetime`
    holds no span)."""
    [shown_date] = parse(built / f"documents/{doc_id}.html").xpath(
        "//dt[.='Date']/following-sibling::dd[1]")
    assert (shown_date.xpath("string(.)"), shown_date.xpath("time/@datetime")) == (shown, days)


def test_the_chronology_shows_the_span_and_sorts_it_by_its_first_day(built):
    listed = parse(built / "chronology.html").xpath("//li[time]")
    shown = ["".join(li.xpath("a/preceding-sibling::node()/descendant-or-self::text()")).strip()
             for li in listed]
    assert [(date, li.xpath("time/@datetime"), li.xpath("string(a/@href)"))
            for date, li in zip(shown, listed)] == [
        ("October 22–28, 1962", ["1962-10-22", "1962-10-28"], "documents/chron.html"),
        ("October 25, 1962", ["1962-10-25"], "documents/memo.html")]
    month = parse(built / "chronology/1962-10.html")
    shown = {a.get("href").split("#")[0]: a.xpath("string(span[@class='document-date'])")
             for a in month.xpath("//li/a[span[@class='document-date']]")}
    assert shown == {"../documents/chron.html": "(October 22–28, 1962)",
                     "../documents/memo.html": "(October 25, 1962)"}


@pytest.mark.parametrize("form, written", [
    ("Chicago", "” October 22–28, 1962. "), ("MLA", "” 22–28 Oct. 1962. "),
    ("BibTeX", "date = {1962-10-22/1962-10-28},"),
], ids=["Chicago", "MLA", "BibTeX"])
def test_a_citation_gives_the_span_of_days(built, form, written):
    assert written in citation_section(built, "chron")[form]


def test_a_citation_of_one_day_gives_that_day(built):
    forms = citation_section(built, "memo")
    assert "” October 25, 1962. " in forms["Chicago"] and "” 25 Oct. 1962. " in forms["MLA"]
    assert re.search(r"date = \{1962-10-25\},", forms["BibTeX"])


@pytest.mark.parametrize("first, last, chicago, mla", [
    ("1962-10-31", "1962-11-02", "October 31–November 2, 1962", "31 Oct.–2 Nov. 1962"),
    ("1962-12-28", "1963-01-03", "December 28, 1962–January 3, 1963",
     "28 Dec. 1962–3 Jan. 1963"),
    ("1962-11-05", "", "November 5, 1962", "5 Nov. 1962"),
    ("1962-10", "1962-11", "October–November 1962", "Oct.–Nov. 1962"),
    ("1962-10", "1963-02", "October 1962–February 1963", "Oct. 1962–Feb. 1963"),
    # review 9 (R6): the days of a part of a month are written as that part
    ("1962-10-21", "1962-10-31", "late October 1962", "late Oct. 1962"),
    ("1962-02-21", "1962-02-28", "late February 1962", "late Feb. 1962"),
    ("1962-11-11", "1962-11-20", "mid-November 1962", "mid-Nov. 1962"),
    ("1962-10-21", "1962-10-30", "October 21–30, 1962", "21–30 Oct. 1962"),
], ids=["across months", "across years", "one day", "rv1 10: months", "months across years",
        "late October", "late February", "mid-November", "no part of a month"])
def test_a_span_across_months_and_years_names_each_part_once(first, last, chicago, mla):
    from edition.render.written_dates import long_span, mla_span
    assert (long_span(first, last), mla_span(first, last)) == (chicago, mla)


LATE = page("On 28 October 1962 the rhymes began.", date="Late October 1962",
            title="Memorandum on Cuban Public Opinion")


@pytest.fixture(scope="module")
def late(tmp_path_factory):
    return build_sources(tmp_path_factory.mktemp("late"), {"late.txt": LATE})


def test_a_document_of_a_part_of_a_month_is_shown_as_that_part(late):
    """Review 9 (R6): a document dated `Late October 1962` was dated October 1962 on its page,
    in the chronology (sorted first in the month) and in its citations."""
    [shown] = parse(late / "documents/late.html").xpath("//dt[.='Date']/following-sibling::dd[1]")
    assert (shown.xpath("string(time)"), shown.xpath("time/@datetime")) == \
        ("late October 1962", ["1962-10"])
    [listed] = parse(late / "chronology.html").xpath("//li[time]")
    assert (listed.xpath("string(time)"), listed.xpath("time/@datetime")) == \
        ("late October 1962", ["1962-10"])
    month = parse(late / "chronology/1962-10.html")
    assert month.xpath("//li/a/span[@class='document-date']/text()") == ["(late October 1962)"]
    forms = citation_section(late, "late")
    assert "” Late October 1962. " in forms["Chicago"] and "” Late Oct. 1962. " in forms["MLA"]
    assert "date = {1962-10-21~/1962-10-31~}," in forms["BibTeX"]


@pytest.mark.parametrize("page_name, doc_id, inferred", [
    ("documents/late.html", "late", True), ("documents/chron.html", "chron", False),
    ("chronology.html", "late", True), ("chronology.html", "chron", False),
], ids=["its page: late October", "its page: the source's days", "chronology: late October",
        "chronology: the source's days"])
def test_the_encoder_s_days_of_a_document_s_date_are_shown_inferred(
        late, built, page_name, doc_id, inferred):
    """Session 24: a document dated `Late October 1962`, the 21st to the 31st by the encoder's
    convention (its header date cert=medium, evidence=conjecture), showed no sign of it on its
    page and in the chronology, where the text's dates the encoder inferred show one; the days
    the source gives (`22-28 October 1962`) show none."""
    site = late if doc_id == "late" else built
    [dates] = parse(site / page_name).xpath(
        f"//dt[.='Date']/following-sibling::dd[1] | //li[a[@href='documents/{doc_id}.html']]")
    # rv2 F13: `(inferred)` read as if the source gave no date; the source gives late October,
    # the encoder the days
    assert dates.xpath("span[@class='inferred']/text()") == \
        (["(days 21–31 inferred)"] if inferred else [])


@pytest.mark.parametrize("doc_id, bibtex, circa", [
    ("late", "date = {1962-10-21~/1962-10-31~},", True),
    ("chron", "date = {1962-10-22/1962-10-28},", None),
], ids=["late October: approximate", "the source's days"])
def test_a_citation_marks_the_encoder_s_days_approximate(late, built, doc_id, bibtex, circa):
    """Session 24: the CSL-JSON and BibTeX of a document dated `Late October 1962` gave the
    encoder's days as the source's: CSL's `circa`, biblatex's `~` (EDTF) say they are not."""
    forms = citation_section(late if doc_id == "late" else built, doc_id)
    [item] = json.loads(forms["CSL-JSON"])
    assert (bibtex in forms["BibTeX"], item["issued"].get("circa")) == (True, circa)


@pytest.fixture(scope="module")
def supplied(tmp_path_factory):
    dates = {"dated": "[October 27, 1962]", "doubted": "October 27, 1962 [?]",
             "circa": "c. 28 October 1962"}
    return build_sources(tmp_path_factory.mktemp("supplied"), {
        f"{name}.txt": page("The talks went on.", date=date, title="Note").replace(
            "Record ID\n\n1", f"Record ID\n\n{name}") for name, date in dates.items()})


@pytest.mark.parametrize("doc_id", ["dated", "doubted", "circa"])
def test_a_date_the_editors_supplied_or_doubt_is_shown_inferred(supplied, doc_id):
    """Review round 10 (S7): a date line in the archive's brackets failed the build; now its
    header date carries the brackets' sense (evidence=external, cert=low, cert=medium for
    `c.`), and the page and the citations say the date is not the document's own."""
    [dates] = parse(supplied / f"documents/{doc_id}.html").xpath(
        "//dt[.='Date']/following-sibling::dd[1]")
    assert dates.xpath("span[@class='inferred']/text()") == ["(inferred)"]
    assert "~}," in citation_section(supplied, doc_id)["BibTeX"]


EARLY = page("The missiles came in early September 1962.", date="November 6, 1962",
             title="Memorandum on Cuban Public Opinion")


@pytest.fixture(scope="module")
def early(tmp_path_factory):
    return build_sources(tmp_path_factory.mktemp("early"), {"early.txt": EARLY})


def test_the_days_of_a_part_of_a_month_are_shown_inferred(early):
    """rv2 F6: `early September 1962` in the text, the 1st to the 10th by the encoder's
    convention, was listed in the chronology as the source's days: it is the encoder's
    inference, as a completed date is."""
    listed = parse(early / "chronology/1962-09.html").xpath(
        "//li[a[contains(@href, 'early.html')]]")
    assert [(li.xpath("string(.)").split(": ", 1)[1], li.xpath("string(span[@class='inferred'])"))
            for li in listed] == [("“early September 1962” (inferred)", "(inferred)")]
