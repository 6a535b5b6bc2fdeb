"""What the encoder asserts of a date in its context: a number that is no year, a day of the
month read by its sentence, a numeric date whose reading is open; the element as it stands."""

from __future__ import annotations

import pytest

from tests.conftest import INFERRED, TEI, body_xml, compact_xml, encode_text, page


@pytest.mark.parametrize("body, fragment", [
    ("1712. Eyes only for the Secretary. Subject: talks.\n\nWe replied as in Deptel 1255 in 1962.",
     '<p n="1" xml:id="L1">1712. Eyes only for the Secretary. Subject: talks.</p>'
     '<p n="2" xml:id="L2">We replied as in Deptel 1255 in <date when="1962">1962</date>.</p>'),
], ids=["a FRUS telegram's number and a reference to one"])
def test_a_telegram_number_is_no_year(body, fragment, registers):
    tei, reporter = encode_text(page(body, date="November 9, 1962"), registers)
    assert [str(d) for d in reporter.sorted()] == []
    assert fragment in body_xml(tei)




@pytest.mark.parametrize("body, dates", [
    # session 22 (r8 S3): a footnote's `FRUS 1961-1963` made a date of 1961 to 1963, and the
    # chronology a year 1961 for it
    ("See the memorandum of November 1, FRUS 1961-1963, vol. XI, doc. 121.",
     [f'<date when="1962-11-01" {INFERRED}>November 1</date>']),
    ("Printed in Foreign Relations of the United States, 1961–1963, and Foreign Relations, 1964.",
     []),
    # the years the text tells of stay dates, after a colon or the Committee's name too
    ("From FRUS: in 1961-1963 the ships sailed.",
     ['<date notBefore="1961" notAfter="1963">1961-1963</date>']),
    ("He spoke to the Committee on Foreign Relations, 1962.", ['<date when="1962">1962</date>']),
], ids=["FRUS", "the series' title", "a span the text tells of", "the Senate's committee"])
def test_the_years_a_series_volume_is_named_by_are_no_date(body, dates, registers):
    tei, _ = encode_text(page(body, date="November 12, 1962"), registers)
    assert [compact_xml(d) for d in tei.iterfind(".//t:body//t:date", TEI)] == dates


LINKED = "//t:body//*[self::t:date or self::t:persName or self::t:placeName or self::t:orgName]"


@pytest.mark.parametrize("body, linked", [
    ("The President approved the reply.[1]\n\n[1] Printed in Foreign Relations of the United "
     "States, 1961-1963, Volume XI, Cuban Missile Crisis and Aftermath, Document 96.", []),
    ("See Foreign Relations of the United States, 1969–1976, Volume XII, Soviet Union, January "
     "1969–October 1970, Document 119.", []),
    ("Printed in Foreign Relations, 1961–1963, vol. VI, Kennedy-Khrushchev Exchanges, Document 65.",
     []),
    ("See FRUS 1961-1963, vol. X, Cuba, 1961–1962, doc. 12.", []),
    # the text around the title is read
    ("See FRUS 1961-1963, vol. X, Cuba, and Khrushchev agreed in Moscow on 28 October 1962.",
     ['<persName ref="persons.xml#khrushchev-nikita">Khrushchev</persName>',
      '<placeName ref="places.xml#moscow">Moscow</placeName>',
      '<date when="1962-10-28">28 October 1962</date>']),
    ("The Committee on Foreign Relations, 1962, met in the United States.",
     ['<date when="1962">1962</date>',
      '<placeName ref="places.xml#usa">United States</placeName>']),
], ids=["a footnote", "the volume's span in its title", "persons in its title", "FRUS, doc.",
        "words after the title", "the Senate's committee"])
def test_a_frus_volume_s_title_names_no_place_person_or_date(body, linked, registers):
    """Session 23 (n11, 4): a FRUS volume cited in the text linked the United States of the
    series' title, the Soviet Union and Cuba of the volume's and dated the span it covers."""
    tei, _ = encode_text(page(body, date="November 12, 1962"), registers)
    assert [compact_xml(found) for found in tei.xpath(LINKED, namespaces=TEI)] == linked


@pytest.mark.parametrize("body, fragment", [
    ("They cited Ley 1962, Law 1962, Decree 1962 and Resolutions 1961 and 1962.",
     "They cited Ley 1962, Law 1962, Decree 1962 and Resolutions 1961 and 1962."),
    ("Under the Law of 1962 and the 1962 law, by the decree of 5 November 1962.",
     'Under the Law of <date when="1962">1962</date> and the <date when="1962">1962</date> law, '
     'by the decree of <date when="1962-11-05">5 November 1962</date>.'),
], ids=["a law's number", "a law's year and a decree's date"])
def test_a_law_s_or_a_decree_s_number_is_no_year(body, fragment, registers):
    """Session 20 left `the Ley 1962` read as a year: a number right after a law's, a decree's or
    a resolution's word is its number; `of` before it, or the number before the word, is a date."""
    tei, _ = encode_text(page(body, date="November 12, 1962"), registers)
    assert f'<p n="1" xml:id="L1">{fragment}</p>' in body_xml(tei)


@pytest.mark.parametrize("body, fragment", [
    ("Trailers drove onto the pier between 2000 and 2300 hours.",
     "<p n=\"1\" xml:id=\"L1\">Trailers drove onto the pier between 2000 and 2300 hours.</p>"),
    ("Source counted 1962 crates on the pier.",
     "<p n=\"1\" xml:id=\"L1\">Source counted 1962 crates on the pier.</p>"),
    ("They fought from 1941 to 1945 and in 1962 elections were held.",
     'from <date when="1941">1941</date> to <date when="1945">1945</date> and in '
     '<date when="1962">1962</date> elections'),
], ids=["a unit after the second number counts both", "crates are counted",
        "years paired, no unit after"])
def test_a_number_of_a_unit_or_of_things_counted_is_no_year(body, fragment, registers):
    """Review 20 (s20 h6): `between 2000 and 2300 hours` dated 2000, `counted 1962 crates` 1962,
    while `1962 tons` stayed text: the unit was sought only right after the number, among units
    and no things counted."""
    tei, _ = encode_text(page(body, date="November 12, 1962"), registers)
    assert fragment in body_xml(tei)


def test_a_day_of_the_month_is_read_by_its_sentence(registers):
    """In a record of 3 November, the 28th of a past sentence is 28 October, of a future one
    28 November; one no sentence dates stays text."""
    body = "The order came on the 28th.\n\nThe ships will leave on the 28th.\n\nOn the 28th?"
    tei, reporter = encode_text(page(body, date="November 3, 1962"), registers)
    assert [str(d) for d in reporter.sorted()] == []
    assert body_xml(tei).endswith(
        f'<p n="1" xml:id="L1">The order came on <date when="1962-10-28" {INFERRED}>the 28th</date>'
        f'.</p><p n="2" xml:id="L2">The ships will leave on <date when="1962-11-28" {INFERRED}>'
        'the 28th</date>.</p><p n="3" xml:id="L3">On the 28th?</p></div>')


def test_a_regular_verb_in_the_past_dates_a_day_before_the_document(registers):
    """The review's case: in Mikoyan's record of 3 November, "received the order on the 28th"
    was dated 28 November, in the future."""
    body = "MIKOYAN: Yes, Comrade Pliev [Issa Aleksandrovich] received the order on the 28th."
    tei, _ = encode_text(page(body, date="November 3, 1962"), registers)
    assert f'received the order on <date when="1962-10-28" {INFERRED}>the 28th</date>.' \
        in body_xml(tei)


def test_a_numeric_date_with_a_two_digit_year_is_read(registers):
    """Dotted, day first (`02.11.62`, 2 November 1962); slashed, month first where only that
    names a day (`10/28/62`, with a warning), none where both do (`11/8/62`)."""
    body = ("From HAVANA. Received 02.11.62, 14:20.\n\n"
            "We shall inform them of our letters of 10/28/62 and 11/8/62 in more detail.")
    tei, reporter = encode_text(page(body, date="November 2, 1962"), registers)
    assert [str(d) for d in reporter.sorted()] == [
        "x.txt:7:40: warning: 10/28/62 has no month 28: read month first, as 28 October 1962 "
        "[date-month-first]"]
    body = body_xml(tei)
    assert 'Received <docDate when="1962-11-02">02.11.62</docDate>, 14:20.' in body
    assert 'letters of <date when="1962-10-28">10/28/62</date> and 11/8/62 in' in body


def test_a_roman_month_without_a_year_takes_the_document_date_s(registers):
    """The review: `12.XI.` and `3.XI` were plain text in a protocol of November 1962."""
    body = ("Instruct the MFA to prepare a reply to Kennedy by 12.XI.\n\n"
            "He is expected on 2.XI.62 [the date is given as 3.XI in another copy -- ed.].")
    tei, reporter = encode_text(page(body, date="November 1962"), registers)
    assert [str(d) for d in reporter.sorted()] == []
    body = body_xml(tei)
    assert f'</persName> by <date when="1962-11-12" {INFERRED}>12.XI</date>.</p>' in body
    assert f'given as <date when="1962-11-03" {INFERRED}>3.XI</date> in' in body


@pytest.mark.parametrize("body, fragment", [
    ("He arrived on Sunday.",
     f'He arrived on <date when="1962-10-28" {INFERRED}>Sunday</date>.'),
    ("Dobrynin called on Monday and left.",
     f'called on <date when="1962-10-29" {INFERRED}>Monday</date> and left.'),
    ("On Monday we discussed Berlin.",
     f'On <date when="1962-10-29" {INFERRED}>Monday</date> we discussed Berlin.'),
    ("He said, “Tuesday?” and waited.", "He said, “Tuesday?” and waited."),
], ids=["narration", "narration, a regular verb without object", "before its verb", "a question"])
def test_a_weekday_in_plain_narration_is_the_one_before_the_document(body, fragment, registers):
    """The review's probe (a memo of 3 November 1962): a weekday no tense word reads is, in
    plain narration, the latest one on or before the document date; only a quotation or a
    question leaves it text."""
    tei, _ = encode_text(page(body, date="November 3, 1962"), registers)
    assert fragment in body_xml(tei)


@pytest.mark.parametrize("body, fragment", [
    ("See paragraph 2.1.15 of the treaty.", "See paragraph 2.1.15 of the treaty."),
    ("Section 3.4.12 applies.", "Section 3.4.12 applies."),
    ("The note of 02.11.62 and 2.1.15 above.",
     'The note of <date when="1962-11-02">02.11.62</date> and 2.1.15 above.'),
], ids=["after 'paragraph'", "after 'Section'", "a two-digit year far from the document's"])
def test_a_section_number_stays_text(body, fragment, registers):
    """The review's probe: 'paragraph 2.1.15' was 1915-01-02, 'Section 3.4.12' 1912-04-03."""
    tei, _ = encode_text(page(body, date="November 3, 1962"), registers)
    assert fragment in body_xml(tei)


@pytest.mark.parametrize("body, fragment", [
    ("He informed the Secretary on Monday.",
     f'He informed the Secretary on <date when="1962-10-29" {INFERRED}>Monday</date>.'),
    ("Rusk advised the Ambassador on Monday.",
     f'advised the Ambassador on <date when="1962-10-29" {INFERRED}>Monday</date>.'),
    ("He advised him to leave on Monday.", "He advised him to leave on Monday."),
    ("We proposed to meet on Monday.", "We proposed to meet on Monday."),
    ("He suggested that we meet on Monday.", "He suggested that we meet on Monday."),
    ("He plans to leave on Monday.",
     f'He plans to leave on <date when="1962-11-05" {INFERRED}>Monday</date>.'),
    ("He expects an answer on Monday.",
     f'He expects an answer on <date when="1962-11-05" {INFERRED}>Monday</date>.'),
], ids=["informed: past", "advised: past", "advised to: ahead, untold", "proposed to: untold",
        "suggested that: untold", "plans to: the future", "expects: the future"])
def test_a_reporting_verb_in_the_past_is_past(body, fragment, registers):
    """Session 17's leftover: 'informed', 'advised' looked ahead whatever followed them, so
    'He informed the Secretary on Monday' had no date; only with what is asked (an infinitive,
    'that') do they, and a verb in the present that looks ahead ('plans to', 'expects') names
    the day after the document date (3 November 1962, a Saturday)."""
    tei, _ = encode_text(page(body, date="November 3, 1962"), registers)
    assert fragment in body_xml(tei)


@pytest.mark.parametrize("body, fragment", [
    ("He had left before the 20th.",
     f'He had left before <date when="1962-10-20" {INFERRED}>the 20th</date>.'),
    ("He had left before the 20th, and they will return.",
     f'He had left before <date when="1962-10-20" {INFERRED}>the 20th</date>, and they will'),
    ("He had left on the 20th; they will return.",
     f'He had left on <date when="1962-10-20" {INFERRED}>the 20th</date>; they will return.'),
    ("By Monday, the ships had left.",
     f'By <date when="1962-10-29" {INFERRED}>Monday</date>, the ships had left.'),
    ("We will be ready by Monday, as he had said.",
     f'ready by <date when="1962-11-05" {INFERRED}>Monday</date>, as he had said.'),
    ("He asked for an answer by Monday.",
     f'an answer by <date when="1962-11-05" {INFERRED}>Monday</date>.'),
], ids=["before, pluperfect", "a later clause in the future", "a later clause after ';'",
        "by, the past after it", "by, the future in its clause", "by, no tense of its own"])
def test_the_tense_of_its_own_clause_reads_a_day(body, fragment, registers):
    """Session 17's leftover: 'before', 'by', 'until' looked ahead whatever the sentence's tense,
    and the nearest tense word of the sentence won even in another clause, so 'He had left
    before the 20th' and 'He had left on the 20th; they will return' were 20 November in a
    record of 3 November 1962; the tense of the day's own clause now tells."""
    tei, _ = encode_text(page(body, date="November 3, 1962"), registers)
    assert fragment in body_xml(tei)


@pytest.mark.parametrize("body, fragment", [
    ("See telegram no. 12.XI.62 of the Embassy.", "See telegram no. 12.XI.62 of the Embassy."),
    ("Protocol No. 3.XI.1962 is attached.", "Protocol No. 3.XI.1962 is attached."),
    ("We saw Nr. 19.XI.62 and the note of 19.XI.62.",
     'We saw Nr. 19.XI.62 and the note of <date when="1962-11-19">19.XI.62</date>.'),
    ("Section 10-12.XI.62 applies.", "Section 10-12.XI.62 applies."),
], ids=["no. with a two-digit year", "No. with a full year", "Nr., and the same date after 'of'",
        "a span of days after Section"])
def test_a_roman_numeral_date_after_no_is_a_number(body, fragment, registers):
    """Session 17's leftover: a Roman month without a year was no date after 'no.', but with
    one it was ('telegram no. 12.XI.62' was 12 November 1962), as a numeric date is not."""
    tei, _ = encode_text(page(body, date="November 20, 1962"), registers)
    assert fragment in body_xml(tei)


@pytest.mark.parametrize("date, body, fragment", [
    ("November 12, 1962", "He added that he would be in Bonn on the 20th.",
     f'be in Bonn on <date when="1962-11-20" {INFERRED}>the 20th</date>.'),
    ("November 12, 1962", "The French Cabinet would meet on Wednesday.",
     f'would meet on <date when="1962-11-14" {INFERRED}>Wednesday</date>.'),
    ("November 28, 1962", "He said that the bombers would go by the 20th. They went.",
     f'would go by <date when="1962-11-20" {INFERRED}>the 20th</date>. They went.'),
    ("November 3, 1962", "Some troops had left, and missiles would be on board on the 5th.",
     f'on board on <date when="1962-11-05" {INFERRED}>the 5th</date>.'),
    ("November 12, 1962", "He said he would come on Monday.",
     f'would come on <date when="1962-11-12" {INFERRED}>Monday</date>.'),
], ids=["a day ahead of the document", "a weekday ahead of it", "by: a day before it",
        "another clause's past", "the document's own weekday"])
def test_the_future_seen_from_the_past_names_the_day_nearest_the_document(
        date, body, fragment, registers):
    """Session 18's leftover (review r1): `would` was no tense word, so in a memorandum of 12
    November `he would be in Bonn on the 20th` was plain narration, 20 October, and `would go by
    the 20th` in a debate of 28 November was 20 December. The future seen from a past time lies
    after that time, which is on or before the document date: the day nearest it."""
    tei, _ = encode_text(page(body, date=date), registers)
    assert fragment in body_xml(tei)


@pytest.mark.parametrize("date, body, fragment", [
    ("November 15, 1962", "Dobrynin telephoned to say that the 20th was the likely date.",
     f'say that <date when="1962-11-20" {INFERRED}>the 20th</date> was the likely date.'),
    ("November 1, 1962", "2. GROMYKO SAID MIKOYAN WOULD ARRIVE IN HAVANA ON THE 2ND AND WOULD STOP.",
     f'ON <date when="1962-11-02" {INFERRED}>THE 2ND</date> AND WOULD STOP.'),
    ("November 15, 1962", "The meeting was scheduled for the 20th.",
     f'scheduled for <date when="1962-11-20" {INFERRED}>the 20th</date>.'),
    ("November 15, 1962", "He was the 2nd to arrive; the 3rd in line; the 2nd and 3rd Armies; the "
     "10th article was read.",
     '<p n="1" xml:id="L1">He was the 2nd to arrive; the 3rd in line; the 2nd and 3rd Armies; the '
     '10th article was read.</p>'),
], ids=["a verb after the day", "a conjunction, in capitals", "was scheduled: ahead",
        "ordinals of other things"])
def test_a_day_of_the_month_before_a_verb_or_conjunction_is_read(date, body, fragment, registers):
    """Review h1: `the 20th` was a day only before a punctuation mark (`the 20th was the likely
    date`, `ON THE 2ND AND WOULD STOP` stayed text); a verb, a conjunction or a pronoun after it
    makes it one too, not a noun it numbers. `was` before what is planned (`was the likely
    date`, `was scheduled`) is the future seen from the past: the day nearest the document's."""
    tei, _ = encode_text(page(body, date=date), registers)
    assert fragment in body_xml(tei)


@pytest.mark.parametrize("body, fragment, warnings", [
    ("The 20th was a Tuesday.",
     f'<date when="1962-11-20" {INFERRED}>The 20th</date> was a '
     f'<date when="1962-11-20" {INFERRED}>Tuesday</date>.', []),
    ("They met on the 2nd, a Friday, in Moscow.",
     f'on <date when="1962-11-02" {INFERRED}>the 2nd</date>, a <date when="1962-11-02" {INFERRED}>'
     'Friday</date>, in', []),
    ("The 31st was a Tuesday.", '<p n="1" xml:id="L1">The 31st was a Tuesday.</p>',
     ["x.txt:5:1: warning: The 31st (no month around 9 November 1962 has it on a Tuesday) is not a "
      "date; left as plain text [date-invalid]"]),
    ("On Tuesday, the 31st, we met.", '<p n="1" xml:id="L1">On Tuesday, the 31st, we met.</p>',
     ["x.txt:5:4: warning: Tuesday, the 31st (no month around 9 November 1962 has it on a "
      "Tuesday) is not a date; left as plain text [date-invalid]"]),
], ids=["was a Tuesday: the next month's", "a Friday: this month's", "no month has it",
        "said before it, no month has it"])
def test_a_weekday_said_to_be_the_day_names_its_month(body, fragment, warnings, registers):
    """Session 20: in a record of Friday 9 November, `The 20th was a Tuesday` was 20 October (a
    Saturday) by its tense, and the Tuesday 6 November; the day is the one near the document's
    where it is that weekday, whatever the tense; where no month around has it, it stays text
    with a warning."""
    tei, reporter = encode_text(page(body, date="November 9, 1962"), registers)
    assert [str(d) for d in reporter.sorted()] == warnings
    assert fragment in body_xml(tei)


@pytest.mark.parametrize("date, body, fragment", [
    ("November 20, 1962", "I am more hopeful than I was on Tuesday last.",
     f'than I was on <date when="1962-11-13" {INFERRED}>Tuesday last</date>.'),
    ("November 27, 1962", "3. Next meeting: Friday. Mr. Rice will circulate a draft.",
     f'Next meeting: <date when="1962-11-30" {INFERRED}>Friday</date>. Mr.'),
    ("November 27, 1962", "Last session: Tuesday.",
     f'Last session: <date when="1962-11-20" {INFERRED}>Tuesday</date>.'),
    ("November 20, 1962", "He came on Tuesday last week.",
     f'{INFERRED}>Tuesday</date> last week.'),
], ids=["the cue after the weekday", "a cue earlier in its sentence", "a past cue earlier",
        "last week's, not the weekday's cue"])
def test_a_weekday_s_cue_after_it_or_earlier_in_its_sentence_reads_it(
        date, body, fragment, registers):
    """Review 20 (s20 h6): `on Tuesday last` in a letter of Tuesday 20 November was that day, and
    `Next meeting: Friday.` in a memo of Tuesday 27 November 23 November: the cue was sought
    only right before the weekday."""
    tei, _ = encode_text(page(body, date=date), registers)
    assert fragment in body_xml(tei)


@pytest.mark.parametrize("date_line", ["Ankara, November 14, 1962, 6 p.m.",
                                       "Ankara, 14 November 1962, 1800 hours"])
def test_a_quoted_telegram_s_days_count_from_its_own_date_line(date_line, registers):
    """Review 20 (s20 h6, memo-quoting-telegram.txt:22): in a memo of 15 November quoting a
    telegram of 14 November, the telegram's `this afternoon` was the 15th. After the quoted
    document's own date line, its paragraphs count from its day; the memo's own, and a quotation
    with no date line, from the memo's. The date line is one as the opener reads it (`1800
    hours` was none: the whole-change read)."""
    body = ('I attach a telegram received this morning:\n\n"SECRET\n\n'
            f'{date_line}\n\n'
            '1. Erkin called me in this afternoon to ask about the Jupiters.\n\nHare"\n\n'
            'We should reply this afternoon.\n\n"He said he came this afternoon.\n\n'
            'He left."')
    tei, _ = encode_text(page(body, date="November 15, 1962"), registers)
    xml = body_xml(tei)
    assert f'called me in <date when="1962-11-14" {INFERRED}>this afternoon</date> to ask' in xml
    assert f'reply <date when="1962-11-15" {INFERRED}>this afternoon</date>.' in xml
    assert f'came <date when="1962-11-15" {INFERRED}>this afternoon</date>.' in xml


@pytest.mark.parametrize("body, fragment", [
    ("The long-range planning group meets on Monday.",
     f'meets on <date when="1962-11-05" {INFERRED}>Monday</date>.'),
    ("The Ambassador arrives on Tuesday and leaves on Friday.",
     f'arrives on <date when="1962-11-06" {INFERRED}>Tuesday</date> and leaves on '
     f'<date when="1962-11-09" {INFERRED}>Friday</date>.'),
    ("The group met on Monday.", f'met on <date when="1962-10-29" {INFERRED}>Monday</date>.'),
    ("They did not meet on Monday.",
     f'did not meet on <date when="1962-10-29" {INFERRED}>Monday</date>.'),
    ("We meet on Wednesday.", f'meet on <date when="1962-11-07" {INFERRED}>Wednesday</date>.'),
    ("We see them on Monday.", f'them on <date when="1962-11-05" {INFERRED}>Monday</date>.'),
    ("The Council votes on Tuesday.",
     f'votes on <date when="1962-11-06" {INFERRED}>Tuesday</date>.'),
    ("We told him on Monday.", f'him on <date when="1962-10-29" {INFERRED}>Monday</date>.'),
    ("Soviet talks on Monday ended.",
     f'talks on <date when="1962-10-29" {INFERRED}>Monday</date> ended.'),
    ("News reports on Monday said so.",
     f'reports on <date when="1962-10-29" {INFERRED}>Monday</date> said'),
], ids=["meets: scheduled", "arrives, leaves", "met: past", "did not meet: past",
        "we meet", "we see them", "votes", "an irregular past: past", "a noun, then the past",
        "a noun, then said"])
def test_the_present_of_what_is_scheduled_is_the_future(body, fragment, registers):
    """Probe r1 (1962-11-02-memo-rfk-rusk.txt:11, a Friday's memo): 'The long-range planning
    group meets on Monday' was 29 October, read as narration; the present of a meeting or a
    journey to come names the day after the document date. Review round 10 (M4): so does a
    verb in the present right before `on` and the day, its subject before it, where no word of
    the sentence tells a tense (`We meet on Wednesday`, `The Council votes on Tuesday`)."""
    tei, _ = encode_text(page(body, date="November 2, 1962"), registers)
    assert fragment in body_xml(tei)


def counted(day: str, words: str) -> str:
    return f'<date when="{day}" {INFERRED}>{words}</date>'


@pytest.mark.parametrize("title, body, dates", [
    # session 22 (r8 D4): a letter's or a telegram's today, tomorrow and yesterday were never
    # read, though written on its date as a memorandum is
    ("Letter from Adlai Stevenson to President Kennedy, October 29, 1962",
     "U Thant hopes to go to Havana tomorrow with a small team.",
     [counted("1962-10-30", "tomorrow")]),
    ("Telegram from the Yugoslav Embassy in Havana, November 1, 1962",
     "1. Today at noon I was received by President Dorticos. He spoke of the decision of 28 "
     "October.\n\n2. Mikoyan is expected tomorrow.",
     [counted("1962-11-01", "Today"), counted("1962-10-28", "28 October"),
      counted("1962-11-02", "tomorrow")]),
    # where it goes on to tell of another day of the week before, its today is that day's
    # (the seed telegram of Monday 19 November): they stay text from there on
    ("Telegram from Mikoyan to the CC CPSU, November 19, 1962",
     "Yesterday we rested.\n\nSunday night I was at his palace. Dorticos said that today he "
     "had no contact with Fidel. We agreed to meet tomorrow.",
     [counted("1962-11-18", "Yesterday"), counted("1962-11-18", "Sunday night")]),
    ("Telegram from Mikoyan to the CC CPSU, November 19, 1962",
     "On 17 November we met Guevara. Today he is in Oriente.",
     [counted("1962-11-17", "17 November")]),
], ids=["a letter", "a cable", "a telegram telling of Sunday", "a telegram telling of a day"])
def test_a_letter_or_telegram_counts_its_days_from_its_date(title, body, dates, registers):
    tei, _ = encode_text(f"{title}\n\n{body}\n\n[Source: An archive.]\n", registers)
    assert [compact_xml(d) for d in tei.iterfind(".//t:body//t:date", TEI)] == dates


@pytest.mark.parametrize("title, dates", [
    # session 21 (rvA 5): an oral history tells of days years before its interview's, so its
    # `tomorrow` is no day after its date
    ("Oral History Interview with Sergo Mikoyan", []),
    ("Transcript of a Telephone Conversation Between Mikoyan and Dorticos",
     ['<date when="1994-03-13" cert="medium" evidence="conjecture" resp="#encoder">'
      'tomorrow</date>']),
], ids=["an oral history", "a transcript"])
def test_an_oral_history_reads_no_day_counted_from_its_date(title, dates, registers):
    body = "MIKOYAN: My father told Castro that tomorrow the missiles would leave."
    tei, _ = encode_text(page(body, date="March 12, 1994", title=title), registers)
    assert [compact_xml(d) for d in tei.iterfind(".//t:body//t:date", TEI)] == dates


@pytest.mark.parametrize("body, fragment", [
    ("Every Friday, and on 9 November too, the embassy sends a report.",
     'Every Friday, and on <date when="1962-11-09" '),
    ("They meet each Monday and every other Tuesday.",
     "They meet each Monday and every other Tuesday."),
    ("Every day until Friday the embassy waits.",
     f'Every day until <date when="1962-11-09" {INFERRED}>Friday</date> the embassy waits.'),
], ids=["every Friday", "each, every other", "every day until Friday: a day"])
def test_a_weekday_that_recurs_is_no_day(body, fragment, registers):
    """Probe (tests/data/probe/1962-11-05-memo-weekdays.txt:7): `Every Friday` was dated
    1962-11-02, the Friday before the memo; a weekday after `every` or `each` names no one day.
    A weekday after another word stays a day (`Every day until Friday`)."""
    tei, _ = encode_text(page(body, date="November 5, 1962"), registers)
    assert fragment in body_xml(tei)


TOLD_LATER_BODY = ("Q: When did you arrive?\n\nA: In August 1962. On Monday my father met Castro "
                   "and told him that tomorrow the missiles would leave. I have a tape of his "
                   "speech, recorded in October. On 6 November he flew home.")


@pytest.mark.parametrize("title, dates", [
    ("Oral History Interview with Sergo Mikoyan", ["August 1962"]),
    ("Interview with a Former Soviet Officer about Cuba", ["August 1962"]),
    ("Transcript of an Interview with Sergo Mikoyan", ["August 1962"]),
    ("Memorandum of an Interview with Sergo Mikoyan",
     ["August 1962", "Monday", "tomorrow", "October", "6 November"]),
], ids=["an oral history", "an interview", "an interview's transcript",
        "a memorandum of an interview"])
def test_a_document_told_later_infers_no_date_from_its_own(title, dates, registers):
    """Probe (tests/data/probe/1992-05-interview-tape-mentions.txt:11) and session 22: in an
    interview of 1994 about 1962, `on Monday` was 7 March 1994, `recorded in October` October
    1993 (in the probe of May 1992, October 1991), `6 November` 1993, and `tomorrow` 13 March
    1994 where the title was no `Oral History`'s; told years later, a day, month or year is the
    told days', not the interview's: none is inferred, a written year still dates. A memorandum
    of an interview is written on its day and counts from it."""
    tei, _ = encode_text(page(TOLD_LATER_BODY, date="March 12, 1994", title=title), registers)
    assert ["".join(d.itertext()) for d in tei.iterfind(".//t:body//t:date", TEI)] == dates


@pytest.mark.parametrize("title, codes", [
    ("Interview with Sergo Mikoyan", []),
    ("Memorandum of an Interview with Sergo Mikoyan", ["date-weekday"]),
], ids=["told later: no day read, none checked", "a memorandum: its day read and checked"])
def test_a_day_a_document_told_later_leaves_unread_is_not_checked(title, codes, registers):
    """Review rv1 (5): in an interview of 5 May 1992, `On Monday, 6 November` stayed text, yet
    was reported as `6 November 1991 was a Wednesday ...: the date is kept as read`, a year
    inferred from the interview's own date and a date that was not kept. A memorandum of an
    interview reads the day from its own date and checks its weekday."""
    body = "Q: When did you arrive?\n\nA: On Monday, 6 November, I came to Havana."
    tei, reporter = encode_text(page(body, date="May 5, 1992", title=title), registers)
    assert [d.code for d in reporter.diagnostics] == codes
    assert bool(list(tei.iterfind(".//t:body//t:date", TEI))) == bool(codes)


@pytest.mark.parametrize("body, fragment", [
    ("The embargo was imposed on February 7.",
     f'was imposed on <date when="1962-02-07" {INFERRED}>February 7</date>.'),
    ("Castro spoke on January 2 at the Plaza.",
     f'spoke on <date when="1962-01-02" {INFERRED}>January 2</date> at'),
    ("Castro had met him on 5 January.", f'him on <date when="1962-01-05" {INFERRED}>5 January'),
    ("Zorin handed Stevenson a note about the session on January 4.",
     f'session on <date when="1963-01-04" {INFERRED}>January 4</date>.'),
    ("He suggested Vienna for the summit of February 3.",
     f'summit of <date when="1963-02-03" {INFERRED}>February 3</date>.'),
    ("It was agreed that the January 11 meeting should be held late.",
     f'that the <date when="1963-01-11" {INFERRED}>January 11</date> meeting'),
    ("The vote was postponed to January 10.",
     f'postponed to <date when="1963-01-10" {INFERRED}>January 10</date>.'),
    ("The reply was delivered to the Embassy on November 28.",
     f'Embassy on <date when="1962-11-28" {INFERRED}>November 28</date>.'),
    ("Drew Pearson reported on January 5 that it would happen.",
     f'on <date when="1963-01-05" {INFERRED}>January 5</date> that'),
    ("The talks will resume on January 10.",
     f'resume on <date when="1963-01-10" {INFERRED}>January 10</date>.'),
    ("The decision will be taken on January 10.",
     f'taken on <date when="1963-01-10" {INFERRED}>January 10</date>.'),
    ("The revised Soviet note of 10 January.",
     f'note of <date when="1963-01-10" {INFERRED}>10 January</date>.'),
    ("The OAS expelled Cuba on 31 January.",
     f'on <date when="1962-01-31" {INFERRED}>31 January</date>.'),
    ("The OAS expelled Cuba on January 31.",
     f'on <date when="1962-01-31" {INFERRED}>January 31</date>.'),
    ("Rusk informed them on January 10 of it.",
     f'them on <date when="1962-01-10" {INFERRED}>January 10</date> of'),
    ("The United Nations on January 10 will vote.",
     f'> on <date when="1963-01-10" {INFERRED}>January 10</date> will'),
    ("The armed Cubans on January 10 will march.",
     f'Cubans on <date when="1963-01-10" {INFERRED}>January 10</date> will'),
    ("We expected Castro on January 10.",
     f'Castro on <date when="1963-01-10" {INFERRED}>January 10</date>.'),
], ids=["was + participle", "an irregular past", "had + participle",
        "a past verb whose object is a plan", "a past verb before a summit's date",
        "a past verb of another clause", "a day set ahead", "a day just after the document's",
        "a name like a verb", "the future",
        "a participle after will be", "an adjective in -ed",
        "a regular past and its named object, day first", "month first",
        "a pronoun as object", "a name in -ed", "a participle after an article",
        "a verb that looks ahead"])
def test_a_day_and_month_of_a_past_clause_is_on_or_before_the_document(body, fragment,
                                                                       registers):
    """Review round 10 (S4): in a record of 12 November 1962 a day and month without a year
    within 90 days after it took the next year whatever the tense, so the embargo (7 February
    1962) was dated 1963; a verb in the past dates it only where it governs it (rv1 F1: a past
    verb whose object is a plan for 4 January left its day in 1963); a regular verb in the past
    governs it with a name or pronoun as its object (`expelled Cuba on 31 January`, session 25),
    not a name in -ed nor a participle after an article."""
    tei, _ = encode_text(page(body, date="November 12, 1962"), registers)
    assert fragment in body_xml(tei)


def test_an_editor_s_note_in_the_past_keeps_a_day_after_the_document(registers):
    """An editor's note tells of what came after the document too: there a clause in the past
    tense moves no day a year back (FRUS d125's source note, `Kissinger forwarded Rogers'
    memorandum on February 3`, in a memorandum of February 2, 1970, is 1970-02-03)."""
    body = ("He came back.[1] [Ed. note: The embargo was lifted on January 5.]\n\n"
            "[1] Mikoyan left Havana on November 26.")
    text = page(body, date="November 12, 1962").replace(
        "An archive.", "An archive. The Director forwarded the record on December 3.")
    tei, _ = encode_text(text, registers)
    dated = sorted(d.get("when") for d in tei.xpath("//t:date[@cert]", namespaces=TEI))
    assert dated == ["1962-11-26", "1962-12-03", "1963-01-05"]


@pytest.mark.parametrize("body, fragment", [
    ("We will answer the letter of Friday.",
     f'the letter of <date when="1962-10-26" {INFERRED}>Friday</date>.'),
    ("We will answer Friday's letter.", f'answer <date when="1962-10-26" {INFERRED}>Friday</date>'),
    ("I shall reply to your message of Thursday.",
     f'message of <date when="1962-10-25" {INFERRED}>Thursday</date>.'),
    ("Monday's broadcast will carry the statement.",
     f'<date when="1962-10-29" {INFERRED}>Monday</date>'),
    ("Friday's meeting will decide.", f'<date when="1962-11-02" {INFERRED}>Friday</date>'),
    ("The letter of next Friday will say more.",
     f'letter of <date when="1962-11-02" {INFERRED}>next Friday</date>'),
    ("We will send Monday's letter.", f'send <date when="1962-10-29" {INFERRED}>Monday</date>'),
    ("A reply will go in tomorrow's cable and Monday's letter.",
     f'and <date when="1962-10-29" {INFERRED}>Monday</date>'),
    ("We will send the letter of Monday.",
     f'letter of <date when="1962-10-29" {INFERRED}>Monday</date>'),
    ("We will send a reply to the letter of Friday.",
     f'letter of <date when="1962-10-26" {INFERRED}>Friday</date>'),
], ids=["the letter of Friday", "Friday's letter", "your message of Thursday",
        "a broadcast ahead", "a meeting ahead", "a cue of another week",
        "a letter still to be sent", "to go in a letter", "the letter of Monday to be sent",
        "a reply to be sent to a letter"])
def test_a_weekday_dating_a_paper_is_on_or_before_the_document(body, fragment, registers):
    """Review round 10 (S2): in a record of Saturday 27 October 1962, `We will answer the letter
    of Friday` put Khrushchev's letter of the 26th on 2 November, a week ahead, by the sentence's
    future; a paper a weekday dates was written by the time it is named, unless the future
    sends or writes that very paper (rv2 F10: `We will send Monday's letter` was the 22nd)."""
    tei, _ = encode_text(page(body, date="October 27, 1962"), registers)
    assert fragment in body_xml(tei)


@pytest.mark.parametrize("body, span", [
    ("The talks were held between December 28 and January 2.", ("1962-12-28", "1963-01-02")),
    ("The talks will be held between December 28 and January 2, 1963.",
     ("1962-12-28", "1963-01-02")),
    ("They met December 30 - January 2, 1963.", ("1962-12-30", "1963-01-02")),
], ids=["between, no year", "between, the year after", "a dash, the year after"])
def test_a_span_across_new_year_ends_in_the_next_year(body, span, registers):
    """rv1 F2: `between December 28 and January 2` ended before it began (the last day in the
    first day's year), so the span was no date and hid both days."""
    tei, _ = encode_text(page(body, date="November 12, 1962"), registers)
    [date] = tei.xpath("//t:body//t:date", namespaces=TEI)
    assert (date.get("notBefore"), date.get("notAfter")) == span
