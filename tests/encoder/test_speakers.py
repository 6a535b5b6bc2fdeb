"""Speaker labels as printed in the archives -> (label, where the utterance starts), or not a label."""

import pytest

from edition.speakers import letter_labels, match_label

RECURRING = ["K: a", "K: b", "R. a", "R. b", "Kissinger: a", "Kissinger: b"]

LABELS = [
    ("A.I. MIKOYAN. The variant", "A.I. MIKOYAN", "The variant"),
    ("C. RAFAEL RODRIGUEZ. It would", "C. RAFAEL RODRIGUEZ", "It would"),
    ("ALEKSEEV: But Che", "ALEKSEEV", "But Che"),
    ("KING OF FRANCE. Thus comes", "KING OF FRANCE", "Thus comes"),
    ("MR. KISSINGER: Well, yes.", "MR. KISSINGER", "Well, yes."),
    ("THE PRESIDENT: Good.", "THE PRESIDENT", "Good."),
    ("K. I'm sorry", "K", "I'm sorry"),
    ("K: Yes indeed.", "K", "Yes indeed."),
    ("Kissinger: Yes.", "Kissinger", "Yes."),
    ("Mr. Kissinger: Well.", "Mr. Kissinger", "Well."),
    ("The President: We will.", "The President", "We will."),
    ("Secretary Rogers: No.", "Secretary Rogers", "No."),
    ("Stephen Kinnock. 1. What discussions", "Stephen Kinnock", "1. What discussions"),
]

NOT_LABELS = [
    "MEMORANDUM OF CONVERSATION", "CC CPSU.", "Subject: Middle East.", "Dear Mr. President:",
    "For this reason, the United States: we", "Note: this", "Begin text: x", "A. Kosygin",
    "U Thant told me", "USA and Cuba agree.", "Dobrynin: once only.", "End text.",
    "Oral Reply to Soviet Oral Comment of December 23, 1969.",
]


@pytest.mark.parametrize("text, label, utterance", LABELS, ids=[c[0] for c in LABELS])
def test_label(text, label, utterance):
    found = match_label(text, letter_labels(RECURRING))
    assert found is not None and found.kind == "turn"
    assert (found.label, text[found.rest:]) == (label, utterance)


@pytest.mark.parametrize("text", NOT_LABELS)
def test_not_a_label(text):
    found = match_label(text, letter_labels(RECURRING))
    assert found is None or found.kind != "turn"


@pytest.mark.parametrize("text, kind", [("DORTICOS objects.", "name-verb"),
                                        ("A.I. MIKOYAN expressed his sympathy", "name-verb")])
def test_name_and_verb_is_not_a_turn(text, kind):
    assert match_label(text).kind == kind
