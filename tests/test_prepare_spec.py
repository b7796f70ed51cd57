"""scripts/prepare_spec.py: the spec overlay applied to a copy of openapi.yaml.

(`make check-generated` proves generated/ is what the prepared copy produces;
tests/test_check_generated.py that an overlay edit is caught.)
"""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from build_scripts import load
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parents[1]


prepare_spec = load("prepare_spec")
PrepareError = prepare_spec.PrepareError


def overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


@pytest.fixture
def document() -> dict[str, Any]:
    return {
        "openapi": "3.0.1",
        "info": {"title": "API", "version": "1"},
        "tags": [{"name": "Videos"}],
        "paths": {
            "/videos": {"get": {"operationId": "listVideos", "responses": {}}},
            "/videos/{video_id}": {"delete": {"operationId": "deleteVideo", "responses": {}}},
        },
        "components": {
            "schemas": {
                "Video": {
                    "type": "object",
                    "required": ["_id"],
                    "properties": {"_id": {"type": "string"}, "created_at": {"type": "string"}},
                }
            }
        },
    }


def test_the_repository_overlay_applies_to_openapi_yaml_and_stays_a_valid_spec() -> None:
    original = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
    merged = prepare_spec.prepare(
        yaml.safe_load(original), prepare_spec.load_yaml(ROOT / "openapi.overlay.yaml")
    )

    validate(merged)
    assert (ROOT / "openapi.yaml").read_text(encoding="utf-8") == original


def test_update_merges_objects_appends_to_lists_and_replaces_values(
    document: dict[str, Any],
) -> None:
    before = copy.deepcopy(document)
    merged = prepare_spec.apply_overlay(
        document,
        overlay(
            {
                "target": "$.components.schemas.Video",
                "description": "always returned",
                "update": {
                    "required": ["_id", "created_at"],
                    "properties": {"created_at": {"format": "date-time"}},
                    "description": "A video.",
                },
            },
            {"target": "$.tags", "update": {"name": "Search"}},
        ),
    )

    video = merged["components"]["schemas"]["Video"]
    assert video["required"] == ["_id", "created_at"]  # `_id` is not repeated
    assert video["properties"]["created_at"] == {"type": "string", "format": "date-time"}
    assert video["description"] == "A video."
    assert merged["tags"] == [{"name": "Videos"}, {"name": "Search"}]
    assert document == before  # the input is left as it was


def test_update_applies_to_every_node_a_wildcard_or_filter_selects(
    document: dict[str, Any],
) -> None:
    merged = prepare_spec.apply_overlay(
        document,
        overlay({"target": "$.paths.*[?@.operationId]", "update": {"x-checked": True}}),
    )

    operations = [op for item in merged["paths"].values() for op in item.values()]
    assert [op["x-checked"] for op in operations] == [True, True]


def test_remove_deletes_every_selected_node(document: dict[str, Any]) -> None:
    merged = prepare_spec.apply_overlay(
        document,
        overlay(
            {"target": "$.paths['/videos/{video_id}']", "remove": True},
            {"target": "$.components.schemas.Video.required[0]", "remove": True},
        ),
    )

    assert list(merged["paths"]) == ["/videos"]
    assert merged["components"]["schemas"]["Video"]["required"] == []


def test_an_action_that_matches_nothing_fails_naming_it(document: dict[str, Any]) -> None:
    with pytest.raises(PrepareError) as caught:
        prepare_spec.apply_overlay(
            document,
            overlay(
                {"target": "$.tags", "update": {"name": "Search"}},
                {
                    "target": "$.components.schemas.Clip",
                    "description": "Clip.score is always returned",
                    "update": {"required": ["score"]},
                },
            ),
        )

    message = str(caught.value)
    assert "overlay action 1" in message
    assert "Clip.score is always returned" in message
    assert "$.components.schemas.Clip" in message
    assert "matches nothing" in message


@pytest.mark.parametrize(
    ("bad", "complaint"),
    [
        ({"overlay": "2.0.0", "info": {"title": "t", "version": "1"}}, "1.0.x"),
        ({"overlay": "1.0.0"}, "info"),
        (overlay({"target": "components", "update": {}}), "JSONPath starting with `$`"),
        (overlay({"target": "$.tags[", "update": {}}), "not a valid JSONPath"),
        (overlay({"target": "$.tags"}), "exactly one of `update` or `remove: true`"),
        (overlay({"target": "$.tags", "update": {}, "remove": True}), "exactly one"),
        (overlay({"target": "$.tags", "remove": "yes"}), "`remove` must be true or false"),
        (overlay({"target": "$.tags", "updates": {}}), "unknown field(s) ['updates']"),
        (overlay({"target": "$.info.title", "update": "x"}), "needs an object or array"),
        (overlay({"target": "$.info", "update": ["x"]}), "`update` must be a mapping"),
        (overlay({"target": "$", "remove": True}), "cannot remove the whole document"),
    ],
)
def test_a_malformed_overlay_fails_saying_what_is_wrong(
    document: dict[str, Any], bad: dict[str, Any], complaint: str
) -> None:
    with pytest.raises(PrepareError) as caught:
        prepare_spec.apply_overlay(document, bad)

    assert complaint in str(caught.value)


def test_the_command_writes_the_merged_copy_and_fails_without_a_traceback(
    tmp_path: Path, document: dict[str, Any]
) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(document))
    good, bad = tmp_path / "good.yaml", tmp_path / "bad.yaml"
    good.write_text(yaml.safe_dump(overlay({"target": "$.info", "update": {"version": "2"}})))
    bad.write_text(
        yaml.safe_dump(overlay({"target": "$.nothing", "description": "gone", "remove": True}))
    )
    out = tmp_path / "build" / "merged.yaml"

    def run(overlay_path: Path) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, str(ROOT / "scripts/prepare_spec.py"), "--spec", str(spec)]
        command += ["--overlay", str(overlay_path), "--no-names", "--out", str(out)]
        return subprocess.run(command, capture_output=True, text=True, check=False)

    assert run(good).returncode == 0
    assert yaml.safe_load(out.read_text())["info"]["version"] == "2"
    assert yaml.safe_load(spec.read_text())["info"]["version"] == "1"

    failed = run(bad)
    assert failed.returncode == 1
    assert "overlay action 0 ('gone') target '$.nothing' matches nothing" in failed.stderr
    assert "Traceback" not in failed.stderr


# -- normalisation (scripts/normalise_spec.py) -----------------------------------

normalise_spec = load("normalise_spec")
NormaliseError = normalise_spec.NormaliseError


def _error_response(description: str) -> dict[str, Any]:
    schema = {"$ref": "#/components/schemas/Video"}
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def test_response_refs_are_inlined_following_chains_with_their_own_description(
    document: dict[str, Any],
) -> None:
    document["components"]["responses"] = {
        "NotFound": _error_response("No such video."),
        "Gone": {"$ref": "#/components/responses/NotFound"},
    }
    responses = document["paths"]["/videos/{video_id}"]["delete"]["responses"]
    responses["404"] = {"$ref": "#/components/responses/NotFound"}
    responses["410"] = {
        "$ref": "#/components/responses/Gone",
        "summary": "3.1 lets a reference carry these",
        "description": "Deleted before.",
    }

    normalise_spec.normalise(document)

    assert responses["404"] == _error_response("No such video.")
    assert responses["410"] == _error_response("Deleted before.")
    assert document["components"]["responses"]["Gone"] == _error_response("No such video.")


@pytest.mark.parametrize(
    ("ref", "complaint"),
    [
        ("other.yaml#/components/responses/NotFound", "not local to the document"),
        ("#/components/responses/Missing", "resolves to nothing"),
        ("#/components/responses/Loop", "refer in a cycle"),
        ("#/components/schemas/Video", "must name a component response"),
    ],
)
def test_response_refs_it_cannot_inline_fail_naming_the_place(
    document: dict[str, Any], ref: str, complaint: str
) -> None:
    if "Loop" in ref:
        document["components"]["responses"] = {
            "Loop": {"$ref": "#/components/responses/Again"},
            "Again": {"$ref": "#/components/responses/Loop"},
        }
    document["paths"]["/videos"]["get"]["responses"]["404"] = {"$ref": ref}

    with pytest.raises(NormaliseError) as caught:
        normalise_spec.normalise(document)

    assert complaint in str(caught.value)
    where = "#/components/responses/" if "Loop" in ref else "#/paths/~1videos/get/responses/404"
    assert str(caught.value).startswith(where)


def _variants(*titles: str | None) -> dict[str, Any]:
    variants = []
    for title in titles:
        variant: dict[str, Any] = {"type": "object", "properties": {"x": {"type": "string"}}}
        if title is not None:
            variant["title"] = title
        variants.append(variant)
    return {"oneOf": variants}


def test_only_colliding_inline_variants_are_retitled_by_where_they_are(
    document: dict[str, Any],
) -> None:
    properties = document["components"]["schemas"]["Video"]["properties"]
    properties["source"] = _variants("Text", "Media")
    properties["target"] = _variants("Text", None)
    before = copy.deepcopy(document)

    renamed = normalise_spec.retitle_colliding_models(document)

    assert renamed == [("VideoText", "VideoSourceText"), ("VideoText", "VideoTargetText")]
    assert [v.get("title") for v in properties["source"]["oneOf"]] == ["source_Text", "Media"]
    assert [v.get("title") for v in properties["target"]["oneOf"]] == ["target_Text", None]
    names = {m.name for m in normalise_spec.predict_models(document)}
    assert {"VideoSourceText", "VideoTargetText", "VideoMedia", "VideoTargetType1"} <= names
    properties["source"]["oneOf"][0]["title"] = properties["target"]["oneOf"][0]["title"] = "Text"
    assert document == before  # the titles were the only change


def test_an_inline_model_named_like_a_component_moves_and_the_component_stays(
    document: dict[str, Any],
) -> None:
    schemas = document["components"]["schemas"]
    schemas["Video"]["properties"]["hls"] = {"type": "object", "properties": {}}
    schemas["VideoHls"] = {"type": "object", "properties": {"url": {"type": "string"}}}

    assert normalise_spec.retitle_colliding_models(document) == [("VideoHls", "VideoHls2")]
    assert "title" not in schemas["VideoHls"]
    assert schemas["Video"]["properties"]["hls"]["title"] == "hls_2"


def test_component_schemas_that_collide_fail_naming_both(document: dict[str, Any]) -> None:
    schemas = document["components"]["schemas"]
    schemas["video"] = {"type": "object", "properties": {}}

    with pytest.raises(NormaliseError) as caught:
        normalise_spec.normalise(document)

    assert "'Video'" in str(caught.value)
    assert "#/components/schemas/Video" in str(caught.value)
    assert "#/components/schemas/video" in str(caught.value)


def test_normalising_openapi_yaml_changes_nothing() -> None:
    """The vendored spec needs none of the rewrites; generated/ stays as it was."""
    original = prepare_spec.load_yaml(ROOT / "openapi.yaml")
    assert normalise_spec.normalise(copy.deepcopy(original)) == original


def test_pinned_names_replace_the_specs_by_method_and_path_shape(
    document: dict[str, Any],
) -> None:
    document["paths"]["/videos/{video-id}"] = document["paths"].pop("/videos/{video_id}")
    document["paths"]["/videos"]["get"].update(operationId="list", tags=["Manage videos"])
    names = {
        "operations": {
            "GET /videos": {"tag": "Videos", "operationId": "listVideos"},
            "DELETE /videos/{video_id}": {"tag": "Videos", "operationId": "deleteVideo"},
        }
    }

    normalise_spec.pin_operation_names(document, names)

    listed = document["paths"]["/videos"]["get"]
    deleted = document["paths"]["/videos/{video-id}"]["delete"]
    assert (listed["operationId"], listed["tags"]) == ("listVideos", ["Videos"])
    assert (deleted["operationId"], deleted["tags"]) == ("deleteVideo", ["Videos"])


@pytest.mark.parametrize(
    ("entry", "complaint"),
    [
        (
            ("GET /videos/{video_id}", {"tag": "Videos", "operationId": "retrieveVideo"}),
            "GET /videos/{video_id} (Videos/retrieveVideo): the spec has no such operation",
        ),
        (
            ("GET /clips", {"tag": "Clips", "operationId": "listClips"}),
            "GET /clips (Clips/listClips): the spec has no such operation",
        ),
        (
            ("FETCH /videos", {"tag": "Videos", "operationId": "listVideos"}),
            "keys are 'METHOD /path'",
        ),
        (("GET /videos", {"operationId": "listVideos"}), "needs a string `tag` and `operationId`"),
    ],
)
def test_a_pinned_name_the_spec_cannot_take_fails_naming_it(
    document: dict[str, Any], entry: tuple[str, Any], complaint: str
) -> None:
    with pytest.raises(NormaliseError) as caught:
        normalise_spec.pin_operation_names(document, {"operations": dict([entry])})

    assert complaint in str(caught.value)
    assert str(caught.value).startswith("generator-names.yml: ")


def test_generator_names_yml_entries_are_operations_of_openapi_yaml_with_unique_names() -> None:
    """Not equality with the spec's own names: after a rename those differ, by design."""
    spec = prepare_spec.load_yaml(ROOT / "openapi.yaml")
    names = prepare_spec.load_yaml(ROOT / "generator-names.yml")["operations"]
    shapes = {
        f"{method.upper()} {normalise_spec.path_shape(path)}"
        for path, item in spec["paths"].items()
        for method in item
    }

    keys = {key.split(" ")[0] + " " + normalise_spec.path_shape(key.split(" ")[1]) for key in names}
    assert keys <= shapes
    operation_ids = [entry["operationId"] for entry in names.values()]
    assert len(set(operation_ids)) == len(operation_ids)


def test_31_file_content_becomes_binary_and_text_or_base64_stays_a_string() -> None:
    properties = {
        "video": {"type": "string", "contentMediaType": "video/mp4"},
        "image": {"type": "string", "contentMediaType": "application/octet-stream"},
        "notes": {"type": "string", "contentMediaType": "text/plain"},
        "thumb": {"type": "string", "contentMediaType": "image/png", "contentEncoding": "base64"},
        "plain": {"type": "string"},
    }
    document: dict[str, Any] = {
        "paths": {},
        "components": {"schemas": {"U": {"properties": properties}}},
    }

    changed = normalise_spec.mark_binary_strings(document)

    assert changed == [
        "#/components/schemas/U/properties/video",
        "#/components/schemas/U/properties/image",
    ]
    assert [p.get("format") for p in properties.values()] == ["binary", "binary", None, None, None]
