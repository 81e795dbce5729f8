"""The code's own rules: small modules, typer only in cli/, lower layers never import upper ones."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "mockpm"
MODULES = sorted(p for p in SRC.rglob("*.py") if "__pycache__" not in p.parts)
MAX_LINES = 400


def _imports(path: Path) -> set[str]:
    """Every module name ``path`` imports, at any depth (lazy imports included)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_the_package_is_where_the_tests_expect_it():
    assert len(MODULES) > 50 and (SRC / "grading.py").is_file()


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_no_module_is_over_the_size_limit(path: Path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_LINES


@pytest.mark.parametrize("path", [p for p in MODULES if "cli" not in p.relative_to(SRC).parts],
                         ids=lambda p: str(p.relative_to(SRC)))
def test_only_the_cli_imports_typer(path: Path):
    assert not any(name == "typer" or name.startswith("typer.") for name in _imports(path))


@pytest.mark.parametrize("path", sorted((SRC / "judge").glob("*.py")), ids=lambda p: p.name)
def test_the_judge_does_not_import_grading(path: Path):
    assert not any(name.startswith(("mockpm.grading", "mockpm.cli")) for name in _imports(path))
