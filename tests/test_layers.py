"""The pipeline runs one way: the site model (`collect`) is made below the renderer."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "edition"


def module_file(name: str) -> Path | None:
    """The file of module `name` of the package ('edition.tei.notes'); None if it is none."""
    path = PACKAGE.parent.joinpath(*name.split("."))
    for found in (path.with_suffix(".py"), path / "__init__.py"):
        if found.is_file():
            return found
    return None


def imported(name: str) -> set[str]:
    """The modules of the package that module `name` imports anywhere in it (in a function or
    under TYPE_CHECKING too), with the packages they are in."""
    path = module_file(name)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            module = ".".join(part for part in (base, node.module) if part)
            found.update([module] + [f"{module}.{alias.name}" for alias in node.names])
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    named = {module for module in found if module.split(".")[0] == "edition"}
    return {".".join(module.split(".")[:end]) for module in named
            for end in range(2, module.count(".") + 2)
            if module_file(".".join(module.split(".")[:end]))}


def below(name: str) -> set[str]:
    """Every module of the package that `name` imports, directly or not."""
    seen, todo = set(), [name]
    while todo:
        for module in imported(todo.pop()) - seen:
            seen.add(module)
            todo.append(module)
    return seen


def test_the_site_model_imports_nothing_of_the_renderer():
    reached = below("edition.collect")
    assert {"edition.tei.notes", "edition.records"} <= reached
    assert sorted(m for m in reached if m.startswith("edition.render")) == []


def test_the_tei_reader_imports_nothing_of_the_encoder():
    """`tei.reading` reads any TEI back as printed (pages, DTS, ingest): it shares with the
    encoder only what both sides of a page or line break agree on (`breaks`), never the
    encoder's own modules (it imported `PAGE_LABEL` from `inline`), and the namespaces."""
    assert below("edition.tei.reading") == {"edition.breaks", "edition.namespaces"}
