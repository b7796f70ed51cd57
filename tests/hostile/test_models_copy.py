"""Parsed models survive copy, deepcopy and pickle with `UNSET` still the one `UNSET`.

The generated models tell "not sent" from a value by identity (`x is not UNSET`):
a copy holding a second `Unset` object would put it into `to_dict()`, which then
no longer serialises. Every model the SDK hands out in a whole workflow against
the fake (sync and async clients), nested ones included, is copied each way.
"""

from __future__ import annotations

import asyncio
import copy
import json
import pickle
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

from twelvelabs_api.types import UNSET, Unset
from twelvelabs_sdk import AsyncTwelveLabs, TwelveLabs
from twelvelabs_sdk.testing import FakeTwelveLabs

MODELS = [{"model_name": "marengo3.0", "model_options": ["visual", "audio"]}]
GENERATE = [{"model_name": "pegasus1.2", "model_options": ["visual", "audio"]}]
EMBED_MODEL = "Marengo-retrieval-2.7"

COPIES: dict[str, Callable[[Any], Any]] = {
    "copy": copy.copy,
    "deepcopy": copy.deepcopy,
    "pickle": lambda m: pickle.loads(pickle.dumps(m)),
    "pickle-protocol-0": lambda m: pickle.loads(pickle.dumps(m, protocol=0)),
}


def models_in(value: Any) -> Iterator[Any]:
    """Every generated model inside `value` (itself included), depth first."""
    if attrs.has(type(value)):
        yield value
        for field in attrs.fields(type(value)):
            yield from models_in(getattr(value, field.name))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from models_in(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from models_in(item)


def unset_fields(model: Any) -> list[str]:
    return [f.name for f in attrs.fields(type(model)) if isinstance(getattr(model, f.name), Unset)]


def sync_results(fake: FakeTwelveLabs, video: Path) -> list[Any]:
    out: list[Any] = []
    with TwelveLabs(api_key=fake.api_key, base_url=fake.url) as client:
        index = client.indexes.create("copies", models=[*MODELS, *GENERATE])
        out += [index, client.indexes.retrieve(str(index.id)), *client.indexes.list()]
        task = client.tasks.create_and_wait(
            index_id=str(index.id), video_file=video, user_metadata={"k": 1}, poll_interval=0.01
        )
        out += [task, *client.tasks.list(), *client.videos.list(str(index.id))]
        out.append(client.videos.retrieve(str(index.id), str(task.video_id)))
        pager = client.search.query(
            index_id=str(index.id), search_options=["visual"], query_text="x", page_limit=1
        )
        out += [page.raw for page in pager.pages()]
        grouped = client.search.query(
            index_id=str(index.id), search_options=["visual"], query_text="x", group_by="video"
        )
        out += list(grouped)
        video_id = str(task.video_id)
        with client.analyze_stream(video_id, "What?") as stream:
            out += list(stream)
        out.append(client.analyze(video_id, "What?"))
        out.append(client.gist(video_id, ["title", "topic", "hashtag"]))
        out += [client.summarize(video_id, kind) for kind in ("summary", "chapter", "highlight")]
        out.append(client.embed.create(model_name=EMBED_MODEL, text="harbour"))
        job = client.embed.tasks.create(model_name=EMBED_MODEL, video_file=video)
        out += [job, client.embed.tasks.wait(str(job.id), poll_interval=0.01)]
        out += list(client.embed.tasks.list())
    return out


def async_results(fake: FakeTwelveLabs) -> list[Any]:
    async def run() -> list[Any]:
        out: list[Any] = []
        async with AsyncTwelveLabs(api_key=fake.api_key, base_url=fake.url) as client:
            index = await client.indexes.create("async-copies", models=GENERATE)
            task = await client.tasks.create_and_wait(
                index_id=str(index.id), video_url="https://x.test/a.mp4", poll_interval=0.01
            )
            out += [index, task, *[v async for v in client.videos.list(str(index.id))]]
            async with client.analyze_stream(str(task.video_id), "What?") as stream:
                out += [event async for event in stream]
            out.append(await client.embed.create(model_name=EMBED_MODEL, text="harbour"))
        return out

    return asyncio.run(run())


@pytest.fixture(scope="module")
def parsed(tmp_path_factory: pytest.TempPathFactory) -> list[Any]:
    video = tmp_path_factory.mktemp("models") / "clip.mp4"
    video.write_bytes(b"\0" * 4096)
    with FakeTwelveLabs(task_polls_per_status=0) as fake:
        results = sync_results(fake, video) + async_results(fake)
    models: list[Any] = []
    for result in results:
        models += models_in(result)
    return models


def test_the_workflow_yields_many_kinds_of_models_with_unset_fields(parsed: list[Any]) -> None:
    kinds = {type(m).__name__ for m in parsed}
    assert len(kinds) >= 20, sorted(kinds)
    assert {"Task", "Video", "AnalyzeStreamEvent", "SearchClip"} <= kinds
    assert any(unset_fields(m) for m in parsed)  # otherwise the test below proves nothing


@pytest.mark.parametrize("how", sorted(COPIES))
def test_a_copied_model_keeps_unset_and_serialises(how: str, parsed: list[Any]) -> None:
    make_copy = COPIES[how]
    for model in parsed:
        twin = make_copy(model)
        assert type(twin) is type(model)
        for name in unset_fields(model):
            assert getattr(twin, name) is UNSET, (type(model).__name__, name)
        assert twin.to_dict() == model.to_dict()
        json.dumps(twin.to_dict())


def test_unset_is_a_singleton_under_every_copy() -> None:
    for make_copy in COPIES.values():
        assert make_copy(UNSET) is UNSET
        assert make_copy([UNSET, {"k": UNSET}]) == [UNSET, {"k": UNSET}]
        assert make_copy([UNSET])[0] is UNSET
