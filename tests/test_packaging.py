"""What the wheel ships: the product packages, never the measuring tools kept beside them.

The package list is the one ``[tool.setuptools.packages.find]`` in pyproject.toml gives, found
the way setuptools finds it at build time (no wheel is built here). The product's own modules
must load without them too: an installed Encore has neither.
"""

import ast
import tomllib
from collections.abc import Iterator
from pathlib import Path

from setuptools import find_namespace_packages, find_packages

ROOT = Path(__file__).resolve().parent.parent
# Anywhere in a package's dotted name: they once lived inside matching (matching.bench).
NOT_SHIPPED = {"benchmarks", "bench", "evaluation", "tests"}


def shipped_packages() -> set[str]:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    find = pyproject["tool"]["setuptools"]["packages"]["find"]
    finder = find_namespace_packages if find.get("namespaces", True) else find_packages
    (where,) = find.get("where", ["."])
    return set(
        finder(
            where=str(ROOT / where),
            include=find.get("include", ["*"]),
            exclude=find.get("exclude", ()),
        )
    )


def test_the_wheel_ships_no_benchmark_evaluation_or_test_code():
    leaked = sorted(p for p in shipped_packages() if NOT_SHIPPED & set(p.split(".")))
    assert leaked == []


def test_the_wheel_ships_the_product_and_the_demo_content():
    assert {"app.cli", "app.pages", "data.demo.content", "matching", "outreach", "reading"} <= (
        shipped_packages()
    )


def imports_run_on_load(tree: ast.AST) -> Iterator[str]:
    """Modules imported when the file is loaded: everywhere but inside a function body."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            yield node.module
        yield from imports_run_on_load(node)


def test_product_code_loads_without_the_measuring_tools():
    # Product modules import them inside a command only (the wheel ships neither).
    product = sorted({p.split(".")[0] for p in shipped_packages()})
    found = [
        f"{path.relative_to(ROOT)}: {name}"
        for package in product
        for path in sorted((ROOT / package).rglob("*.py"))
        for name in imports_run_on_load(ast.parse(path.read_text(encoding="utf-8")))
        if name.split(".")[0] in {"benchmarks", "evaluation"}
    ]
    assert found == []
