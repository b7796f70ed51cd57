"""Guards on the hot paths that a busy machine cannot fool: counts, not clocks.

Wall-clock assertions flake on a shared machine, so the speed of a list page and
of a stream is guarded by what makes it: Python function calls per item or per
event (counted with `sys.setprofile`, which sees every Python and C call), objects
kept per item, and memory that does not grow with a stream's length. Each figure
is a difference between two runs of different sizes against a real local server,
so the fixed cost of a request falls out and only the per-item cost is left.

The ceilings sit a little above today's counts (in brackets): a change that puts a
function call back on every field, or keeps every event, fails here, and then
BENCHMARKS.md (`make bench`) says what it costs in time.
"""

from __future__ import annotations

import asyncio
import gc
import json
import sys
import tracemalloc
import weakref
from collections.abc import Callable, Iterator
from types import FrameType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from twelvelabs_sdk import AsyncTwelveLabs, TwelveLabs

API_KEY = "tlk_test_perf_guard_fake_key"
INDEX_ID = "6650a1b2c3d4e5f6a7b8c9d0"

# Calls per list item: Video.from_dict and its three nested models' from_dict,
# their four __init__, three datetime.fromisoformat, sixteen dict.get, three
# frozenset.issuperset, and eight dict.pop for the field the spec does not list. [40]
MAX_CALLS_PER_VIDEO = 44
# Of those, Python-level calls: the four from_dict and the four attrs __init__,
# nothing per field (no cast(), no per-value helper), plus a fraction for the extra
# network reads of a longer page. [8.0-8.1]
MAX_PYTHON_CALLS_PER_VIDEO = 9
# Objects the garbage collector tracks, kept per parsed video (the models, their
# additional_properties dicts, the lists and dicts of the JSON itself). [10]
MAX_OBJECTS_PER_VIDEO = 12
# Calls per bare text event of an analyze stream: the decoder, two dict.get, two
# len, the event's __init__, the text buffer's append (and its list's), and the
# resumptions of the three generators that hand the event on. [11]
MAX_CALLS_PER_EVENT = 13
# Peak traced memory may grow with a stream's length by twice the text it keeps
# (the text itself, and the copy `stream.text` joins at the end) and this much more.
STREAM_MEMORY_SLACK = 128 * 1024


def video(i: int) -> dict[str, Any]:
    """A video as the API sends it, with metadata and a field the spec does not list."""
    oid = f"{i:024x}"
    return {
        "_id": oid,
        "created_at": "2025-01-06T09:30:00Z",
        "updated_at": "2025-01-06T09:35:00Z",
        "indexed_at": "2025-01-06T09:39:00Z",
        "system_metadata": {
            "duration": 1834.52,
            "filename": f"match-{i}.mp4",
            "fps": 29.97,
            "height": 1080,
            "width": 1920,
        },
        "user_metadata": {"category": "sports", "season": 2024, "tags": ["goal", "replay"]},
        "hls": {
            "video_url": f"https://cdn.example.com/{oid}/master.m3u8",
            "thumbnail_urls": [f"https://cdn.example.com/{oid}/thumb.jpg"],
            "status": "COMPLETE",
        },
        "rank": i,
    }


def serve_videos(httpserver: HTTPServer, count: int) -> None:
    page = {
        "data": [video(i) for i in range(count)],
        "page_info": {"limit_per_page": count, "page": 1, "total_page": 1, "total_results": count},
    }
    httpserver.clear()
    httpserver.expect_request(f"/v1.3/indexes/{INDEX_ID}/videos").respond_with_data(
        json.dumps(page), content_type="application/json"
    )


def serve_stream(httpserver: HTTPServer, events: int) -> str:
    """An analyze stream of `events` bare text pieces; returns the text it carries."""
    pieces = [f" word{i % 7}" for i in range(events)]
    lines = [{"event_type": "stream_start", "metadata": {"generation_id": "gen-1"}}]
    lines += [{"event_type": "text_generation", "text": piece} for piece in pieces]
    lines.append({"event_type": "stream_end", "finish_reason": "stop"})
    body = "".join(json.dumps(line) + "\n" for line in lines)
    httpserver.clear()
    httpserver.expect_request("/v1.3/analyze", method="POST").respond_with_data(
        body, content_type="application/x-ndjson"
    )
    return "".join(pieces)


def count_calls(run: Callable[[], object], events: tuple[str, ...] = ("call", "c_call")) -> int:
    """Function calls made while `run()` runs, in this thread: Python-level ones
    ("call", generator resumptions included) and calls of C functions ("c_call")."""
    calls = 0

    def profile(frame: FrameType, event: str, arg: object) -> None:
        nonlocal calls
        if event in events:
            calls += 1

    sys.setprofile(profile)
    try:
        run()
    finally:
        sys.setprofile(None)
    return calls


def per_item(measure: Callable[[int], float], small: int, large: int) -> float:
    """(measure(large) - measure(small)) / (large - small): the cost of one more item.

    After one unrecorded run, measured five times at each size, keeping the lowest
    figure, so that a one-off (a first import, a new connection, an ABC cache
    filling, a body that happened to arrive in more network reads than usual on a
    busy machine: each read is a dozen calls in httpcore) cannot inflate the
    difference.
    """
    measure(small)
    low = min(measure(small) for _ in range(5))
    high = min(measure(large) for _ in range(5))
    return (high - low) / (large - small)


# -- list: calls and objects per item ------------------------------------------------


def sync_videos(client: TwelveLabs) -> list[Any]:
    return list(next(iter(client.videos.list(INDEX_ID, page_limit=50).pages())).data)


def async_videos(base_url: str) -> list[Any]:
    async def run() -> list[Any]:
        async with AsyncTwelveLabs(api_key=API_KEY, base_url=base_url) as client:
            async for page in client.videos.list(INDEX_ID, page_limit=50).pages():
                return list(page.data)
        raise AssertionError("no page")

    return asyncio.run(run())


@pytest.fixture
def sync_client(httpserver: HTTPServer) -> Iterator[TwelveLabs]:
    with TwelveLabs(api_key=API_KEY, base_url=httpserver.url_for("/v1.3")) as client:
        yield client


@pytest.fixture
def async_url(httpserver: HTTPServer) -> str:
    # An async client is bound to its event loop: each run makes its own, which
    # adds the same fixed cost to every run (and so drops out of the difference).
    return httpserver.url_for("/v1.3")


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize(
    ("events", "ceiling"),
    [(("call", "c_call"), MAX_CALLS_PER_VIDEO), (("call",), MAX_PYTHON_CALLS_PER_VIDEO)],
    ids=["all-calls", "python-calls"],
)
def test_list_page_costs_a_bounded_number_of_calls_per_item(
    httpserver: HTTPServer,
    sync_client: TwelveLabs,
    async_url: str,
    kind: str,
    events: tuple[str, ...],
    ceiling: int,
) -> None:
    def measure(count: int) -> float:
        serve_videos(httpserver, count)
        if kind == "sync":
            return count_calls(lambda: sync_videos(sync_client), events)
        return count_calls(lambda: async_videos(async_url), events)

    calls = per_item(measure, 20, 60)

    assert calls <= ceiling, f"{calls:.1f} calls per video"


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_list_page_keeps_a_bounded_number_of_objects_per_item(
    httpserver: HTTPServer, sync_client: TwelveLabs, async_url: str, kind: str
) -> None:
    def measure(count: int) -> float:
        serve_videos(httpserver, count)
        gc.collect()
        before = len(gc.get_objects())
        videos = sync_videos(sync_client) if kind == "sync" else async_videos(async_url)
        gc.collect()
        kept = len(gc.get_objects()) - before
        assert len(videos) == count
        assert videos[0]["rank"] == 0  # an unknown field is still kept
        return kept

    objects = per_item(measure, 20, 60)

    assert 0 < objects <= MAX_OBJECTS_PER_VIDEO, f"{objects:.1f} objects per video"


# -- streams: calls per event and flat memory ------------------------------------------


def sync_stream(client: TwelveLabs) -> str:
    with client.analyze_stream("vid", "Describe") as stream:
        for _ in stream:
            pass
        return stream.text


def async_stream(base_url: str) -> str:
    async def run() -> str:
        async with (
            AsyncTwelveLabs(api_key=API_KEY, base_url=base_url) as client,
            client.analyze_stream("vid", "Describe") as stream,
        ):
            async for _ in stream:
                pass
            return stream.text

    return asyncio.run(run())


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_stream_costs_a_bounded_number_of_calls_per_event(
    httpserver: HTTPServer, sync_client: TwelveLabs, async_url: str, kind: str
) -> None:
    def measure(events: int) -> float:
        text = serve_stream(httpserver, events)
        received: list[str] = []

        def run() -> None:
            received.append(sync_stream(sync_client) if kind == "sync" else async_stream(async_url))

        calls = count_calls(run)
        assert received == [text]
        return calls

    calls = per_item(measure, 2_000, 6_000)

    assert calls <= MAX_CALLS_PER_EVENT, f"{calls:.1f} calls per event"


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_stream_memory_does_not_grow_with_its_length(
    httpserver: HTTPServer, sync_client: TwelveLabs, async_url: str, kind: str
) -> None:
    def peak(events: int) -> tuple[int, int]:
        text = serve_stream(httpserver, events)
        tracemalloc.start()
        try:
            got = sync_stream(sync_client) if kind == "sync" else async_stream(async_url)
            high = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert got == text
        return high, len(text)

    short_peak, short_text = peak(5_000)
    long_peak, long_text = peak(50_000)

    growth = long_peak - short_peak
    assert growth <= 2 * (long_text - short_text) + STREAM_MEMORY_SLACK, (
        f"peak grew {growth} bytes for {long_text - short_text} more characters of text"
    )


# -- pages are freed by reference counting, not left to the garbage collector ----------


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_page_and_its_raw_response_are_freed_without_the_garbage_collector(
    httpserver: HTTPServer, sync_client: TwelveLabs, async_url: str, kind: str
) -> None:
    # A page refers to its raw response; were the response to refer back to the page,
    # every page would be a reference cycle that lingers until a collector pass.
    serve_videos(httpserver, 5)

    async def async_page() -> Any:
        async with AsyncTwelveLabs(api_key=API_KEY, base_url=async_url) as client:
            async for page in client.videos.list(INDEX_ID, page_limit=50).pages():
                return page
        raise AssertionError("no page")

    gc.disable()
    try:
        if kind == "sync":
            page = next(iter(sync_client.videos.list(INDEX_ID, page_limit=50).pages()))
        else:
            page = asyncio.run(async_page())
        response = page.raw_response
        assert response is not None
        parsed = response.parse() if kind == "sync" else asyncio.run(response.parse())  # type: ignore[arg-type]
        assert parsed is page
        del parsed
        freed = weakref.ref(page)
        del page, response
        assert freed() is None
    finally:
        gc.enable()
