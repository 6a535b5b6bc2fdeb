"""axe-core's best practices beyond WCAG on the pages with tables.

`landmark-unique` (a scrolled table named like its section) was found here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import MEMO
from .test_site import format_violations


def best_practice_violations(page, axe_script: Path) -> list[dict]:
    page.add_script_tag(path=str(axe_script))
    return page.evaluate("() => axe.run(document, {runOnly: ['best-practice']})")["violations"]


@pytest.mark.parametrize("where", ["downloads.html", "analytics.html", f"documents/{MEMO}.html"])
def test_no_best_practice_violations(page, base_url, axe_script, where):
    page.goto(base_url + where)
    page.wait_for_load_state("load")
    violations = best_practice_violations(page, axe_script)
    assert not violations, f"axe found on {where}:\n{format_violations(violations)}"

