"""The build's fast paths (collecting, validating, publishing) give what the obvious way gives.

Each was made faster without changing a byte of the site (docs/performance.md, session 21);
these cases hold it to the slow, obvious definition it replaces.
"""

from __future__ import annotations

import copy

import pytest
from lxml import etree

from edition.collect import word_count
from edition.dts import with_base
from edition.namespaces import XML_BASE
from edition.tei import serialize
from edition.tei.xml import SAFE_PARSER
from tests.conftest import SEEDS
from tests.site.helpers import XML_CHARACTERS


def obvious_word_count(text: str) -> int:
    return sum(1 for token in text.split() if any(char.isalnum() for char in token))


def test_a_word_is_a_token_holding_a_letter_or_a_digit_for_every_character():
    texts = [f"{c} x{c}y {c}{c} -{c}- {c}_" for c in XML_CHARACTERS]
    wrong = [text for text in texts if word_count(text) != obvious_word_count(text)]
    assert wrong == []


def test_a_word_count_skips_dashes_quotes_and_underscores_standing_alone():
    assert word_count("“ -- : _ __ ½ a_b 1962.") == 3


@pytest.mark.parametrize("base", [None, "https://example.org/old/"])
def test_the_whole_document_of_dts_is_written_with_its_base_and_the_tree_left_as_it_was(base):
    data = (SEEDS / "persons.xml").read_bytes()
    tei = etree.fromstring(serialize(etree.fromstring(data)), SAFE_PARSER)  # as published
    if base is not None:
        tei.set(XML_BASE, base)
    before = etree.tostring(tei)
    copied = copy.deepcopy(tei)
    copied.set(XML_BASE, "https://example.org/tei/x.xml")
    assert with_base(tei, "https://example.org/tei/x.xml") == serialize(copied)
    assert etree.tostring(tei) == before
