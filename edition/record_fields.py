"""The words that head the record's own fields and remarks, in the languages of the archive."""

from __future__ import annotations

PRESENCE_BY_LANGUAGE = {
    "en": "Present Participants Attending Attendees Attendance",
    "ru": "Присутствовали Присутствуют Присутствовал Присутствовала",
    "de": "Anwesend Teilnehmer",
    "fr": "Présents Présent Présentes Participants",
    "es": "Presentes Participantes Asistentes",
    "pl": "Obecni Obecna Obecny Uczestnicy",
}
"""The words that head the record's list of who was there, in the languages of the archive's
documents: `Present:`, `Chinese participants:`, `Присутствовали:`, `Anwesend:`, `Présents:`,
Polish `Obecni:`."""
RECORD_FIELDS_BY_LANGUAGE = {
    "en": """Subject Absent Agenda Resolved Decision Decisions Vote Votes Distribution Drafted
          Cleared Approved Recorded Classification Source Summary Members
          Country DOI Appraisal Evaluation Interpreters
          From To Thru Through Attention Date Place Time Discussion Recommendation
          Recommendations Background Conclusions Listened Heard Decided Annex Postscript Addendum
          Correction Noforn No For Origin Clearances Clearance Resolution Resolutions Agreed
          Adopted Chair""",
    "ru": "Отсутствовали Слушали Постановили Рассылка Переводчики",
    "de": "Abwesend Betreff Beschluss Beschlüsse Verteiler Vorsitz",
    "fr": "Absents Objet Décision Décisions Interprètes",
    "es": "Ausentes Asunto Acuerdo Acuerdos Resolución Intérpretes",
    "pl": "Nieobecni Temat Uchwała Uchwalono",
}
"""The record's other field words in those languages: `Слушали:` / `Постановили:` a protocol's
`Heard:` / `Resolved:` (who recorded it, `Записал:`, is `RECORDED_BY`); an intelligence report's
head has `COUNTRY:`, `SUBJECT:`, `DOI:` (date of information), `SOURCE:`, `APPRAISAL:`; a
memorandum's head lists its `Interpreters:` (the plural only: `INTERPRETER:` may be one who
speaks), an American memorandum's `FROM:`, `TO:`, `THRU:`, `ATTENTION:`, `DATE:`, `PLACE:`,
`TIME:` and its sections `DISCUSSION:`, `RECOMMENDATION:`; a Presidium protocol in English has
`LISTENED:` / `DECIDED:`; minutes their decisions, `Resolution:`, `Agreed:`, `Adopted:`, German
`Beschluss:`, and who chaired the meeting, `Chair: Comrade Ulbricht.`, German `Vorsitz:`."""
FIELD_PHRASES = frozenset(phrase.casefold() for phrase in (
    "Date of info", "Date of information", "Place & date acq", "Place and date acquired",
    "Date distr", "Report no", "Memorandum for", "Memorandum to", "Copies to", "Copy to",
    "Text follows"))
"""The fields of an intelligence report's head named in several words, beside its `COUNTRY:`,
`SUBJECT:`, `SOURCE:`: `DATE OF INFO:` (the dates the information is of), `PLACE & DATE ACQ:`
(where and when it was acquired), `DATE DISTR:`, `REPORT NO:` (`heads_a_field_phrase`); and an
American memorandum's `MEMORANDUM FOR:`, `COPIES TO:`, a telegram's `TEXT FOLLOWS:`."""


def heads_a_field_phrase(head: str) -> bool:
    """Whether `head`, the words a paragraph opens with before a colon, in any case, is one of
    `FIELD_PHRASES` (`DATE OF INFO`, `Date of Info.`): a field of the report, no speaker's label
    (`Date of birth` is none of them)."""
    return " ".join(head.rstrip(".").split()).casefold() in FIELD_PHRASES


RECORDED_BY_BY_LANGUAGE = {
    "ru": "Записал Записала Записали Составил Составила Составили",
    "pl": """Notował Notowała Notowało Notowali Zanotował Zanotowała Zanotowało Zanotowali
          Protokołował Protokołowała Protokołowało Protokołowali Sporządził Sporządziła
          Sporządziło Sporządzili""",
}
"""Who recorded the record, before a colon, beside English `Recorded` (a field word above): a
field of the record's head (`Записал: В. Тихменев`, `Notował: J. Czesak`) and, under the text, a
closer's signed line (`letter_forms.SIGNED_BY_WORDS` reads these words): one list for both."""
RECORDED_BY = frozenset(word for words in RECORDED_BY_BY_LANGUAGE.values()
                        for word in words.split())
ANNEX_FIELDS = frozenset("Attachment Attachments Enclosure Enclosures".split())
"""Words heading what goes with a document (`Enclosures:` / `1. Statement`): a field of the
record here, the head of a letter's enclosures under its signature (`paragraphs.ANNEX`)."""
LIST_LITTLE_WORDS = "of|the|and|for|in|to|at|by|a|an|de|der|die|das|des|den|dem|und|beim|im|zum"
"""Words in lower case that a list of who gets a document holds (`Secretary of State and Secretary
of Defense`, `Abt. Internationale Verbindungen beim ZK der SED`)."""
DISTRIBUTION_HEAD = (r"(?:distribution(?: list)?|verteiler)\s*:"
                     rf"(?!(?:.*?(?<![\w'’\-])(?!(?:{LIST_LITTLE_WORDS})\b)"
                     r"(?-i:[a-zß-ÿ])){3})")
"""`Distribution:`, `Distribution list:`, the German `Verteiler:` (who gets the document), alone on
its line or before a list (`Distribution: Gen. Ulbricht, Gen. Winzer`), not before a sentence,
which three words in lower case but a list's little ones make (`Distribution: The oil products
will be distributed by INRA ...`: a report's last section, no list): a pattern of
`paragraphs.ANNEX`."""
PRESENCE_FIELDS = frozenset(word for words in PRESENCE_BY_LANGUAGE.values()
                            for word in words.split())
RECORD_FIELDS = PRESENCE_FIELDS | frozenset(word for words in RECORD_FIELDS_BY_LANGUAGE.values()
                                            for word in words.split()) | ANNEX_FIELDS \
    | RECORDED_BY
"""Words that head a part of the record itself (`Resolved: That ...`, `Vote: For 7 ...`,
`Present:`, `Присутствовали:`, `Drafted: ...`), never a speaker's words: no label, and where the
record has a voice of its own they end an open turn (`turn_ends`). A speaker's own heads
(`Question:`, `Conclusion:`, `Total:`) are not among them."""
REMARKS_BY_LANGUAGE = {
    "en": "Comment Comments Note Notes Remark Remarks",
    "ru": "Примечание Примечания",
    "de": "Anmerkung Anmerkungen Bemerkung Bemerkungen",
    "fr": "Remarque Remarques",
    "es": "Nota Notas",
}
"""The words that head the record's remark in the languages of the archive: `Note:`,
`Примечание:`, `Anmerkung:`, `Remarque:`, `Nota:` (`Note:` is French as well)."""
WHOSE_BY_LANGUAGE = {
    "en": "by of from",
    "de": "des der vom von",
    "fr": "du de des",
    "es": "del de",
}
"""The words that open what says whose a remark is, after its word: `Note by the interpreter`,
`Comment of the Embassy`, `Anmerkung des Übersetzers`, `Remarque du traducteur`, `Nota del
traductor`; Russian says it with a noun in the genitive and no word before it (`Примечание
переводчика`: `remark_qualified_after`). Before a person's name, a remark he made
(`remark_speakers`: `Remark by Guevara:`)."""
ABOUT_BY_LANGUAGE = {
    "en": "for on",
    "de": "zu zum zur",
    "fr": "sur",
    "es": "sobre",
}
"""The words that open what says whom a remark is for or what it is on: `Note for the file`,
`Comment on the text`, `Anmerkung zum Text`, `Remarque sur le texte`, `Nota sobre el texto`. A
remark word before an article or a verb's object is a speaker's own head (`Note the
following:`)."""
REMARK_QUALIFIERS = frozenset(word for table in (WHOSE_BY_LANGUAGE, ABOUT_BY_LANGUAGE)
                              for words in table.values() for word in words.split())
"""The words that open what qualifies a remark word after it, whose the remark is
(`WHOSE_BY_LANGUAGE`), whom for or what on (`ABOUT_BY_LANGUAGE`)."""
REMARK_WORDS = frozenset(word for words in REMARKS_BY_LANGUAGE.values() for word in words.split())
"""Words that head the record's remark (`Note: ...`, `Interviewer’s comment: ...`), which ends
an open turn (`turn_ends.REMARK`); no speaker's label (`speakers`)."""
SPOKEN_REMARK_WORDS = frozenset("Remark Remarks Comment Comments Remarque Remarques".split())
"""The remark words that may head a person's spoken words where a name says whose
(`Remark by Guevara:`, `remark_speakers`); a note by a person (`Note by Rusk:`) is written."""


def heads_a_remark(head: str) -> bool:
    """Whether `head`, the words a paragraph opens with before a colon (or a label's), names a
    remark: its last word one of `REMARK_WORDS`, in any case, whatever qualifies it before
    (`Note`, `NOTE`, `Embassy comment`, `EMBASSY COMMENT`, `INTERVIEWER'S COMMENT`, `Drafter's
    note`, `Примечание`, and the speaker's own `My comment`), or its first word one, what
    qualifies it after (`remark_qualified_after`: `Note by the interpreter`, `NOTE BY THE
    INTERPRETER`, `Примечание переводчика`): never a speaker's label. Whether it is the
    record's, which ends a turn, `turn_ends.is_remark` says (not `My comment:`)."""
    words = head.split()
    return bool(words) and (words[-1].capitalize() in REMARK_WORDS
                            or remark_qualified_after(head))


def remark_qualified_after(head: str) -> bool:
    """Whether `head` is a remark word and up to four words after it that say whose: opening
    with a word of `REMARK_QUALIFIERS` (`Note by the interpreter`, `Comment of the Embassy`,
    `Nota del traductor`, `Anmerkung des Übersetzers`, `Comment on the text`), or, in Russian, a noun in the genitive
    (`Примечание переводчика`, `ПРИМЕЧАНИЕ РЕДАКЦИИ`: a word in Cyrillic letters); not `Note
    the following`."""
    words = head.split()
    return 2 <= len(words) <= 5 and words[0].capitalize() in REMARK_WORDS \
        and (words[1].lower() in REMARK_QUALIFIERS or _cyrillic(words[1]))


def _cyrillic(word: str) -> bool:
    """`переводчика`, `РЕДАКЦИИ`: a word in Cyrillic letters only."""
    return word.isalpha() and all("\u0400" <= char <= "\u04ff" for char in word)
