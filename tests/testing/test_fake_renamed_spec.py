"""The fake serves a spec that renames tags, operationIds and path parameters
(as TwelveLabs' published document does) with the same handlers: its routes take
the names generator-names.yml pins, by method and path."""

from __future__ import annotations

from pathlib import Path

import yaml
from build_scripts import load

from twelvelabs_sdk import TwelveLabs
from twelvelabs_sdk.testing import FakeTwelveLabs

ROOT = Path(__file__).resolve().parents[2]
MODELS = [{"model_name": "marengo2.7", "model_options": ["visual", "audio"]}]


def test_a_renamed_spec_reaches_the_same_handlers_under_our_names(tmp_path: Path) -> None:
    spec_bump = load("spec_bump")
    rename = next(b for b in spec_bump.BUMPS if b.name == "rename")
    renamed, _ = spec_bump.mutated(rename, yaml.safe_load((ROOT / "openapi.yaml").read_text()))
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(renamed, sort_keys=False))
    assert "/indexes/{index-id}/videos" in renamed["paths"]

    with (
        FakeTwelveLabs(spec_path=spec) as fake,
        TwelveLabs(api_key=fake.api_key, base_url=fake.url) as client,
    ):
        created = client.indexes.create("renamed", models=MODELS)
        index = client.indexes.retrieve(created.id)
        videos = list(client.videos.list(created.id))
        recorded = fake.requests

    assert index.index_name == "renamed"
    assert videos == []
    assert [(r.operation_id, r.route, r.status) for r in recorded] == [
        ("createIndex", "/indexes", 201),
        ("retrieveIndex", "/indexes/{index_id}", 200),
        ("listVideos", "/indexes/{index_id}/videos", 200),
    ]
