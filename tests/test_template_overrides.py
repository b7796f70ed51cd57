"""generator-templates/ stays readable across generator upgrades.

Each override starts with a header naming the upstream template it was derived
from, the openapi-python-client version, the sha256 of that upstream file and
what it changes:

    {#- Override of openapi-python-client 0.29.1's templates/model.py.jinja
        (upstream sha256 <64 hex digits>).
        Changes: ... -#}

When the pinned generator is upgraded and its own copy of an overridden
template changed, the hash test fails naming it: read the upstream change, carry
it into the override, then record the new version and hash.
"""

from __future__ import annotations

import difflib
import hashlib
import re
import tomllib
from importlib.metadata import version
from pathlib import Path

import openapi_python_client
import pytest

ROOT = Path(__file__).resolve().parents[1]
OVERRIDES = ROOT / "generator-templates"
UPSTREAM = Path(openapi_python_client.__file__).parent / "templates"
HEADER = re.compile(
    r"\A\{#- Override of openapi-python-client (?P<version>\S+)'s templates/(?P<path>\S+)\n"
    r"\s+\(upstream sha256 (?P<sha256>[0-9a-f]{64})\)\.\n"
    r"\s+Changes: (?P<changes>.+?) -#\}\n",
    re.S,
)
TEMPLATES = sorted(str(p.relative_to(OVERRIDES)) for p in OVERRIDES.rglob("*.jinja"))


def _header(name: str) -> re.Match[str]:
    found = HEADER.match((OVERRIDES / name).read_text(encoding="utf-8"))
    assert found is not None, f"generator-templates/{name}: no override header (see {__name__})"
    return found


def _pinned_generator() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = [d for d in project["project"]["optional-dependencies"]["dev"] if "openapi-python" in d]
    assert len(pins) == 1
    return pins[0].split("==")[1]


def test_there_are_overrides_and_the_installed_generator_is_the_pinned_one() -> None:
    assert TEMPLATES
    assert version("openapi-python-client") == _pinned_generator()


@pytest.mark.parametrize("name", TEMPLATES)
def test_each_override_names_the_upstream_template_and_generator_version(name: str) -> None:
    header = _header(name)

    assert header["path"] == name  # an override only works under the upstream's own name
    assert (UPSTREAM / name).is_file(), f"the generator has no templates/{name} to override"
    assert header["version"] == _pinned_generator()
    assert len(header["changes"].split()) >= 4, "say what the override changes, and why"


@pytest.mark.parametrize("name", TEMPLATES)
def test_the_upstream_template_is_still_the_one_the_override_was_derived_from(name: str) -> None:
    header = _header(name)
    upstream = UPSTREAM / name
    now = hashlib.sha256(upstream.read_bytes()).hexdigest()

    assert now == header["sha256"], (
        f"openapi-python-client {version('openapi-python-client')} changed templates/{name} "
        f"since generator-templates/{name} was derived from it ({header['version']}). "
        f"Compare the two versions' copies (pip download openapi-python-client=="
        f"{header['version']} --no-deps), carry the upstream change into the override, "
        f"then record the new version and sha256 in its header. Installed copy: {upstream}"
    )


@pytest.mark.parametrize("name", TEMPLATES)
def test_each_override_differs_from_upstream_only_where_it_means_to(name: str) -> None:
    """No edits of spacing alone (they make an upgrade's diff noisy), and no
    override identical to the upstream template (delete it instead)."""
    override = HEADER.sub("", (OVERRIDES / name).read_text(encoding="utf-8")).splitlines()
    upstream = (UPSTREAM / name).read_text(encoding="utf-8").splitlines()

    def norm(lines: list[str]) -> list[str]:
        # Indentation is kept: in a Python template it is meaning, not spelling.
        return [line[: len(line) - len(line.lstrip())] + " ".join(line.split()) for line in lines]

    hunks = difflib.SequenceMatcher(None, upstream, override, autojunk=False).get_opcodes()
    changed = [hunk for hunk in hunks if hunk[0] != "equal"]
    assert changed, f"generator-templates/{name} is the upstream template unchanged"
    whitespace_only = [
        f"upstream lines {i1 + 1}-{i2}"
        for tag, i1, i2, j1, j2 in changed
        if tag == "replace" and norm(upstream[i1:i2]) == norm(override[j1:j2])
    ]
    assert not whitespace_only, (
        f"generator-templates/{name} differs from upstream in whitespace only at "
        f"{whitespace_only}: keep the upstream's spelling there"
    )
