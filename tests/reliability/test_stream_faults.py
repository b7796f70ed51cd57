"""Analyze streams that go wrong part-way: each raises StreamError keeping the text
received so far, and leaves no connection busy and no thread behind.

The connection pool is read from httpx's private transport. Threads are the
process's: every open keep-alive connection holds one server thread of the
local fake, so "new threads = idle connections" proves that the broken
connections were really closed, and "no new thread" after closing the client
that nothing is left running.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from _reliability import busy_connections, pool_connections, report, wait_until
from pytest_httpserver import HTTPServer
from werkzeug import Response

from twelvelabs_sdk import AsyncAnalyzeStream, AsyncTwelveLabs, StreamError, TwelveLabs
from twelvelabs_sdk.testing import FakeTwelveLabs

PROMPT = "Describe the video scene by scene."
READ_TIMEOUT = 0.3  # for the slow stream; the others get a timeout no busy machine reaches
HOLD = 5.0  # how long the slow server holds its next line (released as soon as the test is done)


@dataclass
class World:
    fake: FakeTwelveLabs
    slow: HTTPServer
    release: threading.Event
    video_id: str
    pieces: list[str]  # the text pieces of the whole, unbroken answer


def slow_body(pieces: list[str], release: threading.Event) -> Iterator[bytes]:
    yield b'{"event_type": "stream_start", "metadata": {"generation_id": "g1"}}\n'
    for piece in pieces[:2]:
        yield (json.dumps({"event_type": "text_generation", "text": piece}) + "\n").encode()
    release.wait(HOLD)  # past the read timeout
    yield b'{"event_type": "stream_end", "finish_reason": "stop"}\n'


@pytest.fixture(scope="module")
def world() -> Iterator[World]:
    with FakeTwelveLabs() as fake:
        video_id = fake.add_video(fake.create_index("streams"), "beach.mp4")
        with TwelveLabs(api_key=fake.api_key, base_url=fake.url) as client:
            pieces = list(client.analyze_stream(video_id, PROMPT).text_stream)
        assert len(pieces) >= 3
        release = threading.Event()
        slow = HTTPServer()
        slow.expect_request("/v1.3/analyze", method="POST").respond_with_handler(
            lambda request: Response(
                slow_body(pieces, release), content_type="application/x-ndjson"
            )
        )
        slow.start()
        try:
            yield World(fake, slow, release, video_id, pieces)
        finally:
            release.set()
            slow.stop()


@dataclass
class Case:
    name: str
    message: str  # in the StreamError's text
    via_slow_server: bool = False

    def arrange(self, world: World) -> str:
        """Set the fault up; the base URL to use."""
        world.fake.clear_faults()
        world.release.clear()
        p = world.pieces
        if self.name == "truncated":
            world.fake.inject("POST", "/analyze", truncate_after=3)
        elif self.name == "dropped mid-stream":
            world.fake.inject("POST", "/analyze", drop_after=3)
        elif self.name == "malformed line":
            lines = [
                {"event_type": "stream_start", "metadata": {"generation_id": "g1"}},
                {"event_type": "text_generation", "text": p[0]},
                {"event_type": "text_generation", "text": p[1]},
            ]
            body = "".join(json.dumps(line) + "\n" for line in lines)
            body += '{"event_type": "text_generation", "text": "cut\n' + json.dumps(lines[1]) + "\n"
            world.fake.inject(
                "POST", "/analyze", status=200, body=body, content_type="application/x-ndjson"
            )
        if self.via_slow_server:
            return world.slow.url_for("/v1.3")
        return world.fake.url


CASES = [
    Case("truncated", "ended before its stream_end"),
    Case("dropped mid-stream", "broke off"),
    Case("malformed line", "malformed line 4"),
    Case("slow stream", "broke off: ReadTimeout", via_slow_server=True),
]


def client_options(world: World, case: Case, base_url: str) -> dict[str, Any]:
    timeout = READ_TIMEOUT if case.via_slow_server else 10.0
    return {"api_key": world.fake.api_key, "base_url": base_url, "timeout": timeout}


def new_threads(before: set[threading.Thread]) -> list[threading.Thread]:
    """Threads alive now that were not before (other tests' threads may end meanwhile)."""
    return [t for t in threading.enumerate() if t not in before]


def expect_clean_pool(http: httpx.Client | httpx.AsyncClient, case: Case) -> int:
    """No connection is busy; only a cleanly ended body may leave one idle. The idle count."""
    assert busy_connections(http) == []
    idle = [c for c in pool_connections(http) if c.is_idle()]
    if case.name != "truncated":  # a body cut short cannot be reused: its connection is closed
        assert idle == []
    return len(idle)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_broken_stream_raises_stream_error_with_partial_text_and_frees_the_connection(
    world: World, case: Case
) -> None:
    base_url = case.arrange(world)
    threads = set(threading.enumerate())
    started = time.monotonic()
    with TwelveLabs(**client_options(world, case, base_url)) as client:
        received: list[str] = []
        with (
            pytest.raises(StreamError) as caught,
            client.analyze_stream(world.video_id, PROMPT, keep_events=True) as stream,
        ):
            received.extend(stream.text_stream)
        elapsed = time.monotonic() - started
        idle = expect_clean_pool(client._http, case)
        world.release.set()
        assert wait_until(lambda: len(new_threads(threads)) == idle), new_threads(threads)

    assert wait_until(lambda: new_threads(threads) == []), new_threads(threads)
    assert pool_connections(client._http) == []
    error = caught.value
    assert case.message in str(error)
    assert error.text == "".join(world.pieces[:2]) == "".join(received)
    assert [e.event_type for e in error.events][:1] == ["stream_start"]
    report(
        "streams",
        **{
            case.name: f"StreamError after {elapsed:.2f}s, {len(error.text)} chars kept, "
            f"{idle} idle / 0 busy connections, threads back to baseline"
        },
    )


async def read_all(stream: AsyncAnalyzeStream) -> None:
    async with stream:
        async for _ in stream.text_stream:
            pass


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_async_broken_stream_raises_stream_error_and_frees_the_connection(
    world: World, case: Case
) -> None:
    base_url = case.arrange(world)
    threads = set(threading.enumerate())

    async def run() -> StreamError:
        async with AsyncTwelveLabs(**client_options(world, case, base_url)) as client:
            with pytest.raises(StreamError) as caught:
                await read_all(await client.analyze_stream(world.video_id, PROMPT))
            expect_clean_pool(client._http, case)
            world.release.set()
        assert pool_connections(client._http) == []
        return caught.value

    error = asyncio.run(run())
    assert wait_until(lambda: new_threads(threads) == []), new_threads(threads)
    assert case.message in str(error)
    assert error.text == "".join(world.pieces[:2])
