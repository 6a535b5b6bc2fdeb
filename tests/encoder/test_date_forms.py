"""Forms of dates in telegrams and diaries (review of session 18): a clock time is no year, a
year in a name is one, a date-time group, `inst.` and `ult.`, the night of
two days, a diary's day head."""

from __future__ import annotations

import pytest

from edition.collect import collect_document
from tests.conftest import INFERRED, TEI, body_xml, compact_xml, encode_text, page


@pytest.mark.parametrize("body, fragment", [
    ("A. Quarantine became effective 1400 GMT today.",
     'effective 1400 GMT <date when="1962-10-24" cert="medium" evidence="conjecture" '
     'resp="#encoder">today</date>.</p>'),
    ("2. Next report by 1800 local, on the same line.",
     '<p n="1" xml:id="L1">2. Next report by 1800 local, on the same line.</p>'),
    ("Ships turned back from 2100 Moscow time until 1900 UTC.",
     'from 2100 <placeName ref="places.xml#moscow">Moscow</placeName> time until 1900 UTC.</p>'),
    ("We learnt that by 1800 local elections had been held in every county of England.",
     'that by <date when="1800">1800</date> local elections had been held'),
    ("The watch ran from 1400–1600 GMT without a break.",
     '<p n="1" xml:id="L1">The watch ran from 1400–1600 GMT without a break.</p>'),
    ("The certificate is valid until Aug 28 23:59:59 2042 GMT, says the file.",
     '23:59:59 <date when="2042">2042</date> GMT'),
], ids=["effective 1400 GMT", "by 1800 local", "Moscow time and UTC", "local elections: a year",
        "a span of clock times", "a timestamp's year"])
def test_a_clock_time_before_its_zone_is_no_year(body, fragment, registers):
    tei, reporter = encode_text(page(body, date="October 24, 1962"), registers)
    assert [str(d) for d in reporter.sorted()] == []
    assert fragment in body_xml(tei)


@pytest.mark.parametrize("body, fragment", [
    ("October 24\n\n1032 -- Report that some Soviet ships have stopped.\n\n1400: U Thant sends an appeal.",
     '<p n="2" xml:id="L2">1032 -- Report that some Soviet ships have stopped.</p>'
     '<p n="3" xml:id="L3">1400: <persName ref="persons.xml#u-thant">U Thant</persName> sends'),
    ("1962 -- The year of the crisis.\n\n1958 came before it.",
     '<date when="1962">1962</date> -- The year'),
    ("FM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC 1143\n\nREF: A) MOSCOW 1121 B) STATE 1034",
     'TO SECSTATE WASHDC 1143</head><p n="2" xml:id="L2">REF: A) <placeName '
     'ref="places.xml#moscow">MOSCOW</placeName> 1121 B) STATE 1034</p>'),
    ("1. GROMYKO RECEIVED ME, AS REPORTED IN MOSCOW 1121, AND SAID THAT SINCE 1958 AND IN 1961 "
     "IT WAS SO.",
     'MOSCOW</placeName> 1121, AND SAID THAT SINCE <date when="1958">1958</date> AND IN '
     '<date when="1961">1961</date> IT'),
    ("Khrushchev said in Moscow 1962 was a good year.",
     'said in <placeName ref="places.xml#moscow">Moscow</placeName> <date when="1962">1962</date>'),
    # session 20: the post's telegram a sentence cites in parentheses, as in a cable's capitals;
    # a heading in capitals, a name and a year alone on their line, keeps its year
    ("We replied as reported (Moscow 1143) and (Moscow, 1962).",
     '(<placeName ref="places.xml#moscow">Moscow</placeName> 1143) and (<placeName '
     'ref="places.xml#moscow">Moscow</placeName>, <date when="1962">1962</date>).'),
    ("The messages crossed. See also Moscow 1143.",
     'See also <placeName ref="places.xml#moscow">Moscow</placeName> 1143.'),
    ("CUBA 1962\n\nMOSCOW 1143. SECRET.",
     '<placeName ref="places.xml#cuba">CUBA</placeName> <date when="1962">1962</date></head>'
     '<p n="2" xml:id="L2"><placeName ref="places.xml#moscow">MOSCOW</placeName> 1143. SECRET.'),
], ids=["times heading a chronology's entries", "a year heading one: no clock's minutes",
        "a cable's references", "a post's telegram and years in capitals",
        "a year after a place in a sentence", "a post's telegram in parentheses",
        "a post's telegram after See also", "a heading in capitals"])
def test_a_number_labelling_an_entry_or_a_post_s_telegram_is_no_year(body, fragment, registers):
    """A four-digit number that labels a chronology's entry as a clock time, or follows a post
    in a cable's capitals, is none of the years 1000-2099 its digits could be (review h1)."""
    tei, _ = encode_text(page(body, date="October 24, 1962"), registers)
    assert fragment in body_xml(tei)


@pytest.mark.parametrize("body, fragment", [
    ("The 1961 Berlin crisis was worse.", 'The <date when="1961">1961</date> Berlin crisis'),
    ("He said the 1962 Act of the Congress was a threat.",
     'the <date when="1962">1962</date> Act of the Congress'),
    ("In 1958 Khrushchev came to power.", 'In <date when="1958">1958</date> <persName'),
    ("The 1960 elections were close.", 'The <date when="1960">1960</date> elections'),
    # session 20: a club or a committee is named by its number, not dated by it
    ("He spoke at the 1900 Club and to the 1922 Committee in 1962.",
     'at the 1900 Club and to the 1922 Committee in <date when="1962">1962</date>.'),
    # session 20, f5 (probe r1): a movement named by its day, as a club by its number
    ("It cites the 26th of July Movement and the July 26 Movement of 1953.",
     'cites the 26th of July Movement and the July 26 Movement of <date when="1953">1953</date>.'),
    # review 9 (R12): the 13th of March Directorate was dated 13 March 1962
    ("The militia of the 13th of March Directorate and the March 13 Revolutionary Directorate.",
     "The militia of the 13th of March Directorate and the March 13 Revolutionary Directorate."),
    ("The Directorio Revolucionario 13 de Marzo and the Movimiento 26 de Julio met.",
     "The Directorio Revolucionario 13 de Marzo and the Movimiento 26 de Julio met."),
    ("On the 13th of March the Revolutionary Directorate met.",
     f'On <date when="1962-03-13" {INFERRED}>the 13th of March</date> the Revolutionary '),
    # rv2 (F3): a preposition of time before the day dates it, whatever name follows
    ("On 17 April Brigade 2506 landed.",
     f'On <date when="1962-04-17" {INFERRED}>17 April</date> Brigade 2506 landed.'),
    ("Since March 13 Brigade commanders met.",
     f'Since <date when="1962-03-13" {INFERRED}>March 13</date> Brigade commanders met.'),
    ("By 22 October Committee members met.",
     f'By <date when="1962-10-22" {INFERRED}>22 October</date> Committee members met.'),
    ("From 1958 Committee members met.", 'From <date when="1958">1958</date> Committee members'),
], ids=["a crisis", "an act", "no article before it", "a lowercase word after it",
        "a club and a committee named by a number", "a movement named by its day",
        "a directorate named by its day", "the Spanish names before the day",
        "a day before the directorate's name", "On a day, a brigade after it",
        "Since a month's day", "By a day, a committee after it", "From a year"])
def test_a_year_in_a_name_is_that_year(body, fragment, registers):
    """A year that opens a name is the year it names: taking `The 1812 Overture` out of the
    dates (session 18's leftover) took the Berlin crisis of 1961 and the Act of 1962 out too."""
    tei, _ = encode_text(page(body, date="November 3, 1962"), registers)
    assert fragment in body_xml(tei)


@pytest.mark.parametrize("body, fragment", [
    ("The room number is 1962, the unit numbers were 1958 and 1959, Nos. 1960 and 1961.",
     "The room number is 1962, the unit numbers were 1958 and 1959, Nos. 1960 and 1961."),
    ("The numbers were 3, 1958 and 1959 in 1962.",
     'The numbers were 3, 1958 and 1959 in <date when="1962">1962</date>.'),
    ("The number of ships in 1962 was large.",
     'The number of ships in <date when="1962">1962</date> was large.'),
], ids=["number is, numbers were, Nos.", "a list of numbers, then a year",
        "the number of ... in a year"])
def test_a_number_said_to_be_one_is_no_year(body, fragment, registers):
    """Probe r1 (1962-11-20-telegram-havana-swiss.txt:14): a number after `number is`, `numbers
    were` or `Nos.`, and the numbers of its list, are numbers, no years, as after `No.`."""
    tei, _ = encode_text(page(body, date="November 3, 1962"), registers)
    assert fragment in body_xml(tei)


@pytest.mark.parametrize("body, fragment", [
    ("CONFIDENTIAL\n\nDTG 041600Z NOV 62\n\n1183. Ref: Deptel 1021.",
     'DTG <date when="1962-11-04T16:00:00+00:00">041600Z NOV 62</date>'),
    ("2. Next report by 1800 local, on 28 Oct 62. Gromyko saw me.",
     'on <date when="1962-10-28">28 Oct 62</date>.'),
    ("Sent 271530Z OCT 1962 from Moscow, with copies to 5 Nov 40 addressees.",
     'Sent <date when="1962-10-27T15:30:00+00:00">271530Z OCT 1962</date> from'),
    ("On 5 Nov 40 aircraft left; on 6 October 62 more.",
     '<date when="1962-11-05" cert="medium" evidence="conjecture" resp="#encoder">5 Nov</date> 40'
     ' aircraft left; on <date when="1962-10-06" cert="medium" evidence="conjecture" '
     'resp="#encoder">6 October</date> 62 more.'),
    ("Reports of 28 Oct 62 and 29 Oct 62 were sent.",
     'of <date when="1962-10-28">28 Oct 62</date> and <date when="1962-10-29">29 Oct 62</date> w'),
    # review 20: a time in GMT before the date is its @when's time; a year with its century elided
    ("Status as of 2000Z 20 NOV 62. TASS, at 1420 GMT 28 Oct 62 with minor variations.",
     'as of <date when="1962-11-20T20:00:00+00:00">2000Z 20 NOV 62</date>. TASS, at '
     '<date when="1962-10-28T14:20:00+00:00">1420 GMT 28 Oct 62</date> with'),
    ("Jane hopes you will come to dinner on Nov. 30, '62 if the crisis allows, or 2 Dec ’62.",
     'dinner on <date when="1962-11-30">Nov. 30, \'62</date> if the crisis allows, or '
     '<date when="1962-12-02">2 Dec ’62</date>.'),
], ids=["a date-time group", "a two-digit year after Oct", "a DTG with four digits",
        "a number of aircraft, a full month name", "two dates with short years",
        "a time in GMT before the date", "a year with an apostrophe"])
def test_a_telegram_s_date_time_group_and_short_year_are_read(body, fragment, registers):
    tei, reporter = encode_text(page(body, date="November 4, 1962"), registers)
    assert [str(d) for d in reporter.sorted() if "date" in d.code] == []
    assert fragment in body_xml(tei)




@pytest.mark.parametrize("body, date, fragment", [
    ("1. Gromyko received me at 1500 hours today, 4th inst., at my request made 1st inst. "
     "Semyonov present.", "November 4, 1962",
     f'<date when="1962-11-04" {INFERRED}>4th inst.</date>, at my request made '
     f'<date when="1962-11-01" {INFERRED}>1st inst.</date> Semyonov'),
    ("I said it had been raised with Kuznetsov in New York on the 3rd instant and no more.",
     "November 4, 1962", f'on <date when="1962-11-03" {INFERRED}>the 3rd instant</date> and'),
    ("Gromyko saw me on the 26th inst. and again on the 27th ult.; next on the 2nd prox.",
     "October 27, 1962",
     f'on <date when="1962-10-26" {INFERRED}>the 26th inst.</date> and again on '
     f'<date when="1962-09-27" {INFERRED}>the 27th ult.</date>; next on '
     f'<date when="1962-11-02" {INFERRED}>the 2nd prox.</date></p>'),
    ("It considers that the obligations it assumed on the night of 27/28 October are met.",
     "November 4, 1962", f'the night of <date notBefore="1962-10-27" notAfter="1962-10-28" '
     f'{INFERRED}>27/28 October</date> are met.'),
    ("Three ships had left Mariel on the night of 14/15 November, and 3/12 November is none.",
     "November 16, 1962", f'the night of <date notBefore="1962-11-14" notAfter="1962-11-15" '
     f'{INFERRED}>14/15 November</date>, and 3/12 November is none.'),
    ("Ships left on the night of 31 October/1 November; none on 30 October/1 November.",
     "November 4, 1962", f'the night of <date notBefore="1962-10-31" notAfter="1962-11-01" '
     f'{INFERRED}>31 October/1 November</date>; none on 30 October/1 November.'),
    ("They sailed on the night of 31 December/1 January 1963.", "January 4, 1963",
     '<date notBefore="1962-12-31" notAfter="1963-01-01">31 December/1 January 1963</date>.'),
    ("Meetings.\n\n28th. Sunday. Radio broadcast of the letter at 17:00.\n\nMore.", "October 1962",
     f'<p n="2" xml:id="L2"><date when="1962-10-28" {INFERRED}>28th. Sunday</date>. Radio'),
    ("Meetings.\n\n27th. Sunday. Radio broadcast of the letter at 17:00.\n\nMore.", "October 1962",
     '<p n="2" xml:id="L2">27th. Sunday. Radio'),
], ids=["inst.", "instant", "inst., ult. and prox.", "a night of two days", "14/15 November",
        "a night across months", "a night across years", "a diary's day head", "a day head whose weekday disagrees"])
def test_a_day_of_the_document_s_month_is_read(body, date, fragment, registers):
    tei, reporter = encode_text(page(body, date=date), registers)
    assert [str(d) for d in reporter.sorted() if "date" in d.code] == []
    assert fragment in body_xml(tei)


@pytest.mark.parametrize("body, date, fragment", [
    ("1. Gromyko received me today.\n\n2. Friday's talks with Kuznetsov in New York will settle "
     "the protocol.", "November 30, 1962",
     f'<p n="2" xml:id="L2"><label>2.</label> <date when="1962-12-07" {INFERRED}>Friday</date>'
     "'s talks"),
    ("1. Gromyko received me today.\n\n3. Saturday the Soviets will publish the TASS statement.",
     "November 30, 1962",
     f'<p n="2" xml:id="L2">3. <date when="1962-12-01" {INFERRED}>Saturday</date> the Soviets'),
    ("We met.\n\n2nd. Friday's session will decide it.", "November 29, 1962",
     f'<p n="2" xml:id="L2">2nd. <date when="1962-11-30" {INFERRED}>Friday</date>\'s session'),
    ("We met.\n\n28. Sunday. Radio broadcast of the letter at 17:00.", "October 1962",
     '<p n="2" xml:id="L2">28. Sunday. Radio'),
], ids=["2. Friday's talks", "3. Saturday the Soviets", "2nd. Friday's session",
        "a paragraph number before a weekday's sentence"])
def test_a_numbered_paragraph_is_no_diary_day_head(body, date, fragment, registers):
    """A diary's day head is an ordinal day and the weekday as a sentence of its own (`28th.
    Sunday.`); a paragraph's number (`2.`) or an ordinal before a weekday that the sentence goes
    on from (`2nd. Friday's session`) is none (review r1 of session 18, finding 2)."""
    tei, reporter = encode_text(page(body, date=date), registers)
    assert [str(d) for d in reporter.sorted() if "date" in d.code] == []
    assert fragment in body_xml(tei)


@pytest.mark.parametrize("body, date, fragment", [
    ("1. On 28 Oct 60 or more missiles were already being crated, the source says.",
     "November 7, 1962",
     f'On <date when="1962-10-28" {INFERRED}>28 Oct</date> 60 or more missiles'),
    ("1. By 3 Nov 42 were aboard; on 2 Nov 63 were loaded. We count 42.", "November 23, 1962",
     f'By <date when="1962-11-03" {INFERRED}>3 Nov</date> 42 were aboard; on '
     f'<date when="1962-11-02" {INFERRED}>2 Nov</date> 63 were loaded.'),
    ("1. The source says so. By 5 Nov 12 to 15 ships had been loaded.", "November 7, 1962",
     f'By <date when="1962-11-05" {INFERRED}>5 Nov</date> 12 to 15 ships'),
    ("I replied that the President's letter of 27 Oct 62 had named them.", "November 3, 1962",
     'letter of <date when="1962-10-27">27 Oct 62</date> had named them.'),
    ("The last IL-28 left on 5 Dec 62 according to the Navy's plan.", "November 22, 1962",
     'left on <date when="1962-12-05">5 Dec 62</date> according to'),
    ("The IL-28's are due to leave on 20 Nov 62 as planned.", "November 7, 1962",
     'leave on <date when="1962-11-20">20 Nov 62</date> as planned.'),
    ("Your telegram of 28 Dec 62 was received.", "January 3, 1963",
     'telegram of <date when="1962-12-28">28 Dec 62</date> was received.'),
    ("Our note of 5 Dec 61 was not answered.", "November 22, 1962",
     'note of <date when="1961-12-05">5 Dec 61</date> was not'),
    ("The deadline is 15 Jan 63 at noon.", "December 20, 1962",
     'is <date when="1963-01-15">15 Jan 63</date> at noon.'),
    ("Our note of 5 Dec 60 was not answered.", "November 22, 1962",
     'note of <date when="1960-12-05">5 Dec 60</date> was not'),
    ("As agreed on 27 Oct 62 the missiles left.", "March 3, 1964",
     'on <date when="1962-10-27">27 Oct 62</date> the'),
], ids=["28 Oct 60 or more missiles", "3 Nov 42 and 2 Nov 63 were", "5 Nov 12 to 15 ships",
        "27 Oct 62 had", "5 Dec 62 according", "20 Nov 62 as", "December's year in January",
        "the year before", "January's year in December", "two years before",
        "a retrospective's year"])
def test_a_two_digit_number_after_an_abbreviated_month_is_a_year_only_near_the_document_s(
        body, date, fragment, registers):
    """`28 Oct 62` writes the year when 62 is the document date's year, the one before it, or
    the year 28 October alone is read in; any other number is a count after the date, which is
    read as without it (review r1 of session 18, finding 3)."""
    tei, reporter = encode_text(page(body, date=date), registers)
    assert [str(d) for d in reporter.sorted() if "date" in d.code] == []
    assert fragment in body_xml(tei)


def test_a_date_line_s_two_digit_year_after_an_abbreviated_month_dates_the_document(registers):
    tei, reporter = encode_text(page("We met.", date="28 Oct 62"), registers)
    assert [str(d) for d in reporter.sorted() if "date" in d.code] == []
    assert tei.find(".//{*}sourceDesc/{*}bibl/{*}date").get("when") == "1962-10-28"


@pytest.mark.parametrize("body, fragment", [
    ("He read from General Pliev's order of November 9:",
     f'order of <date when="1962-11-09" {INFERRED}>November 9</date>:</p>'),
    ("The train left at May 12:30 sharp.", '<p n="1" xml:id="L1">The train left at May 12:30 sharp.</p>'),
    ("During the night of October 27/28 the letter came.",
     f'night of <date notBefore="1962-10-27" notAfter="1962-10-28" {INFERRED}>October 27/28</date> the'),
    ("During the night of October 31/November 1 the ships stopped.",
     f'<date notBefore="1962-10-31" notAfter="1962-11-01" {INFERRED}>October 31/November 1</date>'),
    ("The night of December 31/January 1, 1963 was cold; October 3/12 is no night.",
     '<date notBefore="1962-12-31" notAfter="1963-01-01">December 31/January 1, 1963</date> was '
     'cold; October 3/12 is no night.'),
], ids=["a colon after the day", "a clock time is no day", "a night", "a night across months",
        "across years; days that do not follow each other"])
def test_a_month_first_day_before_a_colon_and_a_month_first_night_are_read(body, fragment,
                                                                          registers):
    """Review h1: `order of November 9:` was no date (a colon after the day refused it, as
    before `12:30`), and a night written month first (`October 27/28`) only its first day."""
    tei, _ = encode_text(page(body, date="November 12, 1962"), registers)
    assert fragment in body_xml(tei)


@pytest.mark.parametrize("body, fragments", [
    # session 21 (r6 2.1): a table's rows of ships by month were dates (`October 29`, a
    # conjecture listed in the chronology)
    ("Table 2.\n\nMonth        Ships    Tonnage\nOctober        29          318\n"
     "November\t22\t240\n\nThe Ministry will report again.",
     ('">October        29          318<', '">November\t22\t240<')),
    # a month and its day apart by two spaces, or with a year after them, are a date
    ("We met on October  29 and again on November   22, 1962.",
     ('on <date when="1962-10-29" cert="medium" evidence="conjecture" resp="#encoder">October  29'
      '</date> and again on <date when="1962-11-22">November   22, 1962</date>.',)),
    # r7 6: justified typescript, two or three spaces between its words, is no table
    ("The  agreement  provides   for   credits   of   200   million   roubles\nfor  the  first  "
     "deliveries,  which  begin  on  December   15.",
     ('on  <date when="1962-12-15" cert="medium" evidence="conjecture" resp="#encoder">December   '
      '15</date>.',)),
    ("The ships counted by month:\n\nOctober        29\nNovember       22\n\nThey sailed.",
     ('">October        29<', '">November       22<')),
], ids=["a table's rows", "two spaces, a year", "r7 6: justified typescript",
        "two columns: a gap twice the usual space"])
def test_a_month_and_a_number_a_column_gap_parts_are_no_date(body, fragments, registers):
    tei, reporter = encode_text(page(body, date="December 3, 1962"), registers)
    assert [str(d) for d in reporter.sorted()] == []
    assert all(fragment in body_xml(tei) for fragment in fragments)


SUNDAY = ("4 November 1962 was a Sunday, not a Saturday as written: the date is kept as read, "
          "the weekday as printed [date-weekday]")


@pytest.mark.parametrize("date, body, diagnostics", [
    # session 21 (r6 2.4): a weekday another day's passed silently
    ("November 1962", "4 November. Saturday. A.I. received word from Moscow.",
     [f"x.txt:5:1: warning: {SUNDAY}"]),
    ("November 1962", "We met on Saturday, 4 November 1962, at noon.",
     [f"x.txt:5:11: warning: {SUNDAY}"]),
    ("November 1962", "We met on 4 November 1962 (Saturday) at noon.",
     [f"x.txt:5:11: warning: {SUNDAY}"]),
    ("Saturday, November 4, 1962", "We met.", [f"x.txt:1:1: warning: {SUNDAY}"]),
    # the day's own weekday, and a weekday that opens the next sentence, say nothing
    ("November 1962", "4 November. Sunday. A.I. received word from Moscow.", []),
    ("November 1962", "We met on Sunday, 4 November 1962.", []),
    ("November 1962", "We met on 4 November. Saturday we left for Moscow.", []),
    # session 21 (rvA 3): the same date twice, the second with another day's weekday, is
    # reported there, as a weekday, not as no date at the first
    ("November 1962", "Mikoyan arrived on 4 November. Sunday. The note of 4 November "
     "(Saturday) was lost.", [f"x.txt:5:52: warning: {SUNDAY}"]),
], ids=["a diary's head", "before the date", "in parentheses after it", "the date line",
        "the day's weekday", "the day's weekday before it", "the next sentence's",
        "the second of a date twice"])
def test_a_weekday_that_is_not_its_date_s_is_reported(date, body, diagnostics, registers):
    _, reporter = encode_text(page(body, date=date), registers)
    assert [str(d) for d in reporter.sorted()] == diagnostics


@pytest.mark.parametrize("body, fragment", [
    # session 21 (r6 2.5): a span of days across months, day first, was two dates
    ("Violations by aircraft, 23 October - 6 November 1962.",
     'aircraft, <date notBefore="1962-10-23" notAfter="1962-11-06">23 October - 6 November 1962'
     '</date>.'),
    ("The ships sailed 28 December – 3 January 1963.",
     'sailed <date notBefore="1962-12-28" notAfter="1963-01-03">28 December – 3 January 1963'
     '</date>.'),
    # a later day first, or a number naming no month before the dash, is no span
    ("Violations, 6 November - 23 October 1962.",
     'Violations, <date when="1962-11-06" cert="medium" evidence="conjecture" resp="#encoder">'
     '6 November</date> - <date when="1962-10-23">23 October 1962</date>.'),
    ("Annex of 3 pages - 6 November 1962.",
     '3 pages - <date when="1962-11-06">6 November 1962</date>.'),
], ids=["across months", "across the year", "a later day first", "no month before the dash"])
def test_a_span_of_days_across_months_written_day_first_is_one_date(body, fragment, registers):
    tei, reporter = encode_text(page(body, date="November 7, 1962"), registers)
    assert [str(d) for d in reporter.sorted()] == []
    assert fragment in body_xml(tei)


@pytest.mark.parametrize("line, dateline", [
    # session 22 (r8 D3): a Roman month's date took no time after it, and `hrs.` with its
    # period was a word of a sentence: the Yugoslav cable's dateline stayed a paragraph
    ("Havana, 1.XI.1962, 23:40 hrs.",
     '<dateline n="1" xml:id="L1"><placeName ref="places.xml#havana">Havana</placeName>, '
     '<date when="1962-11-01T23:40:00">1.XI.1962, 23:40</date> hrs.</dateline>'),
    ("Havana, 1 November 1962, 23:40 hrs.",
     '<dateline n="1" xml:id="L1"><placeName ref="places.xml#havana">Havana</placeName>, '
     '<date when="1962-11-01T23:40:00">1 November 1962, 23:40</date> hrs.</dateline>'),
    # a number after the date that is no clock's time is not the date's, nor is a sentence
    # a dateline for its period
    ("On 1.XI.1962, 5 ships left.",
     '<p n="1" xml:id="L1">On <date when="1962-11-01">1.XI.1962</date>, 5 ships left.</p>'),
    ("Havana, 1.XI.1962, 23:40 we left.",
     '<p n="1" xml:id="L1"><placeName ref="places.xml#havana">Havana</placeName>, '
     '<date when="1962-11-01T23:40:00">1.XI.1962, 23:40</date> we left.</p>'),
], ids=["Roman month and hours", "month's name and hours", "a count", "a sentence"])
def test_a_dateline_s_roman_month_takes_its_24_hour_time(line, dateline, registers):
    tei, _ = encode_text(page(f"{line}\n\nWe met.", date="November 1, 1962"), registers)
    assert dateline in body_xml(tei)


@pytest.mark.parametrize("date_line, date", [
    ("Between October 28 and November 2, 1962",
     '<date notBefore="1962-10-28" notAfter="1962-11-02">Between October 28 and November 2, '
     '1962</date>'),
    ("between October 28 and 30, 1962",
     '<date notBefore="1962-10-28" notAfter="1962-10-30">between October 28 and 30, 1962</date>'),
    ("Between 28 October and 2 November 1962",
     '<date notBefore="1962-10-28" notAfter="1962-11-02">Between 28 October and 2 November '
     '1962</date>'),
], ids=["across months", "in one month", "day first"])
def test_a_date_line_between_two_days_is_their_span(date_line, date, registers):
    """Review round 10 (S6): `Between October 28 and November 2, 1962` was cut in two, its
    first half the document's title, the title line 1 of its text, its date the last day."""
    tei, _ = encode_text(page("Some text.", date=date_line, title="Notes of Conversations"),
                         registers)
    header = tei.find(f"{{{TEI['t']}}}teiHeader")
    assert header.findtext(f".//{{{TEI['t']}}}title") == "Notes of Conversations"
    assert compact_xml(header.find(f".//{{{TEI['t']}}}sourceDesc//{{{TEI['t']}}}date")) == date


@pytest.mark.parametrize("date_line, date, day", [
    ("1962, October 27", '<date when="1962-10-27">1962, October 27</date>', "1962-10-27"),
    ("27 October 1962, 11 p.m.",
     '<date when="1962-10-27T23:00:00">27 October 1962, 11 p.m.</date>', "1962-10-27"),
    ("Winter 1962-1963", '<date notBefore="1962" notAfter="1963">Winter 1962-1963</date>',
     "1962"),
    ("October-November 1962",
     '<date notBefore="1962-10" notAfter="1962-11">October-November 1962</date>', "1962-10"),
    ("28-X-1962", '<date when="1962-10-28">28-X-1962</date>', "1962-10-28"),
    ("28-X-62", '<date when="1962-10-28">28-X-62</date>', "1962-10-28"),
    ("October 28, 1962, 1400 hrs", '<date when="1962-10-28">October 28, 1962, 1400 hrs</date>',
     "1962-10-28"),
    ("December 31, 1962 - January 2, 1963", '<date notBefore="1962-12-31" notAfter="1963-01-02">'
     "December 31, 1962 - January 2, 1963</date>", "1962-12-31"),
    ("30 October 1962 to 2 November 1962", '<date notBefore="1962-10-30" notAfter="1962-11-02">'
     "30 October 1962 to 2 November 1962</date>", "1962-10-30"),
    ("November 2, 1962 - October 30, 1962",
     '<date when="1962-11-02">November 2, 1962 - October 30, 1962</date>', "1962-11-02"),
], ids=["year first", "with its time", "years", "months", "r11 S4: a roman month between hyphens",
        "and a two-digit year", "r11 S4: a time of hours",
        "r12 S2: days of two years, each written in full", "each day in full, to",
        "no span backwards: the more precise first"])
def test_a_date_line_s_form_dates_the_document_and_keeps_the_title(date_line, date, day,
                                                                   registers, validator):
    """Review round 10 (M10, S6): `1962, October 27` was the document's title, the title line
    1 of its text, the document undated; `27 October 1962, 11 p.m.` lost its time, which a
    dateline's date keeps; `Winter 1962-1963` was 1962 and `October-November 1962` October.
    The site files each under its first day, month or year."""
    tei, _ = encode_text(page("Some text.", date=date_line, title="Memorandum on the Talks"),
                         registers)
    header = tei.find(f"{{{TEI['t']}}}teiHeader")
    assert header.findtext(f".//{{{TEI['t']}}}title") == "Memorandum on the Talks"
    assert compact_xml(header.find(f".//{{{TEI['t']}}}sourceDesc//{{{TEI['t']}}}date")) == date
    assert collect_document("x", tei, registers)[0].record.date == day
    assert validator.validate(tei, "x.txt", lambda ref: registers.get(ref) is not None) == []


@pytest.mark.parametrize("body, whens", [
    ("In 1962, October 27 was a Saturday.", ["1962", "1962-10-27"]),
], ids=["in a sentence, the year and the day apart"])
def test_a_year_first_date_is_one_only_as_a_whole_line(body, whens, registers):
    """`1962, October 27` is one date only as a date line, not in a sentence."""
    tei, _ = encode_text(page(body, date="November 12, 1962"), registers)
    assert [d.get("when") for d in tei.iterfind(".//t:body//t:date", TEI)][:2] == whens


@pytest.mark.parametrize("body, whens", [
    ("They talked between 28 October and 2 November.", [("1962-10-28", "1962-11-02")]),
    ("He stayed between 12 May and 2 November 1962.", ["1962-05-12", "1962-11-02"]),
], ids=["a span", "over three months: two dates"])
def test_days_between_written_day_first_are_a_span(body, whens, registers):
    """Session 25 (review round 10, S6): after `between`, `28 October and 2 November` was two
    dates, day first, as month first it was a span; no span of more than 92 days."""
    tei, _ = encode_text(page(body, date="November 12, 1962"), registers)
    dates = list(tei.iterfind(".//t:body//t:date", TEI))
    assert [d.get("when") or (d.get("notBefore"), d.get("notAfter")) for d in dates] == whens


def test_two_days_joined_by_and_across_months_stay_two_dates(registers):
    """Without `between` before them, `October 28 and December 18, 1969` names two days."""
    tei, _ = encode_text(page("They met on October 28 and December 18, 1969.",
                              date="December 20, 1969"), registers)
    assert [d.get("when") for d in tei.iter(f"{{{TEI['t']}}}date")][-2:] == \
        ["1969-10-28", "1969-12-18"]


@pytest.mark.parametrize("date_line", ["n.d.", "Undated", "s.f.", "No date"])
def test_a_date_line_saying_no_date_keeps_the_title(date_line, registers):
    """Review round 11 (S4): `n.d.`, the archives' "no date", was the document's title, its title
    line 1 of the text: the document is left undated, with the warning that says so."""
    tei, reporter = encode_text(page("Some text.", date=date_line, title="Memorandum on the Talks"),
                                registers)
    header = tei.find(f"{{{TEI['t']}}}teiHeader")
    assert header.findtext(f".//{{{TEI['t']}}}title") == "Memorandum on the Talks"
    assert "Memorandum on the Talks" not in "".join(tei.find(".//t:body", TEI).itertext())
    assert [d.code for d in reporter.diagnostics] == ["date-missing"]


def test_a_hyphen_before_a_roman_numeral_in_a_sentence_is_no_date(registers):
    tei, _ = encode_text(page("The R-12 and the SS-4 left; see Annex 2-IV of the report."),
                         registers)
    assert not tei.findall(".//t:body//t:date", TEI)
