"""Page and line breaks of the printed source (TEI `pb`, `lb`), as written and read back."""

from __future__ import annotations

PAGE_LABEL = "Page"
"""The label of `[Page 345]`, which `pb` leaves unsaid: `inline` writes a page break's label as
printed (`pb/@rend`) only when it is another (`[p. 12]`); `tei.reading` prints it back."""
