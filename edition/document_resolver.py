"""The resolver of one document: its dates read by its kind and date, its names by its text."""

from __future__ import annotations

from collections.abc import Callable

from .date_checks import spanned_days
from .days_told import unread_days
from .doc_types import day_counting
from .model import Document
from .overrides import Overrides
from .person_names import WordsInLowerCase
from .registers import Registers
from .resolve import Resolver
from .surname_bearers import NamedApart


def document_resolver(document: Document, registers: Registers, overrides: Overrides,
                      speaks_here: Callable[[str], bool]) -> Resolver:
    """The `Resolver` of `document`: the relative days it leaves unread by its kind and its
    date (`days_told.unread_days`: all where a span of days dates it, but in a part of a day of
    its own), the names the overrides give, who speaks in it (`speaks_here`), the words its
    English text writes in lower case and the surnames its title names apart (`NamedApart`)."""
    title, date_field = document.raw.metadata.title.value, document.raw.metadata.date
    days = day_counting(document.doc_type, title)
    texts = [para.text for para in document.raw.body]
    resolver = Resolver(registers, dict(overrides.names),
                        days_unread=unread_days(days.written_that_day,
                                                spanned_days(date_field) is not None,
                                                document.language),
                        days_unread_on_own_day=unread_days(days.written_that_day, False,
                                                           document.language),
                        days_read_until_told=days.sent, told_later=days.told_later,
                        speaks_here=speaks_here, nouns_capitalized=document.language == "de",
                        common_words=WordsInLowerCase(texts)
                        if document.language == "en" else None)
    resolver.named_apart = NamedApart(registers, title, texts, resolver.common_words)
    return resolver
