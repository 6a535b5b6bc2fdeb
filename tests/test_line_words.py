"""line_words.sentence_at: the sentence around a span, one helper for every rule that reads one."""

import re

import pytest

from edition.line_words import sentence_at

STOPS = re.compile(r"[.!?;](?=\s|$)")
LINES = re.compile(r"[.!?\n]")


@pytest.mark.parametrize("text, word, edge, sentence", [
    ("He left. The Embassy in Santiago reports. Then", "Santiago", STOPS,
     " The Embassy in Santiago reports"),
    ("Santiago", "Santiago", STOPS, "Santiago"),
    ("In Santiago; the Chilean note", "Chilean", STOPS, " the Chilean note"),
    ("Mr. Smith went to Santiago", "Santiago", STOPS, " Smith went to Santiago"),
    ("Fue así\nEn enero la OEA expulsó a Cuba. Luego", "enero", LINES,
     "En enero la OEA expulsó a Cuba"),
    ("a 3.5 b", "b", STOPS, "a 3.5 b"),
])
def test_the_sentence_runs_from_the_last_edge_before_to_the_next_after(text, word, edge, sentence):
    start = text.index(word)
    assert sentence_at(text, start, start + len(word), edge) == sentence
