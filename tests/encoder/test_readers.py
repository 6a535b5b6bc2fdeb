"""Source layouts: which reader takes a file, and what it keeps where (source -> TEI, diagnostics)."""

from __future__ import annotations

import pytest

from tests.conftest import TEI, body_xml, encode_text

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
     ["x.txt:10:1: warning: text after the [Source: ...] line is kept in the header as 'After the "
      "source statement'; the source statement is a telegram's last line [telegram-after-source]"],
     ["Personal Archive of Sergo Mikoyan", "Transcribed by J. Smith, 2024."]),
    (f"Mikoyan Telegram to the CC CPSU\n\n{BODY}{SOURCE}\n",
     ["x.txt:1: warning: no document date found; dates in the text stay unresolved "
      "[date-missing]"], ["Personal Archive of Sergo Mikoyan"]),
], ids=["telegram", "a line after the source statement", "no date in the title"])
def test_a_telegram_keeps_its_source_statement_and_closer(text, diagnostics, notes, registers):
    tei, reporter = encode_text(text, registers)
    assert [str(d) for d in reporter.sorted()] == diagnostics
    assert source_notes(tei) == notes
    assert body_xml(tei).endswith(f"{CLOSER}</div>")


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
