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
normalise_spec = load("normalise_spec")


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


def test_rename_bump_renames_every_tag_and_operation_but_no_path(
    original: dict[str, Any],
) -> None:
    rename = next(b for b in spec_bump.BUMPS if b.name == "rename")
    changed, _ = spec_bump.mutated(rename, original)

    def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
        return [
            (normalise_spec.path_shape(path), method, op)
            for path, item in spec["paths"].items()
            for method, op in item.items()
        ]

    before, after = operations(original), operations(changed)
    assert [(p, m) for p, m, _ in before] == [(p, m) for p, m, _ in after]
    for (_, _, old), (_, _, new) in zip(before, after, strict=True):
        assert new["operationId"] != old["operationId"]
        assert new["tags"] != old["tags"]
    assert "/indexes/{index-id}" in changed["paths"]
    ids = [(op["tags"][0], op["operationId"]) for _, _, op in after]
    assert ("Manage indexes", "create") in ids
    assert ("Manage videos", "manage-videos-list") in ids


def test_pinned_names_undo_the_rename_entirely(original: dict[str, Any]) -> None:
    """What the generator reads after the rename bump is what it reads today, but
    for the path parameter's spelling (which generates the same Python name)."""
    rename = next(b for b in spec_bump.BUMPS if b.name == "rename")
    changed, _ = spec_bump.mutated(rename, original)
    names = yaml.safe_load(spec_bump.NAMES.read_text(encoding="utf-8"))

    today = spec_bump.prepare_spec.prepare(original, None, names)
    bumped = spec_bump.prepare_spec.prepare(changed, None, names)

    def ops(spec: dict[str, Any]) -> dict[tuple[str, str], tuple[str, list[str]]]:
        return {
            (normalise_spec.path_shape(path), method): (op["operationId"], op["tags"])
            for path, item in spec["paths"].items()
            for method, op in item.items()
        }

    assert ops(bumped) == ops(today)


def test_missing_imports_names_each_overlay_module_and_what_it_lacks(tmp_path: Path) -> None:
    tree = tmp_path / "twelvelabs_api"
    (tree / "api" / "manage_indexes").mkdir(parents=True)
    (tree / "models").mkdir()
    (tree / "__init__.py").write_text("")
    (tree / "types.py").write_text("UNSET = object()\n")
    (tree / "models" / "video.py").write_text("class Video: ...\n")
    overlay = tmp_path / "overlay" / "pkg"
    (overlay / "resources").mkdir(parents=True)
    (overlay / "resources" / "indexes.py").write_text(
        "from twelvelabs_api.api.indexes import create_index\n"
        "from twelvelabs_api.models.video import Video\n"
        "from twelvelabs_api.types import UNSET\n"
    )
    (overlay / "fine.py").write_text("from twelvelabs_api.models.video import Video\n")

    assert spec_bump.missing_imports(tree, overlay) == {
        "pkg/resources/indexes.py": ["twelvelabs_api.api.indexes.create_index"]
    }
