"""A text's language: the archive's Language field as a BCP 47 tag where the text is the original."""

from __future__ import annotations

import re
from collections.abc import Iterable

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

ENGLISH_FUNCTION_WORDS = frozenset("""
the of and to in that is was for with on by he it as at not his this be we are have from which
would""".split())
"""The commonest English words: 21-30 % of the words of every English text of the dev corpus,
the seeds and the review documents; under 4 % of the German, French and Russian ones."""

ENGLISH_SHARE = 0.1
"""The share of `ENGLISH_FUNCTION_WORDS` among its words from which a text reads as English."""

FEWEST_LETTERS = 100
"""Fewer letters than this are too few to tell English from another language."""

WORD = re.compile(r"[^\W\d_]+")


def language_tag(name: str) -> str:
    """The BCP 47 tag of a language the archive names ('German' -> 'de'); '' for a name not in
    `LANGUAGE_NAMES`."""
    return TAGS_BY_NAME.get(" ".join(name.split()).lower(), "")


def reads_as_foreign(body: Iterable[Paragraph]) -> bool:
    """Whether the body is, beyond doubt, not English: it has `FEWEST_LETTERS` letters or more,
    and under `ENGLISH_SHARE` of its words are the commonest English ones (`the`, `of`, ...)."""
    words = [word for para in body for word in WORD.findall(para.text.lower())]
    common = sum(word in ENGLISH_FUNCTION_WORDS for word in words)
    return sum(map(len, words)) >= FEWEST_LETTERS and common < ENGLISH_SHARE * len(words)


def text_language(field: Field, body: Iterable[Paragraph], translated: bool, path: str,
                  reporter: Reporter) -> tuple[str, str]:
    """(BCP 47 tag, name) of the language of the text. The archive's Language field names the
    document's language, which is the original's: the Wilson Center prints `Language / Russian`
    above its English translation. It is the text's when the text is that original: no translator
    is named and its words are not English (`reads_as_foreign`). Otherwise, and where there is no
    field (a telegram), the text is in the edition's language. A name not in
    `LANGUAGE_NAMES` is reported, never guessed:
    `Language / German` above `Sehr geehrter Herr Präsident, ...` -> ('de', 'German');
    `Language / Russian` above `MIKOYAN: I understand your feelings.` -> ('en', 'English')."""
    default = (EDITION_LANGUAGE, LANGUAGE_NAMES[EDITION_LANGUAGE])
    if not field.value.strip():
        return default
    tag = language_tag(field.value)
    if not tag:
        name = " ".join(field.value.split())
        reporter.warning(Location(path, field.line or 1, field.column or 1),
                         f"unknown language '{name}': the text is taken as {default[1]}"
                         f"{did_you_mean(name, LANGUAGE_NAMES.values())}", "language")
        return default
    if tag != EDITION_LANGUAGE and not translated and reads_as_foreign(body):
        return tag, LANGUAGE_NAMES[tag]
    return default
