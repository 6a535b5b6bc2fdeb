"""The contract's and the modules' references to the code (`speakers.office_label`) name what
the module they cite defines, not what it imports or what has moved elsewhere."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "edition"
REFERENCE = re.compile(r"`((?:[a-z_]+\.)+)([A-Za-z_]\w*)")
"""A backquoted dotted reference: the modules, then the name (`tei.body._one_stamp`)."""
NOT_CODE = frozenset({"model.divBottom"})
"""References shaped as the code's that are TEI's: tei_all's class `model.divBottom`."""
FILE_SUFFIXES = frozenset({"html", "js", "css", "json", "xml", "md", "txt"})
"""`search.html`: a file's name, no reference to the code."""


@cache
def defined_names(module: Path) -> frozenset[str]:
    """Every name a module defines, at any depth: functions, classes, methods, assignments."""
    names = set()
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for target in targets for t in ast.walk(target)
                         if isinstance(t, ast.Name))
    return frozenset(names)


def stale_references(text: str) -> list[str]:
    """The references of `text` to a module of the package that does not define the name."""
    stale = []
    for found in REFERENCE.finditer(text):
        module = PACKAGE.joinpath(*found.group(1).rstrip(".").split(".")).with_suffix(".py")
        reference = found.group(1) + found.group(2)
        if module.exists() and found.group(2) not in defined_names(module) \
                and reference not in NOT_CODE and found.group(2) not in FILE_SUFFIXES:
            stale.append(reference)
    return stale


@pytest.mark.parametrize("path", [ROOT / "docs" / "encoding.md", *sorted(PACKAGE.rglob("*.py"))],
                         ids=lambda path: str(path.relative_to(ROOT)))
def test_a_reference_to_the_code_names_what_its_module_defines(path):
    """Review rvB (6): the contract cited `speakers.UNIDENTIFIED_LABEL` and `speakers.role` after
    both moved to `unnamed_labels` (speakers imports them, so the name still resolved there)."""
    assert stale_references(path.read_text(encoding="utf-8")) == []


def test_a_name_a_module_only_imports_is_stale():
    assert stale_references("`speakers.role`, `speakers.office_label`") == ["speakers.role"]
