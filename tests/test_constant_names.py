"""A constant's name means one thing in the package: no two modules define it with other words."""

import ast
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "edition"


@cache
def defining() -> dict[str, list[str]]:
    """Each name the package's modules assign at their top level -> those modules."""
    found = defaultdict(list)
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else \
                [node.target] if isinstance(node, ast.AnnAssign) else []
            for name in {t.id for t in targets if isinstance(t, ast.Name)}:
                found[name].append(path.relative_to(PACKAGE.parent).as_posix())
    return found


@pytest.mark.parametrize("name, module", [
    ("SENTENCE_OPENERS", "edition/label_heads.py"),
    ("OPENERS_BEFORE_NAMES", "edition/person_names.py"),
    ("NOT_FORENAMES", "edition/surname_bearers.py"),
    ("NOT_FORENAMES_BEFORE_A_CITY", "edition/other_places.py"),
])
def test_a_word_list_that_rules_read_is_defined_once(name, module):
    """`surname_bearers` joins the words opening a label's sentence and those opening one before
    a name: under one name in two modules (`SENTENCE_OPENERS`, imported once under an alias) a
    reader took the one for the other."""
    assert defining()[name] == [module]
