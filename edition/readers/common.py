"""Helpers shared by the layout readers: blank-line paragraphs, web-page chrome, translator credits."""

from __future__ import annotations

import re
from dataclasses import replace

from ..correspondents import names_two_parties
from ..date_checks import find_written_dates, is_dateline, spans_days
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


def translator_of(metadata: Metadata) -> str:
    """The translator the source statement names, else the one a `Translator` (`Translated by`)
    field names."""
    named = translator_in(metadata.source.value)
    fields = (translator_in(f"translated by {field.value}") for label, field in metadata.extra
              if label.lower() in TRANSLATOR_FIELDS)
    return named or next(fields, "")


CLASSIFICATIONS = ("top secret", "secret", "confidential", "strictly confidential",
                   "unclassified", "limited official use", "eyes only", "for official use only",
                   "personal and confidential", "no foreign dissem")
"""Security and handling markings printed on their own line near the top of a document: the
classification (`TOP SECRET`, `FOR OFFICIAL USE ONLY`) and how the paper is to be handled
(`PERSONAL AND CONFIDENTIAL`, `NO FOREIGN DISSEM`); each is a category of the header's
vocabulary. Other forms (`OFFICIAL USE ONLY`, `NOFORN`, Polish `Ściśle tajne`) are one of
these: `CLASSIFICATIONS_ELSEWHERE`."""


CLASSIFICATIONS_ELSEWHERE = {
    "совершенно секретно": "top secret", "сов. секретно": "top secret",
    "строго секретно": "top secret", "секретно": "secret",
    "строго конфиденциально": "strictly confidential", "конфиденциально": "confidential",
    "streng geheim": "top secret", "geheim": "secret", "streng vertraulich":
    "strictly confidential", "vertraulich": "confidential", "vs-vertraulich": "confidential",
    "très secret": "top secret", "confidentiel": "confidential",
    "strictement confidentiel": "strictly confidential",
    "ultrasecreto": "top secret", "secreto": "secret", "confidencial": "confidential",
    "estrictamente confidencial": "strictly confidential",
    "ściśle tajne": "top secret", "tajne": "secret", "poufne": "confidential",
    "official use only": "for official use only", "no foreign dissemination": "no foreign dissem",
    "noforn": "no foreign dissem",
    "szigorúan titkos": "top secret", "titkos": "secret", "szigorúan bizalmas":
    "strictly confidential", "bizalmas": "confidential",
    "geheime verschlußsache": "secret", "geheime verschlusssache": "secret",
    "vertrauliche verschlußsache": "confidential", "vertrauliche verschlusssache": "confidential",
}
"""The security markings of the corpus's other languages, and other forms of an English one
(`OFFICIAL USE ONLY`, `NOFORN`), each -> the one of `CLASSIFICATIONS` it is (`Совершенно секретно` is `Top Secret`, and so is the older `Строго секретно`, "strictly
secret"; `Geheim` is `Secret`; the Hungarian `Szigorúan titkos` is `Top Secret`; the GDR's
`Vertrauliche Verschlußsache`, "confidential classified matter", is `Confidential`): the header
names every document's classification in one vocabulary (`classification_level`)."""


GLOSS_AFTER = re.compile(r"\s+\([^()]*\)$")
"""A marking's translation in parentheses ending its line: `Szigorúan titkos! (Top Secret!)`."""


MARKING_DASH = re.compile(r"\s+-{1,2}\s+|\s*(?:--|[—–])\s*")
"""A dash between two markings: `TOP SECRET -- EYES ONLY`, `Secret - Eyes Only`, `SECRET—NOFORN`;
not a word's hyphen (`VS-Vertraulich`)."""


def classification_level(marking: str) -> str:
    """The classification a marking or a source statement's sentence states, a word of
    `CLASSIFICATIONS` ('top secret' for `TOP SECRET; EYES ONLY`, `Top Secret.` and `Совершенно
    секретно`; `Szigorúan titkos! (Top Secret!)`, its translation after it), else ''. Markings a
    dash parts are each one (`TOP SECRET -- EYES ONLY`; not `Secret -- or so he said.`)."""
    marking = GLOSS_AFTER.sub("", marking.strip())
    dashed = MARKING_DASH.split(marking)
    if len(dashed) > 1:
        levels = [_level(part) for part in dashed]
        return levels[0] if all(levels) else ""
    return _level(marking)


def _level(marking: str) -> str:
    """The word of `CLASSIFICATIONS` a marking's first part (up to `;`, `,` or `/`) is, or ''."""
    head = re.split(r"[;,/]", marking.lower())[0].strip().rstrip(".!").rstrip()
    level = CLASSIFICATIONS_ELSEWHERE.get(head, head)
    return level if level in CLASSIFICATIONS else ""


def classification_of(line: str) -> str:
    """`line` itself when it is a security marking ("Top Secret", "Совершенно секретно"), else
    ""."""
    return line.strip() if classification_level(line) else ""


STATEMENT_SENTENCE = re.compile(r"(?:^|(?<=[.;:]))\s*([^.;:]+?)(?=\s*(?:[.;]|$))")
"""A sentence, or a part of one up to a `;`, of a source statement: `Secret` and `Exdis` in
`Department of State, Central Files, 611.3722/10-2962. Secret; Exdis. Drafted by Thompson.`"""


def stated_classification(statement: str) -> tuple[str, int]:
    """The classification a source statement states, as printed, and where it begins: FRUS's
    `Source: ..., 611.3722/10-2962. Secret. Drafted by Thompson.` -> ('Secret', 37); ('', -1)
    where it states none (`No classification marking.`). Only a sentence that is markings alone
    counts (`Secret, Eyes Only`; not `Secret Service files were read.` nor `Secret, but the
    Embassy had it.`), capitalized as printed markings are."""
    for match in STATEMENT_SENTENCE.finditer(statement):
        words = match.group(1)
        if words[:1].isupper() and all(map(classification_level, re.split(r"[,/]", words))):
            return words, match.start(1)
    return "", -1


def printed_classification(metadata: Metadata, foreign_language: str) -> Field:
    """The classification as the source prints it, with its language where it is not the
    edition's: the marking at the top of the text (in the text's language, `foreign_language`,
    '' for the edition's: `Совершенно секретно`), else the one its source statement states
    (FRUS's `..., 611.3722/10-2962. Secret. Drafted by ...`: `stated_classification`)."""
    marking, source = metadata.classification, metadata.source
    if marking.value:
        return replace(marking, language=marking.language or foreign_language)
    stated, at = stated_classification(source.value)
    return Field(stated, source.line, source.language,
                 source.column + at if source.column and stated else 0)


def is_marking(para: Paragraph) -> bool:
    """Whether `para` opens with a security marking: `Top Secret`, or a block of lines under one
    (`TOP SECRET` / `Making copies prohibited` / `Copy No. 1`); not the first word of a sentence
    that goes on on the next line (`Secret` / `sources in Havana report ...`). A marking in
    capitals (`SECRET` / `eyes only`) is one whatever follows."""
    first = para.lines[0]
    goes_on = len(para.lines) > 1 and not first.isupper() and _continues_a_sentence(para.lines[1])
    return bool(classification_of(first)) and not goes_on


def _continues_a_sentence(line: str) -> bool:
    """Whether `line` goes on with the sentence of the line before it: it opens with a small
    letter (`sources in Havana ...`) or a mark no sentence opens with (`,` `;` `:` `)`)."""
    first = line.lstrip()[:1]
    return first.islower() or first in ",;:)"


MARKING_LINE_WORDS = 6
"""The most words of a line that goes on with a security marking (`Making copies prohibited`)."""


def take_marking(paras: list[Paragraph]) -> tuple[Field, list[Paragraph]]:
    """The classification a security marking at the top of the body prints, and the body.

    A marking alone on its line is wholly the classification: the header holds it, and it leaves
    the body. The short lines under it (`Making copies prohibited`, `Copy No. 1`) are more than
    the header holds: with the marking they stay in the body as printed, a paragraph of their own
    (`structure` makes it the opener's stamp), and the classification is read from its first line,
    whose number links the two. A heading in capitals, a sentence or a date under them is the
    text again (`CIPHERED TELEGRAM`). The marking may stand under the body's datelines, as a
    telegram prints it (`Moscow, November 4, 1962, 7 p.m.` / `CONFIDENTIAL`: `_marking_index`).
    """
    at = _marking_index(paras)
    if at is None:
        return Field(""), paras
    first = paras[at]
    marking = Field(first.lines[0].strip(), first.line, column=1)
    size = _marking_size(first.lines)
    rest = [Paragraph(first.lines[size:], first.line + size)] if size < len(first.lines) else []
    kept = [Paragraph(first.lines[:size], first.line)] if size > 1 else []
    return marking, paras[:at] + kept + rest + paras[at + 1:]


def _marking_index(paras: list[Paragraph]) -> int | None:
    """Where the security marking is: the first paragraph, or the first after the datelines that
    open the body (one line each, a date and a few words: `Moscow, November 4, 1962, 7 p.m.`);
    None when there is none there. A marking further down is the text's (`Secret.` in a turn)."""
    for index, para in enumerate(paras):
        if is_marking(para):
            return index
        if not _is_dateline(para):
            return None
    return None


def _is_dateline(para: Paragraph) -> bool:
    """A paragraph of one line that is a dateline (`date_checks.is_dateline`)."""
    return len(para.lines) == 1 and is_dateline(para.text)


def _marking_size(lines: tuple[str, ...]) -> int:
    """How many of `lines`, the first a security marking, the marking holds."""
    size = 1
    for line in lines[1:]:
        words = line.split()
        letters = [c for c in line if c.isalpha()]
        worded = [w for w in words if sum(c.isalpha() for c in w) > 1]   # not `VVS B 2/1-412/62`
        heading = len(worded) > 1 and all(c.isupper() for c in letters)
        if not classification_of(line) and (len(words) > MARKING_LINE_WORDS or heading
                                            or find_written_dates(line)):
            break
        size += 1
    return size


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
        "fr": r"compte[- ]rendu (?:de l['’]|d['’])entretien"}),
    ("telegram", {
        "en": r"telegrams?|cables?|airgrams?|" + INSTRUCTION, "ru": r"(?:шифр)?телеграмм[аы]", "es": r"telegramas?",
        "de": r"telegramm|drahtbericht|fernschreiben", "fr": r"télégrammes?"}),
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
        "de": r"aufzeichnung|vermerk", "fr": r"mémorandum"}),
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
`Memorandum`, `Записка`, `Aufzeichnung`; the record of a debate (`House of Commons Debate: Cuba`,
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


def doc_type_of(*texts: str, registers: Registers | None = None) -> str:
    """The document type from the archive's Type field or the title ("other" if none fits); the
    registers, where given, name the parties of a diplomatic note (`Note from Khrushchev to`).

    The type is the one the text names first, its head noun: `Memorandum from Secretary Rusk to
    President Kennedy, Transmitting a Telegram from Ambassador Hare` is a memorandum, `Telegram
    transmitting the Note of the Soviet Government` a telegram; where two rows name words at the
    same place, the row first in `DOC_TYPES` (`Record of Conversation` before `Record of`)."""
    for text in texts:
        named = [(start, row, doc_type) for row, (words, doc_type) in enumerate(DOC_TYPES)
                 if (start := _first_named(words, text, registers)) is not None]
        if named:
            return min(named)[2]
    return "other"


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


def is_date_line(line: str) -> bool:
    """`November 5, 1962`, `Evening 5 November 1962`: a date with at most two other words (also
    a date that names no real day, `November 31, 1962`: `structure` reports it)."""
    mentions = find_written_dates(line)
    if not mentions:
        return False
    rest = line[:mentions[0].start] + line[mentions[-1].end:]
    return len(rest.split()) <= 2


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
