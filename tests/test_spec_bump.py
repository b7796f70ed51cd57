"""scripts/spec_bump.py: each rehearsed bump is a valid spec that changes what it says.

(`make spec-bump-check` runs the rehearsal itself: regeneration and tests.)
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml
from build_scripts import load
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parents[1]


spec_bump = load("spec_bump")


@pytest.fixture(scope="module")
def original() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("bump", spec_bump.BUMPS, ids=lambda b: b.name)
def test_each_bump_is_a_valid_spec_and_leaves_the_original_alone(
    bump: Any, original: dict[str, Any]
) -> None:
    before = copy.deepcopy(original)
    changed, what = spec_bump.mutated(bump, original)

    validate(changed)
    assert original == before
    assert changed != original
    assert len(what) == len(bump.mutations)


def test_additive_bump_adds_a_field_a_status_an_endpoint_and_a_parameter(
    original: dict[str, Any],
) -> None:
    additive = next(b for b in spec_bump.BUMPS if b.must_fail_naming is None)
    changed, _ = spec_bump.mutated(additive, original)
    schemas = changed["components"]["schemas"]

    assert "language" in schemas["Video"]["properties"]
    assert "archived" in schemas["Task"]["properties"]["status"]["enum"]
    assert changed["paths"]["/entity-collections"]["get"]["tags"] == ["Entities"]
    assert {t["name"] for t in changed["tags"]} >= {"Entities"}
    params = changed["paths"]["/indexes/{index_id}/videos"]["get"]["parameters"]
    assert {"name": "filename", "in": "query"}.items() <= params[-1].items()


def test_generator_args_point_at_the_bumped_spec_and_a_temporary_tree(tmp_path: Path) -> None:
    args = spec_bump.generator_args(
        spec_bump.DEFAULT_GENERATOR_ARGS, tmp_path / "openapi.yaml", tmp_path / "out"
    )

    assert args[args.index("--path") + 1] == str(tmp_path / "openapi.yaml")
    assert args[-2:] == ["--output-path", str(tmp_path / "out")]
    assert "--fail-on-warning" in args


def test_makefile_passes_its_generator_args_to_the_rehearsal() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    flat = " ".join(makefile.replace("\\\n", " ").split())
    assert "GEN_ARGS := " + " ".join(spec_bump.DEFAULT_GENERATOR_ARGS.split()) in flat, (
        "scripts/spec_bump.py's DEFAULT_GENERATOR_ARGS no longer match the Makefile's GEN_ARGS"
    )
    assert 'scripts/spec_bump.py --generator-args "$(GEN_ARGS)"' in makefile
