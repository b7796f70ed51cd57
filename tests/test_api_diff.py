"""scripts/api_diff.py: what counts as the public API, what fails, what the
CHANGELOG acknowledges."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("api_diff", ROOT / "scripts" / "api_diff.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["api_diff"] = module
    spec.loader.exec_module(module)
    return module


api_diff = _load_script()

OLD = '''
"""v1"""
from ._impl import Client, helper

__all__ = ["Client", "helper", "VERSION"]
VERSION = "1.0"
'''
IMPL = """
class Client:
    def __init__(self, key: str, *, retries: int = 2) -> None: ...
    def list(self, page: int = 1) -> list[str]: ...
    def get(self, id: str) -> str: ...
    def _private(self) -> None: ...

def helper(x: int) -> int: ...
"""


def _package(root: Path, init: str, impl: str) -> Path:
    package = root / "overlay" / "twelvelabs_sdk"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(init)
    (package / "_impl.py").write_text(impl)
    return root


def _diff(tmp_path: Path, init: str, impl: str) -> object:
    old = api_diff.load("twelvelabs_sdk", _package(tmp_path / "old", OLD, IMPL))
    new = api_diff.load("twelvelabs_sdk", _package(tmp_path / "new", init, impl))
    return api_diff.diff(old, new)


def test_public_surface_follows_all_and_skips_private_members(tmp_path: Path) -> None:
    found = api_diff.surface(api_diff.load("twelvelabs_sdk", _package(tmp_path, OLD, IMPL))).found
    assert found["twelvelabs_sdk.Client.__init__"] == (
        "(self, key: str, *, retries: int = 2) -> None"
    )
    assert found["twelvelabs_sdk.helper"] == "(x: int) -> int"
    assert found["twelvelabs_sdk.VERSION"] == "attribute = '1.0'"
    assert not any("_private" in path or "_impl" in path for path in found)


def test_additions_and_changes_are_listed_and_pass(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    impl = IMPL.replace("def get(self, id: str)", "def get(self, id: str, *, fields: str = '')")
    impl += "\ndef extra() -> None: ...\n"
    init = OLD.replace('"VERSION"]', '"VERSION", "extra"]').replace("helper\n", "helper, extra\n")
    result = _diff(tmp_path, init, impl)

    assert api_diff.report("twelvelabs_sdk", result, set()) == []
    out = capsys.readouterr().out
    assert "+ twelvelabs_sdk.extra () -> None" in out
    assert "~ twelvelabs_sdk.Client.get" in out


def test_a_removed_name_fails_unless_the_changelog_names_it(tmp_path: Path) -> None:
    impl = IMPL.replace("    def list(self, page: int = 1) -> list[str]: ...\n", "")
    result = _diff(tmp_path, OLD, impl)

    failures = api_diff.report("twelvelabs_sdk", result, set())
    assert failures == ["twelvelabs_sdk.Client.list was removed"]
    assert api_diff.report("twelvelabs_sdk", result, {"twelvelabs_sdk.Client.list"}) == []


def test_an_incompatible_signature_fails_unless_acknowledged(tmp_path: Path) -> None:
    impl = IMPL.replace("def helper(x: int)", "def helper(x: int, y: int)")
    result = _diff(tmp_path, OLD, impl)

    failures = api_diff.report("twelvelabs_sdk", result, set())
    assert failures == ["twelvelabs_sdk.helper(y): Parameter was added as required"]
    assert api_diff.report("twelvelabs_sdk", result, {"twelvelabs_sdk.helper"}) == []


def test_changelog_acknowledges_only_unreleased_removed_and_changed_bullets() -> None:
    changelog = """# Changelog
## [Unreleased] (API 1.3)
### Added
- `twelvelabs_sdk.New`: not an acknowledgement.
### Removed
- `twelvelabs_sdk.resources.videos.Videos.update`: replaced by `Videos.edit`.
### Changed
- `twelvelabs_api.models.task.Task.status` and `twelvelabs_sdk.TwelveLabs.__init__`: typed.
## [0.1.0] - 2025-01-01 (API 1.3)
### Removed
- `twelvelabs_sdk.Old`: released long ago.
"""
    names = api_diff.acknowledged(changelog)

    assert names == {
        "twelvelabs_sdk.resources.videos.Videos.update",
        "twelvelabs_api.models.task.Task.status",
        "twelvelabs_sdk.TwelveLabs.__init__",
    }
    assert api_diff.is_acknowledged("twelvelabs_sdk.resources.videos.Videos.update", names)
    assert api_diff.is_acknowledged("twelvelabs_api.models.task.Task.status.x", names)
    assert not api_diff.is_acknowledged("twelvelabs_sdk.resources.videos.Videos.updated", names)


def test_the_real_changelog_acknowledges_only_dotted_names_of_the_two_packages() -> None:
    names = api_diff.acknowledged((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert all(name.startswith(("twelvelabs_sdk.", "twelvelabs_api.")) for name in names), names


def test_the_real_changelog_acknowledges_the_moved_resource_modules() -> None:
    names = api_diff.acknowledged((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert "twelvelabs_sdk.resources.indexes" in names
    assert api_diff.is_acknowledged("twelvelabs_sdk.resources.indexes.create_op", names)
    assert not api_diff.is_acknowledged("twelvelabs_sdk.TwelveLabs", names)
