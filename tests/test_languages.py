"""languages: a quoted sentence's and a short text's language told by one count of common words."""

import pytest

from edition.languages import _short_text_language, _told_language, sentence_language


@pytest.mark.parametrize("told, count, fewest, language", [
    ("wir werden das nicht annehmen".split(), 5, 2, "de"),
    ("wir werden das nicht annehmen".split(), 3, 2, ""),      # too few words in the text
    ("genosse mikojan ist in havanna".split(), 5, 2, ""),     # `ist` alone
    ("jutro mikojan uda się do hawany".split(), 6, 2, "pl"),
    ("jutro mikojan uda się do hawany".split(), 6, 3, ""),    # in capitals, three are asked
    ("la france a été aux côtés de ses alliés".split(), 9, 2, ""),   # French as Spanish
    ("no aceptaremos the inspección de ninguna manera".split(), 7, 2, ""),   # English's `the`
])
def test_a_language_is_told_by_more_of_its_common_words_than_another_s(told, count, fewest,
                                                                        language):
    assert _told_language(told, count, fewest) == language


@pytest.mark.parametrize("text, language", [
    ("Wir werden das nicht annehmen.", "de"),
    ("No aceptaremos la inspección de ninguna manera.", "es"),
    ("The people of Santiago de Cuba will fight.", ""),
])
def test_a_quoted_sentence_is_told_as_its_words_say(text, language):
    assert sentence_language(text) == language


@pytest.mark.parametrize("text, language", [
    ("Jutro Mikojan uda się do Hawany.", "pl"),
    ("Genosse Mikojan ist in Havanna.", ""),
    ("No UN inspection yet.", ""),
    ("JUTRO MIKOJAN UDA SIĘ DO HAWANY.", ""),
])
def test_a_short_text_is_told_as_a_quoted_sentence_is(text, language):
    assert _short_text_language(text) == language
