"""Source layouts: which reader takes a file, and what it keeps where (source -> TEI, diagnostics)."""

from __future__ import annotations

import re

import pytest

from edition.collect import collect_document

from tests.conftest import TEI, body_xml, compact_xml, encode_text

TITLE = "Mikoyan Telegram to the CC CPSU (no. 1856) November 19, 1962"
BODY = "CC CPSU.\n\nWe met Dorticos.\n\n19.XI.62 A. Mikoyan\n\n"
SOURCE = "[Source: Personal Archive of Sergo Mikoyan]"
CLOSER = ('<closer><dateline n="3" xml:id="L3"><date when="1962-11-19">19.XI.62</date></dateline>'
          '<signed n="4" xml:id="L4"><persName ref="persons.xml#mikoyan-anastas">A. Mikoyan'
          '</persName></signed></closer>')


def source_notes(tei) -> list[str]:
    return ["".join(n.itertext()) for n in tei.iterfind(".//t:sourceDesc/t:bibl/t:note", TEI)]


@pytest.mark.parametrize("text, diagnostics, notes", [
    (f"{TITLE}\n\n{BODY}{SOURCE}\n", [], ["Personal Archive of Sergo Mikoyan"]),
    (f"{TITLE}\n\n{BODY}{SOURCE}\nTranscribed by J. Smith, 2024.\n",
     ["x.txt:10:1: warning: text after the [Source: ...] statement is kept in the header as 'After "
      "the source statement'; the source statement is a telegram's last line "
      "[telegram-after-source]"],
     ["Personal Archive of Sergo Mikoyan", "Transcribed by J. Smith, 2024."]),
    (f"Mikoyan Telegram to the CC CPSU\n\n{BODY}{SOURCE}\n",
     ["x.txt:1:1: warning: no document date found; dates in the text that count from it "
      "(tomorrow, on Monday, 7 November) stay unresolved [date-missing]"],
     ["Personal Archive of Sergo Mikoyan"]),
], ids=["telegram", "a line after the source statement", "no date in the title"])
def test_a_telegram_keeps_its_source_statement_and_closer(text, diagnostics, notes, registers):
    tei, reporter = encode_text(text, registers)
    assert [str(d) for d in reporter.sorted()] == diagnostics
    assert source_notes(tei) == notes
    assert body_xml(tei).endswith(f"{CLOSER}</div>")


def bibl_notes(tei) -> str:
    """The notes of the source's `bibl` as compact XML without namespace declarations."""
    return "".join(compact_xml(n) for n in tei.iterfind(".//t:sourceDesc/t:bibl/t:note", TEI))


STAMPED = ('<stamp rend="Stamp">received <date when="1962-11-20">20.XI.62</date></stamp>')


@pytest.mark.parametrize("source, diagnostics, notes", [
    # a stamp inside the statement is the statement's: a phrase of its note, which TEI allows
    # (not of `bibl` itself, which holds no stamp)
    ("[Source: Personal Archive [Stamp: received 20.XI.62]]", [],
     f'<note type="source">Personal Archive {STAMPED}</note>'),
    # session 19: one after it on its line was read into the statement, up to the line's last
    # `]`, and refused as unpaired brackets ("']' without a matching '['"); it is kept as a line
    # after the statement, said where it begins
    ("[Source: Personal Archive] [Stamp: received 20.XI.62]",
     ["x.txt:9:28: warning: text after the [Source: ...] statement is kept in the header as "
      "'After the source statement'; the source statement is a telegram's last line "
      "[telegram-after-source]"],
     '<note type="source">Personal Archive</note>'
     f'<note type="field" n="After the source statement">{STAMPED}</note>'),
    ("  [Source: Personal Archive]   [Stamp: received 20.XI.62]",
     ["x.txt:9:32: warning: text after the [Source: ...] statement is kept in the header as "
      "'After the source statement'; the source statement is a telegram's last line "
      "[telegram-after-source]"],
     '<note type="source">Personal Archive</note>'
     f'<note type="field" n="After the source statement">{STAMPED}</note>'),
    # session 19: a line with words after the statement was no source line, so the statement
    # became a `supplied` of the body, silently
    ("[Source: Personal Archive] [Stamp: received 20.XI.62] (copy)",
     ["x.txt:9:28: warning: text after the [Source: ...] statement is kept in the header as "
      "'After the source statement'; the source statement is a telegram's last line "
      "[telegram-after-source]"],
     '<note type="source">Personal Archive</note>'
     f'<note type="field" n="After the source statement">{STAMPED} (copy)</note>'),
], ids=["stamp inside", "stamp after", "stamp after, indented", "words after"])
def test_a_stamp_on_the_source_line_is_kept_and_valid(source, diagnostics, notes, registers,
                                                      validator):
    tei, reporter = encode_text(f"{TITLE}\n\n{BODY}{source}\n", registers)
    assert [str(d) for d in reporter.sorted()] == diagnostics
    assert bibl_notes(tei) == notes
    assert validator.validate(tei, "x", lambda ref: registers.get(ref) is not None) == []
    assert validator.tei_all.validate(tei), validator.tei_all.error_log


def test_brackets_of_the_source_line_that_do_not_pair_stay_the_statements(registers):
    """`[Source: An archive]]`: the statement up to the line's last `]`, where the encoder
    reports the stray one, at the statement's line."""
    _, reporter = encode_text(f"{TITLE}\n\n{BODY}[Source: Personal Archive]]\n", registers)
    assert [(d.location.line, d.code) for d in reporter.sorted()] == [(9, "bracket-unbalanced")]


@pytest.mark.parametrize("text, diagnostic", [
    (f"November 19, 1962\n\nMikoyan Telegram to the CC CPSU\n\n{BODY}{SOURCE}\n",
     "x.txt:11:1: warning: this [Source: ...] line is read as text, not as the source statement "
     "of a telegram: line 1 is a date line (a telegram opens with its title, the date at its end) "
     "[telegram-layout]"),
    (f"{TITLE}\n\n{BODY}{SOURCE}\n\n" + "\n".join(f"Line {n}." for n in range(6)),
     "x.txt:9:1: warning: this [Source: ...] line is read as text, not as the source statement of "
     "a telegram: 6 lines follow it (a telegram's source statement is its last line, at most 5 "
     "may follow) [telegram-layout]"),
], ids=["a date line first", "too many lines after it"])
def test_a_source_statement_not_read_as_a_telegrams_is_reported(text, diagnostic, registers):
    _, reporter = encode_text(text, registers)
    assert diagnostic in [str(d) for d in reporter.sorted()]


def info_fields(tei) -> list[tuple[str, str]]:
    return [(n.get("n") or n.get("type"), "".join(n.itertext()))
            for n in tei.iterfind(".//t:sourceDesc/t:bibl/t:note", TEI)]


def translator(tei) -> list[str]:
    return tei.xpath("//t:titleStmt/t:respStmt[@xml:id='translator']/t:persName/text()",
                     namespaces=TEI)


@pytest.mark.parametrize("block, fields, translators, diagnostics", [
    # a Translator field is a field of its own, and names the translator
    ("Source\n\nAn archive.\n\nTranslator\n\nJ. Pérez",
     [("source", "An archive."), ("Translator", "J. Pérez")], ["J. Pérez"], []),
    ("Source\n\nAn archive.\n\nTranslated by\n\nJane Roe",
     [("source", "An archive."), ("Translated by", "Jane Roe")], ["Jane Roe"], []),
    # the source statement's translator first
    ("Source\n\nAn archive; translation by Mark H. Doctoroff.\n\nTranslator\n\nJ. Pérez",
     [("source", "An archive; translation by Mark H. Doctoroff."), ("Translator", "J. Pérez")],
     ["Mark H. Doctoroff"], []),
    # a label no list holds, between complete fields: its own field, and a warning
    ("Source\n\nAn archive.\n\nTranslater\n\nJ. Pérez\n\nRecord ID\n\n1",
     [("source", "An archive."), ("Translater", "J. Pérez")], [],
     ["x.txt:13: warning: 'Translater' is not a label of the Document Information block (did "
      "you mean 'translator'?); it stands alone between the fields, so it is kept as the label "
      "of the lines under it [info-label-unknown]"]),
    # the items of a list are no labels
    ("Source\n\nAn archive.\n\nAssociated Topics\n\nCuban Missile Crisis\n\nNuclear Weapons",
     [("source", "An archive."), ("Associated Topics", "Cuban Missile Crisis Nuclear Weapons")],
     [], []),
    # an upload date whose digits are not read says so
    ("Source\n\nAn archive.\n\nOriginal Uploaded Date\n\n2011.11.20",
     [("source", "An archive.")], [],
     ["x.txt:15:1: warning: the upload date '2011.11.20' is not read as a date (write it "
      "2011-11-20 or November 20, 2011); kept as printed, without @when [date-unread]"]),
    # one that names a day month first only is read so, and says it
    ("Source\n\nAn archive.\n\nOriginal Uploaded Date\n\n11/20/2011",
     [("source", "An archive.")], [],
     ["x.txt:15:1: warning: 11/20/2011 has no month 20: read month first, as 20 November 2011 "
      "[date-month-first]"]),
    # session 20 (h10): the archive's page repeats the label in the value (`Source` / `Source:
    # Department of State, ...`): the label is the page's, not the source statement's
    ("Source\n\nSource: Department of State, Central Files, 611.3722/10-2962. Secret.",
     [("source", "Department of State, Central Files, 611.3722/10-2962. Secret.")], [], []),
    ("Source\n\nSource: An archive.\n\nOriginal Archive\n\noriginal archive: Archive of Foreign Policy",
     [("source", "An archive."), ("Original Archive", "Archive of Foreign Policy")], [], []),
    # a colon after other words is the statement's own
    ("Source\n\nDepartment of State: Central Files.",
     [("source", "Department of State: Central Files.")], [], []),
], ids=["Translator", "Translated by", "source statement first", "unknown label", "list items",
        "upload date unread", "upload date month first", "label repeated", "label repeated, any field",
        "a colon of the statement"])
def test_the_fields_of_the_information_block(block, fields, translators, diagnostics, registers,
                                             validator):
    text = ("November 5, 1962\n\nMemorandum of Conversation\n\nA.I. MIKOYAN. Yes.\n\n"
            f"Document Information\n\n{block}\n")
    tei, reporter = encode_text(text, registers)
    assert [str(d) for d in reporter.sorted()] == diagnostics
    assert info_fields(tei) == fields
    assert translator(tei) == translators
    assert validator.validate(tei, "x.txt", lambda ref: registers.get(ref) is not None) == []


def bibl_date(tei) -> list[str]:
    return [compact_xml(d) for d in tei.iterfind(".//t:sourceDesc/t:bibl/t:date", TEI)]


@pytest.mark.parametrize("heading, block, dates, fields, diagnostics", [
    # session 21 (r6 2.2): the block's Date field was kept as a field only, so a page that
    # prints no date over its title was undated, cited n.d., warned of no date
    ("", "Date\n\n1962-12-01", ['<date when="1962-12-01">1962-12-01</date>'],
     [("source", "An archive.")], []),
    ("", "DATE\n\nDecember 1, 1962",
     ['<date when="1962-12-01">December 1, 1962</date>'], [("source", "An archive.")], []),
    # the page's own date line is the document's; the field stays a field beside it
    ("November 5, 1962\n\n", "Date\n\n1962-12-01",
     ['<date when="1962-11-05">November 5, 1962</date>'],
     [("source", "An archive."), ("Date", "1962-12-01")], []),
    # a field that names no day dates nothing, and says so where it stands
    ("", "Date\n\nundated", ["<date>undated</date>"], [("source", "An archive.")],
     ["x.txt:13:1: warning: no document date found; dates in the text that count from it "
      "(tomorrow, on Monday, 7 November) stay unresolved [date-missing]"]),
], ids=["Date field", "DATE field, words", "date line first", "Date field naming no day"])
def test_the_date_field_dates_a_page_without_a_date_line(heading, block, dates, fields,
                                                         diagnostics, registers, validator):
    text = (f"{heading}Note on the Return Flight\n\nWe flew home.\n\n"
            f"Document Information\n\nSource\n\nAn archive.\n\n{block}\n")
    tei, reporter = encode_text(text, registers)
    assert [str(d) for d in reporter.sorted()] == diagnostics
    assert bibl_date(tei) == dates
    assert info_fields(tei) == fields
    when = re.findall(r'when="([^"]+)"', "".join(dates))
    assert collect_document("x", tei, registers)[0].record.date == "".join(when)  # page, citations
    assert validator.validate(tei, "x.txt", lambda ref: registers.get(ref) is not None) == []


def test_a_page_without_its_information_block_is_reported(registers):
    """Review round 11 (M3): a page copied short, no `Document Information` block after the
    text, was published with its source, rights and record ID "not stated", and no word said."""
    _, reporter = encode_text("November 3, 1962\n\nTelegram from Havana\n\nThe ships sailed.\n",
                              registers)
    assert [str(d).split(": warning: ")[1] for d in reporter.diagnostics] == [
        "no 'Document Information' block after the text: its source, rights and record ID are "
        "not stated (a page copied short?) [info-missing]"]
