"""Spanish days and months counted from the document date, as their English words are."""

from __future__ import annotations

import pytest

from tests.conftest import INFERRED, TEI, compact_xml, encode_text, page


def counted(day: str, words: str) -> str:
    return f'<date when="{day}" {INFERRED}>{words}</date>'


@pytest.mark.parametrize("body, dates", [
    ("Ayer el compañero Mikoyan llegó a La Habana. Mañana se reunirá con el Primer Ministro.",
     [counted("1962-11-02", "Ayer"), counted("1962-11-04", "Mañana")]),
    ("El pasado lunes la Unión Soviética anunció la retirada. El próximo martes el Consejo se "
     "reunirá.", [counted("1962-10-29", "pasado lunes"), counted("1962-11-06", "próximo martes")]),
    ("El viernes pasado habló. El sábado que viene hablará.",
     [counted("1962-11-02", "viernes pasado"), counted("1962-11-10", "sábado que viene")]),
    ("En enero la OEA expulsó a Cuba. Los ministros se reunirán en enero.",
     [counted("1962-01", "enero"), counted("1963-01", "enero")]),
    # the morning is no day, a month with its year is that year's, a weekday without a cue
    # is told by a tense, which is not read in Spanish: none
    ("Llegó ayer por la mañana. Mañana por la mañana se reunirán. El lunes habló.",
     [counted("1962-11-02", "ayer"), counted("1962-11-04", "Mañana")]),
    ("En enero de 1959 triunfó la Revolución. Esta mañana habló.",
     ['<date when="1959-01">enero de 1959</date>', counted("1962-11-03", "Esta mañana")]),
    # review 11 L4: a day of the month named alone, by the tense or as a paper's day
    ("Recibí su carta del día 28. El día 5 llegaron los barcos. El día 10 se reunirán.",
     [counted("1962-10-28", "día 28"), counted("1962-10-05", "día 5"),
      counted("1962-11-10", "día 10")]),
    ("El día 26 de octubre llegó Mikoyan. En el día 3 no hay nada.",
     [counted("1962-10-26", "26 de octubre")]),
], ids=["ayer, mañana", "el pasado lunes, el próximo martes", "the cue after the weekday",
        "en enero: past, future", "la mañana: the morning", "a year; esta mañana",
        "el día 28: a paper's, the past, the future", "a date's day; no tense: none"])
def test_a_spanish_word_of_a_day_or_month_counts_from_the_document_date(body, dates, registers):
    """Review round 10 (M12): in a Spanish letter of 3 November 1962 `Ayer`, `Mañana`, `el
    pasado lunes`, `el próximo martes` and `En enero` carried no date, where their English
    words are read (as German and Polish ones are since session 24)."""
    tei, _ = encode_text(spanish(body), registers)
    assert [compact_xml(d) for d in tei.iterfind(".//t:body//t:date", TEI)] == dates


SPANISH_OPENING = ("Tengo el honor de dirigirme a usted para informarle de los acontecimientos "
                   "de la semana en la capital de la República y de las conversaciones que se "
                   "celebraron con la delegación.\n\n")


def spanish(body: str) -> str:
    """A letter of 3 November 1962 in Spanish, as its Language field says and its words show."""
    return page(SPANISH_OPENING + body, date="November 3, 1962",
                title="Carta de Osvaldo Dorticós").replace(
        "An archive.", "An archive.\n\nLanguage\n\nSpanish")


def test_a_spanish_word_of_a_day_in_an_english_text_is_no_date(registers):
    """`Hoy`, the Cuban newspaper, in an English note is no date; in a Spanish text it is
    today."""
    body = "See Fidel Castro, speech of 26 July 1962, Hoy, Havana, 27 July 1962."
    tei, _ = encode_text(page(body, date="November 3, 1962"), registers)
    assert "Hoy" not in [d.text for d in tei.iterfind(".//t:body//t:date", TEI)]
    tei, _ = encode_text(spanish("Hoy llegó Mikoyan."), registers)
    assert [d.text for d in tei.iterfind(".//t:body//t:date", TEI)] == ["Hoy"]
