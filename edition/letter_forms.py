"""The set words of letters and telegrams in each language: salutations, valedictions, signing,
the signer's office under the signature, a telegram's closing marking.

The tables give each language's words a row of their own (English first where it has some) but
no language key: the words of every language are read in every document, whatever its language,
as a document's closing lines need not be in the language of its text (`Lechuga [firma]` closes
an English translation whose Language field says Spanish) and a text's language is not always
known (`languages.text_language` takes a text it cannot tell as English)."""

from __future__ import annotations

import re

from .gap_markers import FOREIGN_MARKERS
from .record_fields import RECORDED_BY


def _either(forms: tuple[str, ...]) -> str:
    return "|".join(f"(?:{form})" for form in forms)


SIGNED_BY_WORDS = (
    r"recorded|transcribed|drafted|prepared|written|signed|approved",
    r"подписал[аи]?|подпись",
    r"unterschrift|gezeichnet|aufgezeichnet",
    r"signé|rédigé",
    r"firmado|firma|redactado",
    r"podpisał[ao]?|podpisali|podpis",
    "|".join(sorted((word.lower() for word in RECORDED_BY), key=lambda w: (-len(w), w))),
)
"""Words before a colon that say who signed or wrote the record: `Recorded by: [signature] V.
Tikhmenev`, `Записал: [подпись] В. Тихменев`, `Unterschrift: Adenauer`, `Signé : C. de Gaulle`,
Polish `Notował: J. Czesak` (the minute-taker, as `Записал:`), `Protokołowała:`, `Sporządził:`."""
SIGNATURE_MARKS = (r"sgd\.|sig\.|/?s/|\((?:signed|sgd\.?|-|—|–)\)", r"gez\.", r"signé",
                   r"fdo\.|firmado")
"""Marks that open a signature line with the name after them, no colon between: `gez.
Adenauer` (gezeichnet), `Sgd. Dean Rusk`, `/s/ John F. Kennedy`, `s/ JFK` (a copy's mark),
`(signed) A. Alekseev`, `(sgd.) ...`, `(-) J. Winiewicz` (a copy's dash where the original is
signed), `signé C. de Gaulle`, `Fdo. Fidel Castro`. Not `(s)`: `(S)` opens a paragraph as its
classification."""
SIGNATURE_GAPS = "|".join(dict.fromkeys(
    ["signature"] + [re.escape(word) for word in FOREIGN_MARKERS["signature"]]))
"""The transcriber's bracket for where the signature stands: `[signature]`, `[подпись]`, the
words `gap_markers` reads as a signature's gap."""
SIGNED = re.compile(rf"^(?:{'|'.join(SIGNED_BY_WORDS)})\b.*:|\[(?:{SIGNATURE_GAPS})\]",
                    re.IGNORECASE)
"""A line that says who signed: `Recorded by: [signature] V. Tikhmenev`, `Записал: [подпись] В.
Тихменев`, or the signature's place in brackets."""
SIGNATURE_MARK = re.compile(rf"^(?:{'|'.join(SIGNATURE_MARKS)})\s+", re.IGNORECASE)
"""A mark opening a signature line (`SIGNATURE_MARKS`): `gez. `, `Sgd. `."""
RECORDER_WORDS = (r"recorded\s+by|(?:беседу\s+)?записал[аи]?|(?:aufgezeichnet|protokolliert)\s+von"
                  r"|(?:anotad|redactad|registrad|transcrit)[oa]\s+por")
RECORDER_MARK = re.compile(rf"(?:{RECORDER_WORDS})\s+", re.IGNORECASE)
"""`Recorded by V. Tikhmenev`, `Беседу записал В. Тихменев`, `Aufgezeichnet von`, `Anotado
por`: the words before the name of who recorded the record, no colon after them (with one,
`Recorded by: ...`, they are `SIGNED`'s), a mark as `gez.` is."""
def _in_full(word: str) -> bool:
    """Whether `word` is a name's written in full, a capital and small letters: `Sergo`,
    `Mikoyan`, `O'Donnell`, `Серго`; not an initial (`S.`), nor capitals alone (`NBC`)."""
    return word[:1].isupper() and any(c.islower() for c in word) \
        and all(c.isalpha() or c in "’'-" for c in word)


def recorder_in_full(text: str) -> str:
    """The name after the recorder's words (`RECORDER_MARK`) of a line that is nothing else,
    where it is written in full, two or three words and no initial: `Recorded by Sergo Mikoyan`
    -> `Sergo Mikoyan`; "" otherwise (`Recorded by V. Tikhmenev` is a signature by its initials:
    `paragraphs.marked_signature`; `Recorded by the embassy on tape.`, `Recorded by NBC News`).
    Whether it names a person is the registers' to say (not `Recorded by Radio Moscow`)."""
    mark = RECORDER_MARK.match(text)
    name = text[mark.end():].strip().removesuffix(".") if mark else ""
    words = name.split()
    return name if 2 <= len(words) <= 3 and all(map(_in_full, words)) else ""


RECORDER = re.compile(rf"^(?:{RECORDER_WORDS}|{'|'.join(RECORDED_BY)})\b", re.IGNORECASE)
"""A line naming who recorded the record, with a colon or none: `Recorded by V. Tikhmenev`,
`Recorded by: [signature] V. Tikhmenev`, `Записал: В. Тихменев`, `Notował: J. Czesak`."""

VALEDICTIONS = (
    r"(?:sincerely|respectfully|faithfully|yours|cordially|with (?:best )?regards"
           r"|best regards"
           r"|with (?:warm|warmest|kind|kindest|best) (?:greetings|wishes|regards))[\w ]*,?",
    r"(?:with (?:fraternal|comradely|communist) (?:greetings|wishes|regards)[\w ]*"
    r"|(?:fraternal|comradely|communist) greetings|fraternally(?: yours)?)[,:]?",
    r"with (?:deep |great |profound )?respect,?",
    r"mit (?:vorzüglicher|ausgezeichneter|größter|aufrichtiger|aller) hochachtung,?",
    r"hochachtungsvoll,?", r"mit (?:freundlichen|besten|herzlichen|kollegialen) grüßen,?",
    r"(?:ihr|ihre|dein|deine)(?: sehr)?(?: ergebener?)?,?",
    r"(?:bien )?cordialement,?", r"bien à vous,?", r"(?:votre|vos) (?:tout )?dévouée?s?,?",
    r"avec (?:mes|nos) (?:meilleurs|sincères|cordiales|respectueuses) [\w ]{3,40},?",
    r"(?:muy )?atentamente,?", r"cordialmente,?", r"(?:un )?(?:cordial |afectuoso )?saludo,?",
    r"(?:saludos|abrazos)(?: cordiales| fraternales| revolucionarios)?,?",
    r"(?:le saluda )?(?:muy )?atentamente,?", r"su (?:seguro servidor|afectísimo),?",
    r"с (?:глубоким |искренним |большим )?уважением,?",
    r"с (?:братским|товарищеским|коммунистическим|дружеским) приветом,?",
    r"(?:искренне )?ваш,?",
)
"""A closing salutation over the signature, the whole line: `Sincerely,`, `With fraternal
greetings,`, `Fraternally,`, `With respect,` (not `With respect to the ships, ...`), `Comradely
greetings:` (as a Hungarian letter's `Elvtársi üdvözlettel:` is put into English), `Mit
vorzüglicher Hochachtung`, `Ihr` (German: `yours`), `Bien à vous,`, `Atentamente,`, `С
уважением,`."""
CLOSING_MOTTOS = (
    r"¡?patria o muerte[!.,]?(?:\s+¡?venceremos[!.]?)?", r"¡?venceremos[!.]?",
    r"¡?hasta la victoria siempre[!.]?",
    r"(?:fatherland|homeland) or death[!.,]?(?:\s+we (?:shall|will) (?:win|overcome)[!.]?)?",
    r"(?-i:We Shall (?:Win|Overcome)|WE SHALL (?:WIN|OVERCOME))!?",
)
"""The revolution's motto a Cuban letter closes with, over the signature: `Patria o Muerte` /
`Venceremos` (`¡Venceremos!`), `Hasta la victoria siempre`, in English `Fatherland or Death` /
`We Shall Win` (the second line in title case or capitals only: `We shall win.` may end a speech),
a salutation of the closer as the valediction is, but only over a signature or a closing
salutation (`closing_lines.ClosingRoles`): a speech ends with the same words to its hearers."""
HONOURS = r"(?:consideration|esteem|respect|considération|sentiments|hommages?|salutations)"
DIPLOMATIC_VALEDICTIONS = (
    rf"(?:please\s+)?accept\b.{{0,80}}\b{HONOURS}\W*",
    rf"(?:I|The\s[\w ]{{1,60}}?)\s(?:avails? (?:myself|itself|ourselves) of|takes?) this "
    rf"opportunity\b.{{0,120}}\b{HONOURS}\W*",
    rf"(?:veuillez|je vous prie d['’]|daignez)\s?agréer\b.{{0,160}}\b{HONOURS}\W*",
    r"(?:reciba|acepte|aprovecho|aprovecha)\b.{0,160}\b(?:consideración|estima|respeto)\W*",
    r"(?:genehmigen|empfangen)\s+sie\b.{0,160}\b(?:hochachtung|ergebenheit)\W*",
    r"(?:примите|пользуясь случаем)\b.{0,160}\b(?:уважени\w+|почтени\w+)\W*",
)
"""The diplomatic formula: `Please accept, Your Excellency, the assurances of my highest
consideration.`, a note's in the third person (`The Ministry avails itself of this opportunity to
renew ... its highest consideration.`), `Veuillez agréer, Monsieur le Président, l'assurance de ma
très haute considération.`, `Reciba, Excelencia, las seguridades de mi más alta consideración.`,
`Genehmigen Sie ... den Ausdruck meiner ausgezeichneten Hochachtung.`, `Примите уверения в моем
глубоком уважении.`"""
MOTTO = re.compile("^(?:" + _either(CLOSING_MOTTOS) + ")$", re.IGNORECASE)
"""A line of the motto alone (`CLOSING_MOTTOS`), whose place decides whether it closes."""
VALEDICTION = re.compile(
    "^(?:" + _either(VALEDICTIONS + DIPLOMATIC_VALEDICTIONS + CLOSING_MOTTOS) + ")$",
    re.IGNORECASE)

SALUTATION_OPENERS = (
    r"sehr (?:geehrte|verehrte|hochverehrte)r?|hochverehrte[r]?|liebe[r]?|werte[r]?",
    r"monsieur|madame|mademoiselle|messieurs|cher|chère|chers|excellence",
    r"estimad[oa]s?|querid[oa]s?|distinguid[oa]s?|muy señor(?:es)? m[ií]o?s?|señor(?:a|es)?"
    r"|excelencia|excelentísimo",
    r"уважаем\w+|глубокоуважаем\w+|многоуважаем\w+|дорог\w+",
)
"""Words a salutation opens with in the other languages: `Sehr geehrter Herr Bundeskanzler!`,
`Monsieur le Président,`, `Estimado señor Presidente:`, `Уважаемый товарищ Хрущев!`."""
FOREIGN_SALUTATION = re.compile(rf"^(?:{_either(SALUTATION_OPENERS)})\b.*[,!:]$",
                                re.IGNORECASE)
"""A salutation in another language: its opening words, and a comma, `!` or colon after it (not a
sentence: `Monsieur Couve de Murville partira demain.`)."""

NAME_PARTICLES = frozenset({"de", "du", "des", "d'", "von", "van", "der", "den", "zu", "del",
                            "della", "di", "da", "dos", "das", "do", "y", "ter", "ten", "la", "le",
                            "al", "bin", "ibn"})
"""Little words inside a name, between its capitalised ones: `C. de Gaulle`, `Heinrich von
Brentano`, `Fidel Castro y Ruz`, `Ahmed bin Bella`; the one list for a signature's words
(`paragraphs.is_signature`) and a speaker's label (`label_patterns.PARTICLE`: `Couve de Murville:`)."""

TITLE_PARTIES = (
    (r"lettres?|messages?|télégrammes?|dépêches?|notes?", r"de la|de l['’]|du|des|de|d['’]",
           r"à la|à l['’]|aux|au|à"),
    (r"briefe?|schreiben|telegramm|botschaft|note", r"von|vom|des|der", r"an den|an die|an"),
    (r"cartas?|mensajes?|telegramas?|notas?", r"del|de la|de", r"al|a la|a"),
)
"""A title's words naming a letter, its sender's preposition and its addressee's, in the other
languages of the corpus: `Lettre du général de Gaulle au président Kennedy`, `Brief von
Bundeskanzler Adenauer an Präsident Kennedy`, `Carta de Fidel Castro a N. Jruschov`."""

END_MARK = re.compile(r"^(?:(?i:end of (?:the )?(?:message|text|telegram|cable|document|memorandum"
                      r"|report))|END|ENDS|FINIS)\.?$")
"""`END OF MESSAGE`, `End of text`, `END`, `FINIS`: the mark that ends a telegram's or a report's
text, printed under it (TEI's `trailer`, the closing formula of a division; a bare `END` in
capitals only)."""

QUOTE_END = re.compile(r"^(?:UNQUOTE|UNQTE|END\s+QUOTE|(?i:unquote|end of quote))\.?$")
"""`UNQUOTE`, `END QUOTE`: the line that ends a text a telegram quotes whole (`QUOTE` / the
letter it transmits / `UNQUOTE`), as an embassy cabled a letter: the quoted text's end mark, a
`trailer` as `END OF TEXT` is, never a dateline; the signatures over it are the quoted letter's
(`correspondents`)."""
QUOTE_ENDING = re.compile(r"(?:^|\s)(?:UNQUOTE|UNQTE|END\s+QUOTE|(?i:unquote|end of quote))\.?$")
"""`QUOTE_END` ending a line, a signature's too (`N. KHRUSHCHEV UNQUOTE`, as the State
Department's telegrams in capitals print the quoted letter's end)."""

PROTOCOL_POINT = re.compile(r"^(?:(?:point|item|paragraph)\s+\d{1,3}[a-z]?\s+of\s+(?:the\s+)?"
                            r"(?:protocol|minutes)\b"
                            r"|(?:пункт|п\.)\s*\d{1,3}\s+(?:протокола|прот\.))", re.IGNORECASE)
"""`Point 3 of the protocol No. 62 of the session of the Presidium of the CC of 30.X.62.`,
`Пункт 3 протокола № 62`: the registry's line under a decision's signature, the point of the
protocol that adopted it (`closing_lines`: a line of the postscript under a closer's line)."""

GROUP_MARKING = re.compile(r"^(?:GP|GROUP)[\s-]?[1-4]\.?$", re.IGNORECASE)
"""`GP-3.`, `GROUP 1`: the downgrading and declassification group (Executive Order 10501) a
classified telegram prints at its end, a marking as its classification is."""

UNTITLED_OFFICES = frozenset("""
chairman chairwoman head consul commissar secretary-general under-secretary counsellor
председатель министр посол секретарь
ambassadeur ministre président secrétaire conseiller
ministro presidente secretario embajador cónsul consejero encargado
""".split())
"""Words naming an office that the registers' titles (`name_forms.NAME_TITLES`) and an
organization's head words (`correspondents.ORGANIZATION_HEADS`) leave out: `Chairman of the
Council of Ministers`, `Head of the Department`, `Counsellor of the embassy` (the titles spell
`counselor` only), `Ambassadeur de France`, `Président de la République`, `Primer Ministro
del Gobierno Revolucionario`, `Encargado de Negocios a.i.`."""
SIGNER_OFFICE_WORDS = UNTITLED_OFFICES | frozenset("""
ambassador attaché attache counselor secretary minister chief
representative adviser advisor director president deputy chargé envoy delegate
commander officer
""".split())
"""The words of a signer's office (`UNTITLED_OFFICES` and the English titles of offices), fewer
than the titles' (`name_forms.NAME_TITLES` holds `information`, `group`): an office in small letters
over a name or before it on its line, which makes the name a signature's, opens with one."""
OFFICE_RANKS = frozenset("second third press naval commercial cultural trade economic".split())
"""Words before an office's word that rank it or name its field, which the titles leave out:
`Second secretary of the embassy`, `Press attaché`, `Trade representative of the USSR`."""
OFFICE_STANDING = re.compile(r"\s+(?:ad\s+interim|a\.\s?i\.|pro\s+tem(?:pore|\.)?|designate"
                             r"|par\s+intérim)$", re.IGNORECASE)
"""Words after an office that say how it is held, lowercase or abbreviated where the office is in
title case: `Chargé d'Affaires ad interim` (`a.i.`), `Secretary of State pro tempore`, `Ambassador
designate`."""


LETTER_SALUTATION = re.compile(r"^(?:(?:My\s+)?Dear|To"
                               r"|Your\s+(?:Excellency|Majesty|Highness|Holiness)"
                               r"|Excellency|Sirs?|Madam|Gentlemen|Comrades?|Respected|Esteemed"
                               r"|Mr\.|Mrs\.|Monsieur)(?=[\s,:]|$)")
"""The words a letter's salutation opens with (`Your Excellency:`, `Dear Sir,`, `Mr. President:`),
after which the lines before it are an inside address; not `Subject:` or `Participants:`. In the
other languages of the corpus: `letter_forms.FOREIGN_SALUTATION` (`Sehr geehrter Herr ...!`)."""


DEAR_OPENING = re.compile(r"(?i:(?:quote\s+)?(?:my\s+)?dear|(?:your\s+)?excellency)(?=[\s,:]|$)")
"""A salutation's first words in any case, `QUOTE` before them where a telegram quotes a letter:
`DEAR MR. PRESIDENT:`, `MY DEAR SIR,`, `EXCELLENCY:`, `QUOTE DEAR MR. PRESIDENT:` (the State
Department's telegram text of a letter in capitals): never a speaker's label."""


def opens_a_letter(text: str) -> bool:
    """Whether `text` is a salutation a letter opens with: `Dear Sir,`, `Your Excellency:`,
    `Monsieur le Président,`, `Sehr verehrter Herr Präsident!`, `DEAR SIR:`."""
    return bool(LETTER_SALUTATION.match(text) or FOREIGN_SALUTATION.match(text)
                or DEAR_OPENING.match(text))


def salutes_in_capitals(text: str) -> bool:
    """Whether `text` is a salutation in capitals alone on its line, `DEAR COMRADE KHRUSHCHEV:`,
    `QUOTE DEAR MR. PRESIDENT:`: a salute, not a heading."""
    return bool(DEAR_OPENING.match(text)) and text.upper() == text \
        and text.endswith((",", ":", "!"))
