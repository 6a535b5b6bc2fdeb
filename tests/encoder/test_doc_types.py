"""The document type guessed from the archive's Type field or the title, by whole words."""

from __future__ import annotations

import pytest

from edition.readers.common import doc_type_of


@pytest.mark.parametrize("type_field, title, expected", [
    ("", "Memorandum of Conversation, A.I. Mikoyan with Osvaldo Dorticos", "memorandum"),
    ("", "Mikoyan Telegram to the CC CPSU (no. 1856)", "telegram"),
    ("Letter", "From Kosygin to Nixon", "letter"),
    ("", "Minutes of Washington Special Actions Group Meeting", "minutes"),
    ("", "Notes of a Conversation with Fidel Castro", "memorandum"),
    ("", "Record of Conversation between A.I. Mikoyan and Fidel Castro", "memorandum"),
    ("", "Record of the Meeting of the Presidium", "minutes"),
    ("", "Henry V, Act 1, Scene 2", "drama"),
    ("", "Hamlet, Act IV", "drama"),
    # Words that only contain a type's name are no type:
    ("Report", "Report on the Contact with Cuban Leaders", "other"),
    ("Report", "Impact of the Blockade on the Cuban Economy", "other"),
    ("Report", "Towards a Non-Aggression Pact", "other"),
    ("", "Newsletter of the Embassy", "other"),
    ("", "The Foreign Assistance Act of 1961", "other"),
    ("", "Footnotes to the Protocol", "other"),
])
def test_document_type_is_named_by_whole_words(type_field, title, expected):
    assert doc_type_of(type_field, title) == expected
