"""Helpers shared by the layout readers: blank-line paragraphs, web-page chrome, translator credits."""

from __future__ import annotations

import re

from ..correspondents import names_two_parties
from ..date_calendars import OLD_STYLE_NOTE
from ..date_checks import find_written_dates, spans_days
from ..dates import DateMention
from ..doc_types import ORAL_HISTORY_WORDS
from ..model import Field, Metadata, Paragraph
from ..registers import Registers

CHROME_LINES = frozenset({"skip to content", "back to top", "print", "share", "download"})
"""Lines of the archive's web page that are navigation, not document text."""

_FROM = r"(?:\s+from\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?:original|text|language))?)?"
"""The language a translation is made from, capitalised, between the word and its `by`:
"Translated from the Serbo-Croatian by the editors", "Translation from Russian by Svetlana
Savranskaya" (not "translated from memory by")."""
_BY = rf"\b(?:translation{_FROM}\s+by|translated{_FROM}\s+by|translator:?)"
_TRANSLATOR = re.compile(
    rf"{_BY}\s+"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}?)(?=\s+for\b|[.;,]|$)",
    re.IGNORECASE,
)


def is_blank(line: str) -> bool:
    """Blank lines separate paragraphs; a line of only (non-breaking) spaces counts as blank."""
    return not line.strip()


def paragraphs(lines: tuple[str, ...] | list[str], first_line: int = 1) -> list[Paragraph]:
    """Group consecutive non-blank lines into paragraphs, keeping the number of their first line."""
    found: list[Paragraph] = []
    current: list[str] = []
    start = first_line
    for number, line in enumerate(lines, first_line):
        if is_blank(line):
            if current:
                found.append(Paragraph(tuple(current), start))
                current = []
            continue
        if not current:
            start = number
        current.append(line.strip())
    if current:
        found.append(Paragraph(tuple(current), start))
    return found


def split_chrome(paras: list[Paragraph]) -> tuple[list[Paragraph], list[Field]]:
    """Drop web-page chrome lines ("Skip to content") and return them for the word check."""
    kept: list[Paragraph] = []
    chrome: list[Field] = []
    for para in paras:
        if len(para.lines) == 1 and para.text.strip().lower() in CHROME_LINES:
            chrome.append(Field(para.text, para.line))
        else:
            kept.append(para)
    return kept, chrome


SOURCE_EDITORS = "the editors of the source edition"
"""Who the header's `#ed` is; also the translator where the source statement says the editors
translated the text ("Translated by the editors from the Russian text.")."""
_BY_THE_EDITORS = re.compile(rf"{_BY}\s+the\s+editors?\b", re.IGNORECASE)


def translator_in(text: str) -> str:
    """The translator named in a source statement ("translation by Mark H. Doctoroff."), or
    `SOURCE_EDITORS` where the statement says the editors translated it."""
    if _BY_THE_EDITORS.search(text):
        return SOURCE_EDITORS
    match = _TRANSLATOR.search(text)
    if not match:
        return ""
    name = match.group("name").strip()
    return name[:-1] if name.endswith(".") and not re.search(r"\b\w\.$", name) else name


TRANSLATOR_FIELDS = frozenset({"translator", "translators", "translated by", "translation by"})
"""Labels of an archive field that names the translator (`Translator` / `J. Pérez`)."""

TRANSLATION_FIELD = "Translation"
"""The header field (`note type="field"`) that keeps the line above a text saying what language
it is translated from (`take_translation_note`)."""
TRANSLATION_NOTE = re.compile(r"(?P<open>\[)?(?:Translated|Translation)\s+from\s+(?:the\s+)?"
                              r"(?P<language>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
                              r"(?:\s+(?:original|text|language))?\.?(?(open)\])")
"""A line saying what language the text below is translated from: `Translated from Chinese`,
`Translation from the Russian`, `[Translated from Spanish]`, `Translated from the Serbo-Croatian
original.`; not `Translated from memory` (no language) nor a line that goes on."""


def take_translation_note(paras: list[Paragraph]) -> tuple[list[Paragraph], tuple[Field, ...]]:
    """The body without the line above its text that says what language it is translated
    from (`TRANSLATION_NOTE`, a paragraph of one line among its first two, naming a language
    `languages` knows or a compound of two, `Serbo-Croatian`), and that line as a field: a note
    on the text, the header's, not its first line."""
    from ..languages import language_tag   # here: its TEI package imports this module
    for index, para in enumerate(paras[:2]):
        found = TRANSLATION_NOTE.fullmatch(para.text.strip()) if len(para.lines) == 1 else None
        if found and all(language_tag(part) for part in found["language"].split("-")):
            return paras[:index] + paras[index + 1:], (Field(para.text.strip(), para.line,
                                                             column=1),)
    return paras, ()


def translator_of(metadata: Metadata) -> str:
    """The translator the source statement names, else the one a `Translator` (`Translated by`)
    field names."""
    named = translator_in(metadata.source.value)
    fields = (translator_in(f"translated by {field.value}") for label, field in metadata.extra
              if label.lower() in TRANSLATOR_FIELDS)
    return named or next(fields, "")


DIPLOMATIC_NOTE = (r"diplomatic notes?|notes? verbales?"
                   r"|(?P<parties>note (?:from|of) [^,;]*?(?-i:[A-Z])[\w.]*\)?"
                   r" to (?:the )?(?-i:[A-Z])\w*)")
"""A note one government or mission sends another, correspondence: `Note verbale`, `Note of the
USSR Ministry of Foreign Affairs to the Embassy of the United States`, `Note From the Secretary to
the President` (a party before `to` and after it: `correspondents.names_two_parties`); not `Note
by the Secretary`, `Notes of a Conversation`, `Note of the meeting held to discuss Berlin`, nor
`Note of the Meeting of the Presidium Held in Moscow to Discuss the Cuban Question`, memoranda."""
INSTRUCTION = (r"^(?P<parties>instructions? from [^,;]*?(?-i:[A-Z])[\w.]*\)?"
               r" to (?:the )?(?-i:[A-Z])\w*)")
"""An instruction its sender cables to the addressee, a telegram: a title opening `Instruction
from X to Y`, X and Y parties (`correspondents.names_two_parties`): `Instruction from the CC CPSU
to the Soviet Ambassador in Cuba`; not `Instructions to the Soviet Delegation`, `Instructions
from Moscow to Be Followed in Case of Attack` (no addressee), nor `Paper on the Instructions from
Washington to Havana Embassy` (a paper about them)."""
TITLE_WORDS: tuple[tuple[str, dict[str, str]], ...] = (
    ("memorandum", {   # of conversation (`MEMCON`): the header says so
        "en": r"(?:memorandum|record|notes?) of (?:a |the )?conversations?|memcons?",
        "ru": r"(?:запись|протокол) (?:беседы|бесед|разговора|переговоров)",
        "es": r"(?:memorándum|memorando|acta|notas?) de (?:la |una )?conversación",
        "de": r"gesprächsaufzeichnung|aufzeichnung (?:über (?:das|ein)|des) gesprächs?",
        "fr": r"compte[- ]rendu (?:de l['’]|d['’])entretien",
        "pl": r"(?:notatka|zapis|sprawozdanie) z (?:rozmowy|rozmów)"}),
    ("telegram", {
        "en": r"telegrams?|cables?|airgrams?|" + INSTRUCTION, "ru": r"(?:шифр)?телеграмм[аы]", "es": r"telegramas?",
        "de": r"telegramm|drahtbericht|fernschreiben", "fr": r"télégrammes?|dépêches?"}),
    ("letter", {
        "en": r"letters?|" + DIPLOMATIC_NOTE, "fr": r"lettres?",
        "de": r"brief(?=\s+(?:von|vom|des|der|an)\b)|briefe|schreiben", "es": r"cartas?",
        "ru": r"письм[оа]"}),
    ("transcript", {
        "en": r"transcripts?|telephone conversations?|telcons?|(?:news|press) conferences?"
              rf"|{ORAL_HISTORY_WORDS}(?: interviews?)?",
        "ru": r"стенограмм[аы]",
        "es": r"transcripción|versión (?:taquigráfica|estenográfica)", "de": r"wortprotokoll",
        "fr": r"transcription|compte[- ]rendu sténographique"}),
    ("minutes", {
        "en": r"minutes|record of", "ru": r"протокол (?:заседани|совещани|собрани)\w*",
        "es": r"actas?", "de": r"(?:sitzungs|kurz|ergebnis)?protokoll|niederschrift",
        "fr": r"procès-verbal|compte[- ]rendu de la (?:réunion|séance)"}),
    ("memorandum", {
        "en": r"memorandum|notes?", "ru": r"записк[аи]", "es": r"memorándum|memorando",
        "de": r"aufzeichnung|vermerk", "fr": r"mémorandum", "pl": r"notatka"}),
    ("minutes", {   # a debate's record, after any other type a paper about a debate has
        "en": r"debates?|hansard|sitting of the house", "ru": r"прения",
        "es": r"debates?|diario de (?:las )?sesiones", "de": r"debatte|plenarprotokoll",
        "fr": r"débats?"}),
    ("drama", {"en": r"(?:act|scene) (?:[0-9]+|[ivxlc]+)"}),
)
"""Each document type and the words of a title naming it, in each language of the corpus, the
more specific rows first: `Memorandum of Conversation`, `Запись беседы`, `Acta de la conversación`
(a memorandum of conversation); `Telegram`, `Шифртелеграмма`, `Airgram` (the State Department's
telegram sent by pouch); `Letter`, `Lettre du général de
Gaulle au président Kennedy`, `Brief von Bundeskanzler Adenauer an ...` (not an English `Brief for
the President`), `Carta de ...`, `Письмо ...`, a diplomatic note (`DIPLOMATIC_NOTE`); `Transcript`,
`Стенограмма`, `Telephone Conversation Between President Kennedy and ...` (FRUS titles the same
record `Transcript of Telephone Conversation ...`), `The President's News Conference`; `Minutes`, `Протокол заседания Президиума`, `Acta de la reunión`, `Procès-verbal`;
`Memorandum`, `Записка`, `Aufzeichnung`, Polish `Notatka` (`Notatka z rozmowy`, a memorandum
of conversation); the record of a debate (`House of Commons Debate: Cuba`,
`Hansard`, `Sitting of the House`), minutes, but only when the title names no other type (a
`Memorandum on the Commons Debate` is a memorandum)."""
DOC_TYPE_WORDS = tuple(("|".join(words.values()), doc_type) for doc_type, words in TITLE_WORDS)
DOC_TYPES = tuple((re.compile(rf"\b(?:{words})\b", re.IGNORECASE), doc_type)
                  for words, doc_type in DOC_TYPE_WORDS)
"""Words naming a document type, as whole words ("Report on the Contact ..." is no act of a
play, "Newsletter" no letter), the more specific first: a "Record of Conversation" (the Soviet
memcon's title) is a memorandum of conversation before a "record of" a meeting is minutes, and a
diplomatic note (`DIPLOMATIC_NOTE`) a letter before any other note is a memorandum."""
MEMCON = DOC_TYPES[0][0]
"""A memorandum of conversation; `tei.header` names the type so when the source does."""


def of_conversation(metadata: Metadata) -> bool:
    """Whether a memorandum is one of conversation: its title or the archive's Type says so
    ("Memorandum From Kissinger to Nixon" is not). It records talks, it is not sent."""
    return bool(MEMCON.search(f"{metadata.doc_type.value} {metadata.title.value}"))


REPORT = re.compile(r"\b(?:reports?|доклад|отч[её]т|informe|bericht|rapport)\b", re.IGNORECASE)
"""A report as a title or the archive's Type names it (`Report of the Chairman of the Joint
Chiefs of Staff ...`, Type `Report`, `Доклад`, `Informe`, `Bericht`, `Rapport`), whole words
(`Reporting Procedures` is none); `tei.header` names a document of no other type so."""


def names_a_report(metadata: Metadata) -> bool:
    """Whether the archive's Type or the title names a report (`REPORT`): the reader's name of a
    document of no type of the brief's list (`other`), which `div/@subtype` keeps."""
    return bool(REPORT.search(f"{metadata.doc_type.value} {metadata.title.value}"))


def doc_type_of(*texts: str, registers: Registers | None = None) -> str:
    """The document type from the archive's Type field or the title ("other" if none fits); the
    registers, where given, name the parties of a diplomatic note (`Note from Khrushchev to`).

    The type is the one the text names first, its head noun: `Memorandum from Secretary Rusk to
    President Kennedy, Transmitting a Telegram from Ambassador Hare` is a memorandum, `Telegram
    transmitting the Note of the Soviet Government` a telegram; where two rows name words at the
    same place, the row first in `DOC_TYPES` (`Record of Conversation` before `Record of`). A
    later text is read only where the earlier names no type, or only the bare `Note`."""
    for index, text in enumerate(texts):
        doc_type = _named_type(text, registers)
        if BARE_NOTE.fullmatch(text.strip()):   # the title's `Note from X to Y` says which
            after = (_named_type(later, registers) for later in texts[index + 1:])
            doc_type = next((named for named in after if named != "other"), doc_type)
        if doc_type != "other":
            return doc_type
    return "other"


BARE_NOTE = re.compile(r"notes?", re.IGNORECASE)
"""The archive's Type field `Note`, which names a diplomatic note (a letter) as well as a note
for the file (a memorandum): the title, where it names a type, says which (`Note from U Thant to
Chairman Khrushchev`, a letter)."""


def _named_type(text: str, registers: Registers | None) -> str:
    """The type whose words `text` names first (`doc_type_of`), "other" where none."""
    named = [(start, row, doc_type) for row, (words, doc_type) in enumerate(DOC_TYPES)
             if (start := _first_named(words, text, registers)) is not None]
    return min(named)[2] if named else "other"


TYPE_LEAD = re.compile(r"(?:copy|translation|text|draft)\s+of\s+(?:the\s+)?", re.IGNORECASE)
"""What a heading may say of its document before its type: `TRANSLATION OF TELEGRAM`, `COPY OF
TELEGRAM`, `TEXT OF LETTER`, `DRAFT OF THE TELEGRAM`."""


def doc_type_opening(text: str) -> str:
    """The document type whose words open `text` ("other" if none does), after a lead saying
    what copy it is (`TYPE_LEAD`): `MEMORANDUM FOR THE RECORD`, a memorandum, `TRANSLATION OF
    TELEGRAM`, a telegram; not a line that only names one further on (`FOLLOWING IS TEXT OF
    PRESIDENT'S LETTER TO CHAIRMAN KHRUSHCHEV`, `TEXT OF PRESIDENT'S LETTER ...`, `REFERENCE
    YOUR TELEGRAM 1234`)."""
    text = text.strip()
    text = text[lead.end():] if (lead := TYPE_LEAD.match(text)) else text
    return next((doc_type for words, doc_type in DOC_TYPES
                 if _first_named(words, text, None) == 0), "other")


def _first_named(words: re.Pattern[str], text: str, registers: Registers | None) -> int | None:
    """Where `words` first name a type in `text`, None where they do not: a diplomatic note's
    words (`Note from X to Y`) only where X and Y are parties (`names_two_parties`)."""
    for match in words.finditer(text):
        if not match.groupdict().get("parties") or names_two_parties(text, registers):
            return match.start()
    return None


UNDATED_LINE = re.compile(r"\s*(?:n\.\s?d\.|undated|no date|s\.\s?f\.|sin fecha|b\.\s?d\.|"
                          r"bez daty|o\.\s?D\.|ohne Datum|без даты)\s*", re.IGNORECASE)
"""The archives' words for a paper that bears no date, a date line of their own: `n.d.`,
`Undated`, Spanish `s.f.`, Polish `b.d.`, German `o.D.`, Russian `без даты`."""


def is_date_line(line: str, mentions: list[DateMention] | None = None) -> bool:
    """`November 5, 1962`, `Evening 5 November 1962`, `October 28, 1962, 1400 hrs`: a date with
    at most two other words, a comma not one (also a date that names no real day, `November 31,
    1962`: `structure` reports it), with its day's note in the Julian calendar (`November 3,
    1962 (O.S. October 21)`: `OLD_STYLE_NOTE`); or the words of no date (`UNDATED_LINE`: `n.d.`).
    The `mentions` are the line's `find_written_dates` where the caller has them."""
    if UNDATED_LINE.fullmatch(line):
        return True
    mentions = find_written_dates(line) if mentions is None else mentions
    if not mentions:
        return False
    rest = OLD_STYLE_NOTE.sub(" ", line[:mentions[0].start] + line[mentions[-1].end:])
    return len([word for word in rest.split() if word.strip(",;")]) <= 2


def split_title_date(line: str) -> tuple[str, str] | None:
    """Split `Mikoyan Telegram to the CC CPSU (no. 1856) November 19, 1962` into title and date
    (also `... CC CPSU 11/5/62`, a date read either way: `date_checks` reports it; and a span of
    days, `Three Cables ..., 26-27 October 1962`, not of months or years:
    `date_checks.spans_days`). The date may end in an abbreviation's period, a time's or a
    year's: `..., October 27, 1962, 10:42 a.m.`, `..., 6 ноября 1962 г.`."""
    mentions = [m for m in find_written_dates(line) if not line[m.end:].strip(". ")
                and (m.when or m.impossible or m.readings or spans_days(m))]
    if not mentions or mentions[-1].start == 0:
        return None
    cut = mentions[-1].start
    return line[:cut].strip().rstrip(",;:").rstrip(), line[cut:].strip()
