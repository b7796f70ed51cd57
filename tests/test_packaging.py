"""One distribution, two packages: the wheel carries both, typed, and they import from it."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("hatchling")
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("twelvelabs_sdk-*.whl")
    return built


def test_wheel_holds_both_packages_with_py_typed(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "twelvelabs_sdk/__init__.py" in names
    assert "twelvelabs_api/__init__.py" in names
    assert {"twelvelabs_sdk/py.typed", "twelvelabs_api/py.typed"} <= names
    assert not any(n.startswith(("generated/", "overlay/", "tests/")) for n in names)


def test_wheel_metadata_declares_only_runtime_imports(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        meta = zf.read(next(n for n in zf.namelist() if n.endswith("METADATA"))).decode()
    required = [
        line.split(":", 1)[1].strip()
        for line in meta.splitlines()
        if line.startswith("Requires-Dist:")
    ]
    runtime = sorted(
        r.split(">")[0].split("<")[0].split("=")[0] for r in required if "extra ==" not in r
    )
    assert runtime == ["attrs", "httpcore", "httpx", "msgspec", "sniffio"]
    assert "Requires-Python: >=3.11" in meta


def test_both_packages_import_from_the_wheel(wheel: Path, tmp_path: Path) -> None:
    zipfile.ZipFile(wheel).extractall(tmp_path)
    code = (
        "import twelvelabs_sdk, twelvelabs_api, sys;"
        "print(twelvelabs_sdk.__file__); print(twelvelabs_api.__file__);"
        "from twelvelabs_sdk import TwelveLabs; TwelveLabs(api_key='k').close()"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": str(tmp_path)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert all(line.startswith(str(tmp_path)) for line in done.stdout.splitlines())


def test_wheel_carries_the_spec_and_pinned_names_the_fake_serves(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {
        "twelvelabs_sdk/testing/openapi.yaml",
        "twelvelabs_sdk/testing/generator-names.yml",
    } <= names
