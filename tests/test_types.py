"""Result types under friendly names, exported from twelvelabs_sdk and
twelvelabs_sdk.types, lazily; search_pool and stream usage typed."""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
from pathlib import Path

import pytest

import twelvelabs_sdk
from twelvelabs_sdk import (
    AsyncTwelveLabs,
    Chapter,
    Clip,
    CreatedIndex,
    Embedding,
    Gist,
    Index,
    SearchPool,
    Summary,
    Task,
    TwelveLabs,
    Usage,
    Video,
    types,
)
from twelvelabs_sdk.testing import FakeTwelveLabs

ROOT = Path(__file__).resolve().parents[1]


def test_every_friendly_name_is_exported_from_the_package_as_the_same_object() -> None:
    assert types.__all__
    for name in types.__all__:
        assert name in twelvelabs_sdk.__all__, name
        assert getattr(twelvelabs_sdk, name) is getattr(types, name), name
    assert types.Gist.__name__ == "GenerateGistResponse200"
    assert types.Chapter.__name__ == "SummarizeVideoResponse200ChaptersItem"
    assert isinstance(types.UNSET, types.Unset)


def test_import_twelvelabs_sdk_does_not_load_the_result_types() -> None:
    code = (
        "import sys, twelvelabs_sdk; "
        "print('twelvelabs_sdk.types' in sys.modules); "
        "twelvelabs_sdk.Gist; print('twelvelabs_sdk.types' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["False", "True"]


def test_unknown_attribute_still_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NoSuchThing"):
        twelvelabs_sdk.NoSuchThing  # type: ignore[attr-defined]  # noqa: B018


def test_results_are_instances_of_the_friendly_types_sync() -> None:
    with FakeTwelveLabs(task_polls_per_status=1) as fake:
        video_file = b"\0" * 4096
        with TwelveLabs(api_key=fake.api_key, base_url=fake.url) as client:
            created = client.indexes.create(
                "types", [{"model_name": "marengo2.7", "model_options": ["visual"]}]
            )
            assert isinstance(created, CreatedIndex)
            assert isinstance(client.indexes.retrieve(created.id), Index)
            task = client.tasks.create_and_wait(
                index_id=created.id, video_file=video_file, poll_interval=0.01
            )
            assert isinstance(task, Task)
            assert isinstance(task.video_id, str)
            assert isinstance(client.videos.retrieve(created.id, task.video_id), Video)
            results = client.search.query(
                index_id=created.id, search_options=["visual"], query_text="car"
            )
            assert isinstance(results.search_pool(), SearchPool)
            assert all(isinstance(clip, Clip) for clip in results)
            assert isinstance(client.gist(task.video_id, ["title"]), Gist)
            summary = client.summarize(task.video_id, "chapter")
            assert isinstance(summary, Summary)
            assert all(isinstance(c, Chapter) for c in summary.chapters)  # type: ignore[union-attr]
            with client.analyze_stream(task.video_id, "describe") as stream:
                "".join(stream.text_stream)
            assert isinstance(stream.usage, Usage)
            assert isinstance(client.embed.create(model_name="m", text="car"), Embedding)


def test_search_pool_and_usage_are_typed_on_the_async_client() -> None:
    async def run() -> None:
        with FakeTwelveLabs() as fake:
            index_id = fake.create_index("types")
            video_id = fake.add_video(index_id)
            async with AsyncTwelveLabs(api_key=fake.api_key, base_url=fake.url) as client:
                results = client.search.query(
                    index_id=index_id, search_options=["visual"], query_text="car"
                )
                assert isinstance(await results.search_pool(), SearchPool)
                async with client.analyze_stream(video_id, "describe") as stream:
                    async for _ in stream.text_stream:
                        pass
                assert isinstance(stream.usage, Usage)

    asyncio.run(run())


def test_user_code_never_imports_generated_models() -> None:
    readme_code = "\n".join(
        re.findall(r"^```python\n(.*?)^```", (ROOT / "README.md").read_text(), re.M | re.S)
    )
    sources = [readme_code] + [p.read_text() for p in sorted((ROOT / "examples").glob("*.py"))]
    for source in sources:
        assert "twelvelabs_api.models" not in source
        assert not re.search(r"Response20\d", source)
