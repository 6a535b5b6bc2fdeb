"""Source snippet -> the encoding report's names not in a register: capitalized words of any
alphabet, whole; in German, whose nouns are all capitalized, not a noun after its article."""

import pytest

from edition.config import Settings
from edition.diagnostics import Reporter
from edition.overrides import Overrides
from edition.pipeline import encode_bytes


def unresolved(body: str, registers, language: str = "") -> list[str]:
    """The names the encoding report lists as not in a register, for a page around `body`."""
    field = f"Language\n\n{language}\n\n" if language else ""
    text = (f"November 15, 1962\n\nInformation\n\n{body}\n\nDocument Information\n\nSource\n\n"
            f"An archive.\n\n{field}Record ID\n\n1\n")
    with registers.own_provisional_persons():
        encoded = encode_bytes(text.encode("utf-8"), "x.txt", "x", registers, Settings(),
                               Overrides(), Reporter())
    return [name for _, name in encoded.document.unresolved_names]


@pytest.mark.parametrize("body, names", [
    # session 21 (r6, finding 7.3): a word was cut at its first letter outside `a-z`
    # (`Souver`, `Ud`, `Verschlu`) ...
    ("We spoke of the Souveränität of Łukasz and Verschlußsache in Moscow.",
     ["Souveränität", "Łukasz", "Verschlußsache"]),
    ("Then we met with Comrade Громыко in Moscow.", ["Громыко"]),
    # ... or at a capital inside it
    ("He spoke of the MfAA and of McNamara in Moscow.", ["MfAA", "McNamara"]),
    # ASCII words as before
    ("We met with Comrade Pavlov and Ivan Petrov in Moscow.", ["Pavlov", "Ivan Petrov"]),
], ids=["accented", "Cyrillic", "inner capitals", "ASCII"])
def test_a_name_not_in_a_register_is_listed_whole(body, names, registers):
    assert unresolved(body, registers) == names


GERMAN = ("Nach dem Gespräch hat Genosse Aristow die Haltung zur Frage der Inspektion erklärt. "
          "Er betonte die Solidarität mit Bolivien auf bolivianischem Territorium, oder Caracas. "
          "Die Presse der DDR soll die Souveränität Boliviens achten.")
"""Names the registers do not hold (their German `Mikojan`, `Kuba`, `Havanna`, `Kubas` are
linked: `test_polish_german_names`)."""


def test_a_german_noun_after_its_article_or_an_adjective_is_no_name(registers):
    assert unresolved(GERMAN, registers, "German") == [
        "Genosse Aristow", "Bolivien", "Caracas", "Souveränität Boliviens"]


def test_the_same_words_in_an_english_text_are_listed(registers):
    """The German rule is the German text's: in English, `the Haltung` is a candidate."""
    assert unresolved(GERMAN, registers, "English") == [
        "Gespräch", "Genosse Aristow", "Haltung", "Frage", "Inspektion", "Solidarität",
        "Bolivien", "Territorium", "Caracas", "Presse", "Souveränität Boliviens"]
