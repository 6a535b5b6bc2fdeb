"""The build's fast paths (collecting, validating, publishing) give what the obvious way gives.

Each was made faster without changing a byte of the site (docs/performance.md, session 21);
these cases hold it to the slow, obvious definition it replaces.
"""

from __future__ import annotations

from edition.collect import word_count
from tests.site.helpers import XML_CHARACTERS


def obvious_word_count(text: str) -> int:
    return sum(1 for token in text.split() if any(char.isalnum() for char in token))


def test_a_word_is_a_token_holding_a_letter_or_a_digit_for_every_character():
    texts = [f"{c} x{c}y {c}{c} -{c}- {c}_" for c in XML_CHARACTERS]
    wrong = [text for text in texts if word_count(text) != obvious_word_count(text)]
    assert wrong == []


def test_a_word_count_skips_dashes_quotes_and_underscores_standing_alone():
    assert word_count("“ -- : _ __ ½ a_b 1962.") == 3
