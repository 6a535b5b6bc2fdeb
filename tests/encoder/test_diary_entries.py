"""A diary's entries headed by their date alone in its paragraph are its divisions, and each
entry's `today`, `yesterday`, `next Tuesday` count from the entry's day (`divisions.entry_heads`,
`structure._entry_head`, `doc_types.titled_diary`)."""

import pytest

from tests.conftest import TEI, encode_text, page

DIARY = "Diary of A. I. Alekseev, Soviet Ambassador to Cuba (Excerpts)"
ENTRIES = ("2 November 1962\n\nToday Mikoyan arrived. Tomorrow he sees Castro.\n\n"
           "5 November 1962\n\nYesterday Castro was ill. Next Tuesday the talks continue.\n\n"
           "A. Alekseev")
"""r10 diary:9-23: entries under date lines, the diary dated by its month."""


def test_entries_under_their_date_lines_are_divisions(valid_tei):
    """r10 M7: the first date was the opener's dateline, the others plain paragraphs."""
    tei = valid_tei(page(ENTRIES, date="November 1962", title=DIARY))
    entries = tei.xpath("//t:body/t:div/t:div[@type='entry']", namespaces=TEI)
    assert [e.xpath("string(t:opener/t:dateline/t:date/@when)", namespaces=TEI)
            for e in entries] == ["1962-11-02", "1962-11-05"]
    assert [len(e.findall("t:p", TEI)) for e in entries] == [1, 1]
    assert tei.xpath("string(//t:body/t:div/t:closer/t:signed)", namespaces=TEI) == "A. Alekseev"


def test_an_entrys_relative_days_count_from_its_day(registers):
    """r10 M7: `Today`, `Yesterday`, `Next Tuesday` were no dates in a diary dated by its
    month; they are the entry's."""
    tei, _ = encode_text(page(ENTRIES, date="November 1962", title=DIARY), registers)
    dates = {d.text: d.get("when") for d in tei.iterfind(".//t:body//t:p/t:date", TEI)}
    assert dates == {"Today": "1962-11-02", "Tomorrow": "1962-11-03",
                     "Yesterday": "1962-11-04", "Next Tuesday": "1962-11-06"}


@pytest.mark.parametrize("body, title", [
    (ENTRIES, "Memorandum of Conversation, A.I. Mikoyan with Dorticos"),
    ("2 November 1962\n\nToday Mikoyan arrived.\n\nA. Alekseev", DIARY),
    ("We met.\n\n2 November 1962\n3 November 1962\n\nHe left.", DIARY),
], ids=["a memorandum's date lines", "one entry", "two dates in one paragraph"])
def test_date_lines_elsewhere_divide_nothing(body, title, registers):
    tei, _ = encode_text(page(body, date="November 1962", title=title), registers)
    assert not tei.xpath("//t:div[@type='entry' or @type='part']", namespaces=TEI)


CZECHOSLOVAK = "Diary of the Czechoslovak Ambassador in Havana"
RUN_IN = ("31 December 1962. A reception. Tomorrow is the parade.\n\n"
          "2 January 1963. Yesterday Castro spoke for three hours. Today I met him.\n\n"
          "A. Alekseev")
"""r12 S5: entries whose head opens their paragraph, with its year."""


@pytest.mark.parametrize("date_line", ["January 1963", "December 31, 1962 - January 2, 1963"],
                         ids=["dated by its month", "dated by a span of days"])
def test_a_run_in_entry_s_relative_days_count_from_its_head(date_line, registers):
    """r12 S5: `2 January 1963. Yesterday ...` was no entry (its head's year unread) and its
    `Yesterday` and `Today` counted from the document's date; in a diary dated by a span of
    days they were read nowhere, though each entry names its day."""
    tei, _ = encode_text(page(RUN_IN, date=date_line, title=CZECHOSLOVAK), registers)
    assert len(tei.xpath("//t:div[@type='entry']", namespaces=TEI)) == 2
    dates = {d.text: d.get("when") for d in tei.iterfind(".//t:body//t:p/t:date", TEI)}
    assert dates == {"Tomorrow": "1963-01-01", "Yesterday": "1963-01-01", "Today": "1963-01-02"}


def test_one_run_in_entry_under_the_document_s_day_is_an_entry(registers):
    """r12 S5: `November 5. Yesterday ...` under a first paragraph of the document's day (3
    November) counted from the 3rd."""
    body = "Met Mikoyan.\n\nNovember 5. Yesterday Mikoyan saw Castro. Today nothing.\n\nHe left."
    tei, _ = encode_text(page(body, date="November 3, 1962", title=DIARY), registers)
    assert len(tei.xpath("//t:div[@type='entry']", namespaces=TEI)) == 1
    dates = {d.text: d.get("when") for d in tei.iterfind(".//t:body//t:p/t:date", TEI)}
    assert dates == {"Yesterday": "1962-11-04", "Today": "1962-11-05"}
