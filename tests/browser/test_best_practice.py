"""axe-core's best practices beyond WCAG on the pages with tables and the search page.

`landmark-unique` (a scrolled table named like its section) and `label-title-only` (Pagefind's
search field, named only by its `title`) were found here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import MEMO, TELEGRAM
from .helpers import format_violations, result_documents, search


def best_practice_violations(page, axe_script: Path) -> list[dict]:
    page.add_script_tag(path=str(axe_script))
    return page.evaluate("() => axe.run(document, {runOnly: ['best-practice']})")["violations"]


@pytest.mark.parametrize("where", ["downloads.html", "analytics.html", "search.html",
                                   f"documents/{MEMO}.html"])
def test_no_best_practice_violations(page, base_url, axe_script, where):
    if where == "search.html":  # the state a reader sees: results and filters shown
        search(page, base_url, "Guevara")
        page.wait_for_selector("#search .pagefind-ui__result-link")
        result_documents(page, {MEMO, TELEGRAM})
    else:
        page.goto(base_url + where)
    page.wait_for_load_state("load")
    violations = best_practice_violations(page, axe_script)
    assert not violations, f"axe found on {where}:\n{format_violations(violations)}"

