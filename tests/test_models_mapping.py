"""Free-form objects (user_metadata) read as mappings; models offer to_json()."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping

from twelvelabs_api.models.update_video_body_user_metadata import UpdateVideoBodyUserMetadata
from twelvelabs_api.models.video_user_metadata import VideoUserMetadata
from twelvelabs_sdk import AsyncTwelveLabs, TwelveLabs
from twelvelabs_sdk.testing import FakeTwelveLabs

METADATA = {"category": "sports", "rating": 9.3, "needs_review": True}


def _check_mapping(meta: object) -> None:
    assert isinstance(meta, VideoUserMetadata)
    assert isinstance(meta, Mapping)
    assert dict(meta) == METADATA
    assert meta.get("category") == "sports"
    assert meta.get("missing") is None
    assert meta.get("missing", 0) == 0
    assert "rating" in meta
    assert "missing" not in meta
    assert sorted(meta) == sorted(METADATA)
    assert len(meta) == 3
    assert dict(meta.items()) == METADATA
    assert meta == VideoUserMetadata.from_dict(METADATA)


def test_user_metadata_reads_as_a_mapping_sync() -> None:
    with FakeTwelveLabs() as fake:
        index_id = fake.create_index("meta")
        video_id = fake.add_video(index_id, user_metadata=METADATA)
        with TwelveLabs(api_key=fake.api_key, base_url=fake.url) as client:
            video = client.videos.retrieve(index_id, video_id)
            _check_mapping(video.user_metadata)
            # A mapping read back can be sent again as it is.
            client.videos.update(index_id, video_id, user_metadata=video.user_metadata)


def test_user_metadata_reads_as_a_mapping_async() -> None:
    async def run() -> None:
        with FakeTwelveLabs() as fake:
            index_id = fake.create_index("meta")
            video_id = fake.add_video(index_id, user_metadata=METADATA)
            async with AsyncTwelveLabs(api_key=fake.api_key, base_url=fake.url) as client:
                video = await client.videos.retrieve(index_id, video_id)
                _check_mapping(video.user_metadata)

    asyncio.run(run())


def test_request_metadata_is_a_mapping_too() -> None:
    body = UpdateVideoBodyUserMetadata.from_dict({"a": 1})
    assert dict(body) == {"a": 1}
    assert list(body) == ["a"]


def test_to_json_is_the_serialized_to_dict() -> None:
    with FakeTwelveLabs() as fake:
        index_id = fake.create_index("json")
        video_id = fake.add_video(index_id, user_metadata=METADATA)
        with TwelveLabs(api_key=fake.api_key, base_url=fake.url) as client:
            index = client.indexes.retrieve(index_id)
            video = client.videos.retrieve(index_id, video_id)
    for obj in (index, video):
        text = obj.to_json()
        assert json.loads(text) == obj.to_dict()
        assert type(obj).from_dict(json.loads(text)) == obj
    assert json.loads(index.to_json())["_id"] == index_id
    assert "\n" not in index.to_json(indent=None)
    assert "\n  " in index.to_json()
