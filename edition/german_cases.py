"""A register's German name in its genitive: `Kuba` -> `Kubas`, `Mikojan` -> `Mikojans`.

A German text names a country, a city or a person in the genitive with an `-s` (`die Souveränität
Kubas`, `die Reise Mikojans`, `die Straßen Moskaus`); its other cases are the nominative the
register gives. A feminine name takes none (`der Sowjetunion`), nor does a plural (`der
Vereinten Nationen`): their made form is no word a text writes, so it names nothing.
"""

from __future__ import annotations

import re

NAME = re.compile(r"(?:(?:[A-ZÄÖÜ]\.\s?)+)?[A-ZÄÖÜ][a-zäöüß]+(?<![sßxz])")
"""A name of one word (initials before it too: `A.I. Mikojan`) whose last letter takes the
genitive's `-s`: not one in `s`, `ß`, `x` or `z` (`Paris`, whose genitive is written otherwise)."""


def declined_forms(form: str, kind: str) -> list[str]:
    """The genitive of a German `form` of a person or a place (`Kuba` -> [`Kubas`], `A.I.
    Mikojan` -> [`A.I. Mikojans`]); [] for a body's, or a form of several words (`Vereinte
    Nationen`)."""
    return [form + "s"] if kind in ("person", "place") and NAME.fullmatch(form) else []
