"""The examples run against the fake, and the user-code type check finds what
user code must never need (casts, ignores)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import check_user_code  # noqa: E402


def test_typed_workflow_runs_against_the_fake() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWELVELABS_")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "typed_workflow.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    for step in ("index ", "task ", "searched", "analysis:", "streamed", "gist:", "embedding:"):
        assert step in done.stdout, step
    assert "async count: 1" in done.stdout
    assert "MISSING" not in done.stdout


def test_readme_is_extracted_as_one_script_plus_one_module_per_pytest_example() -> None:
    modules = check_user_code.readme_modules()
    assert "client.indexes.create" in modules["readme_snippets.py"]
    tests = [name for name in modules if name.startswith("readme_test_")]
    assert tests
    assert all("def test_" in modules[name] for name in tests)


def test_casts_and_ignores_in_user_code_are_reported() -> None:
    found = check_user_code.forbidden_constructs(
        {
            "a.py": "x = cast(str, y)\nz = 1  # type: ignore[arg-type]\nok = 2\n",
            "b.py": "print(video.id)\n",
        }
    )
    assert found == ["a.py:1: x = cast(str, y)", "a.py:2: z = 1  # type: ignore[arg-type]"]


def test_examples_and_readme_hold_no_casts_or_ignores() -> None:
    sources = {p.name: p.read_text() for p in (ROOT / "examples").glob("*.py")}
    sources.update(check_user_code.readme_modules())
    assert check_user_code.forbidden_constructs(sources) == []
