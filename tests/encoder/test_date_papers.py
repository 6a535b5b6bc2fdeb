"""The days a dated paper's quoted or reported words tell of count from the paper's date."""

from __future__ import annotations

import pytest

from tests.conftest import INFERRED, body_xml, encode_text, page

LETTER = "Letter from President Kennedy to Chairman Khrushchev"


@pytest.mark.parametrize("body, fragment", [
    ('In his letter of October 26 Khrushchev said: "Yesterday I received your letter."',
     f'said: "<date when="1962-10-25" {INFERRED}>Yesterday</date> I received'),
    ('The cable of 24 October reported: "Today the ships turned back."',
     f'reported: "<date when="1962-10-24" {INFERRED}>Today</date> the ships'),
    ('In your letter of October 27 you wrote: "I shall expect your reply tomorrow."',
     f'your reply <date when="1962-10-28" {INFERRED}>tomorrow</date>."'),
    ("Your message of October 22 said that the quarantine would begin on Wednesday.",
     f'would begin on <date when="1962-10-24" {INFERRED}>Wednesday</date>.'),
    ("Your letter of the 28th said that the ships would arrive tomorrow.",
     f'would arrive <date when="1962-10-29" {INFERRED}>tomorrow</date>.'),
    ("Your letter of early October said that the ships would arrive tomorrow.",
     "would arrive tomorrow."),
    ('In his letter of October 26 Khrushchev said: "Yesterday I received your letter." '
     "Yesterday we replied.",
     f'letter." <date when="1962-10-29" {INFERRED}>Yesterday</date> we replied.'),
    ('I received your letter of October 27. Yesterday I said: "Tomorrow we go."',
     f'I said: "<date when="1962-10-31" {INFERRED}>Tomorrow</date> we go."'),
    ('He said: "Yesterday we met."',
     f'He said: "<date when="1962-10-29" {INFERRED}>Yesterday</date> we met."'),
    ("Yesterday I received your letter of October 26.",
     f'<date when="1962-10-29" {INFERRED}>Yesterday</date> I received'),
    ("In reply to your message of October 27, I said that we would answer tomorrow.",
     f'would answer <date when="1962-10-31" {INFERRED}>tomorrow</date>.'),
], ids=["a quoted letter's yesterday", "a quoted cable's today", "a quoted letter's tomorrow",
        "a reported message's weekday", "a paper of the 28th",
        "a paper of a day not read: undated",
        "the letter's own yesterday after the quotation",
        "a paper of a date in another sentence", "a quotation of no dated paper",
        "the letter's own yesterday", "the writer's own word after a paper"])
def test_a_dated_paper_s_words_count_from_its_date(body, fragment, registers):
    """Review 11 S5: in a letter of October 30, the words Khrushchev's letter of October 26 is
    quoted as saying (`Yesterday I received ...`) counted from the 30th, the 29th; a message of
    October 22 saying the quarantine would begin on Wednesday, the 31st. The words a paper of a
    date is quoted (`said: "..."`) or reported (`said that ...`) as saying count from its date;
    where that date is not read, they are left undated. The letter's own words, a quotation of
    no dated paper and a sentence after one naming a paper count from the letter's date."""
    tei, _ = encode_text(page(body, date="October 30, 1962", title=LETTER), registers)
    assert fragment in body_xml(tei)


def test_a_dated_paper_s_words_quoted_across_paragraphs_count_from_its_date(registers):
    """Review 11 S5, the quotation in paragraphs of its own under the words introducing it: they
    count from the paper's date to the paragraph closing the quotation; the letter's own after
    it, a quotation under `He said:` and one after a paragraph naming a paper but introducing
    none of its words, from the letter's; under a paper of a day not read, from none."""
    body = ('In his letter of October 26 Khrushchev said:\n\n"Yesterday I received your letter.'
            '\n\nTomorrow I shall reply."\n\nYesterday we replied.\n\n'
            'Your letter of October said:\n\n"Tomorrow we go."\n\n'
            'He said:\n\n"Yesterday we met."\n\nI received your letter of October 27.\n\n'
            '"Yesterday we met," you wrote.')
    tei, _ = encode_text(page(body, date="October 30, 1962", title=LETTER), registers)
    xml = body_xml(tei)
    assert f'"<date when="1962-10-25" {INFERRED}>Yesterday</date> I received' in xml
    assert f'<date when="1962-10-27" {INFERRED}>Tomorrow</date> I shall reply' in xml
    assert f'<date when="1962-10-29" {INFERRED}>Yesterday</date> we replied' in xml
    assert '"Tomorrow we go."' in xml
    assert xml.count(f'"<date when="1962-10-29" {INFERRED}>Yesterday</date> we met') == 2
