"""Every Python snippet in README.md runs, in order, against the fake server."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"


def _blocks() -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", README.read_text(), flags=re.DOTALL | re.MULTILINE)


def _snippets() -> list[str]:
    """The blocks run as one script, in order."""
    return [b for b in _blocks() if "def test_" not in b]


def _pytest_examples() -> list[str]:
    """The blocks that are pytest tests, run with pytest."""
    return [b for b in _blocks() if "def test_" in b]


def test_readme_has_a_snippet_per_area() -> None:
    code = "\n".join(_snippets())
    calls = [
        "indexes.create",
        "tasks.wait",
        "search.query",
        "analyze_stream",
        "gist(",
        "summarize(",
    ]
    calls += [
        "embed.create",
        "embed.tasks.wait",
        "pages()",
        "AsyncTwelveLabs",
        "with_options",
        "with_raw_response",
        "extra_headers",
        "rate_limit",
        "ProgressPrinter",
    ]
    for call in calls:
        assert call in code, call


def test_readme_snippets_run_against_the_fake(tmp_path: Path) -> None:
    testing = pytest.importorskip("twelvelabs_sdk.testing")
    (tmp_path / "video.mp4").write_bytes(os.urandom(256 * 1024))
    script = tmp_path / "readme.py"
    script.write_text("\n\n".join(_snippets()))
    with testing.FakeTwelveLabs() as fake:
        env = {**os.environ, "TWELVELABS_API_KEY": fake.api_key, "TWELVELABS_BASE_URL": fake.url}
        env.pop("TWELVELABS_DEMO_VIDEO", None)
        done = subprocess.run(
            [sys.executable, str(script)],
            check=False,
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "indexed video" in done.stdout
    assert fake.api_key not in done.stdout + done.stderr


def test_readme_pytest_examples_pass(tmp_path: Path) -> None:
    pytest.importorskip("twelvelabs_sdk.testing")
    examples = _pytest_examples()
    assert examples
    for i, code in enumerate(examples):
        (tmp_path / f"test_readme_example_{i}.py").write_text(code)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        check=False,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout[-3000:]
    assert f"{len(examples)} passed" in done.stdout
