"""One version, recorded consistently: pyproject, the package, the spec, the changelog."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

import twelvelabs_sdk

ROOT = Path(__file__).resolve().parents[1]
# Semantic Versioning 2.0.0 (with the optional pre-release and build parts).
SEMVER = re.compile(
    r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?"
)
KEEP_A_CHANGELOG_SECTIONS = {"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}


def test_package_version_is_pyprojects_and_semver() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == twelvelabs_sdk.__version__
    assert SEMVER.fullmatch(twelvelabs_sdk.__version__)


def test_api_version_is_the_specs() -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    assert str(spec["info"]["version"]) == twelvelabs_sdk.API_VERSION
    assert spec["servers"][0]["url"].endswith(f"/v{twelvelabs_sdk.API_VERSION}")


def test_changelog_keeps_a_changelog_with_api_versions() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    releases = re.findall(r"^## \[([^\]]+)\](.*)$", text, re.M)
    assert releases, "no ## [version] headings"
    assert releases[0][0] == "Unreleased"
    for name, rest in releases:
        assert name == "Unreleased" or SEMVER.fullmatch(name), name
        assert re.search(r"\(API \d+\.\d+\)", rest), f"## [{name}] names no API version"
    assert f"(API {twelvelabs_sdk.API_VERSION})" in releases[0][1]
    sections = set(re.findall(r"^### (.+?)\s*$", text, re.M))
    assert sections <= KEEP_A_CHANGELOG_SECTIONS, sections - KEEP_A_CHANGELOG_SECTIONS


def test_released_version_is_in_the_changelog_or_still_unreleased() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    released = re.findall(r"^## \[(\d[^\]]*)\]", text, re.M)
    # Before the first release the version sits under Unreleased; after it, the
    # package's version is the newest released heading.
    assert not released or released[0] == twelvelabs_sdk.__version__
