"""NaN and Infinity, which JSON cannot carry, are refused before anything is sent.

Python's json module writes `NaN` and `Infinity` by default (and reads them, and
reads `1e999` as infinity), so without a check they would go out as invalid JSON.
Each call raises InvalidParameterError naming the parameter (and where inside
it), with zero requests reaching the server: sync and async.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable
from typing import Any

import pytest

from twelvelabs_sdk import AsyncTwelveLabs, InvalidParameterError, TwelveLabs
from twelvelabs_sdk.testing import FakeTwelveLabs

NAN, INF = math.nan, math.inf

# (case id, parameter the error must name, call taking a client: sync or async alike)
Call = Callable[[Any], Any]
CASES: list[tuple[str, str, Call]] = [
    (
        "task metadata nested NaN",
        "user_metadata['a']['b'][1]",
        lambda c: c.tasks.create(
            index_id="i1", video_url="https://x.test/v.mp4", user_metadata={"a": {"b": [1, NAN]}}
        ),
    ),
    (
        "task metadata -Infinity",
        "user_metadata['t']",
        lambda c: c.tasks.create(
            index_id="i1", video_url="https://x.test/v.mp4", user_metadata={"t": -INF}
        ),
    ),
    (
        "task metadata JSON text with NaN",
        "user_metadata",
        lambda c: c.tasks.create(
            index_id="i1", video_url="https://x.test/v.mp4", user_metadata='{"a": NaN}'
        ),
    ),
    (
        "task metadata JSON text overflowing a float",
        "user_metadata",
        lambda c: c.tasks.create(
            index_id="i1", video_url="https://x.test/v.mp4", user_metadata='{"a": [1e999]}'
        ),
    ),
    (
        "create and wait",
        "user_metadata['x']",
        lambda c: c.tasks.create_and_wait(index_id="i1", video_file=b"v", user_metadata={"x": NAN}),
    ),
    (
        "search filter Infinity",
        "filter['duration']['gte']",
        lambda c: c.search.query(
            index_id="i1",
            search_options=["visual"],
            query_text="q",
            filter={"duration": {"gte": INF}},
        ),
    ),
    (
        "search filter JSON text with Infinity",
        "filter",
        lambda c: c.search.query(
            index_id="i1", search_options=["visual"], query_text="q", filter='{"a": Infinity}'
        ),
    ),
    (
        "video metadata NaN",
        "user_metadata['score']",
        lambda c: c.videos.update("i1", "v1", user_metadata={"score": NAN}),
    ),
    (
        "analyze response_format",
        "response_format['json_schema']['maximum']",
        lambda c: c.analyze(
            "v1", "p", response_format={"type": "json_schema", "json_schema": {"maximum": INF}}
        ),
    ),
]


def call_sync(fake: FakeTwelveLabs, call: Call) -> None:
    with TwelveLabs(api_key=fake.api_key, base_url=fake.url) as client:
        result = call(client)
        if hasattr(result, "first_page"):  # a search pager is lazy
            result.first_page()


def call_async(fake: FakeTwelveLabs, call: Call) -> None:
    async def run() -> None:
        async with AsyncTwelveLabs(api_key=fake.api_key, base_url=fake.url) as client:
            result = call(client)
            if hasattr(result, "first_page"):
                await result.first_page()
            else:
                await result

    asyncio.run(run())


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(("param", "call"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_non_finite_numbers_are_refused_before_sending(
    mode: str, param: str, call: Call, twelvelabs_fake: FakeTwelveLabs
) -> None:
    run = call_sync if mode == "sync" else call_async
    with pytest.raises(InvalidParameterError) as caught:
        run(twelvelabs_fake, call)
    assert caught.value.param == param
    assert "NaN or Infinity" in str(caught.value)
    assert twelvelabs_fake.request_count() == 0


def test_finite_metadata_still_goes_out(twelvelabs_fake: FakeTwelveLabs) -> None:
    with TwelveLabs(api_key=twelvelabs_fake.api_key, base_url=twelvelabs_fake.url) as client:
        index = client.indexes.create(
            "nan", models=[{"model_name": "marengo3.0", "model_options": ["visual"]}]
        )
        client.tasks.create(
            index_id=str(index.id),
            video_url="https://x.test/v.mp4",
            user_metadata={"a": [1.5, -2.0e300, 0]},
        )
    assert twelvelabs_fake.request_count("POST", "/tasks") == 1
