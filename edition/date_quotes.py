"""The day a date line gives the paragraphs after it: a second telegram's, a quotation's."""

from __future__ import annotations

from .date_checks import is_dateline
from .date_papers import introduced_day
from .dates import find_dates
from .model import Paragraph

OPENING_MARKS = ('"', "“")


def part_days(paras: list[Paragraph], part_day: str = "",
              document_day: str = "") -> dict[int, str]:
    """First line of each paragraph whose relative dates count from a day of its own -> that
    day: `part_day` outside a quotation (the day of the dateline that opens one of several
    documents, `Telegram No. 2` / `HAVANA, 30 October 1962`: its `Today` is the 30th; a date line
    in a document's text, `Chairman Khrushchev, 26 October 1962`, is no part's and re-dates
    nothing), and in a quotation across paragraphs (one that opens with a quotation mark it does
    not close, up to the one that closes it) after the quoted document's own date line (`"SECRET`
    / `Ankara, November 14, 1962, 6 p.m.` / ... / `Hare"`) the day that line gives: the quoted
    telegram's `this afternoon` is its day, not the covering memorandum's. A quotation right
    after a paragraph ending by introducing a dated paper's words (`In his letter of October 26
    Khrushchev said:`) counts from the paper's day (`date_papers.introduced_day`, read against
    `document_day`), or from none ('') where that date names no day read. The others count
    from the document's date."""
    found: dict[int, str] = {}
    inside, day, paper, quoting = False, "", None, False
    for para in paras:
        text = para.text.strip()
        if not inside:
            quoting = paper is not None and text.startswith(OPENING_MARKS)
            if part_day or quoting:
                found[para.line] = paper if quoting else part_day
            inside, day = _opens_a_quotation(text), paper if quoting else ""
            paper = introduced_day(text, part_day or document_day)
            continue
        if day or part_day or quoting:
            found[para.line] = day if day or quoting else part_day
        if not day and (line_day := _date_line(text)):
            day = line_day
        inside = _opens_a_quotation(text) or not _unbalanced(text)
    return found


def opener_day(paras: list[Paragraph]) -> str:
    """The day the first date line among `paras` (a part's opening lines) gives; '' if none."""
    return next((day for para in paras if (day := _date_line(para.text.strip()))), "")


def _opens_a_quotation(text: str) -> bool:
    """Whether a paragraph opens a quotation it does not close (`"SECRET`), as each paragraph of
    a quotation across paragraphs may (English style: only the last closes)."""
    return text.startswith(OPENING_MARKS) and _unbalanced(text)


def _unbalanced(text: str) -> bool:
    """Whether a paragraph's quotation marks leave one open or close one opened before it."""
    return text.count('"') % 2 == 1 or text.count("“") != text.count("”")


def _date_line(text: str) -> str:
    """The day a paragraph that is a date line gives (`Ankara, November 14, 1962, 6 p.m.`,
    `Moscow, 14 November 1962, 1800 hours` -> `1962-11-14`): a date line as the opener reads
    one (`date_checks.is_dateline`) with one date of a day and its year; '' for any other."""
    if not is_dateline(text):
        return ""
    dates = find_dates(text, None)
    if len(dates) != 1 or dates[0].inferred or len(dates[0].when) < 10:
        return ""
    return dates[0].when[:10]
