"""The set words of letters in each language of the corpus: salutations, valedictions, signatures."""

from __future__ import annotations

import re


SIGNED_BY_WORDS = {
    "en": r"recorded|transcribed|drafted|prepared|written|signed|approved",
    "ru": r"записал[аи]?|подписал[аи]?|подпись|составил[аи]?",
    "de": r"unterschrift|gezeichnet|aufgezeichnet",
    "fr": r"signé|rédigé",
    "es": r"firmado|firma|redactado",
}
"""Words before a colon that say who signed or wrote the record: `Recorded by: [signature] V.
Tikhmenev`, `Записал: [подпись] В. Тихменев`, `Unterschrift: Adenauer`, `Signé : C. de Gaulle`."""
SIGNATURE_GAPS = r"signature|подпись|unterschrift|signé|firma"
"""The transcriber's bracket for where the signature stands: `[signature]`, `[подпись]`."""
SIGNED = re.compile(rf"^(?:{'|'.join(SIGNED_BY_WORDS.values())})\b.*:|\[(?:{SIGNATURE_GAPS})\]",
                    re.IGNORECASE)
"""A line that says who signed: `Recorded by: [signature] V. Tikhmenev`, `Записал: [подпись] В.
Тихменев`, or the signature's place in brackets."""
