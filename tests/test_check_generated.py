"""`make check-generated` catches a spec edit until `make generate` is run."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
VENV = Path(sys.prefix)


def _make(workdir: Path, target: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", target, f"VENV={VENV}", f"STAMP={VENV}/.installed-dev"],
        cwd=workdir,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    if shutil.which("make") is None or not (VENV / "bin" / "openapi-python-client").exists():
        pytest.skip("needs make and the dev virtualenv (make setup)")
    for name in (
        "openapi.yaml",
        "openapi.overlay.yaml",
        "generator-names.yml",
        "generator-config.yml",
        "Makefile",
        "pyproject.toml",
    ):
        shutil.copy2(ROOT / name, tmp_path / name)
    for name in ("generator-templates", "generated", "scripts"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def test_check_generated_fails_on_spec_edit_until_regenerated(project_copy: Path) -> None:
    assert _make(project_copy, "check-generated").returncode == 0

    spec = project_copy / "openapi.yaml"
    spec.write_text(
        spec.read_text().replace(
            "        video_title:\n          type: string\n",
            "        video_title:\n          type: string\n        language:\n          type: string\n",
        )
    )
    failed = _make(project_copy, "check-generated")
    assert failed.returncode != 0
    assert "models/video.py" in failed.stdout + failed.stderr

    assert _make(project_copy, "generate").returncode == 0
    assert "language" in (project_copy / "generated/twelvelabs_api/models/video.py").read_text()
    assert _make(project_copy, "check-generated").returncode == 0


def test_check_generated_fails_on_a_spec_overlay_edit_and_on_a_stale_action(
    project_copy: Path,
) -> None:
    overlay = project_copy / "openapi.overlay.yaml"
    document = yaml.safe_load(overlay.read_text())
    document["actions"].append(
        {
            "target": "$.components.schemas.Video.properties.video_title",
            "description": "a description the document lacks",
            "update": {"description": "The title shown in the TwelveLabs console."},
        }
    )
    overlay.write_text(yaml.safe_dump(document))
    failed = _make(project_copy, "check-generated")
    assert failed.returncode != 0
    assert "models/video.py" in failed.stdout + failed.stderr
    spec_before = (project_copy / "openapi.yaml").read_text()

    assert _make(project_copy, "generate").returncode == 0
    video = (project_copy / "generated/twelvelabs_api/models/video.py").read_text()
    assert "The title shown in the TwelveLabs console." in video
    assert (project_copy / "openapi.yaml").read_text() == spec_before

    document["actions"][-1]["target"] = "$.components.schemas.Video.properties.title"
    overlay.write_text(yaml.safe_dump(document))
    stale = _make(project_copy, "check-generated")
    assert stale.returncode != 0
    assert "'a description the document lacks'" in stale.stderr
    assert "matches nothing" in stale.stderr
