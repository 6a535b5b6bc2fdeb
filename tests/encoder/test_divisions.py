"""A file of several documents one after another (a night's cables) -> a div for each.

Each case gives the source and what its TEI must hold; every document made here is valid against
the project schema, its Schematron and tei_all. The page shows each document as a part of its own
(XPath on the HTML).
"""

from __future__ import annotations

import pytest
from lxml import html

from edition.render.html import render_fragment
from tests.conftest import TEI, body_xml, document_context, encode_text, page

TITLE = "Cables from Soviet Ambassador to Cuba A. Alekseev to the USSR Foreign Ministry, 1962"
ALEKSEEV = '<persName ref="persons.xml#alekseev-aleksandr">ALEKSEEV</persName>'
HAVANA = '<placeName ref="places.xml#havana">Havana</placeName>'


def cable(number: int, day: int, heading: str = "CIPHERED TELEGRAM No. {n}") -> str:
    return (f"{heading.format(n=number)}\n\nHavana, {day} October 1962\n\n"
            f"Castro came to the embassy at night.\n\n{day}.X.62 ALEKSEEV")


def cables(*parts: str, top: str = "TOP SECRET\nMaking copies prohibited") -> str:
    return f"{TITLE}\n\n{top}\n\n" + "\n\n".join(parts) + "\n\n[Source: AVP RF, Moscow.]\n"


def part(n: int, number: int, day: int) -> str:
    """The TEI of `cable(number, day)` whose heading is line `n`."""
    return (f'<div type="part"><head n="{n}" xml:id="L{n}">CIPHERED TELEGRAM No. {number}</head>'
            f'<opener><dateline n="{n + 1}" xml:id="L{n + 1}">{HAVANA}, <date when="1962-10-'
            f'{day}">{day} October 1962</date></dateline></opener><p n="{n + 2}" xml:id="L{n + 2}">'
            f'Castro came to the embassy at night.</p><closer><dateline n="{n + 3}" '
            f'xml:id="L{n + 3}"><date when="1962-10-{day}">{day}.X.62</date></dateline>'
            f'<signed n="{n + 4}" xml:id="L{n + 4}">{ALEKSEEV}</signed></closer></div>')


STAMP = ('<opener><stamp n="1" xml:id="L1">TOP SECRET<lb/>Making copies prohibited</stamp>'
         '</opener>')


@pytest.mark.parametrize("source, expected", [
    pytest.param(cables(cable(1, 26), cable(2, 27), cable(3, 27)),
                 STAMP + part(2, 1, 26) + part(7, 2, 27) + part(12, 3, 27),
                 id="r6 5.6: three cables, each its heading, dateline and signature"),
    pytest.param(cables(cable(1, 26), cable(2, 27), top="We forward two cables."),
                 '<p n="1" xml:id="L1">We forward two cables.</p>' + part(2, 1, 26)
                 + part(7, 2, 27), id="a paragraph above them the file's"),
])
def test_each_cable_of_a_file_of_several_is_a_div_of_its_own(valid_tei, source, expected):
    """Review r6 (5.6): three cables run together; their headings, datelines and all signatures
    but the last were paragraphs of one text."""
    assert body_xml(valid_tei(source)) == \
        f'<div type="document" subtype="telegram">{expected}</div>'


@pytest.mark.parametrize("source", [
    pytest.param(cables(cable(1, 26)), id="one cable"),
    pytest.param(cables(cable(1, 26), cable(2, 27, "CIPHERED TELEGRAM No. {n}\n\nSECRET")),
                 id="the second heading not right above its dateline"),
    pytest.param(cables(cable(1, 26), cable(2, 27, "PRIORITY TELEGRAM No. {n}")),
                 id="two headings of other words"),
    pytest.param(cables(cable(1, 26, "Telegram No. {n} follows"),
                        cable(2, 27, "Telegram No. {n} follows")),
                 id="r9 R5: a line that says more than a document's number"),
    pytest.param(cables("CIPHERED TELEGRAM No. 1\n\nHavana, 26 October 1962", cable(2, 27)),
                 id="a heading and dateline with no text of their own"),
    pytest.param(cables(cable(1, 26), cable(2, 27)).replace(TITLE, "Memorandum of Conversation "
                                                            "Between Alekseev and Castro, 1962"),
                 id="a memorandum's sections are no documents"),
])
def test_a_heading_that_heads_no_second_dated_document_divides_nothing(registers, source):
    tei, _ = encode_text(source, registers)
    assert not tei.xpath("//t:div[@type='part' or @type='entry']", namespaces=TEI)



@pytest.mark.parametrize("heading", ["Telegram No. {n}", "Ciphered telegram No. {n}",
                                     "Letter No. {n}"])
def test_a_document_s_number_in_small_letters_heads_its_part(valid_tei, heading):
    """Review r9 (R5): `Telegram No. 1` / `Telegram No. 2` over their datelines divided nothing,
    as no heading in capitals: both headings and datelines were paragraphs, and the first
    telegram's signature a line of its text."""
    tei = valid_tei(cables(cable(1, 26, heading), cable(2, 27, heading)))
    assert [h.text for h in tei.xpath("//t:div[@type='part']/t:head", namespaces=TEI)] == \
        [heading.format(n=1), heading.format(n=2)]
    assert tei.xpath("count(//t:div[@type='part']/t:closer/t:signed)", namespaces=TEI) == 2


TWO_TELEGRAMS = ("Telegram No. {n}\n\nHAVANA, 28 October 1962, {time}\n\nToday Castro received "
                 "me in the presence of Dorticós.\n\nA. ALEKSEEV")


def test_two_numbered_telegrams_of_a_page_are_two_parts_before_the_summary(valid_tei):
    """The r9 page of two telegrams: each its part, its head, dateline and signature; the
    archive's summary after the second still the abstract."""
    summary = "Two ciphered telegrams from Alekseev reporting Castro's reaction."
    tei = valid_tei(page(TWO_TELEGRAMS.format(n=1, time="14:30") + "\n\n"
                         + TWO_TELEGRAMS.format(n=2, time="22:10") + f"\n\n{summary}",
                         date="October 28, 1962", title="Two Telegrams from Soviet Ambassador "
                         "Alekseev to the USSR Ministry of Foreign Affairs, 28 October 1962"))
    parts = tei.xpath("//t:div[@type='part']", namespaces=TEI)
    assert [p.xpath("string(t:head)", namespaces=TEI) for p in parts] == \
        ["Telegram No. 1", "Telegram No. 2"]
    assert [p.xpath("string(t:opener/t:dateline)", namespaces=TEI) for p in parts] == \
        ["HAVANA, 28 October 1962, 14:30", "HAVANA, 28 October 1962, 22:10"]
    assert [p.xpath("string(t:closer/t:signed)", namespaces=TEI) for p in parts] == \
        ["A. ALEKSEEV", "A. ALEKSEEV"]
    assert tei.findtext(".//t:abstract/t:p", namespaces=TEI) == summary


@pytest.mark.parametrize("top, head", [
    pytest.param("Telegram No. 1", "Telegram No. 1", id="r9 R5: the number heads one telegram"),
    pytest.param("Telegram No. 1 follows", "", id="a line that says more: the text's"),
])
def test_a_document_s_number_over_the_dateline_is_its_head(registers, top, head):
    """`Telegram No. 1` over the dateline of a file's one telegram is its head, the dateline its
    opener's, as `Section 1 of 2` and `CIPHERED TELEGRAM No. 1` are."""
    tei, _ = encode_text(page(f"{top}\n\nHAVANA, 28 October 1962, 14:30\n\nCastro received me."
                              "\n\nA. ALEKSEEV", title="Telegram from Ambassador Alekseev"),
                         registers)
    assert tei.xpath("string(//t:body/t:div/t:head)", namespaces=TEI) == head
    assert bool(tei.xpath("//t:body/t:div/t:opener/t:dateline", namespaces=TEI)) == bool(head)


SECTIONS = ("Telegram from A.I. Mikoyan to the CC CPSU, 16 November 1962\n\n{top}Havana, 16 "
            "November 1962\n\nCC CPSU\n\nI had a long talk with Fidel.\n\n{second}At the end he "
            "said he would answer tomorrow.\n\n16.XI.62 A. Mikoyan\n\n[Source: AVP RF.]\n")


@pytest.mark.parametrize("top, second, heads", [
    pytest.param("Section 1 of 2\n\n", "Section 2 of 2\n\nHavana, 16 November 1962\n\n",
                 ["Section 1 of 2", "Section 2 of 2"], id="r7 q2: each section a part"),
    pytest.param("Section 1 of 2\n\n", "", [], id="the first section's mark only: no parts"),
])
def test_a_telegram_sent_in_sections_opens_under_its_first_section_s_mark(valid_tei, top,
                                                                           second, heads):
    """Probe r7 (q2): `Section 1 of 2` over the dateline was the text's first paragraph, and the
    telegram had no opener: dateline and `CC CPSU` were paragraphs, as the second section's mark
    and dateline were."""
    tei = valid_tei(SECTIONS.format(top=top, second=second))
    assert [h.text for h in tei.xpath("//t:div[@type='part']/t:head", namespaces=TEI)] == heads
    assert tei.xpath("string((//t:head)[1])", namespaces=TEI) == "Section 1 of 2"
    assert [o.xpath("string(t:salute)", namespaces=TEI)
            for o in tei.xpath("//t:opener[t:dateline]", namespaces=TEI)][:1] == ["CC CPSU"]
    assert tei.xpath("count(//t:p[starts-with(., 'Section') or starts-with(., 'Havana')])",
                     namespaces=TEI) == 0


def test_a_sentence_on_a_section_of_a_text_heads_nothing(registers):
    text = "Section 1 of the agreement provides for inspection."
    tei, _ = encode_text(SECTIONS.format(top=f"{text}\n\n", second=""), registers)
    assert tei.xpath("string(//t:body/t:div/*[1])", namespaces=TEI) == text


def short(number: int, day: int, text: str) -> str:
    """A cable whose text is one short line the closing lines could take for theirs."""
    return cable(number, day).replace("Castro came to the embassy at night.", text)


@pytest.mark.parametrize("source, texts", [
    pytest.param(cables(short(1, 26, "Received.")), [["Received."]], id="one cable: Received."),
    pytest.param(cables(short(1, 26, "NOTHING NEW")), [["NOTHING NEW"]],
                 id="one cable: in capitals"),
    pytest.param(cables(short(1, 26, "Received."), cable(2, 27)),
                 [["Received."], ["Castro came to the embassy at night."]],
                 id="the first of two cables"),
])
def test_a_cable_whose_text_is_one_short_line_keeps_it_as_its_text(valid_tei, source, texts):
    """Review rvB (2): the closing lines began right under the heading, and the TEI was invalid
    (a head, then a closer: `Received.` its signature); the text is the line under the dateline,
    and the document's or part's opener the dateline."""
    tei = valid_tei(source)
    docs = tei.xpath("//t:div[@type='part']", namespaces=TEI) \
        or tei.xpath("//t:body/t:div", namespaces=TEI)
    assert [[p.text for p in doc.iterfind("t:p", TEI)] for doc in docs] == texts
    assert all(doc.find("t:opener/t:dateline", TEI) is not None for doc in docs)


def test_the_addressee_of_a_file_of_cables_is_the_one_its_cables_salute(valid_tei):
    """Review rvB (3): the addressee was read from the document's opener only; in a file of
    cables each cable's `USSR MFA` stands in its part, and a title naming no addressee (`Cables
    from ... A. Alekseev, 1962`) gave Alekseev, the sender, as the one who received them."""
    addressed = [cable(n, 25 + n).replace("1962\n\n", "1962\n\nUSSR MFA\n\n", 1)
                 for n in (1, 2)]
    source = cables(*addressed).replace(" to the USSR Foreign Ministry", "")
    tei = valid_tei(source)
    received = tei.xpath("//t:correspAction[@type='received']/*/@ref", namespaces=TEI)
    assert received == ["organizations.xml#ussr-mfa"]


def test_the_first_cable_s_dateline_of_the_document_s_day_is_its_doc_date(valid_tei):
    """Review rvB (9): the document's date is marked in a part's opener too (`tei.body`: a file
    of cables has no dateline above its first part), once, at the first dateline of its day."""
    tei = valid_tei(cables(cable(1, 26), cable(2, 27)).replace(", 1962", ", 26 October 1962", 1))
    marked = tei.xpath("//t:docDate", namespaces=TEI)
    assert [(d.get("when"), d.xpath("string(ancestor::t:div[1]/t:head)", namespaces=TEI))
            for d in marked] == [("1962-10-26", "CIPHERED TELEGRAM No. 1")]


def test_an_editors_note_between_a_cable_s_dateline_and_salutation_keeps_both_in_openers(
        valid_tei):
    """Review rvB (10): a note among a part's opening blocks is one of them (`tei.body.OPENING`);
    were it not, the salutation after it would stand bare in the part's div."""
    noted = cable(1, 26).replace("1962\n\n", "1962\n\n[Ed. note: The hour is illegible.]\n\n"
                                 "USSR MFA\n\n", 1)
    first = valid_tei(cables(noted, cable(2, 27))).xpath("//t:div[@type='part'][1]",
                                                        namespaces=TEI)[0]
    assert [child.tag.split("}")[1] for child in first][:4] == ["head", "opener", "note", "opener"]
    assert first.xpath("t:opener/t:salute", namespaces=TEI)


def test_each_cable_citing_a_post_s_telegram_in_its_head_reads_no_year(valid_tei):
    """Review rvB (11): each part's head is read for the post's telegram it cites (`MOSCOW 1962`
    under its dateline: telegram no. 1962, no year), the second cable's as well as the first's."""
    citing = [cable(n, 25 + n).replace("1962\n\n", "1962\n\nMOSCOW 1962\n\n", 1) for n in (1, 2)]
    tei = valid_tei(cables(*citing))
    cited = tei.xpath("//t:div[@type='part']/t:p[starts-with(., 'MOSCOW')]", namespaces=TEI)
    assert [(p.get("n"), p.find("t:date", TEI)) for p in cited] == [("4", None), ("10", None)]

def test_the_page_shows_each_cable_as_a_part_under_its_heading(valid_tei, registers):
    tei = valid_tei(cables(cable(1, 26), cable(2, 27)))
    shown = html.fragment_fromstring(str(render_fragment([tei.find(".//t:body/t:div", TEI)],
                                                         document_context(registers))))
    parts = shown.xpath("//div[contains(@class, 'tei-part')]")
    assert [p.xpath("string(.//h3[contains(@class, 'head')])") for p in parts] == \
        ["CIPHERED TELEGRAM No. 1", "CIPHERED TELEGRAM No. 2"]
    assert [len(p.xpath(".//div[@class='closer']")) for p in parts] == [1, 1]


DIARY = "Diary of V. Tikhmenev, Assistant to A.I. Mikoyan, Havana"
ENTRIES = ("3 November. Arrived in Havana at night.\n\n4 November. Sunday. We worked all day.\n\n"
           "Evening of the same day: Lechuga came.\n\nV. Tikhmenev")


@pytest.mark.parametrize("title", [
    pytest.param(DIARY, id="r6 5.12: Diary of ..."),
    pytest.param("Entries from the Diary of V. Tikhmenev, Havana",
                 id="rvD: Entries from the Diary of ..., a diary's extract"),
])
def test_each_entry_of_a_diary_is_a_div_under_its_dateline(valid_tei, title):
    """Review r6 (5.12): a diary's dated entries were flat paragraphs, their dates inside them."""
    tei = valid_tei(page(ENTRIES, date="November 3, 1962", title=title))
    entries = tei.xpath("//t:body/t:div/t:div[@type='entry']", namespaces=TEI)
    shown = [(e.xpath("string(t:opener/t:dateline)", namespaces=TEI),
              [" ".join("".join(p.itertext()).split()) for p in e.iterfind("t:p", TEI)])
             for e in entries]
    assert shown == [("3 November.", ["Arrived in Havana at night."]),
                     ("4 November. Sunday.", ["We worked all day.",
                                              "Evening of the same day: Lechuga came."])]
    assert entries[-1].find("t:closer", TEI) is None   # r7 4: the signature is the diary's
    assert tei.xpath("string(//t:body/t:div/t:div[last()]/following-sibling::t:closer/t:signed)",
                     namespaces=TEI) == "V. Tikhmenev"
    assert [p.get("n") for p in entries[0].iter(f"{{{TEI['t']}}}dateline", f"{{{TEI['t']}}}p")] \
        == ["1", "2"]   # the head and the text of one source line: a line each


def test_an_entry_headed_by_its_ordinal_day_and_weekday_is_an_entry(valid_tei):
    """Review rvB (18): `28th. Sunday.`, the head the dates read as an entry's
    (`date_patterns.DIARY_DAY_HEAD`), opened no entry (`divisions.ENTRY_HEAD`)."""
    body = "27th. Saturday. Arrived in Havana.\n\n28th. Sunday. We rested.\n\nV. Tikhmenev"
    tei = valid_tei(page(body, date="October 27, 1962", title=DIARY))
    entries = tei.xpath("//t:body/t:div/t:div[@type='entry']", namespaces=TEI)
    assert [(e.xpath("string(t:opener/t:dateline)", namespaces=TEI),
             e.xpath("string(t:opener/t:dateline/t:date/@when)", namespaces=TEI))
            for e in entries] == [("27th. Saturday.", "1962-10-27"),
                                  ("28th. Sunday.", "1962-10-28")]

@pytest.mark.parametrize("body, title", [
    pytest.param(ENTRIES, "Memorandum of Conversation, A.I. Mikoyan with Dorticos",
                 id="a memorandum's paragraphs opening with a date"),
    pytest.param("3 November. Arrived in Havana at night.\n\nWe worked all day.\n\nV. Tikhmenev",
                 DIARY, id="a diary of one entry"),
    pytest.param(ENTRIES, "Chronology of Events Compiled from the Embassy Diary, 22-28 October "
                 "1962", id="r7 4: a chronology its title says is compiled from a diary"),
    pytest.param(ENTRIES, "Entries from the Embassy's Chronology of Events, 22-28 October 1962",
                 id="entries from a chronology"),
    pytest.param(ENTRIES, "Chronology of Entries from the Embassy Diary, 22-28 October 1962",
                 id="a chronology of entries from a diary"),
])
def test_paragraphs_opening_with_a_date_elsewhere_are_no_entries(registers, body, title):
    tei, _ = encode_text(page(body, date="November 3, 1962", title=title), registers)
    assert not tei.xpath("//t:div[@type='part' or @type='entry']", namespaces=TEI)
