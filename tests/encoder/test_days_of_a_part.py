"""The day a date in the text counts from: a document's span of days, the dateline of the part
it stands in; a date the author struck out is none."""

from __future__ import annotations

import pytest

from tests.conftest import INFERRED, TEI, compact_xml, encode_text, page


def counted(day: str, words: str) -> str:
    return f'<date when="{day}" {INFERRED}>{words}</date>'


def body_dates(tei) -> list[str]:
    """The dates of the text (not the date line a document's own date is read in, its docDate:
    the first telegram's of a page, each in a part of its own)."""
    return [compact_xml(d) for d in tei.iterfind(".//t:body//t:date", TEI)]


@pytest.mark.parametrize("date, body, dates", [
    # review 9 (R19): a Saturday-Sunday record's Sunday was a week before it, its Saturday a
    # week after
    ("27-28 October 1962", "On Sunday Moscow radio broadcast the message.",
     [counted("1962-10-28", "Sunday")]),
    ("27-28 October 1962", "He will come on Saturday.", [counted("1962-10-27", "Saturday")]),
    # a weekday outside the span, or after `last` or `next`, is another week's
    ("27-28 October 1962", "He left on Friday. Next Sunday he goes; he came last Saturday.",
     [counted("1962-10-26", "Friday"), counted("1962-11-04", "Next Sunday"),
      counted("1962-10-20", "last Saturday")]),
    # twice in the span: no one day
    ("22-30 October 1962", "On Monday he left; on Sunday he came.",
     [counted("1962-10-28", "Sunday")]),
    # a document of one day reads them as before
    ("October 28, 1962", "On Sunday Moscow radio broadcast the message. He will come on "
     "Saturday.", [counted("1962-10-28", "Sunday"), counted("1962-11-03", "Saturday")]),
    # rv2 (F2): a week's summary is written after its days: its future is after them, its past
    # in them
    ("October 22-28, 1962", "The Committee will meet on Tuesday. The Ambassador will call on "
     "Friday.", [counted("1962-10-30", "Tuesday"), counted("1962-11-02", "Friday")]),
    ("October 22-28, 1962", "On Tuesday the ships turned back.",
     [counted("1962-10-23", "Tuesday")]),
    ("26-28 October 1962", "He will come on Saturday.", [counted("1962-11-03", "Saturday")]),
    # session 24: `last Sunday` in a span of days counted back from its first day; where its
    # first day and its last give two days no day is meant, as `yesterday` there has none
    ("20-31 October 1962", "Last Sunday the ships left. Last Tuesday they met.", []),
    ("October 22-24, 1962", "Last Tuesday they met.", []),
    # the same day from either end: that day
    ("October 22-28, 1962", "Last Sunday the ships left.",
     [counted("1962-10-21", "Last Sunday")]),
    ("October 22-24, 1962", "He came on Friday.", [counted("1962-10-19", "Friday")]),
], ids=["past: in the span", "future: in the span", "another week", "twice in the span",
        "one day", "future: after a week's span", "past: in a week's span",
        "future: after three days", "last: two days in a long span",
        "last: two days in three days", "last: one day from either end",
        "past: one day before three days"])
def test_a_weekday_in_the_document_s_span_of_days_is_that_day(date, body, dates, registers):
    tei, _ = encode_text(page(body, date=date, title="Chronology of Events"), registers)
    assert body_dates(tei) == dates


def two_telegrams(first_day: str, second_day: str, first_text: str = "Today Castro received me.",
                  second_text: str = "Today U Thant arrived. Yesterday Castro spoke on the radio."
                  ) -> str:
    return (f"Telegram No. 1\n\nHAVANA, {first_day} October 1962\n\n{first_text}\n\n"
            f"A. ALEKSEEV\n\nTelegram No. 2\n\nHAVANA, {second_day} October 1962\n\n"
            f"{second_text}\n\nA. ALEKSEEV")


def explicit(day: str) -> str:
    return f'<date when="1962-10-{day}">{day} October 1962</date>'


@pytest.mark.parametrize("body, dates", [
    # review 9 (R20): the second telegram's today and yesterday counted from the document's
    # date, 28 October, not from its own date line's, 30 October
    (two_telegrams("28", "30"),
     [counted("1962-10-28", "Today"), explicit("30"),
      counted("1962-10-30", "Today"), counted("1962-10-29", "Yesterday")]),
    # the first telegram, telling of the Saturday night before, leaves its own today unread,
    # not the second's
    (two_telegrams("28", "30", "Saturday night I was at his palace. Today he is away."),
     [counted("1962-10-27", "Saturday night"), explicit("30"),
      counted("1962-10-30", "Today"), counted("1962-10-29", "Yesterday")]),
    # both of the document's day: as before
    (two_telegrams("28", "28"),
     [counted("1962-10-28", "Today"), explicit("28"),
      counted("1962-10-28", "Today"), counted("1962-10-27", "Yesterday")]),
], ids=["a second telegram of another day", "the first tells of another day", "one day"])
def test_a_part_under_its_own_date_line_counts_from_its_day(body, dates, registers):
    tei, _ = encode_text(page(body, date="October 28, 1962", title="Two Telegrams from Alekseev"),
                         registers)
    assert body_dates(tei) == dates


@pytest.mark.parametrize("line", [
    "Chairman Khrushchev, 26 October 1962", "Received 26 October 1962",
    "Meeting of October 26, 1962"])
def test_a_date_line_in_a_document_s_text_re_dates_nothing(line, registers):
    # rv2 (F9): a date line standing alone in a memorandum's text dated the memorandum's own
    # later tomorrow and today from its day, 27 and 26 October, not 29 and 28
    body = (f"The Chairman sent the following reply.\n\n{line}\n\nHe agrees to remove the "
            "weapons.\n\nThe text would be delivered tomorrow; the President should reply today.")
    tei, _ = encode_text(page(body, date="October 28, 1962",
                              title="Memorandum of Conversation with Ambassador Dobrynin"),
                         registers)
    assert body_dates(tei)[-2:] == [counted("1962-10-29", "tomorrow"),
                                    counted("1962-10-28", "today")]


def test_a_date_line_inside_a_part_re_dates_nothing(registers):
    # rv2 (F9): a part counts from its opener's dateline, not from a date line in its text
    second = "Received 29 October 1962\n\nToday U Thant arrived."
    tei, _ = encode_text(page(two_telegrams("28", "30", second_text=second), date="October 28, "
                              "1962", title="Two Telegrams from Alekseev"), registers)
    assert body_dates(tei)[-1] == counted("1962-10-30", "Today")


def ours(first: str, last: str, words: str) -> str:
    """A part of a month's days, the encoder's convention (rv2 F6): marked a conjecture."""
    return f'<date notBefore="{first}" notAfter="{last}" {INFERRED}>{words}</date>'


LATE_OCTOBER = ours("1962-10-21", "1962-10-31", "Late October 1962")


@pytest.mark.parametrize("date, body, header, dates", [
    # review 9 (R6): `Late October 1962` was the whole month, in the header and in the text
    ("Late October 1962", "In late October 1962 and by mid-November 1962 they left.",
     LATE_OCTOBER,
     [ours("1962-10-21", "1962-10-31", "late October 1962"),
      ours("1962-11-11", "1962-11-20", "mid-November 1962")]),
    ("Early February 1963", "Early February 1963 was cold.",
     ours("1963-02-01", "1963-02-10", "Early February 1963"),
     [ours("1963-02-01", "1963-02-10", "Early February 1963")]),
    # its days count nothing from one of them, as the month did: the 28th, a weekday stay text
    ("Late October 1962", "The order came on the 28th. On Friday he left. On 6 November he came.",
     LATE_OCTOBER, [counted("1962-11-06", "6 November")]),
    ("October 1962", "In October 1962 they left.", '<date when="1962-10">October 1962</date>',
     ['<date when="1962-10">October 1962</date>']),
    # rv2 F6: without its year, the part's days of the year completed, as with it; a span of
    # days the source names is its own, no conjecture
    ("November 6, 1962", "The missiles came in early September 1962 and were ready by late "
     "October.", '<date when="1962-11-06">November 6, 1962</date>',
     [ours("1962-09-01", "1962-09-10", "early September 1962"),
      ours("1962-10-21", "1962-10-31", "late October")]),
    ("November 6, 1962", "They met on 22-28 October 1962.",
     '<date when="1962-11-06">November 6, 1962</date>',
     ['<date notBefore="1962-10-22" notAfter="1962-10-28">22-28 October 1962</date>']),
    # session 25 (review round 10, S6): the first half of the date line was the title, the
    # date early November only; two parts not of months that follow each other stay two
    ("Late October or early November 1962", "Late September or early November 1962 was bad.",
     ours("1962-10-21", "1962-11-10", "Late October or early November 1962"),
     [ours("1962-09-21", "1962-09-30", "Late September"),
      ours("1962-11-01", "1962-11-10", "early November 1962")]),
], ids=["late, mid", "early", "what counts from its days", "the month", "without a year",
        "a span of days", "one part or the next month's"])
def test_a_part_of_a_month_is_its_days(date, body, header, dates, registers):
    tei, _ = encode_text(page(body, date=date, title="Memorandum on Cuban Opinion"), registers)
    assert compact_xml(tei.find(".//t:sourceDesc/t:bibl/t:date", TEI)) == header
    assert body_dates(tei) == dates


@pytest.mark.parametrize("body, fragment", [
    # review 9 (L1): the struck-out `tomorrow` was a day of the document, listed in the chronology
    ("We meet [crossed out: tomorrow] on 5 November.",
     f'We meet <del rend="crossed out">tomorrow</del> on {counted("1962-11-05", "5 November")}.'),
    ("He said [struck out: on 6 November 1962] later.",
     'He said <del rend="struck out">on 6 November 1962</del> later.'),
    # a name in it stays linked, a date after it read
    ("Castro [crossed out: Mikoyan] agreed to meet tomorrow.",
     'Castro <del rend="crossed out"><persName ref="persons.xml#mikoyan-anastas">Mikoyan'
     f'</persName></del> agreed to meet {counted("1962-11-04", "tomorrow")}.'),
], ids=["tomorrow", "a day and its year", "a name, a date after it"])
def test_a_date_the_author_struck_out_is_no_date(body, fragment, registers):
    tei, _ = encode_text(page(body, date="November 3, 1962", title="Memorandum of Conversation"),
                         registers)
    assert fragment in "".join(compact_xml(p) for p in tei.iterfind(".//t:body//t:p", TEI))
