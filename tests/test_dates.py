"""Tests for edition.dates: date mentions in running text and standalone date lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from edition.dates import DateMention, find_dates, parse_date, parse_mention

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
MEMO = "1962-11-05"      # a Monday
TELEGRAM = "1962-11-19"  # a Monday


def summary(mention: DateMention) -> tuple[str, str, bool]:
    value = mention.when or f"{mention.not_before}..{mention.not_after}"
    return mention.text, value, mention.inferred


FOUND = [
    # explicit dates
    ("November 5, 1962", MEMO, [("November 5, 1962", "1962-11-05", False)]),
    ("Evening 5 November 1962", MEMO, [("5 November 1962", "1962-11-05", False)]),
    ("19.XI.62 A. Mikoyan", TELEGRAM, [("19.XI.62", "1962-11-19", False)]),
    ("Comment of December 23, 1969.", "1970-01-23", [("December 23, 1969", "1969-12-23", False)]),
    ("Moscow, January 31, 1970.", "1970-01-31", [("January 31, 1970", "1970-01-31", False)]),
    ("(not in 1918, at that time", MEMO, [("1918", "1918", False)]),
    ("for what reason, in 1958. They", TELEGRAM, [("1958", "1958", False)]),
    ("1958.", TELEGRAM, [("1958", "1958", False)]),   # a year alone: no paragraph it numbers
    ("It was 1958. They", TELEGRAM, [("1958", "1958", False)]),
    ("1961–1963. Volume XI", TELEGRAM, [("1961–1963", "1961..1963", False)]),
    ("telegrams 1712 and 1713 of 1962", TELEGRAM, [("1962", "1962", False)]),
    ("Daily Session 2017-09-07", None, [("2017-09-07", "2017-09-07", False)]),
    ("Thursday 7th September 2017.", None, [("Thursday 7th September 2017", "2017-09-07", False)]),
    ("Resolution of November 1967.", None, [("November 1967", "1967-11", False)]),
    ("Resolution of November, 1967.", None, [("November, 1967", "1967-11", False)]),
    ("Jan. 5, 1970", None, [("Jan. 5, 1970", "1970-01-05", False)]),
    ("NOVEMBER 5, 1962", None, [("NOVEMBER 5, 1962", "1962-11-05", False)]),
    # numeric: day first, unless only month first names a day; slashed too
    ("on 5.6.1962 we", None, [("5.6.1962", "1962-06-05", False)]),
    ("on 5.13.1962 we", None, [("5.13.1962", "1962-05-13", False)]),
    ("on 5/13/1962 we", None, [("5/13/1962", "1962-05-13", False)]),
    ("on 13/5/1962 we", None, [("13/5/1962", "1962-05-13", False)]),
    ("on 12.31.1962 we", None, [("12.31.1962", "1962-12-31", False)]),
    ("on 5/5/1962 we", None, [("5/5/1962", "1962-05-05", False)]),
    # a Roman month: without a year, the year inferred as for "12 November"; a span of days
    ("prepare a reply to Kennedy by 12.XI.", "1962-11", [("12.XI", "1962-11-12", True)]),
    ("[the date is given as 3.XI in another copy -- ed.]", "1962-11-02", [("3.XI", "1962-11-03", True)]),
    ("Session of 10-12.XI.62.", None, [("10-12.XI.62", "1962-11-10..1962-11-12", False)]),
    ("Session of 10–12.XI.", "1962-11-05", [("10–12.XI", "1962-11-10..1962-11-12", True)]),
    ("Published in Revolución, 16.XI.1962.", None, [("16.XI.1962", "1962-11-16", False)]),
    # a two-digit year: the one nearest the document date's, 19xx without one
    ("From HAVANA. Received 02.11.62, 14:20.", "1962-11-02", [("02.11.62", "1962-11-02", False)]),
    ("see Havana's 10/28/62 broadcast", None, [("10/28/62", "1962-10-28", False)]),
    ("on 5.13.62 we", None, [("5.13.62", "1962-05-13", False)]),
    ("the sitting of 07.09.17", "2017-09-08", [("07.09.17", "2017-09-07", False)]),
    ("the sitting of 07.09.17", None, [("07.09.17", "1917-09-07", False)]),
    ("the order of 02.11.45", "1962-11-03", [("02.11.45", "1945-11-02", False)]),   # 17 years: near
    # ranges and alternatives
    ("convened on the 7th or 8th of November.", MEMO,
     [("the 7th or 8th of November", "1962-11-07..1962-11-08", True)]),
    ("a visit to Moscow January 22–27.", "1970-02-01",
     [("January 22–27", "1970-01-22..1970-01-27", True)]),
    ("letters of Oct. 26 and 27, 1962, and", None,
     [("Oct. 26 and 27, 1962", "1962-10-26..1962-10-27", False)]),
    ("on November 5 or 6.", MEMO, [("November 5 or 6", "1962-11-05..1962-11-06", True)]),
    ("from November 5 to 12, they met", MEMO, [("November 5 to 12", "1962-11-05..1962-11-12", True)]),
    ("on November 5 and 12 of them came", MEMO, [("November 5", "1962-11-05", True)]),
    ("the proposals of October 28 and December 18, 1969, meet", "1970-02-07",
     [("October 28", "1969-10-28", True), ("December 18, 1969", "1969-12-18", False)]),
    ("from October 28 to December 18, 1969, they", None,
     [("October 28 to December 18, 1969", "1969-10-28..1969-12-18", False)]),
    ("States, 1969–1976, Volume XII", None, [("1969–1976", "1969..1976", False)]),
    ("Union, January 1969–October 1970, Document", None,
     [("January 1969–October 1970", "1969-01..1970-10", False)]),
    ("to the President, January–April 1970.", None, [("January–April 1970", "1970-01..1970-04", False)]),
    # dateline times
    ("Washington, January 23, 1970, 0117Z.", None,
     [("January 23, 1970, 0117Z", "1970-01-23T01:17:00+00:00", False)]),
    ("Washington, January 31, 1970, 09:20 p.m.", None,
     [("January 31, 1970, 09:20 p.m.", "1970-01-31T21:20:00-05:00", False)]),
    ("Washington, February 9, 1970, 10:21–11:02 a.m.", None,
     [("February 9, 1970, 10:21–11:02 a.m.",
       "1970-02-09T10:21:00-05:00..1970-02-09T11:02:00-05:00", False)]),
    ("Moscow, January 31, 1970, 09:20 p.m.", None,
     [("January 31, 1970, 09:20 p.m.", "1970-01-31T21:20:00", False)]),
    # a.m. or p.m. after a range is said of both ends; an hour alone is a time only with one
    ("New York, November 5, 1962, 4:30–6 p.m.", None,
     [("November 5, 1962, 4:30–6 p.m.", "1962-11-05T16:30:00..1962-11-05T18:00:00", False)]),
    ("New York, November 9, 1962, 2 a.m.", None,
     [("November 9, 1962, 2 a.m.", "1962-11-09T02:00:00", False)]),
    ("on November 5, 1962, 12 of them came", None, [("November 5, 1962", "1962-11-05", False)]),
    # year, month or day taken from the document date
    ("U Thant told me that on 6 November the Security Council", MEMO, [("6 November", "1962-11-06", True)]),
    ("this will be done on the 6th.", MEMO, [("the 6th", "1962-11-06", True)]),
    ("should have taken place on November 1, I could", MEMO, [("November 1", "1962-11-01", True)]),
    ("the seventh of November", MEMO, [("the seventh of November", "1962-11-07", True)]),
    ("statement made on Jan 22 by", "1970-01-23", [("Jan 22", "1970-01-22", True)]),
    ("the proposed October 28 joint paper", "1970-01-23", [("October 28", "1969-10-28", True)]),
    ("[Ed. note: February 2.]", "1970-01-31", [("February 2", "1970-02-02", True)]),
    ("on Wednesday, February 11 to draw up", "1970-02-09",
     [("Wednesday, February 11", "1970-02-11", True)]),
    ("Last December, when", "1970-02-02", [("Last December", "1969-12", True)]),
    # rv2 F6: a part of a month without its year is its days, as with it
    ("In early January, Israel began", "1970-01-31",
     [("early January", "1970-01-01..1970-01-10", True)]),
    ("with Mr. Gromyko in July of last year, our", "1970-02-04", [("July of last year", "1969-07", True)]),
    ("Last year industrial growth", "1970-02-02", [("Last year", "1969", True)]),
    ("some time this year.", "1970-01-23", [("this year", "1970", True)]),
    ("He was born on 5 May.", MEMO, [("5 May", "1962-05-05", True)]),  # at most 90 days ahead
    ("in January", MEMO, [("January", "1963-01", True)]),
    ("since mid-January", MEMO, [("mid-January", "1962-01-11..1962-01-20", True)]),
    ("next April", MEMO, [("next April", "1963-04", True)]),
    ("Last November", MEMO, [("Last November", "1961-11", True)]),
    ("Nov. 7th", MEMO, [("Nov. 7th", "1962-11-07", True)]),
    ("7 Nov. 1962", MEMO, [("7 Nov. 1962", "1962-11-07", False)]),
    ("on 6 November.", MEMO, [("6 November", "1962-11-06", True)]),
    ("5-6 November", MEMO, [("5-6 November", "1962-11-05..1962-11-06", True)]),
    ("from 1 to 5 November 1962", MEMO, [("1 to 5 November 1962", "1962-11-01..1962-11-05", False)]),
    ("We will meet between the 5th and the 9th.", MEMO,
     [("the 5th and the 9th", "1962-11-05..1962-11-09", True)]),
    ("Tuesday, the 6th.", MEMO, [("Tuesday, the 6th", "1962-11-06", True)]),
    ("the twenty-first of June 1941", None, [("the twenty-first of June 1941", "1941-06-21", False)]),
    ("February 29", "1964-01-10", [("February 29", "1964-02-29", True)]),
    # relative days
    ("Maybe we could present our variant tomorrow.", MEMO, [("tomorrow", "1962-11-06", True)]),
    ("not today, but tomorrow.", MEMO, [("today", "1962-11-05", True), ("tomorrow", "1962-11-06", True)]),
    ("given by Com. Mikoyan yesterday, we", MEMO, [("yesterday", "1962-11-04", True)]),
    ("the day after tomorrow", MEMO, [("the day after tomorrow", "1962-11-07", True)]),
    ("I was informed this afternoon that", "2017-09-07", [("this afternoon", "2017-09-07", True)]),
    # weekdays (see the rule in edition.dates)
    ("Sunday night, on invitation from President Dorticos, I was at his palace", TELEGRAM,
     [("Sunday night", "1962-11-18", True)]),
    ("He noted that on Sunday there were only two overflights", TELEGRAM, [("Sunday", "1962-11-18", True)]),
    ("(Next day, on Monday, when I am writing this telegram, it became known that", TELEGRAM,
     [("Monday", "1962-11-19", True)]),
    ("We shall meet next Monday.", TELEGRAM, [("next Monday", "1962-11-26", True)]),
    ("They came last Monday.", TELEGRAM, [("last Monday", "1962-11-12", True)]),
    ("They came on Friday.", TELEGRAM, [("Friday", "1962-11-16", True)]),
    ("Jordanian Amb will be briefed Monday PM.", "1970-01-23", [("Monday PM", "1970-01-26", True)]),
    ("if he could have an answer by Monday.", "1970-01-31", [("Monday", "1970-02-02", True)]),
    ("we would not be ready to respond before Tuesday.", "1970-02-02", [("Tuesday", "1970-02-03", True)]),
    ("hold it, however, until at least Wednesday and preferably Thursday.", "1970-02-01",
     [("Wednesday", "1970-02-04", True), ("Thursday", "1970-02-05", True)]),
    ("We will report what was decided on Sunday.", TELEGRAM, [("Sunday", "1962-11-18", True)]),
    ("On Sunday, he said, we will meet them.", TELEGRAM, [("Sunday", "1962-11-25", True)]),
    # a day of the month alone: as a weekday, by its cue or its sentence's tense
    ("The order came on the 28th.", "1962-11-03", [("the 28th", "1962-10-28", True)]),
    ("They will come on the 28th.", "1962-11-03", [("the 28th", "1962-11-28", True)]),
    ("the Russians will move on the bombers by the 20th.", "1962-11-15",
     [("the 20th", "1962-11-20", True)]),
    ("nothing has moved since the 28th", "1962-11-03", [("the 28th", "1962-10-28", True)]),
    ("We met on the 3rd.", "1962-11-03", [("the 3rd", "1962-11-03", True)]),
    ("We will meet on the 3rd.", "1962-11-03", [("the 3rd", "1962-12-03", True)]),
    ("It came on the 31st.", MEMO, [("the 31st", "1962-10-31", True)]),
    # no tense word, no quotation, no question: narration, the day on or before the document's
    # (the old default; the probe's memo of 3 November 1962, a Saturday)
    ("He arrived on Sunday.", "1962-11-03", [("Sunday", "1962-10-28", True)]),
    ("Khrushchev sent a letter on Saturday.", "1962-11-03", [("Saturday", "1962-11-03", True)]),
    ("Dobrynin called on Monday.", "1962-11-03", [("Monday", "1962-10-29", True)]),
    ("Kennedy spoke on Monday.", "1962-11-03", [("Monday", "1962-10-29", True)]),
    ("The Soviets agreed on Sunday to withdraw.", "1962-11-03", [("Sunday", "1962-10-28", True)]),
    ("On Monday we discussed Berlin.", "1962-11-03", [("Monday", "1962-10-29", True)]),
    ("The meeting on Friday.", "1970-01-31", [("Friday", "1970-01-30", True)]),
    ("The order arrived on the 28th.", "1962-11-03", [("the 28th", "1962-10-28", True)]),
    ("the order on the 28th.", "1962-11-03", [("the 28th", "1962-10-28", True)]),
    ("the 31st.", MEMO, [("the 31st", "1962-10-31", True)]),
    ("They came. Tuesday, the 9th.", "1962-11-03", [("Tuesday, the 9th", "1962-10-09", True)]),
    # a regular verb in the past with its object is past tense, one that looks ahead is none
    ("Comrade Pliev received the order on the 28th.", "1962-11-03", [("the 28th", "1962-10-28", True)]),
    ("They delivered the missiles on Sunday.", TELEGRAM, [("Sunday", "1962-11-18", True)]),
    ("They will have delivered the missiles on the 28th.", "1962-11-03",
     [("the 28th", "1962-11-28", True)]),
    ("The ships will be received on the 28th.", "1962-11-03", [("the 28th", "1962-11-28", True)]),
    ("Tuesday, the 9th.", "1962-11-03", [("Tuesday, the 9th", "1962-10-09", True)]),
    # a span of Roman dates, the second with its year (review 12 L6)
    ("On 31.XII.1962-2.I.1963 the parade.", "1963-01-05",
     [("31.XII.1962-2.I.1963", "1962-12-31..1963-01-02", False)]),
    ("From 28.X-2.XI.1962 talks.", "1963-01-05", [("28.X-2.XI.1962", "1962-10-28..1962-11-02", False)]),
    ("Not 2.XI.1962-28.X.1962.", "1963-01-05", [("2.XI.1962", "1962-11-02", False)]),
    # after a paper's `of`, the ordinal is its day, whatever word follows (review 11 L4)
    ("Your message of the 30th arrived.", "1962-11-03", [("the 30th", "1962-10-30", True)]),
    ("Both cables of the 2nd reached Moscow.", "1962-11-03", [("the 2nd", "1962-11-02", True)]),
    # a quotation is a sentence of its own: the reporting verb is not its tense
    ("he asked if he could have an answer by Monday. I said “no.” He said, “Tuesday?” I told him",
     "1970-01-31", [("Monday", "1970-02-02", True)]),
    ('He said, "We will come on Tuesday." They did.', TELEGRAM, [("Tuesday", "1962-11-20", True)]),
]

NOTHING = [
    "Mikoyan Telegram to the CC CPSU (no. 1856)",
    "Record ID 110969",
    "Consequently we should strike article 13.",
    "In the 10th article something is said about Cuba?",
    "in the 3rd article it is said that",
    "The 5th article contains clauses",
    "The 30th arrived in Havana, the 31st stayed at sea.",
    "For that, 5-6 days are necessary.",
    "0117Z",
    "Volume 628.",
    "010865. Subject: US Reply",
    "In the first day of our conversations",
    "To the last day?",
    "One day before that we said",
    "Compare the situation of a year ago",
    "It is possible that his session won't even be this week.",
    "which was flying at the altitude of 1000 meters",
    "Approval was granted at 1:30 a.m., and at 3 a.m. we took off.",
    "(Ibid., Box 711, Country Files)",
    "According to telegram 17418 to Moscow",
    "pp. 724–731.",
    "before the 24th session of the General Assembly",
    "the 6th floor",
    "the 6th division",
    "No. 1962", "no.1962", "#1962", "Volume 1962", "article 1962", "at 1400 hours",
    "the growth rate was 2½ percent",
    "the US may 5 times refuse",
    "February 30, 1962",
    "on February 30",
    "32.XI.62",
    "the 1st Division.",
    "the 1st, 2nd and 3rd armies",
    "We will march on.",
    "May I ask?",
    "in the 1970s",
    "the October Revolution",
    "Telegram 1856 from Moscow",
    # a telegram's number: after a word that names a telegram, or opening its paragraph
    "We replied as in Deptel 1255 [Document 158].",
    "See Embtel 1834.", "EMBTEL 1834", "Reftel 1962", "Circular 1234", "Secto 1212", "Tosec 1234",
    "as in Embtels 1834 and 1835", "telegrams 1712, 1713 or 1714",
    "1712. Eyes only for the Secretary. Subject: McCloy–Kuznetsov talks.",
    "  1962. Eyes only for the Secretary.",
    "Room 1200",
    "pages 1962-1965",
    "2500 troops",
    "the 7th of Smarch",
    "xtoday",
    "on February 29",
    "5/6/1962",      # slashed, both ways a day: as likely American (6 May) as not
    "11/8/62",       # slashed, both ways a day, two-digit year as well
    "section 3.XI", "Chapter 3.XIV",   # a Roman month without a year: after no word that
    # counts, and a real month
    "1/5/13/1962",
]


@pytest.mark.parametrize(("text", "document_date", "expected"), FOUND)
def test_find_dates(text: str, document_date: str | None, expected: list[tuple[str, str, bool]]) -> None:
    assert [summary(m) for m in find_dates(text, document_date)] == expected


@pytest.mark.parametrize("text", NOTHING)
def test_no_false_positive(text: str) -> None:
    assert find_dates(text, MEMO) == []


@pytest.mark.parametrize("text", ["tomorrow", "on 6 November", "the 6th.", "on Monday", "Last December",
                                  "by 12.XI."])
def test_relative_needs_document_date(text: str) -> None:
    assert find_dates(text, None) == []


@pytest.mark.parametrize("text", [
    "He said, “Tuesday?”", "He was asked, “Tuesday?”", "Monday?", "Is the meeting on Friday?",
    'I said “no.” He said, “Tuesday?” I told him I could not.',
    'He said, "Let us meet on Monday."', "He said, “On Monday they", "The meeting is on Friday.",
    "He asked me to see him on Monday.",
])
def test_a_weekday_the_text_does_not_tell_past_from_future_gets_no_date(text: str) -> None:
    """A reader's edition asserts no day the text does not give: "Tuesday?", answering a
    deadline, is no Tuesday before the document date."""
    assert find_dates(text, "1970-01-31") == []


@pytest.mark.parametrize("text", ["on the 28th?", "He said, “On the 28th?”",
                                  "He said, “Let us meet on the 28th.”",
                                  "They will meet. On the 28th?",
                                  "He asked the Soviets to remove them on the 28th.",
                                  "We need the answer on the 28th.",
                                  "Indeed the order is on the 28th."])
def test_a_day_of_the_month_the_text_does_not_tell_past_from_future_gets_no_date(text) -> None:
    """In a document of 3 November, "on the 28th" can be 28 October or 28 November: nothing
    says which, and the edition asserts neither."""
    assert find_dates(text, "1962-11-03") == []


@pytest.mark.parametrize("text", [
    "see paragraph 2.1.15 of the treaty", "Section 3.4.12 applies.", "as in para. 4.2.61",
    "no. 13/5/62", "as in 2.1.15 above", "on 3.IV.12", "the rule 1.1.99 of the Council",
])
def test_a_section_number_is_no_numeric_date(text: str) -> None:
    """A numeric date is none after `section`, `paragraph`, `no.` and the like, nor with a
    two-digit year far from the document date's: in a record of 1962 `2.1.15` is no 2 January
    1915 and `1.1.99` no 1 January 1999."""
    assert find_dates(text, "1962-11-03") == []


def test_the_encoder_leaves_such_a_weekday_plain_text(registers) -> None:
    from tests.conftest import body_xml, encode_text, page
    source = page("K. He asked for an answer by Monday. I said “no.” He said, “Tuesday?”",
                  date="January 31, 1970")
    tei, _ = encode_text(source, registers)
    body = body_xml(tei)
    assert 'by <date when="1970-02-02" cert="medium" evidence="conjecture" resp="#encoder">' \
           'Monday</date>.' in body
    assert "“Tuesday?”" in body and "1970-01-27" not in body


def test_year_only_document_date_gives_year_not_day() -> None:
    assert [summary(m) for m in find_dates("on 6 November, tomorrow", "1599")] == [
        ("6 November", "1599-11-06", True)]


PARSED = [
    ("November 5, 1962", "1962-11-05"),
    ("Evening 5 November 1962", "1962-11-05"),
    ("19.XI.62", "1962-11-19"),
    ("19.11.1962", "1962-11-19"),
    ("November 19, 1962", "1962-11-19"),
    ("Mikoyan Telegram to the CC CPSU (no. 1856) November 19, 1962", "1962-11-19"),
    ("1599", "1599"),
    ("September 7, 2017", "2017-09-07"),
    ("2011-11-20", "2011-11-20"),
    ("Washington, January 23, 1970, 0117Z.", "1970-01-23T01:17:00+00:00"),
    ("Washington, January 31, 1970, 09:20 p.m.", "1970-01-31T21:20:00-05:00"),
    ("Washington, February 9, 1970, 10:21–11:02 a.m.", "1970-02-09T10:21:00-05:00"),
    ("Washington, July 4, 1970, 11:30–1:15 p.m.", "1970-07-04T11:30:00-04:00"),
    ("New York, November 5, 1962, 4:30–6 p.m.", "1962-11-05T16:30:00"),
    ("January 5, 1970, 12:30 a.m.", "1970-01-05T00:30:00"),
    ("Thursday 7th September 2017", "2017-09-07"),
    ("the seventh of November 1917", "1917-11-07"),
    ("Memorandum of Conversation", None),
    ("February 30, 1962", None),
    ("1962-02-30", None),
    ("5.XIII.62", None),
    ("5.13.1962", "1962-05-13"),
    ("5/13/1962", "1962-05-13"),
    ("5.6.1962", "1962-06-05"),
    ("02.11.62", "1962-11-02"),
    ("10/28/62", "1962-10-28"),
    ("11/8/62", None),
    ("32.13.1962", None),
    ("5/6/1962", None),
    ("tomorrow", None),
    ("6 November", None),
]


@pytest.mark.parametrize(("text", "expected"), PARSED)
def test_parse_date(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


def test_parse_mention_keeps_a_time_range() -> None:
    mention = parse_mention("Washington, February 9, 1970, 10:21–11:02 a.m.")
    assert mention is not None and mention.when == ""
    assert mention.not_before == "1970-02-09T10:21:00-05:00"
    assert mention.not_after == "1970-02-09T11:02:00-05:00"


@pytest.mark.parametrize(("name", "document_date"), [
    ("1962-11-05-memcon-mikoyan-dorticos.txt", MEMO), ("1962-11-19-telegram-mikoyan-cc-cpsu.txt", TELEGRAM)])
def test_seed_mentions_are_sorted_disjoint_and_resolved(name: str, document_date: str) -> None:
    text = (SEEDS / name).read_text(encoding="utf-8")
    mentions = find_dates(text, document_date)
    assert mentions and all(m.resolved and text[m.start:m.end] == m.text for m in mentions)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))
    assert "1856" not in {m.text for m in mentions} and find_dates(text, document_date) == mentions


@pytest.mark.parametrize("text", ["TNovember 19, 1962", "xMay 5", "Remarch 3, 1962"])
def test_a_month_name_inside_a_word_is_no_month(text):
    """Found by the long property run: `TNovember` was cut into `T` + a date."""
    for mention in find_dates(text, "1962-11-05"):
        assert mention.start == 0 or not text[mention.start - 1].isalpha(), mention


AROUND = [
    # (before, text, after): the text node between inline elements, and what it gives
    ("", "Since the 20th ", "Party Congress we have changed.", []),
    ("Will he come ", "on the 7th", "? Then", [("the 7th", "1962-11-07", True)]),
    ("It will be ", "on the 6th ", "", [("the 6th", "1962-11-06", True)]),
    ("", "on the 6th ", "", [("the 6th", "1962-10-06", True)]),   # narration: on or before
    ("We will meet ", " on Monday", ".", [("Monday", "1962-11-12", True)]),
    ("", " on Monday", ".", [("Monday", "1962-11-05", True)]),   # narration: on or before
    ("He said, “", " on Monday", ".”", []),   # a quotation without a tense: no date
    ("We met ", " on Monday", ".", [("Monday", "1962-11-05", True)]),
    ("Telegram no. ", "1856 was sent", "", []),
    ("on 6 ", "November", "", []),   # a mention reaching into the text around is not this text's
]


@pytest.mark.parametrize(("before", "text", "after", "expected"), AROUND)
def test_the_text_around_a_piece_is_seen_but_never_dated(before, text, after, expected):
    assert [summary(m) for m in find_dates(text, MEMO, before, after)] == expected


def test_offsets_with_the_text_around_are_those_in_the_piece():
    mentions = find_dates("come on the 6th", MEMO, "He will ", ".")
    assert [(m.start, m.end, m.text) for m in mentions] == [(8, 15, "the 6th")]


@pytest.mark.parametrize("text, named", [
    ("November 31, 1962", "31 November 1962"), ("Evening 31 February 1962", "31 February 1962"),
    ("19.XIII.62", "19.XIII.62 (no such month)"), ("31.II.62 A. Mikoyan", "31 February 1962"),
    ("2011-13-45", "2011-13-45 (no such month)"), ("February 29, 1961", "29 February 1961"),
    ("on 30 February", "30 February"), ("the thirtieth of February 1962", "30 February 1962"),
    ("32.13.1962", "32.13.1962 (no such month)"), ("2/30/1962", "2/30/1962 (no such month)"),
    ("31/2/1962", "31 February 1962"),
])
def test_a_date_naming_no_real_day_says_which_day(text, named):
    from edition.date_checks import impossible_dates
    assert [m.impossible for m in impossible_dates(text)] == [named]
    assert find_dates(text, "1962-11-05") == []


@pytest.mark.parametrize("text", ["February 29, 1964", "November 5", "29.II.64", "1962-11-05",
                                  "February 29", "5.13.1962", "5/13/1962"])
def test_a_real_day_is_not_impossible(text):
    from edition.date_checks import impossible_dates
    assert impossible_dates(text) == []


@pytest.mark.parametrize("text, month_first", [
    ("5.13.1962", True), ("5/13/1962", True), ("12.31.1962", True), ("5.6.1962", False),
    ("13.5.1962", False), ("13/5/1962", False), ("19.XI.62", False), ("1962-05-13", False),
    ("10/28/62", True), ("02.11.62", False),
])
def test_a_numeric_date_says_whether_it_was_read_month_first(text, month_first):
    [mention] = find_dates(text, None)
    assert mention.month_first is month_first


@pytest.mark.parametrize("text, readings", [
    ("11/5/62", ("1962-05-11", "1962-11-05")), ("5/6/1962", ("1962-06-05", "1962-05-06")),
    ("13/5/1962", ()), ("5.6.1962", ()), ("5/5/1962", ()),
])
def test_a_slashed_date_both_ways_a_day_is_a_date_in_shape_with_both_readings(text, readings):
    from edition.date_checks import find_written_dates, names_a_date
    found = [m for m in find_written_dates(text) if not m.resolved]
    assert [m.readings for m in found] == ([readings] if readings else [])
    assert names_a_date(text)


@pytest.mark.parametrize("text, month, when", [
    ("He said that in January they would send the ships.", "January", "1963-01"),
    ("He said that in January they had sent the ships.", "January", "1962-01"),
    ("In January the ships were sent.", "January", "1962-01"),
    ("We will go in March.", "March", "1963-03"),
    ("They will meet in November.", "November", "1962-11"),
    ("He arrived in December.", "December", "1962-12"),
    ("The ships are due in January.", "January", "1963-01"),
], ids=["would: the nearest", "had: past", "were: past", "will: ahead", "will: this month",
        "no tense word: as before", "the present: as before"])
def test_a_month_after_in_is_read_by_its_clause_s_tense(text, month, when):
    """Session 22 (n5, item 4): `in January` in a telegram of 20 November 1962 was January 1963
    whatever its clause's tense; in reported speech of the future seen from the past (`would`)
    that is right, in the past (`had sent`, `were sent`) it is January 1962, and `will go in
    March` was March 1962, eight months back. Without a tense word the old reading stands."""
    assert [(d.text, d.when) for d in find_dates(text, "1962-11-20")] == [(month, when)]
