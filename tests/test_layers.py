"""The package reads as the pipeline: each stage imports only itself and the stages below it, and
only the adapter knows MkDocs, Material or mkdocs-macros (so a move to ProperDocs, Zensical or a
plain generator rewrites the adapter alone)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import PROJECT

PACKAGE = PROJECT / "macros"
# Lower stages first; the two entry points stand side by side at the top.
RANK = {"core": 0, "data": 1, "views": 2, "output": 3, "adapter": 4, "cli": 4}
SITE_GENERATOR = {"mkdocs", "material", "mkdocs_macros", "properdocs"}


def imports_of(source: str) -> set[str]:
    """Every module a source imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            # Why: a relative import could reach round the rules unseen.
            assert node.level == 0, "macros/ imports absolutely (from macros.core import …)"
            found.add(str(node.module))
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def stage_of(module: str) -> str | None:
    """ "data" for macros.data.models; None outside the package's stages."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "macros" and parts[1] in RANK else None


def violations(stage: str, name: str, imported: set[str]) -> list[str]:
    """What one module of `stage` imports against the rules."""
    found = []
    for module in sorted(imported):
        if module.split(".")[0] in SITE_GENERATOR and stage != "adapter":
            found.append(f"{name} imports {module}: only macros/adapter/ may know the generator")
        target = stage_of(module)
        if target is None or target == stage:
            continue
        if RANK[target] >= RANK[stage]:
            found.append(f"{name} ({stage}) imports {module} ({target}), a stage above or beside")
    return found


def modules() -> list[tuple[str, Path]]:
    return sorted(
        (path.relative_to(PACKAGE).parts[0], path)
        for path in PACKAGE.rglob("*.py")
        if len(path.relative_to(PACKAGE).parts) > 1
    )


def test_every_module_lives_in_a_stage() -> None:
    loose = sorted(path.name for path in PACKAGE.glob("*.py") if path.name != "__init__.py")
    assert loose == []
    assert {stage for stage, _ in modules()} == set(RANK)


def test_no_stage_imports_a_higher_one_and_only_the_adapter_knows_mkdocs() -> None:
    found = []
    for stage, path in modules():
        name = path.relative_to(PROJECT).as_posix()
        found += violations(stage, name, imports_of(path.read_text(encoding="utf-8")))
    assert found == []


@pytest.mark.parametrize(
    ("stage", "source", "expected"),
    [
        ("data", "from macros.views.views import x", "imports macros.views.views (views)"),
        ("views", "def f():\n    import mkdocs.plugins", "only macros/adapter/ may know"),
        ("cli", "from macros.adapter import plugin", "a stage above or beside"),
        ("output", "from material.plugins import search", "only macros/adapter/ may know"),
    ],
)
def test_the_rules_catch_a_wrong_import(stage: str, source: str, expected: str) -> None:
    assert any(expected in problem for problem in violations(stage, "x.py", imports_of(source)))


def test_the_rules_allow_the_right_imports() -> None:
    source = "from macros.core.clock import AsOf\nfrom macros.data import rules\nimport yaml"
    assert violations("views", "x.py", imports_of(source)) == []
    assert violations("adapter", "x.py", imports_of("from mkdocs.plugins import BasePlugin")) == []
