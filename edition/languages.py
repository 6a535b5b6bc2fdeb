"""A text's language: the archive's Language field as a BCP 47 tag where the text is the original."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .alphabets import script_counts, script_of
from .diagnostics import Location, Reporter, did_you_mean
from .model import Field, Paragraph
from .tei.xml import EDITION_LANGUAGE

LANGUAGE_NAMES = {
    "en": "English", "ru": "Russian", "de": "German", "fr": "French", "es": "Spanish",
    "pt": "Portuguese", "it": "Italian", "zh": "Chinese", "vi": "Vietnamese", "pl": "Polish",
    "cs": "Czech", "sk": "Slovak", "hu": "Hungarian", "ro": "Romanian", "bg": "Bulgarian",
    "sr": "Serbian", "hr": "Croatian", "sl": "Slovenian", "sq": "Albanian", "mn": "Mongolian",
    "ko": "Korean", "ja": "Japanese", "ar": "Arabic", "fa": "Persian", "he": "Hebrew",
    "hi": "Hindi", "tr": "Turkish", "el": "Greek", "uk": "Ukrainian", "be": "Belarusian",
    "lt": "Lithuanian", "lv": "Latvian", "et": "Estonian", "ka": "Georgian", "hy": "Armenian",
    "nl": "Dutch", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish",
    "id": "Indonesian", "la": "Latin",
}
"""BCP 47 tag -> the English name the archives print in their Language field (the Wilson
Center's languages: `Russian`, `Chinese`, `Vietnamese`, `Hungarian`, ...)."""

TAGS_BY_NAME = {name.lower(): tag for tag, name in LANGUAGE_NAMES.items()}

FUNCTION_WORDS = {
    "en": "the of and to in that is was for with on by he it as at not his this be we are have "
          "from which would",
    "de": "der die das und den von zu mit sich des auf für ist im dem nicht ein eine als auch es "
          "an werden aus er hat dass sie nach wird bei",
    "fr": "le la les de des et en un une du est que qui dans pour pas sur au avec il ne se ce",
    "es": "el la de que y en los del se las por un para con no una su al lo como",
    "pt": "de o que e do da em um para com não uma os no se na por mais as dos",
    "it": "di il la che per non una del sono le con si da al della gli",
    "nl": "de het een en van in is dat op te zijn niet met voor",
    "pl": "w nie na się z do to że jest jak ale po od przez",
    "cs": "v se na je že to s z do o k jak ale by od",
}
"""The commonest words of the languages of the archive's texts in Latin letters: the English
ones are 23-36 % of the words of each file of the seeds and the dev corpus, 1-6 % of the
German, French and Russian review documents (counted with `WORD`, 2026-11-24)."""
FUNCTION_WORD_SETS = {tag: frozenset(words.split()) for tag, words in FUNCTION_WORDS.items()}

RUSSIAN_WORDS = frozenset("и в не на что с по как это но к у из за то мы вы о же от для так "
                          "его все бы был было были он она они".split())
"""The commonest Russian words, counted only in a text of Cyrillic letters (`script_language`):
in Latin letters none of them is a word, and `FUNCTION_WORDS`' languages are told apart there."""
RUSSIAN_LETTERS = re.compile(r"[а-яё]+")
"""The Russian alphabet's letters (in lower case): Ukrainian's і ї є ґ, Belarusian's ў, Serbian's
ј љ њ ... are not among them."""
RUSSIAN_ALPHABET_SHARE = 0.9
"""The share of a text's Cyrillic words spelt in the Russian alphabet alone (`RUSSIAN_LETTERS`)
from which it may be Russian: a Russian text may hold a Ukrainian place name (`Київ`) or a word
an OCR spelt with a Latin look-alike (`cогласен`, its c Latin); a Ukrainian or a Belarusian text
has its own letters (і, ї, ў) in a fifth or more of its words (4 of 20 in the tests' Belarusian
sample, 7 of 21 in the Ukrainian)."""
RUSSIAN_ONLY = re.compile(r"[ыэ]")
"""Letters of the Russian alphabet that the Bulgarian, Ukrainian, Serbian and Macedonian lack."""
NOT_BELARUSIAN = re.compile(r"[ищъ]")
"""Letters of the Russian alphabet that the Belarusian lacks (it writes і, шч and an apostrophe):
Belarusian has `RUSSIAN_ONLY`'s ы and э, and a short note of it may have none of its own letters
(`Мы не згодны з гэтым.`)."""
UNDETERMINED = ("und", "Undetermined")
"""BCP 47's tag (ISO 639-2's name) for a language not told: a text in a script that does not
tell one and no field naming it is declared in no language rather than in a wrong one."""

COMMON_SHARE = 0.1
"""The share of a language's `FUNCTION_WORDS` among a text's words from which it reads as
written in that language."""

LATIN_LETTERS = re.compile(r"[A-Za-zÀ-ɏ]")
"""Letters of the Latin alphabet, with its accented and extended letters."""

FEWEST_LETTERS = 100
"""Fewer letters than this are too few to tell one language from another."""
SHORT_SCRIPT_SHARE = 0.9
"""The share of a text's letters, fewer than `FEWEST_LETTERS`, a script must hold to tell the
text's (`_script`): a short English note under a Russian letterhead (`Посольство СССР в
Республике Куба` over `Havana, 5 November 1962` and `We declare.`) holds two, 29 Cyrillic letters
of 52; an OCR's Latin c for the Russian `с` is one letter of a short note's."""

WORD = re.compile(r"[^\W\d_]+")
INITIAL = re.compile(r"\b[^\W\d_]\.")
"""A name's initial, `V.` in `V.S. Semyonov`, `M.` in `M. Dejean`."""
QUOTATION = re.compile(r'„[^“”"]*[“”"]|“[^”]*”|"[^"]*"|«[^»]*»')
"""A quotation within a paragraph: `"..."`, `“...”`, German `„...“`, `«...»` (an apostrophe,
`l'entretien`, opens none): another's words, not the text's own."""
OPENING_MARKS = re.compile('[„“"«]')
"""The marks a `QUOTATION` opens with: a text holding none quotes nothing."""


def language_tag(name: str) -> str:
    """The BCP 47 tag of a language the archive names ('German' -> 'de'); '' for a name not in
    `LANGUAGE_NAMES`."""
    return TAGS_BY_NAME.get(" ".join(name.split()).lower(), "")


def reads_as(tag: str, body: Iterable[Paragraph]) -> bool:
    """Whether the body is, beyond doubt, in language `tag` and not English: under
    `COMMON_SHARE` of its words are the commonest English ones, and it shows the language: that
    share of its own commonest words (`FUNCTION_WORDS`), in `FEWEST_LETTERS` letters or more,
    or, for a language of another alphabet, most letters not Latin, however few where nearly
    all are of one script (`_script`: `Мы получили ваше письмо.` under `Language / Russian`).
    A text too short for that share is in the language its words show as a quoted sentence's
    (`_short_text_language`): `Jutro Mikojan uda się do Hawany.` under `Language / Polish`.
    An English list of names under `Language / Russian` is English (probe r1). Its words are its
    own, outside quotation marks (`_own_text`): a German letter quoting an English note is
    German."""
    own = _own_text(body)
    words = _words(own)
    told = _words_language(words)
    if told is None and tag in FUNCTION_WORD_SETS:
        return _short_text_language(own) == tag
    if told == EDITION_LANGUAGE:
        return False
    if tag in FUNCTION_WORD_SETS:
        return _share(words, tag) >= COMMON_SHARE
    letters = "".join(words)
    return bool(_script(words)) and len(LATIN_LETTERS.findall(letters)) < len(letters) / 2


def language_of_words(words: list[str]) -> str:
    """The tag of the language a body is, beyond doubt, written in by its own `words` alone
    (outside quotation marks: `_own_text`), where no field names one: of the languages of
    `FUNCTION_WORDS` (in Latin letters) the one whose commonest words are the largest share of
    its words, `COMMON_SHARE` or more, where the body `reads_as` no English; '' for none (a text
    in another alphabet is not told from its letters: Russian, Ukrainian, Bulgarian share them).
    `J'ai reçu votre message ... de ma très haute considération.` -> 'fr'; `General de Gaulle
    said: "La France a été, dès le premier jour, ..."` -> '' (an English cable quoting French)."""
    tag = _words_language(words)
    return "" if tag in (None, EDITION_LANGUAGE) else tag


def script_language(words: list[str]) -> tuple[str, str]:
    """(script, tag) for a body whose own `words` (`_own_text`) are mostly in another script than
    the Latin (`_script`), however few where nearly all are of it (`FEWEST_LETTERS` tells
    languages of one script apart by their words; a script is seen in a word): 'ru' for
    Cyrillic words that read as Russian (`_reads_russian`); else `UNDETERMINED`'s tag, for a
    script shared by several languages (Cyrillic: Ukrainian, Bulgarian, Serbian ...) or not told
    here. ('', '') for Latin letters, none, or few in two scripts. `Мы изучили ваши предложения.
    Мы не против протокола, ...` and `Мы получили ваше письмо.` -> ('CYRILLIC', 'ru'); `Ми
    вивчили ваші пропозиції ...` (Ukrainian), `Мы не згодны з гэтым.` (Belarusian) ->
    ('CYRILLIC', 'und')."""
    script = _script(words)
    if script in ("", "LATIN"):
        return "", ""
    if script == "CYRILLIC" and _reads_russian([w for w in words if script_of(w) == script]):
        return script, "ru"
    return script, UNDETERMINED[0]


def _script(words: list[str]) -> str:
    """The script most letters of `words` are in (`alphabets.script_counts`); in fewer than
    `FEWEST_LETTERS` letters, only where it holds `SHORT_SCRIPT_SHARE` of them; '' for none."""
    letters = "".join(words)
    counts = script_counts(letters)
    if not counts:
        return ""
    script, held = counts.most_common(1)[0]
    if len(letters) >= FEWEST_LETTERS:
        return script
    return script if held >= SHORT_SCRIPT_SHARE * len(letters) else ""


def _reads_russian(cyrillic: list[str]) -> bool:
    """Whether Cyrillic words are Russian: `RUSSIAN_ALPHABET_SHARE` of them or more of the
    Russian alphabet, with a letter of its own (`RUSSIAN_ONLY`) and one Belarusian lacks
    (`NOT_BELARUSIAN`), and `COMMON_SHARE` of them its commonest (`RUSSIAN_WORDS`). The least
    it needs, one of those words and one of each set of letters, holds a short note too: `Мы
    получили ваше письмо.` (мы, ы, и)."""
    russian = sum(bool(RUSSIAN_LETTERS.fullmatch(word)) for word in cyrillic)
    common = sum(word in RUSSIAN_WORDS for word in cyrillic)
    letters = "".join(cyrillic)
    return russian >= RUSSIAN_ALPHABET_SHARE * len(cyrillic) \
        and common >= COMMON_SHARE * len(cyrillic) \
        and bool(RUSSIAN_ONLY.search(letters) and NOT_BELARUSIAN.search(letters))


def quoted_language(body: Iterable[Paragraph]) -> str:
    """The tag of the language of the words the body quotes (in quotation marks: `QUOTATION`),
    told as a text's own are (`FEWEST_LETTERS` of them or more): English where `COMMON_SHARE` of
    them are the commonest English words, else `language_of_words`'s; '' for none or too few.
    `General de Gaulle said: "La France a été, dès le premier jour, aux côtés de ses alliés. Il
    n'y a pas lieu de revenir sur ce qui a été dit ..."` -> 'fr'."""
    words = [word for para in body if _holds_quotation_marks(para.text)
             for quoted in QUOTATION.findall(para.text.lower()) for word in WORD.findall(quoted)]
    return _words_language(words) or ""


def _holds_quotation_marks(text: str) -> bool:
    """Whether `text` holds a mark a `QUOTATION` opens with (`OPENING_MARKS`; most paragraphs
    hold none: they are passed over without being put in lower case and searched)."""
    return OPENING_MARKS.search(text) is not None


QUOTED_SENTENCE_WORDS = 4
"""The fewest words of a quoted sentence whose language `sentence_language` tells."""
QUOTED_COMMON_WORDS = 2
"""The fewest of a language's `FUNCTION_WORDS` a quoted sentence has that is told in it."""
NAME_PARTICLES = frozenset("de del la las los y e da do dos di du le".split())
"""Small words that join the parts of a Spanish, Portuguese, French or Italian name (`Dorticós
y Roa`, `Palacio de la Revolución`), two at most in a row between capitalised words: no
evidence of the language of the text naming it."""
PARTICLES_IN_A_ROW = 2


def sentence_language(sentence: str) -> str:
    """The language a quoted sentence is in beyond doubt, of the languages of `FUNCTION_WORDS`
    but English: `QUOTED_SENTENCE_WORDS` words or more, none of them English's commonest, and
    more of the language's commonest than of any other's, `QUOTED_COMMON_WORDS` at the least;
    '' for none:
    `Wir werden das nicht annehmen.` -> 'de' (`werden`, `das`, `nicht`); `No aceptaremos la
    inspección de ninguna manera.` -> 'es' (`no`, `la`, `de`; two French); `La France a été aux
    côtés de ses alliés.` -> '' (`la`, `de`: French as much as Spanish); `The people of Santiago
    de Cuba will fight.` -> '' (English's `the`, `of`)."""
    words = WORD.findall(sentence.lower())
    return _told_language(words, len(words))


def _told_language(told: list[str], count: int, fewest: int = QUOTED_COMMON_WORDS) -> str:
    """The language of `FUNCTION_WORDS` but English of whose commonest words `told` (in lower
    case) holds more than of any other's, `fewest` at the least, and none of English's; '' for
    none, or where the text has fewer than `QUOTED_SENTENCE_WORDS` words (`count`)."""
    counts = _common_word_counts(told)
    if count < QUOTED_SENTENCE_WORDS or counts.pop(EDITION_LANGUAGE):
        return ""
    first, second = sorted(counts.values(), reverse=True)[:2]
    if first < fewest or first == second:
        return ""
    return max(counts, key=counts.__getitem__)


def title_language(title: str, named: Sequence[str]) -> str:
    """The language of a title by its own words; '' for English or where they cannot tell.
    `named`: the languages the document names, the text's first (`text_language`), then the
    original's its Language field names. In another alphabet than the Latin (most of its
    letters), the first of them in another alphabet; else the one of `FUNCTION_WORDS` of whose
    commonest words it has more than of any other language's, English's too: one the document
    names, or any with two or more (one word is no evidence of a language it does not name);
    with none of any language's, the text's where that is not English. An initial (`V.S.`) is
    no word (`_words`):
    `Aufzeichnung über das Gespräch ... in Bonn` -> 'de' (`das`, `des`, `mit` against `in`);
    `Compte rendu de l'entretien entre M. Dejean et M. Gromyko` above an English translation
    -> 'fr' (`de`, `et`); `Record of Conversation with Castro` above a Russian text -> ''."""
    words = _words(title)
    letters = "".join(words)
    if not letters:
        return ""
    if len(LATIN_LETTERS.findall(letters)) < len(letters) / 2:
        return next((tag for tag in named if tag and tag not in FUNCTION_WORD_SETS), "")
    counts = _common_word_counts(words)
    most = max(counts.values())
    if not most:
        return named[0] if named and named[0] != EDITION_LANGUAGE else ""
    tags = [tag for tag, count in counts.items() if count == most]
    if EDITION_LANGUAGE in tags:
        return ""
    told = [tag for tag in tags if tag in named] or (tags if most >= 2 else [])
    return told[0] if len(told) == 1 else ""


def _foreign_language(words: list[str]) -> str:
    """Of the languages of `FUNCTION_WORDS` but English, the one whose commonest words are the
    largest share of `words`, `COMMON_SHARE` or more; '' for none."""
    if not words:
        return ""
    shares = {tag: _share(words, tag) for tag in FUNCTION_WORD_SETS if tag != EDITION_LANGUAGE}
    tag = max(shares, key=shares.__getitem__)
    return tag if shares[tag] >= COMMON_SHARE else ""


def _own_text(body: Iterable[Paragraph]) -> str:
    """The body's text outside quotation marks (`QUOTATION`): the text's own, its paragraphs
    joined by a line break."""
    return "\n".join(QUOTATION.sub(" ", para.text) for para in body)


def _words(text: str) -> list[str]:
    """The words of `text` in lower case, a name's initials left out (`INITIAL`): `V.V.
    Kuznetsov; S.A. Mikoyan` -> `kuznetsov`, `mikoyan`, not the Czech `v`, `s`."""
    return WORD.findall(INITIAL.sub(" ", text).lower())


def _words_language(words: list[str]) -> str | None:
    """The language `words` are told to be in: None with fewer than `FEWEST_LETTERS` letters
    (too few to tell); English where `COMMON_SHARE` of them or more are its commonest words;
    else `_foreign_language`'s ('' where no language of `FUNCTION_WORDS` shows)."""
    if len("".join(words)) < FEWEST_LETTERS:
        return None
    if _share(words, EDITION_LANGUAGE) >= COMMON_SHARE:
        return EDITION_LANGUAGE
    return _foreign_language(words)


def _share(words: list[str], tag: str) -> float:
    """The share of `words` that are among the commonest of language `tag` (`FUNCTION_WORDS`)."""
    return _common_word_count(words, tag) / len(words)


def _common_word_counts(words: list[str]) -> dict[str, int]:
    """Tag -> how many of `words` are that language's `FUNCTION_WORDS`, for each language."""
    return {tag: _common_word_count(words, tag) for tag in FUNCTION_WORD_SETS}


def _common_word_count(words: list[str], tag: str) -> int:
    """How many of `words` are among the commonest of language `tag` (`FUNCTION_WORDS`)."""
    common = FUNCTION_WORD_SETS[tag]
    return sum(word in common for word in words)


def text_language(field: Field, body: Iterable[Paragraph], translated: bool, path: str,
                  reporter: Reporter) -> tuple[str, str]:
    """(BCP 47 tag, name) of the language of the text. The archive's Language field names the
    document's language, which is the original's: the Wilson Center prints `Language / Russian`
    above its English translation. It is the text's when the text is that original: no translator
    is named and its words are the language's, not English (`reads_as`). Where there is no
    field (a telegram's layout has none), an untranslated text is in the language its words
    show (`language_of_words`), so that the layout does not decide the language. Otherwise the
    text is in the edition's language. A name not in `LANGUAGE_NAMES` is reported, never
    guessed:
    `Language / German` above `Sehr geehrter Herr Präsident, ...` -> ('de', 'German');
    `Language / Russian` above `MIKOYAN: I understand your feelings.` -> ('en', 'English');
    no field above `Monsieur le Président, J'ai reçu votre message ...` -> ('fr', 'French')."""
    default = (EDITION_LANGUAGE, LANGUAGE_NAMES[EDITION_LANGUAGE])
    if not field.value.strip():
        if translated:
            return default
        own = _own_text(body)
        words = _words(own)
        tag = language_of_words(words) or _short_text_language(own)
        return (tag, LANGUAGE_NAMES[tag]) if tag else _script_language(words, path, reporter)
    tag = language_tag(field.value)
    if not tag:
        name = " ".join(field.value.split())
        reporter.warning(Location(path, field.line or 1, field.column or 1),
                         f"unknown language '{name}': the text is taken as {default[1]}"
                         f"{did_you_mean(name, LANGUAGE_NAMES.values())}", "language")
        return default
    if tag != EDITION_LANGUAGE and not translated and reads_as(tag, body):
        return tag, LANGUAGE_NAMES[tag]
    return default


def _short_text_language(own: str) -> str:
    """The language of a text, its `own` words, too short for their share of common words to
    tell it (under `FEWEST_LETTERS` letters), read as a quoted sentence's is
    (`sentence_language`): no English commonest word, two of one language's at the least, more
    than of any other's; not a word of a name (`_told_words`: `UN`, `de la` of `Palacio de la
    Revolución`), and three in a text in capitals, whose capitals say nothing. `Jutro Mikojan
    uda się do Hawany.` -> 'pl' (`się`, `do`); `Genosse Mikojan ist in Havanna.` -> '' (`ist`
    alone); `No UN inspection yet.` -> '' (`no` alone); '' for a longer text."""
    words = WORD.findall(INITIAL.sub(" ", own))
    if len("".join(words)) >= FEWEST_LETTERS:
        return ""
    capitals = not any(letter.islower() for letter in own)
    told = [word.lower() for word in (words if capitals else _told_words(words))]
    return _told_language(told, len(words), QUOTED_COMMON_WORDS + capitals)


def _told_words(words: list[str]) -> list[str]:
    """`words` (as written) less those of a name: an acronym in capitals (`UN`, `NO` of a
    telegram's capitals in a mixed text), and one or two of a name's particles between
    capitalised words (`NAME_PARTICLES`: `y` of `Dorticós y Roa`, `de la` of `Palacio de la
    Revolución`)."""
    particles: set[int] = set()
    at = 0
    while at < len(words):
        end = at
        while end < len(words) and words[end] in NAME_PARTICLES:
            end += 1
        if 0 < at < end < len(words) and end - at <= PARTICLES_IN_A_ROW \
                and words[at - 1][0].isupper() and words[end][0].isupper():
            particles.update(range(at, end))
        at = end + 1 if end == at else end
    return [word for at, word in enumerate(words)
            if at not in particles and not (len(word) > 1 and word.isupper())]


def _script_language(words: list[str], path: str, reporter: Reporter) -> tuple[str, str]:
    """(tag, name) of an untranslated text without a Language field by the script of its own
    `words` (`script_language`): Russian, or `UNDETERMINED`, with a warning that asks for the field;
    English for Latin letters, none, or few in two scripts."""
    script, tag = script_language(words)
    if tag == UNDETERMINED[0]:
        reporter.warning(Location(path, 1, 1),
                         f"the text is in {script.title()} letters, which do not tell its language,"
                         " and no Language field names it: the text is declared in no language"
                         f" ('{tag}'); give the Language field", "language")
        return UNDETERMINED
    return (tag, LANGUAGE_NAMES[tag]) if tag else (EDITION_LANGUAGE,
                                                   LANGUAGE_NAMES[EDITION_LANGUAGE])
