"""The README's install lines work as written: no tag that does not exist, the
extras they name exist, and the build tool they name is in the dev extra."""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _install_section() -> str:
    match = re.search(r"^## Install as a dependency\n(.*?)(?=^## )", README, re.M | re.S)
    assert match, "README has an install section"
    return match.group(1)


def _commands() -> list[str]:
    blocks = re.findall(r"^```sh\n(.*?)^```", _install_section(), re.M | re.S)
    return [line.split("  #")[0].strip() for b in blocks for line in b.splitlines() if line]


def test_git_refs_in_install_lines_exist() -> None:
    tags = subprocess.run(
        ["git", "tag"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    for command in _commands():
        for name in re.findall(r"git\+https?://[^\s\"@]+@([^\s\"]+)", command):
            assert name in tags, f"{command!r} names git ref {name!r}, which is not a tag"


def test_extras_named_in_install_lines_exist() -> None:
    extras = PYPROJECT["project"]["optional-dependencies"]
    named = {e for c in _commands() for e in re.findall(r"\[(\w+)\]", c)}
    assert named, "the install lines show an extra"
    assert named <= extras.keys()


def test_wheel_name_matches_the_version() -> None:
    version = PYPROJECT["project"]["version"]
    for command in _commands():
        for wheel in re.findall(r"twelvelabs_sdk-([\w.]+)-py3-none-any\.whl", command):
            assert wheel == version


def test_build_tools_named_are_in_the_dev_extra() -> None:
    dev = " ".join(PYPROJECT["project"]["optional-dependencies"]["dev"])
    tools = {m for c in _commands() for m in re.findall(r"python -m (\w+)", c)}
    assert "build" in tools
    for tool in tools:
        assert re.search(rf"\b{tool}\b", dev), f"python -m {tool} needs {tool} in the dev extra"
