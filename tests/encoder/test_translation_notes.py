"""A line above the text saying what it is translated from is the header's, not the text's."""

import pytest

from tests.conftest import body_xml, compact_xml, page, TEI

TITLE = "Memorandum by the Chinese Embassy in Havana on Cuban Opinion"
TEXT = "The Cuban masses are indignant at the Soviet withdrawal."
FIRST = f'<p n="1" xml:id="L1">{TEXT}</p>'
TELEGRAM = "Telegram from the Cuban Embassy in Moscow to Havana, November 2, 1962"

CASES = [
    # review round 9 (1962-10-xx-memo-chinese-embassy-havana.txt:7): it was line 1 of the text
    (page(f"Translated from Chinese\n\n{TEXT}", title=TITLE),
     '<note type="field" n="Translation">Translated from Chinese</note>', FIRST),
    (page(f"SECRET\n\nTranslation from the Russian\n\n{TEXT}", title=TITLE),
     '<note type="field" n="Translation">Translation from the Russian</note>', FIRST),
    (page(f"[Translated from Spanish]\n\n{TEXT}", title=TITLE),
     '<note type="field" n="Translation"><supplied reason="clarification" resp="#ed">Translated '
     'from Spanish</supplied></note>', FIRST),
    (f"{TELEGRAM}\n\nTranslated from Spanish\n\n{TEXT}\n\n[Source: MINREX archive]\n",
     '<note type="field" n="Translation">Translated from Spanish</note>', FIRST),
    # a sentence of the text, or a line naming no language, stays in the text
    (page(f"Translated from Chinese by our staff, the speech is below.\n\n{TEXT}", title=TITLE),
     None, '<p n="1" xml:id="L1">Translated from Chinese by our staff, the speech is below.</p>'),
    (page(f"Translated from Memory\n\n{TEXT}", title=TITLE),
     None, '<p n="1" xml:id="L1">Translated from Memory</p>'),
]


@pytest.mark.parametrize("source, note, first", CASES, ids=[
    "translated from", "translation from the", "in brackets", "telegram", "a sentence",
    "no language"])
def test_a_translation_note_above_the_text_is_kept_in_the_header(valid_tei, source, note, first):
    tei = valid_tei(source)
    notes = [compact_xml(n) for n in tei.iterfind(".//t:sourceDesc/t:bibl/t:note[@type='field']",
                                                  TEI)]
    assert notes == ([note] if note else [])
    assert first in body_xml(tei)
