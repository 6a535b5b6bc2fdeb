"""A table's rows as a transcription types them (`Ship | Port | Departed`, columns spaced apart)
-> their cells: a row is a line of its own, never joined to the next nor a closing line."""

from __future__ import annotations

import re

COLUMN_GAP = re.compile(r"[ \t]{3,}")
"""The spaces between two columns of a line, three or more: `Secretary of the CC CPSU     N.
Khrushchev`."""
FIGURE = re.compile(r"[\d.,%()\-–]*\d[\d.,%()\-–]*")
"""A column of figures: `4,200.0`, `92.2`, `(12)`, `15%`."""


def table_rows(last: str, line: str) -> bool:
    """Whether `last` and `line` are two rows of a table: three columns or more each, the spaces
    between them three or more (`COLUMN_GAP`), a column of figures in one of them at least
    (`Group of goods    Plan 1962    Per cent` / `Oil and oil products    4,200.0    92.2`), or
    the same columns ruled by bars in both (`Ship | Port | Departed` / `Bratsk | Mariel | 6 Nov`:
    `table_cells`); not a signer's office and name side by side (`office_beside_signature`), two
    columns, nor prose typed with wide spaces between its sentences, no figures."""
    rows = [COLUMN_GAP.split(each.strip()) for each in (last, line)]
    ruled = [len(table_cells(each)) for each in (last, line) if BAR in each]
    return (all(len(columns) > 2 for columns in rows)
            and any(FIGURE.fullmatch(column) for columns in rows for column in columns)) \
        or (len(ruled) == 2 and ruled[0] == ruled[1] > 2)


BAR = "|"
"""What rules a table's columns in a typed transcription: `Ship | Port | Departed`."""
CELL_GAP = re.compile(r"[ \t]*\|[ \t]*|[ \t]{2,}")
"""Between two cells of a table's row: a bar, or two spaces or more."""


def table_cells(line: str) -> list[str]:
    """The cells of `line` as a table's row, three or more, none a sentence's end or clause's
    (`Ship | Port | Departed`, `Divnogorsk  Mariel    5 Nov`); [] for any other line (`He
    left.  She came.  We stayed.`, typed with wide spaces between sentences; `A. MIKOYAN
    F. CASTRO`, two signatures side by side)."""
    text = line.strip()
    cells = [cell.strip() for cell in (text.split(BAR) if text.count(BAR) > 1
                                       else CELL_GAP.split(text))]
    return cells if len(cells) > 2 and all(cell and cell[-1] not in ".!?:;," for cell in cells) \
        else []


def in_a_table(lines: list[str], index: int) -> bool:
    """Whether line `index` of `lines` is a table's row beside another of as many cells
    (`table_cells`): `Divnogorsk  Mariel    5 Nov` under `Ship        Port      Departed`."""
    cells = len(table_cells(lines[index]))
    return cells > 0 and any(0 <= near < len(lines) and len(table_cells(lines[near])) == cells
                             for near in (index - 1, index + 1))
