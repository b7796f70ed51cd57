"""The public API is exactly what __all__ says in each public module, and
`make api-diff` (scripts/api_diff.py) counts nothing else."""

from __future__ import annotations

import ast
import importlib
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "overlay" / "twelvelabs_sdk"


def _public_modules() -> dict[str, Path]:
    """Dotted name -> file, for every module no part of whose path is private."""
    found: dict[str, Path] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if any(p.startswith("_") and p != "__main__" for p in parts):
            continue
        found[".".join(parts)] = path
    return found


def _declared_all(path: Path) -> list[str] | None:
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        if any(isinstance(t, ast.Name) and t.id == "__all__" for t in targets):
            assert isinstance(node, ast.Assign | ast.AnnAssign)
            assert node.value is not None
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return [str(v) for v in value]
    return None


def _defined_public_names(path: Path) -> set[str]:
    """Functions, classes and assignments made at the top level, not starting with _."""
    names: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return {n for n in names if not n.startswith("_")}


PUBLIC = _public_modules()
# Third-party packages behind extras (twelvelabs_sdk.ray needs the ray extra).
OPTIONAL = {"ray"}


def test_the_public_modules_are_the_expected_ones() -> None:
    assert set(PUBLIC) == {
        "twelvelabs_sdk",
        "twelvelabs_sdk.__main__",
        "twelvelabs_sdk.bulk",
        "twelvelabs_sdk.ray",
        "twelvelabs_sdk.types",
        "twelvelabs_sdk.resources",
        "twelvelabs_sdk.testing",
        "twelvelabs_sdk.testing.__main__",
        "twelvelabs_sdk.testing.pytest_plugin",
    }


@pytest.mark.parametrize("module", sorted(PUBLIC))
def test_every_public_module_declares_all_and_defines_nothing_public_outside_it(
    module: str,
) -> None:
    declared = _declared_all(PUBLIC[module])
    assert declared is not None, f"{module} has no __all__"
    assert len(declared) == len(set(declared))
    stray = _defined_public_names(PUBLIC[module]) - set(declared)
    assert not stray, f"{module} defines public names outside __all__: {sorted(stray)}"


@pytest.mark.parametrize("module", sorted(m for m in PUBLIC if not m.endswith("__main__")))
def test_every_name_in_all_resolves(module: str) -> None:
    try:
        loaded = importlib.import_module(module)
    except ImportError as exc:
        missing = exc.name or getattr(exc.__cause__, "name", None)
        if missing in OPTIONAL:  # an extra that is not installed here
            pytest.skip(f"{module} needs {missing}")
        raise
    for name in loaded.__all__:
        assert hasattr(loaded, name), f"{module}.{name}"


def test_api_diff_counts_only_names_in_all() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import api_diff
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    package = api_diff.load("twelvelabs_sdk", ROOT)
    assert package is not None
    found = api_diff.surface(package).found
    for path in found:
        parts = path.split(".")
        # The longest public module that prefixes the path owns its first name.
        owner = max((m for m in PUBLIC if path.startswith(m + ".")), key=len)
        first = path[len(owner) + 1 :].split(".")[0]
        declared = _declared_all(PUBLIC[owner]) or []
        assert first in declared, f"{path} is counted but {owner}.__all__ lacks {first}"
        assert not any(p.startswith("_") and p != "__init__" for p in parts), path
    assert "twelvelabs_sdk.resources.Indexes" in found
    assert not any("create_op" in p or "list_plan" in p for p in found)
