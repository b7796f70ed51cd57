"""Using the fake without the `testing` extra says which extra to install."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

# Hide werkzeug as if the extra were not installed: a None entry in sys.modules
# makes every import of it fail with ModuleNotFoundError.
HIDE = "import sys; sys.modules['werkzeug'] = None; "


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", HIDE + code], capture_output=True, text=True, timeout=60, check=False
    )


@pytest.mark.parametrize(
    "code",
    [
        "from twelvelabs_sdk.testing import FakeTwelveLabs",
        "import runpy; runpy.run_module('twelvelabs_sdk.testing', run_name='__main__')",
    ],
    ids=["import", "command-line"],
)
def test_missing_extra_names_the_extra_to_install(code: str) -> None:
    done = _run(code)
    assert done.returncode != 0
    assert "ModuleNotFoundError" in done.stderr
    assert "'testing' extra" in done.stderr
    assert 'pip install "twelvelabs-sdk[testing]"' in done.stderr
    assert "missing: werkzeug" in done.stderr


def test_the_testing_package_and_its_light_names_import_without_the_extra() -> None:
    done = _run(
        "import twelvelabs_sdk.testing as t, twelvelabs_sdk.testing.pytest_plugin; "
        "print(t.Fault.__name__)"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Fault"


def test_fixture_without_the_extra_names_the_extra(tmp_path: Path) -> None:
    test = (
        "import sys\n"
        "sys.modules['werkzeug'] = None\n"
        "def test_uses_fake(twelvelabs_fake):\n"
        "    pass\n"
    )
    (tmp_path / "test_fixture_needs_extra.py").write_text(test)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode != 0
    assert 'pip install "twelvelabs-sdk[testing]"' in done.stdout
